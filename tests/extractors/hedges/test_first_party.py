"""A maker speaking of its own model states a claim first-hand: "the company said" and
"Halcyon said" name the source but do not hedge; outlets, analysts and people still do."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.hedges.attribution import is_first_party
from extractors.hedges.component import hedges_for
from extractors.hedges.makers import family_word
from extractors.vocab import ENTITIES_KEY

# Organisations the entity extractor would find; set by hand so the test needs no trained model.
ORGS = ("Halcyon Labs", "Halcyon", "Reuters", "Bloomberg News", "The Daily Ledger")
MODELS = ("Nova 3",)


@Language.component("test_orgs_as_entities")
def orgs_as_entities(doc: Doc) -> Doc:
    spans = []
    for name, label in [(m, "MODEL") for m in MODELS] + [(o, "ORG") for o in ORGS]:
        start = doc.text.find(name)
        span = doc.char_span(start, start + len(name), label=label) if start >= 0 else None
        if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
            spans.append(span)
    doc.spans[ENTITIES_KEY] = spans
    return doc


@pytest.fixture(scope="module")
def org_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_orgs_as_entities")
    nlp.add_pipe("news_hedges").initialize(nlp=nlp)
    return nlp


CASES = [
    # (sentence, target, hedged, source)
    ("The company said Nova 3 has 70 billion parameters.", "70 billion", False, "The company"),
    ("Nova 3 has 70 billion parameters, the startup said.", "70 billion", False, "the startup"),
    ("Its developer says Nova 3 has 70 billion parameters.", "70 billion", False, "Its developer"),
    ("Halcyon said Nova 3 has 70 billion parameters.", "70 billion", False, "Halcyon"),
    ("Nova 3 has 70 billion parameters, Halcyon Labs said on Monday.", "70 billion", False,
     "Halcyon Labs"),
    ("The San Francisco-based startup said Nova 3 has 70 billion parameters.", "70 billion",
     False, "The San Francisco-based startup"),
    # the title is read before the named speaker, who stays the source
    ("Nova 3 has 70 billion parameters, product lead Dev Moss says.", "70 billion", False,
     "Dev Moss"),
    ("CEO Jane Roe said Nova 3 has 70 billion parameters.", "70 billion", False,
     "CEO Jane Roe"),
    ("Former CEO Jane Roe said Nova 3 has 70 billion parameters.", "70 billion", True,
     "Former CEO Jane Roe"),
    ("Lead analyst Jane Roe said Nova 3 has 70 billion parameters.", "70 billion", True,
     "Jane Roe"),
    ("Jane Roe said Nova 3 has 70 billion parameters.", "70 billion", True, "Jane Roe"),
    # the maker's own document
    ("According to the official introduction, Nova 3 has 70 billion parameters.", "70 billion",
     False, "the official introduction"),
    ("According to Halcyon's technical blog post, Nova 3 has 70 billion parameters.",
     "70 billion", False, "Halcyon's technical blog post"),
    ("According to its model card, Nova 3 has 70 billion parameters.", "70 billion", False,
     "its model card"),
    ("According to the Nova 3 technical report, it has 70 billion parameters.", "70 billion",
     False, "the Nova 3 technical report"),
    # second-hand: an outlet, analysts, people and unnamed sources still hedge
    ("According to the post, Nova 3 has 70 billion parameters.", "70 billion", True, "the post"),
    ("According to a media report, Nova 3 has 70 billion parameters.", "70 billion", True,
     "a media report"),
    ("According to Reuters' report, Nova 3 has 70 billion parameters.", "70 billion", True, None),
    ("Reuters said Nova 3 has 70 billion parameters.", "70 billion", True, "Reuters"),
    ("Nova 3 has 70 billion parameters, Bloomberg News said.", "70 billion", True,
     "Bloomberg News"),
    ("The Daily Ledger said Nova 3 has 70 billion parameters.", "70 billion", True,
     "The Daily Ledger"),
    ("Analysts said Nova 3 has 70 billion parameters.", "70 billion", True, "Analysts"),
    ("People familiar with the plans said Nova 3 has 70 billion parameters.", "70 billion",
     True, None),
    # a maker named after its model, and a surname the article introduced with a title
    ("Nova Labs says Nova 3 has 70 billion parameters.", "70 billion", False, "Nova Labs"),
    ("The Nova Collective says Nova 3 has 70 billion parameters.", "70 billion", False,
     "The Nova Collective"),
    ("Halcyon CEO Ana Vega spoke on Monday. Vega says Nova 3 has 70 billion parameters.",
     "70 billion", False, "Vega"),
    ("Ana Vega, Halcyon's chief executive, spoke. Vega says Nova 3 has 70 billion parameters.",
     "70 billion", False, "Vega"),
    ("Ana Vega, an analyst at a bank, spoke. Vega says Nova 3 has 70 billion parameters.",
     "70 billion", True, "Vega"),
    ("Ana Vega spoke on Monday. Vega says Nova 3 has 70 billion parameters.", "70 billion",
     True, "Vega"),
    ("Vega Labs says Nova 3 has 70 billion parameters.", "70 billion", True, "Vega Labs"),
    # a title in apposition after the name; the maker's own kinds of document
    ("\"Nova 3 has 70 billion parameters,\" said Ana Vega, Halcyon's chief scientist.",
     "70 billion", False, "Ana Vega"),
    ("\"Nova 3 has 70 billion parameters,\" said Ana Vega, an analyst at a bank.",
     "70 billion", True, "Ana Vega"),
    ("According to the technical report, Nova 3 has 70 billion parameters.", "70 billion",
     False, "the technical report"),
    ("According to the report, Nova 3 has 70 billion parameters.", "70 billion", True,
     "the report"),
    ("According to its model card on Hugging Face, Nova 3 has 70 billion parameters.",
     "70 billion", False, "its model card on Hugging Face"),
    ("According to a post on Reddit, Nova 3 has 70 billion parameters.", "70 billion", True,
     None),
    ("Nova 3 has 70 billion parameters, per the official announcement in early April.",
     "70 billion", False, None),
    ("Nova 3 has 70 billion parameters, per the Financial Times.", "70 billion", True, None),
    ("Nova 3 has 70 billion parameters, per the slide.", "70 billion", False, None),
    # whoever puts a figure on it is its source
    ("Two people described Nova 3; a third person put the figure at 70 billion parameters.",
     "70 billion", True, None),
    ("A leaked report put it at 70 billion parameters for Nova 3.", "70 billion", True, None),
    ("Analysts peg the size of Nova 3 at 70 billion parameters.", "70 billion", True, None),
    ("Halcyon put the figure for Nova 3 at 70 billion parameters.", "70 billion", False,
     "Halcyon"),
    ("That puts it at nine times the size of Nova 3, which has 70 billion parameters.",
     "70 billion", False, None),
    ("The delay could put it at risk; Nova 3 has 70 billion parameters.", "70 billion", False,
     None),
    # a first-party speaker does not cancel a real hedge in the same sentence
    ("The company said Nova 3 may have 70 billion parameters.", "70 billion", True, "The company"),
    ("Halcyon said Nova 3 is expected to have 70 billion parameters.", "70 billion", True,
     "Halcyon"),
]


def _span(doc: Doc, surface: str) -> Span:
    start = doc.text.index(surface)
    span = doc.char_span(start, start + len(surface))
    assert span is not None
    return span


@pytest.mark.parametrize(("text", "target", "hedged", "source"), CASES)
def test_first_party_speaker(org_nlp, assess, text, target, hedged, source) -> None:
    result = assess(org_nlp, text, target)
    assert result.hedged is hedged, [(c.text, c._.hedge_subcategory) for c in result.cues]
    if source is not None:
        assert result.attribution == source


@pytest.mark.parametrize(("source", "expected"), [
    ("the company", True), ("its maker", True), ("the research team", True),
    ("the company's rivals", False), ("a company", False), ("Reuters", False),
    (None, False), ("", False),
    # a maker's document named bare, as a live blog writes it: "Slides say ..."
    ("Slides", True), ("Release notes", True), ("a slide", False), ("reports", False),
])
def test_is_first_party_by_words(org_nlp, source, expected) -> None:
    doc = org_nlp("Somebody said so.")
    assert is_first_party(_span(doc, "said"), source) is expected


@pytest.mark.parametrize(("name", "family"), [
    ("Zephyr 2", "Zephyr"), ("Kestrel-2", "Kestrel"), ("Nova 3 Pro", "Nova"),
    ("o3", None), ("R1", None), ("3B", None), ("GPT-5", "GPT"),
])
def test_family_word(name: str, family: str | None) -> None:
    assert family_word(name) == family


@pytest.mark.parametrize(("text", "target", "hedged", "source"), [
    # the trained parser sometimes gives "said" two subjects; the speaker is the nearer one
    ("Title: Probe\nPublished: 2025-06-10\n\nNova 3 launched on March 4, the company said.",
     "March 4", False, "the company"),
    ("Nova 3 has 70 billion parameters, the lab said in a blog post.", "70 billion", False,
     "the lab"),
    ("Nova 3 has 70 billion parameters, an analyst said.", "70 billion", True, "an analyst"),
])
def test_speaker_with_the_trained_parser(nlp_full, text, target, hedged, source) -> None:
    doc = nlp_full(text)
    result = hedges_for(doc, _span(doc, target))
    assert (result.hedged, result.attribution) == (hedged, source)
