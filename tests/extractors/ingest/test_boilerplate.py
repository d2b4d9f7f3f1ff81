"""Boilerplate rules (patterns/boilerplate.json) and their removal (ingest.boilerplate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.errors import RuleFileError
from extractors.ingest.boilerplate import default_rules, load_rules, remove_boilerplate

BODY = "Grok 5 will have six trillion parameters, Musk said on Monday."
FILLER = "\n\n".join(f"Body paragraph {i} about the model and its training run." for i in range(8))


@pytest.mark.parametrize(
    ("text", "expected", "rule_id"),
    [
        pytest.param(f"share_log\n\n{BODY}", BODY, "share_log", id="share_log"),
        pytest.param(f"{BODY}\nShare:\n", BODY, "share_label", id="share_label"),
        pytest.param(
            f"Listen to today's AI briefing\n\n{BODY}", BODY, "audio_briefing", id="listen_briefing"
        ),
        pytest.param(
            f"Listen to today\u2019s AI briefing\n\n{BODY}",
            BODY,
            "audio_briefing",
            id="curly_apostrophe",
        ),
        pytest.param(
            f"Daily podcast — 5 min, AI-narrated summary of top stories\n\n{BODY}",
            BODY,
            "daily_podcast",
            id="daily_podcast",
        ),
        pytest.param(f"COMMERCIAL BREAK\n{BODY}", BODY, "commercial_break", id="commercial_break"),
        pytest.param(
            f"SCROLL TO CONTINUE READING\n{BODY}", BODY, "scroll_to_continue", id="scroll_continue"
        ),
        pytest.param(
            f"{BODY} (Also Read: Get A Phone For Just Rs 950 - Here's How)",
            BODY,
            "also_read_inline",
            id="also_read_inline",
        ),
        pytest.param(
            f"{BODY}\nAlso Read: Ten phones to buy", BODY, "also_read_line", id="also_read_line"
        ),
        pytest.param(f"Jump to Content\n{BODY}", BODY, "jump_to_content", id="jump_to_content"),
        pytest.param(f"5 min read\n{BODY}", BODY, "reading_time", id="reading_time"),
        pytest.param(
            f"{BODY}\nSign up for our weekly AI newsletter",
            BODY,
            "newsletter_prompt",
            id="newsletter",
        ),
        pytest.param(
            f"Get in TouchAI, startups & growth insights. No spam.\n{BODY}",
            BODY,
            "newsletter_no_spam",
            id="get_in_touch_no_spam",
        ),
        pytest.param(
            f"{BODY}\nThe above content is for informational or educational purposes only and "
            "does not constitute any investment advice related to ExampleBank.",
            BODY,
            "advice_disclaimer",
            id="investment_disclaimer",
        ),
        pytest.param(
            f"{BODY}\nThe translation is provided by third-party software.",
            BODY,
            "machine_translation_notice",
            id="translation_notice",
        ),
        pytest.param(f"ADVERTISEMENT\n{BODY}", BODY, "advertisement", id="advertisement"),
        pytest.param(
            f"{BODY}\n\n{FILLER}\n\nMentioned in this article\n\nEnjoyed this article?\nShare:",
            f"{BODY}\n\n{FILLER}",
            "mentioned_in_article",
            id="mentioned_tail_cuts_rest",
        ),
        pytest.param(
            f"{BODY}\n\n{FILLER}\n\nRelated Articles\n\nAnother story about GPUs\nView all",
            f"{BODY}\n\n{FILLER}",
            "related_articles",
            id="related_tail_cuts_rest",
        ),
        pytest.param(
            f"Related Articles\n{BODY}\n\n{FILLER}",
            f"{BODY}\n\n{FILLER}",
            "related_articles",
            id="related_near_top_drops_only_line",
        ),
        pytest.param(
            f"{BODY}\n\n{FILLER}\n\nSources: Agency A | Agency B | NPR\nTeaser: $9B raise",
            f"{BODY}\n\n{FILLER}",
            "sources_then_teasers",
            id="sources_tail",
        ),
    ],
)
def test_rule_removes(text: str, expected: str, rule_id: str) -> None:
    cleaned, fired = remove_boilerplate(text)
    assert cleaned == expected
    assert rule_id in fired


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Investors should share their views on the model.", id="share_in_prose"),
        pytest.param("The company shared a related article on its blog.", id="related_in_prose"),
        pytest.param(
            "Musk said the share price does not constitute a signal for the roadmap.",
            id="constitute_not_advice",
        ),
        pytest.param("He will subscribe to the theory that scale wins.", id="subscribe_in_prose"),
        pytest.param("Sources: two people familiar with the matter.", id="sources_in_prose"),
        pytest.param("The podcast host asked about the 1.5T model.", id="podcast_in_prose"),
    ],
)
def test_rule_keeps_prose(text: str) -> None:
    cleaned, fired = remove_boilerplate(text)
    assert (cleaned, fired) == (text, ())


def test_removal_keeps_other_lines_verbatim_and_collapses_blank_runs() -> None:
    text = "Title line  \n\nshare_log\n\n\n  indented body line\n\nShare:\n\nlast"
    cleaned, _ = remove_boilerplate(text)
    assert cleaned == "Title line  \n\n  indented body line\n\nlast"


def test_only_boilerplate_gives_empty() -> None:
    assert remove_boilerplate("share_log\n\nShare:\n")[0] == ""


def test_every_rule_matches_its_example() -> None:
    # load_rules checks this itself; the assertion keeps the contract visible in tests.
    rules = default_rules()
    assert len({r.id for r in rules}) == len(rules)
    for rule in rules:
        assert remove_boilerplate(rule.example, (rule,))[0] != rule.example, rule.id


def _write(tmp_path: Path, rules: list[dict]) -> Path:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"name": "news.boilerplate.v1", "rules": rules}))
    return path


GOOD = {"id": "ok", "kind": "line", "pattern": "x", "example": "x"}


@pytest.mark.parametrize(
    ("rules", "message_parts"),
    [
        pytest.param([{**GOOD, "colour": "red"}], ["'ok'", "colour"], id="unknown_key"),
        pytest.param([{**GOOD, "kind": "block"}], ["'ok'", "kind"], id="bad_kind"),
        pytest.param([{**GOOD, "pattern": "(unclosed"}], ["'ok'", "pattern"], id="bad_regex"),
        pytest.param([GOOD, GOOD], ["'ok'", "duplicate"], id="duplicate_id"),
        pytest.param([{**GOOD, "example": "y"}], ["'ok'", "example"], id="example_not_matched"),
    ],
)
def test_rule_file_errors_name_file_rule_and_key(
    tmp_path: Path, rules: list[dict], message_parts: list[str]
) -> None:
    path = _write(tmp_path, rules)
    with pytest.raises(RuleFileError) as info:
        load_rules(path)
    message = str(info.value)
    assert str(path) in message
    for part in message_parts:
        assert part in message


def test_missing_rule_file(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        load_rules(tmp_path / "absent.json")
