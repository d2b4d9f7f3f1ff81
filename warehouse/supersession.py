"""Which planned release dates a later statement replaced (``facts.status = 'superseded'``).

Plans move: "originally targeted late 2025, then Q1 2026, now Q2 2026". Two ways a plan is
replaced, both about the same subject:

* **inside one text**: a text says the plan was replaced (the extractor's ``revised_to_*``
  columns, from ``news_revisions``) and no claim states the plan plainly after that text
  (``revising_claim``: "Orrin 4, first expected in the summer, is now slated for Q1" revises
  the earlier articles that said "summer"); the replacement is the fact stating the plan it
  was revised to;
* **across articles**: a later article gives a different (non-overlapping) plan, or says
  the model was released (the plan is history either way). "Later"
  needs dates on both sides: every claim of the old plan has its article's publication date
  and the new plan has a claim published strictly after the old plan's latest. Without
  those dates no order is guessed: the facts stay as they were (contested if they disagree).
  A syndicated copy is dated by its original (``statements``): republished a week later, it
  neither makes its plan "later" than a rival of the original's week nor revives it.

``superseded_by`` names the immediate replacement (the next step of the history), so a
chain reads old -> newer -> current. "Later" means a news cycle later (``SAME_NEWS_CYCLE``):
two sources a few days apart that differ disagree. Quantities of one measure are updated the
same way (``updated_quantities``: a valuation a year later is the new valuation). Parameter
counts and quantities are superseded inside one text ("initially planned at 2T, it now has
3T"; "expanded from 100,000 to 200,000 GPUs") and, for sizes, when
the size was a plan ("Titan-5 will have 4 trillion parameters", ``contests.is_planned_size``),
by a different figure published a news cycle later (``planned_sizes``), as planned release
dates are. A size of a released model that two sources give differently is a contest.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from warehouse.contests import is_planned_size

RELEASE_DATE = "release_date"
PARAMETER_COUNT = "parameter_count"
SAME_SIZE = 0.005  # relative tolerance of "the same size" (facts.EXACT_TOLERANCE)
QUANTITY = "quantity"
# Statements this close are one news cycle: when they differ, sources disagree (a contest);
# only a statement published later than this replaces an earlier one.
SAME_NEWS_CYCLE = dt.timedelta(days=7)
PLANNED = "planned"
RELEASED = "released"
DUPLICATE = "duplicate"  # articles.status of a syndicated or repeated copy


def _slot(fact: dict) -> tuple:
    """The subject part of the fact's identity (variant sizes included), and the predicate."""
    return fact["_key"][:2]


def _interval(fact: dict) -> tuple[dt.date, dt.date] | None:
    if fact.get("date_start") is None or fact.get("date_end") is None:
        return None
    return fact["date_start"], fact["date_end"]


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return not (a[1] < b[0] or b[1] < a[0])


def _revises(claim: dict) -> bool:
    """The claim's own text says the value it states was replaced (``revised_to_*``)."""
    return claim.get("revised_to_start") is not None or claim.get("revised_to_value") is not None


def revising_claim(fact: dict) -> dict | None:
    """The claim whose text says the fact's value was replaced, when that is the fact's last
    word; None when the fact stands.

    Every claim a revision ("first expected in March, delayed to June"): the fact is history.
    Some claims state the value plainly and another text, published on the same day or later,
    tells it as a plan that moved ("Orrin 4, first expected in the summer, is now slated for
    Q1"): the earlier statements are what the later text revises, so the fact is history too.
    A plain statement published after the last revision revives the value; without
    publication dates on every claim no order is guessed (only an all-revision fact is
    history). Of several revising claims the latest text's is followed (the lowest claim id
    among that day's).

    Args:
        fact: a fact row being built (``_claims`` with ``published_at`` and ``revised_to_*``).
    """
    claims = sorted(statements(fact), key=lambda c: c["claim_id"])
    revising = [c for c in claims if _revises(c)]
    if not revising:
        return None
    dates = [c.get("published_at") for c in claims]
    if None in dates:
        return revising[0] if len(revising) == len(claims) else None
    last = max(c["published_at"] for c in revising)
    if any(c["published_at"] > last for c in claims if not _revises(c)):
        return None
    return next(c for c in revising if c["published_at"] == last)


