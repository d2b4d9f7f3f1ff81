"""Pieces bounded in tokens, and figure rules that read a bounded window (issue 20, items 1-2).

Memory follows tokens, not characters: a figure-dense text has a token per three characters, so
a piece is cut again past ``MAX_PIECE_TOKENS`` and a batch holds at most ``MAX_BATCH_TOKENS``.
The size-link rules read the words before a figure from a window, not the whole sentence; these
tests check the window gives what the whole sentence gives. Nothing here times anything.
"""

from __future__ import annotations

import itertools

import pytest

from extractors import ingest
from extractors import processing as extraction
from extractors.params import size_links
from extractors.types import Article, ArticleResult


def _article(path: str, text: str) -> Article:
    return Article(article_id=ingest.article_id_for(text), path=path, text=text,
                   source_sha256="0" * 64)


LINES = "".join(f"Nova {i} has {i + 1}B parameters, Quanta Labs said.\n" for i in range(40))


def test_token_cuts_bound_each_part_and_cut_at_line_ends(light_nlp) -> None:
    doc = light_nlp.make_doc(LINES)
    cuts = extraction.token_cuts(doc, 25)
    bounds = [0, *cuts, len(LINES)]
    parts = [LINES[a:b] for a, b in itertools.pairwise(bounds)]
    assert "".join(parts) == LINES and len(parts) > 5
    assert all(len(light_nlp.make_doc(part)) <= 25 for part in parts)
    assert all(part.endswith("\n") for part in parts)  # a line end in each window's second half


def test_token_cuts_without_line_or_sentence_ends_cut_at_the_window() -> None:
    import spacy

    nlp = spacy.blank("en")
    text = "1T 2T 3T " * 50
    doc = nlp.make_doc(text)
    cuts = extraction.token_cuts(doc, 40)
    bounds = [0, *cuts, len(text)]
    assert all(len(nlp.make_doc(text[a:b])) <= 40 for a, b in itertools.pairwise(bounds))
    assert extraction.token_cuts(doc, len(doc)) == []


def test_long_article_in_token_pieces_keeps_offsets_into_its_text(
        light_nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    article = _article("lines.txt", LINES)
    [whole] = extraction.extract_articles(light_nlp, [article])
    monkeypatch.setattr(extraction, "MAX_PIECE_TOKENS", 30)
    monkeypatch.setattr(extraction, "MAX_BATCH_TOKENS", 60)
    batches: list[int] = []
    original = extraction._chunks
    monkeypatch.setattr(extraction, "_chunks", lambda items, size: (
        batches.append(sum(len(item[0]) for item in chunk)) or chunk
        for chunk in original(items, size)))
    [cut] = extraction.extract_articles(light_nlp, [article])
    assert isinstance(whole, ArticleResult) and isinstance(cut, ArticleResult)
    assert len(batches) > 5 and max(batches) <= 60
    for claim in cut.records.claims:
        span = claim.value_span
        assert LINES[span.start:span.end] == span.text
    assert len(whole.records.claims) == 40
    assert ({(c.subject, c.value_span.start) for c in cut.records.claims}
            == {(c.subject, c.value_span.start) for c in whole.records.claims})


@pytest.mark.parametrize("filler", [0, 5, 60, 200])
def test_size_link_window_reads_what_the_whole_sentence_reads(light_nlp, filler: int) -> None:
    text = ("The new Zeta 5 model, " + "which the lab describes as fast and " * filler
            + "weighing in at about 1.6 trillion parameters, was trained last year.")
    doc = light_nlp(text)
    figure = next(t for t in doc if t.text == "1.6")
    value = doc[figure.i : figure.i + 2]
    lex = _lexicon(light_nlp)
    assert size_links.follows_size_link(doc, value, lex)
    whole = size_links._drop_cues(
        [t.lower_ for t in doc[value.sent.start : value.start] if not t.is_space], lex)
    windowed = size_links._words_before(doc, value, lex)
    assert whole[-len(windowed):] == windowed  # the same last words
    assert windowed == whole or len(windowed) >= size_links.WINDOW_MARGIN


def test_threshold_found_past_a_long_sentence_start(light_nlp) -> None:
    text = ("Quanta Labs, " + "after many months of quiet work, " * 20
            + "built the first model to exceed a trillion parameters.")
    doc = light_nlp(text)
    figure = next(t for t in doc if t.text == "trillion")
    value = doc[figure.i : figure.i + 1]
    assert size_links.is_threshold(doc, value, _lexicon(light_nlp))


def _lexicon(nlp):
    from extractors.params.lexicon import DEFAULT_PATTERNS, ParamLexicon, load_rules

    return ParamLexicon.from_rules(load_rules(DEFAULT_PATTERNS))
