"""The lifecycle shared by components whose rules are one JSON document compiled against the
pipeline (``news_size_roles``, ``news_measures``, ``news_revisions``).

spaCy's lifecycle: ``initialize`` loads the packaged rule file (or ``patterns`` passed in),
``to_disk`` saves the rules beside the pipeline, ``from_disk`` reads them back, so a pipeline
saved with ``nlp.to_disk`` and loaded with ``spacy.load`` runs without a new ``initialize``.
A subclass names its file and compiles the data; ``__call__`` stays its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from spacy.language import Language

from extractors.common.rule_files import packaged, read_json_file
from extractors.errors import NotInitialisedError

CompiledT = TypeVar("CompiledT")


class JsonRuleComponent(Generic[CompiledT]):
    """Loads, compiles, saves and restores one JSON rule document (see the module docstring).

    Subclasses set ``patterns_file`` (the file name in ``extractors/patterns/``) and ``what``
    (how errors name the rules), and implement ``compile``.
    """

    patterns_file: ClassVar[str]
    what: ClassVar[str]

    def __init__(self, nlp: Language, name: str) -> None:
        """Create the component; the rules are loaded by ``initialize`` or ``from_disk``."""
        self.nlp = nlp
        self.name = name
        self.rules: CompiledT | None = None
        self.data: Any = None

    def compile(self, data: object, *, source: str) -> CompiledT:
        """Validate and compile the rule document (errors name ``source``)."""
        raise NotImplementedError

    def _load(self, data: object, source: str) -> None:
        self.rules = self.compile(data, source=source)
        self.data = data

    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   patterns: dict | None = None) -> None:
        """Load ``patterns`` when given, else the packaged ``patterns_file``.

        Raises:
            RuleFileError: the rules are malformed (file, rule id and key are named).
        """
        if patterns is not None:
            self._load(patterns, "initialize(patterns=...)")
        else:
            source: Traversable = packaged(self.patterns_file)
            self._load(read_json_file(source, self.what), self.patterns_file)

    def compiled(self) -> CompiledT:
        """The compiled rules, or a clear error when the component was never initialised."""
        if self.rules is None:
            raise NotInitialisedError(self.name)
        return self.rules

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the rule document as ``patterns_file`` in directory ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.data is not None:
            (path / self.patterns_file).write_text(
                json.dumps(self.data, indent=1, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()
                  ) -> JsonRuleComponent[CompiledT]:
        """Load the rule document saved by ``to_disk``.

        Raises:
            RuleFileError: the saved file is missing or malformed.
        """
        target = Path(path) / self.patterns_file
        self._load(read_json_file(target, self.what), str(target))
        return self
