"""Entity extractor ``news_entities``: AI models, labs, people, clusters, hardware, products.

Writes ``doc.spans["entities"]`` (labels MODEL, ORG, PERSON, CLUSTER, HARDWARE, PRODUCT), each
span with ``span._.canonical``. One span per surface: overlaps are resolved longest-first.
``doc.ents`` is left untouched; the trained NER's PERSON/ORG only fill gaps, and its labels
are never trusted for models (the small model calls "Grok 4.4" a PERSON and "Grok 5" a LAW).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractors.common.token_matcher import TokenMatcher
from extractors.entities.links import split_glued_tokens
from extractors.entities.mentions import find_entities
from extractors.entities.names import NameTables, build_tables
from extractors.entities.rules import (
    EntityPattern,
    NameLexicon,
    load_lexicon,
    load_patterns,
    parse_lexicon,
    parse_patterns,
)
from extractors.errors import (
    MissingSentencesError,
    NotInitialisedError,
)
from extractors.vocab import ENTITIES_KEY

SPANS_KEY = ENTITIES_KEY
RULES_VERSION = "news.entities.v1"


class EntityExtractor:
    """spaCy component: rule-based entity mentions with canonical names (``news_entities``)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        use_ner_fallback: bool,
        split_shorthand: bool,
        known_models: bool,
    ) -> None:
        """Create an empty extractor; rules are loaded by ``initialize``.

        Args:
            nlp: the pipeline.
            name: the component name.
            use_ner_fallback: add the trained NER's PERSON/ORG where no rule matched.
            split_shorthand: split "GPT-4.5/5" tokens so each model gets its own span.
            known_models: match the known-model name rules; False leaves model recognition to
                how the text treats a name (its shape, an introduction, a size next to it),
                which is how every model new this week is found. The name list still
                canonicalises. An evaluation setting: it shows what the rules find unaided.
        """
        self.name = name
        self.vocab = nlp.vocab
        self.use_ner_fallback = use_ner_fallback
        self.split_shorthand = split_shorthand
        self.known_models = known_models
        self.patterns: list[EntityPattern] = []
        self.lexicon: NameLexicon | None = None
        self.matcher = TokenMatcher(nlp.vocab)
        self.labels: dict[str, str] = {}
        self.tables: NameTables | None = None

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        patterns: list[dict[str, Any]] | None = None,
        lexicon: dict[str, Any] | None = None,
    ) -> None:
        """Load and validate the rules (default: ``patterns/entities.jsonl``, ``aliases.json``).

        Raises:
            RuleFileError: a rule file is missing or invalid (names file, rule id and key).
        """
        rules = (
            parse_patterns([json.dumps(p) for p in patterns], "<patterns argument>")
            if patterns is not None
            else load_patterns()
        )
        lex = (
            parse_lexicon(lexicon, "<lexicon argument>") if lexicon is not None else load_lexicon()
        )
        self._set_rules(rules, lex)

    def _set_rules(self, rules: list[EntityPattern], lexicon: NameLexicon) -> None:
        if not rules:
            warnings.warn(
                f"{self.name}: no entity patterns loaded; only inferred model names "
                "and NER fallbacks will be found.",
                stacklevel=2,
            )
        self.patterns, self.lexicon = rules, lexicon
        self.matcher = TokenMatcher(self.vocab)
        self.labels = {}
        for rule in rules:
            if rule.label.value == "MODEL" and not self.known_models:
                continue
            self.matcher.add(rule.id, [rule.pattern])
            self.labels[rule.id] = rule.label.value
        self.tables = build_tables(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        """Find the entity mentions and write them to ``doc.spans["entities"]``."""
        if self.tables is None:
            raise NotInitialisedError(self.name)
        if not doc.has_annotation("SENT_START"):
            raise MissingSentencesError(self.name)
        if self.split_shorthand:
            split_glued_tokens(doc)
        doc.spans[SPANS_KEY] = find_entities(
            doc, self.matcher, self.labels, self.tables, use_ner=self.use_ner_fallback,
            known_models=self.known_models,
        )
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Save the rules as ``entities.jsonl`` + ``aliases.json`` in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = [p.model_dump_json() for p in self.patterns]
        (path / "entities.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if self.lexicon is not None:
            (path / "aliases.json").write_text(
                self.lexicon.model_dump_json(indent=2), encoding="utf-8"
            )

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> EntityExtractor:
        """Load rules saved by ``to_disk``."""
        path = Path(path)
        self._set_rules(load_patterns(path / "entities.jsonl"), load_lexicon(path / "aliases.json"))
        return self


@Language.factory(
    "news_entities",
    default_config={"use_ner_fallback": True, "split_shorthand": True, "known_models": True},
    assigns=["doc.spans"],
)
def make_entities(
    nlp: Language,
    name: str,
    *,
    use_ner_fallback: bool,
    split_shorthand: bool,
    known_models: bool,
) -> EntityExtractor:
    """Factory of ``news_entities`` (registry name ``news.entities.v1``)."""
    return EntityExtractor(
        nlp,
        name,
        use_ner_fallback=use_ner_fallback,
        split_shorthand=split_shorthand,
        known_models=known_models,
    )
