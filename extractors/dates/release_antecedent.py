"""Which model a release sentence that names none is about: a scored choice among the models
named just before it.

"Acme unveiled Zeta 5 on stage. It was trained on web data. The model ships in July" carries Zeta
5 two sentences on; "Zeta 5 is faster than Orca 2. The model ships in July" carries Zeta 5, not
the rival named last. Every MODEL named in the previous ``max_sentences`` sentences is an
antecedent (the latest mention of each name); its score is the weighted sum of its features
(weights and threshold: ``patterns/date_carry.json``), and the best one is carried when its
score reaches the threshold (ties go to the later mention):

- ``latest``: the last MODEL named before the sentence, rivals named for comparison aside (1),
  or an earlier one (0)
- ``sentences_back``: sentences between the antecedent's and the date's, beyond the one before
- ``paragraphs_crossed``: line breaks (whitespace tokens) between the antecedent and the date's
  sentence
- ``sentence_subject``: the antecedent is its sentence's grammatical subject (needs a parse)
- ``bound_before``: a date of the article is already bound to a model of that name
- ``compared``: the antecedent follows a comparison word ("than Orca 2", "vs. Orca 2")
- ``introduced_between``: a sentence between the antecedent's and the date's brings in a new
  thing that the date's sentence names again or that is a model ("The company also showed a
  new chip. The chip ships in May"; "A rival released its own model. It arrived in June")

Whether to carry at all is ``may_carry``: the sentence plans a release or talks about "the
model" or "it", and names no new model or other object.

Notes:
    A salience ranking after centering-style and Lappin-Leass-style anaphora resolution
    (recency, subjecthood, prior focus); the weights are a logistic fit on the working sets'
    antecedents, pulled toward the hand-set ones (``bench/fit_carry.py``, ``make fit-carry``);
    no coreference model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Span, Token

from extractors.common.rule_files import RulePath, packaged, read_json_file, validate_document
from extractors.common.sentence_index import spans_starting_in
from extractors.dates.release_carry import pronoun_releases
from extractors.dates.release_objects import (
    MODEL_REFERENCE_NOUNS,
    describes_other_noun,
    object_before_date,
)
from extractors.dates.vocabulary import date_words

CARRY_FILE = "date_carry.json"
FEATURES = (
    "latest", "sentences_back", "paragraphs_crossed", "sentence_subject", "bound_before",
    "compared", "introduced_between",
)
# Grammar: words that bring a new thing into the text ("a new chip", "another model", "its own
# model"); told between the antecedent and the date, the date may be that thing's.
INTRODUCERS = frozenset({"a", "an", "another", "own"})
INTRODUCED_WINDOW = 4
SUBJECT_PRONOUNS = frozenset({"it", "they"})
# Grammar: words that open a phrase after a cue that is no object ("available to customers")
PREPOSITIONS = frozenset({"to", "for", "on", "via", "through", "in", "at", "with", "across"})
# "a new version", "a 70-billion-parameter model" (hyphens are tokens): an unnamed model
UNNAMED_MODEL_WINDOW = 9
# words that name a model only to compare another with it ("faster than Orca 2")
COMPARISON_WORDS = date_words("comparison_words")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a name that qualifies its head noun: "the Zeta 5 model", "the new model, Zeta 5,"
NAME_DEPS = frozenset({"compound", "appos", "poss"})


class CarryWeights(BaseModel):
    """The validated weight file."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    comment: str = ""
    max_sentences: int = Field(ge=1, le=10)
    threshold: float
    weights: dict[str, float]

    def model_post_init(self, __context: object) -> None:
        unknown = sorted(set(self.weights) - set(FEATURES))
        if unknown:
            raise ValueError(f"unknown feature {unknown[0]!r} (known: {', '.join(FEATURES)})")


def load_carry_weights(path: RulePath) -> CarryWeights:
    """Read and validate a weight file.

    Raises:
        RuleFileError: naming the file and the bad key.
    """
    return validate_document(read_json_file(path, "carry weights"), CarryWeights, str(path))


@cache
def carry_weights() -> CarryWeights:
    """The packaged weights, read once per process."""
    return load_carry_weights(packaged(CARRY_FILE))


def _name(span: Span) -> str:
    return (span._.canonical or span.text).lower()


def is_break(token: Token) -> bool:
    """A line break: the tokenizer makes one (or a run of them) a whitespace token."""
    return token.is_space and "\n" in token.text


def previous_sentences(date: Span, count: int) -> list[Span]:
    """Up to ``count`` sentences before the date's, nearest first; a line break the parser
    made a sentence of its own is no sentence back."""
    doc, sent, out = date.doc, date.sent, []
    while len(out) < count and sent.start > 0:
        sent = doc[sent.start - 1].sent
        if not all(t.is_space for t in sent):
            out.append(sent)
    return out


def paragraphs_crossed(mention: Span, date: Span) -> int:
    """The line breaks between the mention and the date's sentence ("Zeta 5 shipped.\n\nThe
    model ..." crosses one)."""
    return sum(1 for t in date.doc[mention.end : date.sent.start] if is_break(t))


def introduced_nouns(tokens: Span) -> set[str]:
    """The words right after an introducer ("a new chip", "its own model"): the things the
    tokens bring into the text (read without a parse: up to ``INTRODUCED_WINDOW`` words, to
    the next punctuation)."""
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if token.lower_ not in INTRODUCERS:
            continue
        for word in tokens[i + 1 : i + 1 + INTRODUCED_WINDOW]:
            if word.is_punct:
                break
            if word.is_alpha and not word.is_stop:
                out.add(word.lower_)
    return out


