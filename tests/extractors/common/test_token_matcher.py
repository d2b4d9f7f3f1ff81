"""``TokenMatcher`` must give exactly what spaCy's ``Matcher`` gives, only faster."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher

from extractors.common.token_matcher import TokenMatcher, _phrases, _regex
from extractors.entities.component import load_patterns
from extractors.hedges.rules import load_rules
from extractors.quantities.rules import DEFAULT_PATTERNS
from extractors.quantities.rules import load_rules as load_unit_rules

ROOT = Path(__file__).resolve().parents[3]


def both(vocab, rules):
    """A spaCy Matcher and a TokenMatcher holding the same (rule_id, pattern) rules."""
    reference, fast = Matcher(vocab), TokenMatcher(vocab)
    for rule_id, pattern in rules:
        reference.add(rule_id, [pattern])
        fast.add(rule_id, [pattern])
    return reference, fast


def reference_rules(nlp):
    """(rule_id, pattern) of every rule file that goes through a TokenMatcher."""
    units = load_unit_rules(DEFAULT_PATTERNS)
    groups = (
        units.noun_units,
        units.blocked_nouns,
        units.bound_cues,
        units.percent_metric_cues,
        units.percent_blockers,
    )
    return {
        "entities": [(p.id, p.pattern) for p in load_patterns()],
        # A literal hedge cue becomes one LOWER token per word, as build_matcher makes it.
        "hedges": [
            (r.id, r.pattern or [{"LOWER": t.lower_} for t in nlp.make_doc(r.literal)])
            for r in load_rules()
        ],
        "quantities": [(r.id, r.pattern) for g in groups for r in g],
    }


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [
        ([{"LOWER": "rumor"}, {"LOWER": "mill"}], ("LOWER", [("rumor", "mill")])),
        ([{"LOWER": {"IN": ["a", "b"]}}, {"ORTH": ","}], ("LOWER", [("a", ","), ("b", ",")])),
        ([{"LOWER": "est"}, {"ORTH": ".", "OP": "?"}], ("LOWER", [("est",), ("est", ".")])),
        # case-sensitive words are matched on ORTH: "Said" must not match "said"
        ([{"TEXT": "said"}], ("ORTH", [("said",)])),
        (
            [{"TEXT": "Tesla", "OP": "?"}, {"TEXT": "Megapack"}],
            ("ORTH", [("Megapack",), ("Tesla", "Megapack")]),
        ),
        ([{"LOWER": "Said"}], None),  # can never match; left to the Matcher
        ([{"LOWER": "a"}, {"TEXT": "B"}], None),  # mixes attributes
        ([{"LOWER": "not"}, {"LOWER": "yet", "OP": "*"}], None),  # unbounded operator
        ([{"LOWER": "per"}, {"IS_TITLE": True}], None),  # flag
        ([{"LOWER": {"NOT_IN": ["a"]}}], None),
        ([{"TEXT": {"REGEX": "^a$"}}], None),
    ],
)
def test_phrase_rules_are_plain_word_sequences(pattern, phrases):
    assert _phrases(pattern) == phrases


def test_one_token_regex_rules_are_recognised():
    assert _regex([{"TEXT": {"REGEX": "^GPT$"}}]) == ("TEXT", "^GPT$")
    assert _regex([{"LOWER": {"REGEX": "^gpt$"}}]) == ("LOWER", "^gpt$")
    assert _regex([{"TEXT": {"REGEX": "^GPT$"}, "OP": "?"}]) is None
    assert _regex([{"TEXT": {"REGEX": "^GPT$"}}, {"TEXT": "-"}]) is None


def test_bad_pattern_is_rejected_as_spacy_rejects_it(blank_nlp):
    with pytest.raises(ValueError):
        TokenMatcher(blank_nlp.vocab, validate=True).add("bad", [[{"LOWER": {"IN": 3}}]])


def test_unjoinable_regexes_are_tried_one_by_one(blank_nlp):
    rules = [("twice", [{"TEXT": {"REGEX": r"^(a)\1$"}}]), ("x", [{"TEXT": {"REGEX": "^x+$"}}])]
    reference, fast = both(blank_nlp.vocab, rules)
    doc = blank_nlp("aa ab xx a")
    assert fast._screen("TEXT") is None
    strings = blank_nlp.vocab.strings
    assert fast(doc) == reference(doc) == [(strings["twice"], 0, 1), (strings["x"], 2, 3)]


def test_span_offsets_are_span_relative_like_the_matcher(blank_nlp):
    rules = [
        ("w", [{"LOWER": "b"}]),
        ("r", [{"TEXT": {"REGEX": "^c$"}}]),
        ("m", [{"LOWER": "b"}, {"LOWER": "c", "OP": "?"}]),
    ]
    reference, fast = both(blank_nlp.vocab, rules)
    span = blank_nlp("a b c b")[2:4]
    assert sorted(fast(span)) == sorted(reference(span))
    assert {(s, e) for _, s, e in fast(span)} == {(0, 1), (1, 2)}


def test_equal_spans_come_in_rule_order(blank_nlp):
    # filter_spans keeps the first of two equal spans, so ties follow the rule file's order
    # (spaCy's Matcher puts "first" first here whatever the order: an implementation detail).
    rules = [("second", [{"LOWER": "b", "OP": "+"}]), ("first", [{"LOWER": "b"}])]
    _, fast = both(blank_nlp.vocab, rules)
    strings = blank_nlp.vocab.strings
    assert [strings[k] for k, _, _ in fast(blank_nlp("b"))] == ["second", "first"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["entities", "hedges", "quantities"])
def test_same_matches_as_spacy_matcher_on_real_rules_and_articles(nlp_full, name):
    reference, fast = both(nlp_full.vocab, reference_rules(nlp_full)[name])
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    assert len(texts) == 5
    total = 0
    for doc in nlp_full.pipe(texts):
        for doclike in [doc, *doc.sents]:
            assert sorted(fast(doclike)) == sorted(set(reference(doclike)))
        total += len(fast(doc))
    assert total > 20  # the rules really fire on these texts
