"""Unseen model names weighed on evidence: a name's shape, what its sentences do with it and what
the rest of the document says (issue 16).

New models reach the news under names no rule file knows ("Vexa3-235B-A22B", "Meridian 2.5
Pro", "Lyra 2"), often in a sentence with no model word. No single cue decides; each adds weight
to the name's family word (one sense per discourse: "Mako 1.5 Flash" and "Mako 1.5 Pro" share
it), and the family is a model line when the weight reaches the threshold (both are rule
data: ``aliases.json``, ``evidence``):

- shape: a glued size ("-7B", "-A22B", "8x22B") is nearly proof; a hyphenated name part
  ("Tamarin-3", "Cobalt-Ultra") or a version with a variant word ("2.5 Pro") is good evidence;
  a bare version ("Quasar 5") is weak, a decimal one a little less so;
- sentence: a release word ("debuted", "launched", "release of"), a word of AI-model talk
  ("parameters", "leaderboard", "experts") or another parameter size;
- document: the family named with two versions ("Lyra 2 ... Lyra 2.5"), used as a model by
  another finder, or model talk elsewhere in the article; the trained NER's PRODUCT label;
- against: a version of 10 or more with no size ("Apollo 11", "Surface Pro 11"), a title word
  just before the name ("SpaceX Falcon 9", "Sony PlayStation 5").

Hard vetoes come first: a not-a-model word ("iPhone", "Windows", "Section"), a known lab, a
known family (its members are ``versioned_names``' job), a word a known non-model rule takes
("Colossus 2" is a cluster), a non-model noun after the name ("Gaudi 3 chips"), and an
all-capitals head ("H100", "GB200 NVL72" are hardware, not names of this shape).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.entities.names import (
    FAMILY_REFERENCE_NOUNS,
    GUESSED_ENT_TYPES,
    NON_NAME_ENT_TYPES,
    SIZE_RE,
    VERSION_RE,
    NameTables,
    extend_model_end,
    family_prefix,
    part_kind,
)

# The family word that opens a name: "Vexa", "Vexa3", "Osprey", "PlayStation" (weighed later).
# Mixed case counts ("InternaVL3", "SmolKit3"); so do accented letters ("Tülu").
# A decimal version may be glued on too ("Finch1.5"), and counts as the name's version.
NAME_HEAD_RE = re.compile(
    r"^(?=[A-Z][^\W\d_]*[^\W\d_A-Z])[A-Z][^\W\d_]{2,}(?:\d{0,2}|\d{1,2}\.\d{1,2})$")
# An all-capitals family word ("EXAONE", "LFM2"): a name only with a glued size ("LFM2-8B"),
# since bare capitals name chips and bodies ("H100", "GB200", "FTC").
CAPS_HEAD_RE = re.compile(r"^[A-Z]{2,6}\d{0,2}$")
# A capitalised or letter-and-digit piece of a hyphenated name: "Coder", "Ultra", "K2", "X2",
# or one capital letter closing it ("Quill-C": a variant letter, weighed as a name part only).
NAME_PIECE_RE = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]\d{1,2}[a-z]?|[A-Z])$")
# The weights and the threshold are rule data: aliases.json, "evidence" (tables.evidence_*).
SCALE_WORDS = frozenset({"billion", "trillion"})


@dataclass
class _Family:
    """The evidence gathered for one family word over the document."""

    spans: list[Span] = field(default_factory=list)
    shape: float = 0.0
    cues: set[str] = field(default_factory=set)
    penalty: float = -1e9  # the cleanest mention's (a family is judged by its best use)


def _glued_end(doc: Doc, i: int, tables: NameTables) -> int:
    """End of the hyphenated name starting at token ``i`` ("Vexa3-235B-A22B", "Fennel-7B",
    "-", "v0.3"): the last token whose pieces all name something."""
    end, k = i + 1, i
    while True:
        pieces = fold_hyphens(doc[k].text).split("-")[1 if k == i else 0 :]
        if any(_piece_kind(p, tables) is None for p in pieces if p):
            break
        end = k + 1
        nxt = k + 1
        if nxt + 1 < len(doc) and is_hyphen(doc[nxt]) and not doc[k].whitespace_ and (
                not doc[nxt].whitespace_):
            k = nxt + 1
        else:
            break
    return end


def _piece_kind(piece: str, tables: NameTables) -> str | None:
    if SIZE_RE.match(piece):
        return "size"
    if VERSION_RE.match(piece):
        return "version"
    if NAME_PIECE_RE.match(piece) and piece not in tables.not_models:
        return "variant" if piece.lower() in tables.variants else "word"
    if piece.lower() in tables.variants:
        return "variant"  # lower-case as checkpoints spell it: "Vela-3-turbo", "Mora-2-instruct"
    if piece.lower() in tables.glued_suffixes:
        return "suffix"
    return None


def _candidate(doc: Doc, i: int, tables: NameTables) -> tuple[int, float, float, bool] | None:
    """(end, shape weight, penalty, joined) of a shaped name starting at token ``i``, else None;
    ``joined``: two title words glued ("Quill-Tiny"), a name only in a family the document
    names models with."""
    weights = tables.evidence_weights
    tok = doc[i]
    head = fold_hyphens(tok.text).split("-")[0]
    caps = bool(CAPS_HEAD_RE.match(head))
    if (
        not (NAME_HEAD_RE.match(head) or caps)
        or head in tables.not_models
        or head.rstrip("0123456789") in tables.not_models
        or head.lower() in tables.labs
        or family_prefix(head, tables) is not None
        or tok.is_stop
        # a headline's verb before the name: "Acme Launches Zeta 3 Pro", "Orca Beats Wren 2"
        or head.lower() in tables.release_cues
        or (head.lower(),) in tables.comparison_cues
    ):
        return None
    glued_end = _glued_end(doc, i, tables)
    glued = "-" in fold_hyphens(doc[i:glued_end].text)
    glued_variant = glued and _glued_version_variant(doc[i:glued_end], tables)
    if caps and not (glued and (glued_variant or any(SIZE_RE.match(p) for p in re.split(
            r"-", fold_hyphens(doc[i:glued_end].text))[1:]))):
        return None
    end = extend_model_end(doc, i, glued_end, tables)
    # the name's pieces after the head, a size the tokenizer cut in two rejoined ("Ling-1T")
    pieces = [p for p in re.split(r"[\s-]+", fold_hyphens(doc[i:end].text))[1:] if p]
    if any(p.lower() in tables.labs or family_prefix(p, tables) for p in pieces):
        return None  # "Given Grok 5", "Unveils Kimi K2": a headline word before a known name
    kinds = [k for p in pieces if (k := _piece_kind(p, tables) or part_kind(p, tables))]
    if "." in head:
        kinds.append("version")  # "Finch1.5": a glued decimal ("Web3" alone says nothing)
    letter = glued and len(pieces) == 1 and len(pieces[0]) == 1  # "Quill-C", "Switch-C"
    joined = not any(k in {"size", "version"} for k in kinds) and not (
        glued and ("variant" in kinds or letter))
    if joined and not (glued and kinds and set(kinds) <= {"word"}):
        # "Blackwell Ultra", "Vision Pro": a variant word alone names products too; two title
        # words joined ("Trillion-Parameter", "Open-Source") are a headline's compound, unless
        # the first is a family the document names models with ("Quill-Tiny" beside "Quill-7")
        return None
    # a plural people word is what the label says ("Germans 2 and French 1")
    place = tok.ent_type_ in GUESSED_ENT_TYPES and not (
        tok.ent_type_ == "NORP" and head.endswith("s"))
    if tok.ent_type_ in NON_NAME_ENT_TYPES and not glued and not place:
        return None  # the NER's date or amount: "March 3", "about 13 billion"
    following = doc[end].lower_ if end < len(doc) else ""
    if following in tables.non_model_heads or following in FAMILY_REFERENCE_NOUNS or (
            following in {"%", "percent"}):
        return None
    shape = weights["size"] if "size" in kinds else max(
        weights["glued"] if glued else 0.0,
        # version and variant glued into one word ("Vela-3-turbo", "Tarn-1-preview"): a
        # checkpoint's spelling; products write "Galaxy S24 Ultra" apart
        # (capitals name standards and ports too, "USB-4-mini": for them only a hyphen's worth)
        weights["glued_variant"] if glued_variant and not caps else 0.0,
        weights["variant"] if "variant" in kinds and "version" in kinds else 0.0,
        weights["version"])
    text = doc[i:end].text
    if "size" not in kinds and re.search(r"\d\.\d", text):
        shape += weights["decimal"]
    penalty = 0.0
    if place and not glued and not {"version", "variant"} <= set(kinds):
        # the small NER's place or people for a coined word ("Halden 3" GPE, "Zorin 3.1"
        # NORP) is a guess the document's evidence may outweigh; places carry no version
        # with a variant word ("Tessa 2.0 Flash" labelled FAC is a name)
        penalty += weights["place"]
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if "size" not in kinds and numbers and max(numbers) >= 10:
        penalty += weights["big_version"]
    prev = doc[i - 1] if i else None
    if prev is not None and prev.is_title and prev.is_alpha and not prev.is_sent_start and (
            prev.lower_ not in tables.labs) and not _is_headline(tok.sent):
        penalty += weights["title_before"]
    return end, shape, penalty, joined


def _family_key(word: str) -> str:
    """The family word of a name's first token: "Quill-7" -> "Quill", "Vexa3" -> "Vexa"."""
    return re.split(r"[-\d]", fold_hyphens(word), maxsplit=1)[0]


