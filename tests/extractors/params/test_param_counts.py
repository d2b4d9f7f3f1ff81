"""Case tables for number parsing, parameter-count context (bound, scope) and the component."""

from __future__ import annotations

import pytest
import spacy

import extractors  # noqa: F401  (registers extensions and factories)
from extractors.errors import RuleFileError
from extractors.params.component import SPANS_KEY
from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon, validate_rules
from extractors.params.numbers import find_value_surfaces, parse_number_words, parse_suffix_count

T, B = 1e12, 1e9


# ---------------------------------------------------------------- pure number functions

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("six trillion", 6 * T, id="words_six_trillion"),
        pytest.param("half a trillion", 0.5 * T, id="words_half_a_trillion"),
        pytest.param("one and a half trillion", 1.5 * T, id="words_one_and_a_half"),
        pytest.param("a trillion", 1 * T, id="words_a_trillion"),
        pytest.param("Two Billion", 2 * B, id="words_capitalised"),
        pytest.param("seven hundred billion", 700 * B, id="words_hundreds"),
        pytest.param("two hundred and fifty billion", 250 * B, id="words_hundreds_and_tens"),
        pytest.param("three hundred forty-five billion", 345 * B, id="words_hundreds_compound"),
        pytest.param("a hundred billion", 100 * B, id="words_a_hundred"),
        pytest.param("six", None, id="words_no_scale"),
        pytest.param("many trillion", None, id="words_unknown_head"),
    ],
)
def test_parse_number_words(text: str, expected: float | None) -> None:
    assert parse_number_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("0.5T", 0.5 * T, id="suffix_half_T"),
        pytest.param("175B", 175 * B, id="suffix_175B"),
        pytest.param("1.8 tn", 1.8 * T, id="suffix_tn_spaced"),
        pytest.param("1.76T", 1.76 * T, id="suffix_1_76T"),
        pytest.param("12.9bn", 12.9 * B, id="suffix_bn"),
        pytest.param("1,000B", 1000 * B, id="suffix_thousands_comma"),
        pytest.param("405 billion", 405 * B, id="suffix_word_scale"),
        pytest.param("~500B", 500 * B, id="suffix_tilde_prefix"),
        pytest.param("5t", None, id="suffix_lowercase_t_is_tons"),
        pytest.param("128K", None, id="suffix_K_not_a_count"),
    ],
)
def test_parse_suffix_count(text: str, expected: float | None) -> None:
    assert parse_suffix_count(text) == expected


def test_half_and_decimal_give_identical_floats() -> None:
    assert parse_suffix_count("0.5T") == parse_suffix_count("500 billion") == 5e11


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        pytest.param("Mixtral 8x7B and 128x3.66B", [], id="surface_expert_layout_not_count"),
        pytest.param("a $1.75 trillion IPO and $20B", [], id="surface_money_excluded"),
        pytest.param("GB200 and H100 racks", [], id="surface_hardware_names"),
        pytest.param("200\u2013400 billion", ["200\u2013400 billion"], id="surface_en_dash_range"),
        pytest.param("from 2024 to 1.5T", ["1.5T"], id="surface_year_then_figure_no_range"),
        pytest.param("a 6-trillion-parameter model", ["6-trillion"], id="surface_compound"),
        pytest.param("the trillion-parameter club", ["trillion"], id="surface_bare_compound"),
        pytest.param("multi-trillion parameter models", [], id="surface_multi_prefix_skipped"),
        pytest.param("1-10T+ parameters", ["1-10T+"], id="surface_range_plus"),
        pytest.param("Zeta 5 has seven hundred billion parameters", ["seven hundred billion"],
                     id="surface_hundreds_whole_phrase"),
        pytest.param("a half-a-trillion-parameter model", ["half-a-trillion"],
                     id="surface_hyphenated_half_a"),
        pytest.param("estimated at 400-ish billion parameters", ["400-ish billion"],
                     id="surface_ish_figure_not_bare_billion"),
        pytest.param("Llama-3.1-405B and Qwen-1.5-7B", ["405B", "7B"],
                     id="surface_version_after_a_hyphen_is_no_range_start"),
    ],
)
def test_find_value_surfaces(text: str, surfaces: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_value_surfaces(text)] == surfaces


