"""``news_quantities``: GPU counts, power, money, context windows and scores tied to entities.

quantulum3 reads the figures, but it is slow (~8x the parse) and guesses units wildly
("1.5T" = 1.5 tesla, "a revolution" = one turn, "128K" = 128 kelvin), so:

* it runs only on sentences holding a number AND an entity, and there only on short windows
  around the numbers (its time grows faster than the text: ~32 ms for a 200-character
  sentence, ~4 ms for a 45-character window), never on the whole article;
* its char spans are mapped with ``doc.char_span(..., alignment_mode="expand")``;
* figures inside entity names ("Grok 4.5"), parameter counts and dates are skipped;
* a unit is kept only when it is whitelisted in ``patterns/quantity_units.json``, either as a
  quantulum3 unit ("gigawatt" -> "GW") or as the noun that follows the number, found with
  spaCy token patterns ("550,000 NVIDIA GB200 GPUs" -> "GPU", "1,050,000-token" -> "tokens").

Each figure is read by ``quantity_figures`` under the rules of ``quantity_rules``
(``patterns/quantity_units.json``); each kept one is bound to an entity by
``quantity_binding.bind_quantity``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.errors import MissingSentencesError, NotInitialisedError
from extractors.quantities.figures import (
    alignment_of,
    bound_of,
    has_number,
    is_rate_or_range,
    map_figure,
    noun_unit,
    noun_units_by_start,
    percent_is_metric,
    quantulum_reading,
    scale_of,
)
from extractors.quantities.rules import (
    DEFAULT_PATTERNS,
    PATTERNS_FILE,
    UnitLexicon,
    UnitRules,
    load_rules,
    validate_rules,
)
from extractors.types import Alignment

# quantulum3 warns on import that its optional scikit-learn classifier is missing. We keep it
# out on purpose (units are whitelisted and checked against the next noun instead), so the
# warning would only confuse users of every command that imports the extractors.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Classifier dependencies not installed")
    from quantulum3 import parser as qparser
from extractors.quantities.binding import UNBOUND, QuantityBinding, bind_quantity
from extractors.quantities.changes import before_and_after, is_change_start, split_change_range
from extractors.quantities.subjects import shaped_subjects, with_shaped
from extractors.vocab import ENTITIES_KEY, QUANTITIES_KEY

SPANS_KEY = QUANTITIES_KEY
AVOID_KEYS = ("param_counts", "dates")
SUBJECT_LABELS = frozenset({"MODEL", "ORG", "CLUSTER", "PERSON", "PRODUCT"})
# Tokens of context quantulum3 gets on each side of a number: enough for a currency word or
# sign before it ("a $380 billion", "US$ 2") and a scale and unit after it ("1.2 million
# H100 GPUs", "2 gigawatts of power"); the unit noun itself is read from the doc, not the window.
WINDOW_BEFORE, WINDOW_AFTER = 3, 6
# "230,000 GPUs including 30,000 GB200s": at most this many tokens between chained figures.
MAX_CHAIN_GAP = 6
CHAIN_BREAKS = frozenset({";", "(", "\u2014", "\u2013"})  # em and en dashes


def candidate_sentences(doc: Doc, entities: Iterable[Span], taken: set[int],
                        pronouns: tuple[tuple[str, ...], ...] = ()) -> list[Span]:
    """Sentences with an entity (or opening with a pronoun subject after one: "It was
    trained on 22 trillion tokens") and a number outside names, parameter counts and dates
    (``taken`` token indices): the only text quantulum3 gets to see (it is slow)."""
    # an entity's last token may open the next sentence when the splitter cut its name
    starts = {e.sent.start for e in entities} | {e.doc[e.end - 1].sent.start for e in entities}
    out, after_entity = [], False
    for s in doc.sents:
        words = tuple(t.lower_ for t in s[:3])
        opens_with_pronoun = after_entity and any(words[: len(p)] == p for p in pronouns)
        if ((s.start in starts or opens_with_pronoun)
                and has_number(t for t in s if t.i not in taken)):
            out.append(s)
        after_entity = after_entity or s.start in starts
    return out


def number_windows(sent: Span, taken: set[int]) -> list[Span]:
    """The parts of a sentence quantulum3 reads: each number outside names, parameter counts
    and dates (``taken``) with ``WINDOW_BEFORE``/``WINDOW_AFTER`` tokens around it, windows
    that touch merged ("$30 billion round at a $380 billion valuation" is one window)."""
    windows: list[list[int]] = []
    for token in sent:
        if token.i in taken or not has_number([token]):
            continue
        start = max(sent.start, token.i - WINDOW_BEFORE)
        end = min(sent.end, token.i + WINDOW_AFTER + 1)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [sent.doc[start:end] for start, end in windows]


def has_unit_cue(sent: Span, lex: UnitLexicon, unit_starts: set[int]) -> bool:
    """Whether a sentence holds a surface a kept quantity needs: a whitelisted unit word or
    symbol ("$", "GW", "%"; also glued to digits, "2GW"), or a noun unit ("GPUs", "tokens")."""
    for token in sent:
        if token.i in unit_starts or token.lower_ in lex.unit_cues:
            return True
        if any(c.isdigit() for c in token.text):
            letters = token.lower_.lstrip("0123456789.,")
            if letters in lex.unit_cues:
                return True
    return False


def is_hardware_modifier(doc: Doc, ent: Span, hardware: set[int]) -> bool:
    """"NVIDIA" in "30,000 NVIDIA GB200s": a vendor naming the unit is not the subject."""
    before = doc[ent.start - 1] if ent.start else None
    return ent.end in hardware or (before is not None and has_number([before]))


def chained_binding(doc: Doc, previous: Span, figure: Span, unit: str,
                    labels: frozenset[str], subjects: list[Span]) -> QuantityBinding:
    """"230,000 GPUs including 30,000 GB200s", "$30 billion round at a $380 billion valuation":
    a figure right after a bound figure of the same unit, with no entity or clause break
    between, belongs to the same subject."""
    subject = previous._.subject
    if (subject is None or previous._.quantity_unit != unit or subject.label_ not in labels
            or previous.sent.start != figure.sent.start
            or not 0 <= figure.start - previous.end <= MAX_CHAIN_GAP):
        return UNBOUND
    between = doc[previous.end : figure.start]
    if any(t.text in CHAIN_BREAKS or t.lower_ in {"but", "while", "whereas"}
           for t in between):
        return UNBOUND
    if any(previous.end <= e.start < figure.start for e in subjects):
        return UNBOUND
    return QuantityBinding(subject, "coordination")


def continued_binding(figure: Span, unit: str, previous: list[Span],
                      openers: tuple[tuple[str, ...], ...]) -> QuantityBinding:
    """"... holds 180,000 GPUs. The remaining 120,000 GPUs are H100s.": a figure in a sentence
    that opens with a continuation ("the remaining", "of these", "a further") is about the
    subject of the last bound figure of the same unit in the sentence before."""
    sent = figure.sent
    words = tuple(t.lower_ for t in sent[:4])
    if sent.start == 0 or not any(words[: len(p)] == p for p in openers):
        return UNBOUND
    before = figure.doc[sent.start - 1].sent.start
    same = [s for s in previous if s.sent.start == before and s._.subject is not None
            and s._.quantity_unit == unit]
    return QuantityBinding(same[-1]._.subject, "continuation") if same else UNBOUND


def find_quantities(doc: Doc, lex: UnitLexicon) -> list[Span]:
    """Find the whitelisted quantities of a Doc and bind each to an entity.

    Args:
        doc: a Doc with sentence boundaries and ``doc.spans["entities"]``.
        lex: the compiled unit rules.

    Returns:
        Spans labelled QUANTITY with ``quantity_value/unit/bound``, ``subject`` (None when
        unbound), ``binding`` and ``alignment``.

    Raises:
        MissingSentencesError: the Doc has no sentence boundaries.
    """
    if len(doc) and not doc.has_annotation("SENT_START"):
        raise MissingSentencesError("news_quantities")
    # "90 MW" is no organisation named "MW" (the recogniser sometimes says so)
    recognised = [e for e in doc.spans.get(ENTITIES_KEY, []) if e.text.lower() not in lex.unit_cues]
    entities = with_shaped(recognised, shaped_subjects(doc, recognised, lex.shapes))
    in_entity = {i for e in entities for i in range(e.start, e.end)}
    avoid = {i for key in AVOID_KEYS for s in doc.spans.get(key, []) for i in range(s.start, s.end)}
    sentences = candidate_sentences(doc, entities, in_entity | avoid,
                                    lex.binding.pronoun_subjects + lex.openers)
    if not sentences:
        return []
    hardware = {i for e in entities if e.label_ == "HARDWARE" for i in range(e.start, e.end)}
    nouns = noun_units_by_start(doc, lex)
    unit_starts = {i for i, unit in nouns.items() if unit is not None} | hardware
    sentences = [s for s in sentences if has_unit_cue(s, lex, unit_starts)]
    if not sentences:
        return []
    subjects = [e for e in entities if e.label_ in SUBJECT_LABELS
                and not is_hardware_modifier(doc, e, hardware)]
    bounds = {e: lex.rule_by_id[r].bound for r, _, e in lex.matches("bound", doc)}
    out: list[Span] = []
    readings = ((window, q) for sent in sentences
                for window in number_windows(sent, in_entity | avoid)
                for q in qparser.parse(window.text))
    for window, q in readings:
        figure = map_figure(window, *q.span, stop=in_entity)
        if figure is None or not has_number(figure):
            continue  # "a revolution" (= one turn), or a figure inside a name ("Grok 4.5")
        if any(t.i in avoid for t in figure):
            continue  # a parameter count or a date
        ends = split_change_range(doc, figure)
        parts = ([(ends[1], _first_reading(ends[1])), (ends[0], _first_reading(ends[0]))]
                 if ends else [(figure, q)])
        if ends is None and is_rate_or_range(doc, figure) and not is_change_start(doc, figure):
            continue
        read: list[Span] = []
        for part, reading in parts:
            unit_hint = read[0]._.quantity_unit if read else None
            kept = _read_figure(doc, part, reading, lex, nouns, hardware, in_entity, unit_hint)
            if kept is None:
                continue
            value, unit = kept
            labels = lex.labels.get(unit, SUBJECT_LABELS)
            binding = bind_quantity(doc, part, subjects, unit, labels, lex.binding)
            if binding.subject is None and read:
                binding = QuantityBinding(read[0]._.subject, read[0]._.binding)
            if binding.subject is None and out:
                binding = chained_binding(doc, out[-1], part, unit, labels, subjects)
            if binding.subject is None and out:
                binding = continued_binding(part, unit, out, lex.openers)
            part._.alignment = (alignment_of(part, window, *q.span) if part is figure
                                else Alignment.EXPANDED)
            part._.quantity_value = value
            part._.quantity_unit = unit
            part._.quantity_bound = bound_of(doc, part, bounds)
            part._.subject = binding.subject
            part._.binding = binding.rule
            read.append(part)
        bound = next((s for s in read if s._.subject is not None), None)
        for end in read:
            if end._.subject is None and bound is not None:
                # "from 100,000 to 200,000 GPUs": both ends of a change have one subject
                end._.subject, end._.binding = bound._.subject, bound._.binding
        out.extend(sorted(read, key=lambda s: s.start))
    for old, new in before_and_after(out):
        old._.revised_to = new
    return out


def _first_reading(part: Span):
    """quantulum3's first reading of one end of a split range (None: no figure)."""
    found = qparser.parse(part.text)
    return found[0] if found else None


def _read_figure(doc: Doc, figure: Span, q, lex: UnitLexicon, nouns: dict[int, str | None],
                 hardware: set[int], in_entity: set[int], unit_hint: str | None
                 ) -> tuple[float, str] | None:
    """The value and whitelisted unit of one figure (None: not a kept quantity).

    ``unit_hint`` is the unit of the other end of a split range ("from 100,000 to 200,000
    GPUs": the first end has no noun of its own).
    """
    if q is None:
        return None
    value, unit = quantulum_reading(q, lex)
    if figure.end in in_entity:
        unit = None  # "550,000 GB200 GPUs": "GB" of a hardware name is no gigabyte
    if unit is None:
        unit = noun_unit(doc, figure, lex, nouns, hardware)
        if unit is None and unit_hint is None:
            return None
        value *= scale_of(doc, figure, lex)
        unit = unit or unit_hint
    if unit == "%" and not percent_is_metric(doc, figure, lex):
        return None
    return value, unit


class QuantityFinder:
    """Finds GPU counts, power, money, tokens and scores (rules: ``news.quantity_units.v1``)."""

    def __init__(self, nlp: Language, name: str, *, emit_unbound: bool) -> None:
        """Create the component.

        Args:
            nlp: the pipeline.
            name: the component name.
            emit_unbound: keep figures bound to no entity in the group (records.py drops them).
        """
        self.nlp = nlp
        self.name = name
        self.emit_unbound = emit_unbound
        self.rules: UnitRules | None = None
        self.lexicon: UnitLexicon | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   patterns: dict | None = None) -> None:
        """Load the unit rules: ``patterns`` when given, else ``patterns/quantity_units.json``.

        Raises:
            RuleFileError: the rules are malformed (file, rule id and key are named).
        """
        self.rules = (validate_rules(patterns, source="initialize(patterns=...)")
                      if patterns is not None else load_rules(DEFAULT_PATTERNS))
        self.lexicon = UnitLexicon(self.rules, self.nlp.vocab)
        # quantulum3 imports its English parser (and inflect, several seconds) on its first
        # parse: pay that once here, when the pipeline is built, not inside the first article.
        qparser.parse("2 GW")

    def __call__(self, doc: Doc) -> Doc:
        """Write ``doc.spans["quantities"]``."""
        if self.lexicon is None:
            raise NotInitialisedError(self.name)
        assert self.lexicon is not None
        spans = find_quantities(doc, self.lexicon)
        if not self.emit_unbound:
            spans = [s for s in spans if s._.subject is not None]
        doc.spans[SPANS_KEY] = spans
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the unit rules as JSON in directory ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.rules is not None:
            (path / PATTERNS_FILE).write_text(self.rules.model_dump_json(indent=1),
                                              encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuantityFinder:
        """Load the unit rules saved by ``to_disk``."""
        self.rules = load_rules(Path(path) / PATTERNS_FILE)
        self.lexicon = UnitLexicon(self.rules, self.nlp.vocab)
        return self


@Language.factory(
    "news_quantities",
    default_config={"emit_unbound": True},
    assigns=["doc.spans"],
    requires=["doc.spans"],
)
def make_quantities(nlp: Language, name: str, *, emit_unbound: bool) -> QuantityFinder:
    """Factory of the ``news_quantities`` component."""
    return QuantityFinder(nlp, name, emit_unbound=emit_unbound)