def _glued_version_variant(span: Span, tables: NameTables) -> bool:
    """A hyphenated word with a version piece and a variant word after it ("Vela-3-turbo")."""
    pieces = fold_hyphens(span.text).split("-")[1:]
    return len(pieces) >= 2 and VERSION_RE.match(pieces[0]) is not None and (
        pieces[-1].lower() in tables.variants)


def _is_headline(sent: Span) -> bool:
    """A title-case line ("Acme Launches Zeta 3 Pro With Longer Memory"), where a capitalised
    word before a name says nothing about it."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


# How near a cue must stand to the name to count for it: a release word is the name's own verb
# or noun ("Lyra 2 debuted", "the release of Quasar 5"); model talk and sizes may sit a little
# further ("Meridian 2.5 Pro tops the leaderboard"), but a sentence's other clause is about
# something else ("Artemis 2 launched in April, and analysts said the model has 7B").
RELEASE_WINDOW = 3
TOPIC_WINDOW = 6
def sentence_cues(span: Span, tables: NameTables) -> set[str]:
    """The kinds of evidence the words near the span give: release, topic, count."""
    doc = span.doc
    sent = span.sent
    cues: set[str] = set()
    for tok in doc[max(sent.start, span.start - TOPIC_WINDOW):min(sent.end,
                                                                  span.end + TOPIC_WINDOW)]:
        if span.start <= tok.i < span.end:
            continue
        low = tok.lower_
        gap = span.start - tok.i if tok.i < span.start else tok.i - span.end + 1
        if low in tables.release_cues and gap <= RELEASE_WINDOW:
            cues.add("release")
        if low in tables.model_cues or low in tables.topic_cues or is_param_word(low):
            cues.add("topic")
        if (SIZE_RE.match(tok.text) and tok.text[-1] in "BT") or (
                tok.like_num and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SCALE_WORDS):
            cues.add("count")
    return cues


def find_evidenced_names(
    doc: Doc,
    tables: NameTables,
    used_heads: frozenset[str] = frozenset(),
    blocked: frozenset[int] = frozenset(),
) -> list[Span]:
    """Unseen model names whose family word gathers enough evidence over the document.

    Args:
        doc: a Doc with sentence boundaries (NER labels are used when present).
        tables: name tables from ``build_tables``.
        used_heads: first words of names other finders already read as models.
        blocked: tokens a known non-model rule takes (clusters, hardware, products, labs).

    Returns:
        MODEL spans (canonical names not yet set), not overlapping each other.

    Notes:
        A weighted vote of shape, sentence and discourse cues, in the spirit of feature-based
        NER with one sense per discourse (Gale, Church and Yarowsky 1992).
    """
    families: dict[str, _Family] = {}
    used = frozenset(_family_key(h) for h in used_heads)
    joined: dict[str, list[Span]] = {}  # "Quill-Tiny": kept only with a kept or used family
    i = 0
    while i < len(doc):
        found = None if i in blocked else _candidate(doc, i, tables)
        if found is None:
            i += 1
            continue
        end, shape, penalty, only_joined = found
        span = doc[i:end]
        key = _family_key(span[0].text)
        if only_joined and key not in used:
            joined.setdefault(key, []).append(span)
            i = end
            continue
        family = families.setdefault(key, _Family())
        family.spans.append(span)
        family.shape = max(family.shape, shape)
        family.penalty = max(family.penalty, penalty)
        family.cues |= sentence_cues(span, tables)
        if span[0].ent_type_ == "PRODUCT":
            family.cues.add("product")
        i = end
    if not families:
        return []
    talk = {t.i for t in doc if t.lower_ in tables.model_cues or is_param_word(t.lower_)}
    weights = tables.evidence_weights
    kept: list[Span] = []
    for key, family in families.items():
        score = family.shape + family.penalty + sum(weights[c] for c in family.cues)
        if len({s.text for s in family.spans}) > 1:
            score += weights["siblings"]
        if key in used_heads or any(s[0].text in used_heads for s in family.spans):
            score += weights["used"]
        # model talk elsewhere in the article; the name's own sentences were read near the
        # name already, and their other clauses are about something else ("Artemis 2 launched
        # in April, and analysts said the model has 7B")
        own = {k for span in family.spans for k in range(span.sent.start, span.sent.end)}
        if not talk <= own and "topic" not in family.cues:
            score += weights["article"]
        if score >= tables.evidence_threshold:
            kept += family.spans + joined.get(key, [])
    return sorted(kept, key=lambda s: s.start)
