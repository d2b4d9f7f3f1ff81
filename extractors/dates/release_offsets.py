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

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.dates.intervals import NUMBER_WORDS, number_value
from extractors.dates.relative import unit_days
from extractors.dates.release_binding import Cue

BINDING = "offset_from_model"
UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
DIRECTIONS = {"after": 1, "before": -1}
# Words between "after" and the anchor model: "after the launch of", "after the debut of".
ANCHOR_LEADS = frozenset({"the", "launch", "release", "debut", "arrival", "of", "its", "rollout"})
SUBJECT_WINDOW = 8  # tokens between the other cue and the model it releases


def _count(doc: Doc, unit: int) -> int | None:
    """The number before the unit ("two", "3", "a"), or None when there is none."""
    if unit == 0:
        return None
    word = doc[unit - 1].lower_
    if word.isdigit() or word in NUMBER_WORDS:
        return number_value(word)
    return None


def find_offset_phrases(doc: Doc, models: Sequence[Span]) -> list[tuple[Span, Span, int]]:
    """``(phrase, anchor model, signed days)`` for each "N units after/before <MODEL>"."""
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
        days = DIRECTIONS[tok.lower_] * unit_days(doc[tok.i - 1].lower_, n)
        out.append((Span(doc, tok.i - 2, model.end, label="DATE"), model, days))
    return out


def _canonical(model: Span) -> str:
    return (model._.canonical or model.text).lower()


def anchor_interval(model: Span, dates: Sequence[Span]) -> tuple[dt.date, dt.date] | None:
    """The narrowest release (or announcement) interval the article gives ``model``."""
    own = [
        (d._.date_start, d._.date_end)
        for d in dates
        if d._.subject is not None
        and _canonical(d._.subject) == _canonical(model)
        and d._.event in {"released", "announced"}
        and d._.date_start is not None
        and d._.date_end is not None
    ]
    return min(own, key=lambda iv: iv[1] - iv[0]) if own else None


def _released_model(
    phrase: Span, anchor: Span, cues: Sequence[Cue], models: Sequence[Span]
) -> tuple[Span, Cue] | None:
    """The model another cue of the sentence releases, and that cue."""
    sent = phrase.sent
    # the anchor's own verb ("after Zeta 5 landed") belongs to the phrase
    inside = range(phrase.start, phrase.end + 2)
    others = [m for m in models if m.sent == sent and _canonical(m) != _canonical(anchor)]
    best: tuple[int, Span, Cue] | None = None
    for cue in cues:
        if cue.span.sent != sent or cue.span.start in inside:
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
    for phrase, anchor, days in find_offset_phrases(doc, models):
        found = _released_model(phrase, anchor, cues, models)
        interval = anchor_interval(anchor, dates)
        if found is None or interval is None:
            continue
        model, cue = found
        start = interval[0] + dt.timedelta(days=days)
        end = interval[1] + dt.timedelta(days=days)
        event = cue.event if cue.event in {"released", "announced", "planned"} else "released"
        if published is not None and start > published:
            event = "planned"
        phrase._.date_start, phrase._.date_end = start, end
        phrase._.date_granularity = "day" if start == end else "relative"
        phrase._.date_status = "parsed"
        phrase._.subject, phrase._.event, phrase._.binding = model, event, BINDING
        out.append(phrase)
    return out
