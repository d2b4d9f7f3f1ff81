"""One fact stated several times: which mentions to drop, and how the rest agree.

An article names "X 340B Base" and "X 340B Instruct" beside "X 340B"; it rounds a size in a
repository name ("zeta-oss-20b") and states it exactly elsewhere ("21 billion parameters"); it
says "a trillion-parameter model" once and "1 trillion total parameters" later. These
functions run on the bound spans of a whole Doc, after every figure is read, because each
needs the other mentions of the same model to decide.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from spacy.tokens import Span

from extractors.params.lexicon import ParamLexicon
from extractors.params.sources import Source, same_source, sentence_source

NAME_ROUNDING = 0.005  # a stated size within 0.5% of the name's is the same figure
# Least to most informative: when one fact is stated twice, the more specific reading wins.
_BOUND_RANK = {"exact": 0, "approx": 1, "at_most": 2, "at_least": 2, "range": 3}


def subject_key(span: Span) -> str:
    """The model a bound figure belongs to, by canonical name ("" when unbound)."""
    subject = span._.subject
    return "" if subject is None else (subject._.canonical or subject.text)


def drop_variant_restatements(spans: list[Span]) -> list[Span]:
    """Drop a size read from a variant's name when the base name states the same size:
    "X 340B Base, X 340B Instruct and X 340B Reward" say one fact, "X 340B" = 340B.

    Args:
        spans: bound PARAM_COUNT spans of one Doc.

    Returns:
        The spans without the variants' restated name sizes.
    """
    sized = {(subject_key(s), s._.param_value) for s in spans if s._.binding == "name_size"}
    return [s for s in spans if s._.binding != "name_size" or not any(
        value == s._.param_value and subject_key(s).startswith(base + " ")
        for base, value in sized)]


def drop_names_stated_otherwise(spans: list[Span]) -> list[Span]:
    """Drop a size read from a name when the text states the model's size as another figure:
    "zeta-oss-20b has 21 billion parameters" (the repository name rounds; the stated figure is
    the fact). Scopes must agree: the "A3B" of "Zeta-30B-A3B" is not contradicted by a total.

    Args:
        spans: bound PARAM_COUNT spans of one Doc.

    Returns:
        The spans without name sizes that a stated figure of the same scope contradicts.
    """
    stated: dict[tuple[str, str], set[float]] = defaultdict(set)
    for s in spans:
        if s._.binding != "name_size" and s._.param_value is not None:
            stated[(subject_key(s), _total_or_active(s))].add(s._.param_value)
    return [s for s in spans if s._.binding != "name_size" or s._.param_value is None or not any(
        abs(v - s._.param_value) > NAME_ROUNDING * v
        for v in stated.get((subject_key(s), _total_or_active(s)), ()))
            or s._.param_value in stated.get((subject_key(s), _total_or_active(s)), ())]


def drop_restated_stand_ins(spans: list[Span]) -> list[Span]:
    """Drop a size inside a sentence-opening stand-in ("The 8B parameter model may ...") when
    an earlier mention already gives the model that figure: the stand-in restates it to say
    which model is meant, it states nothing new (and it would hide the earlier hedge).

    Args:
        spans: bound PARAM_COUNT spans of one Doc, in text order.

    Returns:
        The spans without such restatements.
    """
    seen: set[tuple[str, float | None]] = set()
    out = []
    for s in spans:
        key = (subject_key(s), s._.param_value)
        if not (s._.binding == "anaphor" and key in seen and _opens_its_sentence(s)):
            out.append(s)
        seen.add(key)
    return out


def _opens_its_sentence(span: Span) -> bool:
    """The figure sits in the sentence's opening determiner phrase: "The 8B model", "This new
    70B system"."""
    lead = [t for t in span.doc[span.sent.start:span.start] if not t.is_space]
    return bool(lead) and lead[0].lower_ in {"the", "this", "that"} and len(lead) <= 3


def _total_or_active(span: Span) -> str:
    return "active" if span._.param_scope == "active" else "total"


def harmonise_facts(spans: Iterable[Span], lex: ParamLexicon) -> None:
    """Give every mention of one fact (same model, same figure, same source) the same scope
    and bound.

    An article often states a figure plainly once ("Kimi K2, a trillion-parameter model") and
    precisely elsewhere ("1 trillion total parameters"); both are one fact, so the explicit
    scope and the less exact bound are copied onto the plain mentions. Only within one source
    (``sources.same_source``): the maker's plain "8 billion" is not an analyst's "8B active".

    Args:
        spans: bound PARAM_COUNT spans (modified in place).
        lex: the cue lexicon (the source cues).
    """
    groups: dict[tuple[str, float | None, float | None], list[Span]] = defaultdict(list)
    for span in spans:
        groups[(subject_key(span), span._.param_low, span._.param_high)].append(span)
    sources: dict[int, Source] = {}  # sentence start -> its source, read once per sentence
    for members in groups.values():
        keys = [_source(s, lex, sources) for s in members]
        updates = []
        for key, span in zip(keys, members, strict=True):
            if key is None and _sources_disagree(keys, members):
                continue  # the article's own "8B" beside two sources' 8B and 8B active
            peers = [m for k, m in zip(keys, members, strict=True) if same_source(key, k)]
            scopes = {m._.param_scope for m in peers if m._.param_scope != "unspecified"}
            scope = next(iter(scopes)) if len(scopes) == 1 else span._.param_scope
            bound = max((m._.param_bound for m in peers),
                        key=lambda b: _BOUND_RANK.get(b, 0))
            updates.append((span, scope, span._.param_bound if span._.param_bound == "range"
                            else bound))
        for span, scope, bound in updates:
            span._.param_scope = scope
            span._.param_bound = bound


def _sources_disagree(keys: list[Source], members: list[Span]) -> bool:
    """Two named sources state the figure in different scopes: a mention in the article's own
    voice could be either's, so it keeps its own scope and bound."""
    named = [(k, m._.param_scope) for k, m in zip(keys, members, strict=True) if k is not None]
    return any(not same_source(a, b) and sa != sb
               for i, (a, sa) in enumerate(named) for b, sb in named[i + 1:])


def _source(span: Span, lex: ParamLexicon, cache: dict[int, Source]) -> Source:
    sent = span.sent
    if sent.start not in cache:
        cache[sent.start] = sentence_source(sent, lex)
    return cache[sent.start]
