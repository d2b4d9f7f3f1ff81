"""What the words around a number say: is it a parameter count, how exact, which scope.

Pure functions over a ``Doc`` and a value ``Span`` plus the cue ``ParamLexicon``; they need only a
tokenizer and sentence boundaries, so they work on a blank pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.common.unicode_forms import fold_hyphens
from extractors.params.lexicon import ParamLexicon
from extractors.params.numbers import RANGE_RE, ValueSurface

AFTER_WINDOW = 4  # tokens after a figure searched for "parameters" / "tokens" ("1T total params")
BEFORE_WINDOW = 9  # "the number of parameters activated for each token is approximately 12.9B"
SCOPE_AFTER_WINDOW = 6  # "6 trillion parameters are the total count"
# The scope scan after a figure ends at the noun it sizes or a clause on it: in "a 560B-parameter
# model that activates 40B", "activates" is the next figure's scope. Grammar, not vocabulary:
# punctuation, coordinators, relative pronouns and "with".
SCOPE_ENDS = frozenset({",", ";", ".", "—", "but", "while", "that", "which", "with", "and"})
# Grammar, not vocabulary: punctuation and "but" end the window read around a figure.
STOP_TOKENS = frozenset({",", ";", ":", ".", "(", ")", "—", "\u2013", "?", "!", "but"})


@dataclass(frozen=True, slots=True)
class ValueContext:
    """The reading of one figure: ``strength`` is strong | weak | "" (not a parameter count)."""

    strength: str
    bound: str
    scope: str
    blocked: str = ""  # why the figure cannot be a fact about one model (comparison, group...)


_WORDS_KEY = "newsfacts.param_context.words"


def _words(doc: Doc) -> list[str]:
    """The token texts, built once per Doc: every figure's reading looks at them, and making
    a Token object per word per figure was this module's main cost."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None or len(words) != len(doc):  # rebuilt if the Doc was retokenised
        words = doc.user_data[_WORDS_KEY] = [t.text for t in doc]
    return words


_PARAM_SENTENCES_KEY = "newsfacts.param_context.param_sentences"


def _sentence_has_params(doc: Doc, sent: Span) -> bool:
    """Whether a sentence says "param...": decided once per sentence, not once per figure."""
    cache = doc.user_data.setdefault(_PARAM_SENTENCES_KEY, {})
    key = (sent.start, sent.end, len(doc))
    if key not in cache:
        cache[key] = any(is_param_word(w.lower()) for w in _words(doc)[sent.start:sent.end])
    return cache[key]


def _same_sentence(doc: Doc, i: int, j: int) -> bool:
    return doc[i].sent.start == doc[j].sent.start


def is_restatement(doc: Doc, span: Span, previous: Span | None, prev_surface: ValueSurface | None,
                   surface: ValueSurface) -> bool:
    """True for "(0.5T)" in "500 billion (0.5T) parameters": the same figure said twice.

    Args:
        doc: the document.
        span: the figure inside parentheses.
        previous: the figure before it, if any.
        prev_surface: its normalised surface.
        surface: this figure's normalised surface.

    Returns:
        Whether the figure only restates the figure just before it.
    """
    if previous is None or prev_surface is None or span.start < 1:
        return False
    return (doc[span.start - 1].text == "(" and previous.end == span.start - 1
            and (prev_surface.low, prev_surface.high) == (surface.low, surface.high))


