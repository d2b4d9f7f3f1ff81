"""A cue reaches a claim through its subject only within the claim's clause, and not across a
coordinated predicate ("... and is expected to ..."); "due out/in/later" names a plan ("Zeta 5
is due out in September"), while a firm present-tense schedule ("arrives in three weeks") stays
unhedged as in the synthetic gold.

Invented sentences; blank pipeline (paragraph breaks + sentencizer + news_hedges).
"""

from __future__ import annotations

import pytest

SUBJECT_REACH = [
    pytest.param("Orca 2 is likely to counter with a launch in May.", "Orca 2", "May", True,
                 id="cue_between_subject_and_date"),
    pytest.param("Nova 3 is no longer expected in July; it launched in May.", "Nova 3", "May",
                 False, id="semicolon_parts_subject_and_claim"),
    pytest.param("Kite 4 was rumored for months, but it launched in May.", "Kite 4", "May",
                 False, id="but_parts_subject_and_claim"),
    pytest.param("Reportedly, Zeta 5 will arrive in May.", "Zeta 5", "May", True,
                 id="cue_before_subject"),
]


@pytest.mark.parametrize(("text", "subject", "target", "hedged"), SUBJECT_REACH)
def test_cue_reaches_claim_through_subject(hedge_nlp, assess, text, subject, target, hedged):
    assert assess(hedge_nlp, text, target, subject).hedged is hedged


DUE = [
    pytest.param("Zeta 5 is due out in September.", "September", True, id="due_out"),
    pytest.param("Orca 2 is due in the third quarter.", "the third quarter", True, id="due_in"),
    pytest.param("Nova 3 is due later this year, the lab said.", "later this year", True,
                 id="due_later"),
    pytest.param("Kite 4 is due by June.", "June", True, id="due_by"),
    pytest.param("Zeta 5 won in March due in part to its 40 billion parameters.",
                 "40 billion", False, id="due_in_part_is_a_cause"),
    pytest.param("Orca 2 arrives in three weeks for paying users.", "three weeks", False,
                 id="firm_present_schedule_is_not_hedged"),
]


@pytest.mark.parametrize(("text", "target", "hedged"), DUE)
def test_due_is_a_plan(hedge_nlp, assess, text, target, hedged):
    assert assess(hedge_nlp, text, target).hedged is hedged


COORDINATED = [
    pytest.param("Zeta 5 launched in March and is expected to reach 50 million users.", "March",
                 False, id="launch_then_plan"),
    pytest.param("Orca 2 has 70 billion parameters and is expected to launch in July.",
                 "70 billion", False, id="size_then_plan"),
    pytest.param("Orca 2 has 70 billion parameters and is expected to launch in July.", "July",
                 True, id="the_plan_itself"),
    pytest.param("Nova 3, which has 70 billion parameters and is likely to ship soon, won.",
                 "70 billion", False, id="inside_a_relative_clause"),
    pytest.param("Kite 4 reportedly has 70 billion parameters and will launch in July.",
                 "70 billion", True, id="cue_before_the_and"),
    pytest.param("Zeta 5 has 70 billion parameters and could launch in July.", "July", True,
                 id="modal_after_and_still_a_cue"),
    pytest.param("That model has 30 billion parameters and is built for phones, an insider said.",
                 "30 billion", True, id="trailing_speaker_covers_both_predicates"),
]


@pytest.mark.parametrize(("text", "target", "hedged"), COORDINATED)
def test_coordinated_predicate_ends_a_cues_reach(hedge_nlp, assess, text, target, hedged):
    assert assess(hedge_nlp, text, target).hedged is hedged
