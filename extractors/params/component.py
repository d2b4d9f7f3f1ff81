"""``news_param_counts``: parameter counts bound to the model they describe.

Pipeline: ``numbers.find_value_surfaces`` finds figures in the text, ``param_context`` decides
whether each one counts parameters (and its bound and scope), ``param_binding.bind_figure``
ties it to one MODEL entity from ``doc.spans["entities"]``. Bound figures go to
``doc.spans["param_counts"]`` with ``param_value/low/high/bound/scope``, ``subject`` and
``binding``. Unbound figures are no facts and are not emitted (unless ``emit_unbound``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.common.sentence_index import index_sentences
from extractors.common.unicode_forms import fold_hyphens
from extractors.errors import MissingSentencesError, NotInitialisedError
from extractors.params.binding import UNBOUND, ParamBinding, bind_figure, parenthetical_model
from extractors.params.constructions import change_target, named_size_lists
from extractors.params.context import (
    blocked_reason,
    is_restatement,
    param_strength,
    value_bound,
    value_scope,
)
from extractors.params.fact_sheet import TABLE_BINDING, sheet_size
from extractors.params.lexicon import DEFAULT_PATTERNS, ParamLexicon, load_rules, validate_rules
from extractors.params.numbers import (
    ACTIVE_PART_RE,
    ValueSurface,
    find_active_name_parts,
    find_value_surfaces,
)
from extractors.params.respectively import between_bindings, respective_bindings
from extractors.params.size_links import (
    describes_generic_models,
    follows_size_link,
    is_threshold,
    params_established,
    size_established,
    size_link_pronoun,
)
from extractors.params.size_names import named_next, size_name_refs, size_of_ref
from extractors.params.stand_ins import opens_on_stand_in
from extractors.vocab import ENTITIES_KEY, PARAMS_KEY

SPANS_KEY = PARAMS_KEY
LABEL = "PARAM_COUNT"
PATTERNS_FILE = "param_counts.jsonl"
# Least to most informative: when one fact is stated twice, the more specific reading wins.
NAME_ROUNDING = 0.005  # a stated size within 0.5% of the name's is the same figure
_BOUND_RANK = {"exact": 0, "approx": 1, "at_most": 2, "at_least": 2, "range": 3}


def figure_spans(doc: Doc, lex: ParamLexicon | None = None) -> list[tuple[Span, ValueSurface]]:
    """Map every count surface of the text onto token spans.

    Args:
        doc: a tokenised Doc.
        lex: the cue lexicon; with it, a change ("grows from 405B to 800B") keeps only its
            new size (``change_target``).

    Returns:
        ``(span, surface)`` pairs in text order; restated figures ("500B (0.5T)") and figures
        inside URLs are dropped. ``span._.alignment`` is "expanded" when the surface cut a token.
    """
    pairs: list[tuple[Span, ValueSurface]] = []
    text = doc.text
    surfaces = sorted(find_value_surfaces(text) + find_active_name_parts(text),
                      key=lambda s: s.start)
    for surface in surfaces:
        span = doc.char_span(surface.start, surface.end, label=LABEL, alignment_mode="expand")
        if span is None or any(t.like_url or "/" in t.text for t in span):
            continue
        target = change_target(doc, span, surface, lex) if lex is not None else None
        if target is not None:
            surface = target
            span = doc.char_span(surface.start, surface.end, label=LABEL,
                                 alignment_mode="expand")
            if span is None:
                continue
        exact = (span.start_char, span.end_char) == (surface.start, surface.end)
        span._.alignment = "exact" if exact else "expanded"
        prev = pairs[-1] if pairs else (None, None)
        if is_restatement(doc, span, prev[0], prev[1], surface):
            continue
        pairs.append((span, surface))
    return pairs


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
        if ref_model is not None:
            strength = "strong"  # "The 120b is 117 billion": the stand-in is sized
        sheet = None if in_name or strength == "unit" else sheet_size(span, models, values,
                                                                        lex, text)
        if sheet is not None:
            strength = "strong"  # "Parameters: 400B", a "Params" column: the header says so
        if not in_name and _glued_to_a_word(doc, span, surface):
            previous = None
            continue  # "Falcon-40B" that no name rule took: a name we do not know, not a count
        if in_name and surface.kind == "suffix":
            strength = "strong"
        elif not strength and parenthetical_model(doc, span, models) is not None:
            strength = "weak"  # "GPT-3 (175B)", "314B (Grok-1)": a size next to a name
        if strength != "unit" and follows_size_link(doc, span, lex) and (
                params_established(doc, span) or size_established(doc, span, lex, model_tokens)
        ) and (_named_before(span, models) or _opens_on_the_model(span.sent, lex)
               or size_link_pronoun(doc, span, lex)):
            # "X ... weighing in at 1.6 trillion" after talk of parameters or of the model's
            # size (size_established); with no name before
            # it in the sentence only a sentence whose subject is a pronoun or stand-in ("It
            # weighs in at 1.6 trillion", "The model comes in at"; not "Its rival weighs in")
            # says whose size it is
            strength = "strong"
        if span.start in listed and not in_name and strength != "unit":
            strength = "strong"  # "Zeta 5 comes in 1B, 3B and 11B variants"
        elif not strength and surface.kind == "suffix" and respective.get(span.start) is not None:
            strength = "weak"  # "A, B and C, at 12B, 32B and 110B respectively"
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
        previous = binding if binding.subject is not None else None
        if binding is UNBOUND and not emit_unbound:
            continue
        prev_end = pairs[k - 1][0].end if k else 0
        next_start = pairs[k + 1][0].start if k + 1 < len(pairs) else len(doc)
        scope = value_scope(doc, span, lex, prev_end, next_start)
        if binding.rule == "active_share" and scope == "unspecified":
            scope = "active"  # the rule bound it as the sentence's active share
        elif binding.rule == "name_size":
            scope = _name_part_scope(doc, span, surface) or scope
        if sheet is not None and sheet.scope and scope == "unspecified":
            scope = sheet.scope  # a "Total / active" or "Active params" header
        _annotate(span, surface, binding, value_bound(doc, span, surface, lex), scope)
        out.append(span)
    out = _drop_variant_restatements(out)
    out = _drop_names_stated_otherwise(out)
    harmonise_facts(out)
    return out


def _name_part_scope(doc: Doc, span: Span, surface: ValueSurface) -> str:
    """ "Qwen3-235B-A22B": the part after "-A" is the active share, the size before it the
    total; "" for other sizes in names."""
    # hyphens folded to "-" (same length), so "Vexa3\u2011235B\u2011A22B" reads like the ASCII name
    text = fold_hyphens("".join(t.text_with_ws for t in span.sent))
    at, end = surface.start - span.sent.start_char, surface.end - span.sent.start_char
    if at > 0 and text[at - 1] == "A" and ACTIVE_PART_RE.match(text, at - 1):
        return "active"
    return "total" if ACTIVE_PART_RE.match(text, end + 1) and text[end:end + 1] == "-" else ""


def _opens_on_the_model(sent: Span, lex: ParamLexicon) -> bool:
    words = [t.text for t in sent if not t.is_space]
    return bool(words) and (words[0].lower() in {"it", "this"} or opens_on_stand_in(words, lex))


def _named_before(span: Span, models: list[Span]) -> bool:
    return any(span.sent.start <= m.start and m.end <= span.start for m in models)


def _blocked(doc: Doc, span: Span, lex: ParamLexicon) -> str:
    """Why the figure is no named model's size: context.py's reasons, a threshold passed
    ("the first model to exceed 1T parameters") or a kind of model ("models with 10T")."""
    reason = blocked_reason(doc, span, lex)
    if reason:
        return reason
    if is_threshold(doc, span, lex):
        return "threshold"
    return "group" if describes_generic_models(doc, span, lex) else ""


def _drop_variant_restatements(spans: list[Span]) -> list[Span]:
    """Drop a size read from a variant's name when the base name states the same size:
    "X 340B Base, X 340B Instruct and X 340B Reward" say one fact, "X 340B" = 340B."""
    sized = {(_subject_key(s), s._.param_value) for s in spans if s._.binding == "name_size"}
    return [s for s in spans if s._.binding != "name_size" or not any(
        value == s._.param_value and _subject_key(s).startswith(base + " ")
        for base, value in sized)]


def _drop_names_stated_otherwise(spans: list[Span]) -> list[Span]:
    """Drop a size read from a name when the text states the model's size as another figure:
    "zeta-oss-20b has 21 billion parameters" (the repository name rounds; the stated figure is
    the fact). Scopes must agree: the "A3B" of "Zeta-30B-A3B" is not contradicted by a total."""
    stated: dict[tuple[str, str], set[float]] = defaultdict(set)
    for s in spans:
        if s._.binding != "name_size" and s._.param_value is not None:
            stated[(_subject_key(s), _total_or_active(s))].add(s._.param_value)
    return [s for s in spans if s._.binding != "name_size" or s._.param_value is None or not any(
        abs(v - s._.param_value) > NAME_ROUNDING * v
        for v in stated.get((_subject_key(s), _total_or_active(s)), ()))
            or s._.param_value in stated.get((_subject_key(s), _total_or_active(s)), ())]


def _total_or_active(span: Span) -> str:
    return "active" if span._.param_scope == "active" else "total"


def _glued_to_a_word(doc: Doc, span: Span, surface: ValueSurface) -> bool:
    """The figure's token starts with letters: "Falcon-40B", "Ultra-253B"."""
    # The span's own text, not doc.text: that is rebuilt from every token on each access.
    span_text = "".join(t.text_with_ws for t in span)
    return any(c.isalpha() for c in span_text[: surface.start - span.start_char])


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