def _skip_restatement(doc: Doc, i: int) -> int:
    """Index after a parenthesised restatement starting at ``i`` ("(1T)"), else ``i``."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + 5, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def param_strength(doc: Doc, span: Span, surface: ValueSurface, lex: ParamLexicon,
                   model_ends: frozenset[int]) -> str:
    """Decide whether a figure counts parameters.

    Strong: "parameters" (or "active") follows within a few tokens ("1.5T params",
    "6-trillion-parameter", "39 billion active"), or the clause before it names parameters
    ("the parameter count will rise to 1.5 trillion"). Weak: a suffix figure in a sentence that
    talks about parameters or models ("GPT-3 (175B)", "X at 0.5T"). Blocked by a unit noun
    ("15T tokens") or money.

    Args:
        doc: the document.
        span: the figure.
        surface: its parsed surface.
        lex: the cue lexicon.
        model_ends: token indices where a MODEL entity ends (exclusive end).

    Returns:
        "strong", "weak", "unit" (a unit noun says it is something else) or "" (no evidence).
    """
    words = _words(doc)
    i = _skip_restatement(doc, span.end)
    sent = span.sent
    for j in range(i, min(i + AFTER_WINDOW, sent.end)):
        w = words[j].lower()
        if is_param_word(w) or _active_cue(words, j, sent.end, lex):
            return "strong"  # "39 billion active", "37 billion per token" (not "tokens")
        if j == i and _total_of_a_pair(words, j, sent, lex):
            return "strong"  # "12.9B active / 46.7B total": the whole of an active share
        if lex.has("NOT_PARAM", w):
            return "unit"
        if w in STOP_TOKENS and w != "(":
            break
        if lex.has("MODEL_NOUN", w) and surface.kind != "word":
            return "weak"
    if span.start > sent.start and lex.ending_at("ACTIVE", words, span.start):
        return "strong"  # "Zeta 5 activates 22B out of its 480B parameters"
    for j in range(span.start - 1, max(span.start - BEFORE_WINDOW, sent.start) - 1, -1):
        w = words[j].lower()
        if w == ":" and _labels_params(words, j, sent.start):
            return "strong"  # "Parameter count: 1.5T", "Params: 400B"
        if w in STOP_TOKENS:
            break
        if is_param_word(w):
            return "strong"
    after = words[i].lower() if i < sent.end else ""
    if lex.has("NOT_PARAM", after) or _experts_of(words, span.start):
        return "unit"
    sentence_has_params = _sentence_has_params(doc, sent)
    if surface.kind in {"suffix", "range"} and _after_model(words, span.start, model_ends):
        return "weak"  # "GPT-3 (175B)", "Grok 4.2 at 0.5T"
    if sentence_has_params and surface.kind != "bare":
        return "weak"
    return ""


def _total_of_a_pair(words: Sequence[str], j: int, sent: Span, lex: ParamLexicon) -> bool:
    """ "46.7B total" in a sentence that also states an active share: the total of a
    mixture-of-experts pair, not "15T total tokens" (a unit noun after "total")."""
    n = lex.starting_at("TOTAL", words, j)
    if not n or (j + n < sent.end and lex.has("NOT_PARAM", words[j + n].lower())):
        return False
    return any(_active_cue(words, k, sent.end, lex) for k in range(sent.start, sent.end))


def _active_cue(words: Sequence[str], j: int, end: int, lex: ParamLexicon) -> bool:
    """An ``ACTIVE`` phrase at ``j`` that is no unit's adjective: "12.9B active", not
    "12.9B active users"."""
    n = lex.starting_at("ACTIVE", words, j)
    return bool(n) and not (j + n < end and lex.has("NOT_PARAM", words[j + n].lower()))


def _labels_params(words: Sequence[str], colon: int, floor: int) -> bool:
    """The words before a colon name the parameter count: "Parameters:", "Parameter count:"."""
    head = [w.lower() for w in words[max(floor, colon - 2) : colon]]
    return bool(head) and (is_param_word(head[-1]) or (
        len(head) == 2 and is_param_word(head[0]) and head[1] in {"count", "size"}))


def _experts_of(words: Sequence[str], start: int) -> bool:
    """ "8 experts of 7B": a per-expert size, not the model's count."""
    return start >= 2 and words[start - 1].lower() == "of" and words[start - 2].lower() in {
        "experts", "expert"}


# Between a name and its size: "GPT-3 (175B)", "X at 0.5T", "Orca-2 — 70B", "Orca-2: 132B",
# "Orca-2 is 7B" (a suffix or range figure only: "Orca-2 is 2025's best" has none).
AFTER_MODEL_LINKS = frozenset({"(", "at", "—", "\u2013", "-", ":", "|", "is", "was"})


def _after_model(words: Sequence[str], start: int, model_ends: frozenset[int]) -> bool:
    j = start - 1
    if j >= 0 and words[j].lower() in AFTER_MODEL_LINKS:
        j -= 1
    return j + 1 in model_ends


