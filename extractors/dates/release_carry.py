"""A release told in the next sentence about "it": "In March, Acme showed off Zeta 5. It went on
sale to developers the same month" gives Zeta 5 a March release.

``release_binding`` carries the model of the previous sentence into a sentence that names none
only when the sentence talks about "the model" or about a plan. A sentence whose subject is the
pronoun "it" and whose verb right after it is the release cue ("It went on sale", "It was
released", "It then shipped") is about the thing just named as well: the cue releases the
pronoun, and the pronoun is the model of the sentence before. "It" that is not the cue's subject
("It is unclear whether Acme released ...") carries nothing, and neither does "they" (a lab, a
team, users as often as models).

Notes:
    The simplest pronoun rule of centering-style anaphora (the subject pronoun continues the
    previous sentence's focus); no coreference model.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from extractors.dates.vocabulary import date_words

# Grammar, not vocabulary: the pronoun a release is carried by.
PRONOUN_SUBJECTS = frozenset({"it"})
# Words allowed between the pronoun and the cue ("it was then"): auxiliaries (grammar) and time
# adverbs (``pronoun_cue_adverbs`` in ``patterns/date_vocabulary.json``).
PRONOUN_CUE_FILLERS = frozenset({
    "was", "is", "has", "had", "been", "'s", "\u2019s", "will", "would", "'ll", "\u2019ll", "be",
}) | date_words(
    "pronoun_cue_adverbs")

# Grammar, not vocabulary (prepositions, time deixis): words after an object "it" that end the
# object: "released it last week", "shipped it in May".
PRONOUN_OBJECT_FOLLOWERS = frozenset(
    {"last", "this", "next", "on", "in", "at", "earlier", "later", "today", "yesterday", "to",
     "over", "during", "back", "early", "late"}
)
# "the first Halden", "the original Orca": the family's own first model, not its latest
SEPARATE_MODEL_WORDS = date_words("separate_model_words")
RELEASE_STAGES = date_words("release_stage_suffixes")


def pronoun_releases(cue: Span) -> bool:
    """Whether the cue's subject is the pronoun "it" that opens its clause.

    Args:
        cue: a release-cue span.

    Returns:
        True for "It went on sale ...", "..., it was released ...", "It then shipped ...",
        and for the object "released it last week", "launched it on Monday".
    """
    doc, sent = cue.doc, cue.sent
    if cue.end < sent.end and doc[cue.end].lower_ in PRONOUN_SUBJECTS and (
        cue.end + 1 == sent.end or not doc[cue.end + 1].is_alpha
        or doc[cue.end + 1].lower_ in PRONOUN_OBJECT_FOLLOWERS
    ):  # "The startup released it last week": the pronoun is the cue's object
        return not _object_before(doc, sent.start, cue.start)
    if opener_of_pronoun_clause(cue):
        return True
    i = cue.start - 1
    while i >= sent.start and doc[i].lower_ in PRONOUN_CUE_FILLERS:
        i -= 1
    if i < sent.start or doc[i].lower_ not in PRONOUN_SUBJECTS:
        return False
    before = doc[i - 1] if i > sent.start else None
    return before is None or before.text == "," or before.lower_ in {"and", "but", "then"}


def opener_of_pronoun_clause(cue: Span) -> bool:
    """A participial opener whose main clause is about "it": "Announced in January 2023 and
    released that spring, it had 34 billion parameters" (the participles' subject is the
    main clause's)."""
    doc, sent = cue.doc, cue.sent
    first = doc[sent.start]
    if first.tag_ not in {"", "VBN"} or not first.lower_.endswith(("ed", "en", "wn")):
        return False  # a participle opens the sentence (a blank pipeline has no tags)
    if cue.start != sent.start and not (  # "Announced in ... and released in ..., it"
        doc[cue.start - 1].lower_ == "and"
        and not any(t.text in {",", ";"} for t in doc[sent.start : cue.start])
    ):
        return False
    comma = next((t.i for t in doc[cue.end : sent.end] if t.text in {",", ";"}), None)
    return (
        comma is not None and doc[comma].text == ","
        and comma + 1 < sent.end and doc[comma + 1].lower_ in PRONOUN_SUBJECTS
    )


def _object_before(doc, start: int, end: int) -> bool:
    """A noun object earlier in the sentence that an object "it" may stand for ("The lab wrote
    a safety report and released it in May": the report, not the model before). Needs a parse;
    without one, False."""
    if not doc.has_annotation("DEP"):
        return False
    return any(t.dep_ in {"dobj", "obj"} and t.pos_ in {"NOUN", "PROPN"}
               for t in doc[start:end])


# Grammar (typography): tokens that open a bulleted or numbered list line.
LIST_MARKERS = frozenset({"-", "*", "+", "\u2022", "\u2013"})
HEAD_WINDOW = 4  # tokens from the bullet to the model that heads the item ("- **Zeta 5**")


def list_item_head(date: Span, models: Sequence[Span]) -> Span | None:
    """The MODEL that heads the bulleted line a date's sentence belongs to.

    "- **Zeta 5** (Acme). Released Tuesday." and "1. Zeta 5 (Acme). A refreshed checkpoint
    landed on the 12th." are about the item's head, though the dated sentence names no model.

    Args:
        date: a date span in a sentence that names no MODEL.
        models: MODEL spans in document order.

    Returns:
        The first MODEL of the line, within ``HEAD_WINDOW`` tokens of the list marker and in
        an earlier sentence of the same line; None when the line is no list item.
    """
    doc = date.doc
    i = date.sent.start
    while i > 0 and "\n" not in doc[i - 1].text and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    while i < date.start and doc[i].is_space:
        i += 1
    if i >= date.start:
        return None
    numbered = doc[i].like_num and i + 1 < len(doc) and doc[i + 1].text in {".", ")"}
    if doc[i].text not in LIST_MARKERS and not numbered:
        return None
    return next(
        (m for m in models
         if i < m.start <= i + HEAD_WINDOW and m.end <= date.sent.start),
        None,
    )


def full_name_for(short: Span, recent: Sequence[Span]) -> Span:
    """'Grok' right after talk of 'Grok 5' means Grok 5: swap a bare family name for it.

    A versioned name ("Zeta 5") is swapped only for a release stage of itself ("Zeta 5 Beta"):
    after "Zeta 5 Pro" it is the base model, not the variant. No name told apart from its
    successors ("the first Halden", "the original Orca") is swapped.
    """
    name = (short._.canonical or short.text).lower()
    if short.start > 0 and short.doc[short.start - 1].lower_ in SEPARATE_MODEL_WORDS:
        return short
    versioned = any(ch.isdigit() for ch in name)
    for other in reversed(recent):
        other_name = (other._.canonical or other.text).lower()
        if other_name != name and other_name.startswith(name + " ") and (
            not versioned or other_name[len(name) + 1 :] in RELEASE_STAGES
        ):
            return other
    return short