def _replacement_in_text(claim: dict, fact: dict, candidates: list[dict]) -> str | None:
    """The fact stating the plan ``claim``'s text says replaced ``fact``: the same interval
    first (a planned one preferred), else an overlapping plan."""
    target = (claim["revised_to_start"], claim["revised_to_end"])
    if None in target:
        return None
    others = [g for g in candidates if g is not fact and _interval(g) is not None]
    exact = [g for g in others if _interval(g) == target]
    if exact:
        return min(exact, key=lambda g: (g.get("event") != PLANNED, g["fact_id"]))["fact_id"]
    overlapping = [g for g in others if g.get("event") == PLANNED
                   and _overlap(_interval(g), target)]
    return min(overlapping, key=lambda g: g["fact_id"])["fact_id"] if overlapping else None


def _size_replacement(claim: dict, fact: dict, siblings: list[dict]) -> str | None:
    """The fact stating the size ``claim``'s text says replaced ``fact`` (same slot, scope)."""
    target = claim.get("revised_to_value")
    if target is None:
        return None
    same = [g for g in siblings if g is not fact and g["_key"][:3] == fact["_key"][:3]
            and g.get("value") is not None
            and abs(g["value"] - target) <= SAME_SIZE * max(abs(target), 1.0)]
    return min(same, key=lambda g: g["fact_id"])["fact_id"] if same else None


def statements(fact: dict) -> list[dict]:
    """The claims of a fact that date a statement: a syndicated copy (``article_status =
    'duplicate'``) repeats its original, often days later, and says nothing new about when
    the value was stated; every claim when all are copies (the original is not loaded)."""
    own = [c for c in fact["_claims"] if c.get("article_status") != DUPLICATE]
    return own or list(fact["_claims"])


def _last_published(fact: dict) -> dt.date | None:
    """The latest publication date of a fact's statements; None when any is undated (its
    order against other statements is not known)."""
    dates = [c.get("published_at") for c in statements(fact)]
    return None if not dates or None in dates else max(dates)


def _first_after(fact: dict, day: dt.date) -> dt.date | None:
    """The first publication of ``fact`` past ``day``'s news cycle, if any (copies aside)."""
    after = [c["published_at"] for c in statements(fact)
             if c.get("published_at") is not None and c["published_at"] > day + SAME_NEWS_CYCLE]
    return min(after) if after else None


def _replacement_across_articles(fact: dict, siblings: list[dict]) -> str | None:
    """The earliest later statement that replaced this plan, when the order is known: a
    plan that does not overlap it, or a release (the plan happened, on time or not)."""
    last, interval = _last_published(fact), _interval(fact)
    if last is None or interval is None:
        return None
    later: list[tuple[dt.date, str]] = []
    for g in siblings:
        other = _interval(g)
        if g is fact or other is None or g.get("event") not in (PLANNED, RELEASED):
            continue
        if g.get("event") == PLANNED and _overlap(interval, other):
            continue
        if (when := _first_after(g, last)) is not None:
            later.append((when, g["fact_id"]))
    return min(later)[1] if later else None


def _later_replacements(facts: list[dict], incompatible: Callable[[dict, dict], bool],
                        replaceable: Callable[[dict], bool]) -> dict[str, str]:
    """Fact id -> the earliest different figure of the same slot and scope first published a
    news cycle after the fact's last statement, for every ``replaceable`` dated fact."""
    by_slot: dict[tuple, list[dict]] = defaultdict(list)
    for f in facts:
        by_slot[f["_key"][:3]].append(f)
    replaced: dict[str, str] = {}
    for siblings in by_slot.values():
        for f in siblings:
            last = _last_published(f)
            if last is None or not replaceable(f):
                continue
            later = [(when, g["fact_id"]) for g in siblings
                     if g is not f and incompatible(f, g)
                     and (when := _first_after(g, last)) is not None]
            if later:
                replaced[f["fact_id"]] = min(later)[1]
    return replaced