def refers_to_introduced(between: Span, sentence_words: set[str]) -> bool:
    """The date's sentence may be about a thing brought in ``between``: it names that thing
    again ("a new chip ... The chip ships"), the thing is a model ("its own model"), or the
    sentence has a subject pronoun that may stand for it ("a new phone. It is expected ...")."""
    introduced = introduced_nouns(between)
    if not introduced:
        return False
    return bool(introduced & (sentence_words | MODEL_REFERENCE_NOUNS)) or bool(
        sentence_words & SUBJECT_PRONOUNS
    )


def is_subject(mention: Span) -> bool:
    """The mention is its clause's subject, or names the subject's head noun ("Acme's Zeta 5
    model beats ...", "The new model, Zeta 5, beats ...")."""
    token = mention.root
    for _ in range(3):
        if token.dep_ in SUBJECT_DEPS:
            return True
        if token.dep_ not in NAME_DEPS or token.head is token:
            return False
        token = token.head
    return False


def antecedent_features(
    mention: Span, date: Span, back: int, latest: bool, bound_names: frozenset[str],
    sentence_words: frozenset[str],
) -> dict[str, float]:
    """The features of one antecedent ``back`` sentences before the date's sentence
    (``latest``: no other model, rivals aside, is named after it; ``sentence_words``: the
    lower-cased words of the date's sentence)."""
    doc = date.doc
    start = date.sent.start
    prev = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    compared = prev in COMPARISON_WORDS
    between = doc[mention.root.sent.end : start]
    return {
        "latest": 1.0 if latest and not compared else 0.0,
        "sentences_back": float(back - 1),
        "paragraphs_crossed": float(paragraphs_crossed(mention, date)),
        "sentence_subject": 1.0 if is_subject(mention) else 0.0,
        "bound_before": 1.0 if _name(mention) in bound_names else 0.0,
        "compared": 1.0 if compared else 0.0,
        "introduced_between": 1.0 if refers_to_introduced(between, sentence_words) else 0.0,
    }


def score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The weighted sum of the features (a feature without a weight counts 0)."""
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def may_carry(date: Span, cue: Span, event: str, models: Sequence[Span] = ()) -> bool:
    """Whether a release sentence that names no model is about one named before: it plans a
    release or talks about "the model" / "it", and names no new model ("a 1.5T model") nor
    other object ("Acme will launch a new phone in the fall")."""
    tokens = list(date.sent)
    for i, tok in enumerate(tokens):  # "a 1.5T model", "a new version": an unnamed model
        if tok.lower_ == "models":  # "Two Trillion-Parameter Models Released in May"
            return False
        if tok.lower_ in {"a", "an"} and any(
            t.lower_ in {"model", "version"} for t in tokens[i + 1 : i + UNNAMED_MODEL_WINDOW]
        ):
            return False
    if describes_other_noun(cue):
        return False  # "its Series B financing, announced in June": the cue is the noun's
    after = date.doc[cue.end] if cue.end < len(date.doc) else None
    if after is not None and after.pos_ != "ADP" and after.lower_ not in PREPOSITIONS and (
        object_before_date(date, cue, models)
    ):  # "Acme will launch a new phone in the fall": the phone's date ("available to
        return False  # enterprise customers in July" names an audience, not an object)
    if event == "planned" or pronoun_releases(cue):
        return True
    return any(t.lower_ in MODEL_REFERENCE_NOUNS for t in date.sent)


def antecedent_options(
    date: Span, models: Sequence[Span], bound: Sequence[Span], max_sentences: int
) -> list[tuple[Span, dict[str, float]]]:
    """Every antecedent of a date's sentence (the latest mention of each MODEL name in the
    ``max_sentences`` sentences before), nearest first, with its features."""
    bound_names = frozenset(_name(s) for s in bound)
    sentence_words = frozenset(t.lower_ for t in date.sent)
    options: list[tuple[Span, dict[str, float]]] = []
    seen: set[str] = set()
    latest = True
    for back, sent in enumerate(previous_sentences(date, max_sentences), start=1):
        for mention in reversed(spans_starting_in(models, sent.start, sent.end)):
            if _name(mention) in seen:
                continue
            seen.add(_name(mention))
            features = antecedent_features(mention, date, back, latest, bound_names,
                                           sentence_words)
            options.append((mention, features))
            latest = latest and features["compared"] > 0  # a rival is no one's latest
    return options


def carried_antecedent(
    date: Span,
    models: Sequence[Span],
    bound: Sequence[Span] = (),
    weights: CarryWeights | None = None,
) -> Span | None:
    """The model a date's sentence (which names none) is about, or None.

    Args:
        date: the date span; its sentence is the one without a MODEL.
        models: MODEL spans in document order.
        bound: subjects already bound to release dates in this article.
        weights: the scoring weights (default: the packaged file).
    """
    if not date.doc.has_annotation("SENT_START"):
        return None
    weights = weights or carry_weights()
    options = [
        (score(features, weights.weights), mention.start, mention)
        for mention, features in antecedent_options(date, models, bound, weights.max_sentences)
    ]
    if not options:
        return None
    best, _, mention = max(options, key=lambda o: (o[0], o[1]))
    return mention if best >= weights.threshold else None
