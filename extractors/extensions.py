"""The ONE table of custom ``Doc``/``Span`` attributes used by our components.

Declared once, at import of ``extractors``; components never call ``set_extension`` themselves
(doing it in a constructor with ``force=True`` silently resets values set by other components).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# name -> default. Documented by the component that writes each attribute.
DOC_EXTENSIONS: dict[str, object] = {
    "published_at": None,  # datetime.date | None: the anchor for relative dates (set by caller)
    "published_inferred": False,  # bool: the anchor's year was inferred, not read
}

SPAN_EXTENSIONS: dict[str, object] = {
    # entities (news_entities): canonical name; the type is span.label_
    "canonical": None,
    # every claim-like span (param counts, dates, quantities): the entity mention it is bound to
    "subject": None,  # Span | None
    "binding": None,  # str | None: the rule that bound value and subject (drives confidence)
    "alignment": "exact",  # "exact" | "expanded" | "none" (see types.Alignment)
    # parameter counts (news_param_counts)
    "param_value": None,  # float | None (None for ranges)
    "param_low": None,
    "param_high": None,
    "param_bound": None,  # types.Bound value
    "param_scope": None,  # types.Scope value
    # roles of parameter counts (news_size_roles): "planned" | "component" | None
    "size_role": None,
    # dates (news_dates)
    "date_start": None,  # datetime.date | None
    "date_end": None,
    "date_granularity": None,  # types.Granularity value
    "date_status": None,  # "parsed" | "unparsed"
    "event": None,  # types.ReleaseEvent value when bound to a model release
    # quantities (news_quantities)
    "quantity_value": None,
    "quantity_unit": None,
    "quantity_bound": None,
    # measures of quantities (news_measures)
    "measure": None,  # str | None: a measure id of patterns/measures.json
    "part_of": None,  # Span | None: the figure this one is introduced as a part of
    # plan revisions (news_revisions), on release date and parameter count spans
    "revised_to": None,  # Span | None: the span the text says replaced this plan or size
    # hedge cues (news_hedges)
    "hedge_rule_id": None,
    "hedge_category": None,  # HEDGE | ATTRIBUTION | NEGATION | PSEUDO | TERMINATE
    "hedge_direction": None,  # FORWARD | BACKWARD | BIDIRECTIONAL
    # speculative | reported | unverified | planned | negated | first_party
    "hedge_subcategory": None,
    "hedge_scope": None,  # Span | None: the tokens the cue governs
    "attribution": None,  # str | None: who the text says made the claim
}


def register_extensions() -> None:
    """Declare every custom attribute once; safe to call again (no-op when present)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


# Declared on import: every component module imports this one, so a component reached any way
# (build_nlp, spaCy's entry point, a direct import) finds its attributes.
register_extensions()
