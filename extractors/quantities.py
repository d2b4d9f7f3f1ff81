"""``news_quantities``: GPU counts, power, money, context windows and scores tied to entities.

quantulum3 reads the figures, but it is slow (~8x the parse) and guesses units wildly
("1.5T" = 1.5 tesla, "a revolution" = one turn, "128K" = 128 kelvin), so:

* it runs only on sentences holding a number AND an entity, and only on the sentence text;
* its char spans are mapped with ``doc.char_span(..., alignment_mode="expand")``;
* figures inside entity names ("Grok 4.5"), parameter counts and dates are skipped;
* a unit is kept only when it is whitelisted in ``patterns/quantity_units.json``, either as a
  quantulum3 unit ("gigawatt" -> "GW") or as the noun that follows the number, found with
  spaCy token patterns ("550,000 NVIDIA GB200 GPUs" -> "GPU", "1,050,000-token" -> "tokens").

Each kept figure is bound to an entity by ``quantity_binding.bind_quantity``.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.errors import MissingSentencesError, RuleFileError
from extractors.token_matcher import TokenMatcher

# quantulum3 warns on import that its optional scikit-learn classifier is missing. We keep it
# out on purpose (units are whitelisted and checked against the next noun instead), so the
# warning would only confuse users of every command that imports the extractors.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Classifier dependencies not installed")
    from quantulum3 import parser as qparser
from extractors.quantity_binding import UNBOUND, BindingRules, QuantityBinding, bind_quantity

SPANS_KEY = "quantities"
ENTITIES_KEY = "entities"
AVOID_KEYS = ("param_counts", "dates")
LABEL = "QUANTITY"
PATTERNS_FILE = "quantity_units.json"
DEFAULT_PATTERNS = Path(__file__).parent / "patterns" / PATTERNS_FILE
SUBJECT_LABELS = frozenset({"MODEL", "ORG", "CLUSTER", "PERSON", "PRODUCT"})
# Tokens quantulum3 folds into a figure that are not part of it: "a $380 billion" (a = 1).
# "230,000 GPUs including 30,000 GB200s": at most this many tokens between chained figures.
MAX_CHAIN_GAP = 6
CHAIN_BREAKS = frozenset({";", "(", "\u2014", "\u2013"})  # em and en dashes
LEADING_NOISE = frozenset({"a", "an", "the"})
# A price or a rate is not a quantity of the entity: "$10-25/million tokens", "$2 per hour".
RATE_FOLLOWERS = frozenset({"/", "per", "a", "an"})
RANGE_DASHES = frozenset({"-", "\u2013", "to"})  # hyphen, en dash


class _Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    pattern: list[dict]


class NounUnit(_Rule):
    unit: str


class BoundCue(_Rule):
    bound: str = Field(pattern="^(approx|at_least|at_most)$")


class QuantulumUnit(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    names: list[str]
    unit: str


class UnitRules(BaseModel):
    """The whole ``quantity_units.json`` file (``news.quantity_units.v1``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    quantulum_units: list[QuantulumUnit]
    # surfaces of the whitelisted quantulum3 units: a sentence without one of these (or a
    # noun unit such as "GPUs") cannot yield a kept quantity, so quantulum3 never sees it
    unit_cue_words: list[str]
    power_misread_units: list[str]
    noun_units: list[NounUnit]
    blocked_nouns: list[_Rule]
    hardware_unit: str
    noun_gap_words: list[str]
    max_noun_gap: int = Field(ge=0)
    scale_suffixes: dict[str, float]
    bound_cues: list[BoundCue]
    percent_metric_cues: list[_Rule]
    percent_blockers: list[_Rule]
    unit_subject_labels: dict[str, list[str]]
    copula_verbs: list[str]
    subject_verbs: list[str]
    clause_breaks: list[str]
    relative_pronouns: list[str]
    pronoun_subjects: list[str]
    max_subject_distance: int = Field(ge=1)

    def binding_rules(self) -> BindingRules:
        """The word lists ``bind_quantity`` needs."""
        return BindingRules(
            copula_verbs=frozenset(self.copula_verbs),
            subject_verbs=frozenset(self.subject_verbs),
            clause_breaks=frozenset(self.clause_breaks),
            relative_pronouns=frozenset(self.relative_pronouns),
            pronoun_subjects=tuple(tuple(p.split()) for p in self.pronoun_subjects),
            max_subject_distance=self.max_subject_distance,
        )


def validate_rules(data: dict, *, source: str) -> UnitRules:
    """Validate the unit file; errors name the file, the rule id and the bad key.

    Raises:
        RuleFileError: the data does not match ``UnitRules``.
    """
    try:
        return UnitRules.model_validate(data)
    except ValidationError as err:
        problems = []
        for e in err.errors():
            loc = list(e["loc"])
            rule_id = "-"
            if len(loc) >= 2 and isinstance(loc[1], int):
                group = data.get(loc[0], [])
                item = group[loc[1]] if isinstance(group, list) and loc[1] < len(group) else None
                if isinstance(item, dict):
                    rule_id = item.get("id", "-")
            problems.append(f"rule {rule_id!r} key {'.'.join(map(str, loc))}: {e['msg']}")
        raise RuleFileError(f"{source}: " + "; ".join(problems)) from err


def load_rules(path: Path) -> UnitRules:
    """Read and validate a unit file.

    Raises:
        RuleFileError: the file is missing, not JSON, or malformed.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise RuleFileError(f"{path.name}: {err}") from err
    return validate_rules(data, source=path.name)


class Lexicon:
    """Compiled unit rules: token matchers for nouns, bound cues and percent context."""

    def __init__(self, rules: UnitRules, vocab) -> None:
        self.rules = rules
        self.quantulum = {n.lower(): u.unit for u in rules.quantulum_units for n in u.names}
        self.unit_cues = frozenset(w.lower() for w in rules.unit_cue_words)
        self.power_misread = frozenset(rules.power_misread_units)
        self.gap_words = frozenset(rules.noun_gap_words)
        self.labels = {u: frozenset(ls) for u, ls in rules.unit_subject_labels.items()}
        self.binding = rules.binding_rules()
        self.scale_letters = frozenset(rules.scale_suffixes)
        self.matchers: dict[str, TokenMatcher] = {}
        groups = {"noun": rules.noun_units, "blocked": rules.blocked_nouns,
                  "bound": rules.bound_cues, "metric": rules.percent_metric_cues,
                  "pct_block": rules.percent_blockers}
        self.rule_by_id = {r.id: r for group in groups.values() for r in group}
        for key, group in groups.items():
            matcher = TokenMatcher(vocab)
            for rule in group:
                try:
                    matcher.add(rule.id, [rule.pattern])
                except ValueError as err:
                    raise RuleFileError(
                        f"{PATTERNS_FILE}: rule {rule.id!r} key pattern: {err}") from err
            self.matchers[key] = matcher

    def matches(self, key: str, doc: Doc | Span) -> list[tuple[str, int, int]]:
        """``(rule_id, start, end)`` of the ``key`` matcher over ``doc``, longest first."""
        found = [(doc.vocab.strings[m], s, e) for m, s, e in self.matchers[key](doc)]
        return sorted(found, key=lambda m: (m[1], -(m[2] - m[1])))


def has_number(tokens: Iterable) -> bool:
    """Whether tokens hold a digit or a number word ("two", "million")."""
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in tokens)


def candidate_sentences(doc: Doc, entities: Iterable[Span], taken: set[int]) -> list[Span]:
    """Sentences with an entity and a number outside names, parameter counts and dates
    (``taken`` token indices): the only text quantulum3 gets to see (it is slow)."""
    starts = {e.sent.start for e in entities}
    return [s for s in doc.sents
            if s.start in starts and has_number(t for t in s if t.i not in taken)]


def has_unit_cue(sent: Span, lex: Lexicon, unit_starts: set[int]) -> bool:
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


def map_figure(sent: Span, start: int, end: int, *, stop: set[int] | frozenset[int] = frozenset()
               ) -> Span | None:
    """Map a quantulum3 char span (relative to ``sent.text``) onto doc tokens.

    Leading "a"/"an" that quantulum3 reads as 1 ("a $380 billion") are trimmed, and the span
    ends before the first token in ``stop`` (entity tokens: "550,000 GB200" -> "550,000").
    Its alignment is "exact" only when it is quantulum3's char span itself (``alignment_of``).

    Returns:
        The figure span, or None when nothing is left (the figure starts inside a name).
    """
    doc = sent.doc
    s, e = sent.start_char + start, sent.start_char + end
    span = doc.char_span(s, e, label=LABEL, alignment_mode="expand")
    if span is None:
        return None
    first = span.start
    while first < span.end - 1 and doc[first].lower_ in LEADING_NOISE:
        first += 1
    last = next((t.i for t in doc[first : span.end] if t.i in stop), span.end)
    if last <= first:
        return None
    # ``span._`` values are keyed by char offsets in doc.user_data: they are set only after
    # the figure passed every filter, so a parameter-count or date span is never overwritten.
    return Span(doc, first, last, label=LABEL)


def alignment_of(figure: Span, sent: Span, start: int, end: int) -> str:
    """"exact" when ``figure`` covers quantulum3's char span exactly, else "expanded"."""
    exact = (figure.start_char, figure.end_char) == (sent.start_char + start, sent.start_char + end)
    return "exact" if exact else "expanded"


def _last_number(span: Span) -> int:
    idx = [t.i for t in span if t.like_num or any(c.isdigit() for c in t.text)]
    return idx[-1] if idx else span.start


def noun_unit(doc: Doc, figure: Span, lex: Lexicon, nouns: dict[int, str | None],
              hardware: set[int]) -> str | None:
    """The unit named by the noun after the number ("GPUs", "GB200s", "-token", "context").

    Returns None for a blocked noun ("parameters") or no whitelisted noun within the gap.
    """
    i = _last_number(figure) + 1
    gap = 0
    passed_hardware = False
    while i < figure.sent.end and gap <= lex.rules.max_noun_gap:
        if i in nouns:
            return nouns[i]
        tok = doc[i]
        if i in hardware:
            passed_hardware = True
        elif tok.lower_ in lex.scale_letters or tok.lower_ in lex.gap_words:
            pass
        else:
            break
        i += 1
        gap += 1
    return lex.rules.hardware_unit if passed_hardware else None


def noun_units_by_start(doc: Doc, lex: Lexicon) -> dict[int, str | None]:
    """Token index -> the unit a noun starting there names (None: a blocked noun)."""
    out: dict[int, str | None] = {}
    for _, start, _ in lex.matches("blocked", doc):
        out.setdefault(start, None)
    for rule_id, start, _ in lex.matches("noun", doc):
        out.setdefault(start, lex.rule_by_id[rule_id].unit)
    return out


def scale_of(doc: Doc, figure: Span, lex: Lexicon) -> float:
    """The multiplier of a letter suffix quantulum3 misread as a unit ("128K", "1M+", "1.5T").

    Token-level: the number token ends in the letter ("1M+") or the letter is the next token
    ("128", "K"). Only used when quantulum3's own unit was not whitelisted.
    """
    i = _last_number(figure)
    text = doc[i].text.rstrip("+").lower()
    if text[-1:] in lex.scale_letters and any(c.isdigit() for c in text[:-1]):
        return lex.rules.scale_suffixes[text[-1]]
    if i + 1 < len(doc) and doc[i + 1].lower_ in lex.scale_letters:
        return lex.rules.scale_suffixes[doc[i + 1].lower_]
    return 1.0


def bound_of(doc: Doc, figure: Span, bounds: dict[int, str]) -> str:
    """exact | approx | at_least | at_most, from the cue right before the figure or a "+"."""
    last = _last_number(figure)
    if doc[last].text.endswith("+") or (last + 1 < len(doc) and doc[last + 1].text == "+"):
        return "at_least"
    if doc[figure.start].text.startswith("~"):
        return "approx"
    return bounds.get(figure.start, "exact")


def percent_is_metric(doc: Doc, figure: Span, lex: Lexicon) -> bool:
    """A percentage counts only as a score/utilisation ("93.9% on SWE-bench"), never as a
    change ("31% fewer hallucinations") or a share ("10% of")."""
    nxt = doc[figure.end : figure.end + 1]
    if nxt and lex.matches("pct_block", nxt):
        return False
    return bool(lex.matches("metric", figure.sent))


def quantulum_reading(q, lex: Lexicon) -> tuple[float, str | None]:
    """quantulum3's value and whitelisted unit (None when the unit is not whitelisted).

    quantulum3 reads "a $380 billion" as 1 * dollar^(3.8e11): the power is the amount.
    """
    dims = q.unit.dimensions or []
    if len(dims) == 1 and dims[0].get("base") in lex.power_misread and dims[0].get("power") != 1:
        return float(dims[0]["power"]), lex.quantulum.get(dims[0]["base"].lower())
    return float(q.value), lex.quantulum.get(q.unit.name.lower())


def is_rate_or_range(doc: Doc, figure: Span) -> bool:
    """"$10-25/million", "$2 per hour", "5-10 GW": prices, rates and ranges are skipped."""
    if any(t.lower_ in RANGE_DASHES for t in figure):
        return True  # "51.1 to 96.6%": quantulum3 returns the mean of the range
    k = figure.end
    if k >= len(doc):
        return False
    if doc[k].lower_ in RATE_FOLLOWERS:
        return True
    return doc[k].lower_ in RANGE_DASHES and k + 1 < len(doc) and has_number([doc[k + 1]])


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


def find_quantities(doc: Doc, lex: Lexicon) -> list[Span]:
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
    entities = list(doc.spans.get(ENTITIES_KEY, []))
    in_entity = {i for e in entities for i in range(e.start, e.end)}
    avoid = {i for key in AVOID_KEYS for s in doc.spans.get(key, []) for i in range(s.start, s.end)}
    sentences = candidate_sentences(doc, entities, in_entity | avoid)
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
    for sent in sentences:
        for q in qparser.parse(sent.text):
            figure = map_figure(sent, *q.span, stop=in_entity)
            if figure is None or not has_number(figure):
                continue  # "a revolution" (= one turn), or a figure inside a name ("Grok 4.5")
            if any(t.i in avoid for t in figure):
                continue  # a parameter count or a date
            if is_rate_or_range(doc, figure):
                continue
            value, unit = quantulum_reading(q, lex)
            if figure.end in in_entity:
                unit = None  # "550,000 GB200 GPUs": "GB" of a hardware name is no gigabyte
            if unit is None:
                unit = noun_unit(doc, figure, lex, nouns, hardware)
                if unit is None:
                    continue
                value *= scale_of(doc, figure, lex)
            if unit == "%" and not percent_is_metric(doc, figure, lex):
                continue
            labels = lex.labels.get(unit, SUBJECT_LABELS)
            binding = bind_quantity(doc, figure, subjects, unit, labels, lex.binding)
            if binding.subject is None and out:
                binding = chained_binding(doc, out[-1], figure, unit, labels, subjects)
            figure._.alignment = alignment_of(figure, sent, *q.span)
            figure._.quantity_value = value
            figure._.quantity_unit = unit
            figure._.quantity_bound = bound_of(doc, figure, bounds)
            figure._.subject = binding.subject
            figure._.binding = binding.rule
            out.append(figure)
    return out


class QuantityFinder:
    """Finds GPU counts, power, money, tokens and scores (rules: ``news.quantity_units.v1``)."""

    def __init__(self, nlp: Language, name: str, *, emit_unbound: bool = True) -> None:
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
        self.lexicon: Lexicon | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   patterns: dict | None = None) -> None:
        """Load the unit rules: ``patterns`` when given, else ``patterns/quantity_units.json``.

        Raises:
            RuleFileError: the rules are malformed (file, rule id and key are named).
        """
        self.rules = (validate_rules(patterns, source="initialize(patterns=...)")
                      if patterns is not None else load_rules(DEFAULT_PATTERNS))
        self.lexicon = Lexicon(self.rules, self.nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        """Write ``doc.spans["quantities"]``."""
        if self.lexicon is None:
            warnings.warn(f"{self.name}: not initialised; loading the default rules "
                          f"({PATTERNS_FILE}). Call nlp.initialize().", stacklevel=2)
            self.initialize()
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
        self.lexicon = Lexicon(self.rules, self.nlp.vocab)
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
