"""Reading one quantulum3 figure off the doc: its tokens, unit, scale, bound and kind.

Pure functions over a ``Doc``, a figure ``Span`` and the unit ``UnitLexicon``
(``quantity_rules``); ``news_quantities`` calls them for each figure quantulum3 returns.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from extractors.quantities.rules import UnitLexicon
from extractors.types import Alignment, Bound

LABEL = "QUANTITY"
# Tokens quantulum3 folds into a figure that are not part of it: "a $380 billion" (a = 1).
LEADING_NOISE = frozenset({"a", "an", "the"})
# ... and after it: "$5 billion at" (at = ampere-turn), whose unit then reads "dollar ampere-turn".
TRAILING_NOISE = frozenset({"at"})
TRAILING_UNITS = frozenset({"ampere-turn"})
# A price or a rate is not a quantity of the entity: "$10-25/million tokens", "$2 per hour".
RATE_FOLLOWERS = frozenset({"/", "per", "a", "an"})
RANGE_DASHES = frozenset({"-", "\u2013", "to"})  # hyphen, en dash


def has_number(tokens: Iterable) -> bool:
    """Whether tokens hold a digit or a number word ("two", "million")."""
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in tokens)


def map_figure(sent: Span, start: int, end: int, *, stop: set[int] | frozenset[int] = frozenset()
               ) -> Span | None:
    """Map a quantulum3 char span (relative to ``sent.text``) onto doc tokens.

    Leading "a"/"an" that quantulum3 reads as 1 ("a $380 billion") are trimmed, and the span
    ends before the first token in ``stop`` (entity tokens: "550,000 GB200" -> "550,000").
    Its alignment is "exact" only when it is quantulum3's char span itself (``alignment_of``).

    Returns:
        The figure span, or None when nothing is left (the figure starts inside a name).
    """
    doc = sent.doc
    s, e = sent.start_char + start, sent.start_char + end
    span = doc.char_span(s, e, label=LABEL, alignment_mode="expand")
    if span is None:
        return None
    first = span.start
    while first < span.end - 1 and doc[first].lower_ in LEADING_NOISE:
        first += 1
    last = next((t.i for t in doc[first : span.end] if t.i in stop), span.end)
    while last - 1 > first and doc[last - 1].lower_ in TRAILING_NOISE:
        last -= 1  # "$5 billion at a valuation": "at" read as ampere-turns
    if last <= first:
        return None
    # ``span._`` values are keyed by char offsets in doc.user_data: they are set only after
    # the figure passed every filter, so a parameter-count or date span is never overwritten.
    return Span(doc, first, last, label=LABEL)


def alignment_of(figure: Span, sent: Span, start: int, end: int) -> Alignment:
    """"exact" when ``figure`` covers quantulum3's char span exactly, else "expanded"."""
    exact = (figure.start_char, figure.end_char) == (sent.start_char + start, sent.start_char + end)
    return Alignment.EXACT if exact else Alignment.EXPANDED


def _last_number(span: Span) -> int:
    idx = [t.i for t in span if t.like_num or any(c.isdigit() for c in t.text)]
    return idx[-1] if idx else span.start


def noun_unit(doc: Doc, figure: Span, lex: UnitLexicon, nouns: dict[int, str | None],
              hardware: set[int]) -> str | None:
    """The unit named by the noun after the number ("GPUs", "GB200s", "-token", "context").

    Returns None for a blocked noun ("parameters") or no whitelisted noun within the gap.
    """
    i = _last_number(figure) + 1
    gap = 0
    passed_hardware = False
    while i < figure.sent.end and gap <= lex.rules.max_noun_gap:
        if i in nouns:
            return nouns[i]
        tok = doc[i]
        if i in hardware:
            passed_hardware = True
        elif tok.lower_ in lex.scale_letters or tok.lower_ in lex.gap_words:
            pass
        else:
            break
        i += 1
        gap += 1
    return lex.rules.hardware_unit if passed_hardware else None


def noun_units_by_start(doc: Doc, lex: UnitLexicon) -> dict[int, str | None]:
    """Token index -> the unit a noun starting there names (None: a blocked noun)."""
    out: dict[int, str | None] = {}
    for _, start, _ in lex.matches("blocked", doc):
        out.setdefault(start, None)
    for rule_id, start, _ in lex.matches("noun", doc):
        out.setdefault(start, lex.rule_by_id[rule_id].unit)
    return out


def scale_of(doc: Doc, figure: Span, lex: UnitLexicon) -> float:
    """The multiplier of a letter suffix quantulum3 misread as a unit ("128K", "1M+", "1.5T").

    Token-level: the number token ends in the letter ("1M+") or the letter is the next token
    ("128", "K"). Only used when quantulum3's own unit was not whitelisted.
    """
    i = _last_number(figure)
    text = doc[i].text.rstrip("+").lower()
    if text[-1:] in lex.scale_letters and any(c.isdigit() for c in text[:-1]):
        return lex.rules.scale_suffixes[text[-1]]
    if i + 1 < len(doc) and doc[i + 1].lower_ in lex.scale_letters:
        return lex.rules.scale_suffixes[doc[i + 1].lower_]
    return 1.0


def bound_of(doc: Doc, figure: Span, bounds: dict[int, str]) -> str:
    """exact | approx | at_least | at_most, from the cue right before the figure or a "+"."""
    last = _last_number(figure)
    if doc[last].text.endswith("+") or (last + 1 < len(doc) and doc[last + 1].text == "+"):
        return Bound.AT_LEAST
    if doc[figure.start].text.startswith("~"):
        return Bound.APPROX
    return bounds.get(figure.start, Bound.EXACT)


def percent_is_metric(doc: Doc, figure: Span, lex: UnitLexicon) -> bool:
    """A percentage counts only as a score/utilisation ("93.9% on SWE-bench"), never as a
    change ("31% fewer hallucinations") or a share ("10% of")."""
    nxt = doc[figure.end : figure.end + 1]
    if nxt and lex.matches("pct_block", nxt):
        return False
    return bool(lex.matches("metric", figure.sent))


def quantulum_reading(q, lex: UnitLexicon) -> tuple[float, str | None]:
    """quantulum3's value and whitelisted unit (None when the unit is not whitelisted).

    quantulum3 reads "a $380 billion" as 1 * dollar^(3.8e11): the power is the amount.
    """
    dims = q.unit.dimensions or []
    if len(dims) == 1 and dims[0].get("base") in lex.power_misread and dims[0].get("power") != 1:
        return float(dims[0]["power"]), lex.quantulum.get(dims[0]["base"].lower())
    if len(dims) == 2 and dims[1].get("base") in TRAILING_UNITS:
        return float(q.value), lex.quantulum.get(dims[0]["base"].lower())
    return float(q.value), lex.quantulum.get(q.unit.name.lower())


def is_rate_or_range(doc: Doc, figure: Span) -> bool:
    """"$10-25/million", "$2 per hour", "5-10 GW": prices, rates and ranges are skipped."""
    if any(t.lower_ in RANGE_DASHES for t in figure):
        return True  # "51.1 to 96.6%": quantulum3 returns the mean of the range
    k = figure.end
    if k >= len(doc):
        return False
    if doc[k].lower_ in RATE_FOLLOWERS:
        return True
    return doc[k].lower_ in RANGE_DASHES and k + 1 < len(doc) and has_number([doc[k + 1]])
