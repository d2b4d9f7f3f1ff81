"""One fact per source (issue 17): a plain figure takes another mention's scope and bound only
when the same source states both.

"Acme suggests Zeta 5 has about 8 billion parameters" and "Analyst Jane Roe said Zeta 5 has 40B
total and maybe 8B active" are two sources: the maker's plain 8 billion stays unspecified (so
it still contests the analyst's 40B total). The same speaker, the article's own voice or one
sentence harmonise as before. Invented sentences on the blank pipeline, MODEL spans by hand.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon
from extractors.params.sources import same_source, sentence_source

SOURCES = [
    pytest.param("Acme suggests Zeta 5 has 8B parameters.", {"acme"}, id="verb_after_speaker"),
    pytest.param("Analyst Jane Roe said Nova 3 is large.", {"analyst", "jane", "roe"},
                 id="titled_speaker"),
    pytest.param("Nova 3 has 8B parameters, Acme says.", {"acme"}, id="speaker_after_comma"),
    pytest.param("Acme has also said Orca-2 is open.", {"acme"}, id="skipped_adverbs"),
    pytest.param("According to analyst Jane Roe, Orca-2 has 40B.", {"analyst", "jane", "roe"},
                 id="according_to"),
    pytest.param("Orca-2 has 40B parameters, according to The Ledger.", {"ledger"},
                 id="according_to_after"),
    pytest.param("Orca-2 has 40B parameters, said Jane Roe.", {"jane", "roe"},
                 id="inverted_quote"),
    pytest.param("Orca-2 has 40B parameters, he said.", None, id="pronoun_names_nobody"),
    pytest.param("Orca-2 has 40B parameters.", None, id="article_voice"),
    pytest.param("Zeta 5 has a reported 6T parameters.", None, id="adjective_is_no_speaker"),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_sentence_source(model_doc: Callable[[str, list[str]], Doc], lex: ParamLexicon,
                         text: str, expected: set[str] | None) -> None:
    sent = next(model_doc(text, []).sents)
    found = sentence_source(sent, lex)
    assert (None if found is None else set(found)) == expected


def test_same_source_shares_a_word() -> None:
    assert same_source(frozenset({"jane", "roe"}), frozenset({"roe"}))
    assert same_source(None, frozenset({"acme"}))
    assert not same_source(frozenset({"acme"}), frozenset({"analyst", "jane", "roe"}))


HARMONISED = [
    pytest.param("Acme suggests Zeta 5 has about 8 billion parameters. Analyst Jane Roe said "
                 "Zeta 5 has 40B total and maybe 8B active parameters.", ["Zeta 5"],
                 [("8 billion", "unspecified"), ("40B", "total"), ("8B", "active")],
                 id="issue17_maker_and_analyst_apart"),
    pytest.param("Nova 3 has 8B parameters, according to Acme. Nova 3 uses 8B active "
                 "parameters out of 40B total, according to The Ledger.", ["Nova 3"],
                 [("8B", "unspecified"), ("8B", "active"), ("40B", "total")],
                 id="two_according_to_apart"),
    pytest.param("Orca-2 has 8B parameters, Acme says. According to Jane Roe, Orca-2 has 40B "
                 "total parameters and 8B active.", ["Orca-2"],
                 [("8B", "unspecified"), ("40B", "total"), ("8B", "active")],
                 id="says_then_according_to_apart"),
    pytest.param("Acme said Zeta 5 has 1 trillion parameters. Acme also said Zeta 5 has 1 "
                 "trillion total parameters and 32 billion active.", ["Zeta 5"],
                 [("1 trillion", "total"), ("1 trillion", "total"), ("32 billion", "active")],
                 id="same_speaker_harmonised"),
    pytest.param("Zeta 5 is a 1 trillion parameter model. Zeta 5 has 1 trillion total "
                 "parameters and 32 billion active ones.", ["Zeta 5"],
                 [("1 trillion", "total"), ("1 trillion", "total"), ("32 billion", "active")],
                 id="article_voice_harmonised"),
    pytest.param("Nova 3 has 2 trillion parameters. Jane Roe said Nova 3 uses 2 trillion total "
                 "parameters.", ["Nova 3"], [("2 trillion", "total"), ("2 trillion", "total")],
                 id="article_voice_takes_the_speakers_scope"),
    pytest.param("Acme suggests Zeta 5 has 8 billion parameters. Jane Roe said Zeta 5 has 40B "
                 "total and 8B active parameters. Zeta 5's 8 billion parameters fit on a "
                 "phone.", ["Zeta 5"],
                 [("8 billion", "unspecified"), ("40B", "total"), ("8B", "active"),
                  ("8 billion", "unspecified")], id="article_voice_between_disagreeing_sources"),
]


@pytest.mark.parametrize(("text", "models", "expected"), HARMONISED)
def test_harmonise_within_one_source(model_doc: Callable[[str, list[str]], Doc],
                                     lex: ParamLexicon, text: str, models: list[str],
                                     expected: list[tuple[str, str]]) -> None:
    found = [(s.text, s._.param_scope) for s in find_param_counts(model_doc(text, models), lex)]
    assert found == expected


PARSED = [
    pytest.param("Jane Roe, CEO of Beta Labs, one of the busiest startups, said Orca-2 has 40B "
                 "parameters.", {"jane", "roe"}, id="speaker_before_an_aside"),
    pytest.param("The technology company also suggests that Orca-2 has 8 billion parameters.",
                 {"technology", "company"}, id="subject_noun_phrase"),
    pytest.param("Orca-2 has 40B parameters, he said.", None, id="parsed_pronoun"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_sentence_source_parsed(nlp_full: Language, lex: ParamLexicon, text: str,
                                expected: set[str] | None) -> None:
    found = sentence_source(next(nlp_full(text).sents), lex)
    assert (None if found is None else set(found)) == expected
