"""``news_param_counts``: the spaCy component that writes parameter counts to a Doc.

The shell only: construction, the rule lifecycle (``initialize``, ``to_disk``/``from_disk``)
and ``__call__``, which writes what ``counts.find_param_counts`` finds to
``doc.spans["param_counts"]``. The reading itself is in module-level functions: ``figures``
(figures as token spans), ``counts`` (which figures count parameters and whose they are),
``restated_facts`` (one fact stated several times).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractors.errors import NotInitialisedError
from extractors.params.counts import find_param_counts
from extractors.params.lexicon import DEFAULT_PATTERNS, ParamLexicon, load_rules, validate_rules
from extractors.vocab import PARAMS_KEY

SPANS_KEY = PARAMS_KEY
PATTERNS_FILE = "param_counts.jsonl"


class ParamCountFinder:
    """Finds parameter counts and binds them to models (rules: ``news.param_counts.v1``)."""

    def __init__(self, nlp: Language, name: str, *, emit_unbound: bool) -> None:
        """Create the component.

        Args:
            nlp: the pipeline.
            name: the component name.
            emit_unbound: also write figures bound to no model (subject None) to the group.
        """
        self.nlp = nlp
        self.name = name
        self.emit_unbound = emit_unbound
        self.rules: list = []
        self.lexicon: ParamLexicon | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   patterns: list[dict] | None = None) -> None:
        """Load the cue rules: ``patterns`` when given, else ``patterns/param_counts.jsonl``.

        Raises:
            RuleFileError: a rule is malformed (file, rule id and key are named).
        """
        self.rules = (validate_rules(patterns, source="initialize(patterns=...)")
                      if patterns is not None else load_rules(DEFAULT_PATTERNS))
        self.lexicon = ParamLexicon.from_rules(self.rules)

    def __call__(self, doc: Doc) -> Doc:
        """Write ``doc.spans["param_counts"]``."""
        if self.lexicon is None:
            raise NotInitialisedError(self.name)
        doc.spans[SPANS_KEY] = find_param_counts(doc, self.lexicon,
                                                 emit_unbound=self.emit_unbound)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the rules as JSONL in directory ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = (rule.model_dump_json() for rule in self.rules)
        (path / PATTERNS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ParamCountFinder:
        """Load the rules saved by ``to_disk``."""
        self.rules = load_rules(Path(path) / PATTERNS_FILE)
        self.lexicon = ParamLexicon.from_rules(self.rules)
        return self


@Language.factory(
    "news_param_counts",
    default_config={"emit_unbound": False},
    assigns=["doc.spans"],
    requires=["doc.spans"],
)
def make_param_counts(nlp: Language, name: str, *, emit_unbound: bool) -> ParamCountFinder:
    """Factory of the ``news_param_counts`` component."""
    return ParamCountFinder(nlp, name, emit_unbound=emit_unbound)
