"""What may contest: one rule per kind of figure that is not a rival reading of a slot.

Two facts of one slot (subject, predicate, scope group) with incompatible values contest,
unless one of these rules says the pair (or a fact) is something else. Each rule is a pure
function over fact rows being built (``_claims``, ``_sources``, ``_key``) or over claim dicts,
with a case table in ``tests/warehouse/test_contests.py``:

* **member sizes** of a family ("it comes in 3, 14 and 70 billion parameters"): each is
  one member's size, not a reading of the family's one size (``is_member_size``);
* **component sizes** ("its vision encoder alone has 6 billion parameters"): a part of the
  model, not the whole (``is_component_size``);
* **a misread scope**: a total (or unspecified) figure that equals the model's active size
  is the active count read as the total, and the other way round; scopes differ, no contest
  (``misread_scopes``);
* **one text, two sizes**: two plain sizes of one article (a size and a component size the
  text did not name as one), or a decimal slip ("1.8T" and "18T"), are a reading to check,
  not two sources disagreeing; a text that attributes or hedges one of them does report a
  disagreement (``can_contest_each_other``; ``decimal_slips`` also marks the history);
* **a name that states its size** ("Llama 3.3 70B") takes no rival size;
* **a variant's size under the family's name**: a size of "Zeta 3" that equals the size a
  variant's name states ("Zeta 3 8B", in any article) is that variant's, not a rival of the
  family's other sizes (``warehouse.variants``);
* quantities with no measure, or a part of another figure, contest nothing; two figures of
  one measure from one text are two rounds or a before and after, not a quarrel.

Planned sizes ("will have 4 trillion parameters"): a plan a later article's figure replaced is
superseded (``supersession.planned_sizes``); a plan and another size of the same text never
contest (the plan moved inside the text, or the text tells what came of it);
``is_planned_size`` here reads the extractor's ``size_role`` of its claims.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from extractors.types import SizeRole
from warehouse.ids import NAME_SIZE_RE
from warehouse.variants import names_a_variant_size

PARAMETER_COUNT = "parameter_count"
QUANTITY = "quantity"

# Bindings that give one size among a family's several ("it comes in four sizes: 7B, 13B,
# 33B and 65B"): each is the size of one member, not a reading of the family's one size.
MEMBER_SIZE_BINDINGS = frozenset({"size_list"})
# Bindings of a size read from a list; a sentence listing two or more sizes of one scope
# for one model this way lists members ("3 billion, 14 billion and 70 billion parameters").
LIST_BINDINGS = frozenset({"size_list", "colon_list", "coordination", "respectively"})
# Bounds of a figure that names one number (not a lower or upper bound, not a range).
POINT_BOUNDS = frozenset({"exact", "approx"})
# Relative tolerance of "the same digits" for a decimal slip (facts.EXACT_TOLERANCE).
SLIP_TOLERANCE = 0.005
# A slip moves the decimal point by one to three places (1.8T vs 18T; 1.76T vs 176B).
SLIP_POWERS = (1, 2, 3)


def is_component_claim(claim: dict) -> bool:
    """A size of a part of the model ("its vision encoder alone has 6 billion parameters"), as
    the extractor read it (``claims.size_role``, rules in ``patterns/size_roles.json``)."""
    return (claim.get("predicate") == PARAMETER_COUNT
            and claim.get("size_role") == SizeRole.COMPONENT)


def is_planned_claim(claim: dict) -> bool:
    """A size stated as a plan in its own clause ("Titan-5 will have 4 trillion parameters"),
    as the extractor read it (``claims.size_role``)."""
    return claim.get("predicate") == PARAMETER_COUNT and claim.get("size_role") == SizeRole.PLANNED


def is_planned_size(fact: dict) -> bool:
    """Every article that states the size states it as a plan.

    An article's headline ("Acme Plans a Trillion-Parameter Zeta 5") repeats its body's plan
    ("plans to build Zeta 5 with about 1 trillion parameters") without a plan cue of its own:
    one planned claim makes the article's statement a plan.
    """
    claims = fact["_claims"]
    planning = {c.get("article_id") for c in claims if is_planned_claim(c)}
    return bool(claims) and all(c.get("article_id") in planning for c in claims)


def is_component_size(fact: dict) -> bool:
    """Every claim of the fact gives the size of a component, not of the whole model."""
    claims = fact["_claims"]
    return bool(claims) and all(is_component_claim(c) for c in claims)


def listed_claims(claims: Iterable[dict]) -> set[str]:
    """Claim ids of sizes listed as members: a sentence of one article that gives two or
    more different sizes of one scope for one subject, at least one bound as a list item.
    Total and active of one model ("480 billion total, 32 billion active") are not a list,
    nor a figure and a hedged rival ("1.8 trillion parameters, reportedly 2 trillion")."""
    by_sentence: dict[tuple, list[dict]] = defaultdict(list)
    for c in claims:
        if c.get("predicate") == PARAMETER_COUNT and c.get("sentence_start") is not None:
            scope = "active" if c.get("scope") == "active" else "total"
            by_sentence[(c["article_id"], c["sentence_start"], c["subject"], scope)].append(c)
    listed: set[str] = set()
    for group in by_sentence.values():
        values = {c.get("value") for c in group}
        if any(c.get("hedged") for c in group):
            continue
        if len(values) >= 2 and any(c.get("binding") in LIST_BINDINGS for c in group):
            listed |= {c["claim_id"] for c in group}
    return listed


def is_member_size(fact: dict, listed: set[str] = frozenset()) -> bool:
    """Every claim of the fact reads one size among a family's several."""
    claims = fact["_claims"]
    return bool(claims) and all(
        c.get("binding") in MEMBER_SIZE_BINDINGS or c["claim_id"] in listed for c in claims)


