"""Entity mentions of a document: rule matches, unseen model names, linked short forms and
NER fallbacks, as candidates resolved to one span per surface (the ``news_entities`` algorithm).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.common.token_matcher import TokenMatcher
from extractors.entities.coined_names import (
    find_fronted_sized_names,
    find_inserted_sized_names,
    find_paired_sized_names,
    find_parenthesised_sized_names,
    find_premodified_sized_names,
    find_released_then_described,
)
from extractors.entities.context_names import (
    find_bare_heads,
    find_compared_names,
    find_defined_acronyms,
    find_quoted_codenames,
    find_repeated_names,
)
from extractors.entities.evidence_names import find_evidenced_names
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
)
from extractors.entities.names import (
    NameTables,
    canonical_name,
    extend_model_end,
    is_family_reference,
    norm_key,
    tidy,
)
from extractors.entities.ner_fallback import NER_FALLBACK_LABELS, ner_plausible, trim_ent
from extractors.entities.nicknames import find_nicknames
from extractors.entities.quoted_variants import find_quoted_variants
from extractors.entities.released_names import find_released_names
from extractors.entities.stated_names import find_copula_names, find_lab_brand_names
from extractors.entities.unseen_names import (
    find_introduced_names,
    find_lowercase_sized_names,
    find_sized_names,
    find_versioned_names,
)
from extractors.entities.versioned_names import (
    find_architecture_names,
    find_bare_family_words,
    find_built_on_family,
    find_code_names,
    find_family_names,
)

# Candidate ranks: a known rule beats an inferred name of the same length; NER only fills gaps.
RANK_KNOWN, RANK_LINKED, RANK_INFERRED, RANK_NER = 3, 2, 1, 0


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
    doc: Doc, matches: list[tuple[int, int, str]], tables: NameTables, *, bare_families: bool
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
    # Only a name the text introduces, defines or sizes is sure enough to repeat over the
    # document; a comparison cue is weaker evidence, read in its own sentence only.
    clauses = (find_introduced_names(doc, tables) + find_sized_names(doc, tables)
               + find_parenthesised_sized_names(doc, tables) + find_defined_acronyms(doc, tables)
               + find_quoted_codenames(doc, tables) + find_copula_names(doc, tables)
               + find_inserted_sized_names(doc, tables) + find_fronted_sized_names(doc, tables)
               + find_released_then_described(doc, tables)
               + find_premodified_sized_names(doc, tables))
    # an unknown lab and its brand keep both words ("Snowline Borealis"), as a known lab's do
    paired = find_paired_sized_names(doc, tables)
    context = clauses + find_compared_names(doc, tables)
    unseen = context + find_lowercase_sized_names(doc, tables)
    # A family this document uses for a model names its other versions too.
    heads = frozenset(span[0].text for span in unseen)
    shaped = find_family_names(doc, tables)
    # Which bare family words name a model is the known rules' call; without them, a member
    # of the family named in the same document makes the bare word the model line.
    bare = find_bare_family_words(doc, tables, shaped) if bare_families else []
    shaped += (bare + find_built_on_family(doc, tables) + find_code_names(doc, tables)
               + find_architecture_names(doc, tables))
    inferred = find_versioned_names(doc, tables, heads) + unseen + shaped
    # Names no shape or clause settles alone: weigh every cue the document gives their family.
    used = heads | {span[0].text for span in inferred} | {
        doc[c.start].text for c in cands if c.label == "MODEL"}
    blocked = frozenset(i for s, e, label in matches if label != "MODEL" for i in range(s, e))
    # coined names a release sentence puts forward, weighed on the same evidence; repeated
    # over the document as the names a clause sizes or introduces are, and a family the
    # evidence of other names may use ("Kestrel" released, "Kestrel 2" in a table)
    known = blocked | {i for c in cands for i in range(c.start, c.end)}
    released = find_released_names(doc, tables, frozenset(known))
    used |= {span[0].text for span in released}
    inferred += find_evidenced_names(doc, tables, frozenset(used), blocked) + released
    clauses += released
    taken = {i for c in cands for i in range(c.start, c.end)} | {
        i for span in inferred for i in range(span.start, span.end)}
    bare = find_bare_heads(doc, inferred, taken, tables)  # "Kestrel" beside "Kestrel 2"
    for span in inferred + find_repeated_names(doc, clauses, taken) + bare:
        cands.append(
            Candidate(
                span.start, span.end, "MODEL", canonical_name(span.text, tables), RANK_INFERRED
            )
        )
    # a brand named with its lab keeps the lab word ("Amazon Nova Premier"): no family to spell
    for span in find_lab_brand_names(doc, tables) + paired:
        cands.append(Candidate(span.start, span.end, "MODEL", tidy(span.text), RANK_INFERRED))
    return cands


def find_entities(
    doc: Doc,
    matcher: TokenMatcher,
    labels: dict[str, str],
    tables: NameTables,
    *,
    use_ner: bool = True,
    known_models: bool = True,
) -> list[Span]:
    """All entity mentions of a document, overlaps resolved, canonical names set.

    Steps: known rules (span_ruler patterns) with model names extended over versions and
    variants; unseen names by context (introduced, sized, compared, defined acronyms, quoted
    code names after a lab, lower-case sized checkpoints) and by shape (versioned names,
    family members, bare family words, built-on names, code names, architecture names);
    shaped names whose family gathers enough evidence over the document (``evidence_names``);
    names a clause states are models (``stated_names``: "Amazon Nova Premier is the company's
    most capable model", "Kestrel is a new language model"); introduced, defined and sized
    one-word names repeated over the document, and the bare word of an unseen versioned
    name ("Kestrel" beside "Kestrel 2"); variant
    extensions and quoted variants of found models; coordinated shorthand versions, sizes,
    short forms, nicknames and family member lists linked to found models; the trained NER's
    PERSON/ORG in the gaps; bare surnames linked to full names of the same document.

    Args:
        doc: a Doc with sentence boundaries.
        matcher: the compiled pattern matcher (match ids are rule ids).
        labels: rule id -> label.
        tables: name tables from ``build_tables``.
        use_ner: add the trained NER's PERSON/ORG mentions that no rule covers.
        known_models: the known-model rules are in ``matcher``; without them a bare family
            word is read as a model when the document names a member of the family by shape.

    Returns:
        Labelled spans with ``span._.canonical``, sorted by position.
    """
    matches = [(s, e, labels[doc.vocab.strings[m]]) for m, s, e in matcher(doc)]
    first = resolve_overlaps(_model_candidates(doc, matches, tables,
                                                bare_families=not known_models))
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
            span = trim_ent(ent)
            if (
                ent.label_ in NER_FALLBACK_LABELS
                and span is not None
                and ner_plausible(span, ent.label_, tables)
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
