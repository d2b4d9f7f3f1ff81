"""The name tables: lookups built once from the validated ``patterns/aliases.json`` lexicon,
read by every entity finder (``names``, ``unseen_names``, ``released_names`` ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.entities.rules import NameLexicon

DASHES_RE = re.compile(r"[\u2010-\u2015\u2212]")


@dataclass(frozen=True)
class NameTables:
    """Lookup tables derived once from the ``NameLexicon``."""

    aliases: dict[str, str]  # norm_key(alias) -> canonical
    families: dict[str, tuple[str, str, str]]  # lower family -> (display, joiner, variant_joiner)
    variants: dict[str, str]  # lower variant -> canonical spelling
    lab_prefixes: tuple[str, ...]
    labs: frozenset[str]  # lower-cased lab names: never a model
    not_models: frozenset[str]
    model_cues: frozenset[str]
    non_model_heads: frozenset[str]
    comparison_cues: tuple[tuple[str, ...], ...] = ()  # lower-case token sequences
    architecture_heads: frozenset[str] = frozenset()  # "Transformer": "Switch Transformer"
    family_order: tuple[str, ...] = ()  # lower families, longest first (prefix matching)
    colon_labels: frozenset[str] = frozenset()  # "Update:", "Correction:": labels, not names
    release_cues: frozenset[str] = frozenset()  # lower-case words of a release ("debuted")
    topic_cues: frozenset[str] = frozenset()  # lower-case words of AI-model talk ("leaderboard")
    glued_suffixes: frozenset[str] = frozenset()  # "it" in "Pica-2-27B-it"
    model_modifiers: frozenset[str] = frozenset()  # "language" in "a language model"
    evidence_weights: dict[str, float] = field(default_factory=dict)  # cue -> weight
    evidence_threshold: float = 0.0  # the weight that makes an unseen name a model
    # clause words (``clause_words`` in aliases.json), lower-case
    statement_openers: frozenset[str] = frozenset()  # "Nova Premier is ...", ", a model"
    statement_prepositions: frozenset[str] = frozenset()  # "a platform for models"
    copulas: frozenset[str] = frozenset()
    copula_determiners: frozenset[str] = frozenset()
    after_model_head: frozenset[str] = frozenset()  # "a model from the startup"
    list_joiners: frozenset[str] = frozenset()
    actor_verbs: frozenset[str] = frozenset()  # "Kestrel said"
    long_form_heads: frozenset[str] = frozenset()  # "Pathways Language Model"
    long_form_glue: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()  # "a reasoning variant": a model's member
    bare_head_ordinals: frozenset[str] = frozenset()  # "the first Halden"
    bare_head_groups: frozenset[str] = frozenset()  # "its Alder models", "the Marlowe family"
    fronting_words: frozenset[str] = frozenset()  # "With 480 billion parameters, Borealis"
    business_words: frozenset[str] = frozenset()  # "Stripe (95B) valuation": no model's size
    release_verbs: frozenset[str] = frozenset()  # "announcing Kestrel", "Kestrel rolls out"
    release_links: frozenset[str] = frozenset()  # "Kestrel is now out"
    release_states: frozenset[str] = frozenset()  # "is coming", "went live"
    release_followers: frozenset[str] = frozenset()  # "launched in May": no object
    release_time_openers: frozenset[str] = frozenset()  # "ships this summer"
    release_time_words: frozenset[str] = frozenset()
    subject_openers: frozenset[str] = frozenset()  # "whose Corvid 4 is rumoured"
    release_phrasal_verbs: frozenset[str] = frozenset()  # "came out"
    reporting_words: frozenset[str] = frozenset()  # "Acme said Kestrel ships ..."
    appositive_determiners: frozenset[str] = frozenset()  # "Kestrel, our fastest model"
    product_nouns: frozenset[str] = frozenset()  # "Orbit, an app for travel"
    sentence_adverbs: frozenset[str] = frozenset()  # "Today Zorvex has ..."
    not_insert_openers: frozenset[str] = frozenset()  # "Smith, who led the team, ..."
    scope_words: frozenset[str] = frozenset()  # "(52B total / 12B active)"
    bracket_joiners: frozenset[str] = frozenset()
    carried_subjects: tuple[tuple[str, ...], ...] = ()  # ("it",), ("the", "model")
    phrasal_links: frozenset[str] = frozenset()  # "weighs in at 1.2 trillion parameters"
    link_particles: frozenset[str] = frozenset()
    # every leading part of a lab name ("goo", "google", "google deep"...): a token that is none
    # of them opens no lab name, so the multi-token lab lookup is skipped for it
    lab_starts: frozenset[str] = frozenset()


def build_tables(lexicon: NameLexicon) -> NameTables:
    """Turn the validated lexicon into lookup tables (keys normalised with ``norm_key``)."""
    variants: dict[str, str] = {}
    clause = lexicon.clause_words
    for word in lexicon.variants:
        variants.setdefault(word.lower(), word)
    return NameTables(
        aliases={norm_key(k): v for k, v in lexicon.aliases.items()},
        families={k.lower(): (k, s.joiner, s.variant_joiner) for k, s in lexicon.families.items()},
        variants=variants,
        lab_prefixes=tuple(sorted(lexicon.lab_prefixes, key=len, reverse=True)),
        labs=frozenset(lab.lower() for lab in lexicon.lab_prefixes),
        lab_starts=frozenset(lab.lower()[:k] for lab in lexicon.lab_prefixes
                             for k in range(1, len(lab) + 1)),
        not_models=frozenset(lexicon.not_models),
        model_cues=frozenset(w.lower() for w in lexicon.model_cues),
        non_model_heads=frozenset(w.lower() for w in lexicon.non_model_heads),
        comparison_cues=tuple(sorted({tuple(c.lower().split()) for c in lexicon.comparison_cues},
                                     key=len, reverse=True)),
        architecture_heads=frozenset(lexicon.architecture_heads),
        family_order=tuple(sorted((k.lower() for k in lexicon.families), key=len, reverse=True)),
        colon_labels=frozenset(w.lower() for w in lexicon.colon_labels),
        release_cues=frozenset(w.lower() for w in lexicon.release_cues),
        topic_cues=frozenset(w.lower() for w in lexicon.topic_cues),
        glued_suffixes=frozenset(w.lower() for w in lexicon.glued_suffixes),
        model_modifiers=frozenset(w.lower() for w in lexicon.model_modifiers),
        evidence_weights=dict(lexicon.evidence.weights),
        evidence_threshold=lexicon.evidence.threshold,
        statement_openers=_lower(clause.statement_openers),
        statement_prepositions=_lower(clause.statement_prepositions),
        copulas=_lower(clause.copulas),
        copula_determiners=_lower(clause.copula_determiners),
        after_model_head=_lower(clause.after_model_head),
        list_joiners=_lower(clause.list_joiners),
        actor_verbs=_lower(clause.actor_verbs),
        long_form_heads=_lower(clause.long_form_heads),
        long_form_glue=_lower(clause.long_form_glue),
        member_nouns=_lower(clause.member_nouns),
        bare_head_ordinals=_lower(clause.bare_head_ordinals),
        bare_head_groups=_lower(clause.bare_head_groups),
        fronting_words=_lower(clause.fronting_words),
        business_words=_lower(clause.business_words),
        release_verbs=_lower(clause.release_verbs),
        release_links=_lower(clause.release_links),
        release_states=_lower(clause.release_states),
        release_followers=_lower(clause.release_followers),
        release_time_openers=_lower(clause.release_time_openers),
        release_time_words=_lower(clause.release_time_words),
        subject_openers=_lower(clause.subject_openers),
        release_phrasal_verbs=_lower(clause.release_phrasal_verbs),
        reporting_words=_lower(clause.reporting_words),
        appositive_determiners=_lower(clause.appositive_determiners),
        product_nouns=_lower(clause.product_nouns),
        sentence_adverbs=_lower(clause.sentence_adverbs),
        not_insert_openers=_lower(clause.not_insert_openers),
        scope_words=_lower(clause.scope_words),
        bracket_joiners=_lower(clause.bracket_joiners),
        carried_subjects=tuple(tuple(w.lower().split()) for w in clause.carried_subjects),
        phrasal_links=_lower(clause.phrasal_links),
        link_particles=_lower(clause.link_particles),
    )


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def norm_key(text: str) -> str:
    """Alias-table key: lowercase without spaces, hyphens or underscores ("GPT 4" -> "gpt4")."""
    return re.sub(r"[\s\-_]+", "", DASHES_RE.sub("-", text).lower())


