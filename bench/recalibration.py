"""Calibration in the large on text the rules were not written against.

The rule rates of ``fit_confidence.py`` are fitted on the dev sets, and the rules were written
with those sets in view: every dev claim a rule reads is likely right because the rule was
shaped on it, so the rates run high on next week's news (the check split's precision sat
about 0.1 below them). Leave-one-article-out on the dev sets cannot show that: the rules
themselves saw every article.

The fix is the standard intercept recalibration of a prediction model on a validation sample:
keep the rates' structure (which rule, which feature), and move every prediction of a
predicate by one log-odds shift, chosen so that on *untuned* articles (labelled articles that
no rule was written against, scored at first look) the predictions sum to the number of
correct claims. The shift is stored as ``unseen_log_odds`` in ``confidence.json`` and applied
by ``extractors.records.claim_confidence``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

# The shift stays within these log odds: with every untuned claim right (or wrong) the solved
# shift would run to infinity; +-4 moves 0.95 to 0.26 or 0.9991, far past any honest need.
MAX_SHIFT = 4.0


def logit(p: float) -> float:
    """Log odds, with p clamped away from 0 and 1 (as records.claim_confidence does)."""
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def shifted(p: float, shift: float) -> float:
    """``p`` moved by ``shift`` in log odds."""
    return _sigmoid(logit(p) + shift) if shift else p


def solve_shift(predictions: Sequence[float], correct: Sequence[bool]) -> float:
    """The log-odds shift that makes the shifted predictions sum to the correct count.

    The sum is increasing in the shift, so bisection finds it; the result is clamped to
    +-MAX_SHIFT and is 0.0 for no predictions.
    """
    if not predictions:
        return 0.0
    target = sum(bool(c) for c in correct)
    lo, hi = -MAX_SHIFT, MAX_SHIFT
    for _ in range(60):
        mid = (lo + hi) / 2
        if sum(shifted(p, mid) for p in predictions) < target:
            lo = mid
        else:
            hi = mid
    return round((lo + hi) / 2, 4)


def held_out_shift_brier(rows: Sequence[dict], predict: Callable[[dict], float]
                         ) -> tuple[float, float, int]:
    """(Brier without the shift, Brier with a shift fitted without the article, claims) over
    ``rows`` (each with "article" and "correct"): every article's claims are scored by a
    shift solved on the other untuned articles."""
    if not rows:
        return 0.0, 0.0, 0
    base = {id(r): predict(r) for r in rows}
    before = after = 0.0
    for article in sorted({r["article"] for r in rows}):
        rest = [r for r in rows if r["article"] != article]
        shift = solve_shift([base[id(r)] for r in rest], [r["correct"] for r in rest])
        for r in rows:
            if r["article"] == article:
                before += (base[id(r)] - r["correct"]) ** 2
                after += (shifted(base[id(r)], shift) - r["correct"]) ** 2
    return before / len(rows), after / len(rows), len(rows)


def fit_unseen_shifts(untuned: Sequence[dict], tuned: Sequence[dict],
                      predict: Callable[[dict], float], predicates: Iterable[str]
                      ) -> dict[str, float]:
    """One shift per predicate, solved on the untuned rows and kept only when a shift fitted
    without each untuned article scores that article better (else 0.0); prints what it did,
    with the dev sets' in-sample Brier under the kept shift (``tuned`` rows)."""
    out: dict[str, float] = {}
    for predicate in predicates:
        mine = [r for r in untuned if r["predicate"] == predicate]
        shift = solve_shift([predict(r) for r in mine], [r["correct"] for r in mine])
        before, after, n = held_out_shift_brier(mine, predict)
        out[predicate] = shift if after < before else 0.0
        dev = [r for r in tuned if r["predicate"] == predicate]
        dev_after = sum((shifted(predict(r), out[predicate]) - r["correct"]) ** 2
                        for r in dev) / max(len(dev), 1)
        print(f"untuned {predicate}: correct {sum(r['correct'] for r in mine)}/{n}, shift "
              f"{shift:+.3f} ({'kept' if out[predicate] else 'not kept'}); Brier there "
              f"{before:.4f} -> {after:.4f} (shift fitted without the article); dev sets "
              f"in-sample with the kept shift {dev_after:.4f}")
    return out