def _subject_key(span: Span) -> str:
    subject = span._.subject
    return "" if subject is None else (subject._.canonical or subject.text)


def harmonise_facts(spans: Iterable[Span]) -> None:
    """Give every mention of one fact (same model, same figure) the same scope and bound.

    An article often states a figure plainly once ("Kimi K2, a trillion-parameter model") and
    precisely elsewhere ("1 trillion total parameters"); both are one fact, so the explicit
    scope and the less exact bound are copied onto the plain mentions.

    Args:
        spans: bound PARAM_COUNT spans (modified in place).
    """
    groups: dict[tuple[str, float | None, float | None], list[Span]] = defaultdict(list)
    for span in spans:
        groups[(_subject_key(span), span._.param_low, span._.param_high)].append(span)
    for members in groups.values():
        scopes = Counter(s._.param_scope for s in members if s._.param_scope != "unspecified")
        if len(scopes) == 1:
            for s in members:
                s._.param_scope = next(iter(scopes))
        bound = max((s._.param_bound for s in members), key=lambda b: _BOUND_RANK.get(b, 0))
        for s in members:
            if s._.param_bound != "range":
                s._.param_bound = bound


class ParamCountFinder:
    """Finds parameter counts and binds them to models (rules: ``news.param_counts.v1``)."""

    def __init__(self, nlp: Language, name: str, *, emit_unbound: bool) -> None:
        """Create the component.

        Args:
            nlp: the pipeline.
            name: the component name.
            emit_unbound: also write figures bound to no model (subject None) to the group.
        """
        self.nlp = nlp
        self.name = name
        self.emit_unbound = emit_unbound
        self.rules: list = []
        self.lexicon: ParamLexicon | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   patterns: list[dict] | None = None) -> None:
        """Load the cue rules: ``patterns`` when given, else ``patterns/param_counts.jsonl``.

        Raises:
            RuleFileError: a rule is malformed (file, rule id and key are named).
        """
        self.rules = (validate_rules(patterns, source="initialize(patterns=...)")
                      if patterns is not None else load_rules(DEFAULT_PATTERNS))
        self.lexicon = ParamLexicon.from_rules(self.rules)

    def __call__(self, doc: Doc) -> Doc:
        """Write ``doc.spans["param_counts"]``."""
        if self.lexicon is None:
            raise NotInitialisedError(self.name)
        assert self.lexicon is not None
        doc.spans[SPANS_KEY] = find_param_counts(doc, self.lexicon,
                                                 emit_unbound=self.emit_unbound)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the rules as JSONL in directory ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = (rule.model_dump_json() for rule in self.rules)
        (path / PATTERNS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ParamCountFinder:
        """Load the rules saved by ``to_disk``."""
        self.rules = load_rules(Path(path) / PATTERNS_FILE)
        self.lexicon = ParamLexicon.from_rules(self.rules)
        return self


@Language.factory(
    "news_param_counts",
    default_config={"emit_unbound": False},
    assigns=["doc.spans"],
    requires=["doc.spans"],
)
def make_param_counts(nlp: Language, name: str, *, emit_unbound: bool) -> ParamCountFinder:
    """Factory of the ``news_param_counts`` component."""
    return ParamCountFinder(nlp, name, emit_unbound=emit_unbound)
