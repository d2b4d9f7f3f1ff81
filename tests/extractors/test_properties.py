"""Property-based tests (hypothesis): arbitrary Unicode, numbers and date-like strings never
raise, every offset lies inside the text and slices to its surface, and output is
deterministic (issue 7). Bounded ``max_examples`` keep the file well under a minute.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import extractors
from extractors import ingest
from extractors.dates.normalise import normalise_date
from extractors.ingest.decoding import bytes_to_text
from extractors.params.numbers import find_value_surfaces, parse_number_words, parse_suffix_count
from extractors.records import doc_to_records
from extractors.types import Article

SPAN_KEYS = ("entities", "param_counts", "dates", "quantities", "hedge_cues")
FRAGMENTS = [
    "GPT-4", "Grok 5", "Llama 3.1 405B", "xAI", "OpenAI", "Colossus 2", "H100", "Gemini",
    "1.5T", "0.5 trillion", "175B", "six trillion parameters", "200-400 billion", "~1.8 tn",
    "hundreds of billions", "at least 70 billion", "1,000,000", "3.14", "-7", "1e9", "¾",
    "Q2 2026", "early May", "May", "may", "2024-02-30", "31 February 2025", "next year",
    "the next day", "in 3 weeks", "Sept. 5, 2024 at noon", "12/31/99", "H1 2025", "late 2024",
    "reportedly", "according to", "no doubt", "but", "allegedly", "unverified", "(", ")", "\u201c",
    "\u201d", "\n", "\n\n", ". ", ", ", " ", "\t", "\u00a0", "\u200b", "é", "\U0001d7d9\U0001d7da", "٣", "中文",  # noqa: E501
    "🙂", "\ufeff", "parameters", "params", "released", "announced", "will launch",
]
FRAGMENT_TEXT = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join)
MIXED_TEXT = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), FRAGMENT_TEXT, MIXED_TEXT)
NUMBER_TEXT = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: f"{n:,}"),
    st.tuples(st.decimals(allow_nan=False, allow_infinity=False, places=3),
              st.sampled_from(["T", "B", "M", "K", " trillion", " bn", " tn", "", " billion-"]),
              ).map(lambda t: f"{t[0]}{t[1]}"),
    FRAGMENT_TEXT,
)
DATE_TEXT = st.one_of(
    st.dates().map(lambda d: d.strftime("%d %B %Y")),
    st.dates().map(lambda d: d.strftime("%B %d, %Y")),
    st.dates().map(str),
    st.tuples(st.sampled_from(["early", "mid", "late", "end of", "Q", "H", "the first half of"]),
              st.integers(min_value=-5, max_value=9999)).map(lambda t: f"{t[0]} {t[1]}"),
    FRAGMENT_TEXT,
)
ANCHORS = st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 1, 1)))  # noqa: E501
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def rules_nlp() -> Language:
    """Blank English + paragraph breaks + sentencizer + every newsfacts component."""
    nlp = spacy.blank("en")
    nlp.add_pipe("news_paragraph_breaks")
    nlp.add_pipe("sentencizer")
    for component in extractors.NEWS_COMPONENTS:
        nlp.add_pipe(component)
    for name, proc in nlp.pipeline:
        if name.startswith("news_") and hasattr(proc, "initialize"):
            proc.initialize(lambda: [], nlp=nlp)
    return nlp


# --- pure functions -------------------------------------------------------------------------

@FAST
@given(text=st.one_of(ANY_TEXT, NUMBER_TEXT))
def test_value_surfaces_inside_text_and_deterministic(text: str) -> None:
    found = find_value_surfaces(text)
    assert found == find_value_surfaces(text)
    previous_end = 0
    for s in found:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= previous_end  # sorted, no overlaps
        previous_end = s.end
        if s.low is not None and s.high is not None:
            assert s.low <= s.high


@FAST
@given(text=st.one_of(ANY_TEXT, NUMBER_TEXT))
def test_number_parsers_never_raise(text: str) -> None:
    for parse in (parse_number_words, parse_suffix_count):
        value = parse(text)
        assert value is None or isinstance(value, float)
        assert parse(text) == value or value != value  # NaN is not equal to itself


@settings(max_examples=40, deadline=None)
@given(text=st.one_of(DATE_TEXT, ANY_TEXT), anchor=ANCHORS,
       prefer=st.sampled_from(["past", "future", "nearest"]))
def test_normalise_date_never_raises(text: str, anchor, prefer) -> None:
    value = normalise_date(text, anchor, prefer)
    assert value == normalise_date(text, anchor, prefer)
    if value.start is not None and value.end is not None:
        assert value.start <= value.end
    assert value.status in {"parsed", "unparsed"}


@FAST
@given(raw=st.one_of(st.binary(max_size=300), ANY_TEXT.map(lambda t: t.encode("utf-8")),
                     ANY_TEXT.map(lambda t: t.encode("utf-16"))))
def test_bytes_to_text_never_raises(raw: bytes) -> None:
    text = bytes_to_text(raw)
    assert isinstance(text, str) and "\x00" not in text
    assert bytes_to_text(raw) == text


@FAST
@given(text=ANY_TEXT, size=st.integers(min_value=2, max_value=80))
def test_split_pieces_cover_text(text: str, size: int) -> None:
    from extractors.processing import split_pieces

    pieces = split_pieces(text, size)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)


@FAST
@given(text=ANY_TEXT)
def test_article_id_stable(text: str) -> None:
    assert ingest.article_id_for(text) == ingest.article_id_for(text)
    assert ingest.article_id_for(text) == ingest.article_id_for(f"  {text}\n")


# --- built components on a blank pipeline ---------------------------------------------------

def _check_doc_and_records(nlp: Language, text: str, anchor) -> tuple:
    doc = nlp.make_doc(text)
    doc._.published_at = anchor
    doc = nlp(doc)
    spans = []
    for key in SPAN_KEYS:
        for span in doc.spans.get(key, []):
            assert 0 <= span.start_char <= span.end_char <= len(text)
            assert text[span.start_char : span.end_char] == span.text
            spans.append((key, span.start_char, span.end_char, span.label_))
    if not text.strip():
        return tuple(spans), None
    article = Article(article_id=ingest.article_id_for(text), path="p.txt", text=text,
                      published_at=anchor)
    facts = doc_to_records(doc, article)
    for m in facts.mentions:
        assert text[m.span.start : m.span.end] == m.span.text
    for c in facts.claims:
        for cs in (c.value_span, c.sentence, c.subject_span, *c.hedge_cue_spans):
            if cs is not None:
                assert text[cs.start : cs.end] == cs.text
    return tuple(spans), facts


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT, anchor=ANCHORS)
def test_components_offsets_and_determinism(rules_nlp: Language, text: str, anchor) -> None:
    first = _check_doc_and_records(rules_nlp, text, anchor)
    assert _check_doc_and_records(rules_nlp, text, anchor) == first


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(text=st.one_of(FRAGMENT_TEXT, MIXED_TEXT), anchor=ANCHORS)
def test_real_pipeline_offsets_and_determinism(text: str, anchor) -> None:
    from extractors.processing import pipeline_nlp  # shared with the pipeline tests' model load

    nlp = pipeline_nlp()
    first = _check_doc_and_records(nlp, text, anchor)
    assert _check_doc_and_records(nlp, text, anchor) == first
