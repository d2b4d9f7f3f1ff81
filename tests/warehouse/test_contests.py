"""What may contest: a case table per kind of figure that is not a rival reading.

Sentences are invented; claims are dicts as ``refresh_facts`` reads them, with the sentence
and offsets the rules read.
"""

from __future__ import annotations

import datetime as dt
from itertools import count

import pytest

from warehouse import contests, facts

_ids = count()
JAN, APR = dt.date(2026, 1, 12), dt.date(2026, 4, 21)
B, T = 1e9, 1e12


def size(sentence: str, surface: str, value: float, *, subject: str = "Orca-2",
         article: str | None = None, publisher: str | None = None, scope: str = "unspecified",
         binding: str = "copula", published: dt.date | None = None,
         role: str | None = None) -> dict:
    """A parameter-count claim read from ``sentence`` (its own one-sentence article);
    ``role`` is the extractor's ``size_role`` (tests/extractors/params/test_size_roles.py)."""
    n = next(_ids)
    start = sentence.index(surface)
    article = article or f"a{n}"
    return {
        "claim_id": f"c{n:04d}", "article_id": article, "subject": subject,
        "subject_text": subject, "subject_type": "MODEL", "predicate": "parameter_count",
        "value": value, "value_low": value, "value_high": value, "bound": "exact",
        "unit": "parameters", "scope": scope, "event": None, "date_start": None,
        "date_end": None, "date_granularity": None, "value_text": surface, "hedged": False,
        "confidence": 0.8, "binding": binding, "sentence": sentence, "sentence_start": 0,
        "char_start": start, "char_end": start + len(surface), "article_status": "ok",
        "duplicate_of": None, "publisher": publisher or f"outlet-{article}",
        "original_publisher": None, "published_at": published, "measure": None,
        "part_of_whole": False, "revised_to_start": None, "revised_to_end": None,
        "size_role": role,
    }


def statuses(claims: list[dict]) -> dict[float, str]:
    built, _ = facts.build_facts(claims)
    return {f["value"]: f["status"] for f in built if f["scope"] != "active"}


@pytest.mark.parametrize(("role", "component", "planned"), [
    (None, False, False), ("component", True, False), ("planned", False, True)])
def test_the_warehouse_reads_the_extractors_size_role(role: str | None, component: bool,
                                                      planned: bool) -> None:
    claim = size("Orca-2 has 90 billion parameters.", "90 billion", 90 * B, role=role)
    assert contests.is_component_claim(claim) is component
    assert contests.is_planned_claim(claim) is planned
    assert contests.is_planned_claim(claim | {"predicate": "quantity"}) is False


@pytest.mark.parametrize(("a", "b", "expected"), [
    (1.8 * T, 18 * T, True),
    (1.76 * T, 176 * B, True),
    (7 * B, 70 * B, False),  # round family sizes (or a real disagreement), not a slip
    (1 * T, 10 * T, False),
    (1.5 * T, 150 * B, True),
    (6 * T, 10 * T, False),
    (1.2 * T, 3 * T, False),
    (1.8 * T, 1.8 * T, False),
    (1.8 * T, 17 * T, False),
    (None, 18 * T, False),
])
def test_decimal_slips(a: float | None, b: float | None, expected: bool) -> None:
    assert contests.decimal_slip(a, b) is expected


def test_member_sizes_of_a_family_listed_in_one_sentence_do_not_contest() -> None:
    sentence = "Lumora 4 comes in three sizes: 3 billion, 14 billion and 70 billion parameters."
    claims = [size(sentence, s, v, subject="Lumora 4", article="one", binding=b)
              for s, v, b in (("3 billion", 3 * B, "colon_list"),
                              ("14 billion", 14 * B, "coordination"),
                              ("70 billion", 70 * B, "coordination"))]
    assert set(statuses(claims).values()) == {"single_source"}


def test_total_and_active_in_one_sentence_are_not_a_list() -> None:
    sentence = "Zephra 2 has 480 billion total parameters and 32 billion active parameters."
    claims = [size(sentence, "480 billion", 480 * B, subject="Zephra 2", article="one",
                   scope="total"),
              size(sentence, "32 billion", 32 * B, subject="Zephra 2", article="one",
                   scope="active", binding="coordination")]
    assert contests.listed_claims(claims) == set()


