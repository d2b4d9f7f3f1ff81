"""Case tables for kinds of language found missing on unseen news (issue 16), invented sentences.

Each row lists every figure the component keeps as ``(surface, subject, scope)``; MODEL spans
are set by hand, so the rows test the binding, not name recognition. Traps (rows that expect
nothing, or less) are the precision side of the same kind.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import extractors
from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon
from extractors.params.numbers import find_active_name_parts
from tests.extractors.params.conftest import doc_with_models


def check(model_doc, lex: ParamLexicon, text: str, models: list[str],
          expected: list[tuple]) -> None:
    found = sorted((s.text, s._.subject._.canonical, s._.param_scope)
                   for s in find_param_counts(model_doc(text, models), lex))
    assert found == sorted(tuple(e) for e in expected)


# --------------------------------- a second size of one model: the active share or the whole
SHARES = [
    pytest.param("Zeta 5 is a 456B-parameter hybrid model with 45.9B parameters activated per "
                 "token.", ["Zeta 5"],
                 [("456B", "Zeta 5", "unspecified"), ("45.9B", "Zeta 5", "active")],
                 id="active_share_after_the_model_noun"),
    pytest.param("Orca-2 is a 1.2T-parameter mixture-of-experts model with 48B parameters "
                 "active per token.", ["Orca-2"],
                 [("1.2T", "Orca-2", "unspecified"), ("48B", "Orca-2", "active")],
                 id="active_share_after_a_long_description"),
    pytest.param("Nova 3 is a 560B-parameter MoE model that activates 40B parameters for each "
                 "token.", ["Nova 3"],
                 [("560B", "Nova 3", "unspecified"), ("40B", "Nova 3", "active")],
                 id="relative_clause_scope_is_the_next_figures"),
    pytest.param("Zeta 5 uses 39B active parameters out of 141B, Acme says.", ["Zeta 5"],
                 [("39B", "Zeta 5", "active"), ("141B", "Zeta 5", "total")],
                 id="out_of_the_whole"),
    pytest.param("Orca-2 uses 12B active parameters out of a total of 120B, Acme says.", ["Orca-2"],
                 [("12B", "Orca-2", "active"), ("120B", "Orca-2", "total")],
                 id="out_of_a_total_of"),
    pytest.param("Nova 3 activates 37B of its 671B parameters for each token.", ["Nova 3"],
                 [("37B", "Nova 3", "active"), ("671B", "Nova 3", "total")],
                 id="of_its_whole"),
    pytest.param("Zeta 5 activates 22B out of its 480B parameters.", ["Zeta 5"],
                 [("22B", "Zeta 5", "active"), ("480B", "Zeta 5", "total")],
                 id="activates_without_parameters_after"),
    pytest.param("Orca-2 runs 39B active parameters from its 141B total.", ["Orca-2"],
                 [("39B", "Orca-2", "active"), ("141B", "Orca-2", "total")],
                 id="from_its_whole_is_no_range"),
    pytest.param("Nova 3 is a 675B-parameter sparse model; 41B parameters are active.",
                 ["Nova 3"], [("675B", "Nova 3", "unspecified"), ("41B", "Nova 3", "active")],
                 id="active_share_after_a_semicolon"),
    pytest.param("Acme targets Zeta 5, the open model with 600 billion parameters that "
                 "activates 30 billion per token.", ["Zeta 5"],
                 [("600 billion", "Zeta 5", "unspecified"), ("30 billion", "Zeta 5", "active")],
                 id="per_token_is_no_token_count"),
    pytest.param("Insiders said Nova 3 keeps its design, with total parameters of about 1.5 "
                 "trillion and activated parameters of about 50 billion per token.", ["Nova 3"],
                 [("1.5 trillion", "Nova 3", "total"), ("50 billion", "Nova 3", "active")],
                 id="with_phrase_on_the_clause"),
    pytest.param("Zeta 5 has 70B active parameters, while Nova 3 has 400B parameters.",
                 ["Zeta 5", "Nova 3"],
                 [("70B", "Zeta 5", "active"), ("400B", "Nova 3", "unspecified")],
                 id="trap_another_model_between"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SHARES)
def test_second_size_of_one_model(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------ an apposition after a phrase that hangs on the name
LATE_APPOSITION = [
    pytest.param("The lab shipped Zeta 5 in August, a dense 70B model.", ["Zeta 5"],
                 [("70B", "Zeta 5", "unspecified")], id="after_a_month"),
    pytest.param("Acme released Orca-2 last week, a 405B-parameter model.", ["Orca-2"],
                 [("405B", "Orca-2", "unspecified")], id="after_last_week"),
    pytest.param("Acme released Nova 3 in early May, a dense 32B model.", ["Nova 3"],
                 [("32B", "Nova 3", "unspecified")], id="after_early_may"),
    pytest.param("Acme unveiled Zeta 5 this week, a 2T-parameter behemoth.", ["Zeta 5"],
                 [("2T", "Zeta 5", "unspecified")], id="parameter_noun_without_model_noun"),
    pytest.param("Acme launched Nova 3 on Saturday, its first 2T-parameter model.", ["Nova 3"],
                 [("2T", "Nova 3", "unspecified")], id="its_first_model"),
    pytest.param("Zeta 5 Sprout, a 109B-parameter model, went live on April 5.", ["Zeta 5"],
                 [("109B", "Zeta 5", "unspecified")], id="after_a_trailing_variant_word"),
    pytest.param("Zeta 5 launched in January, a month after a 70B model from Acme.",
                 ["Zeta 5"], [], id="trap_time_phrase_after_the_comma"),
    pytest.param("Zeta 5's successor, a 200B model, is due next year.", ["Zeta 5"], [],
                 id="trap_possessed_noun_is_the_head"),
    pytest.param("Zeta 5 beat its rivals in tests, a 70B model.", ["Zeta 5"], [],
                 id="trap_verb_phrase_before_the_comma"),
]


@pytest.mark.parametrize(("text", "models", "expected"), LATE_APPOSITION)
def test_late_apposition(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# --------------------------------------------------- a family's size list after the family name
SIZE_LISTS = [
    pytest.param("Zeta 5 comes in 1B, 3B, 11B and 90B variants.", ["Zeta 5"],
                 [("1B", "Zeta 5", "unspecified"), ("3B", "Zeta 5", "unspecified"),
                  ("11B", "Zeta 5", "unspecified"), ("90B", "Zeta 5", "unspecified")],
                 id="variants_after_the_list"),
    pytest.param("Nova 3 is offered in 8B, 32B and 120B versions.", ["Nova 3"],
                 [("8B", "Nova 3", "unspecified"), ("32B", "Nova 3", "unspecified"),
                  ("120B", "Nova 3", "unspecified")], id="versions_after_the_list"),
    pytest.param("Orca-2 ships in 7B and 70B flavours.", ["Orca-2"],
                 [("7B", "Orca-2", "unspecified"), ("70B", "Orca-2", "unspecified")],
                 id="two_flavours"),
    pytest.param("Zeta 5 ships in sizes of 0.6B, 4B and 14B, Acme says.", ["Zeta 5"],
                 [("0.6B", "Zeta 5", "unspecified"), ("4B", "Zeta 5", "unspecified"),
                  ("14B", "Zeta 5", "unspecified")], id="sizes_of_before_the_list"),
    pytest.param("Nova 3 arrives in three sizes: 3B, 8B and 24B, Acme says.", ["Nova 3"],
                 [("3B", "Nova 3", "unspecified"), ("8B", "Nova 3", "unspecified"),
                  ("24B", "Nova 3", "unspecified")], id="sizes_colon"),
    pytest.param("Orca-2 is available in sizes from 0.5B to 72B, Acme says.", ["Orca-2"],
                 [("0.5B to 72B", "Orca-2", "unspecified")], id="sizes_from_to"),
    pytest.param("Zeta 5 is offered in sizes ranging from 0.5B to 110B, Acme says.", ["Zeta 5"],
                 [("0.5B to 110B", "Zeta 5", "unspecified")], id="sizes_ranging_from_to"),
    pytest.param("Zeta 5 is offered as 270M, 1B and 4B models, Acme says.", ["Zeta 5"],
                 [("270M", "Zeta 5", "unspecified"), ("1B", "Zeta 5", "unspecified"),
                  ("4B", "Zeta 5", "unspecified")], id="offered_as_models"),
    pytest.param("Nova 3, which comes in 4B and 12B sizes, runs locally.", ["Nova 3"],
                 [("4B", "Nova 3", "unspecified"), ("12B", "Nova 3", "unspecified")],
                 id="in_a_relative_clause"),
    pytest.param("Zeta 5 is here. It comes in 1B, 4B and 12B sizes, Acme says.", ["Zeta 5"],
                 [("1B", "Zeta 5", "unspecified"), ("4B", "Zeta 5", "unspecified"),
                  ("12B", "Zeta 5", "unspecified")], id="pronoun_offers_the_list"),
    pytest.param("Nova 3 is here. Sizes: 1B, 4B and 12B, Acme says.", ["Nova 3"],
                 [("1B", "Nova 3", "unspecified"), ("4B", "Nova 3", "unspecified"),
                  ("12B", "Nova 3", "unspecified")], id="sizes_label"),
    pytest.param("Orca-2 is here in three sizes (1B, 4B and 12B) for laptops.", ["Orca-2"],
                 [("1B", "Orca-2", "unspecified"), ("4B", "Orca-2", "unspecified"),
                  ("12B", "Orca-2", "unspecified")], id="list_in_parentheses"),
    pytest.param("Zeta 5 is here. Rivals come in 1B, 4B and 12B sizes, Acme says.", ["Zeta 5"],
                 [], id="trap_another_subject_offers_the_list"),
    pytest.param("Zeta 5 competes with 7B and 70B versions of rival models.", ["Zeta 5"], [],
                 id="trap_no_offer_verb"),
    pytest.param("Zeta 5 beats 7B and 70B models.", ["Zeta 5"], [], id="trap_beats_models"),
    pytest.param("Zeta 5 competes with models in 7B and 70B sizes.", ["Zeta 5"], [],
                 id="trap_generic_models"),
    pytest.param("Zeta 5 and Nova 3 come in 1T and 1.5T variants.", ["Zeta 5", "Nova 3"], [],
                 id="trap_two_families"),
    pytest.param("Zeta 5 is moving toward the 1T and 1.5T parameter variants.", ["Zeta 5"], [],
                 id="trap_no_offer_of_sizes"),
    pytest.param("Acme offers models from 1B to 1T parameters, including Zeta 5.", ["Zeta 5"],
                 [], id="trap_range_of_a_group"),
    # issue 16: the last item carries a modifier ("a flagship", "the largest")
    pytest.param("Nova 3 came out in three sizes: 8B, 34B and a flagship 180B, Acme says.",
                 ["Nova 3"],
                 [("8B", "Nova 3", "unspecified"), ("34B", "Nova 3", "unspecified"),
                  ("180B", "Nova 3", "unspecified")], id="last_item_a_flagship"),
    pytest.param("Zeta 5 ships in three sizes: 8B, 70B and the largest 405B, Acme says.",
                 ["Zeta 5"],
                 [("8B", "Zeta 5", "unspecified"), ("70B", "Zeta 5", "unspecified"),
                  ("405B", "Zeta 5", "unspecified")], id="last_item_the_largest"),
    pytest.param("Orca-2 comes in three sizes: 2 billion, 9 billion and a large 27 billion "
                 "parameters.", ["Orca-2"],
                 [("2 billion", "Orca-2", "unspecified"), ("9 billion", "Orca-2", "unspecified"),
                  ("27 billion", "Orca-2", "unspecified")], id="last_item_a_tier_word"),
    pytest.param("Zeta 5 comes in three sizes: 8B, 70B and a new 405B-token corpus.",
                 ["Zeta 5"], [("8B", "Zeta 5", "unspecified"), ("70B", "Zeta 5", "unspecified")],
                 id="trap_item_modifier_is_no_size_word"),
    # issue 16: a release date between the family's name and its list
    pytest.param("Nova 3 was released on 2024-09-17 in three sizes: 8B, 34B and 180B, Acme "
                 "says.", ["Nova 3"],
                 [("8B", "Nova 3", "unspecified"), ("34B", "Nova 3", "unspecified"),
                  ("180B", "Nova 3", "unspecified")], id="iso_date_before_the_list"),
    pytest.param("Zeta 5 arrived in 2025 in two sizes: 7B and 70B, Acme says.", ["Zeta 5"],
                 [("7B", "Zeta 5", "unspecified"), ("70B", "Zeta 5", "unspecified")],
                 id="year_before_the_list"),
    pytest.param("Zeta 5 beat 3 rivals in two sizes: 7B and 70B, Acme says.", ["Zeta 5"], [],
                 id="trap_count_before_the_list"),
    # issue 16: an offer of bare billion/trillion sizes needs no "sizes" noun
    pytest.param("The Zeta 5 family comes in 3B, 8B and 70B and ships next week.", ["Zeta 5"],
                 [("3B", "Zeta 5", "unspecified"), ("8B", "Zeta 5", "unspecified"),
                  ("70B", "Zeta 5", "unspecified")], id="bare_list_after_an_offer"),
    pytest.param("Nova 3 is offered in 7B and 70B, Acme says.", ["Nova 3"],
                 [("7B", "Nova 3", "unspecified"), ("70B", "Nova 3", "unspecified")],
                 id="bare_list_before_a_comma"),
    pytest.param("Orca-2 comes in 8B and 70B downloads this week.", ["Orca-2"], [],
                 id="trap_bare_list_before_a_noun"),
    pytest.param("Orca-2 comes in 128K and 1M context versions.", ["Orca-2"], [],
                 id="trap_context_windows"),
    pytest.param("Orca-2 ships with 3B and 8B tokens of data.", ["Orca-2"], [],
                 id="trap_token_counts"),
    pytest.param("Orca-2 comes in $3B and $8B deals.", ["Orca-2"], [], id="trap_dollars"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SIZE_LISTS)
def test_named_size_lists(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


def test_a_list_that_goes_on_gives_no_bound(model_doc, lex) -> None:
    doc = model_doc("Zeta 5 comes in sizes of 8B, 14B and 32B, plus two MoE models.", ["Zeta 5"])
    assert [s._.param_bound for s in find_param_counts(doc, lex)] == ["exact"] * 3


# ---------------------------------------------------- total and active sizes inside a name
NAME_PARTS = [
    pytest.param("Acme released Zeta5-235B-A22B on Monday.", ["Zeta5-235B-A22B"],
                 [(235e9, "Zeta5-235B-A22B", "total"), (22e9, "Zeta5-235B-A22B", "active")],
                 id="total_and_active_in_the_name"),
    pytest.param("Orca-Coder-480B-A35B is out.", ["Orca-Coder-480B-A35B"],
                 [(480e9, "Orca-Coder-480B-A35B", "total"),
                  (35e9, "Orca-Coder-480B-A35B", "active")], id="coder_total_and_active"),
    pytest.param("Acme released Zeta 8x22B.", ["Zeta 8x22B"], [], id="trap_expert_layout"),
    pytest.param("Zeta 5 runs on the A100 GPU.", ["Zeta 5"], [], id="trap_chip_name"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NAME_PARTS)
def test_sizes_in_names(model_doc, lex, text, models, expected) -> None:
    """Values, not surfaces: the tokenizer decides how much of "A22B" the span covers."""
    found = sorted((s._.param_value, s._.subject._.canonical, s._.param_scope)
                   for s in find_param_counts(model_doc(text, models), lex))
    assert found == sorted(expected)


def test_sizes_in_a_name_with_non_breaking_hyphens(lex) -> None:
    """The pipeline splits U+2011 like "-" (extractors.split_unicode_hyphens); the scope of
    each part is read on the folded text, as for the ASCII name."""
    nlp = spacy.blank("en")
    extractors.split_unicode_hyphens(nlp)
    nlp.add_pipe("news_paragraph_breaks")
    nlp.add_pipe("sentencizer")
    name = "Zeta5\u2011235B\u2011A22B"
    doc = doc_with_models(nlp, f"Acme released {name} on Monday.", [name])
    found = sorted((s._.param_value, s._.param_scope) for s in find_param_counts(doc, lex))
    assert found == [(22e9, "active"), (235e9, "total")]


@pytest.mark.parametrize(("text", "values"), [
    pytest.param("Zeta5-235B-A22B", [22e9], id="active_part"),
    pytest.param("Zeta-30B-A3.5B and Nova-7B", [3.5e9], id="decimal_active_part"),
    pytest.param("the A100 chip, the A22B alone", [], id="no_total_before"),
    pytest.param("Zeta 8x22B", [], id="expert_layout"),
])
def test_find_active_name_parts(text: str, values: list[float]) -> None:
    assert [s.value for s in find_active_name_parts(text)] == values


# ------------------------------------------- the other side of a contrast, owned after "for"
CONTRASTS = [
    pytest.param("Zeta 5 will have 10 trillion parameters, up from 3 trillion for Zeta 4.",
                 ["Zeta 5", "Zeta 4"],
                 [("10 trillion", "Zeta 5", "unspecified"),
                  ("3 trillion", "Zeta 4", "unspecified")], id="up_from_for"),
    pytest.param("Nova 3 uses 70B parameters, versus 13B in Orca-2.", ["Nova 3", "Orca-2"],
                 [("70B", "Nova 3", "unspecified"), ("13B", "Orca-2", "unspecified")],
                 id="versus_in"),
    pytest.param("Zeta 5 was trained on 15T tokens, up from 2T for Zeta 4.", ["Zeta 5", "Zeta 4"],
                 [], id="trap_token_counts"),
    pytest.param("Zeta 5 has 10T parameters, up from 3T for the Zeta 4 Pro tier last year.",
                 ["Zeta 5", "Zeta 4"], [("10T", "Zeta 5", "unspecified")],
                 id="trap_name_inside_a_longer_phrase"),
]


@pytest.mark.parametrize(("text", "models", "expected"), CONTRASTS)
def test_contrasts(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------------- fact-sheet lines under the model's name
FACT_SHEETS = [
    pytest.param("Name: Zeta 5\nParameters: 1.2 trillion\nContext: 256K tokens\n", ["Zeta 5"],
                 [("1.2 trillion", "Zeta 5", "unspecified")], id="name_then_parameters"),
    pytest.param("Nova 3 at a glance\n\nTotal parameters: 1.2T\nActive parameters: 60B\n"
                 "License: open\n", ["Nova 3"],
                 [("1.2T", "Nova 3", "total"), ("60B", "Nova 3", "active")],
                 id="labels_give_the_scope"),
    pytest.param("Key specs of Orca-2:\n- Parameters: 3 trillion\n- Context: 2 million tokens\n",
                 ["Orca-2"], [("3 trillion", "Orca-2", "unspecified")], id="bulleted_label"),
    pytest.param("Zeta 5 and Nova 3 compared\n\nParameters: 1.2T\n", ["Zeta 5", "Nova 3"], [],
                 id="trap_two_models_above"),
    pytest.param("Zeta 5 launched.\n\nA long paragraph about the market follows here.\n\n"
                 "Another paragraph about chips.\n\nParameters: 1.2T\n", ["Zeta 5"], [],
                 id="trap_name_far_above"),
    pytest.param("Acme released Nova 3 today.\n\nThe family comes in 1B, 4B and 12B sizes, "
                 "Acme says.\n", ["Nova 3"],
                 [("1B", "Nova 3", "unspecified"), ("4B", "Nova 3", "unspecified"),
                  ("12B", "Nova 3", "unspecified")], id="the_family_stands_in"),
]


@pytest.mark.parametrize(("text", "models", "expected"), FACT_SHEETS)
def test_fact_sheets(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ----------------------------------------------- a change "from X to Y" gives the new size only
CHANGES = [
    pytest.param("Zeta 5 grows from 405B to 800B parameters.", ["Zeta 5"],
                 [("800B", "Zeta 5", "unspecified")], id="grows_from_to"),
    pytest.param("Nova 3 jumped from 70 to 405 billion parameters this year.",
                 ["Nova 3"], [("405 billion", "Nova 3", "unspecified")],
                 id="jumped_from_to_one_scale"),
    pytest.param("Acme offers models ranging from 1B to 1T parameters, like Zeta 5.",
                 ["Zeta 5"], [], id="trap_range_of_a_group_is_no_change"),
]


@pytest.mark.parametrize(("text", "models", "expected"), CHANGES)
def test_changes(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ----------------------------------------------------------- a range said with "between ... and"
BETWEEN = [
    pytest.param("Analysts estimate Zeta 5 at between 200 and 300 billion parameters.",
                 ["Zeta 5"], [("between 200 and 300 billion", "Zeta 5", "unspecified")],
                 id="estimate_between"),
    pytest.param("Nova 3 has between 2 and 3 trillion parameters.", ["Nova 3"],
                 [("between 2 and 3 trillion", "Nova 3", "unspecified")], id="has_between"),
    pytest.param("Reuters said Zeta 5 would land between 5 trillion and 7 trillion "
                 "parameters.", ["Zeta 5"],
                 [("between 5 trillion and 7 trillion", "Zeta 5", "unspecified")],
                 id="scale_word_on_both_ends"),
    pytest.param("Acme trains models with between 1 and 10 trillion parameters, Zeta 5 among "
                 "them.", ["Zeta 5"], [], id="trap_kind_of_model_between"),
    pytest.param("Orca-2 was trained on between 10 and 20 trillion tokens.", ["Orca-2"], [],
                 id="trap_tokens_between"),
]


@pytest.mark.parametrize(("text", "models", "expected"), BETWEEN)
def test_between_ranges(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)
    for span in find_param_counts(model_doc(text, models), lex):
        assert span._.param_bound == "range" and span._.param_value is None


# ------------------------------------ figures without "parameters" once parameters are the topic
TOPICAL = [
    pytest.param("Zeta 5 has a huge number of parameters. It weighs in at 1.6 trillion.",
                 ["Zeta 5"], [("1.6 trillion", "Zeta 5", "unspecified")],
                 id="pronoun_size_link"),
    pytest.param("Nova 3 has many parameters. The model comes in at 2.7 trillion.", ["Nova 3"],
                 [("2.7 trillion", "Nova 3", "unspecified")], id="stand_in_size_link"),
    pytest.param("Orca-2 specs. Parameter count: 1.5T, Acme says.", ["Orca-2"],
                 [("1.5T", "Orca-2", "unspecified")], id="parameter_count_label"),
    pytest.param("Acme released Zeta 5 in 2025. Because its experts share attention weights, "
                 "it has 46.7 billion parameters in total, and only about 12.9 billion are used "
                 "for any given token.", ["Zeta 5"],
                 [("46.7 billion", "Zeta 5", "total"), ("12.9 billion", "Zeta 5", "active")],
                 id="pronoun_after_a_fronted_clause"),
    pytest.param("Acme is testing a smaller model, Nova 3, which it plans to ship soon. That "
                 "model has fewer than 30 billion parameters.", ["Nova 3"],
                 [("30 billion", "Nova 3", "unspecified")], id="that_model_stands_in"),
    pytest.param('Channel chatter now puts Orca-2 at "only" 2 trillion parameters.', ["Orca-2"],
                 [("2 trillion", "Orca-2", "unspecified")], id="quoted_filler"),
    pytest.param("Zeta 5 has seventy billion parameters.", ["Zeta 5"],
                 [("seventy billion", "Zeta 5", "unspecified")], id="tens_word"),
    pytest.param("Zeta 5 has thirty-four billion parameters.", ["Zeta 5"],
                 [("thirty-four billion", "Zeta 5", "unspecified")], id="compound_number_word"),
    pytest.param("Acme released Zeta 5 today. It is a 1.2-trillion-parameter model.", ["Zeta 5"],
                 [("1.2-trillion", "Zeta 5", "unspecified")], id="pronoun_is_a_n_param_model"),
    pytest.param("Acme made Nova 3 available. The model is a 14-billion-parameter dense "
                 "transformer.", ["Nova 3"], [("14-billion", "Nova 3", "unspecified")],
                 id="stand_in_is_a_n_param_transformer"),
    pytest.param("Acme released Zeta 5 today. There is a 1.2-trillion-parameter model in "
                 "training too.", ["Zeta 5"], [], id="trap_there_is_a_model"),
    pytest.param("Acme released Zeta 5 today. It is training a 2-trillion-parameter model.",
                 ["Zeta 5"], [], id="trap_training_another_model"),
    pytest.param("Zeta 5 has many parameters. Outside estimates put it at about 1.8 trillion.",
                 ["Zeta 5"], [("1.8 trillion", "Zeta 5", "unspecified")],
                 id="pronoun_in_the_size_link"),
    pytest.param("Zeta 5 is new. Outside estimates put it at about 1.8 trillion.",
                 ["Zeta 5"], [], id="trap_size_link_without_talk_of_parameters"),
    pytest.param("Acme released Zeta 5. The lab did not disclose its size, but analysts "
                 "believe the model has roughly 100 billion parameters.", ["Zeta 5"],
                 [("100 billion", "Zeta 5", "unspecified")], id="stand_in_subject_mid_sentence"),
    pytest.param("Zeta 5 is a 70B-class model like Nova 3.", ["Zeta 5", "Nova 3"], [],
                 id="trap_size_class"),
    pytest.param("Zeta 5 was trained on 15 trillion tokens.", ["Zeta 5"], [],
                 id="trap_token_count"),
    pytest.param("Acme will spend $65 billion on Zeta 5.", ["Zeta 5"], [], id="trap_money"),
]


@pytest.mark.parametrize(("text", "models", "expected"), TOPICAL)
def test_topical_figures(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------ with the trained parser: missed sentence boundaries
PARSED = [
    pytest.param("The slides also covered the older Llama 9. Llama 9 has 1.76 trillion "
                 "parameters. Another slide said Llama 9 has 176 billion parameters.",
                 [("1.76 trillion", "Llama 9"), ("176 billion", "Llama 9")],
                 id="missed_sentence_end_before_the_name"),
    pytest.param("The parameter count for Grok 9 is 3 trillion.", [("3 trillion", "Grok 9")],
                 id="count_for_the_model"),
    pytest.param("The parameter count of Grok 9 reaches 3 trillion.",
                 [("3 trillion", "Grok 9")], id="count_of_the_model"),
    pytest.param("The number of users of Grok 9 is 3 billion.", [], id="trap_users_of_the_model"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_missed_boundaries_with_the_parser(nlp_full: Language, text: str,
                                           expected: list[tuple]) -> None:
    doc = nlp_full(text)
    assert [(s.text, s._.subject._.canonical) for s in doc.spans["param_counts"]] == expected
