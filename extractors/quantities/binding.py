"""Bind a quantity span (GPUs, GW, USD, tokens…) to the entity it is about.

Structural rules over tokens only (no dependency parse needed, so the rules run and are
tested on a blank pipeline): possessive ("X's $30 billion round"), "X worth up to $N",
"X ... with N", copula/verb ("X, which has N", "X ran on N GPUs"), a benchmark score
"N% with X", a sentence-initial pronoun ("It comprises N GPUs") resolved to the last
entity of the previous sentences, and a guarded nearest-entity-in-the-same-clause fallback.
Parentheticals between dashes or brackets and ", which …," relative clauses are skipped, so
"Colossus 1 — xAI's first supercluster, which trained Grok 3 — ran on N GPUs" binds to
Colossus 1, not Grok 3.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

DASHES = frozenset({"\u2014", "\u2013", "--"})  # em dash, en dash, ASCII
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})  # straight and curly
OPEN_BRACKET, CLOSE_BRACKET = "(", ")"
# Between "X's" and the figure: "Anthropic's recent $30 billion": a few modifiers, no punctuation.
MAX_POSSESSIVE_GAP = 3
MAX_POSSESSED_GAP = 5
# "values X at $N": the verbs that put a valuation's owner before "at".
VALUING_VERBS = frozenset({"values", "valued", "valuing", "value"})
# "expanded the Halcyon cluster to 200,000 GPUs": a site named right before its change.
SITE_LINK_WORDS = frozenset({"cluster", "supercluster", "supercomputer", "campus", "from",
                             "to", "by", "about", "some", "roughly", "around"})
APPOSITIVE_OPENERS = frozenset({"the", "a", "an"})
AGENT_PARTICIPLES = frozenset({"run", "operated", "owned", "built", "managed", "used",
                               "leased", "developed", "made", "backed", "funded"})
# "Lumen 4 has 70B parameters, and it was trained on 15T tokens": the pronoun that restarts
# the subject's clause after a coordination.
CLAUSE_PRONOUNS = frozenset({"it", "they"})
# How many sentences back a sentence-initial pronoun may look for its antecedent.
PRONOUN_LOOKBACK = 2


@dataclass(frozen=True)
class BindingRules:
    """The word lists the binding rules use (from ``patterns/quantity_units.json``)."""

    copula_verbs: frozenset[str]
    subject_verbs: frozenset[str]
    clause_breaks: frozenset[str]
    relative_pronouns: frozenset[str]
    pronoun_subjects: tuple[tuple[str, ...], ...]
    max_subject_distance: int
    possessed: frozenset[str] = frozenset()  # measures an owner has ("X's revenue hit $N")


@dataclass(frozen=True)
class QuantityBinding:
    """The entity a figure is about and the rule that found it (``subject`` None: unbound)."""

    subject: Span | None
    rule: str | None


UNBOUND = QuantityBinding(None, None)


def _entity_index(entities: Sequence[Span]) -> dict[int, Span]:
    """Token index -> the entity covering it (the longest when entities overlap)."""
    index: dict[int, Span] = {}
    for ent in sorted(entities, key=lambda e: e.end - e.start):
        for i in range(ent.start, ent.end):
            index[i] = ent
    return index


def _skip_back(doc: Doc, i: int, sent: Span, rules: BindingRules) -> int:
    """When token ``i`` closes a parenthetical, the index just before it opens; else ``i``.

    "— xAI's first supercluster, which trained Grok 3 —" and "(…)" are skipped as a whole;
    ", which trained Grok 3," is skipped when the comma pair opens with a relative pronoun,
    and ", the start-up behind Pallas 2," when it opens with a determiner right after a name
    (an appositive).
    """
    text = doc[i].text
    if text in DASHES or text == CLOSE_BRACKET or text == ",":
        opener = {CLOSE_BRACKET: {OPEN_BRACKET}}.get(text, DASHES if text in DASHES else {","})
        for j in range(i - 1, sent.start - 1, -1):
            if doc[j].text in opener:
                if text == "," and (j + 1 >= i or not (
                        doc[j + 1].lower_ in rules.relative_pronouns
                        or _opens_appositive(doc, j, sent))):
                    return i
                return j
            if text == "," and doc[j].text in DASHES:
                return i
    return i


def _opens_appositive(doc: Doc, comma: int, sent: Span) -> bool:
    """"Quillon Labs, the start-up behind ...,": a comma after a name, before a determiner."""
    return (comma > sent.start and comma + 1 < sent.end
            and doc[comma + 1].lower_ in APPOSITIVE_OPENERS
            and doc[comma - 1].text[:1].isupper())


def _is_agent(doc: Doc, ent: Span, sent: Span) -> bool:
    """"the Halcyon cluster run by Meridian Compute": the agent of a participle names who
    runs the subject, not the subject."""
    return (ent.start - 2 >= sent.start and doc[ent.start - 1].lower_ == "by"
            and doc[ent.start - 2].lower_ in AGENT_PARTICIPLES)


def _fits(ent: Span, labels: frozenset[str]) -> bool:
    return ent.label_ in labels


def possessive_subject(doc: Doc, figure: Span, ents: dict[int, Span],
                       possessed: frozenset[str] = frozenset()) -> Span | None:
    """"X's [≤3 modifiers] FIGURE": the entity owning the figure's noun phrase; up to
    ``MAX_POSSESSED_GAP`` words when one is a measure the owner has ("Quillon Labs' annual
    recurring revenue hit $500 million": ``possessed``)."""
    lowest = max(figure.sent.start, figure.start - MAX_POSSESSED_GAP - 1)
    words: list[str] = []
    for k in range(figure.start - 1, lowest - 1, -1):
        tok = doc[k]
        if tok.text in POSSESSIVE and k - 1 in ents:
            if len(words) <= MAX_POSSESSIVE_GAP or possessed.intersection(words):
                return ents[k - 1]
            return None
        if tok.is_punct or tok.like_num or k in ents:
            return None
        words.append(tok.lower_)
    return None


def score_with_subject(doc: Doc, figure: Span, ents: dict[int, Span]) -> Span | None:
    """"a score of 93.9% with/for/by X": the model named right after the figure."""
    k = figure.end
    if k < figure.sent.end and doc[k].lower_ in {"with", "for", "by", "from"} and k + 1 in ents:
        return ents[k + 1]
    return None


def valued_object(doc: Doc, figure: Span, ents: dict[int, Span]) -> Span | None:
    """"The deal values Zephyr Labs at $40 billion": the entity a valuation verb puts before
    "at" and the figure."""
    k = figure.start - 1
    if k <= figure.sent.start or doc[k].lower_ != "at" or k - 1 not in ents:
        return None
    ent = ents[k - 1]
    if ent.start - 1 >= figure.sent.start and doc[ent.start - 1].lower_ in VALUING_VERBS:
        return ent
    return None


def backward_subject(
    doc: Doc, figure: Span, ents: dict[int, Span], labels: frozenset[str], rules: BindingRules
) -> QuantityBinding:
    """Scan back from the figure to the nearest fitting entity of its clause.

    The rule name says what links them: "worth" (X worth $N), "with" (X … with N),
    "copula" (X is/has N, X, which has N), "subject_verb" (X ran on N), else
    "nearest_same_clause" (only within ``max_subject_distance`` tokens and with no other
    figure between).
    """
    sent = figure.sent
    seen: list[str] = []
    i = figure.start - 1
    while i >= sent.start:
        j = _skip_back(doc, i, sent, rules)
        if j != i:
            i = j - 1
            continue
        tok = doc[i]
        if tok.lower_ in rules.clause_breaks:
            return UNBOUND
        if i in ents:
            ent = ents[i]
            if _is_agent(doc, ent, sent):
                i = ent.start - 3  # "run by Meridian Compute": skip the agent phrase
                continue
            if _fits(ent, labels):
                initial = _clause_initial(doc, ent, rules)
                return QuantityBinding(ent, _rule_between(seen, initial, figure, ent, rules))
            i = ent.start - 1
            seen.append(ent.text.lower())
            continue
        seen.append(tok.lower_)
        i -= 1
    return UNBOUND


def _rule_between(
    seen: list[str], clause_initial: bool, figure: Span, ent: Span, rules: BindingRules
) -> str:
    """Name the link between an entity and a figure from the words between them.

    Returns "" when nothing links them (the figure then stays unbound).
    """
    between = list(reversed(seen))  # entity → figure order
    if between[:1] == ["worth"]:
        return "worth"
    if "with" in between and between.index("with") >= len(between) - 3:
        return "with"
    if between and all(w in SITE_LINK_WORDS for w in between) and ent.label_ == "CLUSTER":
        return "site_change"  # "expanded the Halcyon cluster from 100,000 to 200,000 GPUs"
    words = [w for w in between if w not in rules.relative_pronouns and w != ","]
    verbs = rules.copula_verbs | rules.subject_verbs
    if clause_initial and _restarted_clause(between, verbs):
        return "pronoun_clause"
    if any(w in verbs for w in words[3:]):
        return ""  # a later verb opens another clause: "Musk raised questions over how X has N"
    if any(w in rules.copula_verbs for w in words[:3]):
        return "copula"
    if any(w in rules.subject_verbs for w in words[:3]):
        return "subject_verb"
    distance = figure.start - ent.end
    if (clause_initial and distance <= rules.max_subject_distance and "," not in between
            and not any(_is_number(w) for w in between)):
        return "nearest_same_clause"
    return ""


def _restarted_clause(between: list[str], verbs: frozenset[str]) -> bool:
    """", and it was trained on N": the subject's own clause restarts with a pronoun right
    after a coordination, and a verb of the subject follows it."""
    marks = [k for k, w in enumerate(between) if w in CLAUSE_PRONOUNS]
    if not marks:
        return False
    k = marks[-1]
    tail = [w for w in between[k + 1 :] if w != ","]
    return k > 0 and between[k - 1] in {"and", ","} and any(w in verbs for w in tail[:3])


def _clause_initial(doc: Doc, ent: Span, rules: BindingRules) -> bool:
    """Whether the entity opens its sentence or clause (the clause's likely subject)."""
    if ent.start == ent.sent.start:
        return True
    prev = doc[ent.start - 1]
    return prev.lower_ in rules.clause_breaks or (prev.lower_ in {"the", "and"} and (
        ent.start - 1 == ent.sent.start))


def _is_number(word: str) -> bool:
    return any(c.isdigit() for c in word)


def pronoun_subject(
    doc: Doc, figure: Span, ents: dict[int, Span], labels: frozenset[str], rules: BindingRules
) -> Span | None:
    """"It comprises N GPUs": a sentence-initial pronoun names the last entity before it.

    Only when the figure's own clause names no fitting entity; the antecedent is the last
    fitting entity of the previous ``PRONOUN_LOOKBACK`` sentences.
    """
    sent = figure.sent
    words = tuple(t.lower_ for t in doc[sent.start : min(sent.end, sent.start + 3)])
    if not any(words[: len(p)] == p for p in rules.pronoun_subjects):
        return None
    if any(_fits(ents[i], labels) for i in range(sent.start, figure.start) if i in ents):
        return None
    start = sent.start
    for _ in range(PRONOUN_LOOKBACK):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        fitting = [ents[i] for i in range(prev.start, prev.end)
                   if i in ents and _fits(ents[i], labels)]
        if fitting:
            return fitting[-1]
        start = prev.start
    return None


def bind_quantity(
    doc: Doc, figure: Span, entities: Sequence[Span], unit: str,
    labels: frozenset[str], rules: BindingRules,
) -> QuantityBinding:
    """Bind one quantity figure to the entity it is about.

    Args:
        doc: a Doc with sentence boundaries.
        figure: the quantity span.
        entities: candidate subject entities (``doc.spans["entities"]``).
        unit: the figure's readable unit ("GPU", "USD", "%"…).
        labels: entity labels that may own a figure of this unit.
        rules: the word lists of the rules.

    Returns:
        The bound entity and rule name, or ``UNBOUND``.

    Notes:
        Precision first: gold quantities are "only the clear ones", so a figure with no
        structural link to a fitting entity stays unbound (records.py drops it).
    """
    ents = _entity_index(entities)
    owner = possessive_subject(doc, figure, ents, rules.possessed)
    if owner is not None and _fits(owner, labels):
        return QuantityBinding(owner, "possessive")
    if unit == "%":
        model = score_with_subject(doc, figure, ents)
        if model is not None and _fits(model, labels):
            return QuantityBinding(model, "score_with")
    valued = valued_object(doc, figure, ents) if unit == "USD" else None
    if valued is not None and _fits(valued, labels):
        return QuantityBinding(valued, "valued_at")
    found = backward_subject(doc, figure, ents, labels, rules)
    if found.subject is not None and found.rule:
        return found
    antecedent = pronoun_subject(doc, figure, ents, labels, rules)
    if antecedent is not None:
        return QuantityBinding(antecedent, "pronoun_antecedent")
    return UNBOUND