MISREAD_ACTIVE = [
    pytest.param(32 * B, {480 * B: "single_source", 32 * B: "single_source"},
                 id="active_size_read_as_total"),
    pytest.param(120 * B, {480 * B: "contested", 120 * B: "contested"},
                 id="a_third_figure_still_contests"),
]


def test_a_total_read_as_active_is_no_rival_to_the_active_size() -> None:
    stated = "Zephra 2 has 480 billion total parameters and 32 billion active ones."
    claims = [
        size(stated, "480 billion", 480 * B, subject="Zephra 2", article="one", scope="total"),
        size(stated, "32 billion", 32 * B, subject="Zephra 2", article="one", scope="active",
             binding="coordination"),
        size(stated, "480 billion", 480 * B, subject="Zephra 2", article="two", scope="total"),
        size("Zephra 2, with 480 billion parameters that activate 32 billion, is cheap.",
             "480 billion", 480 * B, subject="Zephra 2", article="three", scope="active"),
    ]
    built, _ = facts.build_facts(claims)
    assert {(f["value"], f["scope"], f["status"]) for f in built} == {
        (480 * B, "total", "corroborated"), (32 * B, "active", "single_source"),
        (480 * B, "active", "single_source")}


@pytest.mark.parametrize(("other", "expected"), MISREAD_ACTIVE)
def test_a_misread_active_size_is_no_rival_to_the_total(other: float, expected: dict) -> None:
    first = "Zephra 2 has 480 billion total parameters, of which 32 billion are active."
    claims = [
        size(first, "480 billion", 480 * B, subject="Zephra 2", article="one", scope="total"),
        size(first, "32 billion", 32 * B, subject="Zephra 2", article="one", scope="active",
             binding="coordination"),
        size("Zephra 2 has a lot of parameters, analysts wrote.", "a lot", other,
             subject="Zephra 2", article="two"),
    ]
    assert statuses(claims) == expected


ONE_TEXT = [
    pytest.param(("one", "one"), (False, False), "single_source", id="one_text_two_plain_sizes"),
    pytest.param(("one", "one"), (False, True), "contested", id="one_text_reports_a_rival"),
    pytest.param(("one", "one"), (True, True), "contested",
                 id="one_text_reports_two_estimates"),
    pytest.param(("one", "two"), (False, False), "contested", id="two_sources_disagree"),
]


@pytest.mark.parametrize(("articles", "hedged", "expected"), ONE_TEXT)
def test_two_sizes_from_one_text_contest_only_when_it_reports_a_rival(
        articles: tuple, hedged: tuple, expected: str) -> None:
    claims = [size("Helios-3 has 1.2 trillion parameters.", "1.2 trillion", 1.2 * T,
                   subject="Helios-3", article=articles[0]),
              size("Helios-3 has 3 trillion parameters.", "3 trillion", 3 * T,
                   subject="Helios-3", article=articles[1])]
    for c, h in zip(claims, hedged, strict=True):
        c["hedged"] = h
    assert set(statuses(claims).values()) == {expected}


def test_a_decimal_slip_in_one_text_is_single_source() -> None:
    claims = [size("Vega-4 has 1.8 trillion parameters.", "1.8 trillion", 1.8 * T,
                   subject="Vega-4", article="one"),
              size("A slide said Vega-4 has 18 trillion parameters.", "18 trillion", 18 * T,
                   subject="Vega-4", article="one")]
    for c in claims:
        c["hedged"] = True  # even as two reported figures, a slip is not an estimate
    assert set(statuses(claims).values()) == {"single_source"}


PLANS_ACROSS = [
    pytest.param(JAN, APR, {4 * T: "superseded", 3.2 * T: "single_source"},
                 id="later_figure_replaces_the_plan"),
    pytest.param(APR, JAN, {4 * T: "contested", 3.2 * T: "contested"},
                 id="a_plan_after_the_figure_replaces_nothing"),
    pytest.param(None, APR, {4 * T: "contested", 3.2 * T: "contested"},
                 id="undated_plan_no_order"),
    pytest.param(JAN, JAN + dt.timedelta(days=3), {4 * T: "contested", 3.2 * T: "contested"},
                 id="same_news_cycle_disagrees"),
]


