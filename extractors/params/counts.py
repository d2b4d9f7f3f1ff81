"""The parameter counts of a Doc: which figures count parameters, and whose they are.

Pipeline: ``figures.figure_spans`` finds figures in the text, ``context.param_strength``
decides whether each one counts parameters, the constructions of a whole sentence or layout
(lists with "respectively", sizes between names, "comes in 1B, 3B and 11B variants", fact
sheets, "the 120b" stand-ins) and the gap or pronoun rules of ``binding.bind_figure`` tie it to
one MODEL entity from ``doc.spans["entities"]``, and ``restated_facts`` merges the mentions of
one fact. Bound figures carry ``param_value/low/high/bound/scope``, ``subject`` and
``binding``. Unbound figures are no facts and are not returned (unless ``emit_unbound``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.common.sentence_index import index_sentences
from extractors.errors import MissingSentencesError
from extractors.params.binding import UNBOUND, ParamBinding, bind_figure, parenthetical_model
from extractors.params.constructions import named_size_lists
from extractors.params.context import blocked_reason, param_strength, value_bound, value_scope
from extractors.params.fact_sheet import TABLE_BINDING, sheet_size
from extractors.params.figures import figure_spans, glued_to_a_word, name_part_scope
from extractors.params.lexicon import ParamLexicon
from extractors.params.numbers import ValueSurface
from extractors.params.respectively import between_bindings, respective_bindings
from extractors.params.restated_facts import (
    drop_names_stated_otherwise,
    drop_restated_stand_ins,
    drop_variant_restatements,
    harmonise_facts,
)
from extractors.params.size_links import (
    bare_size_of_named,
    describes_generic_models,
    follows_size_link,
    is_threshold,
    params_established,
    size_established,
    size_link_pronoun,
)
from extractors.params.size_names import named_next, size_name_refs, size_of_ref
from extractors.params.stand_ins import opens_on_stand_in
from extractors.vocab import ENTITIES_KEY


def find_param_counts(doc: Doc, lex: ParamLexicon, *, emit_unbound: bool = False) -> list[Span]:
    """Find the parameter counts of a Doc and bind each to one model.

    Args:
        doc: a Doc with sentence boundaries and ``doc.spans["entities"]`` (MODEL spans).
        lex: the cue lexicon.
        emit_unbound: also return figures bound to no model (``subject`` None).

    Returns:
        Spans labelled PARAM_COUNT with the ``param_*``, ``subject`` and ``binding`` attributes.

    Raises:
        MissingSentencesError: the Doc has no sentence boundaries.
    """
    if len(doc) and not doc.has_annotation("SENT_START"):
        raise MissingSentencesError("news_param_counts")
    index_sentences(doc)  # every figure asks for its sentence, several times
    models = sorted((e for e in doc.spans.get(ENTITIES_KEY, []) if e.label_ == "MODEL"),
                    key=lambda e: (e.start, -e.end))
    model_ends = frozenset(m.end for m in models)
    model_tokens = frozenset(i for m in models for i in range(m.start, m.end))
    pairs = figure_spans(doc, lex)
    values = [span for span, _ in pairs]
    respective = respective_bindings(doc, values, models)
    between = between_bindings(doc, values, models)
    listed = named_size_lists(doc, values, models, lex)
    size_refs = size_name_refs(doc, values, models)  # "the 120b": a model, not a figure
    out: list[Span] = []
    previous: ParamBinding | None = None
    text = doc.text  # Doc.text joins every token: once per Doc, not per figure
    for k, (span, surface) in enumerate(pairs):
        if span.start in size_refs:
            previous = None
            continue
        strength = param_strength(doc, span, surface, lex, model_ends)
        in_name = any(m.start <= span.start and span.end <= m.end for m in models)
        ref_model = None if in_name or strength == "unit" or not size_refs else size_of_ref(
            doc, span, size_refs, lex)
        sheet = None if in_name or strength == "unit" else sheet_size(span, models, values,
                                                                        lex, text)
        strength = _figure_strength(
            doc, span, surface, lex, strength, in_name=in_name, model_ends=model_ends,
            sized_by_layout=ref_model is not None or sheet is not None,
            listed=span.start in listed, respective=respective.get(span.start) is not None,
            models=models, model_tokens=model_tokens)
        if strength in {"", "unit"}:
            previous = None
            continue
        if previous is not None and (k == 0 or pairs[k - 1][0].sent.start != span.sent.start):
            previous = None
        if ref_model is not None:
            binding = ParamBinding(ref_model, "size_name_ref")
        elif span.start in listed and not in_name:
            binding = ParamBinding(listed[span.start], "size_list")
        elif span.start in between and not in_name:
            binding = ParamBinding(between[span.start], "between_models")
        elif span.start in respective and not in_name:
            model = respective[span.start]
            binding = UNBOUND if model is None else ParamBinding(model, "respectively")
        else:
            binding = bind_figure(doc, span, models, values, lex, strength=strength,
                                  blocked=_blocked(doc, span, lex), previous=previous)
        if sheet is not None and (binding is UNBOUND or sheet.binding.rule == TABLE_BINDING):
            # the layout binds what no sentence rule did, as for release dates: words first;
            # but a table row is no sentence: its size column belongs to the row's model, not
            # to a name in the next cell ("| zeta-20b | Zeta AI | 21B |")
            binding = sheet.binding
        if binding is UNBOUND and strength == "strong" and not _blocked(doc, span, lex):
            later = named_next(doc, span, models, lex)  # "... had 1.3B. It was called X."
            binding = UNBOUND if later is None else ParamBinding(later, "named_next")
        if binding.subject is not None and not in_name and cut_tier(doc, binding.subject, lex):
            binding = UNBOUND  # "Orion Mini" read as "Orion": the figure is the tier's
        previous = binding if binding.subject is not None else None
        if binding is UNBOUND and not emit_unbound:
            continue
        prev_end = pairs[k - 1][0].end if k else 0
        next_start = pairs[k + 1][0].start if k + 1 < len(pairs) else len(doc)
        scope = value_scope(doc, span, lex, prev_end, next_start)
        if binding.rule == "active_share" and scope == "unspecified":
            scope = "active"  # the rule bound it as the sentence's active share
        elif binding.rule == "name_size":
            scope = name_part_scope(span, surface) or scope
        if sheet is not None and sheet.scope and scope == "unspecified":
            scope = sheet.scope  # a "Total / active" or "Active params" header
        _annotate(span, surface, binding, value_bound(doc, span, surface, lex), scope)
        out.append(span)
    out = drop_variant_restatements(out)
    out = drop_names_stated_otherwise(out)
    out = drop_restated_stand_ins(out)
    harmonise_facts(out, lex)
    return out


def _figure_strength(doc: Doc, span: Span, surface: ValueSurface, lex: ParamLexicon,
                     strength: str, *, in_name: bool, model_ends: frozenset[int],
                     sized_by_layout: bool, listed: bool,
                     respective: bool, models: list[Span], model_tokens: frozenset[int]) -> str:
    """How surely a figure counts parameters, once the constructions around it are known.

    ``strength`` is what the words next to the figure say (``param_strength``: "strong",
    "weak", "unit" for another unit, "" for nothing); a stand-in or fact sheet that sizes it,
    a size list, a size link ("weighing in at") or a "respectively" list can raise it. A
    figure glued to a word outside any name ("Falcon-40B" no rule took) reads as "": a name we
    do not know, not a count.
    """
    if sized_by_layout:
        strength = "strong"  # "The 120b is 117 billion"; "Parameters: 400B", a "Params" column
    if not in_name and glued_to_a_word(span, surface):
        return ""
    if in_name and surface.kind == "suffix":
        strength = "strong"
    elif not strength and parenthetical_model(doc, span, models) is not None:
        strength = "weak"  # "GPT-3 (175B)", "314B (Grok-1)": a size next to a name
    elif not strength and surface.kind == "suffix" and any(m.start == span.end for m in models):
        strength = "weak"  # "the 405B Zeta 5": a size right before the name it modifies
    if strength != "unit" and follows_size_link(doc, span, lex) and (
            params_established(doc, span) or size_established(doc, span, lex, model_tokens)
    ) and (_named_before(span, models) or _opens_on_the_model(span.sent, lex)
           or size_link_pronoun(doc, span, lex)):
        # "X ... weighing in at 1.6 trillion" after talk of parameters or of the model's
        # size (size_established); with no name before it in the sentence only a sentence
        # whose subject is a pronoun or stand-in ("It weighs in at 1.6 trillion", "The model
        # comes in at"; not "Its rival weighs in") says whose size it is
        strength = "strong"
    if not strength and not in_name and bare_size_of_named(doc, span, lex, model_ends):
        strength = "strong"  # "Zeta 5 Medium has 34 billion" after talk of parameters
    if listed and not in_name and strength != "unit":
        strength = "strong"  # "Zeta 5 comes in 1B, 3B and 11B variants"
    elif not strength and surface.kind == "suffix" and respective:
        strength = "weak"  # "A, B and C, at 12B, 32B and 110B respectively"
    return strength


def cut_tier(doc: Doc, model: Span, lex: ParamLexicon) -> bool:
    """The name span stops before a capitalised tier word of the same name ("a smaller
    sibling, Orion Mini, ..." found as "Orion"): a size there belongs to the tier, a model
    no span names, not to the family the span covers."""
    nxt = model.end
    return (nxt < len(doc) and doc[nxt].text[:1].isupper() and lex.has("TIER", doc[nxt].lower_)
            and doc[nxt - 1].whitespace_ == " ")


def _opens_on_the_model(sent: Span, lex: ParamLexicon) -> bool:
    words = [t.text for t in sent if not t.is_space]
    return bool(words) and (words[0].lower() in {"it", "this"} or opens_on_stand_in(words, lex))


def _named_before(span: Span, models: list[Span]) -> bool:
    return any(span.sent.start <= m.start and m.end <= span.start for m in models)


def _blocked(doc: Doc, span: Span, lex: ParamLexicon) -> str:
    """Why the figure is no named model's size: context.py's reasons, a threshold passed
    ("the first model to exceed 1T parameters"), a kind of model ("models with 10T") or a
    question ("Is it 20 billion parameters?")."""
    reason = blocked_reason(doc, span, lex)
    if reason:
        return reason
    if _asks(span.sent):
        return "question"  # "Is it 20 billion parameters?": asked, not stated
    if is_threshold(doc, span, lex):
        return "threshold"
    return "group" if describes_generic_models(doc, span, lex) else ""


def _asks(sent: Span) -> bool:
    """The sentence asks: it ends on "?" (before closing quotes or emphasis) and opens on an
    auxiliary or a question word ("Is it 20 billion parameters?", "Does X have 1.8T?") or
    ends on a tag (", is it?"). A rhetorical "Remember when X shipped, all 314B of it?"
    still states its figure."""
    words = [t.lower_ for t in sent if not t.is_space and t.text not in QUESTION_CLOSERS]
    if not words or not words[-1].endswith("?"):
        return False
    tag = len(words) >= 4 and words[-4] == "," and words[-3] in QUESTION_OPENERS
    return words[0] in QUESTION_OPENERS or tag


# What may close a question after its "?": quotes, emphasis, a bracket.
QUESTION_CLOSERS = frozenset({'"', "\u201d", "'", "\u2019", "*", "**", ")", "]", "_"})
# Words that open a question, or its tag (", is it?").
QUESTION_OPENERS = frozenset({
    "is", "are", "was", "were", "isn't", "aren't", "wasn't", "does", "do", "did", "doesn't",
    "has", "have", "had", "will", "would", "could", "can", "should", "might", "how", "what",
    "why", "which", "who"})


def _annotate(
    span: Span, surface: ValueSurface, binding: ParamBinding, bound: str, scope: str
) -> None:
    span._.param_value = None if bound == "range" else surface.value
    span._.param_low = surface.low
    span._.param_high = surface.high
    span._.param_bound = bound
    span._.param_scope = scope
    span._.subject = binding.subject
    span._.binding = binding.rule
