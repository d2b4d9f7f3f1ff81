"""Who states a figure: the source a sentence names, so one source's facts are not merged with
another's.

"Acme suggests Zeta 5 has 8 billion" and "analyst Jane Roe said it has 40B total and 8B active"
are two sources: the maker's plain 8B is not the analyst's active 8B. A sentence's source is
read from token shapes around the cue words of ``param_counts.jsonl``: after a SOURCE_LEAD
("according to analyst Jane Roe, ..."), before a SOURCE_VERB ("Acme also said ...", skipping
SOURCE_SKIP words) or after it in an inverted quote ("..., said Jane Roe."). A pronoun or
relative (SOURCE_VOID: "he said", "which suggests") names nobody, so that sentence's source
stays unknown.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from extractors.params.lexicon import ParamLexicon

MAX_SOURCE_WORDS = 6  # "according to a report by The Ledger" fits; a whole clause does not
_DETERMINERS = frozenset({"a", "an", "the"})

Source = frozenset[str] | None


def sentence_source(sent: Span, lex: ParamLexicon) -> Source:
    """The source a sentence attributes its statements to, as lower-cased words.

    Args:
        sent: one sentence.
        lex: the cue lexicon (SOURCE_LEAD, SOURCE_VERB, SOURCE_SKIP, SOURCE_VOID, SOURCE_STOP).

    Returns:
        The source's words without determiners ("Analyst Jane Roe said" -> {"analyst", "jane",
        "roe"}), or ``None`` when the sentence names no source (the article's own voice, or
        "he said").

    Notes:
        Token shapes after the quotation-attribution heuristics of news-analysis tools (cue verb
        + subject phrase), as ``hedges.attribution`` reads them; kept to what the parameter
        family needs: whether two sentences have the same speaker.
    """
    tokens = [t for t in sent if not t.is_space]
    words = [t.text for t in tokens]
    parsed = sent.doc.has_annotation("DEP")
    for i, word in enumerate(words):
        lead = lex.starting_at("SOURCE_LEAD", words, i)
        if lead:
            found = _phrase(words[i + lead:], lex)
        elif lex.has("SOURCE_VERB", word) and not (i and words[i - 1].lower() in _DETERMINERS):
            # "Acme said" / "..., said Jane Roe." (not "a reported 6T")
            subject = _parsed_subject(tokens[i]) if parsed else None
            if subject is not None:  # "Jane Roe, CEO of Acme, said": the parse skips the aside
                found = _phrase(subject[::-1], lex)[::-1]
            else:
                found = _phrase(_before(words, i, lex), lex)[::-1] if i else None
            after = words[i + 1:i + 2]
            if not found and subject is None and after and after[0][:1].isupper():
                found = _phrase(words[i + 1:], lex)
        else:
            continue
        if found:
            return frozenset(w.lower() for w in found if w.lower() not in _DETERMINERS)
    return None


def same_source(a: Source, b: Source) -> bool:
    """Two statements may be one source's: either names nobody, or the names share a word
    ("Analyst Jane Roe" and "Roe"; "Acme" and "Acme")."""
    return a is None or b is None or bool(a & b)


def _parsed_subject(verb: Token) -> list[str] | None:
    """The words of the verb's subject in the parse, up to its head ("The technology company"
    of "The technology company also suggests"), or ``None`` when the parse gives none."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    words: list[str] = []
    for t in reversed(subject.doc[subject.left_edge.i:subject.i + 1]):
        if not any(ch.isalnum() for ch in t.text):
            break
        words.append(t.text)
    return words[::-1]


def _before(words: Sequence[str], i: int, lex: ParamLexicon) -> list[str]:
    """The words before a speech verb, nearest first, past SOURCE_SKIP words ("Acme has also
    said" -> ["Acme"])."""
    j = i - 1
    while j >= 0 and lex.has("SOURCE_SKIP", words[j]):
        j -= 1
    return list(words[max(0, j - MAX_SOURCE_WORDS + 1):j + 1][::-1])


def _phrase(words: Sequence[str], lex: ParamLexicon) -> list[str]:
    """The source phrase at the start of ``words``: up to a punctuation mark, a clause word
    (SOURCE_STOP, SUBORDINATOR) or MAX_SOURCE_WORDS; empty when it opens on a pronoun."""
    out: list[str] = []
    for w in words[:MAX_SOURCE_WORDS]:
        if not any(ch.isalnum() for ch in w) or lex.has("SOURCE_STOP", w) or lex.has(
                "SUBORDINATOR", w):
            break
        if lex.has("SOURCE_VOID", w):
            return out
        out.append(w)
    return out