def updated_quantities(facts: list[dict],
                       incompatible: Callable[[dict, dict], bool]) -> dict[str, str]:
    """Quantities of one measure that a later article updated: a cluster's GPUs, a
    company's valuation or revenue change over time, so a different figure published a
    news cycle later is the new value, not a rival. Undated figures keep their contests.

    Args:
        facts: fact rows being built (with ``_key`` and ``_claims``); only figures that may
            contest (``contests.can_contest``), so no part or unmeasured figure updates one.
        incompatible: ``(a, b) -> bool``, whether two figures cannot both hold.

    Returns:
        Fact id -> the fact id of the later figure that replaced it.
    """
    quantities = [f for f in facts if f["predicate"] == QUANTITY and f.get("measure")]
    return _later_replacements(quantities, incompatible, lambda f: True)


def planned_sizes(facts: list[dict],
                  incompatible: Callable[[dict, dict], bool]) -> dict[str, str]:
    """Planned sizes a later figure replaced: "Titan-5 will have 4 trillion parameters" in
    January, "Titan-5 has 3.2 trillion parameters" in April. The plan is history, not a rival.
    Only a plan (every claim cued as one) is replaced, only by a figure of the same slot and
    scope published a news cycle after the plan's last statement; undated plans stay.

    Args:
        facts: fact rows being built (with ``_key`` and ``_claims``); only figures that may
            contest (``contests.can_contest``): a component's, a member's or a misread size
            published later is not what came of the plan.
        incompatible: ``(a, b) -> bool``, whether two figures cannot both hold.

    Returns:
        Fact id -> the fact id of the earliest later figure that replaced it.
    """
    sizes = [f for f in facts if f["predicate"] == PARAMETER_COUNT]
    return _later_replacements(sizes, incompatible, is_planned_size)


def withdrawn_facts(facts: list[dict]) -> dict[str, str | None]:
    """Facts a text withdrew: "has retracted its report that Quasar 7 has 5 trillion
    parameters", "denied a rumour that ...". A denied claim forms no fact (``ids.forms_fact``);
    it withdraws the fact of the same key when it was published on or after that fact's last
    statement, or comes from one of its articles (undated otherwise: no order is guessed).

    Args:
        facts: fact rows being built, with ``_key``, ``_claims`` and ``_denials`` (the denied
            claims of the same key).

    Returns:
        Fact id -> the fact the denying text gives instead for the same slot (the size the
        maker stated), or None.
    """
    withdrawn: dict[str, str | None] = {}
    for f in facts:
        last = _last_published(f)
        articles = {c["article_id"] for c in f["_claims"]}
        for d in f.get("_denials", ()):
            when = d.get("published_at")
            if d["article_id"] in articles or (
                    last is not None and when is not None and when >= last):
                withdrawn[f["fact_id"]] = None
                break
        else:
            continue
        instead = [g for g in facts if g is not f and g["_key"][:3] == f["_key"][:3]
                   and any(c["article_id"] == d["article_id"] for c in g["_claims"])]
        if instead:
            withdrawn[f["fact_id"]] = min(g["fact_id"] for g in instead)
    return withdrawn


def find_superseded(facts: list[dict]) -> dict[str, str | None]:
    """Fact id -> the fact id that replaced it (None when the text names no fact), for every
    superseded fact: plans and sizes revised inside one text, release plans replaced across
    articles. Planned sizes and quantities a later figure replaced are the caller's
    (``planned_sizes``, ``updated_quantities``: only over figures that may contest).

    Args:
        facts: fact rows being built, with ``_key`` (their fact key) and ``_claims`` (their
            claim dicts, with ``published_at`` and the ``revised_to_*`` columns).
    """
    by_slot: dict[tuple, list[dict]] = defaultdict(list)
    superseded: dict[str, str | None] = {}
    for f in facts:
        if f["predicate"] in (RELEASE_DATE, PARAMETER_COUNT, QUANTITY):
            by_slot[_slot(f)].append(f)
    for siblings in by_slot.values():
        for f in siblings:
            if (f["predicate"] in (PARAMETER_COUNT, QUANTITY)
                    and (claim := revising_claim(f)) is not None):
                superseded[f["fact_id"]] = _size_replacement(claim, f, siblings)
    for siblings in by_slot.values():
        plans = [f for f in siblings if f["predicate"] == RELEASE_DATE
                 and f.get("event") == PLANNED]
        for f in plans:
            if (claim := revising_claim(f)) is not None:
                superseded[f["fact_id"]] = _replacement_in_text(claim, f, siblings)
                continue
            replacement = _replacement_across_articles(f, siblings)
            if replacement is not None:
                superseded[f["fact_id"]] = replacement
    return superseded
