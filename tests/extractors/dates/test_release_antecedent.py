"""The model a release sentence that names none is about: a scored choice among the models of
the sentences before (``release_antecedent``, weights in ``patterns/date_carry.json``)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.common.rule_files import RuleFileError
from extractors.dates.release_antecedent import (
    FEATURES,
    carried_antecedent,
    carry_weights,
    load_carry_weights,
    paragraphs_crossed,
    previous_sentences,
    score,
)

D = dt.date
PUB = D(2025, 6, 10)

CASES = [
    pytest.param(
        "Acme released Zeta 5 on Monday. It was trained on web data. The model will be released"
        " in Europe in July.",
        ["Zeta 5"],
        [("Zeta 5", "planned", D(2025, 7, 1), D(2025, 7, 31)),
         ("Zeta 5", "released", D(2025, 6, 9), D(2025, 6, 9))],
        id="two-sentences-back-nothing-between",
    ),
    pytest.param(
        "Nova 3 came out in May. Its makers trained it on code. Users like it. Some found it"
        " slow. Critics wrote long reviews. The model will be released in Europe in July.",
        ["Nova 3"],
        [("Nova 3", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="too-far-back",
    ),
    pytest.param(
        "Acme released Zeta 5 on May 2. Zeta 5 is faster than Orca 2. The model will be released"
        " in Europe in July.",
        ["Zeta 5", "Orca 2"],
        [("Zeta 5", "planned", D(2025, 7, 1), D(2025, 7, 31)),
         ("Zeta 5", "released", D(2025, 5, 2), D(2025, 5, 2))],
        id="not-the-rival-named-for-comparison",
    ),
    pytest.param(
        "Orca-2 shipped on May 2. It runs on phones.\n\nAcme raised money this year. The company"
        " hired staff. The launch of the new model is planned for July.",
        ["Orca-2"],
        [("Orca-2", "released", D(2025, 5, 2), D(2025, 5, 2))],
        id="another-paragraph-further-back",
    ),
    pytest.param(
        "Nova 3 came out in May.\n\nThe model will reach Europe in July, and its launch in"
        " Asia is planned for August.",
        ["Nova 3"],
        [("Nova 3", "planned", D(2025, 8, 1), D(2025, 8, 31)),
         ("Nova 3", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="the-sentence-before-across-a-paragraph-break",
    ),
    pytest.param(
        "Acme released Zeta 5 on Monday. The company also showed a new chip. The chip will be"
        " released in September.",
        ["Zeta 5"],
        [("Zeta 5", "released", D(2025, 6, 9), D(2025, 6, 9))],
        id="a-chip-introduced-between",
    ),
    pytest.param(
        "Acme launched Zeta 5 in May. Acme also unveiled a new phone. The phone is"
        " expected in October.",
        ["Zeta 5"],
        [("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="a-phone-introduced-between",
    ),
    pytest.param(
        "Acme launched Zeta 5 in May. A rival lab released its own model. It arrived in June.",
        ["Zeta 5"],
        [("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="a-rival-model-introduced-between",
    ),
    pytest.param(
        "Orca-2 launched in May. The lab plans another model. The successor is expected in"
        " December.",
        ["Orca-2"],
        [("Orca-2", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="another-model-introduced-between",
    ),
    pytest.param(
        "Acme launched Zeta 5 in May. Acme will launch a new phone in the fall.",
        ["Zeta 5"],
        [("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="the-cue-has-its-own-object",
    ),
    pytest.param(
        "Acme launched Zeta 5 in May. It will ship via the company API in July.",
        ["Zeta 5"],
        [("Zeta 5", "planned", D(2025, 7, 1), D(2025, 7, 31)),
         ("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="a-channel-is-no-object",
    ),
    pytest.param(
        "Acme launched Zeta 5 in May. Acme plans a new phone. It is expected in October.",
        ["Zeta 5"],
        [("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="a-pronoun-after-a-new-thing",
    ),
    pytest.param(
        "Acme launched Zeta 5 in May. Acme also hired staff. It is expected in Europe in"
        " October.",
        ["Zeta 5"],
        [("Zeta 5", "planned", D(2025, 10, 1), D(2025, 10, 31)),
         ("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))],
        id="a-pronoun-with-nothing-new-between",
    ),
]


@pytest.mark.parametrize(("text", "models", "expected"), CASES)
def test_carried_release(bind_dates, text, models, expected):
    assert sorted(bind_dates(text, models, PUB), key=lambda b: (b[2] is None, b[1])) == sorted(
        expected, key=lambda b: (b[2] is None, b[1])
    )


def test_packaged_weights_name_known_features():
    weights = carry_weights()
    assert set(weights.weights) <= set(FEATURES)
    assert weights.max_sentences >= 1


def test_score_is_the_weighted_sum():
    assert score({"latest": 1.0, "sentences_back": 2.0}, {"latest": 1.0, "sentences_back": -0.5}) \
        == 0.0
    assert score({"compared": 1.0}, {}) == 0.0


def test_unknown_feature_names_the_file(tmp_path):
    bad = tmp_path / "carry.json"
    bad.write_text(json.dumps({"name": "x", "max_sentences": 2, "threshold": 0.5,
                               "weights": {"lastest": 1.0}}), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"carry\.json"):
        load_carry_weights(bad)


def test_no_sentences_no_antecedent(nlp):
    doc = nlp.make_doc("Zeta 5 shipped. The model arrives in July.")
    date = doc[-3:-1]
    assert carried_antecedent(date, [doc[0:2]]) is None  # no sentence boundaries: no carry


def _sentenced(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "news_dates":
            doc = proc(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "crossed"),
    [
        pytest.param("Zeta 5 shipped. The model arrives in July.", 0, id="same-paragraph"),
        pytest.param("Zeta 5 shipped.\n\nThe model arrives in July.", 1, id="one-break"),
        pytest.param("Zeta 5 shipped.\n\nIt is fast.\n\nThe model arrives in July.", 2,
                     id="two-breaks"),
    ],
)
def test_paragraphs_crossed_counts_line_break_tokens(nlp, text, crossed):
    doc = _sentenced(nlp, text)
    date = doc[-3:-1]  # "in July" sits in the last sentence
    assert paragraphs_crossed(doc[0:2], date) == crossed


def test_a_line_break_sentence_is_no_sentence_back(nlp):
    doc = _sentenced(nlp, "Zeta 5 shipped.\n\n\n\nThe model arrives in July.")
    back = previous_sentences(doc[-3:-1], 4)
    assert [s.text.strip() for s in back] == ["Zeta 5 shipped."]
