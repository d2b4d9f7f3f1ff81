"""Shared names and word lists of the kernel: span-group keys and the small closed word sets
that more than one family reads. Pure data (no spaCy), so every layer may import it."""

from __future__ import annotations

# doc.spans keys, one per family: each component writes its own and reads the earlier ones'.
ENTITIES_KEY = "entities"
PARAMS_KEY = "param_counts"
DATES_KEY = "dates"
QUANTITIES_KEY = "quantities"
HEDGES_KEY = "hedge_cues"

# English month names, spelled out here rather than taken from ``calendar`` (whose names follow
# the process locale).
MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Month names and three-letter abbreviations -> month number ("sept" is a common spelling too).
MONTHS: dict[str, int] = (
    {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
    | {name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
    | {"sept": 9}
)

# Quotation marks as spaCy tokenises them: straight, curly, and PTB-style doubled.
QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})
