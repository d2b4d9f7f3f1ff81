"""The shared "parameter" word test: its spellings, and words that only begin like it."""

import pytest

from extractors.common.parameter_words import is_param_word


@pytest.mark.parametrize(("word", "expected"), [
    ("parameters", True),
    ("parameter", True),
    ("params", True),
    ("param", True),
    ("paramount", False),   # "Paramount signs a deal with Nova" is no model talk
    ("paramedic", False),
    ("parametric", False),
    ("parameterised", False),
])
def test_is_param_word(word: str, expected: bool) -> None:
    assert is_param_word(word) is expected
