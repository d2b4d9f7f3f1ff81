"""One shallow error tree for the project (textacy / langextract style messages)."""

from __future__ import annotations


class ExtractionError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class RuleFileError(ExtractionError, ValueError):
    """A rule file is missing or malformed; the message names the file, rule id and key."""


class AlignmentError(ExtractionError, ValueError):
    """A char span could not be mapped onto the document's tokens."""


class WarehouseError(ExtractionError):
    """The warehouse could not be opened or written (e.g. another process holds the lock)."""


class NotInitialisedError(ExtractionError, ValueError):
    """A ``news_*`` component was called before ``initialize`` loaded its rules."""

    def __init__(self, component: str) -> None:
        super().__init__(
            f"{component} is not initialised: call nlp.initialize() (build_nlp() does) or "
            f"nlp.get_pipe({component!r}).initialize() first."
        )


class MissingSentencesError(ExtractionError, ValueError):
    """A component needs sentence boundaries and the Doc has none."""

    def __init__(self, component: str) -> None:
        super().__init__(
            f"{component} needs sentence boundaries: add a 'parser', 'senter' or "
            "'sentencizer' before it (e.g. nlp.add_pipe('sentencizer'))."
        )
