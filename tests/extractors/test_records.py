"""records.py: the Doc -> ArticleRecords boundary (headline hedges, offsets of pieces)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from extractors.records import doc_to_records, inherit_headline_hedges, is_headline
from extractors.types import Article, CharSpan, Claim, EntityType, Predicate

HEADLINE = CharSpan(start=0, end=24, text="Grok 4.20 at 0.5T Params")
BODY = CharSpan(start=30, end=70, text="Grok 4.20 is reportedly a 0.5T model.")


def claim(
    sentence: CharSpan,
    *,
    hedged: bool,
    value: float = 5e11,
    subject: str = "Grok 4.20",
    cues: tuple[str, ...] = (),
) -> Claim:
    return Claim(
        predicate=Predicate.PARAMETER_COUNT,
        subject=subject,
        subject_type=EntityType.MODEL,
        value_span=CharSpan(start=sentence.start, end=sentence.start + 4, text="0.5T"),
        sentence=sentence,
        value=value,
        value_low=value,
        value_high=value,
        hedged=hedged,
        hedge_cues=cues,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Grok 4.20 at 0.5T Params", True, id="headline_no_stop"),
        pytest.param(
            "xAI's Grok 4.2 at 0.5T Params, Colossus 2 Training Models up to 10T\n",
            True,
            id="headline_trailing_newline",
        ),
        pytest.param("Grok 4.20 is reportedly a 0.5T model.", False, id="sentence_period"),
        pytest.param("Is Grok 5 a 6T model?", False, id="question"),
        pytest.param('He said it was "a 6T model."', False, id="quote_period"),
        pytest.param("Grok 4.4: 1T parameters", True, id="list_label"),
    ],
)
def test_is_headline(text: str, expected: bool) -> None:
    assert is_headline(CharSpan(start=0, end=len(text), text=text)) is expected


@pytest.mark.parametrize(
    ("claims", "expected_hedged"),
    [
        pytest.param(
            [claim(HEADLINE, hedged=False), claim(BODY, hedged=True, cues=("reportedly",))],
            [True, True],
            id="headline_inherits_body_hedge",
        ),
        pytest.param(
            [claim(HEADLINE, hedged=False), claim(BODY, hedged=False)],
            [False, False],
            id="nothing_to_inherit",
        ),
        pytest.param(
            [
                claim(HEADLINE, hedged=False),
                claim(BODY, hedged=True, value=1e12, cues=("reportedly",)),
            ],
            [False, True],
            id="other_value_does_not_lend_its_hedge",
        ),
        pytest.param(
            [
                claim(HEADLINE, hedged=False),
                claim(BODY, hedged=True, subject="Grok 5", cues=("reportedly",)),
            ],
            [False, True],
            id="other_subject_does_not_lend_its_hedge",
        ),
        pytest.param(
            [
                claim(BODY, hedged=False),
                claim(
                    CharSpan(start=80, end=120, text="Grok 4.20 is reportedly a 0.5T model."),
                    hedged=True,
                    cues=("reportedly",),
                ),
            ],
            [False, True],
            id="body_sentence_keeps_its_own_reading",
        ),
    ],
)
def test_inherit_headline_hedges(claims: list[Claim], expected_hedged: list[bool]) -> None:
    out = inherit_headline_hedges(claims)
    assert [c.hedged for c in out] == expected_hedged
    for before, after in zip(claims, out, strict=True):
        if after.hedged and not before.hedged:
            assert after.hedge_cues == ("reportedly",)


def test_piece_offsets_point_into_the_whole_article(blank_nlp: Language) -> None:
    """A Doc over a piece of the text yields offsets into the whole article."""
    prefix = "First paragraph without models.\n\n"
    piece = "Grok 5 is a model."
    article = Article(article_id="a1", path="a.txt", text=prefix + piece)
    doc = blank_nlp(piece)
    grok = Span(doc, 0, 2, label="MODEL")
    grok._.canonical = "Grok 5"
    doc.spans["entities"] = [grok]
    facts = doc_to_records(doc, article, offset=len(prefix))
    (mention,) = facts.mentions
    assert article.text[mention.span.start : mention.span.end] == "Grok 5"


def test_doc_from_other_text_is_rejected(blank_nlp: Language) -> None:
    article = Article(article_id="a1", path="a.txt", text="Some article text.")
    with pytest.raises(ValueError, match="differs"):
        doc_to_records(blank_nlp("Another text."), article)
