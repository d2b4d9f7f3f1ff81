"""A size inside a model's name ("Zeta 3 70B") is how the text refers to the model: only a cue
that modifies the name doubts it, not the sentence's claim about something else."""

from __future__ import annotations

import pytest

from extractors.hedges.component import hedges_for
from tests.extractors.hedges.conftest import first_span

CASES = [
    # (sentence, name, size in the name, hedged)
    ("Halcyon claims Nova 4 beats Zeta 3 70B on most benchmarks.", "Zeta 3 70B", "70B", False),
    ("Nova 4 is comparable to Zeta 3 70B according to an outside leaderboard.", "Zeta 3 70B",
     "70B", False),
    ("Analysts say Nova 4 may overtake Zeta 3 70B next year.", "Zeta 3 70B", "70B", False),
    ("The rumoured Zeta 5 400B would be the lab's largest.", "Zeta 5 400B", "400B", True),
    ("Early scores of the upcoming Zeta 3 8B, 70B and 405B models appeared online.", "405B",
     "405B", True),
    ("A reportedly unreleased Zeta 5 400B appeared in a listing.", "Zeta 5 400B", "400B", True),
    ("Reportedly, the lab ran Zeta 3 70B on a laptop.", "Zeta 3 70B", "70B", False),
]


@pytest.mark.parametrize(("text", "name", "size", "hedged"), CASES)
def test_size_in_a_name(hedge_nlp, text: str, name: str, size: str, hedged: bool) -> None:
    doc = hedge_nlp(text)
    subject = first_span(doc, name)
    target = doc.char_span(subject.start_char + subject.text.rindex(size),
                           subject.end_char)
    assert hedges_for(doc, target, subject, in_name=True).hedged is hedged


def test_the_same_size_stated_as_a_claim_takes_the_sentences_cue(hedge_nlp) -> None:
    doc = hedge_nlp("Halcyon claims Zeta 3 has 70 billion parameters.")
    assert hedges_for(doc, first_span(doc, "70 billion"), first_span(doc, "Zeta 3")).hedged
