"""A cue in the second of two coordinated predicates speaks of its own conjunct: "... (1.2T
parameters) and claims a win" does not make the 1.2T second-hand. Needs the parse (slow)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.hedges.component import hedges_for

pytestmark = pytest.mark.slow

CASES = [
    # (sentence, target, hedged)
    ("Aerie pits Kestrel against Halcyon's Zeta 5 (1.2T parameters) and claims a win on "
     "seven benchmarks.", "1.2T", False),
    ("The lab trained Zeta 5, a 2 trillion parameter model, and claims it beats Nova 3.",
     "2 trillion", False),
    ("Zeta 5 launched in May with 2 trillion parameters and reportedly cost $1 billion.",
     "2 trillion", False),
    ("Zeta 5 launched in May with 2 trillion parameters and reportedly cost $1 billion.",
     "May", False),
    ("Zeta 5 has 2 trillion parameters and may launch in May.", "2 trillion", False),
    # the cue's own conjunct, and cues that are not coordinated, still hedge
    ("Zeta 5 has 2 trillion parameters and may launch in May.", "May", True),
    ("Zeta 5 was trained on 20,000 GPUs and is said to have 2 trillion parameters.",
     "2 trillion", True),
    ("Analysts put Zeta 5 at 2 trillion parameters and expect a launch in May.",
     "2 trillion", True),
    ("Zeta 5 is rumored to have 2 trillion parameters and could launch in May.",
     "2 trillion", True),
    ("People familiar with the matter said Zeta 5 has 2 trillion parameters and will launch "
     "in May.", "2 trillion", True),
]


@pytest.mark.parametrize(("text", "target", "hedged"), CASES)
def test_coordinated_cue_reach(nlp_full: Language, span_of, text, target, hedged) -> None:
    doc = nlp_full(text)
    result = hedges_for(doc, span_of(doc, target))
    assert result.hedged is hedged, [c.text for c in result.cues]


def test_coordinated_speech_verb_takes_the_shared_subject(nlp_full: Language, span_of) -> None:
    # "said" has no subject of its own; the maker named before the first verb is its speaker
    doc = nlp_full("The company previewed Zeta 4 on Monday and said it had nearly two trillion "
                   "parameters.")
    result = hedges_for(doc, span_of(doc, "two trillion"))
    assert result.attribution == "The company"
    assert not result.hedged
