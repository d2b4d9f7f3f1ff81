"""A cue reaches a claim through its subject only within the claim's clause; "due out/in/later"
names a plan ("Zeta 5 is due out in September"), while a firm present-tense schedule ("arrives in
three weeks") stays unhedged as in the synthetic gold.

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
