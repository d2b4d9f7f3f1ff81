"""Case tables for unseen model names weighed on evidence (issue 16): a name's shape, what its
sentence does with it and what the rest of the document says. Every sentence is invented.

Read with the known-model rules off (``unaided``): nothing here is on a name list.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.entities.evidence_names import find_evidenced_names

GLUED_SIZE_CASES = [
    pytest.param("Acme released Zorin3-120B-A9B, a mixture-of-experts model, on Friday.",
                 ["Zorin3-120B-A9B"], id="total_and_active_sizes_glued"),
    pytest.param("The startup dropped Basil-3B-v0.2 on Monday.", ["Basil-3B-v0.2"],
                 id="size_then_version_glued"),
    pytest.param("Tansy-3-12B-it arrived earlier this year.", ["Tansy-3-12B-it"],
                 id="version_size_and_lower_suffix"),
    pytest.param("Heron-Coder-30B-A3B was open-sourced on May 2.", ["Heron-Coder-30B-A3B"],
                 id="variant_word_and_sizes_glued"),
    pytest.param("Cedar 4x7B, a sparse model, was released in April.", ["Cedar 4x7B"],
                 id="expert_layout_after_a_space"),
    pytest.param("VistaVL4-78B tops the vision leaderboard.", ["VistaVL4-78B"],
                 id="mixed_case_head"),
    pytest.param("Ling-2T debuted on October 9.", ["Ling-2T"], id="size_letter_split_off"),
    pytest.param("Hermes 9 405B was released in August.", ["Hermes 9 405B"],
                 id="version_then_size"),
    pytest.param("Acme released LFM9-8B-A1B on Tuesday.", ["LFM9-8B-A1B"],
                 id="capitals_head_with_glued_size"),
]

VERSION_VARIANT_CASES = [
    pytest.param("Zircon 3.5 Pro, launched on March 5, tops the leaderboard.",
                 ["Zircon 3.5 Pro"], id="version_and_variant_with_release_verb"),
    pytest.param("Petrel Large 3 (70B) was released in June.", ["Petrel Large 3"],
                 id="variant_then_version_with_bracketed_size"),
    pytest.param("Ibis 2.5 Flash launched in May; Ibis 2.5 Pro followed in June.",
                 ["Ibis 2.5 Flash", "Ibis 2.5 Pro"], id="two_tiers_of_one_family"),
    pytest.param("Marten 3 debuted in May, followed by Marten 3.5 a month later.",
                 ["Marten 3", "Marten 3.5"], id="two_versions_of_one_family"),
    pytest.param("The firm said its flagship, Basalt-Ultra, would debut next year.",
                 ["Basalt-Ultra"], id="hyphenated_variant_with_release_verb"),
    pytest.param("Gannet-4 comes in 2B, 8B and 40B variants.", ["Gannet-4"],
                 id="glued_version_with_a_size_list"),
    pytest.param("Zeta-3-Mini launched in May.", ["Zeta-3-Mini"],
                 id="glued_version_and_variant"),
    pytest.param("Túlin 2 debuted in May, followed by Túlin 2.1.", ["Túlin 2", "Túlin 2.1"],
                 id="accented_head"),
    pytest.param("Acme Launches Zeta 8 Pro With Longer Memory", ["Zeta 8 Pro"],
                 id="headline_verb_is_no_name_and_title_case_no_penalty"),
    pytest.param("Kite 7.5 Turbo is now available in the API.", ["Kite 7.5 Turbo"],
                 id="available_in_the_api"),
    pytest.param("Release of Vireo 4 is slated for autumn. Its models lead two benchmarks.",
                 ["Vireo 4"], id="bare_version_in_an_article_about_models"),
]

NOT_MODEL_CASES = [
    pytest.param("Release of Vireo 4 is slated for autumn.", [],
                 id="bare_version_with_one_release_word_is_not_enough"),
    pytest.param("Sony launched PlayStation 5 in November.", [], id="console"),
    pytest.param("Microsoft released the Surface Pro 11 in June.", [],
                 id="version_of_ten_or_more"),
    pytest.param("Apollo 11 launched in July 1969.", [], id="space_mission"),
    pytest.param("Rust 1.80 was released in July.", [], id="software_release_number"),
    pytest.param("AMD released Ryzen 9 in 2019.", [], id="processor_line"),
    pytest.param("Nvidia unveiled Blackwell Ultra in March.", [], id="variant_word_alone"),
    pytest.param("The Orbit 3 chip launched in March.", [], id="non_model_noun_after"),
    pytest.param("Python 3.12 was released in October.", [], id="not_a_model_word"),
    pytest.param("The Trillion-Parameter Race: Acme launched it in May.", [],
                 id="headline_compound_of_title_words"),
    pytest.param("Acme Unveils Kimi K9 in May.", ["Kimi K9"], id="headline_word_before_a_family"),
    pytest.param("The startup raised a Series B in March.", [], id="funding_round"),
    pytest.param("Apple Unveils Vision Pro 2 With Faster Chip", [], id="headset_in_a_headline"),
    pytest.param("The RTX-4090 launched in 2022.", [], id="capitals_head_without_a_size"),
    pytest.param("The FTC-2 order was published in May.", [], id="capitals_head_with_a_version"),
    pytest.param("Meta Releases Quest 4 Headset", [], id="device_noun_in_a_headline"),
]


@pytest.mark.parametrize(("text", "expected"),
                         GLUED_SIZE_CASES + VERSION_VARIANT_CASES + NOT_MODEL_CASES)
def test_names_weighed_on_evidence(model_names, unaided: Language, text: str,
                                   expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Zircon 3.5 Pro, launched on March 5, tops the leaderboard.",
                 ["Zircon 3.5 Pro"], id="unseen_name_beside_known_rules"),
    pytest.param("Sony launched PlayStation 5 in November.", [], id="console_beside_known_rules"),
])
def test_known_rules_keep_the_evidence(model_names, nlp: Language, text: str,
                                       expected: list[str]) -> None:
    assert model_names(nlp, text) == expected


def test_a_named_variant_closed_by_a_model_appositive(model_names, unaided: Language) -> None:
    text = "Nimbus 7 Sprig, a 90B-parameter model, went live on April 5."
    assert model_names(unaided, text) == ["Nimbus 7 Sprig"]


def test_a_known_cluster_rule_blocks_the_name(unaided: Language) -> None:
    doc = unaided("Acme switched on Colossus 2 in May to train models.")
    tables = unaided.get_pipe("news_entities").tables
    blocked = frozenset(range(len(doc)))
    assert find_evidenced_names(doc, tables, blocked=blocked) == []
    assert [s.text for s in find_evidenced_names(doc, tables)] == ["Colossus 2"]


def test_weights_keep_one_weak_cue_below_the_threshold(unaided: Language) -> None:
    # the shipped weights (aliases.json, "evidence"): a bare version and one release word stay
    # out; a glued size alone is in
    tables = unaided.get_pipe("news_entities").tables
    weights, threshold = tables.evidence_weights, tables.evidence_threshold
    assert weights["version"] + weights["release"] < threshold
    assert weights["size"] >= threshold


def test_the_evidence_weights_are_checked_when_the_rules_load() -> None:
    from pydantic import ValidationError

    from extractors.entities.rules import EvidenceWeights

    with pytest.raises(ValidationError, match="missing"):
        EvidenceWeights(threshold=2.0, weights={"size": 2.0})


def test_offsets_point_into_the_text(unaided: Language) -> None:
    text = "Back then, Basil-3B-v0.2 shipped; Ibis 2.5 Flash followed in May."
    doc = unaided(text)
    assert [s.text for s in doc.spans["entities"]] == ["Basil-3B-v0.2", "Ibis 2.5 Flash"]
    for span in doc.spans["entities"]:
        assert text[span.start_char : span.end_char] == span.text


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a release word or model talk in the sentence's other clause is about something else
    pytest.param("Artemis 2 launched in April, and analysts said the new model has 7 billion "
                 "parameters.", id="model_talk_in_the_other_clause"),
    # 'Paramount' is no parameter word; a robot is no model
    "Paramount released Mission 8 in May.",
    "Acme showed its Optimus 2 robot in May.",
])
def test_cues_far_from_the_name_or_of_another_thing_do_not_make_a_model(nlp_full, text) -> None:
    doc = nlp_full(text)
    names = {e.text for e in doc.spans["entities"] if e.label_ == "MODEL"}
    assert not names & {"Artemis 2", "Mission 8", "Optimus 2"}
