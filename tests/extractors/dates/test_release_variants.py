"""A model and its variants: "Zeta 5" after "Zeta 5 Pro" is the base model, not the variant,
while a bare family name ("Zeta") right after talk of "Zeta 5" still means Zeta 5."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.dates.component import SPANS_KEY

D = dt.date
PUB = D(2025, 6, 10)


def bound(nlp, text: str, models: list[str]) -> list[tuple[str, str, dt.date]]:
    """(model, event, start) of every bound date; MODEL spans at each name's occurrences, the
    longest name first so "Zeta 5" inside "Zeta 5 Pro" is no second mention."""
    doc = nlp.make_doc(text)
    doc._.published_at = PUB
    for name, proc in nlp.pipeline:
        if name == "news_dates":
            taken: set[int] = set()
            ents = []
            for model in sorted(models, key=len, reverse=True):
                for m in re.finditer(re.escape(model) + r"\b", text):
                    if taken.intersection(range(m.start(), m.end())):
                        continue
                    taken.update(range(m.start(), m.end()))
                    span = doc.char_span(m.start(), m.end(), label="MODEL")
                    span._.canonical = model
                    ents.append(span)
            doc.spans["entities"] = sorted(ents, key=lambda s: s.start)
        doc = proc(doc)
    return sorted(
        (s._.subject._.canonical, s._.event, s._.date_start)
        for s in doc.spans[SPANS_KEY]
        if s._.subject is not None
    )


CASES = [
    pytest.param(
        "Acme released Zeta 5 Pro on March 3. Acme first announced Zeta 5 at its event in"
        " November.",
        ["Zeta 5 Pro", "Zeta 5"],
        [("Zeta 5", "announced", D(2024, 11, 1)), ("Zeta 5 Pro", "released", D(2025, 3, 3))],
        id="base-model-after-its-variant",
    ),
    pytest.param(
        "Orca 3 Mini arrived on May 2. The original Orca 3, released in January, is larger.",
        ["Orca 3 Mini", "Orca 3"],
        [("Orca 3", "released", D(2025, 1, 1)), ("Orca 3 Mini", "released", D(2025, 5, 2))],
        id="variant-then-base-apposition",
    ),
    pytest.param(
        "Kestrel Labs released Kestrel 4 Mini in May. Kestrel 4 will be generally available in"
        " the summer.",
        ["Kestrel 4 Mini", "Kestrel 4"],
        [("Kestrel 4", "planned", D(2025, 6, 1)), ("Kestrel 4 Mini", "released", D(2025, 5, 1))],
        id="base-plan-after-variant-release",
    ),
    pytest.param(
        "Nimbus launched Nimbus 2 Large in April. We shipped the first Nimbus in March of last"
        " year.",
        ["Nimbus 2 Large", "Nimbus"],
        [("Nimbus", "released", D(2024, 3, 1)), ("Nimbus 2 Large", "released", D(2025, 4, 1))],
        id="the-first-of-a-family",
    ),
    pytest.param(
        "Acme launched Zeta 5 on March 3. Zeta launched in Europe on April 9.",
        ["Zeta 5", "Zeta"],
        [("Zeta 5", "released", D(2025, 3, 3)), ("Zeta 5", "released", D(2025, 4, 9))],
        id="bare-family-name-still-means-the-latest",
    ),
    pytest.param(
        "Acme launched Zeta 5 Beta on March 3. Zeta 5 (released in March) is now faster.",
        ["Zeta 5 Beta", "Zeta 5"],
        [("Zeta 5 Beta", "released", D(2025, 3, 3))],  # "March" is the same fact, kept once
        id="a-beta-is-the-same-model",
    ),
]


@pytest.mark.parametrize(("text", "models", "expected"), CASES)
def test_variant_names(nlp, text, models, expected):
    assert bound(nlp, text, models) == expected
