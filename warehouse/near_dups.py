"""Near-duplicate support: MinHash signatures over word 5-gram shingles, and containment.

The warehouse compares a new article against stored ones across runs; this module only
provides the pure functions. Containment ``|A∩B| / |A|`` (not Jaccard) is what spots a
truncated or syndicated copy A of a longer original B: the copy's shingles are nearly all in
the original even though the two sets differ a lot in size.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

SIGNATURE_VERSION = "news.minhash.v1"
NUM_PERM = 128
SHINGLE_SIZE = 5
# Permutation seeds are derived from this string with SHA-256, not from a numpy RNG, so
# signatures stored in the warehouse stay comparable across numpy versions and machines.
_PERM_SEED = b"newsfacts.minhash.v1"
_MERSENNE_61 = np.uint64((1 << 61) - 1)
_MASK_32 = np.uint64(0xFFFFFFFF)
# A copy this short (in shingles) is too small to call a duplicate of anything: a 10-word
# quote appearing in two articles does not make them the same article.
MIN_SHINGLES = 20
_WORD_RE = re.compile(r"\w+")


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    a = np.empty(NUM_PERM, dtype=np.uint64)
    b = np.empty(NUM_PERM, dtype=np.uint64)
    for i in range(NUM_PERM):
        digest = hashlib.sha256(_PERM_SEED + i.to_bytes(4, "big")).digest()
        # a, b < 2**32 and shingle hashes < 2**32, so a*x + b < 2**64: no uint64 overflow.
        a[i] = int.from_bytes(digest[:4], "big") | 1  # odd, never 0
        b[i] = int.from_bytes(digest[4:8], "big")
    return a, b


_PERM_A, _PERM_B = _permutations()


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature and the number of distinct shingles it summarises.

    ``to_list()`` gives ``[n_shingles, h_0, …, h_127]`` (all < 2**32, fit a DuckDB
    ``BIGINT[]``); ``from_list`` reads it back.
    """

    n_shingles: int
    minhashes: tuple[int, ...]

    def to_list(self) -> list[int]:
        """Serialise for storage: ``[n_shingles, *minhashes]``."""
        return [self.n_shingles, *self.minhashes]

    @classmethod
    def from_list(cls, values: list[int] | tuple[int, ...]) -> Signature:
        """Rebuild a signature from ``to_list()`` output.

        Raises:
            ValueError: The list does not have ``1 + NUM_PERM`` integers.
        """
        if len(values) != 1 + NUM_PERM:
            raise ValueError(f"expected {1 + NUM_PERM} integers, got {len(values)}")
        return cls(int(values[0]), tuple(int(v) for v in values[1:]))


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[str]:
    """Word n-gram shingles of casefolded text (punctuation and spacing ignored).

    Args:
        text: Any text.
        size: Words per shingle.

    Returns:
        The distinct shingles; a text shorter than ``size`` words gives one shingle of all
        its words (or none when it has no words).
    """
    words = _WORD_RE.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def text_signature(text: str) -> Signature:
    """Compute the MinHash signature of a text.

    Args:
        text: Article text.

    Returns:
        The deterministic ``Signature`` (same text, same values, on any machine). An empty
        text gives ``n_shingles == 0`` and all-max hashes.

    Notes:
        Universal hashing ``(a·x + b) mod (2**61 - 1)`` over 32-bit shingle hashes, as in
        datasketch's MinHash (Broder 1997).
    """
    items = shingles(text)
    if not items:
        return Signature(0, (0xFFFFFFFF,) * NUM_PERM)
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "big") for s in items),
        dtype=np.uint64,
        count=len(items),
    )
    permuted = (np.outer(hashes, _PERM_A) + _PERM_B) % _MERSENNE_61 & _MASK_32
    return Signature(len(items), tuple(int(v) for v in permuted.min(axis=0)))


def jaccard(a: Signature, b: Signature) -> float:
    """Estimate the Jaccard similarity of the two shingle sets (share of equal minhashes)."""
    if a.n_shingles == 0 or b.n_shingles == 0:
        return 0.0
    equal = sum(x == y for x, y in zip(a.minhashes, b.minhashes, strict=True))
    return equal / NUM_PERM


def containment(a: Signature, b: Signature) -> float:
    """Estimate how much of A is inside B: ``|A∩B| / |A|``.

    Args:
        a: Signature of the (possibly shorter) candidate copy.
        b: Signature of the candidate original.

    Returns:
        A value in ``[0, 1]``; ~1.0 when A is a truncated or lightly edited copy of B.

    Notes:
        From the Jaccard estimate J and the set sizes: ``|A∩B| = J·(|A|+|B|) / (1+J)``.
    """
    j = jaccard(a, b)
    if j == 0.0:
        return 0.0
    intersection = j * (a.n_shingles + b.n_shingles) / (1.0 + j)
    return min(1.0, intersection / a.n_shingles)


def is_near_duplicate(
    a: Signature, b: Signature, threshold: float = 0.8, *, min_shingles: int = MIN_SHINGLES
) -> bool:
    """Tell whether one text is (nearly) contained in the other.

    Args:
        a: One signature.
        b: The other signature.
        threshold: Minimum containment of the smaller text in the larger one.
        min_shingles: Texts with fewer shingles than this are never near-duplicates.

    Returns:
        True when ``max(containment(a, b), containment(b, a)) >= threshold``. Symmetric, so
        the caller decides which one is the original (e.g. the earlier or longer one).
    """
    if min(a.n_shingles, b.n_shingles) < min_shingles:
        return False
    return max(containment(a, b), containment(b, a)) >= threshold
