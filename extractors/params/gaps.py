"""What lies between a model and a figure: asides, other figures, fillers.

- asides: "( ... )" and "— ... —" pairs, skipped as in ConText's scope handling (medspacy);
- the gap's words with the asides that lie wholly inside it dropped;
- whether another figure sits in a token range (bisection over sorted figures);
- bound cues and fillers right before a figure ("with over a reported").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.params.lexicon import ParamLexicon

ASIDES_KEY = "newsfacts.param_binding.asides"
QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
RELATIVE_WORDS = frozenset({"which", "who", "whose"})
MAX_RELATIVE_ASIDE = 16  # tokens from the relative word to the closing comma


def aside_ranges(sent: Span) -> tuple[tuple[int, int], ...]:
    """Token ranges of asides in a sentence: "( ... )" and "— ... —" pairs, and relative
    clauses between commas (", which Acme unveiled last week,") (inclusive ends).

    Scanned once per sentence and kept in ``doc.user_data``: every figure of a sentence asks,
    and rescanning a long sentence per figure made figure-dense text quadratic.
    """
    cache = sent.doc.user_data.setdefault(ASIDES_KEY, {})
    key = (sent.start, sent.end, len(sent.doc))
    ranges = cache.get(key)
    if ranges is None:
        ranges = cache[key] = tuple(_scan_asides(sent))
    return ranges


def _scan_asides(sent: Span) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    opened: list[int] = []
    dash: int | None = None
    for tok in sent:
        if tok.text == "(":
            opened.append(tok.i)
        elif tok.text == ")" and opened:
            ranges.append((opened.pop(), tok.i))
        elif tok.text in {"—", "\u2013", "--"}:
            if dash is None:
                dash = tok.i
            else:
                ranges.append((dash, tok.i))
                dash = None
    return ranges + _relative_asides(sent)


def _relative_asides(sent: Span) -> list[tuple[int, int]]:
    """ "Zeta 5, which Acme unveiled last week, has 1T": a non-restrictive relative clause
    closed by a comma is an aside between a name and its verb. One on a parameter noun
    ("70B parameters, which Zeta 5 uses, ...") is the figure's own clause, not an aside."""
    doc = sent.doc
    ranges: list[tuple[int, int]] = []
    for tok in sent:
        if tok.text != "," or tok.i + 1 >= sent.end or tok.i == sent.start:
            continue
        if doc[tok.i + 1].lower_ not in RELATIVE_WORDS or doc[tok.i - 1].lower_.startswith(
                "param"):
            continue
        end = next((t.i for t in doc[tok.i + 2 : min(sent.end, tok.i + 2 + MAX_RELATIVE_ASIDE)]
                    if t.text in {",", ";", "(", ")", ":"}), None)
        if end is not None and doc[end].text == ",":
            ranges.append((tok.i, end))
    return ranges


def alias_aside(doc: Doc, model: Span, asides: Sequence[tuple[int, int]], lex: ParamLexicon
                ) -> tuple[int, int] | None:
    """The parentheses around a model that only give another name for what precedes them:
    "Wenlu (or "Zeta 5")", "Zeta Large (ZL-2)", "Acme's model (codenamed Orca-2)". Such a name
    is no aside: the sentence goes on about it."""
    rng = inside(model.start, asides)
    if rng is None or doc[rng[0]].text != "(" or model.end > rng[1]:
        return None
    rest = [doc[i].lower_ for i in range(rng[0] + 1, rng[1])
            if not model.start <= i < model.end and doc[i].text not in QUOTES]
    if rest and lex.ending_at("ALIAS_CUE", rest, len(rest)) != len(rest):
        return None
    return rng


def inside(i: int, ranges: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    for s, e in ranges:
        if s <= i <= e:
            return s, e
    return None


def gap_words(doc: Doc, start: int, end: int, asides: Sequence[tuple[int, int]]) -> list[str]:
    """Lower-cased tokens in [start, end) minus the asides that lie wholly inside it."""
    dropped = {i for s, e in asides if start <= s and e < end for i in range(s, e + 1)}
    return [doc[i].lower_ for i in range(start, end) if i not in dropped and not doc[i].is_space]


def has_value(values: Sequence[Span], start: int, end: int) -> bool:
    # values are sorted by start: a bisection, not a scan per figure (quadratic in figures)
    k = bisect.bisect_left(values, start, key=lambda v: v.start)
    return k < len(values) and values[k].start < end


def strip_fillers(gap: list[str], lex: ParamLexicon) -> list[str]:
    """Drop bound cues and fillers that sit right before the figure ("with over a reported")."""
    out = list(gap)
    while out:
        n = max(lex.ending_at(label, out, len(out)) for label in ("AT_LEAST", "AT_MOST", "APPROX"))
        if n:
            del out[-n:]
        elif (lex.has("FILLER", out[-1]) and out[-1] not in {"(", "."}) or out[-1] in QUOTES:
            out.pop()  # quotes too: 'puts X at "only" 2T'
        else:
            break
    return out


MAX_APPOSITION = 8  # tokens of ", a mixture-of-experts rework," between a name and its verb
APPOSITION_OPENERS = frozenset({"a", "an", "the", "its", "their"})


def apposition_end(doc: Doc, model: Span, value: Span, lex: ParamLexicon) -> int | None:
    """Where the words after a name's apposition begin: "Zeta 5, a mixture-of-experts rework,
    arrived with 400B" gives the token after the second comma, so the rules read "arrived
    with". None when the name is not followed by ", a/an/the ... ," closed before the figure
    within ``MAX_APPOSITION`` tokens, or when the apposition holds a verb (a link verb: "Zeta 5,
    the lab's model is ..."), which makes it a clause."""
    k = model.end
    if k >= value.start or doc[k].text != "," or doc[min(k + 1, len(doc) - 1)].lower_ not in (
            APPOSITION_OPENERS):
        return None
    for j in range(k + 2, min(k + 2 + MAX_APPOSITION, value.start)):
        if doc[j].text == ",":
            return j + 1
        if lex.has("LINK_VERB", doc[j].lower_) or doc[j].text in {".", ";", ":"}:
            return None
    return None


MAX_ASIDE_LEAD = 5  # words between an aside's comma and its name: ", two months after"
# Grammar, not vocabulary: the prepositions of a time or comparison aside around another name.
ASIDE_PREPOSITIONS = frozenset({"after", "before", "like", "unlike", "following", "alongside"})


def aside_around(doc: Doc, model: Span, value: Span) -> int | None:
    """ "Nova 2 was released in May, weeks after Orca-2, with 40B": the name nearest the figure
    sits in a comma aside that places the subject in time or against another model; the words
    after the aside go on about the subject. Returns the aside's opening comma (the subject is
    named before it), or None when the name is not in such an aside closed before the figure."""
    close = model.end
    while close < value.start and close - model.end < 3 and doc[close].text != ",":
        close += 1
    if close >= value.start or doc[close].text != ",":
        return None
    k = model.start - 1
    while k > value.sent.start and model.start - k <= MAX_ASIDE_LEAD and doc[k].text != ",":
        k -= 1
    if doc[k].text != ",":
        return None
    if not any(t.lower_ in ASIDE_PREPOSITIONS for t in doc[k + 1 : close]):
        return None
    return k
