"""Coined model names read from release language (issue 16).

A new model often reaches the news as a coined word in a release sentence and nothing more:
"Ondine launched in May", "Kestrel rolls out to Pro subscribers today", "Today we're
announcing Kestrel, our fastest model", "Kestrel Flash ships this summer", "Kestrel-o is
coming later this year", "a Wrenlet 2 Tiny is planned for April". The release relation alone
does not make a model ("Canvas rolls out", "SpaceX launched Starship"), so it opens a candidate
whose evidence is weighed with the weights of ``evidence_names`` (``aliases.json``,
``evidence``):

- the relation: the name is the subject of a release verb or state ("Ondine launched",
  "Zorvane is out", "Brisel went live", "Kestrel-o is coming", "Vireo, launched on the 12th,
  ...", "Marrow 2 Mini, which came out ..."), its object ("Acme unveiled Talvora", "announcing
  Kestrel"), or set off after a member noun ("The cheaper tier, Vireo Flash"): the ``release``
  weight, and a precondition; a list item or label line whose next words say it was released
  ("**Corvane** Released on Monday", "- Ondine (Saltmarsh AI) - released Wednesday") adds
  ``label``;
- the name's shape: a variant word or a version after it ("Kestrel Flash", "Wrenlet 2 Tiny",
  "Kestrel-o"): the ``variant`` / ``version`` weights; a lower-case checkpoint ("korin-2-mini"):
  ``glued``; a bare acronym ("TII"): ``title_before`` against;
- words near any mention of the word: model talk ("leaderboard", "model") or a size: the
  ``topic`` and ``count`` weights, read over the document (one sense per discourse);
- model talk elsewhere in the article: ``article``;
- against: the NER's place, people or person label on a plain word (``place``).

An appositive that calls the name a model decides alone ("announcing Kestrel, our fastest
model", "Halvard, launched on the 3rd, is Acme's first model"), as does a model noun set off
before it ("the rival's larger closed model, Tamsin Max"); one headed by another noun vetoes
it ("launched Trillium, its new chip", "introduced Orbit, an app for travel"), as does such a
noun right after the name ("Starship rocket"). A bare tier word ("Pro is available") is a
sibling's shorthand, never a name of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.entities.coined_names import coined_name_end
from extractors.entities.evidence_names import sentence_cues
from extractors.entities.names import (
    GLUED_SERIES_RE,
    PLACE_ENT_TYPES,
    NameTables,
    is_name_word,
)
from extractors.entities.unseen_names import MODEL_NOUNS, ai_talk, opens_clause

MAX_LINKS = 3  # words between a subject and its release verb: "is now officially", "will"
MAX_APPOSITIVE = 6  # tokens from the appositive's determiner to its head noun
MAX_GAP = 4  # tokens of a short phrase between the name and its appositive: "on Monday"
MAX_INSERT = 12  # tokens of an inserted phrase: ", launched on the 12th of May,"
MAX_BRACKET = 8  # tokens of a parenthesis after a list item's name: "(Saltmarsh AI)"
# A lower-case checkpoint name: a word, a version, a variant word ("korin-2-mini").
CHECKPOINT_RE = re.compile(
    r"^(?P<head>[a-z]{3,}[a-z0-9]*)(?:-[a-z]+)*-v?\d{1,2}(?:\.\d{1,2})?(?:-[a-z]+)*-(?P<tail>[a-z]+)$")
# Markup closing a bold or italic label: "**Corvane** Released on Monday".
LABEL_MARKS = frozenset({"*", "**", "_", "__", ":", "-", "\u2013", "\u2014"})


def _verb_after(doc: Doc, k: int, tables: NameTables) -> bool:
    """A release verb or state at token ``k``, after up to ``MAX_LINKS`` auxiliaries and
    adverbs, that takes no object: "launched in May", "is now out", "will ship this summer",
    "is coming", "went live" (not "Acme launched a model": Acme is the one who acts, nor
    "Altman announced ...": an actor's verb)."""
    stop = min(len(doc), k + MAX_LINKS + 1)
    while k < stop:
        low = doc[k].lower_
        if low in tables.release_states and k and doc[k - 1].lower_ in tables.release_links:
            return True  # "is out", "is coming", "was planned"
        phrasal = low in tables.release_phrasal_verbs and k + 1 < len(doc) and (
            doc[k + 1].lower_ in tables.release_states)  # "came out", not "came second"
        if phrasal or ((low in tables.release_cues or low in tables.release_verbs) and (
                low not in tables.actor_verbs)):
            nxt = k + 1
            while nxt < len(doc) and doc[nxt].lower_ in tables.release_states:
                nxt += 1  # "rolls out", "went live"
            if nxt < len(doc) and doc[nxt].lower_ in tables.release_time_openers:
                # "ships this summer", not "released this one": a time word must follow
                after = doc[nxt + 1] if nxt + 1 < len(doc) else None
                return after is not None and (after.lower_ in tables.release_time_words
                                              or after.ent_type_ in {"DATE", "TIME"})
            # no object: the clause ends, or a preposition, a date or an adverb follows
            return nxt >= len(doc) or doc[nxt].is_punct or doc[nxt].like_num or (
                doc[nxt].lower_ in tables.release_followers) or (
                # the NER's date, never a capitalised name it misreads ("released Quill-8B")
                doc[nxt].ent_type_ in {"DATE", "TIME"} and doc[nxt].is_lower)
        if low not in tables.release_links:
            return False
        k += 1
    return False


def _opens_subject(doc: Doc, i: int, tables: NameTables) -> bool:
    """The name at ``i`` opens its clause, perhaps after an article: "Ondine launched", "a
    Wrenlet 2 Tiny is planned" (the article itself opening the clause)."""
    if i > 0 and doc[i - 1].lower_ in {"a", "an", "the"}:
        i -= 1
    # after a reported-speech verb: "Acme said Kestrel ships next week", "says a Wrenlet ..."
    return opens_clause(doc, i) or (i > 0 and (doc[i - 1].lower_ in tables.reporting_words
                                               or doc[i - 1].lower_ in tables.subject_openers))


def _release_relation(doc: Doc, i: int, end: int, tables: NameTables) -> str | None:
    """How a release sentence treats the name at ``i:end``: "subject" ("Ondine launched in
    May", "Kestrel Flash ships"), "label" (a line the name opens, closed by markup, whose next
    words say it was released: "**Corvane** Released on Monday", "Corvane: out since Monday"),
    "object" ("Acme unveiled Talvora"), else None."""
    if end + 1 < len(doc) and _opens_subject(doc, i, tables):
        if doc[end].is_lower and _verb_after(doc, end, tables):
            return "subject"
        after = doc[end + 1]
        # "Vireo, launched on the 12th, is ...": an inserted release participle
        if doc[end].text == "," and after.lower_ in tables.release_cues and (
                after.lower_.endswith("ed") and after.lower_ not in tables.actor_verbs):
            return "subject"
        # "Kestrel-o, a reasoning variant that thinks first, is coming later this year"
        close = _insert_close(doc, end)
        if close is not None and _verb_after(doc, close + 1, tables):
            return "subject"
        k = _bracket_end(doc, end)  # "Ondine (Saltmarsh AI) - released Wednesday."
        start = k
        while k < len(doc) and doc[k].text in LABEL_MARKS:
            k += 1
        if k > start and k < len(doc) and (doc[k].lower_ in tables.release_states or (
                (doc[k].is_title or doc[k].is_lower) and _verb_after(doc, k, tables))):
            return "label"
    # "... is probably Marrow 2 Mini, which came out two weeks ago": the relative's subject
    if end + 2 < len(doc) and doc[end].text == "," and (
            doc[end + 1].lower_ in {"which", "that"} and _verb_after(doc, end + 2, tables)):
        return "subject"
    if _member_before(doc, i, tables) and _closed_name(doc, end, tables):
        return "member"
    return "object" if _object_of_release(doc, i, end, tables) else None


def _insert_close(doc: Doc, end: int) -> int | None:
    """The comma closing a phrase inserted after the name (", launched on the 12th,"), else
    None."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    sent_end = doc[end].sent.end
    close = next((k for k in range(end + 1, min(sent_end, end + MAX_INSERT))
                  if doc[k].text == ","), None)
    return close if close is not None and close + 1 < sent_end else None


def _stated_after_insert(doc: Doc, end: int, tables: NameTables) -> bool:
    """After an inserted phrase (", launched on the 12th,") the clause states the name is a
    model: "Halvard, launched on the 3rd, is Acme's first model"."""
    close = _insert_close(doc, end)
    if close is None or doc[close + 1].lower_ not in tables.copulas:
        return False
    sent_end = doc[end].sent.end
    for tok in doc[close + 2 : min(sent_end, close + 2 + MAX_APPOSITIVE)]:
        if tok.lower_ in MODEL_NOUNS:
            return True
        if tok.is_punct and tok.text not in {"'", "\u2019"}:
            return False
    return False


def _bracket_end(doc: Doc, end: int) -> int:
    """The index after a short parenthesis right after the name ("Ondine (Saltmarsh AI)"),
    else ``end``."""
    if end < len(doc) and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(len(doc), end + MAX_BRACKET))
                      if doc[k].text == ")"), None)
        if close is not None:
            return close + 1
    return end


def _member_before(doc: Doc, i: int, tables: NameTables) -> bool:
    """The name set off after a noun that makes it one of a model line: "The cheaper tier,
    Vireo Flash, ...", "a smaller sibling, Marlowe Mini,", "Its predecessor, Kestrel,"."""
    return i > 1 and doc[i - 1].text in {",", ":"} and doc[i - 2].lower_ in tables.member_nouns


def _closed_name(doc: Doc, end: int, tables: NameTables) -> bool:
    """The name ends its phrase: punctuation, a lower-case word or the text's end after it,
    and no reporting verb ("a model, Acme said")."""
    nxt = doc[end] if end < len(doc) else None
    return nxt is None or ((nxt.is_punct or nxt.is_lower) and (
        nxt.lower_ not in tables.reporting_words and nxt.lower_ not in tables.actor_verbs))


def _object_of_release(doc: Doc, i: int, end: int, tables: NameTables) -> bool:
    """A release verb takes the name right after it as object: "Acme unveiled Talvora",
    "announcing Kestrel,", "open-sourced Pellucid in March"; the name stands alone ("released
    Zorvex Pro" extends it; "launched Acme's ..." is an owner)."""
    if i == 0:
        return False
    verb = doc[i - 1]
    # lower case, or opening the sentence: "Meet Kestrel: ...", "Introducing Kestrel"
    if not ((verb.is_lower or verb.is_sent_start) and (
            verb.lower_ in tables.release_cues or verb.lower_ in tables.release_verbs)):
        return False
    nxt = doc[end] if end < len(doc) else None
    return nxt is None or nxt.is_lower or nxt.is_punct


def _appositive_head(doc: Doc, end: int, tables: NameTables) -> str | None:
    """The head noun of an appositive after the name, past a short phrase ("Talvora on Monday,
    a model tuned for math"; "Kestrel, our fastest model"): "model" for a model noun, "other"
    for a noun that names something else (a chip, an app), else None."""
    sent_end = doc[end - 1].sent.end
    if sent_end <= end + 1 and end + 1 < len(doc):
        sent_end = doc[end + 1].sent.end  # a label line: "BLOOM" then ": the multilingual model"
    comma = next((k for k in range(end, min(sent_end, end + MAX_GAP + 1))
                  if doc[k].text in {",", ":", "\u2014"}), None)
    if comma is None or comma + 1 >= sent_end or (
            doc[comma + 1].lower_ not in tables.appositive_determiners):
        return None
    for tok in doc[comma + 2 : min(sent_end, comma + 2 + MAX_APPOSITIVE)]:
        low = tok.lower_
        if low in tables.model_cues and not low.startswith("param"):
            return "model"
        if low in tables.member_nouns and not (
                tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            return "model"  # "Kestrel-o, a reasoning variant that ...", not "a version of"
        if low in tables.non_model_heads or low in tables.product_nouns:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            # ", the lab said": a reporting clause, no appositive
            return None if nxt is not None and nxt.lower_ in tables.reporting_words else "other"
        if not (tok.is_lower or is_hyphen(tok) or tok.like_num) or (
                tok.is_punct and not is_hyphen(tok)):
            return None
    return None


def _glued_letter_end(doc: Doc, end: int, tables: NameTables) -> int:
    """The end past a series letter or variant word glued on by a hyphen ("Kestrel-o",
    "Kestrel-mini") or a spaced series with a variant ("Tallis x2 mini"), which only a known
    family's names take otherwise."""
    if end + 1 < len(doc) and is_hyphen(doc[end]) and not doc[end - 1].whitespace_ and (
            not doc[end].whitespace_) and (GLUED_SERIES_RE.match(doc[end + 1].text)
                                           or doc[end + 1].lower_ in tables.variants):
        return end + 2
    if end + 1 < len(doc) and GLUED_SERIES_RE.match(doc[end].text) and len(doc[end]) > 1 and (
            doc[end + 1].lower_ in tables.variants):
        return end + 2  # "Tallis x2 mini": a spaced series and a variant word
    return end


def _checkpoint_end(doc: Doc, i: int, tables: NameTables) -> int | None:
    """End of a lower-case checkpoint name with a version and a variant word glued on, starting
    at ``i`` ("korin-2-mini", "vela-3.1-instruct"), else None; a size-ended one is
    ``unseen_names``' ("nova-oss-70b")."""
    tok = doc[i]
    if not (tok.text[:1].islower() and tok.text[:1].isalpha()) or (
            i and not (doc[i - 1].whitespace_ or doc[i - 1].is_punct or doc[i - 1].is_space)):
        return None
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and (
            is_hyphen(doc[end]) or is_hyphen(doc[end - 1])):
        end += 1
    match = CHECKPOINT_RE.match(fold_hyphens(doc[i:end].text))
    if match is None or match.group("head") in tables.labs:
        return None
    tail = match.group("tail")
    return end if tail in tables.variants or tail in tables.glued_suffixes else None


def _tier_words(doc: Doc) -> frozenset[str]:
    """Words that end a versioned name somewhere in the document ("Air" of "Pangolin-2 Air"):
    alone, such a word is that sibling's shorthand ("Air launched alongside Max"). Built once
    per document: asking per candidate rescanned the document each time."""
    return frozenset(t.text for t in doc[1:]
                     if any(ch.isdigit() for ch in doc[t.i - 1].text))


def _mentions(doc: Doc, word: str) -> list[Span]:
    return [doc[t.i : t.i + 1] for t in doc if t.text == word]


def find_released_names(doc: Doc, tables: NameTables,
                        blocked: frozenset[int] = frozenset()) -> list[Span]:
    """Coined names a release sentence puts forward, kept on the weighed evidence of the
    document (see the module docstring).

    Args:
        doc: a Doc with sentence boundaries (NER labels are used when present).
        tables: name tables from ``build_tables``.
        blocked: tokens a known rule takes (labs, products, hardware, known models).

    Returns:
        MODEL spans, one per release mention kept (later bare mentions are the repeated-name
        finder's job).

    Notes:
        The evidence vote of ``evidence_names`` (one sense per discourse, Gale, Church and
        Yarowsky 1992), opened by a release relation instead of a name's shape.
    """
    weights = tables.evidence_weights
    found: list[Span] = []
    talk: bool | None = None
    tier_words = _tier_words(doc)
    for tok in doc:
        i = tok.i
        if i in blocked:
            continue
        end = _checkpoint_end(doc, i, tables)
        checkpoint = end is not None
        if not checkpoint and not (tok.text[:1].isupper() and (
                is_name_word(tok, tables) or tok.ent_type_ in PLACE_ENT_TYPES | {"NORP"})):
            continue
        if tok.lower_ in tables.sentence_adverbs or tok.lower_ in tables.release_cues:
            continue
        end = end if checkpoint else coined_name_end(doc, i, tables)
        if end is None or any(k in blocked for k in range(i, end)) or (
                end == i + 1 and (tok.lower_ in tables.variants or tok.text in tier_words)):
            continue  # a bare tier word is a sibling's shorthand ("Pro is available today")
        end = _glued_letter_end(doc, end, tables)
        if not checkpoint and end + 1 < len(doc) and doc[end].is_title and doc[end].is_alpha and (
                doc[end - 1].like_num and doc[end + 1].is_lower):
            end += 1  # "Wrenlet 2 Tiny is planned": a tier word no list knows after a version
        following = doc[end].lower_ if end < len(doc) else ""
        if following in tables.non_model_heads or following in tables.product_nouns:
            continue  # "Starship rocket", "Orbit app"
        if doc[i:end].text.lower() in tables.colon_labels:
            continue  # "Update: the model is out now": a label word opens the line
        relation = _release_relation(doc, i, end, tables)
        head = "model" if relation == "subject" and _stated_after_insert(doc, end, tables) else (
            _appositive_head(doc, end, tables))
        if head == "other":
            continue
        # "Meet Kestrel: our most capable model", "Kestrel Lite: a small model for phones" (a
        # label line): an appositive that calls it a model decides
        # "Rival's larger closed model, Tamsin Max", "Second model: Quasar 5 Flash"
        model_before = i > 1 and doc[i - 1].text in {",", ":"} and (
            doc[i - 2].lower_ in MODEL_NOUNS) and _closed_name(doc, end, tables) and (
            tok.ent_type_ not in {"PERSON", "ORG"} or end - i > 1)  # "model, Tamsin Max"
        if model_before or (head == "model" and (relation is not None or (
                end < len(doc) and doc[end].text == ":" and opens_clause(doc, i)))):
            found.append(doc[i:end])
            continue
        if relation is None:
            continue
        talk = ai_talk(doc, tables) if talk is None else talk
        if not talk:
            continue  # "Samsung launched Galaxy" in an article about phones
        span = doc[i:end]
        score = weights["release"]
        tail = [t for t in span[1:] if not is_hyphen(t)]
        if any(t.lower_ in tables.variants or (len(t) == 1 and t.is_alpha) for t in tail):
            score += weights["variant"]  # "Kestrel Flash", "Kestrel-o"
        if any(t.like_num for t in tail):
            score += weights["version"]  # "Wrenlet 2 Tiny"
        if end == i + 1 and tok.is_upper:
            score += weights["title_before"]  # a bare acronym names a body or a lab as often
        if checkpoint:
            score += weights["glued"]  # "korin-2-mini": a repository's spelling
        if relation == "label":
            score += weights["label"]  # a list item's or roundup's name line
        cues: set[str] = set()
        for mention in [span, *_mentions(doc, tok.text)]:
            cues |= sentence_cues(mention, tables)
        score += sum(weights[c] for c in cues - {"release"})
        own = range(tok.sent.start, tok.sent.end)
        if "topic" not in cues and any(
                t.lower_ in tables.model_cues or t.lower_ in tables.topic_cues
                for t in doc if t.i not in own):
            score += weights["article"]
        # the small NER's guess, outweighed only by more evidence; a person is released by
        # nobody, but may be what an actor's verb introduces ("introduced Dana") or someone's
        # predecessor ("Its predecessor, Dana, ...")
        # (places and people carry no version or variant word: "Tallis x2 mini" is a name)
        if not tail and (tok.ent_type_ in PLACE_ENT_TYPES | {"NORP"} or (
                tok.ent_type_ == "PERSON" and (relation == "member" or (
                    i and doc[i - 1].lower_ in tables.actor_verbs)))):
            score += weights["place"]
        if score >= tables.evidence_threshold:
            found.append(span)
    return found
