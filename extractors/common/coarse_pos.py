"""Coarse part-of-speech from the tagger's fine tags: the part of ``attribute_ruler`` we read.

The trained ``attribute_ruler`` runs a ``Matcher`` with ~180 patterns over every token to set
POS, MORPH and LEMMA; it costs about 9% of the pipeline, as much as the parser. The extractors
read only POS (VERB/AUX, PRON, NOUN/PROPN), never MORPH or LEMMA. ``news_coarse_pos`` reads the
same patterns from the model's own ruler (so nothing is hand-copied) and applies the POS part
of its single-token rules through a cache keyed on (tag, word, dependency label): the answer
for a key never changes, and there are a few thousand keys, not one per token.

Not reproduced: multi-token patterns (in ``en_core_web_sm`` one: "is"/"are" after an
expletive "there" becomes VERB instead of AUX, a distinction no extractor draws) and patterns
on attributes other than TAG, LOWER, DEP and IS_SPACE. ``tests/extractors/test_coarse_pos.py``
compares the two over the seeds; on the seeds and dev articles 5 of 23,679 tokens differ,
all VERB/AUX.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

RULER_NAME = "attribute_ruler"
COMPONENT_NAME = "news_coarse_pos"
# Token attributes a reproduced pattern may test, as they are read from a token.
KEY_ATTRS: tuple[str, ...] = ("TAG", "LOWER", "DEP", "IS_SPACE")

Predicate = Callable[[Any], bool]


class PosRule(NamedTuple):
    """One single-token attribute-ruler pattern that sets POS."""

    tests: tuple[tuple[str, Predicate], ...]
    pos: str


class UnsupportedPattern(ValueError):
    """A pattern this component does not reproduce (it is skipped; see the module docstring)."""


def _predicate(spec: Any) -> Predicate:
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            allowed = frozenset(spec["IN"])
            return lambda value: value in allowed
        if set(spec) == {"NOT_IN"}:
            banned = frozenset(spec["NOT_IN"])
            return lambda value: value not in banned
        raise UnsupportedPattern(f"operator {sorted(spec)}")
    return lambda value: value == spec


def compile_pos_rules(patterns: Iterable[Mapping[str, Any]]) -> list[PosRule]:
    """The attribute ruler's POS-setting single-token patterns, in its order (last wins).

    Args:
        patterns: ``AttributeRuler.patterns`` entries (``patterns``, ``attrs``, ``index``).

    Returns:
        One rule per reproducible token pattern; the others are skipped (module docstring).
    """
    rules: list[PosRule] = []
    for entry in patterns:
        pos = entry.get("attrs", {}).get("POS")
        if pos is None:
            continue
        for pattern in entry["patterns"]:
            if len(pattern) != 1 or not set(pattern[0]) <= set(KEY_ATTRS):
                continue
            try:
                tests = tuple((attr, _predicate(spec)) for attr, spec in pattern[0].items())
            except UnsupportedPattern:
                continue
            rules.append(PosRule(tests, pos))
    return rules


def lexical_words(patterns: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """Every word a LOWER test names: other words can share one cache entry."""
    words: set[str] = set()
    for entry in patterns:
        for pattern in entry["patterns"]:
            for token in pattern:
                spec = token.get("LOWER")
                if isinstance(spec, str):
                    words.add(spec)
                elif isinstance(spec, dict):
                    for values in spec.values():
                        words.update(values)
    words.discard("")
    return frozenset(words)


def pos_for(rules: Iterable[PosRule], values: Mapping[str, Any]) -> str | None:
    """The POS the last matching rule sets for a token with these attribute values."""
    chosen = None
    for rule in rules:
        if all(test(values[attr]) for attr, test in rule.tests):
            chosen = rule.pos
    return chosen


class CoarsePos:
    """Sets ``token.pos`` from tag, word and dependency label, as the model's ruler would."""

    def __init__(self, nlp: Language, name: str = COMPONENT_NAME, *,
                 ruler: str = RULER_NAME) -> None:
        self.name = name
        self.ruler = ruler
        self.strings = nlp.vocab.strings
        self.rules: list[PosRule] = []
        self.words: frozenset[int] = frozenset()
        self._cache: dict[tuple[int, int, int, bool], int] = {}

    def initialize(self, get_examples=None, *, nlp: Language) -> None:
        """Compile the rules from the (possibly disabled) attribute ruler of ``nlp``."""
        patterns = nlp.get_pipe(self.ruler).patterns
        self.rules = compile_pos_rules(patterns)
        self.words = frozenset(self.strings.add(w) for w in lexical_words(patterns))
        self._cache.clear()

    def _lookup(self, key: tuple[int, int, int, bool]) -> int:
        tag, lower, dep, is_space = key
        values = {"TAG": self.strings[tag] if tag else "",
                  "LOWER": self.strings[lower] if lower else "",
                  "DEP": self.strings[dep] if dep else "", "IS_SPACE": is_space}
        pos = pos_for(self.rules, values)
        found = POS_IDS[pos] if pos else 0
        self._cache[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        cache, words = self._cache, self.words
        for token in doc:
            lower = token.lower
            key = (token.tag, lower if lower in words else 0, token.dep, token.is_space)
            pos = cache.get(key)
            if pos is None:
                pos = self._lookup(key)
            if pos:
                token.pos = pos
        return doc


@Language.factory(COMPONENT_NAME, default_config={"ruler": RULER_NAME},
                  assigns=["token.pos"], requires=["token.tag", "token.dep"])
def make_coarse_pos(nlp: Language, name: str, *, ruler: str) -> CoarsePos:
    return CoarsePos(nlp, name, ruler=ruler)


def replace_attribute_ruler(nlp: Language) -> bool:
    """Run ``news_coarse_pos`` in place of the trained attribute ruler; False if there is none."""
    if RULER_NAME not in nlp.pipe_names:
        return False
    component = nlp.add_pipe(COMPONENT_NAME, after=RULER_NAME)
    component.initialize(nlp=nlp)
    nlp.disable_pipe(RULER_NAME)
    return True
