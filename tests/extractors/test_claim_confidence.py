"""Claim confidence: rule rates, the per-predicate fallback and the fitted feature shifts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors import records
from extractors.records import ConfidenceTable, claim_confidence, claim_features
from extractors.types import Alignment, Predicate

TABLE = ConfidenceTable(
    version="test",
    default=0.8,
    expanded_alignment_factor=0.9,
    by_predicate_binding={"parameter_count": {"*": 0.85, "copula": 0.9}},
    feature_log_odds={"parameter_count": {"cross_sentence": -1.0, "hedged": 0.5}},
)


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> ConfidenceTable:
    monkeypatch.setattr(records, "confidence_table", lambda: TABLE)
    return TABLE


@pytest.mark.parametrize(
    ("binding", "features", "expected"),
    [
        pytest.param("copula", frozenset(), 0.9, id="rule_rate"),
        pytest.param("unseen_rule", frozenset(), 0.85, id="unseen_rule_gets_predicate_rate"),
        pytest.param("copula", frozenset({"cross_sentence"}), 0.768, id="shift_lowers_odds"),
        pytest.param("copula", frozenset({"hedged"}), 0.9368, id="shift_raises_odds"),
        pytest.param("copula", frozenset({"hedged", "cross_sentence"}), 0.8451, id="shifts_add"),
        pytest.param("copula", frozenset({"unknown_feature"}), 0.9, id="unfitted_feature_ignored"),
    ],
)
def test_claim_confidence(table, binding, features, expected) -> None:
    got = claim_confidence(Predicate.PARAMETER_COUNT, binding, Alignment.EXACT, features)
    assert got == pytest.approx(expected, abs=1e-3)


def test_shipped_table_loads_and_stays_a_probability() -> None:
    table = records.confidence_table()
    for by_binding in table.by_predicate_binding.values():
        assert all(0 < p < 1 for p in by_binding.values())
    value = claim_confidence(
        Predicate.RELEASE_DATE, "carried_over", Alignment.EXACT,
        frozenset({"hedged", "cross_sentence"}),
    )
    assert 0 < value < 1


@pytest.mark.parametrize(
    ("text", "value_at", "subject_at", "hedged", "expected"),
    [
        pytest.param("Nova 3 has 70B weights.", 2, 0, False, frozenset(), id="same_sentence"),
        pytest.param("Nova 3 is out. It has 70B weights.", 7, 0, False,
                     frozenset({"cross_sentence"}), id="subject_in_sentence_before"),
        pytest.param("Nova 3 reportedly has 70B weights.", 3, 0, True,
                     frozenset({"hedged"}), id="hedged"),
    ],
)
def test_claim_features(blank_nlp: Language, text, value_at, subject_at, hedged, expected):
    doc = blank_nlp(text)
    value, subject = doc[value_at : value_at + 1], doc[subject_at : subject_at + 2]
    assert claim_features(value, subject, hedged) == expected


def test_the_unseen_shift_moves_every_rate_of_its_predicate(monkeypatch) -> None:
    """``unseen_log_odds`` (fitted on articles no rule was written against) moves the log odds
    of every claim of its predicate, after the rule rate and the feature shifts."""
    shifted = TABLE.model_copy(update={"unseen_log_odds": {"parameter_count": -1.0}})
    monkeypatch.setattr(records, "confidence_table", lambda: shifted)
    got = claim_confidence(Predicate.PARAMETER_COUNT, "copula", Alignment.EXACT)
    assert got == pytest.approx(0.768, abs=1e-3)  # logit(0.9) - 1
    other = claim_confidence(Predicate.RELEASE_DATE, "copula", Alignment.EXACT)
    assert other == pytest.approx(0.8, abs=1e-3)  # no rate, no shift: the default
