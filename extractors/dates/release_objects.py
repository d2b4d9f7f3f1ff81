"""What a release cue releases when it is not a model: the cue's own object or head noun.

"Acme released the Vega chip in May, which runs Zeta 5" dates the chip, and "Zeta 5 was tested
on benchmarks released in May" dates the benchmarks: the model elsewhere in the sentence was
not released then. ``release_binding`` asks these before it ties such a date to that model:

- ``names_other_object``  "the release of the first chip in 2017": a nominal cue's 'of' object
- ``releases_other_thing`` "launched the Vega chip on Monday, which will run Zeta 5": a noun
                           between the cue and the date, and the model only after the date
- ``describes_other_noun`` "benchmarks released in May", "its Series B financing, announced in
                           June": the cue is a participle describing a noun that is no model
- ``has_other_subject``   "The vote was pushed back to March": the cue's subject is no model
- ``is_audience``         "Zeta 5 launched to Orca Plus users": the model after "to" got it
- ``has_other_object``    "Acme released Zeta 5 in May and it announced layoffs in June",
                          "In 2024, Acme shipped the B300 chip used to train Zeta 5": the cue
                          verb's direct object is no model and names none, or is an
                          update of one ("released an update to Zeta 5 in April")
- ``aside_of_other_noun`` "The Vega phone, launched in January, runs Zeta 5": a participial
                          aside after a noun that is no model, the model after the aside
- ``clause_skipped``      "Zeta 5, which beat Orca 2 in a March test, will ship in July": the
                          model before a closed relative clause, not the one inside it
- ``plans_other_action``  "Zeta 5 is expected to reach 50 million users by July": a plan cue
                          whose "to" verb is no release (used when cues are found)
- ``is_future_form``      "will be open-sourced in July": a past-tense cue that names a plan
- ``releases_other``      the checks above that apply to a binding rule, in one call

Notes:
    Parse-light checks in the spirit of ConText's scope rules (medspaCy): a cue's scope ends at
    the first thing it is about; the dependency parse is used when present, with a word-level
    fallback on a blank pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from extractors.dates.vocabulary import date_words

# The word lists are data (``patterns/date_vocabulary.json``, users extend them there); see
# each list's comment in the file.
# "The model, which arrived Tuesday", "the new version": nouns that stand for the model named.
MODEL_REFERENCE_NOUNS = date_words("model_reference_nouns")
# Grammar, not vocabulary: object pronouns, which stand for the model ("released it in May").
OBJECT_PRONOUNS = frozenset({"it", "them"})
# Nouns between a cue and its date that still name the model's release: "released the weights
# on Monday", "shipped an update in May" are about the model named after.
RELEASE_OBJECT_NOUNS = (MODEL_REFERENCE_NOUNS | date_words("release_object_nouns")
                        | OBJECT_PRONOUNS)
# "In May, Acme announced plans to release Zeta 5": an announced object that is a plan.
PLAN_OBJECT_NOUNS = date_words("plan_object_nouns")
# "released an update to Zeta 5 in April": a change to a model that already exists.
UPDATE_NOUNS = date_words("update_nouns")

# Grammar, not vocabulary: words between an object and the date it is released on ("the chip
# on Monday").
DATE_PREPOSITIONS = frozenset({"on", "in", "at", "by", "during", "around", "from", "for", ","})

# Grammar, not vocabulary: dependency labels of a noun that describes the sentence's subject
# rather than naming a thing.
DESCRIBING_DEPS = frozenset({"attr", "appos", "oprd"})

# Grammar, not vocabulary (prepositions): before a model after the cue, these make it the
# audience or venue, not the thing released.
AUDIENCE_PREPS = frozenset({"to", "for", "in", "inside", "via", "through"})
# Grammar, not vocabulary (NER labels): entity types of a releaser ("xAI launched on Monday"),
# never of the thing released.
RELEASER_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})

# Nouns that name who releases, never what ("the company released it in May").
RELEASER_NOUNS = date_words("releaser_nouns")


def _model_tokens(models: Sequence[Span]) -> set[int]:
    return {i for m in models for i in range(m.start, m.end)}


def names_other_object(date: Span, cue: Span, models: Sequence[Span]) -> bool:
    """'the release of the first chip in 2017': a nominal cue whose 'of' object, before the
    date, is no model releases that object, not a model named elsewhere in the sentence."""
    doc = cue.doc
    if cue.end >= date.start or doc[cue.end].lower_ != "of":
        return False
    return not any(cue.end < m.start and m.end <= date.start for m in models)


def releases_other_thing(date: Span, cue: Span, subject: Span, models: Sequence[Span]) -> bool:
    """'Acme launched the Vega chip on Monday, which will run Zeta 5': the cue's object ends
    right before the date (and its preposition), is no model, and the model comes only after
    the date.

    The object's head is the last word before the date's preposition: a NOUN/PROPN when the
    doc is tagged, else any alphabetic non-stop word; release objects ("the weights", "its
    newest model") do not count.
    """
    return subject.start >= date.end and object_before_date(date, cue, models)


def object_before_date(date: Span, cue: Span, models: Sequence[Span]) -> bool:
    """The cue's object, right before the date, is a noun that is no model and no release
    object: "will launch a new phone in the fall" (see ``releases_other_thing``)."""
    if cue.end > date.start:
        return False
    doc = cue.doc
    i = date.start - 1
    while i >= cue.end and doc[i].lower_ in DATE_PREPOSITIONS:
        i -= 1
    if i < cue.end:
        return False
    head = doc[i]
    if head.like_num and i > cue.end and doc[i - 1].is_alpha:
        head = doc[i - 1]  # "the Vega 17 on Monday": a product name and its number
    if head.i in _model_tokens(models) or head.lower_ in RELEASE_OBJECT_NOUNS:
        return False
    if doc.has_annotation("TAG"):
        return head.pos_ in {"NOUN", "PROPN"}
    return head.is_alpha and not head.is_stop


def describes_other_noun(
    cue: Span, models: Sequence[Span] = (), *, parse_only: bool = False
) -> bool:
    """The cue is a participle describing a noun that is no model: "financing, announced in
    June" (after a comma, or attached to the noun in the parse), "benchmarks released in May".

    A clause whose own subject is a model ("AI, whose Zeta 5 was released in 2025") describes
    that model. ``parse_only``: trust the parse alone when there is one (the comma fallback
    misreads "Zeta 5, with 40 billion parameters, followed in April").
    """
    doc, head = cue.doc, cue[-1]
    taken = _model_tokens(models)
    has_parse = doc.has_annotation("DEP")
    if has_parse and head.dep_ in {"acl", "relcl"}:
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in taken for c in head.children):
            return False
        noun = head.head
        if noun.lower_ in RELEASER_NOUNS or noun.ent_type_ in RELEASER_ENTITIES:
            return False  # "which the company released in May", misparsed onto "company"
        # "Orca was a dense network released in 2023": a noun that describes the subject
        # (copula attribute, apposition) is the model itself
        return (noun.i not in taken and noun.lower_ not in RELEASE_OBJECT_NOUNS
                and noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ not in DESCRIBING_DEPS)
    if has_parse and parse_only:
        return False
    before = doc[cue.start - 2] if cue.start >= 2 else None
    return (before is not None and doc[cue.start - 1].text == "," and head.tag_ == "VBN"
            and before.i not in taken
            and before.pos_ in {"NOUN", "PROPN"} and before.lower_ not in RELEASE_OBJECT_NOUNS)


def has_other_subject(cue: Span, models: Sequence[Span] = ()) -> bool:
    """The cue's verb has a grammatical subject that undergoes the event and is no model: "The
    vote was pushed back to March", "Invitations went out in May". Needs the dependency parse
    (False without it)."""
    doc = cue.doc
    if not doc.has_annotation("DEP"):
        return False
    verb = next((t for t in cue if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    taken = _model_tokens(models)
    # an active verb with an object ("which Acme unveiled", "Acme released the weights") has
    # the releaser as its subject, a company or a person: only a subject that undergoes the
    # event ("was pushed back", "went out") is the thing the date belongs to
    transitive = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubjpass" or (child.dep_ == "nsubj" and not transitive):
            # "a smaller sibling, Zeta 5 Mini, is expected ...": the noun a model name is in
            # apposition to is that model
            named = any(c.dep_ == "appos" and c.i in taken for c in child.children)
            return (child.i not in taken and not named and child.pos_ in {"NOUN", "PROPN"}
                    and child.ent_type_ not in RELEASER_ENTITIES
                    and child.lower_ not in RELEASER_NOUNS
                    and child.lower_ not in RELEASE_OBJECT_NOUNS)
    return False


def describes_generic_model(cue: Span) -> bool:
    """The cue is a relative clause or participle on "the model" / "the new version": "The
    model, which arrived Tuesday, ..." is about the model named before, not one named after.
    Needs the dependency parse (False without it)."""
    head = cue[-1]
    if not cue.doc.has_annotation("DEP") or head.dep_ not in {"acl", "relcl"}:
        return False
    return head.head.lower_ in MODEL_REFERENCE_NOUNS


def is_audience(model: Span, cue: Span, in_sent: Sequence[Span]) -> bool:
    """'Zeta 5 launched to Acme Plus users on Thursday': the model after the cue is who got
    it ("to", "for", "in" before it); the model right before the cue is what launched."""
    doc = model.doc
    if model.start == 0 or doc[model.start - 1].lower_ not in AUDIENCE_PREPS:
        return False
    return any(m.end <= cue.start and cue.start - m.end <= 2 for m in in_sent)


def has_other_object(cue: Span, models: Sequence[Span] = (), date: Span | None = None) -> bool:
    """The cue verb's direct object is a noun that is no model and names none without another
    verb between: "it announced layoffs in January", "shipped the B300 chip used to train
    Zeta 5", "launched Vega Chat, powered by Zeta 5, in March" release that thing. An object
    that names the model ("a new coding tool, Zeta 5", "the Zeta 5 weights"), a release noun
    ("the weights", "its newest model") or a plan ("plans to release Zeta 5") does not count.
    Needs the dependency parse (False without it)."""
    doc = cue.doc
    if not doc.has_annotation("DEP"):
        return False
    verb = next((t for t in cue if t.pos_ == "VERB"), None)
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None) if verb else None
    taken = _model_tokens(models)
    if obj is None or obj.i in taken or obj.pos_ not in {"NOUN", "PROPN"}:
        return False
    in_date = date is not None and date.start <= obj.i < date.end
    if cue.start <= obj.i < cue.end or obj.ent_type_ in {"DATE", "TIME"} or in_date:
        return False  # "hit shelves" (the cue's own noun), "targeting September for Zeta 5"
    if obj.lower_ in UPDATE_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in {"to", "for", "of"} for c in obj.children
    ):
        return True  # "released an update to Zeta 5 in April": the model already existed
    if obj.lower_ in RELEASE_OBJECT_NOUNS or obj.lower_ in PLAN_OBJECT_NOUNS:
        return False
    for tok in obj.subtree:
        if tok.i not in taken:
            continue
        head = tok
        while head.i != obj.i and head.pos_ not in {"VERB", "AUX"}:
            head = head.head
        if head.i == obj.i:
            return False  # the object names the model ("a coding tool, Zeta 5")
    return True


def aside_of_other_noun(date: Span, cue: Span, subject: Span, models: Sequence[Span]) -> bool:
    """'The Vega phone, launched in January, runs Zeta 5': a participial aside (", <cue> ...
    <date>,") right after a noun that is no model, with the model only after the aside."""
    doc, sent = cue.doc, cue.sent
    if cue.start < sent.start + 2 or doc[cue.start - 1].text != "," or subject.start < date.end:
        return False
    before = doc[cue.start - 2]
    if before.i in _model_tokens(models) or before.is_punct:
        return False
    if any(t.text == "," for t in doc[cue.end : date.start]):
        return False
    close = date.end
    return close < sent.end and doc[close].text == "," and subject.start > close


def releases_other(
    date: Span, cue: Span, subject: Span | None, rule: str | None, models: Sequence[Span]
) -> bool:
    """Whether the cue releases something else than the chosen model (the checks above that
    fit the binding rule): then the date is no release of that model."""
    if subject is None:
        return False
    if has_other_object(cue, models, date) or aside_of_other_noun(date, cue, subject, models):
        return True
    return rule in {"apposition", "in_sentence"} and (
        describes_other_noun(cue, models, parse_only=True)
        or releases_other_thing(date, cue, subject, models)
        or has_other_subject(cue, models)
    )


# Grammar, not vocabulary: the relative pronouns that open a clause, and the determiners that
# open a noun apposition ("Zeta 6, the successor to Zeta 5, ships ...").
RELATIVE_OPENERS = frozenset({"which", "who", "whose", "that"})
APPOSITION_OPENERS = frozenset({"the", "a", "an", "its", "their"})


def clause_skipped(cue: Span, models: Sequence[Span]) -> Span | None:
    """'Zeta 5, which beat Orca 2 in a March test, will ship in July': the cue comes right
    after a comma that closes a relative clause (", which ... ,") or a noun apposition ("Zeta
    6, the successor to Zeta 5, ships in September"); the model right before that clause (a
    head noun may follow it) is the cue's subject, not a model inside the clause."""
    doc, sent = cue.doc, cue.sent
    close = cue.start - 1
    while close > sent.start and doc[close].lower_ in {"will", "would", "is", "was", "has"}:
        close -= 1  # "..., will ship in July"
    if close <= sent.start or doc[close].text != ",":
        return None
    opener = next((i for i in range(close - 1, sent.start, -1) if doc[i].text == ","), None)
    if opener is None or doc[opener + 1].lower_ not in RELATIVE_OPENERS | APPOSITION_OPENERS:
        return None
    return next((m for m in models if m.end <= opener and opener - m.end <= 2), None)


PLAN_OBJECT_WINDOW = 4  # tokens between a plan cue and its "to" ("expects Zeta 5 to ...")


def plans_other_action(cue: Span, infinitives: frozenset[str],
                       to_words: frozenset[str]) -> bool:
    """'Zeta 5 is expected to reach 50 million users by July', 'Acme expects Zeta 5 to turn a
    profit in 2026', 'plans to integrate Zeta 5 into its app in July': the plan cue's "to" (at
    most ``PLAN_OBJECT_WINDOW`` tokens on, no punctuation between) leads a verb that is no
    release, so the date is not a planned release. "to be" looks at the word after "be"
    ("is expected to be released" stays a release, "is set to be replaced" does not). A cue
    with its own verb ("set to launch", "will release"), no "to", or a date before the "to"
    ("expected in July to challenge Orca 2") is left alone. ``to_words`` are the plan words
    whose "to" leads a verb ("set to", "due to"), unlike "postponed to" or "moved up to",
    whose "to" leads the date (``infinitive_plan_words`` in ``date_release_cues.json``)."""
    doc, sent = cue.doc, cue.sent
    if not infinitives:
        return False
    end = min(sent.end, cue.end + PLAN_OBJECT_WINDOW + 1)
    to = next((i for i in range(cue.end, end) if doc[i].lower_ == "to"), None)
    if cue[-1].lower_ == "to":  # "is set to power Acme's cars", not "postponed to May"
        if len(cue) < 2 or cue[-2].lower_ not in to_words:
            return False
        to = cue.end - 1
    if to is None or to + 1 >= sent.end:
        return False
    if any(t.is_punct or t.lower_ in DATE_PREPOSITIONS for t in doc[cue.end : to]):
        return False  # "expected in July to challenge Orca 2": the date is the plan's
    verb = doc[to + 1]
    if verb.lower_ == "be" and to + 2 < sent.end:
        verb = doc[to + 2]
    if not verb.is_alpha:
        return False
    return verb.lower_ not in infinitives


def is_future_form(cue: Span) -> bool:
    """A past-tense release cue in a future, modal or infinitive form: "will be open-sourced in
    July", "would be released on April 15", "is set to be unveiled in July", "expected to hit
    shelves in July", "to be shipped" name a plan, not a release that happened (dated in the
    past it would resolve to last July)."""
    doc, first = cue.doc, cue.sent.start
    before = [t.lower_ for t in doc[max(first, cue.start - 2) : cue.start]]
    # "would be released on April 15" (a plan told in reported speech) is a plan too
    modals = ("will", "'ll", "would", "could", "should", "might")
    return (
        before[-1:] == ["to"]
        or (before[-1:] != [] and before[-1] in modals)
        or (len(before) == 2 and before[1] == "be" and before[0] in (*modals, "to"))
    )


PAST_PLAN_AUXILIARIES = frozenset({"was", "were", "had"})
# plan words whose past tense looks back on the plan; "was postponed to September", "was
# moved to", "was pushed back to" name the new, still future date
PAST_PLAN_WORDS = frozenset({
    "expected", "slated", "planned", "scheduled", "targeted", "promised", "due", "pencilled",
    "penciled", "set",
})


def is_past_plan(cue: Span) -> bool:
    """A plan told in the past tense: "was originally expected in July", "had been slated for
    September", "was first promised for the end of 2024". The plan's date is one the text looks
    back on (often missed since), so a year-less date takes the last such period, not the next.
    """
    doc, first = cue.doc, cue.sent.start
    if cue[0].lower_ not in PAST_PLAN_WORDS:
        return False
    before = [t.lower_ for t in doc[max(first, cue.start - 3) : cue.start]]
    return any(w in PAST_PLAN_AUXILIARIES for w in before) and not any(
        w in {"will", "would", "to"} for w in before
    )


def speech_dates_plan(date: Span, cue: Span, event: str | None, blockers: Sequence[Span]) -> bool:
    """'On Tuesday, Acme said it would release Zeta 6 later this year': a date told with the
    speech verb that reports a plan (before it, or right after it, before the reported clause)
    is the day of the speech, not of the plan. (A reported release,
    "On Tuesday, Acme said Zeta 6 is now available", keeps the date.)"""
    doc = date.doc
    modal = any(  # "will now launch": a modal a word away
        t.lower_ in {"will", "would", "'ll", "\u2019ll"}
        for t in doc[max(cue.sent.start, cue.start - 3) : cue.start]
    )
    plan = event == "planned" or (event == "neutral" and (modal or is_future_form(cue)))
    if not plan or cue.start < date.end:  # "said it would release": a neutral cue's plan
        return False
    for b in blockers:
        if not b.label_.endswith("|speech") or b.sent != date.sent:
            continue
        if date.end <= b.start and b.end <= cue.start:
            return True
        # "Acme said on its call in late July that Zeta 6 would ship ...": the date is an
        # adjunct of the speech ("said that in July it would ship" dates the plan)
        if b.end <= date.start and not any(
            t.lower_ == "that" for t in doc[b.end : date.start]
        ):
            return True
    return False


CONDITIONALS = frozenset({"if", "unless", "whether"})
CONDITION_WINDOW = 6  # words between "if" and the cue ("if the new Zeta 5 model ships")


def is_conditional(cue: Span) -> bool:
    """'if Zeta 5 ships by September', 'unless Nova 3 launches in May': a release supposed, not
    told (the date is a condition, neither a release nor a plan)."""
    doc = cue.doc
    for i in range(cue.start - 1, max(cue.sent.start, cue.start - CONDITION_WINDOW) - 1, -1):
        if doc[i].is_punct:
            return False
        if doc[i].lower_ in CONDITIONALS:
            return True
    return False


def untold_release(date: Span, cue: Span, event: str | None, blockers: Sequence[Span]) -> bool:
    """The cue's date is no release told: a supposed one (``is_conditional``) or the day a plan
    was spoken (``speech_dates_plan``)."""
    return is_conditional(cue) or speech_dates_plan(date, cue, event, blockers)