def _scope_evidence(fact: dict) -> tuple[bool, int, int]:
    """How firmly a size is of its scope: stated as total or active, then sources, claims."""
    return (fact.get("scope") in ("total", "active"), fact["n_sources"], fact["n_claims"])


def _voices(fact: dict) -> dict[str, set[str]]:
    """Article id -> the voices that state the fact there: each claim's attribution as
    lower-cased words, or "" for the article's own voice (no one named)."""
    voices: dict[str, set[str]] = defaultdict(set)
    for c in fact["_claims"]:
        voices[c.get("article_id")].add((c.get("attribution") or "").lower())
    return voices


def same_voice(f: dict, g: dict) -> bool:
    """Whether one voice may state both facts: in an article they share, the same speaker (the
    article's own, or named speakers sharing a word: "Jane Roe" and "Roe"); facts read in
    different articles only are not told apart by their speakers."""
    mine, theirs = _voices(f), _voices(g)
    shared = mine.keys() & theirs.keys()
    if not shared:
        return True
    return any(_one_speaker(a, b) for art in shared for a in mine[art] for b in theirs[art])


def _one_speaker(a: str, b: str) -> bool:
    return a == b or bool(a and b and set(a.split()) & set(b.split()))


def misread_scopes(facts: list[dict], agree: Callable[[dict, dict], bool]) -> set[str]:
    """Fact ids of sizes read in the wrong scope: a figure that equals the same model's size
    of the other scope (total vs active), where that other reading is the firmer one (scope
    stated, then more sources, then more claims). "Zephra 2 has 32 billion parameters" beside
    "480 billion total, 32 billion active" is the active count read as the total; "671
    billion ... activates 37 billion" read as 671 billion active is the total read as active.
    A misread figure is no rival in the scope it landed in. Only point figures (exact or
    approximate) are read so: a bound ("at most 40 billion") that the other scope's figure
    happens to meet says nothing of which scope was meant. Within one article, only the voice
    that states the firmer reading misreads it: "the company suggests 8 billion" beside "analyst
    Jane Roe said 40B total and maybe 8B active" is the company's own figure, a rival of the
    analyst's 40B, not her 8B active restated (``same_voice``)."""
    by_subject: dict[str, list[dict]] = defaultdict(list)
    for f in facts:
        if f["predicate"] == PARAMETER_COUNT and (f.get("bound") or "exact") in POINT_BOUNDS:
            by_subject[f["_key"][0]].append(f)
    misread: set[str] = set()
    for sizes in by_subject.values():
        for f in sizes:
            if any(g["_key"][2] != f["_key"][2] and agree(f, g)
                   and _scope_evidence(g) > _scope_evidence(f) and same_voice(f, g)
                   for g in sizes):
                misread.add(f["fact_id"])
    return misread


