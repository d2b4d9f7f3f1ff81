"""Case tables per KIND of language that binds a figure to its model (invented sentences).

Each table holds several phrasings of one kind; a row lists every figure the component keeps
as ``(surface, subject, scope)``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractors  # noqa: F401  (registers extensions and factories)
from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon


def check(model_doc, lex: ParamLexicon, text: str, models: list[str],
          expected: list[tuple]) -> None:
    """Every figure kept as ``(surface, subject, scope)``, MODEL spans set by hand."""
    found = [(s.text, s._.subject._.canonical, s._.param_scope)
             for s in find_param_counts(model_doc(text, models), lex)]
    assert found == [tuple(e) for e in expected]


# ------------------------------------------- second sizes: total and active of one model
SECOND_SIZES = [
    pytest.param("Zeta 5 has 671B total / 37B active parameters.", ["Zeta 5"],
                 [("671B", "Zeta 5", "total"), ("37B", "Zeta 5", "active")],
                 id="slash_pair"),
    pytest.param("Zeta 5 ships with 400B parameters, 17B of them active.", ["Zeta 5"],
                 [("400B", "Zeta 5", "unspecified"), ("17B", "Zeta 5", "active")],
                 id="of_them_active"),
    pytest.param("Orca-2 has 30B total and 3B active parameters.", ["Orca-2"],
                 [("30B", "Orca-2", "total"), ("3B", "Orca-2", "active")],
                 id="total_and_active"),
    pytest.param("Nova 3 packs 400 billion parameters (only 17 billion active at a time).",
                 ["Nova 3"],
                 [("400 billion", "Nova 3", "unspecified"), ("17 billion", "Nova 3", "active")],
                 id="active_in_parentheses"),
    pytest.param("We think Nova 3 has about 40B total parameters and maybe 8B active.",
                 ["Nova 3"],
                 [("40B", "Nova 3", "total"), ("8B", "Nova 3", "active")],
                 id="hedged_second_size"),
    pytest.param("Zeta 5 uses 16 experts.\nOnly two experts are active per token, using about "
                 "280B parameters.", ["Zeta 5"], [("280B", "Zeta 5", "active")],
                 id="active_share_without_pronoun"),
    pytest.param("Zeta 5 uses 16 experts.\nMost MoE models activate 20B parameters per token.",
                 ["Zeta 5"], [], id="trap_active_share_of_models_in_general"),
    pytest.param("Zeta 5 uses 16 experts.\nIn May, Acme shipped Orca 9 with 39B active "
                 "parameters.", ["Zeta 5"], [], id="trap_active_share_of_an_unknown_name"),
    pytest.param("Zeta 5 and Nova 3 use experts.\nOnly 20B parameters are active per token.",
                 ["Zeta 5", "Nova 3"], [], id="trap_active_share_two_topics"),
    pytest.param("Zeta 5 has 400B parameters, while Nova 3 has 70B parameters.",
                 ["Zeta 5", "Nova 3"],
                 [("400B", "Zeta 5", "unspecified"), ("70B", "Nova 3", "unspecified")],
                 id="trap_second_model_keeps_its_size"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SECOND_SIZES)
def test_second_sizes(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------- fronted participial phrases
FRONTED = [
    pytest.param("Boasting 500 billion parameters, Zeta 5 dwarfs its rivals.", ["Zeta 5"],
                 [("500 billion", "Zeta 5", "unspecified")], id="boasting"),
    pytest.param("Built with 70B parameters, Orca-2 runs on one node.", ["Orca-2"],
                 [("70B", "Orca-2", "unspecified")], id="built_with"),
    pytest.param("Trained on 15T tokens, Zeta 5 packs 400B parameters.", ["Zeta 5"],
                 [("400B", "Zeta 5", "unspecified")], id="trained_on_tokens_then_main_clause"),
    pytest.param("Packing roughly 1.2 trillion parameters, the new Nova 3 is the largest yet.",
                 ["Nova 3"], [("1.2 trillion", "Nova 3", "unspecified")],
                 id="packing_the_model"),
    pytest.param("Weighing 9B parameters, Acme's Orca-2 fits on a laptop.", ["Orca-2"],
                 [("9B", "Orca-2", "unspecified")], id="possessor_before_model"),
    pytest.param("Boasting 500 billion parameters, the rumoured system beats Zeta 5.",
                 ["Zeta 5"], [], id="trap_model_is_the_object"),
    # the model was named in the sentence before; the main clause opens on a pronoun or a
    # stand-in for it (issue 16: sizes after the model in a later sentence)
    pytest.param("Orion unveiled Zeta 5. With 400 billion parameters, it is the largest open "
                 "model.", ["Zeta 5"], [("400 billion", "Zeta 5", "unspecified")],
                 id="with_then_pronoun_next_sentence"),
    pytest.param("Lab Q showed Nova 3 today. At 70B parameters, it fits on one GPU.",
                 ["Nova 3"], [("70B", "Nova 3", "unspecified")], id="at_then_pronoun"),
    pytest.param("Orca-2 is out. Packing 13 billion parameters, the new model runs on laptops.",
                 ["Orca-2"], [("13 billion", "Orca-2", "unspecified")],
                 id="packing_then_stand_in"),
    pytest.param("Zeta 5 is out. With 400 billion parameters, the other model is bigger.",
                 ["Zeta 5"], [], id="trap_other_model_is_not_the_topic"),
    pytest.param("Zeta 5 is out. With 16,000 GPUs, it trained in weeks.", ["Zeta 5"], [],
                 id="trap_gpus_are_no_size"),
    pytest.param("Zeta 5 is out. With 15 trillion tokens of data, it is strong.", ["Zeta 5"],
                 [], id="trap_tokens_are_no_size"),
    pytest.param("Zeta 5 is out. With 200 million weekly users, it leads.", ["Zeta 5"], [],
                 id="trap_users_are_no_size"),
]


@pytest.mark.parametrize(("text", "models", "expected"), FRONTED)
def test_fronted_participle(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------- relative-clause asides between model and figure
ASIDES = [
    pytest.param("Zeta 5, which Acme unveiled last week, has 1T parameters.", ["Zeta 5"],
                 [("1T", "Zeta 5", "unspecified")], id="which_clause"),
    pytest.param("Zeta 5 has 2T parameters, while Nova 3, which rivals Zeta 5, reportedly has "
                 "1.6 trillion.", ["Zeta 5", "Nova 3"],
                 [("2T", "Zeta 5", "unspecified"), ("1.6 trillion", "Nova 3", "unspecified")],
                 id="aside_names_another_model"),
    pytest.param("Orca-2, who many compare to Nova 3, uses 13B parameters.", ["Orca-2", "Nova 3"],
                 [("13B", "Orca-2", "unspecified")], id="aside_model_does_not_steal"),
    pytest.param("Nova 3, which was trained in Paris, packs 70B parameters.", ["Nova 3"],
                 [("70B", "Nova 3", "unspecified")], id="which_was_clause"),
]


@pytest.mark.parametrize(("text", "models", "expected"), ASIDES)
def test_relative_clause_asides(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------- stand-ins for the model just named
STAND_INS = [
    pytest.param("Acme introduced Zeta 5 in May, and said the initial version of the model had "
                 "175 billion parameters.", ["Zeta 5"],
                 [("175 billion", "Zeta 5", "unspecified")], id="version_of_the_model"),
    pytest.param("Acme released Nova 3 today.\nThe new system packs 90B parameters.", ["Nova 3"],
                 [("90B", "Nova 3", "unspecified")], id="the_new_system"),
    pytest.param("Acme released Nova 3 today. The Acme model has 90B parameters.", ["Nova 3"],
                 [("90B", "Nova 3", "unspecified")], id="the_maker_model"),
    pytest.param("Acme released Nova 3 today. The flagship uses 1T parameters.", ["Nova 3"],
                 [("1T", "Nova 3", "unspecified")], id="the_flagship"),
    pytest.param("Acme released Nova 3 and Zeta 5. The new system packs 90B parameters.",
                 ["Nova 3", "Zeta 5"], [], id="trap_two_candidates"),
    pytest.param("Acme released Nova 3 today. A new system packs 90B parameters.", ["Nova 3"],
                 [], id="trap_indefinite_is_another_model"),
    pytest.param("Zeta 5 is as good as or better than Nova 3 and Orca-2.\nIt combines two "
                 "experts, amounting to 480B parameters.", ["Zeta 5", "Nova 3", "Orca-2"],
                 [("480B", "Zeta 5", "unspecified")], id="compared_models_are_not_the_topic"),
    pytest.param("Zeta 5 and Nova 3 shipped.\nIt packs 480B parameters.", ["Zeta 5", "Nova 3"],
                 [], id="trap_two_topics_without_comparison"),
]


@pytest.mark.parametrize(("text", "models", "expected"), STAND_INS)
def test_stand_ins(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------- aliases: parentheses, "referred to as", "dubbed"
ALIASES = [
    pytest.param("Zeta Large (ZL-2) has 90B parameters.", ["Zeta Large", "ZL-2"],
                 [("90B", "Zeta Large", "unspecified")], id="paren_alias_after_name"),
    pytest.param("Acme unveiled Wenlu (or \"Zeta 5\"), a language model with 260 billion "
                 "parameters.", ["Zeta 5"], [("260 billion", "Zeta 5", "unspecified")],
                 id="paren_or_alias_then_apposition"),
    pytest.param("This model, referred to as Nova 3 internally, is the largest model with 1.75 "
                 "trillion parameters.", ["Nova 3"],
                 [("1.75 trillion", "Nova 3", "unspecified")], id="referred_to_as"),
    pytest.param("The system, dubbed Orca-2, has 13B parameters.", ["Orca-2"],
                 [("13B", "Orca-2", "unspecified")], id="dubbed"),
    pytest.param("The new model, codenamed Zeta 5, has 2T parameters.", ["Zeta 5"],
                 [("2T", "Zeta 5", "unspecified")], id="codenamed"),
]


@pytest.mark.parametrize(("text", "models", "expected"), ALIASES)
def test_aliases(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------- vague sizes: no exact claim
VAGUE = [
    pytest.param("Zeta 5 is a multi-hundred billion parameter model.", ["Zeta 5"], [],
                 id="multi_hundred_billion"),
    pytest.param("Zeta 5 is the first multi-trillion-parameter model.", ["Zeta 5"], [],
                 id="multi_trillion"),
    pytest.param("Zeta 5 is a hundred-billion-scale model.", ["Zeta 5"], [],
                 id="scale_word"),
]


@pytest.mark.parametrize(("text", "models", "expected"), VAGUE)
def test_vague_sizes(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


# ------------------------------------------- the same kinds through the trained parser
PARSED = [
    pytest.param("When Acme introduced Zeta 5 in 2024, it said that the initial version of the "
                 "model had 175 billion parameters.", [("175 billion", "Zeta 5")],
                 id="stand_in_subject_of_the_model"),
    pytest.param("This model, referred to as Nova 3 by its makers, is the largest system with "
                 "1.75 trillion parameters.", [("1.75 trillion", "Nova 3")],
                 id="referred_to_as_subject"),
    pytest.param("Acme released Zeta 5 in May, and the smaller model has 8 billion parameters.",
                 [], id="trap_other_model_subject"),
    pytest.param("Acme said the model powering the Nova 3 chatbot has 500 billion parameters.",
                 [], id="trap_model_inside_the_stand_in"),
    pytest.param("The new model, codenamed Zeta 5, has 2T parameters.", [("2T", "Zeta 5")],
                 id="codenamed_read_as_main_verb"),
    pytest.param("The new model, dubbed Zeta 5, has 2T parameters.", [("2T", "Zeta 5")],
                 id="dubbed_subject"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_kinds_with_the_parser(nlp_full: Language, text: str, expected: list[tuple]) -> None:
    doc = nlp_full(text)
    assert [(s.text, s._.subject._.canonical) for s in doc.spans["param_counts"]] == expected