def _cue_before(words: Sequence[str], start: int, lex: ParamLexicon, floor: int) -> str:
    """The bound cue right before a figure, skipping fillers ("over a staggering 1T")."""
    end = start
    for _ in range(4):
        for label, bound in (("AT_LEAST", "at_least"), ("AT_MOST", "at_most"),
                             ("APPROX", "approx")):
            if lex.ending_at(label, words, end):
                return bound
        if end - 1 < floor or not lex.has("FILLER", words[end - 1]):
            return ""
        end -= 1
    return ""


def value_bound(doc: Doc, span: Span, surface: ValueSurface, lex: ParamLexicon) -> str:
    """exact | approx | at_least | at_most | range, from the surface and the cue words.

    Args:
        doc: the document.
        span: the figure.
        surface: its parsed surface ("~", ">", "+" and ranges come from here).
        lex: the cue lexicon.

    Returns:
        The bound; "in the trillion-parameter range" reads as approx.
    """
    if surface.bound:
        return surface.bound
    words = _words(doc)
    cue = _cue_before(words, span.start, lex, span.sent.start)
    if cue:
        return cue
    after = _skip_restatement(doc, span.end)
    for j in range(after, min(after + 3, span.sent.end)):
        if words[j] == ",":
            break  # "14B and 32B, plus two MoE models": the list goes on, no bound
        if lex.starting_at("AT_LEAST_AFTER", words, j):
            return "at_least"
    tail = [w.lower() for w in words[span.end : span.end + 4]]
    if span.start >= 2 and [w.lower() for w in words[span.start - 2 : span.start]] == [
            "in", "the"] and "range" in tail:
        return "approx"
    return "exact"


def value_scope(doc: Doc, span: Span, lex: ParamLexicon, prev_end: int, next_start: int) -> str:
    """total | active | unspecified from "total"/"active"/"per token" next to the figure.

    Args:
        doc: the document.
        span: the figure.
        lex: the cue lexicon.
        prev_end: end token of the previous figure (the window never crosses it).
        next_start: start token of the next figure.

    Returns:
        The nearest scope cue on either side within the clause, else "unspecified".
    """
    words = _words(doc)
    sent = span.sent
    if lex.ending_at("WHOLE_OF", words, span.start):
        return "total"  # "39B active out of 141B", "37B of its 671B parameters per token"
    best: tuple[int, str] | None = None
    stop_after = min(next_start, sent.end, span.end + SCOPE_AFTER_WINDOW)
    for j in range(_skip_restatement(doc, span.end), stop_after):
        if words[j].lower() in SCOPE_ENDS or lex.has("MODEL_NOUN", words[j]):
            break
        scope = _scope_at(words, j, lex)
        if scope:
            best = (j - span.end, scope)
            break
    for j in range(span.start - 1, max(prev_end, sent.start, span.start - BEFORE_WINDOW) - 1, -1):
        if words[j] == ":" and j == span.start - 1:
            continue  # "Active parameters: 60B": the label before the colon says the scope
        if words[j].lower() in {";", "but", "while", ",", ":"}:
            break
        scope = _scope_at(words, j, lex)
        if scope:
            if best is None or span.start - j <= best[0]:
                best = (span.start - j, scope)
            break
    return best[1] if best else "unspecified"


def _scope_at(words: Sequence[str], j: int, lex: ParamLexicon) -> str:
    if lex.starting_at("ACTIVE", words, j):
        return "active"
    if lex.starting_at("TOTAL", words, j):
        return "total"
    return ""


