"""LexRank, TextRank, LSA and Reduction on numpy: sumy's scores, in seconds on long texts.

sumy fills a sentence-by-sentence matrix pair by pair in Python and keeps it dense, so its time
and memory grow with the square of the length: LexRank took 9 s on 1,000 sentences and none of
these four finished 5,000 in a minute. Here the same scores come from a sparse word-by-sentence
incidence, a block of sentences at a time, and only what the method needs is kept (LexRank's
edges, TextRank's weights, Reduction's sums). Each function follows sumy's arithmetic step by
step, so the same sentences are chosen; ``tests/unit/brief/test_ranking.py`` compares them with
sumy on whole articles.

Every function takes the sentences as lists of stems (stop words left out, repeats kept), in the
order sumy sees them, and returns one score per sentence: higher is better.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy
    from numpy.typing import NDArray

    Floats = NDArray[numpy.float64]
    Ints = NDArray[numpy.int64]

# A block of sentences is compared with every sentence at once: at most this many word
# matches in flight (about 40 bytes each), so memory stays in the tens of MB.
BLOCK_MATCHES = 1 << 20

# sumy's constants (LexRankSummarizer, TextRankSummarizer, LsaSummarizer._compute_term_frequency).
LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
TEXTRANK_ZERO_DIVISION_PREVENTION = 1e-7
LSA_SMOOTH = 0.4


class Unrankable(ValueError):  # noqa: N818 - named like DegenerateText, which it becomes
    """The method's scores are undefined for this text (e.g. no word carries weight)."""


@dataclass(frozen=True)
class _Incidence:
    """A sentence × term matrix kept as its non-zero entries, sorted by sentence."""

    size: int  # sentences
    rows: Ints  # the sentence of each entry
    terms: Ints  # the term of each entry
    values: Floats  # the entry


def _incidence(
    bags: Sequence[Counter[str]], weight: Sequence[dict[str, float]] | None
) -> _Incidence:
    import numpy

    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    terms: list[int] = []
    values: list[float] = []
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            rows.append(row)
            terms.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight[row][term] if weight is not None else float(count))
    return _Incidence(
        len(bags),
        numpy.array(rows, dtype=numpy.int64),
        numpy.array(terms, dtype=numpy.int64),
        numpy.array(values, dtype=numpy.float64),
    )


