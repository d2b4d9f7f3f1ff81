"""Constructions that tie a figure to a model beyond the gap rules of ``param_binding``.

- size lists: "three sizes are offered, with 2B, 9B and 27B parameters" (a family's sizes),
  and the same list after the family's name: "Zeta 5 comes in 1B, 3B and 11B variants";
- relative clauses on the parameter noun: "the 175 billion parameters that X is trained on";
- a change: "grows from 405B to 800B parameters" gives the new size, not a range.

Pure functions over a ``Doc`` and figure spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.common.sentence_index import spans_starting_in
from extractors.common.unicode_forms import is_hyphen
from extractors.params.gaps import gap_words
from extractors.params.lexicon import ParamLexicon
from extractors.params.numbers import RANGE_RE, ValueSurface, find_value_surfaces
from extractors.params.stand_ins import anaphoric, paragraph_topic

_SIZE_LIST_KEY = "newsfacts.size_list_tokens"
# Grammar, not vocabulary: coordinators and punctuation that join the figures of a list.
LIST_JOINERS = frozenset({",", "and", "or", "&", "/"})
# Grammar: the determiner of a modified last item ("and a flagship 180B", "and the largest 405B")
ITEM_DETERMINERS = frozenset({"a", "an", "the"})
MAX_ITEM_MODIFIERS = 2
# A bare size of a list with no "sizes" noun: "3B", "70b", "1.5T" (not "1M", "128K", "$3B")
BARE_SIZE_RE = re.compile(r"\d+(?:\.\d+)?[bBtT]")
# Grammar: words that end a bare list's clause ("comes in 3B and 8B and ships", "..., but")
LIST_ENDERS = frozenset({"and", "or", "but", "while", "which", "as", "for", "with"})
# Grammar, not vocabulary: prepositions and punctuation that open a list ("in", "from", ":");
# a participle that does ("ranging from") is the lexicon's LIST_LEAD_VERB.
LIST_LEAD = frozenset({"in", "of", "from", "between", ":", ",", "with", "at", "(",
                       "\u2014", "\u2013", "-"})
# A date between the family's name and its list is no figure of its own: "2024", "2024-09-17"
# (a date the NER marks, "March 3", is skipped by its entity type)
DATE_WORD_RE = re.compile(r"\b(?:19|20)\d{2}(?:-\d{2}-\d{2})?\b")
MAX_OWNER_GAP = 12  # words from the family's name to its list: "is now offered to developers in"


def is_in_size_list(doc: Doc, value: Span, values: Sequence[Span], lex: ParamLexicon) -> bool:
    """The figure is one of a coordination of figures in a sentence about a family's sizes
    ("There are 4 sizes available with 7B, 13B, 33B, and 65B parameters").

    ``values`` are in text order (as ``figure_spans`` gives them): the sentence's figures are
    found by bisection and its size-list words from one scan of the Doc, not a scan of the
    sentence and of every figure per figure (quadratic in a figure-dense sentence)."""
    sent = value.sent
    words = _size_list_tokens(doc, lex)
    if bisect_left(words, sent.end, lo=bisect_left(words, sent.start)) == bisect_left(
            words, sent.start):
        return False
    in_sent = list(spans_starting_in(values, sent.start, sent.end))
    k = next((n for n, v in enumerate(in_sent) if v.start == value.start), None)
    if k is None or len(in_sent) < 2:
        return False
    neighbours = ([in_sent[k - 1]] if k else []) + ([in_sent[k + 1]] if k + 1 < len(in_sent)
                                                      else [])
    for other in neighbours:
        lo, hi = sorted((other, value), key=lambda s: s.start)
        if all(t.lower_ in {",", "and", "or"} for t in doc[lo.end : hi.start]):
            return True
    return False


def _size_list_tokens(doc: Doc, lex: ParamLexicon) -> list[int]:
    """Indices of the Doc's SIZE_LIST words, found once per Doc (and length and lexicon)."""
    key = (len(doc), id(lex))
    cached = doc.user_data.get(_SIZE_LIST_KEY)
    if cached is not None and tuple(cached[0]) == key:
        return cached[1]
    found = [t.i for t in doc if lex.has("SIZE_LIST", t.lower_)]
    doc.user_data[_SIZE_LIST_KEY] = (key, found)
    return found


