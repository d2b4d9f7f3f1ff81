"""news_measures: what a quantity measures, and parts of a whole (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractors.errors import RuleFileError
from extractors.quantities.component import SPANS_KEY, QuantityFinder
from extractors.quantities.measures import MeasureFinder, compile_rules


@pytest.fixture(scope="module")
def components(blank_nlp: Language) -> tuple[QuantityFinder, MeasureFinder]:
    quantities = QuantityFinder(blank_nlp, "news_quantities", emit_unbound=True)
    quantities.initialize()
    measures = MeasureFinder(blank_nlp, "news_measures")
    measures.initialize()
    return quantities, measures


def annotate(nlp: Language, components, text: str, entities: list[tuple[str, str]]) -> Doc:
    """A blank-pipeline Doc with entity spans set by hand, then quantities and measures."""
    doc = nlp(text)
    spans = []
    for surface, label in entities:
        start = text.index(surface)  # test fixture only: the text is written here
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        span._.canonical = surface
        spans.append(span)
    doc.spans["entities"] = spans
    quantities, measures = components
    return measures(quantities(doc))


def readings(doc: Doc) -> list[tuple[float, str | None, bool]]:
    return [(s._.quantity_value, s._.measure, s._.part_of is not None)
            for s in doc.spans[SPANS_KEY]]


MEASURE_CASES = [
    pytest.param("Helix Labs' $2 billion funding round came at a $40 billion valuation.",
                 [("Helix Labs", "ORG")],
                 [(2e9, "funding", False), (4e10, "valuation", False)], id="round_at_valuation"),
    pytest.param("Helix Labs raised $2 billion, at a $40 billion valuation.",
                 [("Helix Labs", "ORG")],
                 [(2e9, "funding", False), (4e10, "valuation", False)], id="raised_at_valuation"),
    pytest.param("Helix Labs was valued at $40 billion after raising $2 billion.",
                 [("Helix Labs", "ORG")],
                 [(4e10, "valuation", False), (2e9, "funding", False)], id="valued_after_raising"),
    pytest.param("Helix Labs generated $900 million in revenue last year.", [("Helix Labs", "ORG")],
                 [(9e8, "revenue", False)], id="revenue_after"),
    pytest.param("Quartz Corp now has a market value of $3 trillion.", [("Quartz Corp", "ORG")],
                 [(3e12, "market_value", False)], id="market_value_before"),
    pytest.param("The Boreal cluster draws 2 gigawatts.", [("Boreal", "CLUSTER")],
                 [(2.0, "power", False)], id="power_default"),
    pytest.param("The Boreal cluster ran on 80,000 GPUs.", [("Boreal", "CLUSTER")],
                 [(80000.0, "gpus", False)], id="gpus_default"),
    pytest.param("Lumen 4 has a 200,000-token context window.", [("Lumen 4", "MODEL")],
                 [(200000.0, "context_window", False)], id="context_window"),
    pytest.param("Lumen 4 scored 88% on MMLU.", [("Lumen 4", "MODEL")],
                 [(88.0, "mmlu_score", False)], id="benchmark_named"),
    pytest.param("Helix Labs has $5 billion.", [("Helix Labs", "ORG")],
                 [(5e9, None, False)], id="money_without_cue_has_no_measure"),
    pytest.param("Helix Labs reported revenue of $400 million, and a run-rate of $1.1 billion.",
                 [("Helix Labs", "ORG")],
                 [(4e8, "revenue", False), (1.1e9, "run_rate", False)], id="revenue_vs_run_rate"),
    pytest.param("Helix Labs said its annualised revenue reached $2 billion.",
                 [("Helix Labs", "ORG")], [(2e9, "run_rate", False)], id="annualised_is_run_rate"),
    pytest.param("Arcturus took a stake of $750 million in Helix Labs.",
                 [("Arcturus", "ORG"), ("Helix Labs", "ORG")], [(7.5e8, "stake", False)],
                 id="stake_of"),
    pytest.param("The deal values Helix Labs at $40 billion.", [("Helix Labs", "ORG")],
                 [(4e10, "valuation", False)], id="values_x_at"),
    pytest.param("Helix Labs' valuation rose to $12 billion, up from $5 billion.",
                 [("Helix Labs", "ORG")], [(1.2e10, "valuation", False), (5e9, "valuation", False)],
                 id="before_takes_after_measure"),
    pytest.param("Quartz Corp's market value rose to $90 billion.", [("Quartz Corp", "ORG")],
                 [(9e10, "market_value", False)], id="market_value_then_verb"),
    pytest.param("Helix Labs said its annual recurring revenue hit $500 million.",
                 [("Helix Labs", "ORG")], [(5e8, "run_rate", False)], id="arr_is_run_rate"),
    pytest.param("Helix Labs raised $2 billion; rivals' sales reached $9 billion.",
                 [("Helix Labs", "ORG")],
                 [(2e9, "funding", False)], id="cue_across_clause_break_ignored"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), MEASURE_CASES)
def test_measure_of_each_figure(blank_nlp, components, text, entities, expected):
    doc = annotate(blank_nlp, components, text, entities)
    found = [r for r in readings(doc) if r[0] in {e[0] for e in expected}]
    assert found == expected


PART_CASES = [
    pytest.param("The Boreal cluster ran on 120,000 GPUs including 20,000 new GPUs.",
                 [("Boreal", "CLUSTER")],
                 [(120000.0, "gpus", False), (20000.0, "gpus", True)], id="including"),
    pytest.param("The Boreal cluster ran on 120,000 GPUs, of which 20,000 are new.",
                 [("Boreal", "CLUSTER")],
                 [(120000.0, "gpus", False)], id="of_which_unit_not_repeated"),
    pytest.param("The Boreal cluster has 120,000 GPUs, among them 20,000 new GPUs.",
                 [("Boreal", "CLUSTER")],
                 [(120000.0, "gpus", False), (20000.0, "gpus", True)], id="among_them"),
    pytest.param("The Boreal cluster has 120,000 GPUs. The remaining 20,000 GPUs are older.",
                 [("Boreal", "CLUSTER")],
                 [(120000.0, "gpus", False), (20000.0, "gpus", True)], id="the_remaining_next"),
    pytest.param("The Boreal cluster has 120,000 GPUs. Of these, 40,000 GPUs are leased.",
                 [("Boreal", "CLUSTER")],
                 [(120000.0, "gpus", False), (40000.0, "gpus", True)], id="of_these_next"),
    pytest.param("The Boreal cluster has 120,000 GPUs. A further 30,000 GPUs arrive next year.",
                 [("Boreal", "CLUSTER")],
                 [(120000.0, "gpus", False), (30000.0, "gpus", True)], id="a_further_increment"),
    pytest.param("The Boreal cluster has 120,000 GPUs, of which 80,000 are new GPUs. "
                 "The remaining 40,000 GPUs are older.", [("Boreal", "CLUSTER")],
                 [(120000.0, "gpus", False), (80000.0, "gpus", True), (40000.0, "gpus", True)],
                 id="remaining_part_of_whole_not_of_part"),
    pytest.param("The Boreal cluster has 120,000 GPUs, 30,000 of them new GPUs.",
                 [("Boreal", "CLUSTER")],
                 [(120000.0, "gpus", False), (30000.0, "gpus", True)], id="n_of_them"),
    pytest.param("The Boreal cluster has 120,000 GPUs and Vega has 20,000 GPUs.",
                 [("Boreal", "CLUSTER"), ("Vega", "CLUSTER")],
                 [(120000.0, "gpus", False), (20000.0, "gpus", False)], id="two_wholes_no_part"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), PART_CASES)
def test_part_of_whole(blank_nlp, components, text, entities, expected):
    assert readings(annotate(blank_nlp, components, text, entities)) == expected


BAD_RULES = [
    pytest.param({"name": "x", "max_cue_distance": 3, "measures": [{"id": "funding"}],
                  "part_cues": []}, "'funding'", id="missing_units"),
    pytest.param({"name": "x", "max_cue_distance": 3,
                  "measures": [{"id": "funding", "units": ["USD"], "colour": "red",
                                "before": ["raised"]}],
                  "part_cues": []}, "colour", id="unknown_key"),
    pytest.param({"name": "x", "max_cue_distance": 3,
                  "measures": [{"id": "funding", "units": ["USD"]}], "part_cues": []},
                 "default=true", id="no_cue_no_default"),
]


@pytest.mark.parametrize(("data", "named"), BAD_RULES)
def test_bad_rule_file_names_rule_and_key(blank_nlp, data, named):
    with pytest.raises(RuleFileError, match=named):
        compile_rules(data, blank_nlp, source="measures.json")
