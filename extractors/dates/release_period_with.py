"""A year opened or closed with a model: "The lab kicked off 2021 with Orca 2" dates Orca 2 to
early 2021; "ended 2023 with Kite 3" to late 2023.

News sums up a lab's year by its first or last model. The year alone would say "sometime in
2021"; the verb says which end of it, so the interval narrows to the early part (Jan-Apr) or the
late part (Oct-Dec) of the year (``intervals.part_of_year``). The year must be named ("2021",
"this year") and follow the verb directly, and "with" must come right after it, followed at once
by the MODEL (an article or possessive between is allowed: "with its Orca 2"). The event is
``announced``: such a summary dates when the model was shown, not when it shipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.dates.intervals import part_of_year

BINDING = "period_with"
BARE_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")
MODEL_GAP = 2  # tokens between "with" and the MODEL ("with its new Orca 2")


def bind_period_with(
    doc: Doc, spans: Sequence[Span], phrases: Sequence[Span], models: Sequence[Span]
) -> list[Span]:
    """Bind the years that a period opener or closer governs.

    A year already found as a date span is bound in place; a bare year ("kicked off 2021 with",
    which the candidate guards drop because a word follows it) gets a new span.

    Args:
        doc: the Doc (sentence boundaries set).
        spans: the date spans of the document (``date_*`` attributes set).
        phrases: opener/closer matches, labelled "open" or "close" ("kicked off", "ended").
        models: MODEL spans in document order.

    Returns:
        The new spans (bare years), to add to the document's date spans.
    """
    by_start = {s.start: s for s in spans}
    new: list[Span] = []
    for phrase in phrases:
        span = by_start.get(phrase.end)
        if span is None:
            if phrase.end >= len(doc) or not BARE_YEAR.fullmatch(doc[phrase.end].text):
                continue
            span = Span(doc, phrase.end, phrase.end + 1, label="DATE")
            year = int(span.text)
            span._.date_start, span._.date_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            span._.date_granularity, span._.date_status = "year", "parsed"
            fresh = True
        else:
            fresh = False
        if span._.subject is not None or span._.date_granularity != "year":
            continue
        if span._.date_start is None or span.end >= span.sent.end:
            continue
        if doc[span.end].lower_ != "with":
            continue
        model = next(
            (m for m in models if span.end + 1 <= m.start <= span.end + 1 + MODEL_GAP), None
        )
        if model is None or model.sent != span.sent:
            continue
        part = "early" if phrase.label_ == "open" else "late"
        span._.date_start, span._.date_end = part_of_year(part, span._.date_start.year)
        span._.date_granularity = "part_of_year" if part == "early" else "quarter"
        span._.subject, span._.event, span._.binding = model, "announced", BINDING
        if fresh:
            new.append(span)
    return new
