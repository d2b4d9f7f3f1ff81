"""Who the text says made a claim: the source named around an ATTRIBUTION cue.

"according to the post" -> "the post"; "Musk said" -> "Musk"; "a tweet from AI researcher
Rohan Paul" -> "Rohan Paul"; "..., reports Semafor." -> "Semafor". Works on a blank pipeline
(token shapes only) and uses the dependency parse when the Doc has one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.hedges.makers import earlier_title_windows, named_after_model
from extractors.hedges.rules import AsideWords, SourceSide, load_aside_words
from extractors.vocab import ENTITIES_KEY, QUOTES

MAX_SOURCE_TOKENS = 8


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tokens that end a source phrase read forwards ("according to Reuters, ..." / "... that ...").
_STOP_AFTER = _words(
    "that which who whom whose is was are were has have had says said states stated "
    "suggests suggested claims claimed shows showed reports reported indicates puts "
    "places estimates notes will would could may might and but while as if when because "
    "with in for to"
)
# Tokens skipped between a speech verb and its subject ("Musk has explicitly noted").
_SKIP_BEFORE = _words(
    "has have had also now then recently previously later once again reportedly publicly "
    "privately himself herself itself both all even already still just did does do "
    "originally"
)
# Words that open a clause: a source read backwards never extends past them.
_STOP_BEFORE = _words(
    "that which who when while as if and but because since after before though although "
    "whereas so yet or where than what how why on in at to for with by of about it there "
    "this these those"
)
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "one", "some"})
_PRONOUNS = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "which", "who", "one"}
)
_LINK_PREPOSITIONS = frozenset({"on", "of", "at", "from", "in", "for", "with", "via"})


def find_attribution(cue: Span, side: SourceSide | None) -> str | None:
    """Name the source of a claim from its ATTRIBUTION cue.

    Args:
        cue: the cue span ("according to", "said", "a tweet from", "sources familiar with ...").
        side: where the rule says the source is written.

    Returns:
        The source as written ("The Information", "a user on X", "Musk"), or ``None`` when the
        text names none ("it was reported", "a reported 6T").

    Notes:
        Heuristic, after the quotation-attribution rules of news-analysis tools (cue verb +
        subject NP): token shapes first, the dependency subject when a parse is available.
    """
    if side is None:
        return None
    if side == SourceSide.SELF:
        return cue.text
    if side == SourceSide.AFTER:
        return _clean(_phrase_after(cue))
    if cue.doc.has_annotation("DEP") and cue.root.dep_ == "amod":
        return None  # "reported parameter counts": an adjective names no speaker
    if cue.doc.has_annotation("POS") and cue.root.pos_ in {"NOUN", "PROPN"}:
        return None  # "the post makes two core claims": a noun cue names no speaker before it
    found = _subject_from_parse(cue) or _phrase_before(cue)
    if found is None:
        # inverted quotation: '"...," said Musk.' / ', reports Semafor.'
        found = _capitalised_after(cue)
    return _clean(found)


def is_first_party(cue: Span, source: str | None, words: AsideWords | None = None) -> bool:
    """Whether the source a cue names is the maker of what it speaks about, or the maker's own
    document.

    - "the company said", "the San Francisco-based startup said", "its developer says": a
      definite or possessive determiner and a maker noun (``first_party_nouns``);
    - "according to the official introduction", "according to its blog post", "according to
      the company's technical report", "according to the Zeta 5 model card": a document
      (``first_party_documents``) marked official, or owned by the maker or the model, and
      "the technical report", "the model card" (``maker_documents``: only a maker writes one);
    - "CEO Jane Doe said", "product lead Dev Malhotra says": an officer's title
      (``first_party_roles``) with no outsider's (``third_party_roles``: "former", "analyst");
    - "Halcyon said", "according to Halcyon": an organisation the entity extractor found in the
      cue's sentence ("The Halcyon Group" for "Halcyon Group" too);
    - a maker named after a model of the sentence ("Zephyr Labs says Zephyr 2 ...") or a
      surname the article introduced with an officer's title ("Lumen CEO Ana Vega ... Vega
      says"): ``makers``.
    A word of a news outlet ("Reuters", "The Daily Wire", "the post") overrides the last two:
    reporting someone else's figure is second-hand. People and unnamed sources are never first
    party unless titled: "Musk said" about a future model stays a hedge, as the dev gold reads it.
    """
    if not source:
        return False
    words = words or load_aside_words()
    tokens = source.lower().split()
    first = _bare(tokens[0])
    if (len(tokens) <= 5 and first in _OWNERS | {"the"}
            and tokens[-1] in words.first_party_nouns):
        return True
    # outlets are proper names ("Reuters", "The Daily Wire"); a lower-case "post" or "report"
    # is a document, judged below
    if any(t[:1].isupper() and _bare(t.lower()) in words.news_outlet_words
           for t in source.split()):
        return False
    sent = cue.sent
    # the source phrase often comes without its title ("product lead Dev Moss" -> "Dev Moss"):
    # read the words just before it too
    at = sent.text.find(source)
    title = sent.text[:at].split()[-TITLE_WORDS:] if at > 0 else []
    # ... or after it, as an apposition: "said Ana Vega, Halcyon's chief scientist."
    rest = sent.text[at + len(source):] if at >= 0 else ""
    title += rest.split()[:TITLE_WORDS + 1] if rest.startswith(",") else []
    bare = {_bare(t) for t in tokens} | {_bare(t.lower()) for t in title}
    if _officer_title(bare, words):
        return True  # "product lead Dev Moss says", "its CEO said"
    entities = [e for e in cue.doc.spans.get(ENTITIES_KEY, ())
                if sent.start <= e.start < sent.end]
    # "its model card on Hugging Face", "the report at its website": the document is the head
    tokens = DOCUMENT_PLACE.split(" ".join(tokens))[0].split()
    definite = first == "the" or cue.text.lower().endswith(" the")  # "per the slide"
    bare_document = " ".join(tokens) in words.maker_documents  # "Slides say", "Release notes list"
    if (definite or bare_document) and (tokens[-1] in words.maker_documents
                                        or " ".join(tokens[-2:]) in words.maker_documents):
        return True  # "the technical report", "the model card": only the maker writes one
    if tokens[-1] in words.first_party_documents and (
            "official" in tokens or first in _OWNERS or first in words.first_party_nouns
            or any(e.label_ in {"ORG", "MODEL"} and e.text.lower() in source.lower()
                   for e in entities)):
        return True
    if any(e.label_ == "ORG" and e.text in (source, source.removeprefix("The ")) for e in entities):
        return True
    models = [e for e in entities if e.label_ == "MODEL"]
    if named_after_model(source, models):
        return True
    # a surname the article introduced with a title: "Lumen CEO Ana Vega ... Vega says"
    for window in earlier_title_windows(cue, source):
        verdict = _officer_title({_bare(w.lower().strip(";:()")) for w in window}, words)
        if verdict is not None:
            return verdict
    return False


def _officer_title(bare: set[str], words: AsideWords) -> bool | None:
    """True for an officer's title with no outsider's word ("CEO", not "former CEO"), False
    for an outsider's, None for neither."""
    if bare & words.third_party_roles:
        return False
    return True if bare & words.first_party_roles else None


