"""Deterministic ids and keys shared by the load and facts modules, including a fact's
identity (which claims are one fact), so a claim gets its ``fact_id`` when it is loaded."""

from __future__ import annotations

import hashlib
import math
import re

# Spaces, hyphens, underscores and Unicode dashes do not make a different model name
# ("Grok-5" == "Grok 5"); a different version does ("Grok 4.2" != "Grok 4.20").
_NAME_NOISE_RE = re.compile(r"[\s\-_\u2010-\u2015]+")


def hash_id(*parts: object) -> str:
    """16 hex chars of sha256 over the parts (None and '' hash alike)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def subject_key(name: str) -> str:
    """Grouping key for subjects: case, spaces and hyphens are not part of a name."""
    return _NAME_NOISE_RE.sub("", name.casefold())


# Significant digits in a fact's value key: 1.76e12 and 1.760e12 are one fact.
VALUE_KEY_DIGITS = 3
# A size inside a model's name, e.g. "405B" in "Llama 3 405B", "8x22B" in "Mixtral 8x22B".
NAME_SIZE_RE = re.compile(r"\b\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?\s?[BMT]\b", re.IGNORECASE)

FactKey = tuple[str, str, str, str]


def _sig(value: float | None) -> str:
    if value is None:
        return "none"
    if value == 0:
        return "0"
    digits = VALUE_KEY_DIGITS - 1 - math.floor(math.log10(abs(value)))
    return format(round(value, digits), f".{VALUE_KEY_DIGITS - 1}e")


def subject_slot(claim: dict) -> str:
    """The subject part of a fact's identity: the canonical name's key, plus any size the
    mention carried that the canonical name dropped.

    A size in a model's name names a variant: "Llama 3 8B" and "Llama 3 405B" never contest,
    even if an alias table maps both mentions onto "Llama 3".
    """
    key = subject_key(claim["subject"])
    sizes = sorted({
        subject_key(m.group()) for m in NAME_SIZE_RE.finditer(claim.get("subject_text") or "")
    } - {subject_key(m.group()) for m in NAME_SIZE_RE.finditer(claim["subject"])})
    return "|".join((key, *sizes))


def scope_group(claim: dict) -> str:
    """What a value is a value of, beyond subject and predicate: facts of different groups
    never merge or contest.

    Parameter counts: active counts never meet total ones; an unspecified count is read as
    the total. Quantities: the measure ("funding" never meets "valuation"), and a part
    ("including 30,000 GB200s") never meets its whole; a quantity no cue named is "unknown".
    """
    if claim["predicate"] == "quantity":
        measure = claim.get("measure") or "unknown"
        return f"part:{measure}" if claim.get("part_of_whole") else measure
    return "active" if claim.get("scope") == "active" else "total"


def value_key(claim: dict) -> str:
    """The part of a fact's identity that says which value it asserts."""
    predicate = claim["predicate"]
    if predicate == "release_date":
        if claim.get("date_start") is None:
            return f"{claim.get('event')}|text:{(claim.get('value_text') or '').casefold()}"
        return f"{claim.get('event')}|{claim['date_start']}|{claim['date_end']}"
    bound = claim.get("bound") or "exact"
    unit = f"|{claim.get('unit')}" if predicate == "quantity" else ""
    if bound == "range":
        return f"range|{_sig(claim.get('value_low'))}|{_sig(claim.get('value_high'))}{unit}"
    # exact and approx figures of the same size are one fact ("about 500B" == "0.5T")
    kind = "eq" if bound in ("exact", "approx") else bound
    return f"{kind}|{_sig(claim.get('value'))}{unit}"


def forms_fact(claim: dict) -> bool:
    """Whether a claim supports a fact: a release date that could not be resolved to an
    interval ("early May" with no year known) stays evidence, but says no date to merge,
    compare or contest; so does a figure the text reports only to deny or withdraw it
    ("denied a rumour that Corax 2 has 10 trillion parameters")."""
    if claim.get("denied"):
        return False
    return not (claim["predicate"] == "release_date" and claim.get("date_start") is None)


def fact_key(claim: dict) -> FactKey:
    """(subject slot, predicate, scope group, value): claims with the same key are one fact."""
    return (subject_slot(claim), claim["predicate"], scope_group(claim), value_key(claim))


def fact_id_for(key: FactKey) -> str:
    """Deterministic fact id from its identity key."""
    return hash_id("fact", *key)
