"""Entity extractor ``news_entities``: AI models, labs, people, clusters, hardware, products.

Writes ``doc.spans["entities"]`` (labels MODEL, ORG, PERSON, CLUSTER, HARDWARE, PRODUCT), each
span with ``span._.canonical``. One span per surface: overlaps are resolved longest-first.
``doc.ents`` is left untouched; the trained NER's PERSON/ORG only fill gaps, and its labels
are never trusted for models (the small model calls "Grok 4.4" a PERSON and "Grok 5" a LAW).
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.common.token_matcher import (
    TokenMatcher,
)
from extractors.entities.family_members import (
    find_bare_members,
    find_member_lists,
    named_variant_ends,
)
from extractors.entities.links import (
    find_coordinated_sizes,
    find_coordinated_versions,
    find_short_forms,
    link_person,
    split_glued_tokens,
)
from extractors.entities.names import (
    NameTables,
    build_tables,
    canonical_name,
    extend_model_end,
    is_family_reference,
    norm_key,
    tidy,
)
from extractors.entities.nicknames import find_nicknames
from extractors.entities.quoted_variants import find_quoted_variants
from extractors.entities.rules import (
    EntityPattern,
    NameLexicon,
    load_lexicon,
    load_patterns,
    parse_lexicon,
    parse_patterns,
)
from extractors.entities.unseen_names import (
    find_introduced_names,
    find_lowercase_sized_names,
    find_parenthesised_sized_names,
    find_sized_names,
    find_versioned_names,
)
from extractors.errors import (
    MissingSentencesError,
    NotInitialisedError,
)
from extractors.vocab import ENTITIES_KEY

SPANS_KEY = ENTITIES_KEY
RULES_VERSION = "news.entities.v1"
# Candidate ranks: a known rule beats an inferred name of the same length; NER only fills gaps.
RANK_KNOWN, RANK_LINKED, RANK_INFERRED, RANK_NER = 3, 2, 1, 0
NER_FALLBACK_LABELS = frozenset({"PERSON", "ORG"})


@dataclass(frozen=True)
class Candidate:
    """A possible entity mention before overlap resolution."""

    start: int
    end: int
    label: str
    canonical: str
    rank: int


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep one candidate per surface: rules before NER, then longest, then highest rank.

    Notes:
        Greedy longest-match, as spaCy's ``filter_spans``, with a rank tie-break.

    Returns:
        Non-overlapping candidates sorted by start.
    """
    ordered = sorted(
        candidates, key=lambda c: (c.rank == RANK_NER, -(c.end - c.start), -c.rank, c.start)
    )
    taken: set[int] = set()
    kept: list[Candidate] = []
    for cand in ordered:
        tokens = set(range(cand.start, cand.end))
        if not tokens & taken:
            kept.append(cand)
            taken |= tokens
    return sorted(kept, key=lambda c: c.start)


def _model_candidates(
    doc: Doc, matches: list[tuple[int, int, str]], tables: NameTables
) -> list[Candidate]:
    cands: list[Candidate] = []
    for start, end, label in matches:
        if label != "MODEL":
            text = tidy(doc[start:end].text)
            cands.append(
                Candidate(start, end, label, tables.aliases.get(norm_key(text), text), RANK_KNOWN)
            )
            continue
        end = extend_model_end(doc, start, end, tables)
        bare = end - start == 1 and not any(ch.isdigit() for ch in doc[start].text)
        nxt = doc[end] if end < len(doc) else None
        if is_family_reference(doc, end) or (
            bare
            and nxt is not None
            and nxt.is_title
            and nxt.is_alpha
            and nxt.text not in tables.not_models
        ):
            continue  # "the Grok 4 series" (a family); "Claude Shannon" (a person)
        cands.append(
            Candidate(start, end, "MODEL", canonical_name(doc[start:end].text, tables), RANK_KNOWN)
        )
    unseen = (find_introduced_names(doc, tables) + find_sized_names(doc, tables)
              + find_parenthesised_sized_names(doc, tables)
              + find_lowercase_sized_names(doc, tables))
    # A family this document uses for a model names its other versions too.
    heads = frozenset(span[0].text for span in unseen)
    for span in find_versioned_names(doc, tables, heads) + unseen:
        cands.append(
            Candidate(
                span.start, span.end, "MODEL", canonical_name(span.text, tables), RANK_INFERRED
            )
        )
    return cands


