"""A deterministic benchmark corpus: N distinct, realistic articles recombined from the seeds.

Each article takes a header (``Title:``, ``URL:``, ``Published:``) and 5..14 paragraphs drawn
from the pool of seed paragraphs, with the model families, organisations and numbers in them
rotated per article. Rotating names and numbers changes most word 5-grams, so two articles that
happen to share a paragraph still stay below the warehouse's near-duplicate threshold
(containment 0.8). A few pairs dated within days of each other share enough to count as one
report rewritten (``warehouse.dedup.REWRITE_CONTAINMENT``); that changes only their status:
every article is extracted and written in full, so the benchmark still measures extraction.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from pathlib import Path

# Paragraphs shorter than this are bylines, "5 min read", tag lists: kept out of the pool.
MIN_PARAGRAPH_WORDS = 12
# Target article length in words (news articles run ~300..1,200 words).
MIN_WORDS, MAX_WORDS = 300, 700
# Families swapped consistently within one article ("Grok 4.3" -> "Nova 4.3").
MODEL_FAMILIES = (
    "Grok", "Gemini", "Llama", "Claude", "Mistral", "Qwen", "Falcon", "Nova", "Jamba",
    "Phi", "Gemma", "Command", "Olmo", "Yi", "DeepSeek", "Kimi", "Ernie", "Pangu",
)
ORGS = (
    "xAI", "Google", "Meta", "Anthropic", "Mistral AI", "Alibaba", "TII", "Amazon", "AI21",
    "Microsoft", "Cohere", "Allen AI", "01.AI", "Moonshot", "Baidu", "Huawei", "OpenAI",
)
PEOPLE = ("Musk", "Pichai", "Zuckerberg", "Amodei", "Mensch", "Altman", "Nadella", "Su")
# Example match: "Grok" in "Grok 4.3"; "xAI" in "xAI's roadmap".
_FAMILY_RE = re.compile(r"\b(?:Grok|GPT|Gemini|Llama|Claude)\b")
_ORG_RE = re.compile(r"\b(?:xAI|OpenAI|Google|Meta|Anthropic)\b")
_PERSON_RE = re.compile(r"\b(?:Musk|Altman)\b")
# Example match: "1.5" in "1.5T", "200" in "200,000 GPUs" (one digit run at a time).
_DIGITS_RE = re.compile(r"\d+")


def seed_paragraphs(folders: list[Path]) -> list[str]:
    """Every paragraph of at least ``MIN_PARAGRAPH_WORDS`` words under ``folders``."""
    pool: list[str] = []
    for folder in folders:
        for path in sorted(folder.rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            for para in re.split(r"\n\s*\n|\n", text):
                para = para.strip()
                if len(para.split()) >= MIN_PARAGRAPH_WORDS:
                    pool.append(para)
    if not pool:
        raise ValueError(f"no paragraphs of >= {MIN_PARAGRAPH_WORDS} words under {folders}")
    return pool


def _rotate(text: str, rng: random.Random) -> str:
    family, org, person = rng.choice(MODEL_FAMILIES), rng.choice(ORGS), rng.choice(PEOPLE)
    text = _FAMILY_RE.sub(family, text)
    text = _ORG_RE.sub(org, text)
    text = _PERSON_RE.sub(person, text)

    def number(match: re.Match[str]) -> str:
        digits = match.group()
        if len(digits) == 4 and digits.startswith(("19", "20")):  # keep years plausible
            return str(rng.randint(2019, 2026))
        first = str(rng.randint(1, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return _DIGITS_RE.sub(number, text)


def make_article(pool: list[str], index: int, seed: int) -> tuple[str, str]:
    """The ``index``-th article: ``(file name, text)``; deterministic in ``(index, seed)``."""
    rng = random.Random(f"{seed}:{index}")
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    paragraphs: list[str] = []
    words = 0
    while words < target:
        para = _rotate(rng.choice(pool), rng)
        paragraphs.append(para)
        words += len(para.split())
    title = " ".join(paragraphs[0].split()[: rng.randint(6, 12)]).rstrip(",.;:")
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    header = (f"Title: {title}\nURL: https://news{index % 37}.example.com/a/{index}\n"
              f"Published: {day.isoformat()}\n\n")
    return f"{index:06d}.txt", header + "\n\n".join(paragraphs) + "\n"


def iter_corpus(pool: list[str], n: int, seed: int) -> Iterator[tuple[str, str]]:
    """``(file name, text)`` for articles ``0..n-1``."""
    for index in range(n):
        yield make_article(pool, index, seed)


def write_corpus(folder: Path, pool: list[str], n: int, seed: int) -> list[str]:
    """Write ``n`` articles into ``folder``; returns their texts (for the bare-parse timing)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for name, text in iter_corpus(pool, n, seed):
        (folder / name).write_text(text, encoding="utf-8")
        texts.append(text)
    return texts
