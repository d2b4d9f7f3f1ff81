"""The report's text: values and intervals as a reader writes them, and highlighted sentences.

Pure functions over rows of the contract views; every piece of article text that reaches HTML
goes through ``html.escape``.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from itertools import pairwise

from pipeline.browse import human_number

HALVES = {1: "H1", 7: "H2"}


def format_interval(start: dt.date | None, end: dt.date | None, granularity: str | None) -> str:
    """A resolved date interval as a reader writes it.

    For example 'Q2 2026', 'May 2026', '1\u201310 May 2026'.
    """
    if start is None:
        return "unresolved"
    end = end or start
    if start == end:
        return start.isoformat()
    same_month = (start.year, start.month) == (end.year, end.month)
    month_end = (end + dt.timedelta(days=1)).day == 1
    if start.day == 1 and month_end:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if start.month == 1 and months == 12:
            return str(start.year)
        if months == 6 and start.month in HALVES:
            return f"{HALVES[start.month]} {start.year}"
        if months == 3 and start.month % 3 == 1:
            return f"Q{(start.month - 1) // 3 + 1} {start.year}"
        if same_month:
            return start.strftime("%b %Y")
        if start.year == end.year:
            return f"{start.strftime('%b')}\u2013{end.strftime('%b %Y')}"
    if same_month:
        return f"{start.day}\u2013{end.day} {start.strftime('%b %Y')}"
    return f"{start.isoformat()} … {end.isoformat()}"


def value_label(row: dict) -> str:
    """A fact's or claim's normalised value: '~6T params (total)', 'planned Q2 2026'."""
    if row["predicate"] == "release_date":
        when = format_interval(
            row.get("date_start"), row.get("date_end"), row.get("date_granularity")
        )
        return f"{row.get('event') or 'date'} {when}"
    if row.get("bound") == "range" or (
        row.get("value") is None and row.get("value_low") is not None
    ):
        text = f"{human_number(row.get('value_low'))}\u2013{human_number(row.get('value_high'))}"
    else:
        prefix = {"at_least": "≥", "at_most": "≤", "approx": "~"}.get(row.get("bound") or "", "")
        text = prefix + (human_number(row.get("value")) or "?")
    unit = row.get("unit")
    text += " params" if unit in (None, "parameters") else f" {unit}"
    scope = row.get("scope")
    return f"{text} ({scope})" if scope and scope != "unspecified" else text


def claim_spans(claim: dict) -> list[tuple[int, int, str]]:
    """The claim's highlight spans as sentence-relative ``(start, end, kind)``.

    Offsets in the warehouse point into ``articles.text``; the sentence starts at
    ``sentence_start``. Spans that fall outside the sentence are dropped, not guessed.
    """
    base = claim.get("sentence_start")
    sentence = claim.get("sentence") or ""
    if base is None:
        return []
    value_kind = "date" if claim["predicate"] == "release_date" else "value"
    spans = [
        (claim.get("subject_start"), claim.get("subject_end"), "subj"),
        (claim.get("char_start"), claim.get("char_end"), value_kind),
    ]
    starts, ends = claim.get("hedge_cue_starts") or [], claim.get("hedge_cue_ends") or []
    spans += [(s, e, "hedge") for s, e in zip(starts, ends, strict=False)]
    out = []
    for start, end, kind in spans:
        if start is None or end is None:
            continue
        rel_start, rel_end = start - base, end - base
        if 0 <= rel_start < rel_end <= len(sentence):
            out.append((rel_start, rel_end, kind))
    return out


def highlight(sentence: str, spans: list[tuple[int, int, str]]) -> str:
    """Escaped HTML of ``sentence`` with ``<mark>`` around each span (overlaps merge classes).

    Notes:
        displaCy-style rendering: cut the text at every span boundary, and give each piece
        the classes of the spans covering it.
    """
    cuts = sorted({0, len(sentence), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    parts = []
    for left, right in pairwise(cuts):
        piece = escape(sentence[left:right])
        kinds = sorted({k for s, e, k in spans if s <= left and right <= e})
        parts.append(
            f'<mark class="{" ".join("hl-" + k for k in kinds)}">{piece}</mark>' if kinds else piece
        )
    return "".join(parts).strip()