def can_contest(fact: dict, *, listed: set[str] = frozenset(),
                misread: set[str] = frozenset(),
                variant_sizes: Mapping[str, set[float]] | None = None) -> bool:
    """Whether a fact may contest another at all.

    Args:
        fact: a fact row being built (``_claims``, ``_key``).
        listed: claim ids read as family members (``listed_claims``).
        misread: fact ids of sizes read in the wrong scope (``misread_scopes``).
        variant_sizes: subject key -> the sizes its sized variants' names state
            (``variants.variant_sizes``).
    """
    if fact["predicate"] == PARAMETER_COUNT:
        if fact["fact_id"] in misread or is_member_size(fact, listed):
            return False
        if is_component_size(fact):
            return False
        if ((fact.get("bound") or "exact") in POINT_BOUNDS and variant_sizes
                and names_a_variant_size(fact.get("value"),
                                         variant_sizes.get(fact["_key"][0], ()))):
            return False
        # "Llama 3.3 70B": the name states the size; another figure bound to it is a
        # misreading or another variant, not a second opinion on this model's size.
        return NAME_SIZE_RE.search(fact["subject"]) is None
    if fact["predicate"] != QUANTITY:
        return True
    return bool(fact.get("measure")) and not fact["_key"][2].startswith("part:")


def can_contest_each_other(a: dict, b: dict) -> bool:
    """Whether two incompatible facts of one slot disagree, by who gives them.

    Two texts (articles, a copy counting as its original) or two sources: always; two
    articles of one publisher months apart are two statements, not one text's sequence.
    One text: release dates and quantities never (an article that names
    two windows tells a sequence, "public beta in Q2, API access in H2", or a revision; two
    funding figures or GPU counts of one text are two rounds or a before and after: "raised
    $500 million a year earlier", "300,000 GPUs by next year"). Nor a planned size and another
    size of one text: a plan that moved ("will have 4T ... will now have 5T") or a plan and
    what came of it. Other sizes only when the text reports a rival figure, one of the two
    hedged or attributed ("the keynote said 1.2 trillion; earlier reports said 1.5
    trillion"); two plain sizes of one text are a size and a component's, a list, or a
    misreading, and a decimal slip ("1.8T" and "18T") is a typo to check, not a second
    opinion.
    """
    if len(a["_sources"] | b["_sources"]) >= 2 or len(a["_articles"] | b["_articles"]) >= 2:
        return True
    if a["predicate"] != PARAMETER_COUNT:
        return False
    if decimal_slip(a.get("value"), b.get("value")) or is_planned_size(a) or is_planned_size(b):
        return False
    return bool(a.get("hedged")) or bool(b.get("hedged"))


def is_round_figure(value: float) -> bool:
    """One significant digit: 1e12, 3e11, 8e9 (not 1.02e12, 1.7e11)."""
    if value <= 0:
        return False
    mantissa = value / 10 ** math.floor(math.log10(value))
    return abs(mantissa - round(mantissa)) < 1e-9


def decimal_slips(facts: list[dict]) -> dict[str, set[str]]:
    """Fact id -> the facts of its slot that one of its articles gives with the decimal point
    moved (``decimal_slip``): a reading to check, marked for ``facts --history``."""
    by_slot: dict[tuple, list[dict]] = defaultdict(list)
    for f in facts:
        if f["predicate"] == PARAMETER_COUNT:
            by_slot[f["_key"][:3]].append(f)
    slips: dict[str, set[str]] = defaultdict(set)
    for sizes in by_slot.values():
        for f in sizes:
            for g in sizes:
                if (g is not f and f["_articles"] & g["_articles"]
                        and decimal_slip(f.get("value"), g.get("value"))):
                    slips[f["fact_id"]].add(g["fact_id"])
    return slips


def decimal_slip(a: float | None, b: float | None) -> bool:
    """Two figures with the same digits and the decimal point moved: 1.8T and 18T, 1.76T and
    176B (a typo or a unit slip, not a second opinion). Round figures ten times apart (7B
    and 70B, 1T and 10T) are family sizes or a real disagreement: a slip needs two or more
    significant digits on both sides."""
    if not a or not b or a <= 0 or b <= 0 or is_round_figure(a) or is_round_figure(b):
        return False
    ratio = max(a, b) / min(a, b)
    power = round(math.log10(ratio))
    return power in SLIP_POWERS and abs(ratio / 10**power - 1) <= SLIP_TOLERANCE