def find_entities(
    doc: Doc,
    matcher: TokenMatcher,
    labels: dict[str, str],
    tables: NameTables,
    *,
    use_ner: bool = True,
) -> list[Span]:
    """All entity mentions of a document, overlaps resolved, canonical names set.

    Steps: known rules (span_ruler patterns) with model names extended over versions and
    variants; unseen versioned or introduced model names; coordinated shorthand versions and
    bare code names linked to found models; the trained NER's PERSON/ORG in the gaps; bare
    surnames linked to full names of the same document.

    Args:
        doc: a Doc with sentence boundaries.
        matcher: the compiled pattern matcher (match ids are rule ids).
        labels: rule id -> label.
        tables: name tables from ``build_tables``.
        use_ner: add the trained NER's PERSON/ORG mentions that no rule covers.

    Returns:
        Labelled spans with ``span._.canonical``, sorted by position.
    """
    matches = [(s, e, labels[doc.vocab.strings[m]]) for m, s, e in matcher(doc)]
    first = resolve_overlaps(_model_candidates(doc, matches, tables))
    variant_ends = named_variant_ends(
        doc, [(c.start, c.end, c.canonical) for c in first if c.label == "MODEL"], tables)
    if variant_ends:
        first = resolve_overlaps([
            Candidate(c.start, variant_ends[c.start], c.label,
                      canonical_name(doc[c.start : variant_ends[c.start]].text, tables), c.rank)
            if c.start in variant_ends else c for c in first])
    quoted = find_quoted_variants(
        doc, [(c.start, c.end, c.canonical) for c in first if c.label == "MODEL"], tables)
    extended = {q.start: q for q in quoted}
    if extended:
        first = resolve_overlaps([
            Candidate(c.start, extended[c.start].end, c.label, extended[c.start].canonical,
                      c.rank) if c.start in extended and c.label == "MODEL" else c
            for c in first])
    taken = {i for c in first for i in range(c.start, c.end)}
    linked: list[Candidate] = []
    for cand in (c for c in first if c.label == "MODEL"):
        span = doc[cand.start : cand.end]
        for bare, name in find_coordinated_versions(doc, span, cand.canonical, tables):
            linked.append(Candidate(bare.start, bare.end, "MODEL", name, RANK_LINKED))
        for bare, name in find_coordinated_sizes(doc, span, tables):
            linked.append(Candidate(bare.start, bare.end, "MODEL", name, RANK_LINKED))
        for bare in find_short_forms(doc, span, cand.canonical, taken):
            linked.append(Candidate(bare.start, bare.end, "MODEL", cand.canonical, RANK_LINKED))
        for nick, name in find_nicknames(doc, span, cand.canonical, taken, tables):
            linked.append(Candidate(nick.start, nick.end, "MODEL", name, RANK_LINKED))
    members: dict[str, set[str]] = {}
    for cand in (c for c in first if c.label == "MODEL"):
        for word, name in find_member_lists(doc, doc[cand.start : cand.end], cand.canonical,
                                            tables):
            linked.append(Candidate(word.start, word.end, "MODEL", name, RANK_LINKED))
            members.setdefault(word.text, set()).add(name)
    unique = {word: next(iter(names)) for word, names in members.items() if len(names) == 1}
    listed = {c.start for c in linked}
    # a bare member some finder already took as a model of its own ("Maverick") is re-read
    # as the listed member; the linked candidate outranks the inferred one on the same token
    bare_models = {c.start for c in first if c.label == "MODEL" and c.end - c.start == 1
                   and c.canonical in unique}
    for bare, name in find_bare_members(doc, unique, (taken - bare_models) | listed):
        linked.append(Candidate(bare.start, bare.end, "MODEL", name, RANK_LINKED))
    if use_ner:
        for ent in doc.ents:
            span = _trim_ent(ent)
            if (
                ent.label_ in NER_FALLBACK_LABELS
                and span is not None
                and _ner_plausible(span, ent.label_, tables)
            ):
                linked.append(
                    Candidate(span.start, span.end, ent.label_, tidy(span.text), RANK_NER)
                )
    final = resolve_overlaps(first + linked)
    full_names = {c.canonical for c in final if c.label == "PERSON" and " " in c.canonical}
    spans: list[Span] = []
    for cand in final:
        label = cand.label
        if (
            label == "ORG"
            and cand.rank == RANK_NER
            and any(f.split()[-1] == cand.canonical for f in full_names)
        ):
            label = "PERSON"  # NER's ORG "Prasad" after the PERSON "Rohit Prasad"
        span = Span(doc, cand.start, cand.end, label=label)
        span._.canonical = (
            link_person(span.text, full_names, tables) if label == "PERSON" else cand.canonical
        )
        spans.append(span)
    return spans


def _trim_ent(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ in {"the", "a", "an"} or ent.doc[start].is_punct):
        start += 1
    while end > start and (
        ent.doc[end - 1].text in {"'s", "\u2019s", "'"}
        or ent.doc[end - 1].is_punct
        or ent.doc[end - 1].is_space
    ):
        end -= 1
    return ent.doc[start:end] if end > start else None