def relative_clause_model(doc: Doc, value: Span, right: Sequence[Span]) -> Span | None:
    """ "the 175 billion parameters that Orca 3 is trained on", "70B parameters, which Orca 3
    uses": the model is the subject of a relative clause on the parameter noun."""
    if not right:
        return None
    j = value.end
    if j < len(doc) and is_hyphen(doc[j]):
        j += 1
    if j >= len(doc) or not is_param_word(doc[j].lower_):
        return None
    j += 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in {"that", "which"}:
        return None
    model = right[0]
    after = doc[model.end] if model.end < len(doc) else None
    starts = {j + 1, j + 2} if j + 1 < len(doc) and doc[j + 1].lower_ == "the" else {j + 1}
    return model if model.start in starts and after is not None and after.is_lower else None


def named_size_lists(doc: Doc, values: Sequence[Span], models: Sequence[Span],
                     lex: ParamLexicon) -> dict[int, Span]:
    """Figures of a size list that follows the family's name in its sentence: "Zeta 5 comes
    in 1B, 3B, 11B and 90B variants", "Nova 3 is offered in 8B, 32B and 120B versions",
    "Orca-2 is available in sizes from 0.5B to 72B".

    A list is two or more figures joined by coordinators (or one "from ... to" range) with a
    ``SIZE_LIST`` noun right before or after it; its owner is the nearest model named before
    it, with no other figure, comparison, negation, clause break or plural model noun between
    ("Zeta 5 beats models in 7B and 70B sizes" lists no size of Zeta 5).

    Args:
        doc: the document.
        values: figure spans in text order.
        models: MODEL spans sorted by start.
        lex: the cue lexicon.

    Returns:
        A dict from figure start token to the family's model.
    """
    out: dict[int, Span] = {}
    k = 0
    while k < len(values):
        chain = [values[k]]
        sent_start = values[k].sent.start
        while k + len(chain) < len(values):
            nxt = values[k + len(chain)]
            gap = doc[chain[-1].end : nxt.start]
            if nxt.sent.start != sent_start or not _joins_list_items(gap, lex):
                break
            chain.append(nxt)
        k += len(chain)
        owner = _list_owner(doc, chain, models, lex)
        if owner is not None:
            out.update((v.start, owner) for v in chain)
    return out


def _date_words(gap: Span) -> set[str]:
    """The words of a gap that belong to a date: a DATE entity ("March 3") or a year or ISO
    date however the tokenizer cut it ("2024", "2024-09-17")."""
    base = gap.start_char
    ranges = [(base + m.start(), base + m.end()) for m in DATE_WORD_RE.finditer(gap.text)]
    return {t.lower_ for t in gap if t.ent_type_ == "DATE" or any(
        a <= t.idx and t.idx + len(t) <= b for a, b in ranges)}


def _joins_list_items(gap: Span, lex: ParamLexicon) -> bool:
    """The tokens between two figures of one list: joiners (", ", "and"), optionally followed
    by a modifier of the next item: "8B, 34B and a flagship 180B", "8B, 70B and the largest
    405B" (a determiner, then at most ``MAX_ITEM_MODIFIERS`` stand-in, size-talk or tier
    words)."""
    words = [t.lower_ for t in gap if not t.is_space]
    k = 0
    while k < len(words) and words[k] in LIST_JOINERS:
        k += 1
    if k == len(words):
        return True
    if k == 0 or words[k] not in ITEM_DETERMINERS:
        return False
    mods = words[k + 1:]
    return 0 < len(mods) <= MAX_ITEM_MODIFIERS and all(
        lex.has("STAND_IN", w) or lex.has("SIZE_TALK", w) or lex.has("TIER", w) for w in mods)


def _offer_gap(doc: Doc, first: Span, lex: ParamLexicon) -> bool:
    """A ``SIZE_OFFER`` phrase ("comes in", "offered as", "ships with") ends right before the
    list, past its lead words ("available in sizes from", "comes in three sizes:")."""
    words = [t.lower_ for t in doc[first.sent.start : first.start] if not t.is_space]
    end = len(words)
    while end and _list_lead_word(words[end - 1], lex):
        end -= 1
    return lex.ending_at("SIZE_OFFER", words, end) > 0


def _list_lead_word(word: str, lex: ParamLexicon) -> bool:
    """A word between an offer and its list: "comes in [three sizes:]", "[sizes ranging from]"."""
    if word in {"in", "with"}:
        return False  # the offer's own preposition
    return (_leads_list(word, lex) or lex.has("SIZE_LIST_MODIFIER", word)
            or lex.has("SIZE_LIST", word)
            or (word.isalpha() and lex.has("FILLER", word)))


def _leads_list(word: str, lex: ParamLexicon) -> bool:
    """A word that opens a list: a preposition or punctuation ("in", ":") or a participle
    (``LIST_LEAD_VERB``, "ranging")."""
    return word in LIST_LEAD or lex.has("LIST_LEAD_VERB", word)


