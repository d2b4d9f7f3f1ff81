"""news_revisions: a planned date the same text says was replaced (invented sentences).

Date spans are set by hand (medspaCy style), so the cue logic is tested without the trained
date finder: each date is (surface, event, bound to the model?) with a made-up interval.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractors.dates.revisions import RevisionFinder, compile_revision_rules
from extractors.errors import RuleFileError

MODEL = "Nova 3"


@pytest.fixture(scope="module")
def finder(blank_nlp: Language) -> RevisionFinder:
    component = RevisionFinder(blank_nlp, "news_revisions")
    component.initialize()
    return component


def annotate(nlp: Language, finder: RevisionFinder, text: str,
             dates: list[tuple[str, str | None, bool]]) -> Doc:
    """Dates as (surface, event, bound to MODEL); each gets its own month as interval."""
    doc = nlp(text)
    model = None
    if MODEL in text:
        start = text.index(MODEL)  # test fixture only: the text is written here
        model = doc.char_span(start, start + len(MODEL), label="MODEL")
        model._.canonical = MODEL
    spans = []
    for n, (surface, event, bound) in enumerate(dates, start=1):
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        assert span is not None, surface
        span._.date_start, span._.date_end = dt.date(2026, n, 1), dt.date(2026, n, 28)
        span._.event = event
        span._.subject = model if bound else None
        spans.append(span)
    doc.spans["dates"] = spans
    return finder(doc)


def revisions(doc: Doc) -> list[tuple[str, str]]:
    return [(s.text, s._.revised_to.text) for s in doc.spans["dates"] if s._.revised_to]


CASES = [
    pytest.param("Nova 3 was originally targeted for March, then May. The firm now expects July.",
                 [("March", "planned", True), ("May", "planned", True), ("July", "planned", True)],
                 [("March", "May"), ("May", "July")], id="originally_then_now"),
    pytest.param("Nova 3 was first planned for the spring, but the launch has slipped to "
                 "September.",
                 [("the spring", "planned", True), ("September", None, False)],
                 [("the spring", "September")], id="first_planned_slipped_to"),
    pytest.param("Nova 3 was initially expected in March; it is now due in June.",
                 [("March", "planned", True), ("June", "planned", True)],
                 [("March", "June")], id="initially_now"),
    pytest.param("Nova 3 was slated for April. It has been pushed back to August.",
                 [("April", "planned", True), ("August", None, False)],
                 [("April", "August")], id="pushed_back_next_sentence"),
    pytest.param("Nova 3 was slated for October before it was moved up to August.",
                 [("October", "planned", True), ("August", None, False)],
                 [("October", "August")], id="moved_up_to"),
    pytest.param("Nova 3 is expected in Q2, then API access follows in Q3.",
                 [("Q2", "planned", True), ("Q3", "planned", True)],
                 [], id="then_without_earlier_plan_is_a_sequence"),
    pytest.param("Nova 3 launched in March and was then updated in May.",
                 [("March", "released", True), ("May", None, False)],
                 [], id="a_release_is_not_a_plan"),
    pytest.param("Nova 3 is planned for March. Other labs aim for June. Critics now doubt June.",
                 [("March", "planned", True), ("June", None, False)],
                 [], id="no_cue_no_revision"),
    pytest.param("Nova 3 will arrive in June, a delay from the original March target.",
                 [("June", "planned", True), ("March", "planned", True)],
                 [("March", "June")], id="new_plan_stated_first"),
    pytest.param("Nova 3 is now due in August rather than May.",
                 [("August", "planned", True), ("May", "planned", True)],
                 [("May", "August")], id="rather_than"),
    pytest.param("Nova 3 was originally planned for May.",
                 [("May", "planned", True)],
                 [], id="no_replacement_named"),
]


@pytest.mark.parametrize(("text", "dates", "expected"), CASES)
def test_revision_cues_inside_one_text(blank_nlp, finder, text, dates, expected):
    assert revisions(annotate(blank_nlp, finder, text, dates)) == expected


def test_bad_rule_file_names_rule_and_key(blank_nlp):
    data = {"name": "x", "max_cue_gap": 3, "max_sentence_gap": 1,
            "cues": [{"id": "earlier_plan", "role": "sooner", "phrases": ["originally"]}]}
    with pytest.raises(RuleFileError, match=r"earlier_plan.*role"):
        compile_revision_rules(data, blank_nlp, source="revision_cues.json")


def annotate_sizes(nlp: Language, finder: RevisionFinder, text: str,
                   sizes: list[tuple[str, float, str]]) -> Doc:
    """Parameter counts as (surface, value, subject surface), bound by hand."""
    doc = nlp(text)
    spans = []
    for surface, value, subject in sizes:
        start = text.index(surface)  # test fixture only: the text is written here
        span = doc.char_span(start, start + len(surface))
        s_start = text.index(subject)
        model = doc.char_span(s_start, s_start + len(subject), label="MODEL")
        model._.canonical = subject
        span._.param_value, span._.param_scope, span._.subject = value, "unspecified", model
        spans.append(span)
    doc.spans["dates"] = []
    doc.spans["param_counts"] = spans
    return finder(doc)


SIZE_CASES = [
    pytest.param("Nova 4 was originally planned with 2T parameters. "
                 "Nova 4 will now have 3T parameters.",
                 [("2T", 2e12, "Nova 4"), ("3T", 3e12, "Nova 4")], [("2T", "3T")],
                 id="originally_then_now"),
    pytest.param("Nova 4 will have 3T parameters, up from the original 2T parameters.",
                 [("3T", 3e12, "Nova 4"), ("2T", 2e12, "Nova 4")], [("2T", "3T")],
                 id="new_size_first"),
    pytest.param("Reports say Nova 4 has 2T parameters; others claim 3T parameters.",
                 [("2T", 2e12, "Nova 4"), ("3T", 3e12, "Nova 4")], [],
                 id="two_reports_are_a_contest"),
    pytest.param("Nova 4 was originally a 2T design, while Vega 2 now has 3T parameters.",
                 [("2T", 2e12, "Nova 4"), ("3T", 3e12, "Vega 2")], [],
                 id="another_model_does_not_revise"),
]


@pytest.mark.parametrize(("text", "sizes", "expected"), SIZE_CASES)
def test_size_revisions_inside_one_text(blank_nlp, finder, text, sizes, expected):
    doc = annotate_sizes(blank_nlp, finder, text, sizes)
    assert [(s.text, s._.revised_to.text) for s in doc.spans["param_counts"]
            if s._.revised_to] == expected
