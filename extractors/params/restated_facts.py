"""One fact stated several times: which mentions to drop, and how the rest agree.

An article names "X 340B Base" and "X 340B Instruct" beside "X 340B"; it rounds a size in a
repository name ("zeta-oss-20b") and states it exactly elsewhere ("21 billion parameters"); it
says "a trillion-parameter model" once and "1 trillion total parameters" later. These
functions run on the bound spans of a whole Doc, after every figure is read, because each
needs the other mentions of the same model to decide.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from spacy.tokens import Span

NAME_ROUNDING = 0.005  # a stated size within 0.5% of the name's is the same figure
# Least to most informative: when one fact is stated twice, the more specific reading wins.
_BOUND_RANK = {"exact": 0, "approx": 1, "at_most": 2, "at_least": 2, "range": 3}


def subject_key(span: Span) -> str:
    """The model a bound figure belongs to, by canonical name ("" when unbound)."""
    subject = span._.subject
    return "" if subject is None else (subject._.canonical or subject.text)


def drop_variant_restatements(spans: list[Span]) -> list[Span]:
    """Drop a size read from a variant's name when the base name states the same size:
    "X 340B Base, X 340B Instruct and X 340B Reward" say one fact, "X 340B" = 340B.

    Args:
        spans: bound PARAM_COUNT spans of one Doc.

    Returns:
        The spans without the variants' restated name sizes.
    """
    sized = {(subject_key(s), s._.param_value) for s in spans if s._.binding == "name_size"}
    return [s for s in spans if s._.binding != "name_size" or not any(
        value == s._.param_value and subject_key(s).startswith(base + " ")
        for base, value in sized)]


def drop_names_stated_otherwise(spans: list[Span]) -> list[Span]:
    """Drop a size read from a name when the text states the model's size as another figure:
    "zeta-oss-20b has 21 billion parameters" (the repository name rounds; the stated figure is
    the fact). Scopes must agree: the "A3B" of "Zeta-30B-A3B" is not contradicted by a total.

    Args:
        spans: bound PARAM_COUNT spans of one Doc.

    Returns:
        The spans without name sizes that a stated figure of the same scope contradicts.
    """
    stated: dict[tuple[str, str], set[float]] = defaultdict(set)
    for s in spans:
        if s._.binding != "name_size" and s._.param_value is not None:
            stated[(subject_key(s), _total_or_active(s))].add(s._.param_value)
    return [s for s in spans if s._.binding != "name_size" or s._.param_value is None or not any(
        abs(v - s._.param_value) > NAME_ROUNDING * v
        for v in stated.get((subject_key(s), _total_or_active(s)), ()))
            or s._.param_value in stated.get((subject_key(s), _total_or_active(s)), ())]


def _total_or_active(span: Span) -> str:
    return "active" if span._.param_scope == "active" else "total"


def harmonise_facts(spans: Iterable[Span]) -> None:
    """Give every mention of one fact (same model, same figure) the same scope and bound.

    An article often states a figure plainly once ("Kimi K2, a trillion-parameter model") and
    precisely elsewhere ("1 trillion total parameters"); both are one fact, so the explicit
    scope and the less exact bound are copied onto the plain mentions.

    Args:
        spans: bound PARAM_COUNT spans (modified in place).
    """
    groups: dict[tuple[str, float | None, float | None], list[Span]] = defaultdict(list)
    for span in spans:
        groups[(subject_key(span), span._.param_low, span._.param_high)].append(span)
    for members in groups.values():
        scopes = Counter(s._.param_scope for s in members if s._.param_scope != "unspecified")
        if len(scopes) == 1:
            for s in members:
                s._.param_scope = next(iter(scopes))
        bound = max((s._.param_bound for s in members), key=lambda b: _BOUND_RANK.get(b, 0))
        for s in members:
            if s._.param_bound != "range":
                s._.param_bound = bound
