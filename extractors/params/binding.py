"""Bind a parameter-count figure to the ONE named model the sentence ties it to.

Surface-pattern rules over tokens and entity spans, so they run on a blank pipeline; each rule
has a name that records.py maps to a confidence (stronger rules first):

- ``name_size``: the figure is part of the model's name ("Llama 3 405B").
- ``parenthetical``: "X (1.6T parameters)", "GPT-3 (175B)", "314B (Grok-1)".
- ``n_param_model``: "the 10T-parameter Grok 5", "a 280B parameter model called Gopher".
- ``arrow``: "Grok 4.3 (mid-April) → The 0.5T parameter Beta".
- ``colon_list``: "Grok 4.4: expected to reach 1 trillion parameters".
- ``with_params``: "Grok 4.4 with 1 trillion parameters", "Grok 4.2 at 0.5T params".
- ``apposition``: "Kimi K2, the first trillion-parameter model".
- ``possessive``: "Grok 5's 6 trillion parameters".
- ``copula``: "GPT-4 has 1 trillion parameters", "GLaM ... packs 1.2T".
- ``coordination``: "Mixtral 8x22B — 141B total parameters, 39B active".
- ``relative_clause``: "the 175 billion parameters that GPT-3 is trained on".
- ``named_after``, ``parameters_of``, ``size_link`` (size_links.py): "a 1.2T-parameter model,
  Zeta 3, ...", "the 6T parameters of Zeta 5", "X, ..., weighing in at 1.6 trillion".
- ``size_list``: "three sizes, with 2B, 9B and 27B parameters" for the paragraph's one model.
- ``anaphor``: "It uses 1.6T total parameters" (also after a colon: "the kicker: it uses")
  with one model in the paragraph so far, or, when it names none, in the paragraph before.
- ``nearest_same_clause``: a model a few plain words before the figure.

Figures blocked as comparisons, negations or group statements are never bound (except by
``name_size``/``parenthetical``, which are local). When the parse is present
(``doc.has_annotation("DEP")``) it breaks ties in ``copula``: the model must then be in the
subtree of the verb that governs the figure.

Notes:
    Left-to-right gap patterns after ReVerb-style relation phrases; asides between paired
    dashes or parentheses are skipped as in ConText's scope handling (medspacy).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.params.constructions import is_in_size_list, relative_clause_model
from extractors.params.lexicon import ParamLexicon
from extractors.params.size_links import follows_size_link, right_owner
from extractors.params.syntax import dep_agrees

MAX_COPULA_GAP = 24
MAX_LINK_GAP = 8
MAX_NEAREST_GAP = 4
MAX_RIGHT_GAP = 6
WEAK_RULES = frozenset({"coordination", "anaphor", "nearest_same_clause"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their"})


@dataclass(frozen=True, slots=True)
class ParamBinding:
    """The model a figure is bound to (``subject``) and the rule that did it."""

    subject: Span | None
    rule: str | None


UNBOUND = ParamBinding(None, None)


_ASIDES_KEY = "newsfacts.param_binding.asides"


def aside_ranges(sent: Span) -> tuple[tuple[int, int], ...]:
    """Token ranges of asides in a sentence: "( ... )" and "— ... —" pairs (inclusive ends).

    Scanned once per sentence and kept in ``doc.user_data``: every figure of a sentence asks,
    and rescanning a long sentence per figure made figure-dense text quadratic.
    """
    cache = sent.doc.user_data.setdefault(_ASIDES_KEY, {})
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
    return ranges


def _inside(i: int, ranges: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    for s, e in ranges:
        if s <= i <= e:
            return s, e
    return None


def _gap(doc: Doc, start: int, end: int, asides: Sequence[tuple[int, int]]) -> list[str]:
    """Lower-cased tokens in [start, end) minus the asides that lie wholly inside it."""
    dropped = {i for s, e in asides if start <= s and e < end for i in range(s, e + 1)}
    return [doc[i].lower_ for i in range(start, end) if i not in dropped and not doc[i].is_space]


def _strip_fillers(gap: list[str], lex: ParamLexicon) -> list[str]:
    """Drop bound cues and fillers that sit right before the figure ("with over a reported")."""
    out = list(gap)
    while out:
        n = max(lex.ending_at(label, out, len(out)) for label in ("AT_LEAST", "AT_MOST", "APPROX"))
        if n:
            del out[-n:]
        elif lex.has("FILLER", out[-1]) and out[-1] not in {"(", "."}:
            out.pop()
        else:
            break
    return out


def bind_figure(doc: Doc, value: Span, models: Sequence[Span], values: Sequence[Span],
                lex: ParamLexicon, *, strength: str, blocked: str,
                previous: ParamBinding | None = None) -> ParamBinding:
    """Find the model that one figure is about.

    Args:
        doc: the document (sentence boundaries required).
        value: the figure's span.
        models: MODEL entity spans of the doc, sorted by start.
        values: every figure span of the doc (to stop gaps at other figures), sorted.
        lex: the cue lexicon.
        strength: "strong" or "weak" (from ``param_context.param_strength``).
        blocked: a non-empty reason ("comparison", "group", "negation") blocks non-local rules.
        previous: the binding of the figure just before in the same sentence, if any.

    Returns:
        A ``ParamBinding``; ``UNBOUND`` when no rule applies.
    """
    sent = value.sent
    asides = aside_ranges(sent)
    for model in models:
        if model.start <= value.start and value.end <= model.end:
            return ParamBinding(model, "name_size")
    in_sent = [m for m in models if m.start >= _clause_start(doc, sent) and m.end <= sent.end]
    own_aside = _inside(value.start, asides)
    visible = [m for m in in_sent if _inside(m.start, asides) in (None, own_aside)]
    left = [m for m in in_sent if m.end <= value.start]
    right = [m for m in in_sent if m.start >= value.end]
    paren = parenthetical_model(doc, value, models)
    if paren is not None:
        return ParamBinding(paren, "parenthetical")
    if blocked:
        return UNBOUND
    right_hit = _n_param_model(doc, value, [m for m in right if m in visible], values, lex)
    if right_hit is not None:
        return ParamBinding(right_hit, "n_param_model")
    relative = relative_clause_model(doc, value, [m for m in right if m in visible])
    if relative is not None:
        return ParamBinding(relative, "relative_clause")
    fronted = _fronted_model(doc, value, [m for m in right if m in visible], lex)
    if fronted is not None:
        return ParamBinding(fronted, "fronted")
    owner = right_owner(doc, value, [m for m in right if m in visible], lex)
    if owner is not None:
        return ParamBinding(*owner)
    vis_left = [m for m in left if m in visible]
    if vis_left and follows_size_link(doc, value, lex):
        return ParamBinding(vis_left[-1], "size_link")
    if vis_left:
        found = _left_rule(doc, value, vis_left[-1], values, asides, lex, strength)
        if found is not None:
            return ParamBinding(vis_left[-1], found)
    if not visible and is_in_size_list(doc, value, values, lex):
        topic = _paragraph_topic(doc, value, models)
        if topic is not None:
            return ParamBinding(topic, "size_list")
    if strength != "strong":
        return UNBOUND
    if previous is not None and previous.subject is not None:
        coord = _coordination(doc, value, values, asides, lex)
        if coord:
            return ParamBinding(previous.subject, "coordination")
    if not visible and _anaphoric(value.sent, lex, value.start) and not _indefinite(
            doc, value, lex):
        topic = _paragraph_topic(doc, value, models)
        if topic is not None:
            return ParamBinding(topic, "anaphor")
    return UNBOUND


def parenthetical_model(doc: Doc, value: Span, models: Sequence[Span]) -> Span | None:
    """ "X (1.6T parameters)", "X (reportedly in the hundreds of billions)", "314B (Grok-1)".

    Parentheses are local, so this ignores sentence boundaries (the trained senter often
    splits "(est. >1T)" after "est.").
    """
    i = value.start - 1
    while i >= max(0, value.start - 5) and doc[i].text != "(" and (
            not doc[i].is_punct or doc[i].text in {".", ">", "~", "<"}):
        i -= 1
    if i >= 0 and doc[i].text == "(":
        before = [m for m in models if m.end == i]
        if before:
            return before[-1]
    j = value.end
    while j < len(doc) and (doc[j].lower_.startswith("param") or is_hyphen(doc[j])):
        j += 1
    if j < len(doc) and doc[j].text == "(":
        after = [m for m in models if m.start == j + 1]
        if after and after[0].end < len(doc) and doc[after[0].end].text == ")":
            return after[0]
    return None


def _clause_start(doc: Doc, sent: Span) -> int:
    """Sentence start, or the previous sentence's when this one follows a colon: parsers split
    "Grok 4.4: Expected to reach 1T parameters" after the colon."""
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].sent.start if i >= 0 and doc[i].text == ":" else sent.start


def _has_value(values: Sequence[Span], start: int, end: int) -> bool:
    # values are sorted by start: a bisection, not a scan per figure (quadratic in figures)
    k = bisect.bisect_left(values, start, key=lambda v: v.start)
    return k < len(values) and values[k].start < end


def _n_param_model(doc: Doc, value: Span, right: Sequence[Span], values: Sequence[Span],
                   lex: ParamLexicon) -> Span | None:
    if not right:
        return None
    model = right[0]
    gap = [doc[i].lower_ for i in range(value.end, model.start)]
    if len(gap) > MAX_RIGHT_GAP or _has_value(values, value.end, model.start):
        return None
    ok = all(w.startswith("param") or lex.has("RIGHT_GAP", w) or lex.has("MODEL_NOUN", w)
             for w in gap)
    return model if ok else None


def _fronted_model(doc: Doc, value: Span, right: Sequence[Span], lex: ParamLexicon) -> Span | None:
    """ "At 3.8 billion parameters, Phi-5-mini is ...", "With 48B active parameters, X costs":
    a figure in the phrase that opens the sentence describes the subject right after its comma.
    """
    if not right:
        return None
    before = _strip_fillers(_gap(doc, value.sent.start, value.start, ()), lex)
    if before not in (["at"], ["with"]):
        return None
    words = [doc[i].lower_ for i in range(value.end, right[0].start)]
    if "," not in words:
        return None
    comma = words.index(",")
    head, tail = words[:comma], words[comma + 1:]
    if len(head) > 4 or not any(w.startswith("param") for w in head):
        return None
    if not all(w.startswith("param") or fold_hyphens(w) == "-" or lex.has("TOTAL", w)
               or lex.has("ACTIVE", w) for w in head):
        return None
    # the model opens the main clause: "..., Phi-5-mini", "..., the Nova 2", "..., Meta's Llama"
    possessor = len(tail) == 2 and tail[1] in {"'s", "\u2019s"}
    return right[0] if tail in ([], ["the"]) or possessor else None


def _left_rule(doc: Doc, value: Span, model: Span, values: Sequence[Span],
               asides: Sequence[tuple[int, int]], lex: ParamLexicon, strength: str) -> str | None:
    if _has_value(values, model.end, value.start):
        return None  # checked before the gap is built: that gap spans every figure between
    raw = _gap(doc, model.end, value.start, asides)
    # Bound cues right before the figure ("more than", "fewer than") are checked after they
    # are stripped: their "than" is the figure's bound, not a comparison with another model.
    gap = _strip_fillers(raw, lex)
    if not _gap_clear(gap, lex):
        return None
    if any(lex.has("ARROW", w) for w in gap):
        return "arrow"
    if ":" in gap and gap.index(":") <= 6 and len(gap) <= MAX_COPULA_GAP:
        return "colon_list"
    if gap and lex.has("WITH_LINK", gap[-1]) and len(gap) <= MAX_LINK_GAP:
        return "with_params"
    if gap in (["'s"], ["\u2019s"], ["\u2019"], ["'"]):
        return "possessive"
    links = [k for k, w in enumerate(gap) if lex.has("LINK_VERB", w)]
    if gap and lex.has("APPOSITION", gap[0]) and not links and len(gap) <= MAX_LINK_GAP:
        return "apposition"
    if links and len(gap) <= MAX_COPULA_GAP:
        if _indefinite(doc, value, lex) and len(gap) - links[-1] > 4:
            return None  # "X is training ... a new 1T model": the figure describes another model
        if not dep_agrees(doc, value, model):
            return None
        return "copula"
    if strength == "strong" and len(gap) <= MAX_NEAREST_GAP and not any(
            w in {"to", "from", "and", "or", "then", "(", ")", ","} for w in gap):
        return "nearest_same_clause"
    return None


def _gap_clear(gap: Sequence[str], lex: ParamLexicon) -> bool:
    """No clause break, comparison or negation between model and figure ("but it" continues)."""
    for k, w in enumerate(gap):
        nxt = gap[k + 1] if k + 1 < len(gap) else ""
        if w == "," and nxt in {"and", "or"} and k + 2 < len(gap) and gap[k + 2] in DETERMINERS:
            return False  # ", and the full version with 1T ...": a new clause, a new subject
        if lex.has("CLAUSE_BREAK", w) and not (w == "but" and nxt in {"it", "its"}):
            return False
        if (lex.has("COMPARISON", w) and w not in {"x", "like"}) or lex.ending_at(
                "NEGATION", gap, k + 1):
            return False
    return True


def _coordination(doc: Doc, value: Span, values: Sequence[Span],
                  asides: Sequence[tuple[int, int]], lex: ParamLexicon) -> bool:
    last = _last_value_before(values, value)
    if last is None:
        return False
    gap = _gap(doc, last.end, value.start, asides)
    after = doc[value.end].lower_ if value.end < len(doc) else ""
    return len(gap) <= MAX_LINK_GAP and all(lex.has("COORD", w) for w in gap) and not lex.has(
        "MODEL_NOUN", after)


def _last_value_before(values: Sequence[Span], value: Span) -> Span | None:
    """The last figure (in ``values``, sorted by start) that ends before ``value`` in its
    sentence: found by bisection and a walk back over this sentence's figures only."""
    sent_start = value.sent.start
    k = bisect.bisect_left(values, value.start, key=lambda v: v.start) - 1
    while k >= 0 and values[k].start >= sent_start:
        if values[k].end <= value.start:
            return values[k]
        k -= 1
    return None


