"""Bind a parameter-count figure to the ONE named model the sentence ties it to.

Surface-pattern rules over tokens and entity spans, so they run on a blank pipeline; each rule
has a name that records.py maps to a confidence (stronger rules first):

- ``name_size``: the figure is part of the model's name ("Llama 3 405B").
- ``parenthetical``: "X (1.6T parameters)", "GPT-3 (175B)", "314B (Grok-1)".
- ``n_param_model``: "the 10T-parameter Grok 5", "a 280B parameter model called Gopher".
- ``arrow``: "Grok 4.3 (mid-April) → The 0.5T parameter Beta".
- ``colon_list``: "Grok 4.4: expected to reach 1 trillion parameters".
- ``with_params``: "Grok 4.4 with 1 trillion parameters", "Grok 4.2 at 0.5T params".
- ``apposition``: "Kimi K2, the first trillion-parameter model", also after a short phrase
  on the name ("Acme shipped Zeta 5 in August, a dense 70B model"), and a size right after a
  name that opens a list row ("- Zeta 5 ~400B").
- ``possessive``: "Grok 5's 6 trillion parameters".
- ``copula``: "GPT-4 has 1 trillion parameters", "GLaM ... packs 1.2T".
- ``fronted``: "Boasting 500B parameters, Zeta 5 ...", "At 3.8B parameters, the new X".
- ``coordination``: "Mixtral 8x22B — 141B total parameters, 39B active", a second size of
  the same model ("40B total and maybe 8B active", "400B (only 17B active)", "39B active out
  of 141B", "a 456B-parameter model with 45.9B parameters activated per token").
- ``relative_clause``: "the 175 billion parameters that GPT-3 is trained on".
- ``named_after``, ``parameters_of``, ``size_link`` (size_links.py): "a 1.2T-parameter model,
  Zeta 3, ...", "the 6T parameters of Zeta 5", "X, ..., weighing in at 1.6 trillion".
- ``size_list``: "three sizes, with 2B, 9B and 27B parameters" for the paragraph's one model;
  "Zeta 5 comes in 1B, 3B and 11B variants" for the family named before the list
  (``constructions.named_size_lists``, consulted by the component before these rules).
- ``anaphor``: "It uses 1.6T total parameters" (also after a colon: "the kicker: it uses"),
  a verbless fragment that opens on the figure ("Seventy billion parameters, same recipe."),
  "The new system packs 90B" (a stand-in) with one model in the paragraph so far, or, when it
  names none, in the paragraph before.
- ``active_share``: "only two experts are active per pass, using 280B parameters" (no pronoun)
  for the paragraph's one model, as ``anaphor``.
- ``nearest_same_clause``: a model a few plain words before the figure.

Figures blocked as comparisons, negations or group statements are never bound (except by
``name_size``/``parenthetical``, which are local). When the parse is present
(``doc.has_annotation("DEP")``) it breaks ties in ``copula``: the model must then be in the
subtree of the verb that governs the figure.

Asides ("(...)", "— ... —", ", which Acme unveiled last week,") neither block a rule nor
lend it their models; a name given in parentheses as an alias ("Wenlu (or X), a model
with 260B") is not an aside.

The rules live by where the model is: ``left_rules`` (before the figure), ``right_owners``
(after it), ``stand_ins`` (a pronoun or stand-in for the paragraph's model); ``gaps`` has the
asides and fillers they skip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.common.sentence_index import spans_starting_in
from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.params.constructions import is_in_size_list, relative_clause_model
from extractors.params.gaps import (
    alias_aside,
    apposition_end,
    aside_around,
    aside_ranges,
    inside,
)
from extractors.params.left_rules import coordination, left_rule, param_clause, rival_subject
from extractors.params.lexicon import ParamLexicon
from extractors.params.numbers import RANGE_RE
from extractors.params.right_owners import contrast_owner, fronted_model, n_param_model
from extractors.params.size_links import follows_size_link, right_owner, size_link_pronoun
from extractors.params.stand_ins import (
    anaphoric,
    indefinite,
    opens_on_figure,
    paragraph_topic,
    pronoun_owns_the_count,
    pronoun_predicate,
    relative_on_a_name,
    states_active_share,
)
from extractors.params.tiers import tier_model

WEAK_RULES = frozenset({"coordination", "anaphor", "nearest_same_clause"})


@dataclass(frozen=True, slots=True)
class ParamBinding:
    """The model a figure is bound to (``subject``) and the rule that did it."""

    subject: Span | None
    rule: str | None


UNBOUND = ParamBinding(None, None)


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
    in_sent = [m for m in spans_starting_in(models, _clause_start(doc, sent), sent.end)
               if m.end <= sent.end]
    own_aside = inside(value.start, asides)
    # "Wenlu (or "Zeta 5"), a model with 260B": the alias is the name the figure sees, unless
    # the parentheses follow another name ("Zeta Large (ZL-2) has 90B": that name comes first)
    ends = {m.end for m in in_sent}
    aliases = {m.start: rng for m in in_sent
               if (rng := alias_aside(doc, m, asides, lex)) and rng[0] not in ends}
    visible = [m for m in in_sent if inside(m.start, asides) in (None, own_aside)
               or (m.start in aliases and value.start > aliases[m.start][1])]
    left = [m for m in in_sent if m.end <= value.start]
    right = [m for m in in_sent if m.start >= value.end]
    paren = parenthetical_model(doc, value, models)
    if paren is not None:
        return ParamBinding(paren, "parenthetical")
    contrast = contrast_owner(doc, value, [m for m in right if m in visible], lex)
    if contrast is not None:
        return ParamBinding(contrast, "parameters_of")  # "up from 3T for Zeta 4"
    if blocked:
        return UNBOUND
    right_hit = n_param_model(doc, value, [m for m in right if m in visible], values, lex)
    if right_hit is not None:
        return ParamBinding(right_hit, "n_param_model")
    relative = relative_clause_model(doc, value, [m for m in right if m in visible])
    if relative is not None:
        return ParamBinding(relative, "relative_clause")
    fronted = fronted_model(doc, value, [m for m in right if m in visible], lex)
    if fronted is not None:
        return ParamBinding(fronted, "fronted")
    owner = right_owner(doc, value, [m for m in right if m in visible], lex)
    if owner is not None:
        return ParamBinding(*owner)
    vis_left = [m for m in left if m in visible]
    if vis_left and follows_size_link(doc, value, lex):
        return ParamBinding(vis_left[-1], "size_link")
    if vis_left and param_clause(doc, value, lex) and vis_left[-1].end <= _clause_of(doc, value):
        return ParamBinding(vis_left[-1], "param_clause")
    opening = aside_around(doc, vis_left[-1], value) if len(vis_left) > 1 else None
    if opening is not None:
        # the name in the aside is not what the figure's clause is about: its subject is
        subject = next((m for m in reversed(vis_left) if m.end <= opening), None)
        close = next(t.i for t in doc[vis_left[-1].end : value.start] if t.text == ",")
        found = None if subject is None else left_rule(
            doc, value, subject, values, asides, lex, strength, gap_start=close + 1)
        return UNBOUND if found is None else ParamBinding(subject, found)
    if vis_left and _right_after(doc, vis_left[-1], value):
        return ParamBinding(vis_left[-1], "apposition")  # "- Zeta 5 ~400B", "GPT-4 1T-1.8T range"
    if vis_left:
        named = vis_left[-1]
        found = left_rule(doc, value, named, values, asides, lex, strength,
                          gap_start=aliases[named.start][1] + 1 if named.start in aliases else None)
        if found is None and (skip := apposition_end(doc, named, value, lex)) is not None:
            found = left_rule(doc, value, named, values, asides, lex, strength, gap_start=skip)
        if found is not None:
            # "Zeta 5 outperforms Orca-2 with just 7B": the comparison's subject, not its rival
            owner = rival_subject(doc, vis_left, value, lex) if found == "with_params" else None
            return ParamBinding(owner or vis_left[-1], found)
    if not visible and is_in_size_list(doc, value, values, lex):
        topic = paragraph_topic(doc, value, models, lex)
        if topic is not None:
            return ParamBinding(topic, "size_list")
    if not visible:
        tier = tier_model(doc, value, models, lex)
        if tier is not None:
            return ParamBinding(tier, "tier")  # "Ultra has roughly 400B" after "Zeta 5 Ultra"
    if strength == "weak" and not any(m.end <= value.start for m in visible) and (
            pronoun_predicate(doc, value, lex) or pronoun_owns_the_count(doc, value, lex)):
        topic = paragraph_topic(doc, value, models, lex)
        if topic is not None:
            return ParamBinding(topic, "anaphor")  # "It is an 8B model"
    if strength != "strong":
        return UNBOUND
    if previous is not None and previous.subject is not None:
        coord = coordination(doc, value, values, asides, lex, in_sent)
        if coord:
            return ParamBinding(previous.subject, "coordination")
    if not visible and (anaphoric(value.sent, lex, value.start) or size_link_pronoun(
            doc, value, lex) or opens_on_figure(doc, value, lex) or pronoun_owns_the_count(
            doc, value, lex)) and not indefinite(
            doc, value, lex) and not relative_on_a_name(doc, value):
        topic = paragraph_topic(doc, value, models, lex)
        if topic is not None:
            return ParamBinding(topic, "anaphor")
    if not visible and states_active_share(doc, value, lex) and not indefinite(doc, value, lex):
        topic = paragraph_topic(doc, value, models, lex)
        if topic is not None:
            return ParamBinding(topic, "active_share")
    return UNBOUND


def _right_after(doc: Doc, model: Span, value: Span) -> bool:
    """The figure follows the name with nothing but a "~" between, in a list row ("- Zeta 5
    ~400B"), or is a range that opens no name part at the start of a line or sentence ("GPT-4
    1T-1.8T range"). "Zeta 2 5B parameters." alone may be a sized name: no binding."""
    if any(t.text not in {"~", "\u2248"} for t in doc[model.end : value.start]):
        return False
    lead = [t.text for t in doc[value.sent.start : model.start] if not t.is_space]
    if lead and all(w in {"-", "*", "\u2022", "\u2013", "\u2014"} for w in lead):
        return True
    return not lead and RANGE_RE.fullmatch(fold_hyphens(value.text)) is not None


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
    while j < len(doc) and (is_param_word(doc[j].lower_) or is_hyphen(doc[j])):
        j += 1
    if j < len(doc) and doc[j].text == "(":
        after = [m for m in models if m.start == j + 1]
        if after and after[0].end < len(doc) and doc[after[0].end].text == ")":
            return after[0]
    return None


SENTENCE_ENDS = frozenset({".", "!", "?", "\u2026", "...", '"', "\u201d", "'", "\u2019", ")",
                           "]"})


def _clause_start(doc: Doc, sent: Span) -> int:
    """Sentence start, or the previous sentence's when this one follows a colon (parsers split
    "Grok 4.4: Expected to reach 1T parameters" after the colon) or starts where no sentence
    can: after a word, on the same line ("Vega-3 | has 1.76T parameters" split after the
    name)."""
    i = sent.start - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 0 or doc[i].is_space:
        return sent.start
    if doc[i].text == ":" or (doc[i].text not in SENTENCE_ENDS and doc[i].text[-1] not in ".!?"
                              and doc[sent.start].is_lower):
        return doc[i].sent.start
    return sent.start


def _clause_of(doc: Doc, value: Span) -> int:
    """Where the comma clause holding ``value`` begins (the token after its comma)."""
    k = value.start - 1
    while k > value.sent.start and doc[k].text != ",":
        k -= 1
    return k + 1