def _ner_plausible(span: Span, label: str, tables: NameTables) -> bool:
    """Filter the small NER's noise: headline phrases, lowercase words, one-word PERSONs."""
    text = span.text
    if (
        any(ch.isdigit() or ch in "()\n" for ch in text)
        or text in tables.not_models
        or span[0].lower_ in tables.families
        or (not span[0].is_title and not span[0].is_upper)
        or len(span) > 4
        or _in_title_case_line(span)
    ):
        return False
    return label != "PERSON" or (len(span) >= 2 and all(t.is_title for t in span))


def _in_title_case_line(span: Span) -> bool:
    """True inside a headline-style sentence ("Rapid Deployment Achieved in Record Time")."""
    words = [t for t in span.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)


class EntityExtractor:
    """spaCy component: rule-based entity mentions with canonical names (``news_entities``)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        use_ner_fallback: bool,
        split_shorthand: bool,
        known_models: bool,
    ) -> None:
        """Create an empty extractor; rules are loaded by ``initialize``.

        Args:
            nlp: the pipeline.
            name: the component name.
            use_ner_fallback: add the trained NER's PERSON/ORG where no rule matched.
            split_shorthand: split "GPT-4.5/5" tokens so each model gets its own span.
            known_models: match the known-model name rules; False leaves model recognition to
                how the text treats a name (its shape, an introduction, a size next to it),
                which is how every model new this week is found. The name list still
                canonicalises. An evaluation setting: it shows what the rules find unaided.
        """
        self.name = name
        self.vocab = nlp.vocab
        self.use_ner_fallback = use_ner_fallback
        self.split_shorthand = split_shorthand
        self.known_models = known_models
        self.patterns: list[EntityPattern] = []
        self.lexicon: NameLexicon | None = None
        self.matcher = TokenMatcher(nlp.vocab)
        self.labels: dict[str, str] = {}
        self.tables: NameTables | None = None

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        patterns: list[dict[str, Any]] | None = None,
        lexicon: dict[str, Any] | None = None,
    ) -> None:
        """Load and validate the rules (default: ``patterns/entities.jsonl``, ``aliases.json``).

        Raises:
            RuleFileError: a rule file is missing or invalid (names file, rule id and key).
        """
        rules = (
            parse_patterns([json.dumps(p) for p in patterns], "<patterns argument>")
            if patterns is not None
            else load_patterns()
        )
        lex = (
            parse_lexicon(lexicon, "<lexicon argument>") if lexicon is not None else load_lexicon()
        )
        self._set_rules(rules, lex)

    def _set_rules(self, rules: list[EntityPattern], lexicon: NameLexicon) -> None:
        if not rules:
            warnings.warn(
                f"{self.name}: no entity patterns loaded; only inferred model names "
                "and NER fallbacks will be found.",
                stacklevel=2,
            )
        self.patterns, self.lexicon = rules, lexicon
        self.matcher = TokenMatcher(self.vocab)
        self.labels = {}
        for rule in rules:
            if rule.label.value == "MODEL" and not self.known_models:
                continue
            self.matcher.add(rule.id, [rule.pattern])
            self.labels[rule.id] = rule.label.value
        self.tables = build_tables(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        """Find the entity mentions and write them to ``doc.spans["entities"]``."""
        if self.tables is None:
            raise NotInitialisedError(self.name)
        if not doc.has_annotation("SENT_START"):
            raise MissingSentencesError(self.name)
        if self.split_shorthand:
            split_glued_tokens(doc)
        doc.spans[SPANS_KEY] = find_entities(
            doc, self.matcher, self.labels, self.tables, use_ner=self.use_ner_fallback
        )
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Save the rules as ``entities.jsonl`` + ``aliases.json`` in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = [p.model_dump_json() for p in self.patterns]
        (path / "entities.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if self.lexicon is not None:
            (path / "aliases.json").write_text(
                self.lexicon.model_dump_json(indent=2), encoding="utf-8"
            )

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> EntityExtractor:
        """Load rules saved by ``to_disk``."""
        path = Path(path)
        self._set_rules(load_patterns(path / "entities.jsonl"), load_lexicon(path / "aliases.json"))
        return self


@Language.factory(
    "news_entities",
    default_config={"use_ner_fallback": True, "split_shorthand": True, "known_models": True},
    assigns=["doc.spans"],
)
def make_entities(
    nlp: Language,
    name: str,
    *,
    use_ner_fallback: bool,
    split_shorthand: bool,
    known_models: bool,
) -> EntityExtractor:
    """Factory of ``news_entities`` (registry name ``news.entities.v1``)."""
    return EntityExtractor(
        nlp,
        name,
        use_ner_fallback=use_ner_fallback,
        split_shorthand=split_shorthand,
        known_models=known_models,
    )
