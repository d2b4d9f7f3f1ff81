"""``news_size_roles``: what a parameter count is a size of, when it is not simply the model's.

Two roles change how the warehouse reads a size, and both are read here from the words of the
figure's own clause, from ``patterns/size_roles.json`` (users extend it there):

- ``planned``: the size is a plan or target ("Titan-5 will have 4 trillion parameters", "is
  expected to have", "a target of"). A plan that a later statement replaces is a revision, not
  a rival reading; the cue must stand before the figure in its clause, so a plan elsewhere in
  the sentence ("Titan-5, which will ship in June, has 3.2 trillion") does not count.
- ``component``: the size of a part of the model ("its vision encoder alone has 6 billion
  parameters", "a 2-billion-parameter image encoder"); it never contests the whole's size.

The role is written to ``span._.size_role`` on the spans of ``doc.spans["param_counts"]``;
a size with neither role keeps None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.common.json_rule_component import JsonRuleComponent
from extractors.common.rule_files import (
    validate_document,
    validate_rules,
)
from extractors.errors import RuleFileError
from extractors.params.component import SPANS_KEY

PATTERNS_FILE = "size_roles.json"
# A clause boundary inside a sentence: a role cue must sit in the figure's own clause, and a
# coordinated verb phrase is another clause ("Zeta 5 will be available next week and has 405B").
CLAUSE_CUTS = frozenset({",", ";", ":", "\u2014", "\u2013", "(", "and", "but", "while",
                         "whereas", "which", "who"})
WILDCARD = "*"  # a phrase word that stands for any one word ("will * have")


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RoleRule(_Strict):
    """One role: its id is the ``size_role`` value written to claims."""

    id: Literal["planned", "component"]
    side: Literal["before", "either"]  # where the cue stands: before the figure, or either side
    comment: str = ""
    phrases: list[str] = Field(min_length=1)
    # at most this many words between the cue and the figure (None: anywhere in the clause)
    max_gap: int | None = Field(default=None, ge=0)
    # after the figure, the only words allowed between it and the cue ("-parameter image")
    after_gap_words: list[str] = []


class RoleRules(_Strict):
    """The whole ``size_roles.json`` file."""

    name: str
    max_after_tokens: int = Field(ge=0)
    roles: list[dict]


@dataclass(frozen=True)
class CompiledRoles:
    """Rules with their phrases tokenized as the pipeline tokenizes text, each role's phrases
    indexed by their first word (a figure's clause is checked word by word, not phrase by
    phrase: a long article has thousands of figures)."""

    name: str
    max_after_tokens: int
    roles: tuple[tuple[RoleRule, dict[str, tuple[tuple[str, ...], ...]]], ...]


def compile_roles(data: object, nlp: Language, *, source: str) -> CompiledRoles:
    """Validate the rules and tokenize their phrases with ``nlp``'s tokenizer.

    Raises:
        RuleFileError: the data breaks the schema (file, rule id and key are named).
    """
    doc = validate_document(data, RoleRules, source)
    rules = validate_rules(doc.roles, RoleRule, source)
    compiled = []
    for rule in rules:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in rule.phrases:
            words = tuple(t.lower_ for t in nlp.make_doc(phrase))
            if words[0] == WILDCARD:
                raise RuleFileError(f"{source}: rule {rule.id!r}: key 'phrases': a phrase may "
                                    f"not start with {WILDCARD!r} ({phrase!r})")
            by_first.setdefault(words[0], []).append(words)
        compiled.append((rule, {w: tuple(ps) for w, ps in by_first.items()}))
    return CompiledRoles(doc.name, doc.max_after_tokens, tuple(compiled))


def _occurrences(words: Sequence[str], by_first: dict[str, tuple[tuple[str, ...], ...]]
                 ) -> list[tuple[int, int]]:
    """(start, end) of every phrase (indexed by its first word) in ``words``; ``*`` matches
    any one word."""
    out = []
    for i, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            n = len(phrase)
            if i + n <= len(words) and all(p in (WILDCARD, w) for p, w in
                                           zip(phrase, words[i:i + n], strict=True)):
                out.append((i, i + n))
    return out


def _cue_before(rule: RoleRule, before: Sequence[str], by_first) -> bool:
    """A cue in the clause before the figure, ending at most ``max_gap`` words before it."""
    limit = len(before) - rule.max_gap if rule.max_gap is not None else 0
    return any(end >= limit for _, end in _occurrences(before, by_first))


def _cue_after(rule: RoleRule, after: Sequence[str], by_first) -> bool:
    """A cue right after the figure: only ``after_gap_words`` (if any are given) and at most
    ``max_gap`` words between ("a 2-billion-parameter image encoder")."""
    allowed = set(rule.after_gap_words)
    for start, _ in _occurrences(after, by_first):
        if rule.max_gap is not None and start > rule.max_gap:
            continue
        if not allowed or all(w in allowed for w in after[:start]):
            return True
    return False


def clause_words(figure: Span, max_after: int) -> tuple[list[str], list[str]]:
    """Lower-cased words of the figure's clause before it (from the last clause cut or the
    sentence start) and after it (up to ``max_after`` words, stopping at a cut)."""
    sent = figure.sent
    before: list[str] = []
    for tok in reversed(figure.doc[sent.start:figure.start]):
        if tok.lower_ in CLAUSE_CUTS:
            break
        before.append(tok.lower_)
    after: list[str] = []
    for tok in figure.doc[figure.end:sent.end]:
        if tok.lower_ in CLAUSE_CUTS or len(after) >= max_after:
            break
        after.append(tok.lower_)
    return before[::-1], after


def size_role(figure: Span, rules: CompiledRoles) -> str | None:
    """The first role (in file order) whose cue stands in the figure's clause, else None."""
    before, after = clause_words(figure, rules.max_after_tokens)
    for rule, by_first in rules.roles:
        if _cue_before(rule, before, by_first) or (
                rule.side == "either" and _cue_after(rule, after, by_first)):
            return rule.id
    return None


def set_size_roles(doc: Doc, rules: CompiledRoles) -> None:
    """Write ``_.size_role`` on every span of ``doc.spans["param_counts"]``."""
    for span in doc.spans.get(SPANS_KEY, []):
        span._.size_role = size_role(span, rules)


class SizeRoleFinder(JsonRuleComponent[CompiledRoles]):
    """Names the role of each parameter count (rules: ``news.size_roles.v1``)."""

    patterns_file = PATTERNS_FILE
    what = "size-role rules"

    def compile(self, data: object, *, source: str) -> CompiledRoles:
        """Validate the rules and tokenize their phrases with the pipeline's tokenizer."""
        return compile_roles(data, self.nlp, source=source)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate the parameter-count spans in place."""
        set_size_roles(doc, self.compiled())
        return doc


@Language.factory("news_size_roles", default_config={}, assigns=["span._.size_role"],
                  requires=["doc.spans"])
def make_size_roles(nlp: Language, name: str) -> SizeRoleFinder:
    """Factory of the ``news_size_roles`` component."""
    return SizeRoleFinder(nlp, name)