@pytest.mark.parametrize(("planned_on", "stated_on", "expected"), PLANS_ACROSS)
def test_a_planned_size_a_later_figure_replaced_is_superseded(
        planned_on: dt.date | None, stated_on: dt.date, expected: dict) -> None:
    plan = size("Titan-5 will have 4 trillion parameters.", "4 trillion", 4 * T,
                subject="Titan-5", published=planned_on, role="planned")
    stated = size("Titan-5 has 3.2 trillion parameters.", "3.2 trillion", 3.2 * T,
                  subject="Titan-5", published=stated_on)
    built, _ = facts.build_facts([plan, stated])
    by_value = {f["value"]: f for f in built}
    assert {v: f["status"] for v, f in by_value.items()} == expected
    if expected[4 * T] == "superseded":
        assert by_value[4 * T]["superseded_by"] == by_value[3.2 * T]["fact_id"]


def test_a_headline_repeating_its_bodys_plan_is_part_of_the_plan() -> None:
    """"Acme Plans a Trillion-Parameter Titan-5" has no plan cue of its own: the body's
    "plans to build Titan-5 with 1 trillion parameters" makes the article's statement a plan,
    which the maker's later stated size replaces."""
    headline = size("Acme Plans a Trillion-Parameter Titan-5", "a Trillion", 1 * T,
                    subject="Titan-5", article="plan", published=JAN)
    body = size("Acme plans to build Titan-5 with 1 trillion parameters.", "1 trillion", 1 * T,
                subject="Titan-5", article="plan", published=JAN, role="planned")
    stated = size("Titan-5 has 800 billion parameters.", "800 billion", 0.8 * T,
                  subject="Titan-5", published=APR)
    assert contests.is_planned_size({"_claims": [headline, body]})
    assert not contests.is_planned_size({"_claims": [headline, stated]})
    built, _ = facts.build_facts([headline, body, stated])
    assert {f["value"]: f["status"] for f in built} == {
        1 * T: "superseded", 0.8 * T: "single_source"}


@pytest.mark.parametrize("second", [
    "Titan-5 will now have 5 trillion parameters instead.",
    "Titan-5 now has 5 trillion parameters, a company spokesperson said.",
])
def test_a_plan_and_another_size_of_one_text_do_not_contest(second: str) -> None:
    plan = size("Titan-5 will have 4 trillion parameters, the lab said.", "4 trillion", 4 * T,
                subject="Titan-5", article="one", role="planned")
    other = size(second, "5 trillion", 5 * T, subject="Titan-5", article="one",
                 role="planned" if "will" in second else None)
    plan["hedged"] = other["hedged"] = True
    assert set(statuses([plan, other]).values()) == {"single_source"}


def test_a_described_size_is_not_superseded_by_a_later_one() -> None:
    first = size("Titan-5 has 4 trillion parameters.", "4 trillion", 4 * T, subject="Titan-5",
                 published=JAN)
    later = size("Titan-5 has 3.2 trillion parameters.", "3.2 trillion", 3.2 * T,
                 subject="Titan-5", published=APR)
    assert set(statuses([first, later]).values()) == {"contested"}


def money(value: float, measure: str, article: str) -> dict:
    claim = size("Brightwave Labs raised money.", "money", value, subject="Brightwave Labs",
                 article=article)
    return claim | {"predicate": "quantity", "unit": "USD", "measure": measure}


@pytest.mark.parametrize(("articles", "expected"), [
    pytest.param(("one", "one"), {"single_source"}, id="two_rounds_in_one_text"),
    pytest.param(("one", "two"), {"contested"}, id="two_sources_disagree"),
])
def test_one_texts_two_figures_of_a_measure_are_a_sequence(articles: tuple,
                                                            expected: set) -> None:
    built, _ = facts.build_facts([money(2 * B, "funding", articles[0]),
                                  money(0.5 * B, "funding", articles[1])])
    assert {f["status"] for f in built} == expected


def test_a_plan_is_not_superseded_by_a_later_component_size() -> None:
    plan = size("Titan-5 will have 4 trillion parameters.", "4 trillion", 4 * T,
                subject="Titan-5", published=JAN, role="planned")
    part = size("Titan-5's vision encoder alone has 6 billion parameters.", "6 billion", 6 * B,
                subject="Titan-5", published=APR, role="component")
    built, _ = facts.build_facts([plan, part])
    assert {f["value"]: f["status"] for f in built}[4 * T] == "single_source"