def _bare_suffix_list(chain: Sequence[Span], tail: Sequence[str]) -> bool:
    """ "Zeta 5 comes in 3B, 8B and 70B and ships next week": after an offer, a list of
    billion or trillion suffixes needs no "sizes" noun, as long as no noun follows it that
    could make them counts of something else ("comes in 3B and 8B downloads")."""
    return all(BARE_SIZE_RE.fullmatch(v.text.rstrip(".,;:")) for v in chain) and (
        not tail or not tail[0].isalpha() or tail[0] in LIST_ENDERS)


def _list_owner(doc: Doc, chain: Sequence[Span], models: Sequence[Span], lex: ParamLexicon
                ) -> Span | None:
    first, last = chain[0], chain[-1]
    sent = first.sent
    lead = [t.lower_ for t in doc[sent.start : first.start] if not t.is_space]
    if len(chain) == 1 and not (lead and lead[-1] in {"from", "between"}
                                and any(t.lower_ == "to" for t in first)):
        return None  # one figure is a list only as "from 0.5B to 72B"
    tail = [t.lower_ for t in doc[last.end : min(last.end + 4, sent.end)]
            if not is_hyphen(t) and not is_param_word(t.lower_)]
    offered = _offer_gap(doc, first, lex)
    while lead and _leads_list(lead[-1], lex):
        lead.pop()
    if not (tail and (lex.has("SIZE_LIST", tail[0]) or (
            offered and lex.has("OFFER_LIST_NOUN", tail[0])))) and not (
            lead and lex.has("SIZE_LIST", lead[-1])) and not (
            offered and _bare_suffix_list(chain, tail)):
        return None  # "offered as 1B, 4B and 12B models": plural "models" after an offer only
    before = [m for m in spans_starting_in(models, sent.start, first.start) if m.end <= first.start]
    if not before:
        # "It comes in 1B, 4B and 12B sizes", "Sizes: 1B, 4B and 12B": the paragraph's model
        words = [t.text for t in sent if not t.is_space]
        if anaphoric(sent, lex, first.start) or (words and lex.has("SIZE_LIST", words[0])):
            return paragraph_topic(doc, first, models, lex)
        return None
    owner = before[-1]
    if len(before) > 1 and before[-2].end + 1 == owner.start and doc[owner.start - 1].lower_ in {
            "and", ",", "or"}:
        return None  # "X and Y come in 1T and 1.5T variants": whose is which?
    gap = gap_words(doc, owner.end, first.start, ())
    if not offered and not any(lex.has("SIZE_LIST", w) for w in gap):
        return None  # "X is moving toward (competes with) the 1T and 1.5T variants"
    dated = _date_words(doc[owner.end : first.start])
    if len(gap) > MAX_OWNER_GAP or any(
            lex.has("COMPARISON", w) or lex.has("NEGATION", w) or lex.has("CLAUSE_BREAK", w)
            or lex.has("GENERIC_MODELS", w) or lex.has("RIVAL_NOUN", w)
            or (any(c.isdigit() for c in w) and w not in dated)
            for w in gap):
        return None  # "released on 2024-09-17 in three sizes:" still offers the list
    return owner



MAX_CHANGE_REACH = 5  # tokens from the change verb to "from": "bumps its parameter count from"


def change_target(doc: Doc, span: Span, surface: ValueSurface, lex: ParamLexicon
                  ) -> ValueSurface | None:
    """ "Zeta 5 grows from 405B to 800B parameters", "raising the parameter count from 70B to
    405B": a "from ... to" range after a ``CHANGE_VERB`` is a change, and its second figure
    the size the sentence is about (the first is an earlier model's).

    Returns:
        The surface of the second figure, or None when the range is no change.
    """
    if surface.kind != "range" or span.start < 2 or doc[span.start - 1].lower_ != "from":
        return None
    floor = max(span.sent.start, span.start - 1 - MAX_CHANGE_REACH)
    for tok in reversed(doc[floor : span.start - 1]):
        if tok.is_punct:
            return None
        if lex.has("CHANGE_VERB", tok.lower_):
            break
    else:
        return None
    offset = surface.start - span.start_char
    text = span.text[offset : offset + surface.end - surface.start]
    match = RANGE_RE.fullmatch(text)
    if match is None:
        return None
    hi = match.start("hi")
    found = find_value_surfaces(text[hi:])
    if len(found) != 1 or found[0].value is None:
        return None
    new = found[0]
    return ValueSurface(surface.start + hi + new.start, surface.start + hi + new.end, new.value,
                        new.low, new.high, new.bound, new.kind)
