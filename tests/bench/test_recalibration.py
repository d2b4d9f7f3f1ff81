"""The intercept recalibration of claim confidence on untuned articles (bench/recalibration.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "recalibration.py"
_spec = importlib.util.spec_from_file_location("recalibration", _PATH)
recalibration = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(recalibration)


@pytest.mark.parametrize(("predictions", "correct"), [
    ([0.95] * 10, [True] * 7 + [False] * 3),  # rates too high: the shift is negative
    ([0.6, 0.7, 0.8, 0.5], [True, True, True, False]),
    ([0.5] * 4, [True, True, True, False]),  # too low: positive
])
def test_shifted_predictions_sum_to_the_correct_count(predictions: list[float],
                                                      correct: list[bool]) -> None:
    shift = recalibration.solve_shift(predictions, correct)
    total = sum(recalibration.shifted(p, shift) for p in predictions)
    assert total == pytest.approx(sum(correct), abs=0.01)
    assert (shift < 0) == (sum(predictions) > sum(correct))


def test_the_shift_is_bounded_when_every_claim_is_right_or_wrong() -> None:
    assert recalibration.solve_shift([0.9, 0.8], [True, True]) == pytest.approx(
        recalibration.MAX_SHIFT, abs=1e-3)
    assert recalibration.solve_shift([0.9, 0.8], [False, False]) == pytest.approx(
        -recalibration.MAX_SHIFT, abs=1e-3)
    assert recalibration.solve_shift([], []) == 0.0


def test_held_out_shift_lowers_the_brier_of_overconfident_rules() -> None:
    rows = [{"article": f"a{i}", "correct": i % 4 != 0} for i in range(40)]
    before, after, n = recalibration.held_out_shift_brier(rows, lambda r: 0.97)
    assert n == 40
    assert after < before
    assert after == pytest.approx(0.75 * 0.25, abs=0.01)  # the best constant forecast
