"""Parameter-count number surfaces: find them in text and turn them into plain floats.

Pure functions only (no spaCy): ``parse_number_words("half a trillion") == 5e11``,
``parse_suffix_count("0.5T") == 5e11``, ``find_value_surfaces(text)`` yields every surface that
can denote a large count ("1.5 trillion", "175B", "1.8 tn", "200-400 billion", "six trillion",
"trillion-parameter", "hundreds of billions"). Whether a surface *is* a parameter count is
decided later, from its context (``param_counts.py``).

We do not use quantulum3 here: it reads "1.5T" as 1.5 tesla and "7B" as seven bytes.
Arithmetic goes through ``Decimal`` so that "0.5T" and "500 billion" give the identical float.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extractors.common.unicode_forms import fold_hyphens

SCALES: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "t": 10**12,
}

SCALE_WORDS = frozenset({"million", "billion", "trillion"})  # the spelled-out scales

WORD_NUMBERS: dict[str, Decimal] = {
    "a": Decimal(1), "one": Decimal(1), "two": Decimal(2), "three": Decimal(3),
    "four": Decimal(4), "five": Decimal(5), "six": Decimal(6), "seven": Decimal(7),
    "eight": Decimal(8), "nine": Decimal(9), "ten": Decimal(10), "eleven": Decimal(11),
    "twelve": Decimal(12), "thirteen": Decimal(13), "fourteen": Decimal(14),
    "fifteen": Decimal(15), "sixteen": Decimal(16), "seventeen": Decimal(17),
    "eighteen": Decimal(18), "nineteen": Decimal(19), "twenty": Decimal(20),
    "thirty": Decimal(30), "forty": Decimal(40), "fifty": Decimal(50), "sixty": Decimal(60),
    "seventy": Decimal(70), "eighty": Decimal(80), "ninety": Decimal(90),
    "hundred": Decimal(100),
    "half a": Decimal("0.5"), "half": Decimal("0.5"), "a half": Decimal("0.5"),
    "one and a half": Decimal("1.5"), "a quarter": Decimal("0.25"),
}

# "hundreds of billions" -> [1e11, 1e12): the span of values the plural phrase allows.
VAGUE_MULTIPLES: dict[str, tuple[int, int]] = {"tens": (10, 100), "hundreds": (100, 1000)}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORD = r"trillion|billion|million"
# Digits must not follow a letter, digit, dot or "x"/"x": "8x7B" and "128x3.66B" are expert
# layouts, "GB200" is hardware, "$20B" is money (no currency figure is a parameter count).
_LEFT = r"(?<![\w.$€£¥\u00d7,/])"

# A number glued to a word by a hyphen is a version: "Llama-3.1-405B" is no 3.1-405B range.
_NOT_AFTER_NAME = r"(?<![A-Za-z]-)"

# e.g. "~0.5T", ">1T", "175B", "1.8 tn", "1.76T", "405 billion", "6-trillion", "10T+",
# "400-ish billion" (approximate)
SINGLE_RE = re.compile(
    rf"(?P<pre>[~≈><≥≤]\s?)?{_LEFT}(?P<num>{_NUM})(?P<ish>-?ish)?"
    rf"(?:(?P<suf>[TBMb])(?![A-Za-z])|\s?(?P<abbr>tn|bn|mn)\b|(?:\s+|-)(?P<word>{_SCALE_WORD})\b)"
    r"(?P<plus>\+)?",
    re.IGNORECASE,
)
# e.g. "1-2 trillion", "200-400 billion", "200-300B", "1 to 10 trillion", "1-10T+"
RANGE_RE = re.compile(
    rf"(?P<pre>[~≈]\s?)?{_LEFT}{_NOT_AFTER_NAME}(?P<lo>{_NUM})(?P<losuf>[TBM])?\s?(?:-|\u2013|—|\bto\b)\s?(?P<hi>{_NUM})"
    rf"(?:(?P<suf>[TBM])(?![A-Za-z])|\s?(?P<abbr>tn|bn)\b|(?:\s+|-)(?P<word>{_SCALE_WORD})\b)"
    r"(?P<plus>\+)?",
    re.IGNORECASE,
)
# e.g. "between 200 and 300 billion", "between 1T and 2T", "between 5 trillion and 7 trillion"
BETWEEN_RE = re.compile(
    rf"\bbetween\s+(?P<lo>{_NUM})(?:(?P<losuf>[TBM])|\s+(?P<loword>{_SCALE_WORD}))?"
    rf"\s+and\s+(?P<hi>{_NUM})"
    rf"(?:(?P<suf>[TBM])(?![A-Za-z])|\s?(?P<abbr>tn|bn)\b|(?:\s+|-)(?P<word>{_SCALE_WORD})\b)"
    r"(?P<plus>\+)?",
    re.IGNORECASE,
)
# e.g. "six trillion", "half a trillion", "one and a half trillion", "Two Trillion"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# e.g. "seven hundred", "two hundred and fifty", "a hundred" (before a scale word)
_HUNDREDS = (rf"(?:a|{_UNITS})[- ]hundred(?:[- ](?:and[- ])?(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?"
             rf"|{_UNITS}|ten|eleven|twelve))?")
WORDS_RE = re.compile(
    rf"\b(?P<words>{_HUNDREDS}|one and a half|half[- ]a|a half|a quarter|"
    rf"(?:{_TENS})[- ](?:{_UNITS})|"
    + "|".join(sorted((w for w in WORD_NUMBERS if " " not in w), key=len, reverse=True))
    + rf")(?:\s+|-)(?P<word>{_SCALE_WORD})\b",
    re.IGNORECASE,
)
# e.g. "trillion-parameter", "Trillion Parameter" (no number: one trillion); "trillion level"
# ("parameter will reach trillion level", a translated report's order of magnitude)
BARE_RE = re.compile(rf"(?<![\w-])(?P<word>{_SCALE_WORD})(?=[\s-](?:param|level\b))",
                     re.IGNORECASE)
# Words that make a bare scale vague: "several trillion parameters" states no figure.
VAGUE_QUANTIFIERS = frozenset({"several", "many", "few", "multiple", "numerous"})
PREVIOUS_WORD_RE = re.compile(r"(?P<word>[A-Za-z]+)\s+$")
# e.g. "hundreds of billions", "tens of billions", "in the trillions"
VAGUE_RE = re.compile(
    r"\b(?:(?P<mult>tens|hundreds) of (?P<pl>billions|trillions|millions)"
    r"|in the (?P<atleast>trillions|billions))\b",
    re.IGNORECASE,
)


# A count spelled in digit groups, a million or more: "1,200,000,000,000 parameters" (kind
# "bare": it counts only with a parameter noun after it, never on sentence talk alone).
GROUPED_RE = re.compile(rf"{_LEFT}(?P<num>\d{{1,3}}(?:,\d{{3}}){{2,}})(?![\d,.]\d)")


# The active share a mixture-of-experts name carries after its total: "Qwen3-235B-A22B" (the
# "22B"), "Coder-480B-A35B". Only after a size and a hyphen, so "A100" or "A4B" alone is no count.
ACTIVE_PART_RE = re.compile(r"(?<=\d[BM]-)A(?P<num>\d+(?:\.\d+)?)(?P<suf>[BM])(?![A-Za-z0-9])")


@dataclass(frozen=True, slots=True)
class ValueSurface:
    """A number surface found in text, normalised to plain counts.

    ``value`` is None for ranges; ``low``/``high`` equal ``value`` for single figures.
    ``bound`` is what the surface itself says ("~", ">", "+", a range) or "" when it is silent;
    ``kind`` is suffix | word | range | bare | vague (suffix forms need less context to count).
    """

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    bound: str
    kind: str


MULTI_RE = re.compile(
    r"\bmulti[- ]?(?:(?:hundred|ten|dozen)[- ]?)?(?:million|billion|trillion)s?\b", re.I)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def parse_number_words(text: str) -> float | None:
    """Parse a spelled-out count such as "six trillion" or "half a trillion".

    Args:
        text: the words, any case, with one scale word at the end.

    Returns:
        The count as a float (``6e12``), or None when the text is not of that shape.
    """
    parts = re.split(r"[\s-]+", text.strip().lower())
    if len(parts) < 2 or parts[-1] not in SCALES:
        return None
    head = " ".join(parts[:-1])
    number = (WORD_NUMBERS.get(head) or _compound(parts[:-1]) or _hundreds(parts[:-1])
              or _decimal(head))
    return None if number is None else float(number * SCALES[parts[-1]])


def _compound(parts: list[str]) -> Decimal | None:
    """ "thirty four" (from "thirty-four") -> 34; None for anything else."""
    if len(parts) != 2 or parts[0] not in _TENS.split("|") or parts[1] not in _UNITS.split("|"):
        return None
    return WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]]


def _hundreds(parts: list[str]) -> Decimal | None:
    """ "seven hundred" -> 700, "two hundred and fifty" -> 250; None for anything else."""
    if len(parts) < 2 or parts[1] != "hundred" or parts[0] not in WORD_NUMBERS:
        return None
    rest = [p for p in parts[2:] if p != "and"]
    tail = (WORD_NUMBERS.get(rest[0]) if len(rest) == 1 else _compound(rest)) if rest else 0
    return None if tail is None else WORD_NUMBERS[parts[0]] * 100 + tail


def parse_suffix_count(text: str) -> float | None:
    """Parse a digit count with a scale: "0.5T", "175B", "1.8 tn", "1,000B", "405 billion".

    Args:
        text: the surface, optionally with a leading "~"/">" and a trailing "+".

    Returns:
        The count as a float (``5e11`` for "0.5T"), or None when the text is not of that shape.
    """
    match = re.fullmatch(
        rf"[~≈><≥≤]?\s?({_NUM})\s?-?\s?([A-Za-z]+)\+?", text.strip(), flags=re.IGNORECASE
    )
    if not match:
        return None
    number, scale = _decimal(match[1]), match[2].lower()
    if number is None or scale not in SCALES or (len(scale) == 1 and match[2] in "mt"):
        return None  # lower-case "t"/"m" are tons and metres far more often than counts
    return float(number * SCALES[scale])


def _scale_of(match: re.Match[str]) -> int | None:
    token = match["suf"] or match["abbr"] or match["word"]
    if token is None or (len(token) == 1 and token in "mt"):
        return None
    return SCALES[token.lower()]


def _prefix_bound(prefix: str | None, plus: str | None) -> str:
    symbol = (prefix or "").strip()
    if symbol in {"~", "≈"}:
        return "approx"
    if symbol in {">", "≥"} or plus:
        return "at_least"
    if symbol in {"<", "≤"}:
        return "at_most"
    return ""


# A capitalised word, then the range's low number: "Zeta 5 — 8B", "Orca 2 - 70B" (a name's
# version before a spaced dash), where "has 5 - 8B" or "about 1 - 2T" would be a range.
NAME_BEFORE_RE = re.compile(r"(?:^|\s)(?P<word>[A-Z][\w.]*)\s$")
SPACED_DASH_RE = re.compile(r"\s(?:-|\u2013|—)\s")
# Capitalised words that open a range at a sentence start, not names: "About 1 - 2T".
RANGE_OPENERS = frozenset({"about", "around", "roughly", "approximately", "between", "from",
                           "some", "nearly", "almost", "only", "just", "over", "under", "up",
                           "maybe", "perhaps", "est.", "estimated", "reportedly", "likely"})


def _version_then_size(text: str, m: re.Match[str]) -> bool:
    if m.re is not RANGE_RE or SPACED_DASH_RE.match(text, m.end("lo")) is None:
        return False
    name = NAME_BEFORE_RE.search(text, max(0, m.start("lo") - 40), m.start("lo"))
    return name is not None and name["word"].lower() not in RANGE_OPENERS


def _candidates(text: str) -> list[ValueSurface]:
    found: list[ValueSurface] = []
    for m in [*RANGE_RE.finditer(text), *BETWEEN_RE.finditer(text)]:
        scale, lo, hi = _scale_of(m), _decimal(m["lo"]), _decimal(m["hi"])
        if scale is None or lo is None or hi is None:
            continue
        lo_unit = m["losuf"] or m.groupdict().get("loword")
        lo_scale = SCALES[lo_unit.lower()] if lo_unit else scale
        low, high = float(lo * lo_scale), float(hi * scale)
        if _version_then_size(text, m):
            continue  # "Zeta 5 — 8B" is a name's version, then its size: no 5B-8B range
        if low < high:  # "2024 to 1.5T" is a year then a figure, not a range
            found.append(ValueSurface(m.start(), m.end(), None, low, high, "range", "range"))
    for m in SINGLE_RE.finditer(text):
        scale, number = _scale_of(m), _decimal(m["num"])
        if scale is not None and number is not None:
            value = float(number * scale)
            kind = "word" if m["word"] else "suffix"
            bound = "approx" if m["ish"] else _prefix_bound(m["pre"], m["plus"])
            found.append(ValueSurface(m.start(), m.end(), value, value, value, bound, kind))
    for m in WORDS_RE.finditer(text):
        value = parse_number_words(f"{m['words']} {m['word']}")
        if value is not None:
            found.append(ValueSurface(m.start(), m.end(), value, value, value, "", "word"))
    for m in BARE_RE.finditer(text):
        before = PREVIOUS_WORD_RE.search(text, max(0, m.start() - 20), m.start())
        if before is not None and before["word"].lower() in VAGUE_QUANTIFIERS:
            continue  # "several trillion parameters": an order of magnitude, no figure
        value = float(SCALES[m["word"].lower()])
        found.append(ValueSurface(m.start(), m.end(), value, value, value, "", "bare"))
    for m in VAGUE_RE.finditer(text):
        if m["atleast"]:
            value = float(SCALES[m["atleast"].lower().rstrip("s")])
            found.append(ValueSurface(m.start(), m.end(), value, value, value, "at_least", "vague"))
        else:
            unit = SCALES[m["pl"].lower().rstrip("s")]
            lo_mult, hi_mult = VAGUE_MULTIPLES[m["mult"].lower()]
            low, high = float(lo_mult * unit), float(hi_mult * unit)
            found.append(ValueSurface(m.start(), m.end(), None, low, high, "range", "vague"))
    for m in GROUPED_RE.finditer(text):
        number = _decimal(m["num"])
        if number is not None:
            value = float(number)
            found.append(ValueSurface(m.start(), m.end(), value, value, value, "", "bare"))
    # "multi-hundred billion", "multi-trillion": an order of magnitude, no figure to state
    vague = [(m.start(), m.end()) for m in MULTI_RE.finditer(text)]
    return [c for c in found if not any(s < c.end and c.start < e for s, e in vague)]


def find_active_name_parts(text: str) -> list[ValueSurface]:
    """The active-share parts of names such as "Qwen3-235B-A22B" (``ACTIVE_PART_RE``).

    Args:
        text: any text (a whole article).

    Returns:
        One ``ValueSurface`` (kind "suffix") per part, over the figure without its "A"
        ("22B"), sorted by start. ``find_value_surfaces`` never yields these: a figure glued
        to a letter is a name's piece, not a count.
    """
    out = []
    for m in ACTIVE_PART_RE.finditer(fold_hyphens(text)):
        number = _decimal(m["num"])
        if number is not None:
            value = float(number * SCALES[m["suf"].lower()])
            out.append(ValueSurface(m.start("num"), m.end(), value, value, value, "", "suffix"))
    return out


def find_value_surfaces(text: str) -> list[ValueSurface]:
    """Find every count surface in ``text``, longest match first, without overlaps.

    Args:
        text: any text (a whole article).

    Returns:
        Non-overlapping ``ValueSurface`` objects sorted by start offset. Where two readings
        overlap ("1-2 trillion" as a range vs "2 trillion"), the longer one wins. Unicode
        hyphens (U+2011 in "314-billion") read as "-"; offsets still point into ``text``.
    """
    # The chosen surfaces never overlap, so sorted by start they are sorted by end too: only
    # the last one starting before a candidate's end can overlap it (a bisection, where a
    # check against every chosen surface made figure-dense text quadratic).
    chosen: list[ValueSurface] = []
    starts: list[int] = []
    for cand in sorted(_candidates(fold_hyphens(text)), key=lambda c: (c.start - c.end, c.start)):
        k = bisect.bisect_left(starts, cand.end)
        if k and chosen[k - 1].end > cand.start:
            continue
        chosen.insert(k, cand)
        starts.insert(k, cand.start)
    return chosen