_OWNERS = frozenset({"its", "their", "our"})
# Where a document is found, after its name: "its model card on Hugging Face".
DOCUMENT_PLACE = re.compile(r" (?:on|at|via|from|in) ")
TITLE_WORDS = 3  # words before a named speaker read as their title


def _bare(word: str) -> str:
    """A lower-cased word without its possessive and edge punctuation ("reuters'" -> "reuters")."""
    for ending in ("'s", "\u2019s"):
        word = word.removesuffix(ending)
    return word.strip(".,'\u2019")


def _phrase_after(cue: Span) -> list[Token]:
    sent_end = cue.sent.end
    out: list[Token] = []
    for token in cue.doc[cue.end : sent_end]:
        lower = token.lower_
        if token.is_punct and lower not in {"@", "-", "&"}:
            break
        if token.is_space or (out and lower in _STOP_AFTER):
            break
        if out and token.pos_ in {"VERB", "AUX"}:
            break
        out.append(token)
        if len(out) >= MAX_SOURCE_TOKENS:
            break
    # "a user on X" keeps its preposition; a dangling one ("the post from") does not.
    while out and out[-1].lower_ in _LINK_PREPOSITIONS | _DETERMINERS:
        out.pop()
    return out


def _subject_from_parse(cue: Span) -> list[Token] | None:
    if not cue.doc.has_annotation("DEP"):
        return None
    verb = cue.root
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        return None  # "Grok 4.2 is reported at 0.5T": the subject is what was reported
    # the subject nearest the verb: "Zeta 5 launched in May, the company said" is sometimes
    # parsed with two subjects of "said", and the speaker is the one next to it
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if subjects:
        return _noun_phrase(subjects[-1])
    if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        # "Meta previewed Zeta on Monday and said it had 2T": the shared subject
        return _subject_from_parse(verb.doc[verb.head.i : verb.head.i + 1])
    return None


