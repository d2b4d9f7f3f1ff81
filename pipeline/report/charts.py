"""Inline SVG charts for the evidence report: parameter claims over time, release timelines.

Pure functions from claim/fact dicts (rows of the contract views) to SVG strings. Every text
that reaches the SVG goes through ``html.escape``: titles and surfaces come from articles.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from html import escape

from pipeline.browse import human_number

STATUS_COLOURS = {"contested": "#c62828", "corroborated": "#2e7d32", "single_source": "#1565c0"}
EVENT_COLOURS = {"released": "#2e7d32", "announced": "#1565c0", "planned": "#b26a00"}
DEFAULT_COLOUR = "#555"
SUPERSEDED_COLOUR = "#bdbdbd"  # a plan a later statement replaced: greyed, arrow to the new one

# Parameter chart geometry (viewBox units; the SVG scales to its container's width).
WIDTH, HEIGHT = 520, 240
LEFT, RIGHT, TOP, BOTTOM = 44, 118, 14, 34
UNDATED_W = 50  # the band on the right for claims whose article has no publication date
JITTER = 12  # horizontal spread between marks that would sit on the same spot


def log_domain(values: list[float]) -> tuple[float, float]:
    """Log-scale bounds covering ``values`` with some air (at least one decade wide).

    Args:
        values: positive numbers.

    Returns:
        ``(low, high)``, both powers of ten, ``low < high``.
    """
    positive = [v for v in values if v and v > 0]
    if not positive:
        return 1e9, 1e13
    # A quarter of a decade of air on each side, so no mark sits on the frame.
    low, high = math.log10(min(positive)) - 0.25, math.log10(max(positive)) + 0.25
    if high - low < 1:
        middle = (high + low) / 2
        low, high = middle - 0.5, middle + 0.5
    return 10**low, 10**high


def claim_extent(claim: dict) -> tuple[float | None, float | None]:
    """The low and high number a parameter claim states (equal unless it is a range)."""
    low = claim.get("value_low") if claim.get("value_low") is not None else claim.get("value")
    high = claim.get("value_high") if claim.get("value_high") is not None else claim.get("value")
    return low, high


def _date_scale(dates: list[dt.date], x0: float, x1: float):
    start, end = min(dates), max(dates)
    if start == end:
        start, end = start - dt.timedelta(days=15), end + dt.timedelta(days=15)
    span = (end - start).days or 1
    pad = max(3, span // 12)
    start, end = start - dt.timedelta(days=pad), end + dt.timedelta(days=pad)
    span = (end - start).days

    def x(day: dt.date) -> float:
        return x0 + (day - start).days / span * (x1 - x0)

    return x, start, end


def _date_ticks(start: dt.date, end: dt.date, count: int = 3) -> list[dt.date]:
    step = (end - start) / count
    return [start + step * (i + 0.5) for i in range(count)]


def _mark(claim: dict, cx: float, y_of, colour: str) -> str:
    low, high = claim_extent(claim)
    hedged = bool(claim.get("hedged"))
    dash = ' stroke-dasharray="3 2"' if hedged else ""
    parts = []
    if low is not None and high is not None and high > low:
        y_lo, y_hi = y_of(low), y_of(high)
        parts.append(
            f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{y_lo:.1f}" y2="{y_hi:.1f}" stroke="{colour}"'
            f' stroke-width="2"{dash}/>'
            f'<line x1="{cx - 4:.1f}" x2="{cx + 4:.1f}" y1="{y_lo:.1f}" y2="{y_lo:.1f}"'
            f' stroke="{colour}"/>'
            f'<line x1="{cx - 4:.1f}" x2="{cx + 4:.1f}" y1="{y_hi:.1f}" y2="{y_hi:.1f}"'
            f' stroke="{colour}"/>'
        )
        cy = (y_lo + y_hi) / 2
    else:
        cy = y_of(low or high)
    bound = claim.get("bound")
    if bound in ("at_least", "at_most"):
        tip = cy - 11 if bound == "at_least" else cy + 11
        parts.append(
            f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{cy:.1f}" y2="{tip:.1f}" stroke="{colour}"'
            ' stroke-width="2"/>'
        )
    fill = "#fff" if hedged else colour
    parts.append(
        f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5.5" fill="{fill}" stroke="{colour}"'
        f' stroke-width="2"{dash}/>'
    )
    title = (
        f"{claim.get('value_text', '')} ({human_number(low)}"
        # An en dash between low and high; no backslash escapes in f-string expressions (3.11).
        f"{'–' + human_number(high) if high and low and high > low else ''} parameters)"  # noqa: RUF001
        f"{' · hedged: ' + ', '.join(claim.get('hedge_cues') or []) if hedged else ''}"
        f" · {claim.get('title') or claim.get('path') or ''}"
        f" · {claim.get('published_at') or 'undated'}"
    )
    cid = escape(str(claim["claim_id"]))
    return (
        f'<a href="#c-{cid}" class="mark" data-claim="{cid}"><title>{escape(title)}</title>'
        + "".join(parts)
        + "</a>"
    )


def param_chart(claims: list[dict], facts: list[dict]) -> str:
    """Claimed parameter counts (log scale) against publication date, one mark per claim.

    Args:
        claims: one subject's ``parameter_count`` claims, each with ``published_at``, ``title``,
            ``status`` (its fact's status) and the claims view columns.
        facts: that subject's ``parameter_count`` facts (drawn as labelled guide lines).

    Returns:
        An ``<svg>`` element, or an empty string when there is nothing to draw.
    """
    drawable = [c for c in claims if any(v is not None for v in claim_extent(c))]
    if not drawable:
        return ""
    values = [v for c in drawable for v in claim_extent(c) if v is not None]
    values += [f["value"] for f in facts if f.get("value")]
    low, high = log_domain(values)
    y0, y1 = HEIGHT - BOTTOM, TOP

    def y_of(v: float) -> float:
        return y0 - (math.log10(v) - math.log10(low)) / (math.log10(high) - math.log10(low)) * (
            y0 - y1
        )

    dated = [c for c in drawable if c.get("published_at")]
    undated = [c for c in drawable if not c.get("published_at")]
    plot_right = WIDTH - RIGHT - (UNDATED_W if undated and dated else 0)
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="claimed parameter counts against publication date">'
    ]
    decades = math.log10(high / low)
    decade = 10 ** math.floor(math.log10(low))
    while decade <= high:
        # Label 1-2-5 steps when few decades are shown, decades only otherwise.
        for step in (1, 2, 5) if decades <= 3 else (1,):
            tick = decade * step
            if not low <= tick <= high:
                continue
            y = y_of(tick)
            cls = "grid" if step == 1 else "grid minor"
            out.append(
                f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" class="{cls}"/>'
                f'<text x="{LEFT - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">'
                f"{human_number(tick)}</text>"
            )
        decade *= 10
    x_of = None
    if dated:
        x_of, start, end = _date_scale([c["published_at"] for c in dated], LEFT + 8, plot_right - 8)
        for tick in _date_ticks(start, end):
            out.append(
                f'<text x="{x_of(tick):.1f}" y="{HEIGHT - 12}" class="axis" text-anchor="middle">'
                f"{tick.strftime('%d %b %Y')}</text>"
            )
    if undated:
        band_left = plot_right if dated else LEFT
        out.append(
            f'<rect x="{band_left}" y="{TOP}" width="{WIDTH - RIGHT - band_left}"'
            f' height="{y0 - TOP}" class="undated"/>'
            f'<text x="{(band_left + WIDTH - RIGHT) / 2:.1f}" y="{HEIGHT - 12}" class="axis"'
            ' text-anchor="middle">no date</text>'
        )
    out.append(
        f'<text x="{LEFT}" y="{HEIGHT - 1}" class="axis-title">article publication date →</text>'
    )
    for fact in facts:
        if not fact.get("value"):
            continue
        y = y_of(fact["value"])
        colour = STATUS_COLOURS.get(fact["status"], DEFAULT_COLOUR)
        label = human_number(fact["value"]) + (
            " ⚠ contested" if fact["status"] == "contested" else ""
        )
        weight = ' font-weight="700"' if fact["status"] == "contested" else ""
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="{colour}"'
            ' class="guide"/>'
            f'<text x="{WIDTH - RIGHT + 6}" y="{y + 4:.1f}" fill="{colour}"'
            f' class="guide-label"{weight}>{escape(label)}</text>'
        )
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for c in drawable:
        lo, hi = claim_extent(c)
        groups[(c.get("published_at"), round(math.log10(lo or hi), 2))].append(c)
    for (day, _), members in sorted(
        groups.items(), key=lambda kv: (kv[0][0] is None, str(kv[0][0]), kv[0][1])
    ):
        centre = (
            x_of(day)
            if day and x_of
            else (plot_right + WIDTH - RIGHT) / 2
            if dated
            else (LEFT + WIDTH - RIGHT) / 2
        )
        for i, claim in enumerate(members):
            cx = centre + (i - (len(members) - 1) / 2) * JITTER
            colour = STATUS_COLOURS.get(claim.get("status"), DEFAULT_COLOUR)
            out.append(_mark(claim, cx, y_of, colour))
    out.append("</svg>")
    return "".join(out)


ROW_H = 22
LABEL_W = 150
LABEL_CHARS = 20


def release_timeline(claims: list[dict]) -> str:
    """Release-date claims as bars over their resolved interval, one row per claim.

    Args:
        claims: one subject's ``release_date`` claims with ``date_start``/``date_end``,
            ``event``, ``hedged``, ``status`` and ``published_at``.

    Returns:
        An ``<svg>`` element, or an empty string when no claim has a resolved interval.
    """
    resolved = sorted(
        (c for c in claims if c.get("date_start")),
        key=lambda c: (c["date_start"], c["date_end"] or c["date_start"]),
    )
    if not resolved:
        return ""
    days = [c["date_start"] for c in resolved] + [
        c["date_end"] or c["date_start"] for c in resolved
    ]
    days += [c["published_at"] for c in resolved if c.get("published_at")]
    height = TOP + ROW_H * len(resolved) + BOTTOM
    x_of, start, end = _date_scale(days, LABEL_W, WIDTH - 16)
    out = [
        f'<svg class="chart timeline" viewBox="0 0 {WIDTH} {height}" role="img"'
        ' aria-label="release dates">'
    ]
    axis_y = height - BOTTOM + 6
    for tick in _date_ticks(start, end):
        x = x_of(tick)
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{axis_y - 6}" class="grid"/>'
            f'<text x="{x:.1f}" y="{axis_y + 10}" class="axis" text-anchor="middle">'
            f'{tick.strftime("%b %Y")}</text>'
        )
    out.extend(_replacement_arrows(resolved, x_of))
    for row, c in enumerate(resolved):
        y = TOP + row * ROW_H
        superseded = c.get("status") == "superseded"
        colour = SUPERSEDED_COLOUR if superseded else EVENT_COLOURS.get(
            c.get("event") or "", DEFAULT_COLOUR)
        x1, x2 = (
            x_of(c["date_start"]),
            x_of((c["date_end"] or c["date_start"]) + dt.timedelta(days=1)),
        )
        hedged = bool(c.get("hedged"))
        event = c.get("event") if c.get("event") in EVENT_COLOURS else "other"
        fill = f"url(#hatch-{event})" if hedged and not superseded else colour
        outline = STATUS_COLOURS["contested"] if c.get("status") == "contested" else colour
        label = f"{c.get('event') or ''}: {c.get('value_text', '')}"
        cid = escape(str(c["claim_id"]))
        title = (
            f"{c.get('value_text', '')} → {c['date_start']} … {c['date_end']} ({c.get('event')})"
            f"{' · hedged' if hedged else ''}"
            f"{' · contested' if c.get('status') == 'contested' else ''}"
            f"{' · superseded by a later plan' if superseded else ''}"
            f" · {c.get('title') or c.get('path') or ''}"
        )
        out.append(
            f'<a href="#c-{cid}" class="mark" data-claim="{cid}"><title>{escape(title)}</title>'
            f'<text x="{LABEL_W - 8}" y="{y + 15}" class="row-label" text-anchor="end">'
            f"{escape(_shorten(label))}</text>"
            f'<rect x="{x1:.1f}" y="{y + 4}" width="{max(x2 - x1, 5):.1f}"'
            f' height="{ROW_H - 8}" rx="3"'
            f' fill="{fill}" stroke="{outline}"'
            f' stroke-width="{2 if c.get("status") == "contested" else 1}"/>'
        )
        if c.get("published_at"):
            px = x_of(c["published_at"])
            out.append(f'<path d="M{px:.1f} {y + 3} l4 4 l-4 4 l-4 -4z" class="published"/>')
        out.append("</a>")
    out.append("</svg>")
    return "".join(out)


def _replacement_arrows(rows: list[dict], x_of) -> list[str]:
    """An arrow from each superseded plan's bar to the first bar of the plan that replaced
    it (``superseded_by``), drawn under the bars."""
    first_row = {}
    for row, c in enumerate(rows):
        first_row.setdefault(c.get("fact_id"), row)
    arrows = []
    for row, c in enumerate(rows):
        target = first_row.get(c.get("superseded_by"))
        if c.get("status") != "superseded" or target is None:
            continue
        new = rows[target]
        x1 = x_of((c["date_end"] or c["date_start"]) + dt.timedelta(days=1))
        x2 = x_of(new["date_start"])
        y1, y2 = TOP + row * ROW_H + ROW_H / 2, TOP + target * ROW_H + ROW_H / 2
        arrows.append(
            f'<path d="M{x1:.1f} {y1:.1f} C{x1 + 14:.1f} {y1:.1f} {x2 - 14:.1f} {y2:.1f}'
            f' {x2 - 2:.1f} {y2:.1f}" class="replaced" fill="none" stroke="#757575"'
            ' stroke-width="1.2" marker-end="url(#arrow-replaced)"/>'
        )
    return arrows


def _shorten(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def svg_defs() -> str:
    """One hidden SVG holding the hatch patterns that mark hedged release dates (by event)."""
    patterns = "".join(
        f'<pattern id="hatch-{event}" width="6" height="6" patternUnits="userSpaceOnUse"'
        f' patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{colour}" stroke-width="3"/></pattern>'
        for event, colour in [*EVENT_COLOURS.items(), ("other", DEFAULT_COLOUR)]
    )
    arrow = (
        '<marker id="arrow-replaced" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7"'
        ' markerHeight="7" orient="auto"><path d="M0 0 L8 4 L0 8z" fill="#757575"/></marker>'
    )
    return (
        '<svg width="0" height="0" style="position:absolute" aria-hidden="true">'
        f"<defs>{patterns}{arrow}</defs></svg>"
    )