def test_vague_plural_is_a_range() -> None:
    (surface,) = find_value_surfaces("in the hundreds of billions")
    assert (surface.value, surface.low, surface.high, surface.bound) == (None, 1e11, 1e12, "range")


# ---------------------------------------------------------------- extraction case table
# (text, models, expected [(surface, subject, value_or_(low, high), bound, scope, binding)])

CASES = [
    pytest.param("Zeta 2 has 1 trillion parameters.", ["Zeta 2"],
                 [("1 trillion", "Zeta 2", 1 * T, "exact", "unspecified", "copula")],
                 id="copula_has"),
    pytest.param("Zeta 2 packs 1.2 trillion parameters across 64 experts.", ["Zeta 2"],
                 [("1.2 trillion", "Zeta 2", 1.2 * T, "exact", "unspecified", "copula")],
                 id="copula_packs"),
    pytest.param("Launching Zeta 4 with 1 trillion parameters in May, followed by Zeta 5 with "
                 "1.5 trillion parameters in June.", ["Zeta 4", "Zeta 5"],
                 [("1 trillion", "Zeta 4", 1 * T, "exact", "unspecified", "with_params"),
                  ("1.5 trillion", "Zeta 5", 1.5 * T, "exact", "unspecified", "with_params")],
                 id="coordinated_with_params"),
    pytest.param("Zeta 4.2 at 0.5T Params, 1.5T Model in 5 Weeks", ["Zeta 4.2"],
                 [("0.5T", "Zeta 4.2", 0.5 * T, "exact", "unspecified", "with_params")],
                 id="headline_at_params_second_figure_unnamed"),
    pytest.param("Orca, a 70B-parameter model, was released.", ["Orca"],
                 [("70B", "Orca", 70 * B, "exact", "unspecified", "apposition")],
                 id="apposition_n_parameter_model"),
    pytest.param("The real event is Zeta 5 — a behemoth with six trillion parameters.", ["Zeta 5"],
                 [("six trillion", "Zeta 5", 6 * T, "exact", "unspecified", "with_params")],
                 id="dash_apposition_with_words"),
    pytest.param("The team trained a 280 billion parameter language model called Gopher.",
                 ["Gopher"],
                 [("280 billion", "Gopher", 280 * B, "exact", "unspecified", "n_param_model")],
                 id="n_param_model_called"),
    pytest.param("Scaling from Zeta 4.3 to the 10T Parameter Zeta 5", ["Zeta 4.3", "Zeta 5"],
                 [("10T", "Zeta 5", 10 * T, "exact", "unspecified", "n_param_model")],
                 id="n_param_model_beats_left_neighbour"),
    pytest.param("Ranking models, from Switcher (1.6T) to GPT-3 (175B), by parameter count.",
                 ["Switcher", "GPT-3"],
                 [("1.6T", "Switcher", 1.6 * T, "exact", "unspecified", "parenthetical"),
                  ("175B", "GPT-3", 175 * B, "exact", "unspecified", "parenthetical")],
                 id="parenthetical_after_names"),
    pytest.param("The jump from 314B (Zeta-1) to a purported 500B (Zeta 4.20) is fast.",
                 ["Zeta-1", "Zeta 4.20"],
                 [("314B", "Zeta-1", 314 * B, "exact", "unspecified", "parenthetical"),
                  ("500B", "Zeta 4.20", 500 * B, "exact", "unspecified", "parenthetical")],
                 id="parenthetical_name_after_figure"),
    pytest.param("No lab disclosed counts since GPT-3 (175 billion, 2020).", ["GPT-3"],
                 [("175 billion", "GPT-3", 175 * B, "exact", "unspecified", "parenthetical")],
                 id="parenthetical_with_year"),
    pytest.param("Zeta 4.4: Expected to reach the 1 trillion (1T) parameter milestone.",
                 ["Zeta 4.4"],
                 [("1 trillion", "Zeta 4.4", 1 * T, "exact", "unspecified", "colon_list")],
                 id="colon_list_restatement_dropped"),
    pytest.param("Zeta 4.3 (released in mid-April) → The 0.5T parameter Beta version is out.",
                 ["Zeta 4.3"],
                 [("0.5T", "Zeta 4.3", 0.5 * T, "exact", "unspecified", "arrow")],
                 id="roadmap_arrow"),
    pytest.param("Zeta 5's 6 trillion parameters are the total count.", ["Zeta 5"],
                 [("6 trillion", "Zeta 5", 6 * T, "exact", "total", "possessive")],
                 id="possessive_total_after"),
    pytest.param("Mixtral 9x22B — 141 billion total parameters, 39 billion active, 64K context.",
                 ["Mixtral 9x22B"],
                 [("141 billion", "Mixtral 9x22B", 141 * B, "exact", "total", "apposition"),
                  ("39 billion", "Mixtral 9x22B", 39 * B, "exact", "active", "coordination")],
                 id="dash_list_total_and_active"),
    pytest.param("Kimi Q1 is sparse. It keeps 1 trillion total parameters while using just "
                 "32 billion active parameters.", ["Kimi Q1"],
                 [("1 trillion", "Kimi Q1", 1 * T, "exact", "total", "anaphor"),
                  ("32 billion", "Kimi Q1", 32 * B, "exact", "active", "coordination")],
                 id="anaphor_it_total_active"),
    pytest.param("Orca is a MoE model. Total parameters are 46.7 billion, but the number of "
                 "parameters activated for each token is approximately 12.9 billion.", ["Orca"],
                 [("46.7 billion", "Orca", 46.7 * B, "exact", "total", "anaphor"),
                  ("12.9 billion", "Orca", 12.9 * B, "approx", "active", "anaphor")],
                 id="anaphor_param_noun_before_figure"),
    pytest.param("Zeta 4.2 operates at approximately 500 billion (0.5T) parameters.", ["Zeta 4.2"],
                 [("500 billion", "Zeta 4.2", 500 * B, "approx", "unspecified", "with_params")],
                 id="approx_with_restatement"),
    pytest.param("GPT-4 is estimated to be a model with over 1 trillion parameters.", ["GPT-4"],
                 [("1 trillion", "GPT-4", 1 * T, "at_least", "unspecified", "with_params")],
                 id="bound_over_at_least"),
    pytest.param("The cycle ran from GPT-3 (175B) to GPT-4 (est. >1T).", ["GPT-3", "GPT-4"],
                 [("175B", "GPT-3", 175 * B, "exact", "unspecified", "parenthetical"),
                  (">1T", "GPT-4", 1 * T, "at_least", "unspecified", "parenthetical")],
                 id="bound_greater_than_symbol"),
    pytest.param("Zeta 7 will have up to 2 trillion parameters.", ["Zeta 7"],
                 [("2 trillion", "Zeta 7", 2 * T, "at_most", "unspecified", "copula")],
                 id="bound_up_to_at_most"),
    pytest.param("GPT-4 has more than 1 trillion parameters.", ["GPT-4"],
                 [("1 trillion", "GPT-4", 1 * T, "at_least", "unspecified", "copula")],
                 id="bound_more_than_is_no_comparison"),
    pytest.param("One estimate puts Claude Opus 4.6 at more than 2 trillion parameters.",
                 ["Claude Opus 4.6"],
                 [("2 trillion", "Claude Opus 4.6", 2 * T, "at_least", "unspecified",
                   "with_params")],
                 id="bound_puts_at_more_than"),
    pytest.param("Zeta 7 will have fewer than 2 trillion parameters.", ["Zeta 7"],
                 [("2 trillion", "Zeta 7", 2 * T, "at_most", "unspecified", "copula")],
                 id="bound_fewer_than_at_most"),
    # the figure is written as the compared model's own size: Zeta 7's fact, never Zeta 8's
    pytest.param("Zeta 8 is bigger than the 1 trillion parameters of Zeta 7.",
                 ["Zeta 8", "Zeta 7"],
                 [("1 trillion", "Zeta 7", 1 * T, "exact", "unspecified", "parameters_of")],
                 id="comparison_than_before_the_figure_is_the_compared_models"),
    pytest.param("At 3.8 billion parameters, Zeta-mini is small enough to run on a laptop.",
                 ["Zeta-mini"],
                 [("3.8 billion", "Zeta-mini", 3.8 * B, "exact", "unspecified", "fronted")],
                 id="fronted_at_figure_then_model"),
    pytest.param("With 48 billion active parameters, Zeta 4 costs little to serve.", ["Zeta 4"],
                 [("48 billion", "Zeta 4", 48 * B, "exact", "active", "fronted")],
                 id="fronted_with_scope_word"),
    pytest.param("At 1.1 trillion parameters, the checkpoint of Zeta 3 is over 2TB.", ["Zeta 3"],
                 [], id="fronted_needs_the_model_right_after_the_comma"),
    pytest.param("Zeta-V3 is 671B total / 37B active.", ["Zeta-V3"],
                 [("671B", "Zeta-V3", 671 * B, "exact", "total", "copula"),
                  ("37B", "Zeta-V3", 37 * B, "exact", "active", "coordination")],
                 id="slash_total_active"),
    pytest.param("Zeta-1 has 314 billion parameters and Falcon-40B is smaller.", ["Zeta-1"],
                 [("314 billion", "Zeta-1", 314 * B, "exact", "unspecified", "copula")],
                 id="size_glued_to_an_unknown_name_is_no_count"),
    pytest.param("Zeta 5 has 235 billion total parameters and activates 22 billion parameters.",
                 ["Zeta 5"],
                 [("235 billion", "Zeta 5", 235 * B, "exact", "total", "copula"),
                  ("22 billion", "Zeta 5", 22 * B, "exact", "active", "coordination")],
                 id="coordinated_activates"),
    pytest.param("Zeta 6 has roughly 300B parameters.", ["Zeta 6"],
                 [("300B", "Zeta 6", 300 * B, "approx", "unspecified", "copula")],
                 id="bound_roughly"),
    pytest.param("Zeta 6 has ~300B params.", ["Zeta 6"],
                 [("~300B", "Zeta 6", 300 * B, "approx", "unspecified", "copula")],
                 id="bound_tilde"),
    pytest.param("GPT-4 is speculated to be a MoE model in the range of 1-2 trillion total "
                 "parameters.", ["GPT-4"],
                 [("1-2 trillion", "GPT-4", (1 * T, 2 * T), "range", "total", "copula")],
                 id="range_hyphen_total"),
    pytest.param("Zeta 8 has 200\u2013400 billion active parameters.", ["Zeta 8"],
                 [("200\u2013400 billion", "Zeta 8", (200 * B, 400 * B), "range", "active",
                   "copula")],
                 id="range_en_dash_active"),
    pytest.param("Gemini 9 Pro (reportedly in the hundreds of billions) is smaller.",
                 ["Gemini 9 Pro"],
                 [("hundreds of billions", "Gemini 9 Pro", (1e11, 1e12), "range", "unspecified",
                   "parenthetical")],
                 id="vague_hundreds_of_billions"),
    pytest.param("OpenAI's o9 model family is rumored to be in the trillion-parameter range.",
                 ["o9"],
                 [("trillion", "o9", 1 * T, "approx", "unspecified", "copula")],
                 id="bare_compound_in_range_approx"),
    pytest.param("Moonshot released Kimi Q1, the world's first trillion-parameter open model.",
                 ["Kimi Q1"],
                 [("trillion", "Kimi Q1", 1 * T, "exact", "unspecified", "apposition")],
                 id="bare_compound_apposition"),
    pytest.param("Meta's Llama 9 405B is out.", ["Llama 9 405B"],
                 [("405B", "Llama 9 405B", 405 * B, "exact", "unspecified", "name_size")],
                 id="name_size_in_model_name"),
    pytest.param("Nano-1, with 1.8 billion parameters, and Nano-2, offering 3.25 billion "
                 "parameters.", ["Nano-1", "Nano-2"],
                 [("1.8 billion", "Nano-1", 1.8 * B, "exact", "unspecified", "with_params"),
                  ("3.25 billion", "Nano-2", 3.25 * B, "exact", "unspecified", "with_params")],
                 id="two_variants_with_and_offering"),
    pytest.param("Zeta 5 sits at 6 trillion parameters. Zeta 5 has 6 trillion total parameters.",
                 ["Zeta 5"],
                 [("6 trillion", "Zeta 5", 6 * T, "exact", "total", "with_params"),
                  ("6 trillion", "Zeta 5", 6 * T, "exact", "total", "copula")],
                 id="harmonised_scope_same_fact"),
    # ---- negatives and binding traps
    pytest.param("6 trillion is roughly nine times the parameter count of GPT-3.", ["GPT-3"], [],
                 id="trap_comparison_times"),
    pytest.param("Colossus is training seven models ranging from 1 trillion to 10 trillion "
                 "parameters.", [], [], id="trap_group_ranging_no_model"),
    pytest.param("Zeta 2 is one of the models ranging from 1T to 10T parameters.", ["Zeta 2"], [],
                 id="trap_group_ranging_named"),
    pytest.param("A 1.5T model would be among the largest, like Zeta 2.", ["Zeta 2"], [],
                 id="trap_unnamed_hypothetical"),
    pytest.param("xAI plans a new 1 trillion parameter model.", [], [],
                 id="trap_unnamed_new_model"),
    pytest.param("Zeta 3 was trained on 15T tokens.", ["Zeta 3"], [],
                 id="trap_training_tokens"),
    pytest.param("Zeta 3 was trained on 1.6 trillion tokens of text.", ["Zeta 3"], [],
                 id="trap_training_tokens_words"),
    pytest.param("Zeta 3 cost $1.5 trillion to build.", ["Zeta 3"], [],
                 id="trap_money"),
    pytest.param("Zeta 3 needed 3.8 x 10^25 FLOPs and 39.3 million GPU hours.", ["Zeta 3"], [],
                 id="trap_flops_gpu_hours"),
    pytest.param("Mixtral 9x7B is not a dense 56-billion-parameter model.", ["Mixtral 9x7B"], [],
                 id="trap_negation"),
    pytest.param("Zeta 9 ships with 8 experts of 7B, 2 active per token.", ["Zeta 9"], [],
                 id="trap_per_expert_size"),
    pytest.param("Mixtral 9x7B beats rivals.", ["Mixtral 9x7B"], [],
                 id="trap_expert_layout_in_name"),
    pytest.param("We study trillion-parameter models like PaLM.", ["PaLM"], [],
                 id="trap_group_like"),
    pytest.param("They build models in the hundreds of billions of parameters (like Zeta 4.2).",
                 ["Zeta 4.2"], [], id="trap_group_like_parenthesis"),
    pytest.param("Zeta 4.3 Beta is an early test, and the full version with 1 trillion "
                 "parameters is still training.", ["Zeta 4.3 Beta"], [],
                 id="trap_new_clause_other_subject"),
    pytest.param("Two Trillion-Parameter Models Released in May", [], [],
                 id="trap_headline_plural_models"),
    pytest.param("It combines a 10B dense transformer with a 128x3.66B MoE MLP.", ["Arcto"], [],
                 id="trap_component_size"),
    pytest.param("Zeta 4.4 and Zeta 4.5 are moving toward the 1T and 1.5T parameter variants.",
                 ["Zeta 4.4", "Zeta 4.5"], [], id="trap_plural_variants"),
    pytest.param("The roadmap moves beyond the 1.5T parameter threshold.\nZeta 5 is next.",
                 ["Zeta 5"], [], id="trap_no_model_before_figure"),
    pytest.param("One trillion parameters is not the end; six trillion is.", [], [],
                 id="trap_no_model_at_all"),
    pytest.param("The Zeta 4.20 rollout brought a 128K context and 1M+ context in beta.",
                 ["Zeta 4.20"], [], id="trap_context_window"),
    pytest.param("See https://example.com/zeta-2-trillion-parameter-model for Zeta 2.",
                 ["Zeta 2"], [], id="trap_url"),
    pytest.param("Zeta 4.2 model is built on 0.5 trillion parameters, while Zeta 5 trains.",
                 ["Zeta 4.2", "Zeta 5"],
                 [("0.5 trillion", "Zeta 4.2", 0.5 * T, "exact", "unspecified", "copula")],
                 id="trap_later_model_not_bound"),
    pytest.param("Zeta 5 is coming. Six trillion total parameters with, say, 200-400 billion "
                 "active per inference would be huge.", ["Zeta 5"],
                 [("Six trillion", "Zeta 5", 6 * T, "exact", "total", "anaphor")],
                 marks=pytest.mark.xfail(reason="no pronoun opens the sentence: the paragraph "
                                                "topic is not used without an anaphoric cue"),
                 id="gap_topic_without_pronoun"),
    pytest.param("Zeta 4.3 Beta is live, and the full version with 1 trillion parameters is "
                 "training.", ["Zeta 4.3 Beta", "Zeta 4.3"],
                 [("1 trillion", "Zeta 4.3", 1 * T, "exact", "unspecified", "anaphor")],
                 marks=pytest.mark.xfail(reason="'the full version' of a Beta names the base "
                                                "model; no variant-to-base rule yet"),
                 id="gap_full_version_of_beta"),
]


