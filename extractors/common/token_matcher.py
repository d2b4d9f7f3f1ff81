"""A drop-in for spaCy's ``Matcher`` that routes simple patterns to cheaper machinery.

spaCy's ``Matcher`` evaluates every pattern's first token against every token: with 200
entity rules that is 200 predicate checks per token, and it was the largest cost of
``news_entities`` and ``news_hedges`` (measured with cProfile on 100 articles: 16 s of 42 s).
Most rules do not need it:

- **phrase rules**: every token is a fixed word or a word list (``{"TEXT": "Google"}``,
  ``{"LOWER": {"IN": [...]}}``), all on ``LOWER`` or all on ``TEXT``/``ORTH``, required or
  optional (``"OP": "?"``). Their word sequences are expanded into a ``PhraseMatcher`` on that
  attribute (a hash lookup per token).
- **regex rules**: one token, ``TEXT``/``ORTH``/``LOWER`` with a ``REGEX``, no ``OP``. One
  alternation of all their expressions screens each token; only tokens it accepts are tried
  against each rule's own expression.
- **the rest** (``*``/``+``, ``IS_*`` flags, ``NOT_IN``, attributes mixed) stay in a real
  ``Matcher``: 26 of the 200 entity rules and 6 of the 90 hedge rules.

The result is the same set of ``(match_id, start, end)`` triples the ``Matcher`` would give,
ordered by (start, end, rule order): equal spans come in rule-file order, so the earlier rule
wins ``filter_spans``' tie (the ``Matcher``'s own tie order is an implementation detail).
Offsets are relative to the ``Doc`` or ``Span`` passed, as the ``Matcher``'s are.
``tests/extractors/test_token_matcher.py`` checks the equivalence against spaCy's ``Matcher``
on the real rule files and the seed articles.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from math import prod
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from extractors.common.unicode_forms import fold_hyphens

MAX_PHRASES_PER_RULE = 2000  # a word-list product larger than this stays in the Matcher
_TEXT_KEYS = ("TEXT", "ORTH")
# Back-references and inline global flags cannot be joined into one alternation.
_UNJOINABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)")


@dataclass(frozen=True, slots=True)
class _RegexRule:
    key: int
    attr: str  # "TEXT" (exact text) or "LOWER"
    regex: re.Pattern[str]


def _words(spec: dict[str, Any], attr: str) -> list[str] | None:
    """The words one token spec accepts when matched on ``attr`` ("LOWER" or "ORTH"), or None
    when the spec is not a plain word list for that attribute.

    On ``LOWER``: ``{"LOWER": "to"}``, ``{"LOWER": {"IN": [...]}}``, and ``TEXT``/``ORTH``
    values without letter case ("," or "'s"), which a lower-case match accepts exactly.
    On ``ORTH``: ``{"TEXT": "Google"}``, ``{"ORTH": {"IN": [...]}}``. ``OP`` is ignored here.
    """
    keys = [k for k in spec if k != "OP"]
    if len(keys) != 1:
        return None
    key, value = keys[0], spec[keys[0]]
    if isinstance(value, dict):
        if list(value) != ["IN"]:
            return None
        value = value["IN"]
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str) and v for v in values):
        return None
    if attr == "ORTH":
        return values if key in _TEXT_KEYS else None
    if key == "LOWER":
        return values if all(v == v.lower() for v in values) else None
    if key in _TEXT_KEYS:
        return values if all(v.lower() == v.upper() == v for v in values) else None
    return None


def _phrases(pattern: list[dict[str, Any]]) -> tuple[str, list[tuple[str, ...]]] | None:
    """``(attr, word sequences)`` of a phrase rule, or None if the rule is not one.

    A phrase rule's tokens are all word lists on one attribute, each required or optional
    (``"OP": "?"``: the ``Matcher`` then returns the matches with and without the token, so
    the expansion is exact). ``*`` and ``+`` repeat without bound and stay in the Matcher.
    """
    for attr in ("LOWER", "ORTH"):
        options: list[list[str | None]] = []
        for spec in pattern:
            words = _words(spec, attr)
            if words is None or spec.get("OP", "1") not in ("1", "?"):
                break
            options.append(sorted(set(words)) + ([None] if spec.get("OP") == "?" else []))
        else:
            if not options or prod(len(o) for o in options) > MAX_PHRASES_PER_RULE:
                return None
            phrases = {
                tuple(w for w in combo if w is not None) for combo in itertools.product(*options)
            }
            return attr, sorted(p for p in phrases if p)
    return None


def _regex(pattern: list[dict[str, Any]]) -> tuple[str, str] | None:
    """``(attr, expression)`` of a one-token regex rule, or None."""
    if len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    ((attr, value),) = pattern[0].items()
    if attr not in ("TEXT", "ORTH", "LOWER") or not isinstance(value, dict):
        return None
    if list(value) != ["REGEX"] or not isinstance(value["REGEX"], str):
        return None
    return ("LOWER" if attr == "LOWER" else "TEXT"), value["REGEX"]


class TokenMatcher:
    """``Matcher``-compatible rule matcher; add rules with ``add(rule_id, pattern)``."""

    def __init__(self, vocab: Vocab, *, validate: bool = False) -> None:
        self.vocab = vocab
        self._matcher = Matcher(vocab, validate=validate)
        self._phrases = {attr: PhraseMatcher(vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        self._regex_rules: list[_RegexRule] = []
        self._screens: dict[str, re.Pattern[str]] = {}
        self._order: dict[int, int] = {}
        self._validate = validate

    def __len__(self) -> int:
        return len(self._order)

    def add(self, rule_id: str, patterns: Sequence[list[dict[str, Any]]]) -> None:
        """Add one rule (one pattern per call, as the rule files have; several are allowed).

        Raises:
            ValueError: spaCy rejects the pattern (it is always compiled by a ``Matcher``
                first, so errors read exactly as before).
        """
        key = self.vocab.strings.add(rule_id)
        if key in self._order:
            raise ValueError(f"rule {rule_id!r} added twice")
        # Compile every pattern in a throw-away Matcher so bad patterns fail as they used to.
        Matcher(self.vocab, validate=self._validate).add(rule_id, list(patterns))
        self._order[key] = len(self._order)
        rest = []
        for pattern in patterns:
            phrases = _phrases(pattern)
            regex = None if phrases is not None else _regex(pattern)
            if phrases is not None:
                attr, sequences = phrases
                docs = [Doc(self.vocab, words=list(words)) for words in sequences]
                self._phrases[attr].add(rule_id, docs)
            elif regex is not None:
                attr, expression = regex
                self._regex_rules.append(
                    _RegexRule(key, attr, re.compile(expression))
                )
                self._screens.pop(attr, None)
            else:
                rest.append(pattern)
        if rest:
            self._matcher.add(rule_id, rest)

    def _screen(self, attr: str) -> re.Pattern[str] | None:
        """One alternation of the ``attr`` rules' expressions, or None when they cannot be
        joined (a back-reference or an inline global flag would change meaning)."""
        if attr not in self._screens:
            parts = [r.regex.pattern for r in self._regex_rules if r.attr == attr]
            joinable = not any(_UNJOINABLE.search(p) for p in parts)
            self._screens[attr] = (
                re.compile("|".join(f"(?:{p})" for p in parts)) if joinable else None
            )
        return self._screens[attr]

    def _regex_matches(self, doclike: Doc | Span) -> list[tuple[int, int, int]]:
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        start = doclike.start if isinstance(doclike, Span) else 0
        found: list[tuple[int, int, int]] = []
        for attr in sorted({r.attr for r in self._regex_rules}):
            # Screen each distinct string once (a document repeats its words) by its hash.
            ids = doc.to_array(attr if attr == "LOWER" else "ORTH")[start : start + len(doclike)]
            screen = self._screen(attr)
            rules = [r for r in self._regex_rules if r.attr == attr]
            hits: dict[int, list[int]] = {}
            for string_id in set(ids.tolist()):
                # "Grok-1" written with a non-breaking hyphen matches the rule written for "Grok-1"
                text = fold_hyphens(self.vocab.strings[string_id])
                if screen is not None and screen.search(text) is None:
                    continue
                keys = [r.key for r in rules if r.regex.search(text)]
                if keys:
                    hits[string_id] = keys
            if hits:
                found.extend(
                    (key, i, i + 1)
                    for i, string_id in enumerate(ids.tolist())
                    for key in hits.get(string_id, ())
                )
        return found

    def __call__(self, doclike: Doc | Span) -> list[tuple[int, int, int]]:
        """``(match_id, start, end)`` of every rule match, as ``Matcher.__call__`` gives."""
        offset = doclike.start if isinstance(doclike, Span) else 0
        # An empty Matcher warns on every call (W036); skip it instead.
        found = set(self._matcher(doclike)) if len(self._matcher) else set()
        # PhraseMatcher offsets are Doc-relative even for a Span; the Matcher's are not.
        for phrases in self._phrases.values():
            if len(phrases):
                found.update((k, s - offset, e - offset) for k, s, e in phrases(doclike))
        found.update(self._regex_matches(doclike))
        return sorted(found, key=lambda m: (m[1], m[2], self._order[m[0]]))
