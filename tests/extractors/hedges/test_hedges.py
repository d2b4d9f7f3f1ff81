"""news_hedges: cue rules, scopes, pseudo-cues, terminators, attribution and hedges_for.

Sentences are written for these tests (no dev-set text). Rule tests run on a blank pipeline
(paragraph breaks + sentencizer); the target is the first occurrence of ``target`` in the text
(``hedge_nlp``, ``assess`` and ``span_of`` are in conftest.py).
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language

from extractors.errors import MissingSentencesError, RuleFileError
from extractors.hedges.component import SPANS_KEY, compute_scope, hedges_for
from extractors.hedges.rules import DEFAULT_RULES_PATH, RULES_NAME, load_rules, parse_rules

HEDGE_CASES = [
    # --- speculative
    pytest.param(
        "GPT-5 may have 10 trillion parameters.", "10 trillion", True, "may", id="spec_may"
    ),
    pytest.param("The model might use 2T parameters.", "2T", True, "might", id="spec_might"),
    pytest.param("Gemini could have 1.5T parameters.", "1.5T", True, "could", id="spec_could"),
    pytest.param("It is likely a 400B model.", "400B", True, "likely", id="spec_likely"),
    pytest.param(
        "Claude is probably 500B parameters.", "500B", True, "probably", id="spec_probably"
    ),
    pytest.param("Perhaps Falcon has 300B parameters.", "300B", True, "Perhaps", id="spec_perhaps"),
    pytest.param(
        "GPT-4 is rumored to have 1.8T parameters.", "1.8T", True, "rumored to", id="spec_rumored"
    ),
    pytest.param(
        "The rumoured 2T model is Orion.", "2T", True, "The rumoured", id="spec_rumoured_uk"
    ),
    pytest.param(
        "GPT-4 is widely believed to hold 1.8T parameters.",
        "1.8T",
        True,
        "widely believed",
        id="spec_widely_believed",
    ),
    pytest.param(
        "Analysts estimated the model at 600B parameters.",
        "600B",
        True,
        "estimated",
        id="spec_estimated",
    ),
    pytest.param(
        "Observers speculated that Nova has 1T parameters.",
        "1T",
        True,
        "speculated",
        id="spec_speculated",
    ),
    pytest.param(
        "Nova appears to have 1T parameters.", "1T", True, "appears to", id="spec_appears_to"
    ),
    pytest.param(
        "If Nova has 1T parameters, it is large.", "1T", True, "If", id="spec_conditional_if"
    ),
    pytest.param(
        "Nova, with, say, 70B active parameters, is fast.",
        "70B",
        True,
        "say",
        id="spec_parenthetical_say",
    ),
    pytest.param(
        "Early benchmarks suggest Nova uses 90B parameters.",
        "90B",
        True,
        "suggest",
        id="spec_suggest",
    ),
    # --- reported / attribution
    pytest.param("Grok 9 is reportedly a 3T model.", "3T", True, "reportedly", id="rep_reportedly"),
    pytest.param("Grok 9 is said to have 3T parameters.", "3T", True, "said to", id="rep_said_to"),
    pytest.param(
        "Zeta packs a reported 5T parameters.",
        "5T",
        True,
        "a reported",
        id="rep_reported_adjective",
    ),
    pytest.param(
        "According to The Information, Orion has 5T parameters.",
        "5T",
        True,
        "According to",
        id="attr_according_to",
    ),
    pytest.param(
        "Orion has 5T parameters, according to Reuters.",
        "5T",
        True,
        "according to",
        id="attr_according_to_after",
    ),
    pytest.param(
        "Musk said Grok 9 will have 3T parameters.", "3T", True, "said", id="attr_said_before_claim"
    ),
    pytest.param(
        "Grok 9 has 3T parameters, Musk claims.", "3T", True, "claims", id="attr_claims_after_claim"
    ),
    pytest.param(
        "Sources familiar with the matter say Orion has 5T parameters.",
        "5T",
        True,
        "Sources familiar with the matter",
        id="attr_sources",
    ),
    pytest.param(
        "A post from an anonymous account puts Orion at 5T parameters.",
        "5T",
        True,
        "post from",
        id="attr_post_from",
    ),
    pytest.param(
        "Orion's 5T figure was first reported by Bloomberg.",
        "5T",
        True,
        "reported by",
        id="attr_reported_by",
    ),
    # --- unverified
    pytest.param(
        "An unverified screenshot lists Orion at 5T parameters.",
        "5T",
        True,
        "An unverified",
        id="unv_unverified",
    ),
    pytest.param("Leaked slides show a 5T Orion.", "5T", True, "Leaked", id="unv_leaked"),
    pytest.param("The allegedly 5T model is Orion.", "5T", True, "allegedly", id="unv_allegedly"),
    pytest.param(
        "Orion has 5T parameters, a figure OpenAI has not confirmed.",
        "5T",
        True,
        "a figure OpenAI has not confirmed",
        id="unv_trailing_not_confirmed",
    ),
    pytest.param("Orion has not been independently verified at 5T parameters.", "5T", True,
                 "not been independently verified", id="unv_not_confirmed"),
    pytest.param("Orion has 5T parameters, which the lab has not confirmed.", "5T", True,
                 "which the lab has not confirmed", id="unv_trailing_which"),
    pytest.param("Orion has 5T parameters, although this could not be verified.", "5T", True,
                 "although this could not be verified", id="unv_trailing_could_not_be"),
    pytest.param("Orion has 5T parameters, but the lab has not confirmed that number.", "5T",
                 True, "but the lab has not confirmed that number", id="unv_trailing_object"),
    pytest.param("Orion has 5T parameters, though the lab has not confirmed when it ships.",
                 "5T", False, None, id="unv_trailing_other_matter_is_no_hedge"),
    pytest.param("Orion has 5T parameters, but the lab has not confirmed the launch date.",
                 "5T", False, None, id="unv_trailing_other_object_is_no_hedge"),
    pytest.param("Insiders put Orion at 5T parameters.", "5T", True, "Insiders put",
                 id="attr_insiders_put"),
    pytest.param("People put years of work into Orion, which has 5T parameters.", "5T", False,
                 None, id="people_put_work_is_no_source"),
    # --- planned / future
    pytest.param("Grok 9 will have 3T parameters.", "3T", True, "will", id="plan_will"),
    pytest.param(
        "Grok 9 is expected to reach 3T parameters.", "3T", True, "expected", id="plan_expected"
    ),
    pytest.param("xAI plans to ship a 3T Grok 9.", "3T", True, "plans to", id="plan_plans_to"),
    pytest.param(
        "Grok 9 is projected to scale to 3T parameters.",
        "3T",
        True,
        "projected",
        id="plan_projected",
    ),
    pytest.param("The company targeted 3T for Grok 9.", "3T", True, "targeted", id="plan_targeted"),
    pytest.param(
        "The roadmap lists Grok 9 with 3T parameters.", "3T", True, "roadmap", id="plan_roadmap"
    ),
    pytest.param(
        "Grok 9, with 3T parameters, is still under training.",
        "3T",
        True,
        "under training",
        id="plan_under_training",
    ),
    pytest.param(
        "Grok 9 is undergoing intensive training at 3T parameters.",
        "3T",
        True,
        "undergoing intensive training",
        id="plan_undergoing_training",
    ),
    pytest.param(
        "Grok 9, a 3T model, is currently being trained.",
        "3T",
        True,
        "being trained",
        id="plan_being_trained",
    ),
    pytest.param(
        "Olympus, boasting 2T parameters, is set to become the largest.",
        "2T",
        True,
        "is set to",
        id="plan_set_to_backward",
    ),
    pytest.param(
        "Grok 9 (3T) is slated for release in May.",
        "May",
        True,
        "is slated for",
        id="plan_slated_date",
    ),
    # --- not hedges
    pytest.param(
        "GPT-3 has 175 billion parameters.", "175 billion", False, None, id="plain_statement"
    ),
    pytest.param(
        "Grok-1 has approximately 314B parameters.",
        "314B",
        False,
        None,
        id="approximately_is_precision",
    ),
    pytest.param(
        "Llama 2 has roughly 70B parameters.", "70B", False, None, id="roughly_is_precision"
    ),
    pytest.param(
        "Meta confirmed that Llama has 405B parameters.",
        "405B",
        False,
        None,
        id="confirmed_not_hedge",
    ),
    pytest.param(
        "BLOOM was released in July 2022 with 176B parameters.",
        "176B",
        False,
        None,
        id="released_not_hedge",
    ),
    pytest.param(
        "Kimi uses 32B active parameters out of 1T in total.",
        "1T",
        False,
        None,
        id="active_params_plain",
    ),
]


@pytest.mark.parametrize(("text", "target", "hedged", "cue"), HEDGE_CASES)
def test_hedge_cases(
    hedge_nlp: Language, assess, text: str, target: str, hedged: bool, cue: str | None
) -> None:
    result = assess(hedge_nlp, text, target)
    assert result.hedged is hedged, [(c.text, c._.hedge_rule_id) for c in result.cues]
    if cue is not None:
        assert cue in result.cue_texts


# A model that "boasts" a size has it; a company that "boasts that" a model has it is a source.
BOAST_CASES = [
    pytest.param("Zeta 5 boasts 1T parameters.", "1T", False, None, id="model_boasts_a_size"),
    pytest.param("Nova 3 boasts 40 billion parameters and fast replies.", "40 billion", False,
                 None, id="model_boasts_a_size_and_more"),
    pytest.param("Kestrel, which boasts 12 billion parameters, is fast.", "12 billion", False,
                 None, id="relative_clause_boasts"),
    pytest.param("Acme boasts that Zeta 5 has 1T parameters.", "1T", True, "Acme",
                 id="company_boasts_that"),
    pytest.param("The startup boasted that Orca-2 has 70 billion parameters.", "70 billion",
                 True, "The startup", id="past_tense_boasted_that"),
]


@pytest.mark.parametrize(("text", "target", "hedged", "source"), BOAST_CASES)
def test_boasts_is_possession_unless_it_reports(hedge_nlp: Language, assess, text: str, target: str,
                                                hedged: bool, source: str | None) -> None:
    result = assess(hedge_nlp, text, target)
    assert result.hedged is hedged, [(c.text, c._.hedge_rule_id) for c in result.cues]
    assert result.attribution == source


SCOPE_CASES = [
    pytest.param(
        "No embellishment, no 'probably,' 'perhaps,' just 2T parameters.",
        "2T",
        False,
        id="pseudo_quoted_mentions",
    ),
    pytest.param(
        "There is no doubt that Zeta has 2T parameters.", "2T", False, id="pseudo_no_doubt"
    ),
    pytest.param("As expected, Zeta has 2T parameters.", "2T", False, id="pseudo_as_expected"),
    pytest.param("That said, Zeta has 2T parameters.", "2T", False, id="pseudo_that_said"),
    pytest.param("You may have noticed that Zeta has 2T parameters.", "2T", False,
                 id="pseudo_may_have_noticed"),
    pytest.param("Readers might have seen that Zeta launched in May.", "May", False,
                 id="pseudo_might_have_seen"),
    pytest.param("Zeta may have 2T parameters.", "2T", True, id="may_have_still_hedges"),
    pytest.param("If the trend holds, given that Zeta launched in May, rivals will follow.", "May",
                 False, id="term_given_that_ends_if_scope"),
    pytest.param("If Zeta launched in May, rivals will follow.", "May", True,
                 id="if_scope_without_given_that"),
    pytest.param("Zeta launched in May with 2T parameters.", "2T", False, id="month_may_not_modal"),
    pytest.param(
        "Zeta is bigger than expected at 2T parameters.", "2T", False, id="pseudo_than_expected"
    ),
    pytest.param(
        "Zeta has 2T parameters, but Nova may have 5T.",
        "2T",
        False,
        id="terminate_but_blocks_backward",
    ),
    pytest.param(
        "Zeta may be fast; Nova has 5T parameters.", "5T", False, id="terminate_semicolon"
    ),
    pytest.param(
        "Zeta may be fast, however Nova has 5T parameters.", "5T", False, id="terminate_however"
    ),
    pytest.param("Halcyon wants to launch Zeta 6 by March.", "March", True, id="wants_to"),
    pytest.param("Halcyon is eyeing a March launch for Zeta 6.", "March", True, id="eyeing_a"),
    pytest.param("Zeta 6 Air, a 32B model, suits developers who want to run it at home.", "32B",
                 False, id="people_who_want_to_is_no_plan"),
    pytest.param("Zeta 6 has 400 billion parameters, sources tell us.", "400 billion", True,
                 id="sources_tell_us"),
    pytest.param("Zeta 6 has 400 billion parameters, we hear.", "400 billion", True,
                 id="we_hear"),
    pytest.param("Zeta 6 has 400 billion parameters, we are told.", "400 billion", True,
                 id="we_are_told"),
    pytest.param("We are excited to introduce Zeta 6, with 400 billion parameters.",
                 "400 billion", False, id="we_are_excited_is_no_cue"),
    pytest.param("Zeta 6 has 400 billion parameters, per a leaked benchmark sheet.",
                 "400 billion", True, id="per_a_leaked_sheet"),
    pytest.param("Zeta 6 uses 40 billion parameters per forward pass.", "40 billion", False,
                 id="per_as_a_rate_is_no_cue"),
    pytest.param("Zeta 6 (est. 400B parameters) trails the leaders.", "400B", True,
                 id="est_abbreviation"),
    pytest.param("Zeta 6: 400B parameters (unconfirmed).", "400B", True,
                 id="a_parenthesis_holding_only_the_cue_qualifies_what_it_follows"),
    pytest.param("Zeta 6 (reportedly 400B) and Nova 2 (70B) lead.", "70B", False,
                 id="an_aside_with_its_own_figure_stays_an_aside"),
    pytest.param("Halcyon denied a rumour that Zeta 6 has 9 trillion parameters.", "9 trillion",
                 True, id="denied_content_stays_hedged"),
    pytest.param("Halcyon dismissed reports that Zeta 6 has 9 trillion parameters.", "9 trillion",
                 True, id="dismissed_reports_that"),
    pytest.param("Contrary to reports, Zeta 6 has 400 billion parameters.", "400 billion", False,
                 id="contrary_to_reports_is_no_cue"),
    pytest.param("Despite rumours, Zeta 6 has 400 billion parameters.", "400 billion", False,
                 id="despite_rumours_is_no_cue"),
    pytest.param(
        "The lab claimed Zeta 6 will have 9 trillion parameters, as opposed to the 300 billion "
        "parameters of Zeta 5.", "300 billion", False, id="terminate_as_opposed_to"),
    pytest.param(
        "Zeta 6 will reportedly use 9 trillion parameters rather than the 300 billion of Zeta 5.",
        "9 trillion", True, id="as_opposed_to_keeps_the_claims_own_cue"),
    pytest.param(
        "Recent leaks suggest a shake-up.\nZeta has 2T parameters.",
        "2T",
        False,
        id="previous_sentence_not_in_scope",
    ),
    pytest.param(
        "Zeta has 2T parameters. Nova may follow.", "2T", False, id="next_sentence_not_in_scope"
    ),
    pytest.param(
        "Zeta has 2T parameters and could get faster.", "2T", False, id="forward_modal_after_value"
    ),
    pytest.param(
        "Zeta (2T) and Nova (reportedly 5T) lead.", "2T", False, id="parenthesis_clips_scope"
    ),
    pytest.param(
        "Zeta (2T) and Nova (reportedly 5T) lead.", "5T", True, id="parenthesis_inside_hedged"
    ),
    pytest.param("It is not a rumor: Zeta has 2T parameters.", "2T", False, id="negated_rumor"),
    pytest.param(
        "Zeta is no longer speculative at 2T parameters.", "2T", False, id="negated_no_longer"
    ),
    pytest.param(
        "Zeta is not expected to exceed 2T parameters.",
        "2T",
        True,
        id="negated_future_stays_hedged",
    ),
    pytest.param(
        "In the last few years, models grew; estimates vary widely across 7 labs and 2T tokens.",
        "2T",
        True,
        id="semicolon_after_cue_keeps_forward",
    ),
    pytest.param(
        "Zeta 2 has 2T parameters, a figure that is, if anything, conservative.",
        "2T",
        True,
        marks=pytest.mark.xfail(
            reason="'if anything' is an idiom, not a condition: no PSEUDO rule yet"
        ),
        id="gap_if_anything",
    ),
    pytest.param("For Zeta 5, we model 3-5T total parameters.", "3-5T", True, id="we_model"),
    pytest.param("We conservatively assume 2T parameters for Zeta 5.", "2T", True,
                 id="we_assume"),
    pytest.param("The Zeta 5 model has 2T parameters.", "2T", False, id="model_noun_no_cue"),
    pytest.param("Channel chatter now puts Zeta at 2T parameters.", "2T", True,
                 id="chatter_puts"),
    pytest.param("Reports put Zeta at 2T parameters.", "2T", True, id="reports_put"),
    pytest.param("People put a lot of work into Zeta, which has 2T parameters.", "2T", False,
                 id="people_put_is_no_estimate"),
    pytest.param(
        "Zeta is a 2T model, as the company said in its paper.",
        "2T",
        False,
        id="official_said",
    ),
    pytest.param(
        "Zeta was trained on 2T tokens.A rough estimate puts its cost at $9M.",
        "2T",
        False,
        id="terminate_missed_sentence_end",
    ),
    pytest.param(
        "Zeta's 2T parameters make it huge, and Nova will follow with 5T.",
        "2T",
        False,
        id="comma_and_terminates",
    ),
]


@pytest.mark.parametrize(("text", "target", "hedged"), SCOPE_CASES)
def test_scope_cases(hedge_nlp: Language, assess, text: str, target: str, hedged: bool) -> None:
    result = assess(hedge_nlp, text, target)
    assert result.hedged is hedged, [(c.text, c._.hedge_rule_id) for c in result.cues]


# Issue 17: a figure reported only to be denied or withdrawn is evidence, not a current claim.
DENIAL_CASES = [
    pytest.param("Halcyon denied a rumour that its upcoming Zeta 6 model has 9 trillion "
                 "parameters, calling the figure false.", "9 trillion", True,
                 id="denied_a_rumour_that"),
    pytest.param("Orca Labs dismissed reports that Nova 3 has 2 trillion parameters.",
                 "2 trillion", True, id="dismissed_reports_that"),
    pytest.param("The company rejected claims that Zeta 5 would have 3 trillion parameters.",
                 "3 trillion", True, id="rejected_claims_that"),
    pytest.param("The Ledger has retracted its March 3 report that Nova 4 has 5 trillion "
                 "parameters.", "5 trillion", True, id="retracted_its_dated_report_that"),
    pytest.param("The site withdrew an earlier story that Orca-2 uses 800 billion parameters.",
                 "800 billion", True, id="withdrew_an_earlier_story_that"),
    pytest.param("Lyra pushed back on claims that Quasar 8 has 3 trillion parameters.",
                 "3 trillion", True, id="pushed_back_on_claims_that"),
    pytest.param("The Ledger reported that Quasar 8 has 3 trillion parameters, which Lyra "
                 "denied.", "3 trillion", True, id="which_the_maker_denied"),
    pytest.param("Quasar 8, which Lyra denied was delayed, has 3 trillion parameters.",
                 "3 trillion", False, id="a_denial_inside_an_aside_before_the_figure"),
    pytest.param("Acme did not deny that Zeta 5 has 3 trillion parameters.", "3 trillion",
                 False, id="a_negated_denial_denies_nothing"),
    pytest.param("Zeta 5 has 3 trillion parameters, reportedly.", "3 trillion", False,
                 id="a_hedge_is_no_denial"),
    pytest.param("Halcyon denied a rumour about layoffs. Zeta 6 has 400 billion parameters.",
                 "400 billion", False, id="a_denial_in_another_sentence"),
]


@pytest.mark.parametrize(("text", "target", "denied"), DENIAL_CASES)
def test_denials(hedge_nlp: Language, assess, text: str, target: str, denied: bool) -> None:
    result = assess(hedge_nlp, text, target)
    assert result.denied is denied, [(c.text, c._.hedge_rule_id) for c in result.cues]


# A model its own clause plans ("X will follow in Q4", "X is planned for 2026") is a plan, and
# so is its size, wherever the sentence gives it.
PLANNED_MODEL_CASES = [
    pytest.param("A 400B-parameter version, Pith-2, will follow in Q4.", "400B", "Pith-2", True,
                 id="size_before_a_model_that_will_follow"),
    pytest.param("A larger 30B version, Tamber-30, is planned for early next year.", "30B",
                 "Tamber-30", True, id="size_before_a_model_planned_for"),
    pytest.param("Nova 3, which has 70 billion parameters, will launch in May.", "70 billion",
                 "Nova 3", False, id="a_relative_clause_between_is_no_plan_of_the_size"),
    pytest.param("Zeta 6 has 9 trillion parameters and will launch in May.", "9 trillion",
                 "Zeta 6", False, id="a_later_plan_of_the_same_subject"),
]


@pytest.mark.parametrize(("text", "target", "subject", "hedged"), PLANNED_MODEL_CASES)
def test_a_planned_model_plans_its_size(hedge_nlp: Language, assess, text: str, target: str,
                                        subject: str, hedged: bool) -> None:
    result = assess(hedge_nlp, text, target, subject)
    assert result.hedged is hedged, [(c.text, c._.hedge_rule_id) for c in result.cues]


ATTRIBUTION_CASES = [
    pytest.param(
        "According to the post, Orion has 5T parameters.", "5T", "the post", id="attr_the_post"
    ),
    pytest.param(
        "According to The Information, Orion has 5T parameters.",
        "5T",
        "The Information",
        id="attr_outlet",
    ),
    pytest.param(
        "A tweet from AI researcher Jane Roe says Orion has 5T parameters.",
        "5T",
        "Jane Roe",
        id="attr_title_dropped",
    ),
    pytest.param(
        "A new claim from a user on X puts Orion at 5T parameters.",
        "5T",
        "a user on X",
        id="attr_user_on_x",
    ),
    pytest.param(
        "Musk said Grok 9 would have 3T parameters.", "3T", "Musk", id="attr_said_subject"
    ),
    pytest.param(
        "Grok 9 has 3T parameters, reports Semafor.", "3T", "Semafor", id="attr_inverted_reports"
    ),
    pytest.param("Grok 9 is reportedly a 3T model.", "3T", None, id="attr_reportedly_no_source"),
    pytest.param("Grok 9 is reported at 3T parameters.", "3T", None, id="attr_passive_no_source"),
]


@pytest.mark.parametrize(("text", "target", "source"), ATTRIBUTION_CASES)
def test_attribution_cases(hedge_nlp: Language, assess, text: str, target: str,
                           source: str | None) -> None:
    result = assess(hedge_nlp, text, target)
    assert result.hedged
    assert result.attribution == source


def test_subject_in_scope_counts(hedge_nlp: Language, assess) -> None:
    text = "In May, Zeta ships, while OpenAI is likely to counter with GPT-6."
    assert not assess(hedge_nlp, text, "May").hedged
    assert assess(hedge_nlp, text, "May", subject="GPT-6").hedged


def test_subject_in_other_sentence_ignored(hedge_nlp: Language, assess) -> None:
    text = "Nova may be huge. Zeta has 2T parameters."
    assert not assess(hedge_nlp, text, "2T", subject="Nova").hedged


def test_cue_span_attributes(hedge_nlp: Language) -> None:
    doc = hedge_nlp("Grok 9 is reportedly a 3T model, but Zeta has 2T.")
    cues = {c._.hedge_rule_id: c for c in doc.spans[SPANS_KEY]}
    cue = cues["rep_reportedly"]
    assert (cue.label_, cue._.hedge_category, cue._.hedge_direction) == (
        "HEDGE",
        "HEDGE",
        "BIDIRECTIONAL",
    )
    assert cue._.hedge_subcategory == "reported"
    assert cue._.hedge_scope.text == "Grok 9 is reportedly a 3T model,"
    assert cues["term_but"]._.hedge_category == "TERMINATE"
    for span in doc.spans[SPANS_KEY]:
        assert doc.text[span.start_char : span.end_char] == span.text


def test_quoted_mention_is_pseudo(hedge_nlp: Language) -> None:
    doc = hedge_nlp("No hedging, no 'probably,' at all.")
    [cue] = [c for c in doc.spans[SPANS_KEY] if c.text == "probably"]
    assert cue._.hedge_category == "PSEUDO"
    assert cue._.hedge_scope is None


def test_compute_scope_max_scope(hedge_nlp: Language) -> None:
    from extractors.hedges.rules import Direction

    doc = hedge_nlp("a b c cue d e f g")
    cue = doc[3:4]
    assert compute_scope(cue, Direction.FORWARD, 2, []).text == "d e"
    assert compute_scope(cue, Direction.BACKWARD, None, []).text == "a b c"
    assert compute_scope(cue, Direction.BIDIRECTIONAL, 1, []).text == "c cue d"
    assert compute_scope(cue, Direction.FORWARD, None, [doc[5:6]]).text == "d"


def test_missing_sentences_raises() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("news_hedges").initialize(nlp=nlp)
    with pytest.raises(MissingSentencesError, match="sentencizer"):
        nlp("Grok 9 may have 3T parameters.")


def test_hedges_for_without_component_raises(hedge_nlp: Language) -> None:
    doc = spacy.blank("en")("Grok 9 has 3T.")
    with pytest.raises(ValueError, match="news_hedges"):
        hedges_for(doc, doc[3:4])


def test_rule_file_loads_with_unique_ids() -> None:
    rules = load_rules(DEFAULT_RULES_PATH)
    assert len(rules) >= 60
    assert len({r.id for r in rules}) == len(rules)
    assert json.loads(DEFAULT_RULES_PATH.read_text())["name"] == RULES_NAME


@pytest.mark.parametrize(
    ("rule", "key"),
    [
        pytest.param(
            {"id": "x", "literal": "may", "category": "HEDGE"},
            "subcategory",
            id="hedge_needs_subcategory",
        ),
        pytest.param(
            {"id": "x", "literal": "may", "category": "MAYBE", "subcategory": "speculative"},
            "category",
            id="bad_category",
        ),
        pytest.param(
            {"id": "x", "literal": "may", "category": "PSEUDO", "colour": "red"},
            "colour",
            id="extra_key_forbidden",
        ),
        pytest.param(
            {"id": "x", "literal": "but", "category": "TERMINATE", "max_scope": 0},
            "max_scope",
            id="max_scope_positive",
        ),
    ],
)
def test_bad_rules_name_id_and_key(rule: dict, key: str) -> None:
    with pytest.raises(RuleFileError, match=r"rules\.json: rule 'x'") as err:
        parse_rules([rule], source="rules.json")
    assert key in str(err.value) or "subcategory" in str(err.value)


def test_duplicate_ids_rejected() -> None:
    rule = {"id": "dup", "literal": "but", "category": "TERMINATE"}
    with pytest.raises(RuleFileError, match="duplicate"):
        parse_rules([rule, rule], source="rules.json")


def test_to_disk_from_disk_roundtrip(hedge_nlp: Language, tmp_path, span_of) -> None:
    hedge_nlp.get_pipe("news_hedges").to_disk(tmp_path)
    nlp2 = spacy.blank("en")
    nlp2.add_pipe("sentencizer")
    proc = nlp2.add_pipe("news_hedges").from_disk(tmp_path)
    assert len(proc.rules) == len(hedge_nlp.get_pipe("news_hedges").rules)
    doc = nlp2("Grok 9 is reportedly a 3T model.")
    assert hedges_for(doc, span_of(doc, "3T")).hedged


def test_custom_patterns_replace_defaults() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    patterns = [{"id": "h", "literal": "maybe", "category": "HEDGE", "subcategory": "speculative"}]
    nlp.add_pipe("news_hedges").initialize(nlp=nlp, patterns=patterns)
    doc = nlp("Zeta is maybe 2T but reportedly fast.")
    assert [c._.hedge_rule_id for c in doc.spans[SPANS_KEY]] == ["h"]


@pytest.mark.slow
def test_trained_pipeline_est_abbreviation(nlp_full: Language, span_of) -> None:
    # The blank sentencizer splits after "est."; the trained parser does not.
    doc = nlp_full("Titan (est. >2T) leads the list, ahead of Zeta (175B).")
    assert hedges_for(doc, span_of(doc, "2T")).hedged
    assert not hedges_for(doc, span_of(doc, "175B")).hedged


@pytest.mark.slow
def test_trained_pipeline_attribution(nlp_full: Language, span_of) -> None:
    doc = nlp_full(
        "Andrej Doe, a former director at Acme, explicitly stated that Zeta has 2T parameters."
    )
    result = hedges_for(doc, span_of(doc, "2T"))
    assert result.hedged
    assert result.attribution == "Andrej Doe"
