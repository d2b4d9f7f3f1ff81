"""A short sentence right after a claim that doubts it hedges the claim ("The figure could not
be independently verified."); one that points at nothing said, gives its own figure, or comes
later does not. Invented sentences."""

from __future__ import annotations

import pytest

from extractors.hedges.rules import load_aside_words

CLAIM = "Vega-7 has 40 billion parameters."

CASES = [
    pytest.param(f"{CLAIM} The figure could not be independently verified.", True,
                 id="the_figure_not_verified"),
    pytest.param(f"{CLAIM} Reuters could not confirm the report.", True,
                 id="outlet_cannot_confirm"),
    pytest.param(f"{CLAIM} That has not been verified.", True, id="that_not_verified"),
    pytest.param(f"{CLAIM}\n\nThe details are unconfirmed.", True, id="after_a_paragraph_break"),
    pytest.param(f"{CLAIM} Halcyon has not confirmed a release date.", False,
                 id="points_at_nothing_said"),
    pytest.param(f"{CLAIM} Halcyon has not confirmed whether a 70 billion version exists.", False,
                 id="a_figure_of_its_own"),
    pytest.param(f"{CLAIM} It ships today. The figure could not be verified.", False,
                 id="two_sentences_later"),
    pytest.param(f"{CLAIM} The figure has been confirmed by Halcyon.", False, id="confirmed"),
    pytest.param("The figure could not be verified. " + CLAIM, False, id="disclaimer_before"),
]


@pytest.mark.parametrize(("text", "hedged"), CASES)
def test_disclaimer_after_the_claim(hedge_nlp, assess, text: str, hedged: bool) -> None:
    assert assess(hedge_nlp, text, "40 billion").hedged is hedged


def test_a_release_date_disclaimed(hedge_nlp, assess) -> None:
    text = "Vega-7 went live on March 4. The date could not be independently confirmed."
    assert assess(hedge_nlp, text, "March 4").hedged


def test_the_disclaimer_rules_are_rules_of_the_file() -> None:
    words = load_aside_words()
    assert words.disclaimer_rules
    assert "figure" in words.disclaimer_referents
