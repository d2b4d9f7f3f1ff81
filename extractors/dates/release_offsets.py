"""A release dated by another model's: "Two weeks after Zeta 5 landed, Acme released Zeta 5
Mini" gives Zeta 5 Mini the day two weeks after Zeta 5's release, when the text dates that one.

The offset phrase is a count and a unit, then "after"/"before", then the anchor MODEL, either
directly ("after Zeta 5", "after Zeta 5 landed") or as the object of a release noun ("after the
launch of Zeta 5"). Another release cue of the sentence, outside the phrase, releases the
dated model: the nearest MODEL to that cue that is not the anchor. The anchor's date is its own
release fact elsewhere in the article (the narrowest one); with none, nothing is claimed:
"Orca 3 arrived three weeks after its predecessor" and "Kite 2 came out a month after Kite 1"
(Kite 1 never dated) stay without a date. The surface is the phrase from the count to the
anchor model; binding ``offset_from_model``.

Notes:
    Temporal anchoring of an event on another event, as TimeML's "after"/"before" TLINKs with a
    duration; resolved only against a date the article itself gives.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.common.sentence_index import spans_starting_in
from extractors.dates.intervals import NUMBER_WORDS, number_value
from extractors.dates.release_binding import Cue
from extractors.dates.vocabulary import date_words

BINDING = "offset_from_model"
# Not vocabulary: the calendar units ``shift_date`` can count in (a unit added here needs its
# arithmetic there).
UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
DIRECTIONS = {"after": 1, "before": -1}
# Words between "after" and the anchor model: "after the launch of", "after the debut of": the
# release nouns are data (``anchor_release_nouns`` in ``patterns/date_vocabulary.json``), the
# determiners and "of" grammar.
ANCHOR_LEADS = date_words("anchor_release_nouns") | frozenset({"the", "of", "its"})
# Tokens between the other cue and the model it releases: the model is the cue's subject or
# object ("Acme released Zeta 5 Mini", "Zeta 5 Mini launched"), not a name further on ("released
# benchmark results comparing it with Orca 3").
SUBJECT_WINDOW = 2
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def shift_date(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` calendar units ("two months after January 31" is March 31, "a year
    after February 29, 2024" is February 28, 2025): months and years by the calendar, not as
    30 or 365 days."""
    unit = unit.lower().rstrip("s")
    if unit in {"day", "week"}:
        return day + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = n * (12 if unit == "year" else 1)
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _count(doc: Doc, unit: int) -> int | None:
    """The number before the unit ("two", "3", "a"), or None when there is none."""
    if unit == 0:
        return None
    word = doc[unit - 1].lower_
    if unit >= 2 and doc[unit - 2].text in HYPHENS:
        return None  # "twenty-one days": a compound count this reader does not add up
    if word.isdigit() or word in NUMBER_WORDS:
        return number_value(word)
    return None


def find_offset_phrases(doc: Doc, models: Sequence[Span]
                        ) -> list[tuple[Span, Span, str, int]]:
    """``(phrase, anchor model, unit, signed count)`` for each "N units after/before <MODEL>"."""
    starts = {m.start: m for m in models}
    out = []
    for tok in doc:
        if tok.lower_ not in DIRECTIONS or tok.i < 2 or doc[tok.i - 1].lower_ not in UNITS:
            continue
        n = _count(doc, tok.i - 1)
        if n is None:
            continue
        i = tok.i + 1
        while i < len(doc) and i not in starts and doc[i].lower_ in ANCHOR_LEADS:
            i += 1
        model = starts.get(i)
        if model is None or model.sent != tok.sent:
            continue
        out.append((Span(doc, tok.i - 2, model.end, label="DATE"), model,
                    doc[tok.i - 1].lower_, DIRECTIONS[tok.lower_] * n))
    return out


def _canonical(model: Span) -> str:
    return (model._.canonical or model.text).lower()


def anchor_intervals(dates: Sequence[Span]) -> dict[str, tuple[dt.date, dt.date]]:
    """The narrowest release (or announcement) interval the article gives each model, by
    lower-cased canonical name (built once per Doc, not per offset phrase)."""
    out: dict[str, tuple[dt.date, dt.date]] = {}
    for d in dates:
        if (d._.subject is None or d._.event not in {"released", "announced"}
                or d._.date_start is None or d._.date_end is None):
            continue
        key, iv = _canonical(d._.subject), (d._.date_start, d._.date_end)
        if key not in out or iv[1] - iv[0] < out[key][1] - out[key][0]:
            out[key] = iv
    return out


def _released_model(
    phrase: Span, anchor: Span, cues: Sequence[Cue], models: Sequence[Span]
) -> tuple[Span, Cue] | None:
    """The model another cue of the sentence releases, and that cue."""
    sent = phrase.sent
    start, end = sent.start, sent.end
    # the anchor's own verb ("after Zeta 5 landed") belongs to the phrase
    inside = range(phrase.start, phrase.end + 2)
    others = [m for m in spans_starting_in(models, start, end)
              if _canonical(m) != _canonical(anchor)]
    best: tuple[int, Span, Cue] | None = None
    for cue in cues:
        if not start <= cue.span.start < end or cue.span.start in inside:
            continue
        for m in others:
            gap = m.start - cue.span.end if m.start >= cue.span.end else cue.span.start - m.end
            if 0 <= gap <= SUBJECT_WINDOW and (best is None or gap < best[0]):
                best = (gap, m, cue)
    return (best[1], best[2]) if best else None


def bind_offset_releases(
    doc: Doc,
    dates: Sequence[Span],
    cues: Sequence[Cue],
    models: Sequence[Span],
    published: dt.date | None,
) -> list[Span]:
    """Release spans dated by an offset from another model's dated release.

    Args:
        doc: the Doc (sentence boundaries set).
        dates: the date spans found so far, release facts bound.
        cues: release-cue matches; models: MODEL spans in document order.
        published: the publication date (a date after it makes the release a plan).

    Returns:
        New spans over "N units after <MODEL>" with interval, subject, event and binding set.
    """
    out: list[Span] = []
    phrases = find_offset_phrases(doc, models)
    anchors = anchor_intervals(dates) if phrases else {}
    for phrase, anchor, unit, count in phrases:
        interval = anchors.get(_canonical(anchor))
        found = _released_model(phrase, anchor, cues, models) if interval else None
        if found is None or interval is None:
            continue
        model, cue = found
        start, end = shift_date(interval[0], unit, count), shift_date(interval[1], unit, count)
        event = cue.event if cue.event in {"released", "announced", "planned"} else "released"
        if published is not None and start > published:
            event = "planned"
        phrase._.date_start, phrase._.date_end = start, end
        # day-precise only from a day-precise anchor moved by days or weeks
        precise = start == end and unit.rstrip("s") in {"day", "week"}
        phrase._.date_granularity = "day" if precise else "relative"
        phrase._.date_status = "parsed"
        phrase._.subject, phrase._.event, phrase._.binding = model, event, BINDING
        out.append(phrase)
    return out
