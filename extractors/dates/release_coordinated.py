"""Coordinated models share the date: "Acme released Zeta 5 and Orca 2 on March 3" dates both.

``release_binding`` ties a date to one model, the cue's nearest. Launches of a family or of two
sizes are reported with coordinated objects ("Zeta 5, Orca 2 and Kite 1", "both Zeta 5 and Orca
2", "Zeta 5 as well as Orca 2"), and each model of the coordination is released on that date.
A model is coordinated with the bound one when only joiners (``COORDINATION_WORDS``: ",", "and",
"as well as", "plus", a determiner) separate the two, in either direction and along a chain;
anything else between ("Zeta 5, beating Orca 2", "Zeta 1 in March, Zeta 2 in July") breaks it.
A model already bound to a date of the sentence is left alone.

spaCy keys a span's custom attributes by its character offsets, so each coordinated model's
claim needs its own surface: the words from the date to that model (or from the model to the
date), which state the fact for that model ("Orca 2 on March 3"). Binding ``coordinated_model``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from extractors.common.sentence_index import spans_starting_in
from extractors.dates.vocabulary import date_words

BINDING = "coordinated_model"
# Grammar, not vocabulary: coordinators, determiners and punctuation between coordinated models.
COORDINATION_WORDS = frozenset(
    {",", "and", "&", "plus", "as", "well", "both", "its", "the", "their", "new", "also"}
)
# Joiners that pair two models by themselves ("Zeta 5 Mini launched alongside Zeta 5"):
# ``comitatives`` in ``patterns/date_vocabulary.json``.
COMITATIVES = date_words("comitatives")
COMITATIVE_VERB_WINDOW = 3  # tokens between the first model and "alongside" ("was released")
MAX_SURFACE = 25  # tokens: a longer date-to-model stretch is no single statement
# Bindings whose model is the cue's object or subject (a label or list item names one model).
COORDINATING_RULES = frozenset({"cue_object", "date_first", "apposition", "in_sentence"})


def _joined(doc, left: Span, right: Span) -> bool:
    between = [t.lower_ for t in doc[left.end : right.start]]
    if " ".join(between) in COMITATIVES:
        return True  # "Zeta 5 Mini launched alongside Zeta 5 on Tuesday"
    return bool(between) and all(t in COORDINATION_WORDS for t in between) and (
        "," in between or "and" in between or "&" in between or "plus" in between
    )


def coordinated_models(subject: Span, models: Sequence[Span]) -> list[Span]:
    """Models coordinated with ``subject`` in its sentence, in document order.

    Args:
        subject: the bound model mention.
        models: MODEL spans in document order.

    Returns:
        The other models of the coordination (empty when there is none).
    """
    doc = subject.doc
    sent = subject.sent
    sent_models = list(spans_starting_in(models, sent.start, sent.end))
    k = next((i for i, m in enumerate(sent_models) if m.start == subject.start), None)
    if k is None:
        return []
    out: list[Span] = []
    i = k
    while i + 1 < len(sent_models) and _joined(doc, sent_models[i], sent_models[i + 1]):
        i += 1
        out.append(sent_models[i])
    i = k
    while i - 1 >= 0 and _joined(doc, sent_models[i - 1], sent_models[i]):
        i -= 1
        out.insert(0, sent_models[i])
    out = _comitative_subject(subject, sent_models[:k]) + out
    name = (subject._.canonical or subject.text).lower()
    return [m for m in out if (m._.canonical or m.text).lower() != name]


def _comitative_subject(obj: Span, before: Sequence[Span]) -> list[Span]:
    """'Zeta 5 Mini launched alongside Zeta 5 on Tuesday': the model before the verb that the
    bound one came "alongside" ("along with", "together with") shipped with it. These three
    are read word by word here, not from ``COMITATIVES`` ("as well as" after a verb is no
    pairing of this kind): a comitative added to the vocabulary joins adjacent names only."""
    doc, i = obj.doc, obj.start - 1
    if i < 1 or doc[i].lower_ not in {"alongside", "with"}:
        return []
    if doc[i].lower_ == "with":
        if doc[i - 1].lower_ not in {"along", "together"}:
            return []
        i -= 1
    near = [m for m in before if 0 < i - m.end <= COMITATIVE_VERB_WINDOW]
    return [max(near, key=lambda m: (m.end, len(m)))] if near else []


def coordinated_twins(spans: Sequence[Span], models: Sequence[Span]) -> list[Span]:
    """New date spans for the models coordinated with each bound date's model.

    Args:
        spans: the date spans of the document (attributes set).
        models: MODEL spans in document order.

    Returns:
        One span per coordinated model, over the words from the date to it, with the date's
        interval and event and binding ``coordinated_model``.
    """
    bound = [s for s in spans if s._.subject is not None]
    dated = {(s.sent.start, (s._.subject._.canonical or s._.subject.text).lower()) for s in bound}
    out: list[Span] = []
    for date in bound:
        if date._.binding not in COORDINATING_RULES:
            continue
        for model in coordinated_models(date._.subject, models):
            key = (date.sent.start, (model._.canonical or model.text).lower())
            start, end = min(model.start, date.start), max(model.end, date.end)
            if key in dated or end - start > MAX_SURFACE:
                continue
            twin = Span(date.doc, start, end, label=date.label_)
            twin._.date_start, twin._.date_end = date._.date_start, date._.date_end
            twin._.date_granularity = date._.date_granularity
            twin._.date_status = date._.date_status
            twin._.subject, twin._.event, twin._.binding = model, date._.event, BINDING
            dated.add(key)
            out.append(twin)
    return out
