"""Cue-less timelines of model-date pairs (release_timelines; invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2025, 6, 10)
D = dt.date

TIMELINES = [
    pytest.param("The timeline: Zeta 3 in March 2023, Zeta 4 in May 2024 and Zeta 5 in "
                 "August 2025.", ["Zeta 3", "Zeta 4", "Zeta 5"],
                 [("Zeta 3", "released", D(2023, 3, 1), D(2023, 3, 31)),
                  ("Zeta 4", "released", D(2024, 5, 1), D(2024, 5, 31)),
                  ("Zeta 5", "planned", D(2025, 8, 1), D(2025, 8, 31))], id="after_a_colon"),
    pytest.param("Orca 1 in 2021, Orca 2 in 2022 and Orca 3 in 2023 set the pace.",
                 ["Orca 1", "Orca 2", "Orca 3"],
                 [("Orca 1", "released", D(2021, 1, 1), D(2021, 12, 31)),
                  ("Orca 2", "released", D(2022, 1, 1), D(2022, 12, 31)),
                  ("Orca 3", "released", D(2023, 1, 1), D(2023, 12, 31))],
                 id="three_pairs_alone"),
    pytest.param("Milestones: Nova 2 (May 2024) and Nova 3 (April 2025).", ["Nova 2", "Nova 3"],
                 [("Nova 2", "released", D(2024, 5, 1), D(2024, 5, 31)),
                  ("Nova 3", "released", D(2025, 4, 1), D(2025, 4, 30))],
                 id="two_parenthesised_pairs_after_a_colon"),
    # not timelines: two pairs with no colon, a pair that is another event
    pytest.param("Nova 2 in May 2024 and Nova 3 in April 2025 topped the charts.",
                 ["Nova 2", "Nova 3"], [], id="two_pairs_no_colon"),
    pytest.param("Traffic to Nova 2 in May 2024 doubled.", ["Nova 2"], [], id="one_pair"),
]


@pytest.mark.parametrize(("text", "models", "expected"), TIMELINES)
def test_cue_less_timelines(bind_dates, text: str, models: list[str], expected: list) -> None:
    assert bind_dates(text, models, PUB) == expected
