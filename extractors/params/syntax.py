"""What the dependency parse says about a figure and a model: is the model the subject of
the clause that holds the figure? Used by ``left_rules`` to break ties in ``copula``.

Without a parse every check passes, so the rules still run on a blank pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extractors.params.lexicon import ParamLexicon


def dep_agrees(doc: Doc, value: Span, model: Span, lex: ParamLexicon, *,
               stand_in: Callable[[Token, Span], bool] | None = None) -> bool:
    """With a parse: the model must head the subject of the clause that holds the figure.

    Walk from the figure up to the first verb with a subject. A pronoun subject ("it") is
    fine; a relative one ("which") must stand for the model (``_antecedent_is``); otherwise
    the model must be the subject or attached to it as a
    compound/apposition/possessor ("xAI's Grok 4.2 model uses ..."), not buried in a
    modifier ("the model powering ... the Grok chatbot is ...") or another clause ("X is a
    beta, and the full version with 1T parameters is ..."). A subject that ``stand_in`` accepts
    ("the initial version of the model", "This model, dubbed X, ...") stands for the model
    named before it, as a pronoun does. Without a parse: True.
    """
    if not doc.has_annotation("DEP"):
        return True
    token = value.root
    for _ in range(10):
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and token.head.i != token.i and any(
                s.left_edge.i <= value.start and value.end <= s.right_edge.i + 1
                for s in subjects):
            # "X is rumored to have 1.76T parameters spread across eight experts": a
            # participle misparsed as a clause whose subject is the figure's own noun; the
            # clause that holds the figure is the one above it
            token = token.head
            continue
        if token.pos_ in {"VERB", "AUX"} and subjects:
            # a mis-parse can give a verb two subjects ("A tipster claims Grok 6 has 3T":
            # "claims" tagged a noun); the model may be either
            return any(_subject_is(token, subj, model, lex, stand_in) for subj in subjects)
        if token.head.i == token.i:
            return True
        token = token.head
    return True


def _subject_is(verb, subj, model: Span, lex: ParamLexicon,
                stand_in: Callable[[Token, Span], bool] | None) -> bool:
    """The verb's subject ``subj`` is the model, stands for it, or carries its name."""
    if subj.i < model.start and verb.doc[model.start - 1].text in {".", "!", "?"}:
        return True  # "covered the older X. X has 1T": a missed sentence end right before it
    if subj.i == model.end and subj.text[:1].isupper():
        return True  # "Zeta 5 Super has 49B": a variant word the name span left out
    if lex.has("COUNT_NOUN", subj.lower_) and _owner_of(model, subj):
        return True  # "The parameter count for Zeta 5 is 3 trillion"
    if subj.tag_ in {"WDT", "WP"}:
        return _antecedent_is(verb, model)
    if subj.pos_ == "PRON" or _relative_clause_of(verb, model) or (
            stand_in is not None and stand_in(subj, model)):
        return True
    return _attached_to(model, subj)


# How a model name hangs off the noun a clause is about: "xAI's Grok 4.2 model" (compound),
# "GLaM's full version" (poss), "the model, Grok 5" (appos), "Model's (GLaM)" (parataxis).
NAME_ATTACHMENTS = frozenset({"compound", "appos", "poss", "nmod", "conj", "npadvmod", "amod",
                              "nummod", "parataxis"})


def _owner_of(model: Span, noun) -> bool:
    """The model is the object of "of"/"for" on ``noun`` ("the parameter count of X")."""
    node = model.root
    return (node.dep_ == "pobj" and node.head.lower_ in {"of", "for"}
            and node.head.head.i == noun.i)


def _attached_to(model: Span, noun) -> bool:
    """``noun`` is part of the model's name, or the name hangs off it (``NAME_ATTACHMENTS``)."""
    if model.start <= noun.i < model.end:
        return True  # "Language Models for Dialogue Applications, which had ..."
    node = model.root
    while node.i != noun.i and node.dep_ in NAME_ATTACHMENTS and node.head.i != node.i:
        node = node.head
    return node.i == noun.i


def _antecedent_is(verb, model: Span) -> bool:
    """A "which"/"that" subject stands for the noun its clause is attached to: the model in
    "Zeta 4, which has 1T", another noun in "Zeta 4 and a rival's model, which has 1T"."""
    node = verb
    for _ in range(6):
        if node.dep_ == "relcl":
            return _attached_to(model, node.head)
        if node.head.i == node.i:
            break
        node = node.head
    return True  # no relative clause found: nothing says the pronoun is another noun


def _relative_clause_of(verb, model: Span) -> bool:
    """The verb heads a "which"/"that" clause attached to the model ("X, which the company
    released in May, had 675B ..." misparsed with "company" as the subject of "had")."""
    return (verb.dep_ == "relcl" and model.start <= verb.head.i < model.end
            and any(c.tag_ in {"WDT", "WP"} for c in verb.children))