def blocked_reason(doc: Doc, span: Span, lex: ParamLexicon) -> str:
    """Why a figure is no fact about one named model, or "".

    Comparison ("6 trillion is nine times GPT-3"), negation ("not a 56B model"), a group
    ("models ranging from 1T to 10T", "trillion-parameter models like PaLM"), a part's size
    ("16 experts with 111 billion parameters each").

    Args:
        doc: the document.
        span: the figure.
        lex: the cue lexicon.

    A correction's retracted figure ("an earlier version of this article said X has 140B",
    "X was incorrectly reported to have 140B") is no fact either.

    Returns:
        "comparison", "negation", "group", "part", "retracted" or "".
    """
    words = _words(doc)
    sent = span.sent
    if any(lex.ending_at("RETRACTED", words, j) for j in range(sent.start + 1, span.start)):
        return "retracted"  # "An earlier version of this article said X has 140B": corrected away
    for j in range(span.end, min(span.end + 6, sent.end)):
        w = words[j].lower()
        if w in {",", ";", ".", "(", "—"}:
            break
        if lex.has("COMPARISON", w) and w != "like":
            return "comparison"
        if w == "each" and all(is_param_word(x.lower()) or lex.has("ACTIVE", x.lower())
                               or lex.has("TOTAL", x.lower()) for x in words[span.end : j]):
            return "part"  # "eight experts with 220 billion parameters each": one part's size
        if lex.has("GROUP_NOUN", w):
            return "group"  # "trillion-parameter models", "the 1T and 1.5T variants"
    # "39B active from its 141B total": the whole a share is taken from, not a group's range
    whole_from = span.start - lex.ending_at("WHOLE_OF", words, span.start)
    # "something like 120 billion": a bound cue, not the "like" of a group's examples
    bound_from = span.start - lex.ending_at("APPROX", words, span.start)
    for j in range(span.start - 1, max(span.start - 5, sent.start) - 1, -1):
        w = words[j].lower()
        if w in {",", ";", ".", ")"}:
            break
        if j >= min(whole_from, bound_from):
            continue
        if lex.ending_at("NEGATION", words, j + 1):
            return "negation"
        if w == "each" and j + 1 < span.start and words[j + 1].lower() in {"with", "of", "has"}:
            return "part"  # "16 experts, each with around 111 billion parameters"
        if (lex.ending_at("GROUP", words, j + 1) and span.start - j <= 2
                and not _one_models_span(words, span, j, sent.start, lex)):
            return "group"  # "ranging from 1T", "covering 1T, 1.5T": figures of a group
        if w == "to" and _ranged(words, j, sent.start, lex):
            return "group"
    return ""


def _one_models_span(words: Sequence[str], span: Span, cue: int, floor: int,
                     lex: ParamLexicon) -> bool:
    """ "Zeta 5 has (somewhere) from 1 to 1.8 trillion", "estimates ranged from 1 to 2
    trillion": a "from" before one range figure spans one model's uncertain size, unless the
    clause before it talks of several models or sizes ("models from 1B to 70B", "sizes
    ranging from 0.5B to 110B")."""
    if words[cue].lower() != "from" or not RANGE_RE.fullmatch(
            fold_hyphens(span.text)):
        return False
    for k in range(cue - 1, floor - 1, -1):
        w = words[k].lower()
        if w in {",", ";", ":", "(", "—"}:
            break
        # talk of several sizes: "sizes from 0.5B to 72B", "a family ranging from 1B to 70B"
        # (a verb "range(d) from" is no such word: "estimates ranged")
        if any(lex.has(label, w) for label in GROUP_SIZE_LABELS):
            return False
    return True


GROUP_SIZE_LABELS = ("GROUP_NOUN", "OFFER_LIST_NOUN", "FAMILY_NOUN", "SIZE_GROUP_NOUN")


def _ranged(words: Sequence[str], to_index: int, floor: int, lex: ParamLexicon) -> bool:
    """ "... from 1T to 10T": the "to" closes a "from"/"between" span opened on a figure (not
    "from Grok 4.3 to the 10T Grok 5", where the span runs between models, nor "grows from
    405B to 800B", a change)."""
    for k in range(to_index - 1, max(floor, to_index - 5) - 1, -1):
        if words[k].lower() == "from" and any(
                lex.has("CHANGE_VERB", w) for w in words[max(floor, k - 5) : k]):
            return False
        if words[k].lower() in {"from", "between"}:
            return any(any(c.isdigit() for c in w) or w.lower() in {"trillion", "billion"}
                       for w in words[k + 1 : to_index]) and not any(
                           c.isalpha() and c.isupper() for c in words[k + 1])
    return False