def test_two_articles_of_one_publisher_months_apart_disagree() -> None:
    first = size("Helios-3 has 1.2 trillion parameters.", "1.2 trillion", 1.2 * T,
                 subject="Helios-3", article="one", publisher="dailyai.example", published=JAN)
    later = size("Helios-3 has 3 trillion parameters.", "3 trillion", 3 * T,
                 subject="Helios-3", article="two", publisher="dailyai.example", published=APR)
    assert set(statuses([first, later]).values()) == {"contested"}


def test_a_hedged_rival_in_one_sentence_is_not_a_list() -> None:
    sentence = "Helios-3 has 1.8 trillion parameters, reportedly 2 trillion."
    plain = size(sentence, "1.8 trillion", 1.8 * T, subject="Helios-3", article="one")
    rival = size(sentence, "2 trillion", 2 * T, subject="Helios-3", article="one",
                 binding="coordination")
    rival["hedged"] = True
    assert contests.listed_claims([plain, rival]) == set()
    assert set(statuses([plain, rival]).values()) == {"contested"}


@pytest.mark.parametrize(("speakers", "loose_is_rival"), [
    pytest.param((None, None), False, id="one_voice_restates_the_active_count"),
    pytest.param(("Jane Roe", "analyst Jane Roe"), False, id="one_speaker_named_twice"),
    pytest.param((None, "Jane Roe"), True, id="the_article_and_an_analyst"),
    pytest.param(("Acme", "Jane Roe"), True, id="the_maker_and_an_analyst"),
])
def test_in_one_article_only_the_same_voice_misreads_a_scope(speakers: tuple,
                                                              loose_is_rival: bool) -> None:
    loose_speaker, analyst = speakers
    loose = "The technology company also suggests that Zephra Mini has 8 billion parameters."
    stated = "Zephra Mini has about 40B total parameters and maybe 8B active, Roe said."
    claims = [
        size(loose, "8 billion", 8 * B, subject="Zephra Mini", article="one")
        | {"attribution": loose_speaker, "hedged": True},
        size(stated, "40B", 40 * B, subject="Zephra Mini", article="one", scope="total")
        | {"attribution": analyst, "hedged": True},
        size(stated, "8B", 8 * B, subject="Zephra Mini", article="one", scope="active",
             binding="coordination") | {"attribution": analyst, "hedged": True},
    ]  # "suggests", "maybe": each voice's figure is its own estimate
    expected = {8 * B: "contested", 40 * B: "contested"} if loose_is_rival else {
        8 * B: "single_source", 40 * B: "single_source"}
    assert statuses(claims) == expected


def test_a_bound_is_not_a_misread_scope() -> None:
    first = "Zephra 2 has 480 billion total parameters, of which 32 billion are active."
    claims = [
        size(first, "480 billion", 480 * B, subject="Zephra 2", article="one", scope="total"),
        size(first, "32 billion", 32 * B, subject="Zephra 2", article="one", scope="active",
             binding="coordination"),
        size("Zephra 2 has at most 40 billion parameters.", "40 billion", 40 * B,
             subject="Zephra 2", article="two") | {"bound": "at_most", "value_low": None},
    ]
    assert statuses(claims) == {480 * B: "contested", 40 * B: "contested"}


@pytest.mark.parametrize(("articles", "values", "slipped"), [
    pytest.param(("one", "one"), (1.8 * T, 18 * T), True, id="one_text_point_moved"),
    pytest.param(("one", "two"), (1.8 * T, 18 * T), False, id="two_texts_disagree"),
    pytest.param(("one", "one"), (7 * B, 70 * B), False, id="round_family_sizes"),
])
def test_the_judge_marks_a_decimal_slip_for_the_history(articles: tuple, values: tuple,
                                                        slipped: bool) -> None:
    claims = [size(f"Vega-4 has {v:g} parameters.", f"{v:g}", v, subject="Vega-4", article=a)
              for a, v in zip(articles, values, strict=True)]
    built, _ = facts.build_facts(claims)
    ids = {f["value"]: f["fact_id"] for f in built}
    assert {f["value"]: f["slip_with"] for f in built} == (
        {values[0]: [ids[values[1]]], values[1]: [ids[values[0]]]} if slipped
        else {values[0]: [], values[1]: []})
