"""Dateless news-present releases: "Now, Meta has released Orca 2", "Meta has just launched Orca 2".

News reports a release that has just happened in the present perfect, with "just" or "now" and
no date: the release is the news of the day, so the date is the publication date. Only the
present perfect with "just"/"now" counts ("has released Orca 2" alone may be any time before the
article: "has released several models since 2020"), and only release verbs, not "announced"
("has just announced the development of a system" is no release). The words from the opener to
the verb become the claim's surface; binding to the model that follows, and leaving sentences
with a date alone, is ``release_announcements.bind_announcements`` (event ``released``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

BINDING = "just_now"
AUXILIARIES = ["has", "have"]


def just_now_matcher(
    vocab: Vocab, verbs: Sequence[Sequence[str]], adverbs: Sequence[str]
) -> Matcher:
    """'has just released' (adverb between) and 'has released' (kept only after a 'Now,' opener).

    Args:
        vocab: the pipeline's vocab.
        verbs: each release verb as the tokenizer splits it (["open", "-", "sourced"]).
        adverbs: the words that put the present perfect in the present ("just", "now").
    """
    matcher = Matcher(vocab)
    aux = {"LOWER": {"IN": AUXILIARIES}}
    adverb = {"LOWER": {"IN": [a.lower() for a in adverbs]}}
    verb_patterns = [[{"LOWER": t.lower()} for t in tokens] for tokens in verbs if tokens]
    if verb_patterns:
        matcher.add("adverb", [[aux, adverb, *v] for v in verb_patterns])
        matcher.add("plain", [[aux, *v] for v in verb_patterns])
    return matcher


def find_just_now_releases(
    doc: Doc, matcher: Matcher, openers: Sequence[str]
) -> list[Span]:
    """Surfaces of news-present releases: 'has just released', or 'Now, ... has released'.

    Args:
        doc: the Doc (sentence boundaries set).
        matcher: from ``just_now_matcher``.
        openers: sentence openers that put a plain present perfect in the present ("now").

    Returns:
        Spans: the 'has just VERB' words, or from the opener to the verb ('Now, Meta has released').
    """
    opener_words = {o.lower() for o in openers}
    out = []
    for match_id, start, end in matcher(doc):
        if doc.vocab.strings[match_id] == "adverb":
            out.append(Span(doc, start, end))
            continue
        sent = doc[start].sent
        first = sent[0]
        if (
            first.lower_ in opener_words
            and first.i + 1 < sent.end
            and doc[first.i + 1].text == ","
        ):
            out.append(Span(doc, first.i, end))
    return filter_spans(out)