def _products(matrix: _Incidence) -> tuple[Ints, Ints, Floats]:
    """The non-zero dot products of every pair of rows, as (row, row, product) sorted by both.

    Rows are taken a block at a time; in a block, every entry meets every entry of the same
    term elsewhere, and the meetings of each pair of rows are added up in a sorted run. Few
    pairs of sentences share more than one word, so this touches little more than the result.
    The products are summed term by term in float64; for whole counts they are exact.
    """
    import numpy

    n = matrix.size
    sources: list[Ints] = []
    targets: list[Ints] = []
    values: list[Floats] = []
    if len(matrix.terms):
        postings = numpy.argsort(matrix.terms, kind="stable")
        posting_rows = matrix.rows[postings]
        posting_values = matrix.values[postings]
        frequency = numpy.bincount(matrix.terms)
        first = numpy.concatenate(([0], numpy.cumsum(frequency)[:-1]))
        matches = frequency[matrix.terms]
        row_matches = _sums(matrix.rows, matches.astype(numpy.float64), n)
        entry = numpy.searchsorted(matrix.rows, numpy.arange(n + 1))
        start = 0
        while start < n:
            stop = _block_end(row_matches, start, n)
            lo, hi = entry[start], entry[stop]
            lengths = matches[lo:hi]
            # Lay out, for every entry of the block, the postings of its term.
            offsets = numpy.repeat(
                first[matrix.terms[lo:hi]] - (numpy.cumsum(lengths) - lengths), lengths
            )
            offsets += numpy.arange(len(offsets))
            keys = numpy.repeat(matrix.rows[lo:hi], lengths) * n + posting_rows[offsets]
            products = numpy.repeat(matrix.values[lo:hi], lengths) * posting_values[offsets]
            order = numpy.argsort(keys, kind="stable")
            keys, products = keys[order], products[order]
            runs = numpy.flatnonzero(numpy.concatenate(([True], keys[1:] != keys[:-1])))
            pairs = keys[runs]
            sources.append(pairs // n)
            targets.append(pairs % n)
            values.append(numpy.add.reduceat(products, runs))
            start = stop
    if not values:
        return numpy.zeros(0, numpy.int64), numpy.zeros(0, numpy.int64), numpy.zeros(0)
    return numpy.concatenate(sources), numpy.concatenate(targets), numpy.concatenate(values)


def _block_end(row_matches: Floats, start: int, n: int) -> int:
    stop = start + 1
    spent = row_matches[start]
    while stop < n and spent + row_matches[stop] <= BLOCK_MATCHES:
        spent += row_matches[stop]
        stop += 1
    return stop


def _sums(index: Ints, weights: Floats, size: int) -> Floats:
    """Add up ``weights`` by ``index`` into ``size`` slots, one after the other in input order."""
    import numpy

    sums: Floats = numpy.bincount(index, weights=weights, minlength=size).astype(
        numpy.float64, copy=False
    )
    return sums


def lexrank(sentences: Sequence[Sequence[str]]) -> Floats:
    """LexRank's scores: sumy's idf-modified cosine, its 0.1 threshold and power method.

    Raises:
        Unrankable: No sentence has a word with weight.
    """
    import numpy

    n = len(sentences)
    bags = [Counter(words) for words in sentences]
    present = Counter(term for bag in bags for term in bag)
    idf = {term: math.log(n / (1 + count)) for term, count in present.items()}
    weights = [_lexrank_weights(bag, idf) for bag in bags]
    matrix = _incidence(bags, weights)
    norms = numpy.sqrt(_sums(matrix.rows, matrix.values**2, n))
    source, target, products = _products(matrix)
    scale = norms[source] * norms[target]
    cosine = numpy.divide(products, scale, out=numpy.zeros_like(products), where=scale > 0)
    linked = cosine > LEXRANK_THRESHOLD
    source, target = source[linked], target[linked]
    degrees = numpy.bincount(source, minlength=n).astype(numpy.float64)
    degrees[degrees == 0] = 1.0
    share = 1.0 / degrees
    scores = numpy.array([1.0 / n] * n)
    change = 1.0
    while change > LEXRANK_EPSILON:
        following = _sums(target, (share * scores)[source], n)
        length = numpy.linalg.norm(following)
        if length == 0:
            raise Unrankable("no sentence shares a weighted word with another")
        following /= length
        change = float(numpy.linalg.norm(following - scores))
        scores = following
    return scores


def _lexrank_weights(bag: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """Each word's tf × idf as sumy weighs it, tf being its count over the sentence's largest."""
    most = max(bag.values(), default=1)
    return {term: count / most * idf[term] for term, count in bag.items()}


def textrank(sentences: Sequence[Sequence[str]]) -> Floats:
    """TextRank's scores: sumy's word-overlap weights, damping and power method."""
    import numpy

    n = len(sentences)
    logs = numpy.array([math.log(len(words)) if words else 0.0 for words in sentences])
    source, target, overlap = _products(_incidence([Counter(words) for words in sentences], None))
    norm = logs[source] + logs[target]
    # sumy: an overlap of two one-word sentences is the overlap itself (their norm is 0).
    value = numpy.divide(overlap, norm, out=overlap.copy(), where=norm != 0)
    value /= (_sums(source, value, n) + TEXTRANK_ZERO_DIVISION_PREVENTION)[source]
    jump = (1.0 - TEXTRANK_DAMPING) / n
    scores = numpy.array([1.0 / n] * n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        walked = _sums(target, value * scores[source], n)
        following = jump * scores.sum() + TEXTRANK_DAMPING * walked
        change = float(numpy.linalg.norm(following - scores))
        scores = following
    return scores


def reduction(sentences: Sequence[Sequence[str]]) -> Floats:
    """Reduction's scores: each sentence's summed word overlap with every other.

    The sums run in sumy's order (by the other sentence's position), so they are sumy's to the
    last bit.
    """
    import numpy

    n = len(sentences)
    logs = numpy.array([math.log(len(words)) if words else 0.0 for words in sentences])
    source, target, overlap = _products(_incidence([Counter(words) for words in sentences], None))
    norm = logs[source] + logs[target]
    edge = numpy.divide(overlap, norm, out=numpy.zeros_like(overlap), where=norm != 0)
    edge[source == target] = 0.0
    # The products come row by row, each row in the other sentence's order: they are added in
    # that order, as sumy's loop over pairs does.
    return _sums(source, edge, n)


def lsa(sentences: Sequence[Sequence[str]], counted: Sequence[Sequence[str]]) -> Floats:
    """LSA's scores as sumy computes them with every dimension kept: each column's length.

    sumy keeps all singular values (its reduction ratio is 1), so a sentence's score
    ``sqrt(sum(sigma_i² v_ij²))`` is the length of its column in the smoothed word × sentence
    matrix; that needs no decomposition. Sentences whose columns hold the same numbers score
    the same; sumy's decomposition orders those by rounding noise, this by position.

    Args:
        sentences: Each sentence's stems without stop words: they make the dictionary.
        counted: Each sentence's stems of all its words: those in the dictionary are counted.
    """
    import numpy

    dictionary = {term for words in sentences for term in words}
    scores = numpy.zeros(len(sentences))
    for column, words in enumerate(counted):
        counts = Counter(term for term in words if term in dictionary)
        if not counts:
            continue
        cells = numpy.array(list(counts.values()), dtype=numpy.float64)
        smoothed = LSA_SMOOTH + (1.0 - LSA_SMOOTH) * cells / cells.max()
        rest = (len(dictionary) - len(cells)) * LSA_SMOOTH**2
        scores[column] = math.sqrt(rest + float((smoothed**2).sum()))
    return scores


def best(scores: Floats, count: int) -> list[int]:
    """The ``count`` best-scored positions in order, ties going to the earlier, as sumy does."""
    import numpy

    order = numpy.argsort(-scores, kind="stable")[:count]
    return sorted(int(position) for position in order)
