"""The content words of the date extractor are data (``patterns/date_vocabulary.json`` and the
plan words of ``patterns/date_release_cues.json``): every list is shipped and read by the code,
a bad file is rejected on load naming the file, the id and the key, and the holiday names of
the file are what the date grammar reads."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path

import pytest

from extractors.common.rule_files import packaged, read_json_file
from extractors.dates.component import CueFile, load_cue_file
from extractors.dates.normalise import normalise_date
from extractors.dates.vocabulary import (
    LIST_IDS,
    VOCABULARY_FILE,
    date_vocabulary,
    holiday_pattern,
    load_vocabulary,
)
from extractors.errors import RuleFileError

SHIPPED = read_json_file(packaged(VOCABULARY_FILE), "date vocabulary")


def _dates_source() -> str:
    """The code of the dates family, the vocabulary loader (which declares the ids) left out."""
    folder = resources.files("extractors").joinpath("dates")
    return "\n".join(f.read_text(encoding="utf-8") for f in folder.iterdir()
                     if f.name.endswith(".py") and f.name != "vocabulary.py")


@pytest.mark.parametrize("list_id", LIST_IDS)
def test_every_list_is_shipped_and_read(list_id: str) -> None:
    assert date_vocabulary().words[list_id], f"{list_id} is empty"
    assert re.search(rf'date_words\(\s*"{list_id}"\s*\)', _dates_source()), (
        f"no rule reads {list_id}")


def test_plan_words_of_the_cue_file_are_read() -> None:
    rules = load_cue_file(packaged("date_release_cues.json"))
    assert rules.infinitive_plan_words and rules.plan_infinitives
    assert "infinitive_plan_words" in (resources.files("extractors") / "dates" /
                                       "component.py").read_text(encoding="utf-8")


def _broken(tmp_path: Path, change) -> Path:
    data = json.loads(json.dumps(SHIPPED))
    change(data)
    path = tmp_path / "vocabulary.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _set_words(list_id: str, words: list[str]):
    def change(data: dict) -> None:
        next(w for w in data["lists"] if w["id"] == list_id)["words"] = words
    return change


def _drop_list(list_id: str):
    def change(data: dict) -> None:
        data["lists"] = [w for w in data["lists"] if w["id"] != list_id]
    return change


def _set_holiday(holiday_id: str, **fields):
    def change(data: dict) -> None:
        next(h for h in data["holidays"] if h["id"] == holiday_id).update(fields)
    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(_set_words("update_nouns", []), "rule 'update_nouns': key 'words'",
                     id="empty_list"),
        pytest.param(_set_words("update_nouns", ["patch", "fix", "patch"]),
                     "rule 'update_nouns': key 'words': .*'patch' is listed twice",
                     id="duplicate_word"),
        pytest.param(_set_words("releaser_nouns", ["Company"]),
                     "rule 'releaser_nouns': key 'words'.*lower-case", id="capitalised_word"),
        pytest.param(_set_words("comitatives", ["along  with"]),
                     "rule 'comitatives': key 'words'", id="double_space"),
        pytest.param(_set_words("comitatives", [""]), "rule 'comitatives': key 'words'",
                     id="blank_word"),
        pytest.param(_drop_list("year_event_nouns"),
                     "rule 'year_event_nouns': key 'lists': the list is missing",
                     id="missing_list"),
        pytest.param(lambda d: d["lists"].append({"id": "gadget_nouns", "words": ["phone"]}),
                     "rule 'gadget_nouns': key 'id'", id="unknown_list"),
        pytest.param(lambda d: d["lists"].append(dict(d["lists"][0])),
                     "key 'id' is duplicated", id="repeated_list"),
        pytest.param(_set_holiday("halloween", month=2, day=30),
                     "rule 'halloween'.*no day of the year", id="holiday_not_a_day"),
        pytest.param(_set_holiday("halloween", month=13), "rule 'halloween': key 'month'",
                     id="holiday_bad_month"),
        pytest.param(_set_holiday("halloween", names=["halloween"]),
                     "rule 'halloween': key 'names'.*capital", id="holiday_lower_case"),
        pytest.param(_set_holiday("christmas_eve", names=["Christmas"]),
                     "rule 'christmas_eve': key 'names': 'Christmas' names another holiday",
                     id="holiday_name_twice"),
        pytest.param(lambda d: d.update(extra=1), "key 'extra'", id="unknown_key"),
    ],
)
def test_bad_vocabulary_is_rejected(tmp_path, change, message: str) -> None:
    with pytest.raises(RuleFileError, match=message):
        load_vocabulary(_broken(tmp_path, change))


@pytest.mark.parametrize(
    ("key", "words", "message"),
    [
        pytest.param("infinitive_plan_words", ["set", "due", "Set"], "'Set' is listed twice",
                     id="plan_word_twice"),
        pytest.param("infinitive_plan_words", ["set", " "], "a blank entry",
                     id="plan_word_blank"),
        pytest.param("plan_infinitives", ["launch", "launch"], "'launch' is listed twice",
                     id="plan_infinitive_twice"),
    ],
)
def test_bad_cue_word_lists_are_rejected(key: str, words: list[str], message: str) -> None:
    data = read_json_file(packaged("date_release_cues.json"), "cue rules")
    data[key] = words
    with pytest.raises(ValueError, match=message):
        CueFile.model_validate(data)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("Christmas 2024", dt.date(2024, 12, 25), id="christmas_year"),
        pytest.param("Christmas Eve 2025", dt.date(2025, 12, 24), id="christmas_eve"),
        pytest.param("New Year\u2019s Day 2026", dt.date(2026, 1, 1), id="curly_apostrophe"),
        pytest.param("the day after Halloween 2025", dt.date(2025, 11, 1), id="day_after"),
        pytest.param("Valentine's Day 2026", dt.date(2026, 2, 14), id="valentines"),
    ],
)
def test_shipped_holidays_are_dated(text: str, day: dt.date) -> None:
    value = normalise_date(text, dt.date(2025, 6, 10))
    assert (value.form, value.start, value.end) == ("holiday", day, day)


def test_holiday_names_of_a_file_make_the_pattern(tmp_path) -> None:
    def add(data: dict) -> None:
        data["holidays"].append({"id": "labour_day", "month": 5, "day": 1,
                                 "names": ["Labour Day", "May Day"]})
    vocab = load_vocabulary(_broken(tmp_path, add))
    assert vocab.holidays["may day"] == (5, 1)
    pattern = re.compile(rf"(?:{holiday_pattern(vocab.holiday_names)})", re.IGNORECASE)
    assert pattern.fullmatch("Labour day")
    assert pattern.fullmatch("labour Day") is None  # the first word keeps its capital
    assert pattern.fullmatch("Christmas Eve")
