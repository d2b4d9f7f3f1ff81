"""Case tables for parameter-count kinds found missing by invented probes (issue 16).

Each row lists every figure the component keeps as ``(surface, subject, scope, bound)``;
MODEL spans are set by hand, so the rows test the reading and binding, not name recognition.
Traps (rows that expect nothing, or less) are the precision side of the same kind.
"""

from __future__ import annotations

import pytest

from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon
from extractors.params.numbers import find_value_surfaces


def check(model_doc, lex: ParamLexicon, text: str, models: list[str],
          expected: list[tuple]) -> None:
    found = sorted((s.text, s._.subject._.canonical, s._.param_scope, s._.param_bound)
                   for s in find_param_counts(model_doc(text, models), lex))
    assert found == sorted(tuple(e) for e in expected)


# ----------------------------------------- "from X to Y": one model's uncertain size, a range
FROM_RANGES = [
    pytest.param("Orca-2 has somewhere from 1 to 1.8 trillion parameters.", ["Orca-2"],
                 [("1 to 1.8 trillion", "Orca-2", "unspecified", "range")],
                 id="somewhere_from"),
    pytest.param("Zeta 5 has anywhere from 1T to 2T parameters, analysts say.", ["Zeta 5"],
                 [("1T to 2T", "Zeta 5", "unspecified", "range")], id="anywhere_from"),
    pytest.param("Nova 3 has from 300 to 500 billion parameters.", ["Nova 3"],
                 [("300 to 500 billion", "Nova 3", "unspecified", "range")], id="plain_from"),
    pytest.param("Orca-2 shipped in 2023. Estimates of its parameter count range from 1 to 1.8 "
                 "trillion.", ["Orca-2"],
                 [("1 to 1.8 trillion", "Orca-2", "unspecified", "range")],
                 id="estimates_range_from"),
    pytest.param("Acme offers models from 1B to 1T parameters, including Zeta 5.", ["Zeta 5"], [],
                 id="trap_models_from"),
    pytest.param("The Zeta family ranging from 1B to 70B parameters is popular.", ["Zeta"], [],
                 id="trap_family_ranging_from"),
    pytest.param("Acme trains Zeta 5 on data ranging from 1 to 2 trillion tokens.", ["Zeta 5"],
                 [], id="trap_tokens_from"),
]


BOUNDS = [
    pytest.param("Orca-2 has just shy of 1 trillion parameters.", ["Orca-2"],
                 [("1 trillion", "Orca-2", "unspecified", "at_most")], id="just_shy_of"),
    pytest.param("Zeta 5 has a parameter count in the range of 300 billion.", ["Zeta 5"],
                 [("300 billion", "Zeta 5", "unspecified", "approx")], id="in_the_range_of"),
    pytest.param("Nova 3 has in the region of 300 billion parameters.", ["Nova 3"],
                 [("300 billion", "Nova 3", "unspecified", "approx")], id="in_the_region_of"),
]


