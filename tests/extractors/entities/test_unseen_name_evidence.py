"""Case tables for kinds of unseen versioned names (issue 16), every sentence invented:

- a coined family word the small trained NER labels a place or a people ("Halden 3" as GPE,
  "Zorin 3.1" as NORP): the label weighs against the name, the document's evidence may
  outweigh it, and real places, peoples and products stay out.
"""

from __future__ import annotations

import pytest

import extractors  # noqa: F401  (registers factories and extensions)


def _models(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [s._.canonical for s in doc.spans["entities"] if s.label_ == "MODEL"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("We shipped the first Halden last year. It was small, about 13 billion "
                 "parameters. Halden 1.5 followed that autumn. Halden 2 came out this year.",
                 ["Halden 1.5", "Halden 2"], id="versions_outweigh_a_place_label"),
    pytest.param("The lab released Zorin 3.1 Ultra, the largest member of its Zorin 3.1 family "
                 "of artificial intelligence models.", ["Zorin 3.1 Ultra", "Zorin 3.1"],
                 id="versions_outweigh_a_people_label"),
    pytest.param("Germans 2 and French 1 in the final, the report said of the AI model race.",
                 [], id="plural_people_word"),
    pytest.param("The summit in Berlin 2 weeks ago drew leaders from France and Japan.", [],
                 id="place_before_a_count_of_weeks"),
    pytest.param("Voters in Georgia 3 weeks ago chose a new senator.", [], id="state"),
    pytest.param("Heathrow Terminal 5 reopened on Monday after the outage.", [],
                 id="airport_terminal"),
    pytest.param("The Paris 2 metro line launched in 1900 and carries millions.", [],
                 id="metro_line"),
    pytest.param("The Texas 2 district released its results on Tuesday.", [],
                 id="district"),
])
def test_place_labels_weigh_against_versioned_names(nlp_full, text: str,
                                                    expected: list[str]) -> None:
    assert _models(nlp_full, text) == expected
