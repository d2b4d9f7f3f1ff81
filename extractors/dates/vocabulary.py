"""The content words of the date extractor, from ``patterns/date_vocabulary.json``.

Word lists a user may extend (release-object nouns, releaser nouns, event nouns, holiday names)
are data; closed-class grammar (prepositions, determiners, punctuation, dependency labels) stays
in the modules that read it. The file is validated with pydantic on first use and read once per
process; an error names the file, the list id and the bad key.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extractors.common.rule_files import (
    RulePath,
    packaged,
    read_json_file,
    validate_document,
    validate_rules,
)
from extractors.errors import RuleFileError

VOCABULARY_FILE = "date_vocabulary.json"

# Every list the code reads; the file must hold each exactly once, and no other.
ListId = Literal[
    "model_reference_nouns", "release_object_nouns", "plan_object_nouns", "update_nouns",
    "releaser_nouns", "year_event_nouns", "comitatives", "anchor_release_nouns",
    "pronoun_cue_adverbs", "release_stage_suffixes", "other_model_nouns", "separate_model_words",
    "comparison_words",
]
LIST_IDS: tuple[str, ...] = ListId.__args__  # type: ignore[attr-defined]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _no_repeats(items: list[str], key) -> list[str]:
    seen: set[str] = set()
    for item in items:
        if key(item) in seen:
            raise ValueError(f"{item!r} is listed twice")
        seen.add(key(item))
    return items


class WordList(_Strict):
    """One list: ``{"id": "update_nouns", "comment": "...", "words": ["update", ...]}``."""

    id: ListId
    comment: str = ""
    # lower-case, single-spaced: matched against lower-cased token text
    words: list[str] = Field(min_length=1)

    @field_validator("words")
    @classmethod
    def _clean(cls, words: list[str]) -> list[str]:
        for word in words:
            if not word or word != " ".join(word.split()) or word != word.lower():
                raise ValueError(f"{word!r} is not a lower-case, single-spaced word or phrase")
        return _no_repeats(words, str)


class Holiday(_Strict):
    """A fixed-date holiday and the names it goes by (``"Christmas"``, ``"Christmas Day"``)."""

    id: str
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    names: list[str] = Field(min_length=1)

    @field_validator("names")
    @classmethod
    def _capitalised(cls, names: list[str]) -> list[str]:
        for name in names:
            if not name[:1].isupper() or name != " ".join(name.split()):
                raise ValueError(f"{name!r} must start with a capital, single-spaced")
        return _no_repeats(names, holiday_key)

    @model_validator(mode="after")
    def _real_day(self) -> Holiday:
        try:
            dt.date(2024, self.month, self.day)  # a leap year: 29 February is a day
        except ValueError as err:
            raise ValueError(f"{self.month}/{self.day} is no day of the year") from err
        return self


class VocabularyFile(_Strict):
    """The whole ``date_vocabulary.json`` file."""

    name: str
    comment: str = ""
    lists: list[dict]
    holidays: list[dict]


@dataclass(frozen=True)
class DateVocabulary:
    """The validated file: word sets by list id, holiday days by lower-cased name."""

    name: str
    words: dict[str, frozenset[str]]
    holidays: dict[str, tuple[int, int]]
    # the names as written, longest first (for the date grammar's alternation)
    holiday_names: tuple[str, ...]


def holiday_key(name: str) -> str:
    """How a matched holiday surface is looked up: lower-cased, one space, straight quote."""
    return re.sub(r"\s+", " ", name.lower().replace("\u2019", "'"))


def load_vocabulary(path: RulePath) -> DateVocabulary:
    """Read and validate a date vocabulary file.

    Args:
        path: the JSON file.

    Returns:
        The word sets and holidays.

    Raises:
        RuleFileError: the file is missing or not JSON, a list or holiday breaks the schema
            (unknown id, empty, a word twice, no real day), a list is missing or repeated, or
            two holidays share a name; the message names the file, the id and the key.
    """
    source = str(path)
    file = validate_document(read_json_file(path, "date vocabulary"), VocabularyFile, source)
    lists = validate_rules(file.lists, WordList, source)
    missing = [i for i in LIST_IDS if i not in {w.id for w in lists}]
    if missing:
        raise RuleFileError(f"{source}: rule {missing[0]!r}: key 'lists': the list is missing")
    holidays: dict[str, tuple[int, int]] = {}
    for holiday in validate_rules(file.holidays, Holiday, source):
        for name in holiday.names:
            if holiday_key(name) in holidays:
                raise RuleFileError(f"{source}: rule {holiday.id!r}: key 'names': {name!r} "
                                    "names another holiday too")
            holidays[holiday_key(name)] = (holiday.month, holiday.day)
    names = sorted({n for h in file.holidays for n in h["names"]}, key=lambda n: (-len(n), n))
    return DateVocabulary(file.name, {w.id: frozenset(w.words) for w in lists}, holidays,
                          tuple(names))


@cache
def date_vocabulary() -> DateVocabulary:
    """The packaged vocabulary, read once per process."""
    return load_vocabulary(packaged(VOCABULARY_FILE))


def date_words(list_id: ListId) -> frozenset[str]:
    """The words of one list of the packaged vocabulary (lower-case)."""
    return date_vocabulary().words[list_id]


def holiday_pattern(names: tuple[str, ...]) -> str:
    """A regex alternation of holiday names (longest first): each name's leading capitalised
    word is matched with its capitals ("Christmas", not "christmas"), the rest in any case;
    an apostrophe also matches U+2019 and a space any run of whitespace. "Valentine's Day"
    gives ``(?-i:Valentine)['\\u2019]s\\s+Day``."""
    parts = []
    for name in names:
        head = re.match(r"[^\W\d_]+", name)
        cut = head.end() if head else 0
        rest = re.escape(name[cut:]).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
        parts.append((f"(?-i:{re.escape(name[:cut])})" if cut else "") + rest)
    return "|".join(parts)