def _anaphoric(sent: Span, lex: ParamLexicon, before: int | None = None) -> bool:
    """The sentence, or a clause after a colon or semicolon before the figure, opens on a
    pronoun or a definite stand-in ("It uses", "This design", "Total parameters are",
    "Despite its size", "Here is the kicker: it only activates"), so its figures may be about
    the paragraph's model."""
    words = [t.text for t in sent if not t.is_space]
    if any(lex.starting_at("ANAPHOR", words, k) for k in range(min(4, len(words)))):
        return True
    limit = len(words) if before is None else before - sent.start
    opens = [k + 1 for k, w in enumerate(words[:limit]) if w in {":", ";"}]
    return any(lex.starting_at("ANAPHOR", words, k)
               for o in opens for k in range(o, min(o + 3, len(words))))


def _indefinite(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """ "a (new) 1T model", "a 10B dense transformer": the figure describes an unnamed model."""
    i = value.start - 1
    while i >= value.sent.start and lex.has("FILLER", doc[i].text) and doc[i].lower_ not in {
            "a", "an"}:
        i -= 1
    if i < value.sent.start or doc[i].lower_ not in {"a", "an", "new"}:
        return False
    tail = [t.lower_ for t in doc[value.end : min(value.end + 4, value.sent.end)]]
    return any(lex.has("MODEL_NOUN", w) for w in tail)


def _paragraph_topic(doc: Doc, value: Span, models: Sequence[Span]) -> Span | None:
    """The salient model for a pronoun: the single model named earlier in the same paragraph
    (outside asides); when the paragraph names none before the figure, the single model of the
    paragraph just before (a list item or a short paragraph that goes on about the model
    named above it). Two different names in that paragraph make no single topic.

    Notes:
        A one-step salience rule (centering theory's preferred antecedent, reduced to "the
        only model of the nearest paragraph that names one").
    """
    end = value.start
    for _ in range(2):  # this paragraph, then the one before it
        start = _paragraph_start(doc, end)
        earlier: list[Span] = []
        for m in models:
            if start <= m.start and m.end <= end:
                asides = aside_ranges(m.sent)
                if _inside(m.start, asides) is None:
                    earlier.append(m)
        names = {m._.canonical or m.text for m in earlier}
        if earlier:
            return earlier[-1] if len(names) == 1 else None
        if start == 0:
            return None
        end = start - 1
    return None


def _paragraph_start(doc: Doc, i: int) -> int:
    """Index of the first token of the paragraph holding token ``i`` (after a newline)."""
    start = i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    return start
