"""Metadata from plain text: headers, headline, publisher, publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.ingest.datelines import find_dates, find_published, resolve
from extractors.ingest.metadata import (
    extract_metadata,
    find_title,
    parse_header,
    publisher_from_url,
)

REF = dt.date(2026, 6, 1)
BODY = (
    "The company said the new model has one trillion parameters and will ship to developers "
    "later this year, according to a post on its blog."
)


@pytest.mark.parametrize(
    ("text", "expected_date", "surface", "inferred"),
    [
        pytest.param(
            f"Headline about a big model\n\noutletname ·  Apr 20 19:43\n\n{BODY}",
            dt.date(2026, 4, 20),
            "Apr 20 19:43",
            True,
            id="site_line_month_day_time",
        ),
        pytest.param(
            f"Headline about a big model\n\noutletname ·  Dec 20 08:10\n\n{BODY}",
            dt.date(2025, 12, 20),
            "Dec 20 08:10",
            True,
            id="month_day_after_reference_goes_back",
        ),
        pytest.param(
            f"Some headline here for tests\nA. Writer\n2 min readNov 9, 2023\n\n{BODY}",
            dt.date(2023, 11, 9),
            "Nov 9, 2023",
            False,
            id="medium_glued_read_time",
        ),
        pytest.param(
            f"URL: https://example.com/a\n\n date 2023-01-12 {BODY}",
            dt.date(2023, 1, 12),
            "2023-01-12",
            False,
            id="date_stamp_then_body_on_same_line",
        ),
        pytest.param(
            f"Published: 2024-03-01\n\n{BODY}",
            dt.date(2024, 3, 1),
            "2024-03-01",
            False,
            id="published_header",
        ),
        pytest.param(
            f"Title: A headline\nPublished: March 7, 2026\n\n{BODY}",
            dt.date(2026, 3, 7),
            "March 7, 2026",
            False,
            id="published_header_month_name",
        ),
        pytest.param(
            f"A headline with four words\n\nUpdated on September 22, 2025\n\n{BODY}",
            dt.date(2025, 9, 22),
            "September 22, 2025",
            False,
            id="updated_on_stamp",
        ),
        pytest.param(
            f"{BODY}\n\n" * 20 + "Updated on September 22, 2025",
            dt.date(2025, 9, 22),
            "September 22, 2025",
            False,
            id="updated_on_at_the_end",
        ),
        pytest.param(
            f"{BODY}\n\n" * 8 + f"As of March 7, 2026, the training run is ongoing. {BODY}",
            dt.date(2026, 3, 7),
            "March 7, 2026",
            False,
            id="as_of_full_date_in_body",
        ),
        pytest.param(
            f"By Jane Doe | Published 12 July 2022, 10:05 AM EST\n\n{BODY}",
            dt.date(2022, 7, 12),
            "12 July 2022, 10:05 AM EST",
            False,
            id="byline_published_dmy_time",
        ),
        pytest.param(
            f"A headline with four words\nMARCH 7, 2026\n\n{BODY}",
            dt.date(2026, 3, 7),
            "MARCH 7, 2026",
            False,
            id="upper_case_month",
        ),
        pytest.param(
            f"A headline with four words\nSept. 3rd 2025\n\n{BODY}",
            dt.date(2025, 9, 3),
            "Sept. 3rd 2025",
            False,
            id="sept_abbrev_ordinal",
        ),
        pytest.param(
            f"Leap day headline for tests\nFeb 29\n\n{BODY}",
            dt.date(2024, 2, 29),
            "Feb 29",
            True,
            id="feb_29_goes_back_to_leap_year",
        ),
    ],
)
def test_published_found(text: str, expected_date: dt.date, surface: str, inferred: bool) -> None:
    meta = extract_metadata(text, REF)
    assert (meta.published_at, meta.published_text, meta.published_inferred) == (
        expected_date,
        surface,
        inferred,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"A headline with four words\n\nOn July 11, 2025, the lab released its model. {BODY}",
            id="event_date_in_first_sentence",
        ),
        pytest.param(
            f"A headline\n\nThe team releases the model on 12 July 2022: 176B parameters. {BODY}",
            id="event_date_mid_sentence",
        ),
        pytest.param(
            f"Grok 4.20 Beta, launched February 17, 2026, shipped agents. {BODY}",
            id="launched_event_date",
        ),
        pytest.param("Phone series to debut on January 17\n\n" + BODY, id="headline_event_on_date"),
        pytest.param(f"Published\nAuthors\n\n{BODY}", id="published_label_without_date"),
        pytest.param(
            f"{BODY} The knowledge cutoff date of December 2023 applies.", id="cutoff_date_of"
        ),
        pytest.param(f"{BODY}\n\nAs of late February 2026 the plan changed.", id="as_of_vague"),
        pytest.param(f"Headline words for test\nFeb 30\n\n{BODY}", id="impossible_date"),
        pytest.param(f"Trends to watch this year\nMay 2026\n\n{BODY}", id="month_year_only"),
        pytest.param(
            f"Short line\n\n{BODY}\n\nReleased March 7, 2026 to all users.", id="body_not_stamp"
        ),
        pytest.param("x\n" * 30 + "outletname · Apr 20 19:43\n" + BODY, id="dateline_too_far_down"),
    ],
)
def test_published_not_taken(text: str) -> None:
    assert extract_metadata(text, REF).published_at is None


def test_header_beats_dateline() -> None:
    text = f"Published: 2024-03-01\nsite · Apr 20 19:43\n\n{BODY}"
    assert find_published(text, REF, header_value="2024-03-01").date == dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    ("line", "surfaces"),
    [
        pytest.param("Apr 20 19:43", ["Apr 20 19:43"], id="month_day_time"),
        pytest.param("from May 1 to May 5, 2024", ["May 1", "May 5, 2024"], id="two_dates"),
        pytest.param("you may 5 times", [], id="lowercase_may_is_not_a_month"),
        pytest.param("2023/01/12 and 2023.02.03", ["2023/01/12", "2023.02.03"], id="iso_variants"),
        pytest.param("version 4.2.1", [], id="version_number"),
        pytest.param("the 7th of March, 2026", ["7th of March, 2026"], id="dmy_of"),
    ],
)
def test_find_dates_surfaces(line: str, surfaces: list[str]) -> None:
    found = find_dates(line)
    assert [f.surface for f in found] == surfaces
    assert all(line[f.start : f.end] == f.surface for f in found)


def test_resolve_same_day_is_not_last_year() -> None:
    (match,) = find_dates("Jun 1")
    assert resolve(match, REF) == (dt.date(2026, 6, 1), True)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param(
            "https://zeenews.india.com/technology/x.html/amp", "zeenews", id="portal_subdomain"
        ),
        pytest.param("https://www.deepmind.com/blog/article/x", "deepmind", id="www"),
        pytest.param(
            "https://news.platform.elebank.com/en/post/1", "elebank", id="generic_subdomains"
        ),
        pytest.param("https://actbrilliant.medium.com/x", "actbrilliant", id="author_blog"),
        pytest.param("https://www.bbc.co.uk/news/x", "bbc", id="second_level_suffix"),
        pytest.param("https://techjuice.pk/x", "techjuice", id="cc_tld"),
        pytest.param("https://www.ctol.digital/news/x", "ctol", id="new_gtld"),
        pytest.param("http://127.0.0.1/x", None, id="ip_address"),
        pytest.param("not a url", None, id="garbage"),
        pytest.param("http://[bad", None, id="invalid_ipv6"),
    ],
)
def test_publisher_from_url(url: str, expected: str | None) -> None:
    assert publisher_from_url(url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"URL: https://zeenews.india.com/a\n\n{BODY}", "zeenews", id="from_url_header"
        ),
        pytest.param(
            f"Headline words for this test\noutletname ·  Apr 20 19:43\n\n{BODY}",
            "outletname",
            id="from_site_dateline",
        ),
        pytest.param(
            f"URL: https://mirror.example.org/a\n\nOrigin News ·  Apr 20 19:43\n\n{BODY}",
            "Origin News",
            id="site_line_beats_syndicating_url",
        ),
        pytest.param(
            f"Publisher: The Paper\nURL: https://x.example.com/\n\n{BODY}",
            "The Paper",
            id="publisher_header",
        ),
        pytest.param(f"A. Writer · 4h ago · 5 min read\n\n{BODY}", None, id="author_line_no_date"),
        pytest.param(BODY, None, id="nothing"),
    ],
)
def test_publisher(text: str, expected: str | None) -> None:
    assert extract_metadata(text, REF).publisher == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"Title: Given Title\n\nOther Headline Line Here\n{BODY}",
            "Given Title",
            id="title_header",
        ),
        pytest.param(
            f"share tags all lower case words here\n\nReal Headline About Models\n\n{BODY}",
            "Real Headline About Models",
            id="skips_lowercase_tag_line",
        ),
        pytest.param(
            f"URL: https://a.example.com/x\n\nThe bigger the better? A new model\n\n{BODY}",
            "The bigger the better? A new model",
            id="after_url_header",
        ),
        pytest.param(
            f" date 2023-11-20 Phone series to debut on January 17\n\n{BODY}",
            "Phone series to debut on January 17",
            id="after_leading_date_stamp",
        ),
        pytest.param(f"{BODY}\n\nA Subheading Later In Text", None, id="body_first_no_title"),
        pytest.param(
            f"Jump\nResponsibility & Safety\nLanguage modelling at scale: Gopher\n{BODY}",
            "Language modelling at scale: Gopher",
            id="skips_short_section_label",
        ),
    ],
)
def test_title(text: str, expected: str | None) -> None:
    assert find_title(text, parse_header(text)) == expected


def test_parse_header_stops_at_body() -> None:
    text = "URL: https://a.example.com/x\nTitle: T\n\nBody line\nDate: not a header here"
    assert parse_header(text) == {"url": "https://a.example.com/x", "title": "T"}
