"""The word "parameter" in its spellings: one test that every extractor family shares.

A prefix test (``startswith("param")``) also takes "Paramount" or "paramedic" for model talk;
this matches only "param", "params", "parameter" and "parameters" (lower-cased token text).
"""

from __future__ import annotations

import re

PARAM_WORD_RE = re.compile(r"param(?:eter)?s?")


def is_param_word(low: str) -> bool:
    """True for a lower-cased token that is the word "parameter(s)" or its short form."""
    return PARAM_WORD_RE.fullmatch(low) is not None
