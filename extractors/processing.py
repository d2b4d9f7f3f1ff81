"""Run the NLP pipeline over articles and produce small, picklable results.

The near-duplicate signature is not computed here: the warehouse owns duplicate judging, and
the pipeline's extract task adds it (``warehouse.near_dups``) in the same worker.

Workers return ``ArticleResult`` records, never ``Doc`` objects (a pickled Doc is orders of
magnitude larger than its facts). Texts longer than one piece are split at paragraph breaks and
processed piece by piece with offsets shifted back, so nothing is rejected for its length.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops

from extractors import build_nlp
from extractors.budget import ArticleClock, over_length
from extractors.common import coarse_pos
from extractors.records import doc_to_records
from extractors.types import Article, ArticleRecords, ArticleResult, Claim, Mention, Quarantined

log = logging.getLogger(__name__)

# A piece this long parses in well under spaCy's max_length and its memory (about 1 GB per
# 100k words for the parser); most articles are one piece.
MAX_PIECE_CHARS = 100_000
# Docs per nlp.pipe batch. Measured on 256 bench articles in one process: 16, 32, 64 and 128
# all took 38-42 s, within the machine's noise (192 articles, OpenBLAS: 16 took 22.1-23.9
# CPU-s, 32 took 22.4-25.2). Memory is not a wash: a worker's peak while extracting 32
# articles was 568-759 MiB at 32 and 417-581 MiB at 16 (the layers' activations for a whole
# batch are alive at once), so 16 keeps two workers and the flow process under 2 GB.
DEFAULT_BATCH_SIZE = 16
# Tokens per piece: the layers' memory follows tokens, not characters, and a figure-dense text
# has one token per 3 characters (a 100k-character piece of "1T 2T 3T ..." is 33k tokens and
# peaked near 1.4 GB alone). A piece with more is cut again at a line or sentence end.
MAX_PIECE_TOKENS = 20_000
# Tokens per nlp.pipe batch, whatever the doc count: the activations of a whole batch are alive
# at once (16 pieces of a long article peaked at 3.8-4.7 GB when batches were counted in docs).
MAX_BATCH_TOKENS = 2 * MAX_PIECE_TOKENS
SENTENCE_ENDS = frozenset({".", "!", "?"})
# Trained components whose output no extractor reads. The lemmatizer: no extractor or rule
# file reads LEMMA (extractors read POS/TAG (tagger + attribute_ruler), DEP and sentences
# (parser), doc.ents (ner)). Disabling it changes no extracted fact. The attribute ruler is
# replaced by extractors.common.coarse_pos, which sets the same POS from the same rules for a
# fraction of the cost (MORPH and LEMMA, which it also sets, are read by nothing).
UNUSED_COMPONENTS: tuple[str, ...] = ("lemmatizer",)
# "0" runs every trained component (the reference for checking that selective processing
# changes no fact: compare dev-set scores with the flag on and off).
SELECTIVE_ENV_VAR = "NEWSFACTS_SELECTIVE"
# Who multiplies the model's matrices: "numpy" (numpy's BLAS, OpenBLAS in the locked wheels) or
# "blis" (thinc's bundled BLIS, its default). Measured on this project's 2-core AMD EPYC (AVX2),
# 150 bench articles, one thread each: tok2vec 4.3-4.6 s with BLIS, 2.1 s with OpenBLAS, and
# the whole model 17.8-21.2 CPU-s against 12.9-15.5, with identical tags, parses and entities
# on all 102,123 tokens. BLIS stays one setting away for machines where it is the faster one.
GEMM_ENV_VAR = "NEWSFACTS_GEMM"
GEMM_BACKENDS: tuple[str, ...] = ("numpy", "blis")


def selective_enabled() -> bool:
    """Whether unused trained components are skipped (``$NEWSFACTS_SELECTIVE`` != "0")."""
    return os.environ.get(SELECTIVE_ENV_VAR, "1") != "0"


def gemm_backend() -> str:
    """The configured matrix-multiplication backend (``$NEWSFACTS_GEMM``, default "numpy").

    Raises:
        ValueError: the variable names no backend in ``GEMM_BACKENDS``.
    """
    value = os.environ.get(GEMM_ENV_VAR, "numpy").strip().lower()
    if value not in GEMM_BACKENDS:
        raise ValueError(f"{GEMM_ENV_VAR}={value!r}: expected one of {', '.join(GEMM_BACKENDS)}")
    return value


def model_ops() -> AbstractContextManager:
    """A context in which a loaded model's layers get the configured backend.

    thinc binds a layer's ops when the layer is built, so the choice must surround the load;
    it does not leak to models loaded later in the same process.
    """
    if gemm_backend() == "numpy":
        return use_ops("numpy", use_blis=False)
    return nullcontext()


@cache
def pipeline_nlp() -> Language:
    """The process-wide extraction pipeline: ``build_nlp()`` minus components nobody reads,
    its layers multiplying with the configured backend (``model_ops``).

    Loaded once per process (each worker of a process pool or Dask cluster loads its own).
    """
    with model_ops():
        nlp = build_nlp()
    if selective_enabled():
        for name in UNUSED_COMPONENTS:
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)
        coarse_pos.replace_attribute_ruler(nlp)
    return nlp


@cache
def _libc_malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none (musl, macOS)."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None


def return_freed_memory() -> None:
    """Hand the heap pages a finished batch freed back to the OS.

    glibc keeps freed small blocks in its arenas, so a worker's RSS settles at its largest
    batch (a long article, a burst of new words) rather than its current one; trimming after
    each batch keeps the run's peak near the steady state.
    """
    trim = _libc_malloc_trim()
    if trim is not None:
        trim(0)


def split_pieces(text: str, max_chars: int | None = None) -> list[tuple[int, str]]:
    """Cut a text into ``(offset, piece)`` pairs at paragraph or line breaks.

    Args:
        text: the article text.
        max_chars: the longest piece allowed (default ``MAX_PIECE_CHARS``, read at call time).

    Returns:
        Pieces that concatenate back to ``text`` exactly, each at most ``max_chars`` long.
    """
    max_chars = MAX_PIECE_CHARS if max_chars is None else max_chars
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        end = start + (cut + 1 if cut > max_chars // 2 else max_chars)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def token_cuts(doc: Doc, max_tokens: int | None = None) -> list[int]:
    """Character offsets that cut a tokenised Doc into parts of at most ``max_tokens`` tokens.

    Each part ends after the last line break or sentence-ending mark in the second half of its
    window (else at the window's end); a cut is the next token's start, so the whitespace stays
    with the part before. Scans each window once: linear in the Doc's length.
    """
    max_tokens = MAX_PIECE_TOKENS if max_tokens is None else max_tokens
    cuts: list[int] = []
    start = 0
    while len(doc) - start > max_tokens:
        cut = start + max_tokens
        for i in range(cut - 1, start + max_tokens // 2, -1):
            token = doc[i]
            if token.text in SENTENCE_ENDS or "\n" in token.text or "\n" in token.whitespace_:
                cut = i + 1
                break
        cuts.append(doc[cut].idx)
        start = cut
    return cuts


def _piece_docs(nlp: Language, offset: int, piece: str) -> Iterator[tuple[Doc, int]]:
    """``(doc, offset)`` for a piece, cut again where it has over ``MAX_PIECE_TOKENS`` tokens."""
    doc = nlp.make_doc(piece)
    if len(doc) <= MAX_PIECE_TOKENS:
        yield doc, offset
        return
    bounds = [0, *token_cuts(doc), len(piece)]
    del doc
    for start, end in pairwise(bounds):
        yield nlp.make_doc(piece[start:end]), offset + start


def _make_docs(nlp: Language, articles: list[Article],
               failed: dict[int, str]) -> Iterator[tuple[Doc, int, int]]:
    """Yield ``(doc, article_index, offset)`` with the publication date set on each Doc.

    Articles in ``failed`` are skipped, also between their pieces (docs are made one batch
    ahead, so an article that ran over its budget costs at most one more batch)."""
    for index, article in enumerate(articles):
        for piece_offset, piece in split_pieces(article.text):
            for doc, offset in _piece_docs(nlp, piece_offset, piece):
                if index in failed:
                    break
                doc._.published_at = article.published_at
                doc._.published_inferred = article.published_inferred
                yield doc, index, offset
            if index in failed:
                break


def extract_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = DEFAULT_BATCH_SIZE
) -> list[ArticleResult | Quarantined]:
    """Extract facts from articles; one article's failure quarantines only that article.

    Args:
        nlp: a pipeline from ``extractors.build_nlp()``.
        articles: cleaned articles.
        batch_size: docs per ``nlp.pipe`` batch.

    Returns:
        One result per article, in input order: an ``ArticleResult``, or ``Quarantined`` with
        the error when the NLP stage failed on it.
    """
    articles = list(articles)
    mentions: list[list[Mention]] = [[] for _ in articles]
    claims: list[list[Claim]] = [[] for _ in articles]
    failed: dict[int, str] = {}
    for index, article in enumerate(articles):
        reason = over_length(article.text)
        if reason is not None:
            failed[index] = reason
    clock = ArticleClock()
    # memory_zone frees the strings and lexemes the batch added to the shared vocab once the
    # Docs are turned into records (without it a long run's RSS grows with every new word).
    # Nothing spaCy-owned may escape the zone: records hold plain Python values only.
    with nlp.memory_zone():
        docs = _make_docs(nlp, articles, failed)
        for (doc, index, offset, nlp_seconds) in _pipe_each(nlp, docs, batch_size, failed):
            if index in failed:
                continue
            started = time.monotonic()
            try:
                facts = doc_to_records(doc, articles[index], offset=offset)
            except Exception as err:
                failed[index] = f"extraction failed: {type(err).__name__}: {err}"
                continue
            over = clock.charge(index, nlp_seconds + time.monotonic() - started)
            if over is not None:
                failed[index] = over
                continue
            mentions[index].extend(facts.mentions)
            claims[index].extend(facts.claims)
    results: list[ArticleResult | Quarantined] = []
    for index, article in enumerate(articles):
        if index in failed:
            log.error("article %s: %s", article.path, failed[index])
            results.append(Quarantined(path=article.path, error=failed[index],
                                       source_sha256=article.source_sha256))
            continue
        results.append(ArticleResult(
            article=article,
            records=ArticleRecords(article_id=article.article_id, mentions=tuple(mentions[index]),
                               claims=tuple(claims[index])),
        ))
    return results


def _chunks(items: Iterator[tuple[Doc, int, int]], size: int) -> Iterator[list]:
    """Batches of at most ``size`` docs and, past the first doc, ``MAX_BATCH_TOKENS``."""
    chunk: list = []
    tokens = 0
    for item in items:
        item_tokens = len(item[0])
        if chunk and tokens + item_tokens > MAX_BATCH_TOKENS:
            yield chunk
            chunk, tokens = [], 0
        chunk.append(item)
        tokens += item_tokens
        if len(chunk) == size:
            yield chunk
            chunk, tokens = [], 0
    if chunk:
        yield chunk


def _pipe_each(
    nlp: Language, docs: Iterator[tuple[Doc, int, int]], batch_size: int, failed: dict[int, str]
) -> Iterator[tuple[Doc, int, int, float]]:
    """``nlp.pipe`` over the docs; when a batch fails, retry its docs one by one to find the
    culprit, so one bad article never costs the others their results. Docs are made lazily,
    one batch ahead, so only a batch of Docs is alive at a time.

    Yields ``(doc, article_index, offset, seconds)``: the batch's parse time shared among its
    docs by length (the trained layers process a batch at once; per-doc time is not seen)."""
    for chunk in _chunks(docs, batch_size):
        started = time.monotonic()
        try:
            processed = list(nlp.pipe(doc for doc, _, _ in chunk))
        except Exception:
            processed = []
            for doc, index, _ in chunk:
                try:
                    processed.append(nlp(doc))
                except Exception as err:
                    failed[index] = f"NLP failed: {type(err).__name__}: {err}"
                    processed.append(doc)
        seconds = time.monotonic() - started
        chars = sum(len(doc.text) for doc in processed) or 1
        for doc, (_, index, offset) in zip(processed, chunk, strict=True):
            yield doc, index, offset, seconds * len(doc.text) / chars
