"""Subjects no name list knows, found by how the text treats them (for quantities only).

News of next week names labs and clusters no list holds ("Zephyr Labs raised $2.5 billion",
"the Halcyon cluster now holds 96,000 GPUs"). The trained recogniser misses or mislabels
many of them, so ``news_quantities`` also accepts as a subject a run of capitalised words
in one of these shapes (rules: ``shaped_subjects`` in ``patterns/quantity_units.json``):

* a company name by its suffix: "Corvid AI", "Zephyr Labs", "Quanta Compute" (ORG);
* a site before a site noun after a determiner or a possessive: "the Halcyon cluster",
  "its Kestrel supercomputer", "Quanta Compute's Brightwater cluster" (CLUSTER);
* a name that opens its clause before a company verb: "Quillon raised", "Ferrow closed" (ORG);
* a possessive owner of a company measure: "Orbital's valuation", "Quillon's revenue" (ORG).

A recognised PERSON named with a company suffix is relabelled ORG. A run that a recognised
entity reaches past is not added; one that holds recognised entities
replaces them ("Labs" read alone inside "Zephyr Labs"); a recognised entity that is exactly
the name of a site ("the Brightwater cluster" read as ORG) is relabelled CLUSTER.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractors.quantities.binding import POSSESSIVE

ORG, CLUSTER, PERSON = "ORG", "CLUSTER", "PERSON"
# The longest run of capitalised words read as one name ("Northern Lights Compute Labs").
MAX_NAME_WORDS = 4
# Words between a possessive and the measure it owns: "Orbital's latest funding round".
MAX_OWNER_GAP = 3


@dataclass(frozen=True)
class ShapeRules:
    """The word lists of the shapes (from ``patterns/quantity_units.json``)."""

    org_suffixes: frozenset[str]
    site_nouns: frozenset[str]
    determiners: frozenset[str]
    company_verbs: frozenset[str]
    owned_measures: frozenset[str]
    not_names: frozenset[str]


def is_name_word(tok: Token, rules: ShapeRules) -> bool:
    """A capitalised word that can be part of a proper name.

    With a tagger, a proper noun (or an all-capital word: "AI"); without one (rule tests on a
    blank pipeline), any capitalised word that is not a listed function word.
    """
    text = tok.text
    if not text[:1].isupper() or not text.replace("-", "").isalnum():
        return False
    if tok.lower_ in rules.not_names:
        return False
    if tok.doc.has_annotation("TAG"):
        return tok.pos_ == "PROPN" or (text.isupper() and len(text) > 1)
    return True


def name_start(doc: Doc, end: int, lowest: int, rules: ShapeRules) -> int:
    """Start of the run of name words ending just before ``end`` (``end`` when none)."""
    start = end
    while start > lowest and end - start < MAX_NAME_WORDS and is_name_word(doc[start - 1], rules):
        start -= 1
    return start


def _suffixed(doc: Doc, i: int, lowest: int, rules: ShapeRules) -> Span | None:
    """"Corvid AI": a name run ending in a company suffix (the suffix alone is no name).

    The run may start before the suffix's sentence: a sentence splitter sometimes cuts a
    name ("Zephyr | Labs raised"), and a real boundary has punctuation or a line break.
    """
    tok = doc[i]
    if tok.lower_ not in rules.org_suffixes or not tok.text[:1].isupper():
        return None
    if i + 1 < len(doc) and _modifies_noun(doc[i + 1]):
        return None  # "Generative AI startups raised": a kind of company, not a name
    start = name_start(doc, i, 0, rules)
    return Span(doc, start, i + 1, label=ORG) if start < i else None


def _modifies_noun(nxt: Token) -> bool:
    """Whether the word after a suffix is the common noun the phrase is about."""
    if not nxt.is_alpha or not nxt.is_lower:
        return False
    return nxt.pos_ == "NOUN" if nxt.doc.has_annotation("TAG") else False


def _site(doc: Doc, i: int, lowest: int, rules: ShapeRules) -> Span | None:
    """"the Halcyon cluster", "Quanta Compute's Brightwater cluster": the name before a site
    noun, after a determiner or a possessive."""
    if doc[i].lower_ not in rules.site_nouns:
        return None
    start = name_start(doc, i, lowest, rules)
    if start in (i, lowest):
        return None
    before = doc[start - 1]
    if before.lower_ in rules.determiners or before.text in POSSESSIVE:
        return Span(doc, start, i, label=CLUSTER)
    return None


def _clause_subject(doc: Doc, i: int, lowest: int, rules: ShapeRules) -> Span | None:
    """"Quillon raised": a name run opening its clause, right before a company verb."""
    if doc[i].lower_ not in rules.company_verbs:
        return None
    start = name_start(doc, i, lowest, rules)
    if start == i:
        return None
    opens = start == lowest or doc[start - 1].text in {",", ";", ":"} or doc[
        start - 1].lower_ in {"and", "that"}
    return Span(doc, start, i, label=ORG) if opens else None


def _owner(doc: Doc, i: int, lowest: int, end: int, rules: ShapeRules) -> Span | None:
    """"Orbital's valuation": a name run before a possessive that owns a company measure."""
    if doc[i].text not in POSSESSIVE:
        return None
    following = (t.lower_ for t in doc[i + 1 : min(end, i + 1 + MAX_OWNER_GAP)])
    if not any(w in rules.owned_measures for w in following):
        return None
    start = name_start(doc, i, lowest, rules)
    return Span(doc, start, i, label=ORG) if start < i else None


def shaped_subjects(doc: Doc, entities: Sequence[Span], rules: ShapeRules) -> list[Span]:
    """Subjects found by shape, and recognised entities relabelled as sites.

    Args:
        doc: a Doc with sentence boundaries (and, in production, part-of-speech tags).
        entities: the recognised entities (``doc.spans["entities"]``).
        rules: the shape word lists.

    Returns:
        New subject spans (labelled ORG or CLUSTER) that no recognised entity reaches past,
        plus a CLUSTER copy of each recognised entity that is exactly a site's name.

    Notes:
        Precision first, as the binding rules: a shape only names a candidate subject; a
        figure still needs a structural link to it (``binding.bind_quantity``).
    """
    exact = {(e.start, e.end): e for e in entities}
    found: list[Span] = []
    for sent in doc.sents:
        for tok in sent:
            i = tok.i
            span = (_suffixed(doc, i, sent.start, rules) or _site(doc, i, sent.start, rules)
                    or _clause_subject(doc, i, sent.start, rules)
                    or _owner(doc, i, sent.start, sent.end, rules))
            if span is None:
                continue
            same = exact.get((span.start, span.end))
            if same is not None:
                if (span.label_ == CLUSTER and same.label_ != CLUSTER) or (
                        same.label_ == PERSON and doc[span.end - 1].lower_ in rules.org_suffixes):
                    found.append(span)  # a site read as an ORG; "Quillon Labs" read as a PERSON
                continue
            overlapping = [e for e in entities if e.start < span.end and span.start < e.end]
            if any(e.start < span.start or e.end > span.end for e in overlapping):
                continue  # a recognised name reaches past the shape: the recogniser knows
            if any(f.start < span.end and span.start < f.end for f in found):
                continue
            found.append(span)
    return found


def with_shaped(entities: Sequence[Span], shaped: Sequence[Span]) -> list[Span]:
    """The entities with the shaped subjects added; a shaped subject replaces the entities
    inside it (a relabelled site; "Labs" read alone inside "Zephyr Labs")."""
    def inside(e: Span) -> bool:
        return any(s.start <= e.start and e.end <= s.end for s in shaped)

    return [e for e in entities if not inside(e)] + list(shaped)
