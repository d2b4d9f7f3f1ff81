"""A cue reaches a claim through its subject only within the claim's clause;
a release date the dates family read as a plan is hedged with no hedge word (GUIDELINES: planned
releases are hedged).

Invented sentences; blank pipeline (paragraph breaks + sentencizer + news_hedges).
"""

from __future__ import annotations

import pytest

from extractors.hedges.component import hedges_for

from .conftest import first_span

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


PLANS = [
    pytest.param("Zeta 5 is due out in September.", "September", "planned", True, id="due_out"),
    pytest.param("Orca 2 arrives next month.", "next month", "planned", True, id="present"),
    pytest.param("Nova 3 is coming in the fall.", "the fall", "planned", True, id="coming"),
    pytest.param("Kite 4 shipped in March.", "March", "released", False, id="released"),
    pytest.param("The summit is in September.", "September", None, False, id="no_release"),
]


@pytest.mark.parametrize(("text", "target", "event", "hedged"), PLANS)
def test_planned_release_is_hedged(hedge_nlp, text, target, event, hedged):
    doc = hedge_nlp(text)
    span = first_span(doc, target)
    span._.event = event
    result = hedges_for(doc, span)
    assert (result.hedged, result.cues) == (hedged, ())
