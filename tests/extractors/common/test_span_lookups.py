"""Index look-ups that replace per-span scans (issue 20): same answers as the scans they replace."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from extractors.common.sentence_index import index_sentences, spans_starting_in
from extractors.dates.narrative_year import same_paragraph
from extractors.params.stand_ins import _paragraph_start

TEXT = ("Zeta 5 has 7B parameters. Orca 2 and Nova 3 followed.\n"
        "In 2021 Kite 1 shipped. On July 18th, Zeta 6 came.\nNova 4 is out.")


def _doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    index_sentences(doc)
    return doc


def test_spans_starting_in_matches_the_sentence_scan() -> None:
    doc = _doc()
    models = [Span(doc, t.i, t.i + 2) for t in doc if t.text in {"Zeta", "Orca", "Nova", "Kite"}]
    for sent in doc.sents:
        assert list(spans_starting_in(models, sent.start, sent.end)) == [
            m for m in models if m.sent == sent]


def test_paragraph_start_matches_the_token_walk() -> None:
    doc = _doc()
    for i in range(len(doc)):
        start = i
        while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
            start -= 1
        assert _paragraph_start(doc, i) == start


def test_same_paragraph_matches_the_text_reading() -> None:
    doc = _doc()
    spans = [doc[i : i + 1] for i in range(len(doc))]
    for a in spans:
        for b in spans:
            if a.start > b.start:
                continue
            between = doc.text[a.end_char : b.start_char]
            starts = sum(1 for t in doc[a.end : b.start + 1] if t.is_sent_start)
            assert same_paragraph(a, b) == ("\n" not in between and starts <= 3)
