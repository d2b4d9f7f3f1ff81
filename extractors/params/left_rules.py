"""Rules for a figure whose model is named before it in the clause, by the words between.

``left_rule`` names the construction ("arrow", "colon_list", "with_params", "possessive",
"apposition", "copula", "nearest_same_clause"); ``coordination`` says a figure continues the
one before it ("141B total parameters, 39B active").

Notes:
    Left-to-right gap patterns after ReVerb-style relation phrases.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import partial

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.params.gaps import QUOTES, gap_words, has_value, strip_fillers
from extractors.params.lexicon import ParamLexicon
from extractors.params.stand_ins import indefinite, stands_for
from extractors.params.syntax import dep_agrees

MAX_COPULA_GAP = 24
MAX_LINK_GAP = 8
MAX_NEAREST_GAP = 4
MAX_LATE_PRE = 4  # words between a name and the comma of its apposition: "in early August"
DETERMINERS = frozenset({"a", "an", "the", "its", "their"})


def left_rule(doc: Doc, value: Span, model: Span, values: Sequence[Span],
               asides: Sequence[tuple[int, int]], lex: ParamLexicon, strength: str, *,
               gap_start: int | None = None) -> str | None:
    """The rule that binds ``value`` to ``model`` named before it, or None.

    ``gap_start`` is where the words between begin when not at the model's end (after the
    parentheses of an alias: "Wenlu (or "Zeta 5"), a model with 260B")."""
    start = model.end if gap_start is None else gap_start
    if has_value(values, start, value.start):
        return None  # checked before the gap is built: that gap spans every figure between
    raw = gap_words(doc, start, value.start, asides)
    # Bound cues right before the figure ("more than", "fewer than") are checked after they
    # are stripped: their "than" is the figure's bound, not a comparison with another model.
    gap = strip_fillers(raw, lex)
    if not _gap_clear(gap, lex):
        return None
    if _another_model_between(doc, model, gap, lex):
        return None
    if any(lex.has("ARROW", w) for w in gap):
        return "arrow"
    if ":" in gap and gap.index(":") <= 6 and len(gap) <= MAX_COPULA_GAP:
        return "colon_list"
    if gap and lex.has("WITH_LINK", gap[-1]) and len(gap) <= MAX_LINK_GAP:
        return "with_params"
    if _clause_with(gap, lex):
        return "with_params"
    if gap in (["'s"], ["\u2019s"], ["\u2019"], ["'"]):
        return "possessive"
    links = [k for k, w in enumerate(gap) if lex.has("LINK_VERB", w)]
    if gap and lex.has("APPOSITION", gap[0]) and not links and len(gap) <= MAX_LINK_GAP:
        return "apposition"
    if late_apposition(doc, value, raw, lex):
        return "apposition"
    if _changed_to(gap, lex):
        return "copula"
    if links and len(gap) <= MAX_COPULA_GAP:
        if indefinite(doc, value, lex) and len(gap) - links[-1] > 4:
            return None  # "X is training ... a new 1T model": the figure describes another model
        if not dep_agrees(doc, value, model, lex, stand_in=partial(stands_for, lex=lex)):
            return None
        return "copula"
    if strength == "strong" and len(gap) <= MAX_NEAREST_GAP and not any(
            w in {"to", "from", "and", "or", "then", "(", ")", ","} for w in gap):
        return "nearest_same_clause"
    return None


MAX_SUBJECT_LEAD = 3  # words before the sentence's subject name: "Acme's new Zeta 5"


def rival_subject(doc: Doc, left_models: Sequence[Span], value: Span, lex: ParamLexicon
                  ) -> Span | None:
    """The subject of a comparison, for a "with" figure after its rival: "Zeta 5 outperforms
    Orca-2 with just 7B parameters", "Zeta 5 is larger than Orca-2, with 700B parameters". The
    figure follows the rival after a comma or with a SMALL_EMPHASIS word ("just", "only"): the
    size is why the subject's win is news. "X competes with Y with 70B" (no comma, no
    emphasis) stays Y's.

    Args:
        doc: the document.
        left_models: the visible models before the figure in its sentence, in order.
        value: the figure, bound by ``with_params`` to the last of ``left_models``.
        lex: the cue lexicon (RIVAL_VERB, COMPARISON, SMALL_EMPHASIS).

    Returns:
        The sentence's subject model, or None when the construction is not a comparison.
    """
    if len(left_models) < 2:
        return None
    subject, rival = left_models[0], left_models[-1]
    if subject.start - value.sent.start > MAX_SUBJECT_LEAD:
        return None
    between = [t.text for t in doc[subject.end:rival.start] if not t.is_space]
    if not any(lex.starting_at("RIVAL_VERB", between, k) or lex.has("COMPARISON", between[k])
               for k in range(len(between))):
        return None
    gap = [t.text for t in doc[rival.end:value.start] if not t.is_space]
    emphasis = any(lex.starting_at("SMALL_EMPHASIS", gap, k) for k in range(len(gap)))
    # ", a model with 70B" is an apposition on the rival: its size, not the subject's
    after_comma = gap[:1] == [","] and len(gap) > 1 and gap[1].lower() not in DETERMINERS
    return subject if after_comma or emphasis else None


NEW_INSTANCE = frozenset({"second", "third", "fourth", "fifth", "another"})


def _another_model_between(doc: Doc, model: Span, gap: Sequence[str], lex: ParamLexicon
                           ) -> bool:
    """The words after the name speak of another model: "a second Wren, a successor with
    8B" (a new model after Wren, not Wren), "X will get a successor with 30B" (the successor's
    size). "X, a successor with 20B" (an apposition) and "X is a successor with 20B" make X
    the successor."""
    before = [t.lower_ for t in doc[max(model.sent.start, model.start - 2) : model.start]]
    if before and before[-1] in NEW_INSTANCE and (before[-1] == "another" or before[:1] in (
            ["a"], ["an"])):
        return True
    at = next((k for k, w in enumerate(gap) if lex.has("SUCCESSOR_NOUN", w)), None)
    if at is None:
        return False
    lead = [w for w in gap[:at] if not lex.has("FILLER", w) or w == ","]
    return lead != [","] and not (lead and all(lex.has("LINK_VERB", w) for w in lead))


MAX_CLAUSE_LEAD = 5  # words before the parameter noun of its clause: "at that time the"


def param_clause(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """The figure closes a comma clause whose subject is the parameter noun: "Zeta 4 shipped
    in January, the parameter is 72 billion", "..., total parameter scale is more than half a
    trillion", "..., parameter scale will exceed one trillion" (a translated report's way of
    stating the size of the model the sentence is about).

    The clause runs from the last comma before the figure; it holds a parameter noun after at
    most ``MAX_CLAUSE_LEAD`` words (no verb, no possessive: "the rival's parameter count is"
    is another model's), then only ``COUNT_NOUN`` words ("scale", "number"), a ``MODAL`` and a
    link verb or an ``AT_LEAST`` verb ("is", "reaches", "will exceed"), then the figure's own
    bound cues. The model is the one named before the clause (the caller's)."""
    sent = value.sent
    words: list[str] = []
    for tok in reversed(doc[sent.start : value.start]):
        if tok.text == ",":
            break
        if len(words) > MAX_COPULA_GAP:
            return False
        if not tok.is_space and tok.text not in QUOTES:
            words.append(tok.lower_)
    else:
        return False  # no comma: the sentence's own construction rules decide
    clause = strip_fillers(words[::-1], lex)
    noun = next((k for k, w in enumerate(clause) if is_param_word(w)), None)
    if noun is None or noun > MAX_CLAUSE_LEAD:
        return False
    lead, tail = clause[:noun], clause[noun + 1 :]
    # a verb before the noun makes the clause say more ("analysts say the parameter ..."); the
    # lead may hold a time phrase ("at that time the parameter number was")
    if any(lex.has("SIZE_VERB", w) or w in {"'s", "\u2019s"} for w in lead):
        return False
    verbs = [w for w in tail if lex.has("LINK_VERB", w) or lex.has("AT_LEAST", w)]
    return bool(verbs) and all(
        lex.has("COUNT_NOUN", w) or lex.has("MODAL", w) or lex.has("LINK_VERB", w)
        or lex.has("AT_LEAST", w) or is_param_word(w) for w in tail)


def _changed_to(gap: Sequence[str], lex: ParamLexicon) -> bool:
    """ "Zeta 5 jumped from 70 to 405 billion": the subject changed to the figure."""
    if len(gap) < 3 or gap[-1] != "to" or "from" not in gap or len(gap) > MAX_LINK_GAP + 2:
        return False
    return any(lex.has("CHANGE_VERB", w) for w in gap[: gap.index("from")])


# Grammar, not vocabulary: the determiners and "of" of a parameter phrase ("a count of").
PARAM_PHRASE_WORDS = frozenset({"of", "a", "the", "its"})


def _clause_with(gap: Sequence[str], lex: ParamLexicon) -> bool:
    """ "X keeps the MoE design, with total parameters of about 1.5T": a "with" phrase on the
    clause (after its only comma) that names the parameters, so the figure is the subject's."""
    if "with" not in gap or gap.count(",") != 1 or len(gap) > MAX_COPULA_GAP:
        return False
    k = len(gap) - 1 - gap[::-1].index("with")
    tail = gap[k + 1 :]
    return k > 0 and gap[k - 1] == "," and any(is_param_word(w) for w in tail) and all(
        is_param_word(w) or lex.has("TOTAL", w) or lex.has("ACTIVE", w)
        or lex.has("COUNT_NOUN", w) or w in PARAM_PHRASE_WORDS for w in tail)


def late_apposition(doc: Doc, value: Span, raw: Sequence[str], lex: ParamLexicon) -> bool:
    """ "Acme shipped Zeta 5 in August, a dense 70B model", "Zeta 5 Sprout, a 109B-parameter
    model, ...": an apposition that describes the name after a short phrase that hangs on it
    (a time, a place, a trailing variant word the name rule left out). The words before the
    comma are title-case words, digits or ``APPOSITION_SKIP`` words (no verb, no possessive:
    "Zeta 5's successor, a 70B model" is the successor's size); after it a determiner and at
    most two modifiers, and the figure is followed by its model noun."""
    if raw.count(",") != 1:
        return False
    comma = raw.index(",")
    pre, post = raw[:comma], raw[comma + 1 :]
    if not 1 <= len(pre) <= MAX_LATE_PRE or not post or post[0] not in {"a", "an", "the", "its"}:
        return False
    first = doc[value.start].sent.start
    originals = {t.lower_: t.text for t in doc[first : value.start]}
    if not all(lex.has("APPOSITION_SKIP", w) or w.isdigit() or originals.get(w, w).istitle()
               for w in pre) or pre[0] in {"'s", "\u2019s"}:
        return False
    if len(post) > 3 or not all(w.isalpha() and not lex.has("LINK_VERB", w)
                                and not lex.has("APPOSITION_SKIP", w) for w in post[1:]):
        return False
    for tok in doc[value.end : min(value.end + 4, value.sent.end)]:
        w = tok.lower_
        if lex.has("MODEL_NOUN", w) or is_param_word(w):
            return True  # "a dense 70B model", "a 2T-parameter behemoth"
        if not (is_param_word(w) or w == "-" or lex.has("RIGHT_GAP", w)):
            return False
    return False


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


def coordination(doc: Doc, value: Span, values: Sequence[Span],
                  asides: Sequence[tuple[int, int]], lex: ParamLexicon,
                  models: Sequence[Span] = ()) -> bool:
    """The figure is a second size of the model the figure before it in the sentence was
    bound to: joined by coordinators ("141B total parameters, 39B active"), as the whole
    after a share ("39B active parameters out of 141B", "37B of its 671B"), or as the active
    share after a description of the model ("a 456B-parameter hybrid model with 45.9B
    parameters activated per token"). A model named between the two figures ends it."""
    last = _last_value_before(values, value)
    if last is None or any(last.end <= m.start and m.end <= value.start for m in models):
        return False
    gap = gap_words(doc, last.end, value.start, asides)
    after = doc[value.end].lower_ if value.end < len(doc) else ""
    whole = lex.ending_at("WHOLE_OF", gap, len(gap))
    joined = gap[: len(gap) - whole] if whole else gap
    if len(gap) <= MAX_LINK_GAP and all(lex.has("COORD", w) for w in joined) and not lex.has(
            "MODEL_NOUN", after):
        return True
    if ";" in gap and all(lex.has("FILLER", w) or lex.has("COORD", w)
                          for w in gap[len(gap) - gap[::-1].index(";"):]):
        gap = gap[: gap.index(";")]  # "a 675B-parameter model; 41B parameters are active"
    return (len(gap) <= MAX_COPULA_GAP and states_active(doc, value, lex)
            and _gap_clear(gap, lex) and not any(w in {"and", "or", "."} for w in gap))


def states_active(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """An active cue follows the figure, past its parameter noun and a copula: "45.9B
    parameters activated per token", "39B active", "41B parameters are active"."""
    words = [t.lower_ for t in doc[value.end : min(value.end + 5, value.sent.end)]]
    k = 0
    while k < len(words) and (is_param_word(words[k]) or words[k] in {
            "-", "are", "is", "were", "was", "remain", "stay"}):
        k += 1
    return lex.starting_at("ACTIVE", words, k) > 0


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
