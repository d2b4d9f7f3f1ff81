"""More ways a source shows it is the maker: its name, or a title the article gave it earlier.

``attribution.is_first_party`` reads the source phrase and its sentence; news also shows the
maker in two ways that reach further:

- a maker named after its models: "Zephyr Labs says Zephyr 2 has 40 billion parameters",
  "The Tamsin Collective says the Tamsin 3 family ...", "Kestrel AI says its new model,
  Kestrel-2, ..." (the source shares the family word of a model its sentence names);
- a person the article introduced with an officer's title, later cited by surname: "Lumen CEO
  Ana Vega opened the keynote. ... Vega says Lumen 5 has ..." or "Ana Vega, Lumen's chief
  executive, ... Vega says".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Span

# Capitalised words that start many organisation names and say nothing about whose it is.
_GENERIC_OPENERS = frozenset({"The", "A", "An", "Open", "AI", "Labs", "Lab"})
_FAMILY_WORD = re.compile(r"[A-Za-z][A-Za-z]{2,}")
# Words either side of an earlier mention of a surname read as the person's title.
TITLE_WINDOW = 5


def family_word(model_name: str) -> str | None:
    """The first word of a model's name, its family ("Zephyr" of "Zephyr 2", "Kestrel" of
    "Kestrel-2"); None when the name opens with a digit or a short token ("o3", "R1")."""
    first = re.split(r"[\s\-_]", model_name.strip(), maxsplit=1)[0]
    return first if _FAMILY_WORD.fullmatch(first) else None


def named_after_model(source: str, models: Iterable[Span]) -> bool:
    """Whether a capitalised word of the source is the family word of a model in the
    sentence: a maker named after its models ("Zephyr Labs" and "Zephyr 2")."""
    words = {w.strip(".,'\u2019") for w in source.split()}
    words = {w.removesuffix("'s").removesuffix("\u2019s") for w in words}
    words = {w for w in words if w[:1].isupper() and w not in _GENERIC_OPENERS}
    return any(family_word(m.text) in words for m in models)


def earlier_title_windows(cue: Span, source: str) -> Iterator[list[str]]:
    """For a one-word source (a surname), the words around each earlier "First Surname" of the
    article, in text order: before it, and after it when an apposition follows ("Lumen CEO Ana
    Vega", "Ana Vega, Lumen's chief executive,"). ``attribution`` reads them as a title."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", source):
        return
    text = cue.doc.text[: cue.sent.start_char]
    for match in re.finditer(rf"\b[A-Z][a-z]+ {re.escape(source)}\b", text):
        before = text[: match.start()].split()[-TITLE_WINDOW:]
        rest = text[match.end():]
        yield before + (rest.split()[:TITLE_WINDOW] if rest.startswith(",") else [])
