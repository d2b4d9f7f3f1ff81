"""Release asides ("Zeta 5, launched on Jan. 10, ...") are closed to hedge cues outside them.

Invented sentences; blank pipeline (paragraph breaks + sentencizer + news_hedges), the target is
the release date, the subject the model named before it.
"""

from __future__ import annotations

import pytest

CASES = [
    pytest.param("Researchers wrote that Zeta 5, launched on Jan. 10, used older chips.",
                 "Zeta 5", "Jan. 10", False, id="attribution_outside_aside"),
    pytest.param("The lab reportedly said the Orca 2 model, released in March, cost little.",
                 "Orca 2", "March", False, id="head_noun_after_name"),
    pytest.param("Analysts said Nova 3, first released in 2024, could double in size.",
                 "Nova 3", "2024", False, id="modal_outside_aside"),
    pytest.param("Kite 2, reportedly launched in May, is fast.", "Kite 2", "May", True,
                 id="cue_inside_aside_counts"),
    pytest.param("Researchers wrote that Zeta 5 was launched on Jan. 10.", "Zeta 5", "Jan. 10",
                 True, id="no_aside_attribution_governs"),
    pytest.param("Sources said Zeta 5 is fast, released in March.", "Zeta 5", "March", True,
                 id="open_trailing_clause_is_no_aside"),
    pytest.param("Insiders said Zeta 5, the lab's model for June, may slip.", "Zeta 5", "June",
                 True, id="no_release_participle"),
]


DESCRIBED = [
    pytest.param("Zeta 6 would succeed Zeta 5, a 400-billion-parameter system that the lab "
                 "released in March.", "Zeta 5", "400-billion", False, id="described_size"),
    pytest.param("Zeta 6 would succeed Zeta 5, a 400-billion-parameter system that the lab "
                 "released in March.", "Zeta 5", "March", False, id="described_date"),
    pytest.param("Nova 4 will replace Nova 3, the 70B model it launched in May, next year.",
                 "Nova 3", "May", False, id="closed_by_comma"),
    pytest.param("The lab will launch Zeta 6, a 2T model, in May.", "Zeta 6", "2T", True,
                 id="no_release_verb_stays_open"),
    pytest.param("Zeta 6 would succeed Zeta 5, a system that reportedly launched in March.",
                 "Zeta 5", "March", True, id="cue_inside_description"),
]


@pytest.mark.parametrize(("text", "subject", "target", "hedged"), CASES + DESCRIBED)
def test_release_aside(hedge_nlp, assess, text, subject, target, hedged):
    assert assess(hedge_nlp, text, target, subject).hedged is hedged


FACTIVE = [
    pytest.param("Given that Zeta 5 was released in March, we could have expected more.",
                 "Zeta 5", "March", False, id="given_that"),
    pytest.param("Now that Orca 2 has shipped in May, rivals may follow.", "Orca 2", "May",
                 False, id="now_that"),
    pytest.param("Given that Zeta 5 was reportedly released in March, rivals may follow.",
                 "Zeta 5", "March", True, id="cue_inside_the_clause"),
    pytest.param("We could have expected more, given that Zeta 5 was released in March.",
                 "Zeta 5", "March", False, id="clause_after_the_cue_ends_its_scope"),
]


@pytest.mark.parametrize(("text", "subject", "target", "hedged"), FACTIVE)
def test_factive_clause(hedge_nlp, assess, text, subject, target, hedged):
    assert assess(hedge_nlp, text, target, subject).hedged is hedged


def test_aside_words_are_rule_data():
    from extractors.hedges.rules import load_aside_words

    words = load_aside_words()
    assert {"launched", "released"} <= words.release_participles
    assert ("given", "that") in words.factive_openers


@pytest.mark.parametrize(
    ("key", "value"),
    [("factive_openers", ["given that it"]), ("release_participles", ["rolled out"])],
)
def test_malformed_aside_words_are_rejected(tmp_path, key, value):
    import json

    from extractors.errors import RuleFileError
    from extractors.hedges.rules import load_aside_words

    path = tmp_path / "hedge_cues.json"
    path.write_text(json.dumps({"name": "x", "context_rules": [], key: value}), encoding="utf-8")
    with pytest.raises(RuleFileError):
        load_aside_words(path)


def test_custom_aside_words(hedge_nlp):
    from extractors.hedges.asides import release_aside
    from extractors.hedges.rules import AsideWords

    doc = hedge_nlp("Analysts said Zeta 5, unveiled in March, could double in size.")
    target, subject = doc[6:7], doc[2:4]
    assert release_aside(target, subject) is not None
    none = AsideWords(frozenset(), frozenset())
    assert release_aside(target, subject, none) is None
