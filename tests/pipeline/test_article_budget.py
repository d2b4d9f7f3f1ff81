"""Per-article budget and linear per-article work (issue 20, item 1).

No test here times anything: the budget's time limit is set below any real cost so the
quarantine is certain, and linearity is checked by counting the per-sentence scans and by
comparing the overlap resolution with the plain quadratic reading it replaced.
"""

from __future__ import annotations

import random

import pytest

from extractors import budget, ingest
from extractors import processing as extraction
from extractors.common import sentence_index, sentences
from extractors.ingest import html_text
from extractors.params import gaps as param_gaps
from extractors.params import numbers
from extractors.types import Article, ArticleResult, Quarantined


def _article(path: str, text: str) -> Article:
    return Article(article_id=ingest.article_id_for(text), path=path, text=text,
                   source_sha256="0" * 64)


SMALL = _article("small.txt", "Orion 2 has 70 billion parameters, Quanta Labs said.\n")
DENSE = _article("dense.txt", "Grok 5 has " + "1T 2T 3T " * 300 + "parameters.\n")


def test_article_over_the_character_limit_is_quarantined_and_the_others_go_on(
        light_nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(budget.MAX_CHARS_ENV_VAR, "1000")
    results = extraction.extract_articles(light_nlp, [DENSE, SMALL])
    assert isinstance(results[0], Quarantined)
    assert "over the article budget" in results[0].error
    assert "characters" in results[0].error and budget.MAX_CHARS_ENV_VAR in results[0].error
    assert results[0].source_sha256 == DENSE.source_sha256  # an unchanged file is not retried
    assert isinstance(results[1], ArticleResult) and results[1].records.claims


def test_article_over_the_time_limit_is_quarantined(
        light_nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(budget.SECONDS_ENV_VAR, "1e-9")  # any real extraction exceeds it
    [result] = extraction.extract_articles(light_nlp, [DENSE])
    assert isinstance(result, Quarantined)
    assert "s of extraction" in result.error and budget.SECONDS_ENV_VAR in result.error


def test_pieces_after_the_time_limit_are_not_parsed(
        light_nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(budget.SECONDS_ENV_VAR, "1e-9")
    monkeypatch.setattr(extraction, "MAX_PIECE_CHARS", 200)
    parsed: list[int] = []
    original = extraction.doc_to_records
    monkeypatch.setattr(extraction, "doc_to_records",
                        lambda doc, *a, **k: parsed.append(len(doc)) or original(doc, *a, **k))
    [result] = extraction.extract_articles(light_nlp, [DENSE], batch_size=1)
    assert isinstance(result, Quarantined)
    assert len(extraction.split_pieces(DENSE.text)) > 5
    assert len(parsed) <= 2  # the piece that crossed the limit and the one made ahead


@pytest.mark.parametrize("raw", ["", "0", "-5", "lots"], ids=["empty", "zero", "negative", "word"])
def test_budget_settings_reject_nonsense(raw: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(budget.MAX_CHARS_ENV_VAR, raw)
    if raw == "":
        assert budget.max_article_chars() == budget.DEFAULT_MAX_ARTICLE_CHARS
        return
    with pytest.raises(ValueError, match=budget.MAX_CHARS_ENV_VAR):
        budget.max_article_chars()


def test_figure_dense_article_scans_each_sentence_for_asides_once(
        light_nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    scans: list[tuple[int, int]] = []
    original = param_gaps._scan_asides
    monkeypatch.setattr(param_gaps, "_scan_asides",
                        lambda sent: scans.append((sent.start, sent.end)) or original(sent))
    text = "Grok 5 (a model) has " + "1T parameters, 2T parameters, " * 100 + "and more.\n"
    [result] = extraction.extract_articles(light_nlp, [_article("a.txt", text)])
    assert isinstance(result, ArticleResult) and len(result.records.claims) >= 1
    assert len(scans) == len(set(scans))


def _quadratic_surfaces(text: str) -> list[numbers.ValueSurface]:
    """The overlap resolution as it was: each candidate against every chosen surface."""
    chosen: list[numbers.ValueSurface] = []
    for cand in sorted(numbers._candidates(text), key=lambda c: (c.start - c.end, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


PIECES = ["1T", "2 trillion", "1-2 trillion", "175B", "six trillion", "200-400 billion",
          "hundreds of billions", "0.5T", "(0.5T)", "trillion-parameter", "1.8 tn", "and", "-"]


@pytest.mark.parametrize("seed", range(5), ids=lambda s: f"seed{s}")
def test_value_surfaces_resolve_overlaps_as_before(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(PIECES) for _ in range(400))
    assert numbers.find_value_surfaces(text) == _quadratic_surfaces(text)


@pytest.mark.parametrize("seed", range(4), ids=lambda s: f"seed{s}")
def test_indexed_sentences_equal_spacys_walk(light_nlp, seed: int) -> None:
    rng = random.Random(seed)
    words = ["Grok", "5", "has", "1T", "parameters", ".", "It", "(", ")", "\n\n", "ships", "!"]
    doc = light_nlp.make_doc(" ".join(rng.choice(words) for _ in range(300)))
    for _, proc in light_nlp.pipeline[:2]:  # paragraph breaks + sentencizer
        doc = proc(doc)
    plain = [(doc[i:j].sent.start, doc[i:j].sent.end, doc[i].sent.end)
             for i in range(len(doc)) for j in (i + 1, min(i + 7, len(doc)))]
    sentence_index.index_sentences(doc)
    assert "sent" in doc.user_span_hooks
    indexed = [(doc[i:j].sent.start, doc[i:j].sent.end, doc[i].sent.end)
               for i in range(len(doc)) for j in (i + 1, min(i + 7, len(doc)))]
    assert indexed == plain


@pytest.mark.parametrize("tables", [10, MANY_TABLES := 5000], ids=["few", "many"])
def test_page_of_many_tables_skips_the_quadratic_fallback(
        tables: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura  # html_text imports it on first use

    calls: list[bool] = []
    original = trafilatura.bare_extraction
    monkeypatch.setattr(trafilatura, "bare_extraction",
                        lambda html, **kw: calls.append(kw["fast"]) or original(html, **kw))
    row = "<table><tr><td>Model X</td><td>175B</td><td>88.1</td></tr></table>"
    content = html_text.extract_html(f"<html><body>{row * tables}</body></html>")
    assert content is not None and content.text.count("175B") == tables
    assert calls == [tables == MANY_TABLES]


def test_paragraph_breaks_set_in_one_pass_equal_token_by_token(light_nlp) -> None:
    rng = random.Random(7)
    words = ["Hello", "there", "\n\n", "New", ".", "[", "7", "]", "Meta", "\n", "line", "!"]
    for _ in range(20):
        text = " ".join(rng.choice(words) for _ in range(200))
        one_pass = sentences.mark_paragraph_breaks(light_nlp.make_doc(text))
        by_token = light_nlp.make_doc(text)
        for token in by_token[1:]:  # a clause continuation is no start ...
            if sentences._continues_a_clause(by_token, token.i):
                token.is_sent_start = False
        for token in by_token[:-1]:  # ... unless a line break or a citation starts one
            if (token.is_space and "\n" in token.text) or (
                    sentences._closes_citation_after_a_stop(by_token, token.i)
                    and by_token[token.i + 1].is_title):
                by_token[token.i + 1].is_sent_start = True
        assert [t.is_sent_start for t in one_pass] == [t.is_sent_start for t in by_token]