@pytest.mark.parametrize(("text", "models", "expected"), CASES)
def test_find_param_counts(model_doc, lex: ParamLexicon, text: str, models: list[str],
                           expected: list[tuple]) -> None:
    doc = model_doc(text, models)
    got = []
    for span in find_param_counts(doc, lex):
        value = span._.param_value
        if span._.param_bound == "range":
            value = (span._.param_low, span._.param_high)
        got.append((span.text, span._.subject._.canonical, value, span._.param_bound,
                    span._.param_scope, span._.binding))
        assert doc.text[span.start_char : span.end_char] == span.text
    assert got == [tuple(e) for e in expected]


def test_component_writes_span_group() -> None:
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    proc = pipe.add_pipe("news_param_counts")
    proc.initialize()
    doc = pipe.make_doc("Zeta 2 has 1 trillion parameters.")
    doc = pipe.get_pipe("sentencizer")(doc)
    doc.spans["entities"] = [doc.char_span(0, 6, label="MODEL")]
    doc = proc(doc)
    (span,) = doc.spans[SPANS_KEY]
    assert (span.text, span._.param_low, span._.param_high) == ("1 trillion", 1e12, 1e12)


def test_component_round_trips_rules(tmp_path) -> None:
    pipe = spacy.blank("en")
    proc = pipe.add_pipe("news_param_counts")
    proc.initialize()
    proc.to_disk(tmp_path)
    fresh = spacy.blank("en").add_pipe("news_param_counts").from_disk(tmp_path)
    assert fresh.lexicon == proc.lexicon


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        pytest.param({"id": "x", "label": "NOPE", "pattern": "a"}, "rule 'x': key 'label'",
                     id="rules_bad_label"),
        pytest.param({"id": "y", "label": "APPROX", "pattern": "a", "extra": 1},
                     "rule 'y': key 'extra'", id="rules_extra_key"),
    ],
)
def test_bad_rules_name_rule_and_key(rule: dict, message: str) -> None:
    with pytest.raises(RuleFileError, match=message):
        validate_rules([rule])


def test_missing_sentences_fail_loudly(lex: ParamLexicon) -> None:
    doc = spacy.blank("en")("Zeta 2 has 1 trillion parameters.")
    with pytest.raises(ValueError, match="sentencizer"):
        find_param_counts(doc, lex)