def _noun_phrase(head: Token) -> list[Token]:
    """The head noun with its left modifiers and a short prepositional tail ("a user on X"),
    without appositions or relative clauses ("Andrej Karpathy, former director ..." ->
    "Andrej Karpathy")."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.dep_ != "prep":
            break
        tail_end = child.right_edge.i + 1
        if tail_end - head.left_edge.i > MAX_SOURCE_TOKENS:
            break
        end = tail_end
    return list(doc[head.left_edge.i : end])


def _phrase_before(cue: Span) -> list[Token] | None:
    sent_start = cue.sent.start
    i = cue.start - 1
    while i >= sent_start and (
        cue.doc[i].lower_ in _SKIP_BEFORE or cue.doc[i].lower_.endswith("ly")
    ):
        i -= 1
    if i >= sent_start and cue.doc[i].lower_ in _PASSIVE_AUX:
        return None  # passive: "X is reported at 0.5T" names no source
    out: list[Token] = []
    while i >= sent_start and len(out) < MAX_SOURCE_TOKENS:
        token = cue.doc[i]
        if token.is_punct and token.text not in {"'s", "\u2019s", "-", "."}:
            break
        if token.is_space or (token.lower_ in _STOP_BEFORE and not token.is_title):
            break
        if token.is_sent_start and token.lower_ in _STOP_BEFORE:
            break
        out.insert(0, token)
        i -= 1
    return _name_or_tail(out) if out else None


def _name_or_tail(tokens: list[Token]) -> list[Token]:
    """Prefer the proper-name run next to the verb ("When Elon Musk" -> "Elon Musk"), else the
    phrase from its last determiner ("Meanwhile the company" -> "the company")."""
    run: list[Token] = []
    for token in reversed(tokens):
        if (
            token.is_title
            or token.is_upper
            or token.text.startswith("@")
            or token.lower_ in {"'s", "\u2019s"}
        ):
            run.insert(0, token)
        else:
            break
    if run and run[0].lower_ not in {"'s", "\u2019s"}:
        return run
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].lower_ in _DETERMINERS:
            return tokens[k:]
    return tokens[-MAX_SOURCE_TOKENS:]


def _capitalised_after(cue: Span) -> list[Token] | None:
    before = cue.doc[cue.start - 1] if cue.start > cue.sent.start else None
    if before is None or not (before.is_punct or before.text in QUOTES):
        return None
    out = []
    for token in cue.doc[cue.end : cue.sent.end]:
        if token.is_title or token.is_upper or (out and token.lower_ in {"'s"}):
            out.append(token)
        else:
            break
    return out or None


def _clean(tokens: list[Token] | None) -> str | None:
    if not tokens:
        return None
    # A job title before a name is not the source: "AI researcher Rohan Paul" -> "Rohan Paul".
    last_lower = max((k for k, t in enumerate(tokens) if t.is_lower), default=-1)
    if (
        0 <= last_lower < len(tokens) - 1
        and tokens[last_lower].lower_ not in _LINK_PREPOSITIONS | _DETERMINERS
    ):
        tail = tokens[last_lower + 1 :]
        if any(t.is_title for t in tail):
            tokens = tail
    while tokens and (tokens[-1].is_punct or tokens[-1].text in QUOTES):
        tokens = tokens[:-1]
    while tokens and tokens[0].text in QUOTES:
        tokens = tokens[1:]
    if not tokens:
        return None
    if all(t.lower_ in _DETERMINERS | _PRONOUNS for t in tokens):
        return None
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text