@pytest.mark.parametrize(("text", "models", "expected"), BOUNDS)
def test_bounds(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


@pytest.mark.parametrize(("text", "models", "expected"), FROM_RANGES)
def test_from_ranges(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------ a size beside a name: dash rows, "the 405B X"
NAME_SIZES = [
    pytest.param("Orca-2 \u2014 70B", ["Orca-2"], [("70B", "Orca-2", "unspecified", "exact")],
                 id="em_dash_row"),
    pytest.param("Zeta 5 - 1.2T, open weights", ["Zeta 5"],
                 [("1.2T", "Zeta 5", "unspecified", "exact")], id="hyphen_row"),
    pytest.param("Sizes at a glance:\n\nOrca-2 \u2014 70B\n\nZeta 5 \u2014 8B\n\n"
                 "Nova 3 \u2014 1.2T",
                 ["Orca-2", "Zeta 5", "Nova 3"],
                 [("70B", "Orca-2", "unspecified", "exact"),
                  ("8B", "Zeta 5", "unspecified", "exact"),
                  ("1.2T", "Nova 3", "unspecified", "exact")], id="dash_rows_version_digit"),
    pytest.param("The 405B Nova-3 beat rivals on coding.", ["Nova-3"],
                 [("405B", "Nova-3", "unspecified", "exact")], id="size_before_name"),
    pytest.param("A 70B Zeta 5 runs on two GPUs.", ["Zeta 5"],
                 [("70B", "Zeta 5", "unspecified", "exact")], id="indefinite_size_before_name"),
    pytest.param("Estimates:\n- GPT-4 1T-1.8T range\n- Zeta 5 ~400B", ["GPT-4", "Zeta 5"],
                 [("1T-1.8T", "GPT-4", "unspecified", "range"),
                  ("~400B", "Zeta 5", "unspecified", "approx")], id="bullet_rows_name_then_size"),
    pytest.param("Leaks so far.\n\nGPT-4 1T-1.8T range, per two sources.", ["GPT-4"],
                 [("1T-1.8T", "GPT-4", "unspecified", "range")], id="note_name_then_range"),
    pytest.param("Orca-2 is 7B and runs on phones.", ["Orca-2"],
                 [("7B", "Orca-2", "unspecified", "exact")], id="copula_then_suffix_size"),
    pytest.param("Demand for Orca-2 is 5B tokens a day.", ["Orca-2"], [],
                 id="trap_copula_then_tokens"),
    pytest.param("Orca-2 \u2014 $70B valuation", ["Orca-2"], [], id="trap_dash_money"),
    pytest.param("Orca-2 \u2014 15T tokens", ["Orca-2"], [], id="trap_dash_tokens"),
    pytest.param("Orca-2: 2026 launch, 8B downloads", ["Orca-2"], [], id="trap_colon_downloads"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NAME_SIZES)
def test_sizes_beside_names(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------------ mixture-of-experts pairs: total and active
MOE_PAIRS = [
    pytest.param("Orca-2 runs 12.9B active / 46.7B total.", ["Orca-2"],
                 [("12.9B", "Orca-2", "active", "exact"), ("46.7B", "Orca-2", "total", "exact")],
                 id="active_slash_total"),
    pytest.param("Zeta 5 is a sparse model with 30B total / 3B active.", ["Zeta 5"],
                 [("30B", "Zeta 5", "total", "exact"), ("3B", "Zeta 5", "active", "exact")],
                 id="total_slash_active"),
    pytest.param("Nova 3 uses 13B active of 47B parameters.", ["Nova 3"],
                 [("13B", "Nova 3", "active", "exact"), ("47B", "Nova 3", "total", "exact")],
                 id="active_of_the_whole"),
    pytest.param("Orca-2 cost 46.7B total, with 12.9B active users.", ["Orca-2"], [],
                 id="trap_active_users"),
    pytest.param("Zeta 5 saw 15T total tokens and 2B active users.", ["Zeta 5"], [],
                 id="trap_total_tokens"),
]


@pytest.mark.parametrize(("text", "models", "expected"), MOE_PAIRS)
def test_moe_pairs(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------------------ surfaces: versions, vague magnitudes
SURFACES = [
    pytest.param("Zeta 5 \u2014 8B", ["8B"], id="version_then_dash_size_is_no_range"),
    pytest.param("Orca 2 - 70B, open", ["70B"], id="version_then_hyphen_size"),
    pytest.param("it has 5 - 8B parameters", ["5 - 8B"], id="spaced_range_after_a_verb"),
    pytest.param("About 1 - 2T parameters", ["1 - 2T"], id="spaced_range_after_an_opener"),
    pytest.param("Orca-2 has several trillion parameters.", [], id="several_trillion_is_vague"),
    pytest.param("with many billion parameters", [], id="many_billion_is_vague"),
    pytest.param("a trillion-parameter model", ["a trillion"], id="a_trillion_still_counts"),
]


@pytest.mark.parametrize(("text", "surfaces"), SURFACES)
def test_surfaces(text: str, surfaces: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_value_surfaces(text)] == surfaces


# ---------------------------- the model named in the sentence before: fragments, named links
NAMED_BEFORE = [
    pytest.param("Acme is already training Orca-2. Seventy billion parameters, same data "
                 "recipe, and a release in Q3.", ["Orca-2"],
                 [("Seventy billion", "Orca-2", "unspecified", "exact")],
                 id="fragment_opens_on_the_figure"),
    pytest.param("Acme showed Zeta 5 on stage. Roughly 1.2T total parameters.", ["Zeta 5"],
                 [("1.2T", "Zeta 5", "total", "approx")], id="fragment_after_a_bound_cue"),
    pytest.param("Acme showed Nova 3 on stage.\n\n- 70B parameters\n- 128K context", ["Nova 3"],
                 [("70B", "Nova 3", "unspecified", "exact")], id="fragment_as_a_bullet"),
    pytest.param("Acme showed Zeta 5 on stage. 70 billion parameters is no longer large, the "
                 "CEO said.", ["Zeta 5"], [], id="trap_figure_opens_a_general_remark"),
    pytest.param("Acme showed Zeta 5 on stage. 70 billion parameters, the CEO said, is the "
                 "sweet spot.", ["Zeta 5"], [], id="trap_figure_heads_a_subject_after_an_aside"),
    pytest.param("Acme showed Zeta 5 and Nova 3 on stage. 70 billion parameters, 128K context.",
                 ["Zeta 5", "Nova 3"], [], id="trap_fragment_after_two_models"),
    pytest.param("Acme showed Zeta 5 on stage. 15 trillion tokens, 128K context.", ["Zeta 5"],
                 [], id="trap_fragment_of_tokens"),
    pytest.param("Acme launched Orca-2 with 1.2 trillion total parameters. Sources had pegged "
                 "Orca-2 at 1.5 trillion.", ["Orca-2"],
                 [("1.2 trillion", "Orca-2", "total", "exact"),
                  ("1.5 trillion", "Orca-2", "unspecified", "exact")], id="pegged_name_at"),
    pytest.param("Zeta 5 is big. Its parameter count is secret, but analysts put Zeta 5 at "
                 "roughly 2 trillion.", ["Zeta 5"],
                 [("2 trillion", "Zeta 5", "unspecified", "approx")], id="put_name_at"),
    pytest.param("Acme launched Orca-2 last week. Analysts put Orca-2 at 1.5 trillion, citing "
                 "sources.", ["Orca-2"], [], id="trap_put_name_at_without_size_talk"),
    pytest.param("Orca-2 has 70B parameters. Investors valued Orca-2 at 1.5 trillion yen.",
                 ["Orca-2"], [("70B", "Orca-2", "unspecified", "exact")],
                 id="trap_valued_name_at"),
]


INTRODUCED_AFTER = [
    pytest.param("Acme is training a new flagship model with between 1 and 2 trillion "
                 "parameters, people said.\n\nThe model, known internally as Zeta 5, is "
                 "trained on 100,000 GPUs.", ["Zeta 5"],
                 [("between 1 and 2 trillion", "Zeta 5", "unspecified", "range")],
                 id="indefinite_model_named_in_the_next_paragraph"),
    pytest.param("Acme is training a new flagship model with 2 trillion parameters. The "
                 "system, code-named Orca-2, may ship soon.", ["Orca-2"],
                 [("2 trillion", "Orca-2", "unspecified", "exact")], id="code_named_next"),
    pytest.param("Acme is training a new flagship model with 2 trillion parameters. The model "
                 "beat Orca-2 on coding.", ["Orca-2"], [], id="trap_next_sentence_compares"),
    pytest.param("Acme is training a new model with 2 trillion parameters. Rival Zeta 5, known "
                 "as Z5, is smaller.", ["Zeta 5"], [], id="trap_a_rival_named_next"),
]


@pytest.mark.parametrize(("text", "models", "expected"), INTRODUCED_AFTER)
def test_introduced_after(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


@pytest.mark.parametrize(("text", "models", "expected"), NAMED_BEFORE)
def test_named_before(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------------- "the 70B version of X": the size of X's one
VERSION_OF = [
    pytest.param("The 70-billion-parameter version of Orca-2 is free.", ["Orca-2"],
                 [("70-billion", "Orca-2", "unspecified", "exact")], id="n_parameter_version_of"),
    pytest.param("The 405B variant of Zeta 5 is the largest.", ["Zeta 5"],
                 [("405B", "Zeta 5", "unspecified", "exact")], id="suffix_variant_of"),
    pytest.param("The 15T version of the dataset for Zeta 5 is big.", ["Zeta 5"], [],
                 id="trap_version_of_a_dataset"),
    pytest.param("The 2025 version of Zeta 5 is fast.", ["Zeta 5"], [], id="trap_year_version"),
]


@pytest.mark.parametrize(("text", "models", "expected"), VERSION_OF)
def test_version_of(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------ the paragraph's model when a pronoun or stand-in is the subject
TOPICS = [
    pytest.param("Acme released Zeta 5 Ultra on Tuesday, the top tier of its Zeta 5 family. "
                 "Acme said the system has roughly 400 billion parameters.",
                 ["Zeta 5 Ultra", "Zeta 5"],
                 [("400 billion", "Zeta 5 Ultra", "unspecified", "approx")],
                 id="a_family_named_beside_the_model_is_no_rival_topic"),
    pytest.param("Acme's Orca 8x7B, out in December, is the example. Orca is not a 56B model. "
                 "Because its experts share weights, it has 46.7 billion parameters in total, "
                 "and only about 12.9 billion are used for any given token.",
                 ["Orca 8x7B", "Orca"],
                 [("46.7 billion", "Orca 8x7B", "total", "exact"),
                  ("12.9 billion", "Orca 8x7B", "active", "approx")],
                 id="full_name_and_its_short_form_are_one_topic"),
    pytest.param("Zeta 5 and Zeta 5 Mini launched today. It has 70B parameters.",
                 ["Zeta 5", "Zeta 5 Mini"], [], id="trap_a_tier_is_another_model"),
    pytest.param("Acme released Zeta 5 Ultra and Zeta 5 Mini on Tuesday. Acme said the system "
                 "has roughly 400 billion parameters.", ["Zeta 5 Ultra", "Zeta 5 Mini"], [],
                 id="trap_two_models_no_topic"),
]


TOPICS += [
    pytest.param("Grok 9 was trained on 100,000 GPUs. Acme did not disclose how many "
                 "parameters it has, but analysts estimate 2.7 trillion.", ["Grok 9"],
                 [("2.7 trillion", "Grok 9", "unspecified", "exact")],
                 id="how_many_parameters_it_has_then_an_estimate"),
    pytest.param("Zeta 5 is out. Acme kept its parameter count secret, but estimates say 1.8 "
                 "trillion.", ["Zeta 5"], [("1.8 trillion", "Zeta 5", "unspecified", "exact")],
                 id="its_parameter_count_then_an_estimate"),
    pytest.param("Zeta 5 is out. Acme kept its parameter count secret, but its revenue hit 2 "
                 "billion.", ["Zeta 5"], [], id="trap_another_quantity_after_the_cue"),
]


@pytest.mark.parametrize(("text", "models", "expected"), TOPICS)
def test_topics(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ---------------------- precision: a size stated for a name that no model span covers in full
UNNAMED_OWNERS = [
    pytest.param("Sources expect a smaller sibling, Orion Mini, to arrive with fewer than 50 "
                 "billion parameters.", ["Orion"], [], id="tier_word_left_out_of_the_span"),
    pytest.param("Orion Mini has 8B parameters.", ["Orion Mini"],
                 [("8B", "Orion Mini", "unspecified", "exact")], id="tier_inside_the_span"),
    pytest.param("Acme released Zeta 5 last week. Alongside it we released Quill-Tiny, which "
                 "has half a billion parameters.", ["Zeta 5"], [],
                 id="relative_clause_on_an_unrecognised_name"),
    pytest.param("Acme released Zeta 5 last week. It is a model, which has 70B parameters.",
                 ["Zeta 5"], [("70B", "Zeta 5", "unspecified", "exact")],
                 id="relative_clause_on_a_common_noun"),
]


UNNAMED_OWNERS += [
    pytest.param("We spoke about Orca-2. Is it 20 billion parameters? No. It has 21 billion "
                 "total parameters.", ["Orca-2"], [("21 billion", "Orca-2", "total", "exact")],
                 id="a_question_states_no_size"),
    pytest.param('Does Zeta 5 really have 1.8 trillion parameters?**', ["Zeta 5"], [],
                 id="a_question_in_emphasis"),
    pytest.param("Remember when Acme open-sourced Orca-2, all 314 billion parameters of it, in "
                 "March 2024? It felt big.", ["Orca-2"],
                 [("314 billion", "Orca-2", "unspecified", "exact")],
                 id="a_rhetorical_question_still_states"),
    pytest.param("We spoke about Orca-2. Your model isn't 20 billion parameters, is it?",
                 ["Orca-2"], [], id="a_tag_question_asks"),
    pytest.param("Nova 3 has 1.8 trillion parameters. Why does that matter?", ["Nova 3"],
                 [("1.8 trillion", "Nova 3", "unspecified", "exact")],
                 id="a_statement_before_a_question"),
]


@pytest.mark.parametrize(("text", "models", "expected"), UNNAMED_OWNERS)
def test_unnamed_owners(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------ more shapes of one sentence: pairs, aliases, digits
SHAPES = [
    pytest.param("Orca-2 has ten times as many parameters as Zeta 5 (1.2 trillion vs 120 "
                 "billion).", ["Orca-2", "Zeta 5"],
                 [("1.2 trillion", "Orca-2", "unspecified", "exact"),
                  ("120 billion", "Zeta 5", "unspecified", "exact")], id="versus_in_parentheses"),
    pytest.param("Acme built a model with 1.5 trillion parameters, dubbed Orca-2.", ["Orca-2"],
                 [("1.5 trillion", "Orca-2", "unspecified", "exact")], id="model_with_n_dubbed"),
    pytest.param("Acme built a new model with roughly 1.5 trillion parameters, called Zeta 5 "
                 "internally.", ["Zeta 5"], [("1.5 trillion", "Zeta 5", "unspecified", "approx")],
                 id="model_with_n_called"),
    pytest.param("Acme built a model with 1.5 trillion parameters, beating Orca-2.", ["Orca-2"],
                 [], id="trap_model_with_n_then_a_rival"),
    pytest.param("Nova 3 has 1,200,000,000,000 parameters.", ["Nova 3"],
                 [("1,200,000,000,000", "Nova 3", "unspecified", "exact")], id="digit_groups"),
    pytest.param("Nova 3 serves 1,200,000 users.", ["Nova 3"], [], id="trap_digit_groups_users"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SHAPES)
def test_shapes(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


PARSED = [
    pytest.param("A smaller model, Zeta 5 Swift, will follow the flagship, Kim said. It is "
                 "built for autocomplete. Acme did not give its size, though a person familiar "
                 'with the project said it was "under 20 billion."',
                 [("20 billion", "Zeta 5 Swift")],
                 id="said_it_was_after_a_long_speaker_phrase"),
    pytest.param("Acme did not give the size of Zeta 5 Swift. Asked about its user base, she "
                 'said it was "under 20 billion."', [], id="trap_it_is_the_user_base"),
    pytest.param("Orca-2 is rumored to have 1.76 trillion parameters spread across eight "
                 "220-billion-parameter experts.", [("1.76 trillion", "Orca-2")],
                 id="participle_misparsed_as_a_clause_on_the_figure"),
    pytest.param("Zeta 5 has 1.2 trillion parameters distributed over 64 experts.",
                 [("1.2 trillion", "Zeta 5")], id="participle_distributed_over"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_with_the_parser(nlp_full, text: str, expected: list[tuple]) -> None:
    doc = nlp_full(text)
    assert [(s.text, s._.subject._.canonical) for s in doc.spans["param_counts"]] == expected
