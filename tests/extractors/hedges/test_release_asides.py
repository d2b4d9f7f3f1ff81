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


@pytest.mark.parametrize(("text", "subject", "target", "hedged"), CASES)
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
