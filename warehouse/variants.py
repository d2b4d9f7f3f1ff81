"""Sized variants of a family: "Zeta 3 8B" and "Zeta 3 70B" are members of "Zeta 3".

News often calls a variant by its family's name ("the 8-billion-parameter Zeta 3") once the
variant's own name ("Zeta 3 8B") is in use. A size of the family that equals a size in one of
its variants' names is then that variant's size, not a second opinion on the family's one
size, and forms no contest (``contests.can_contest``). The evidence is any claim subject in
the warehouse whose name ends in a size, so a variant named by another article counts too;
``families_of`` lists the families whose facts a sized subject's claims affect, so that
loading or retiring "Zeta 3 8B" also refreshes "Zeta 3".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import duckdb

from warehouse.ids import subject_key

# A size that ends a model's name: "405B" in "Llama 3 405B", "1.5T" in "Orca-1.5T". Expert
# forms ("8x7B") are not one figure and name no size a figure could repeat.
TRAILING_SIZE_RE = re.compile(r"[\s\-_]+(\d+(?:\.\d+)?)\s?([BMT])$", re.IGNORECASE)
SIZE_UNITS = {"m": 1e6, "b": 1e9, "t": 1e12}
# A figure within this share of a variant's name size is that size ("70B" vs "70.6 billion"
# is a rounding in the name, as in extractors.params.restated_facts.NAME_ROUNDING, widened
# because names round to the nearest whole billion).
NAME_SIZE_TOLERANCE = 0.02


def split_variant(name: str) -> tuple[str, float] | None:
    """``"Zeta 3 8B"`` -> ``("Zeta 3", 8e9)``; None when the name does not end in a size or
    the size is the whole name."""
    match = TRAILING_SIZE_RE.search(name.strip())
    if match is None:
        return None
    family = name.strip()[: match.start()].strip()
    if not family:
        return None
    return family, float(match.group(1)) * SIZE_UNITS[match.group(2).lower()]


def families_of(subjects: Iterable[str]) -> set[str]:
    """The family names of the sized subjects among ``subjects``."""
    return {split[0] for s in subjects if (split := split_variant(s)) is not None}


def variant_sizes(con: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> dict[str, set[float]]:
    """Subject key of a family -> the sizes its variants' names state, from every claim
    subject in the warehouse, for the given family keys."""
    wanted = set(keys)
    # A mention's own text counts too: "Zeta 3 8B" that an alias maps onto "Zeta 3".
    rows = con.execute(
        "SELECT subject FROM claim_rows WHERE regexp_matches(subject, $size)"
        " UNION SELECT subject_text FROM claim_rows WHERE regexp_matches(subject_text, $size)",
        {"size": r"\d\s?[BMTbmt]$"},
    ).fetchall()
    sizes: dict[str, set[float]] = defaultdict(set)
    for (subject,) in rows:
        split = split_variant(subject)
        if split is not None and subject_key(split[0]) in wanted:
            sizes[subject_key(split[0])].add(split[1])
    return dict(sizes)


def names_a_variant_size(value: float | None, sizes: Iterable[float]) -> bool:
    """Whether a figure is one of the sizes the family's variants are named by."""
    if not value:
        return False
    return any(abs(value - s) <= NAME_SIZE_TOLERANCE * s for s in sizes)
