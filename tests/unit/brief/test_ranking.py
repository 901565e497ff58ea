"""The numpy LexRank, TextRank, LSA and Reduction choose what sumy's own classes choose."""

import warnings
from pathlib import Path
from typing import Any

import numpy
import pytest

from kernpunt.core.brief import ranking
from kernpunt.core.brief.choose import METHODS, make_brief
from kernpunt.core.brief.summarizers import Unit, WordTokenizer, words
from kernpunt.core.text.stopwords import stop_words

DATA = Path(__file__).resolve().parents[2] / "data"
SUMY = {
    "lexrank": "sumy.summarizers.lex_rank.LexRankSummarizer",
    "textrank": "sumy.summarizers.text_rank.TextRankSummarizer",
    "reduction": "sumy.summarizers.reduction.ReductionSummarizer",
    "lsa": "sumy.summarizers.lsa.LsaSummarizer",
}


def treebank(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [
        line.removeprefix("# text = ").strip() for line in lines if line.startswith("# text = ")
    ]


def rankable(texts: list[str]) -> list[str]:
    """The sentences the brief hands a method: distinct, each with a word beyond stop words."""
    stops = stop_words("nl")
    seen: set[str] = set()
    kept = []
    for text in texts:
        tokens = [word.lower() for word in words(text)]
        if any(token not in stops for token in tokens) and " ".join(tokens) not in seen:
            seen.add(" ".join(tokens))
            kept.append(text)
    return kept


# Two 300-sentence texts, news (Alpino) and Wikipedia (LassySmall), and the brief's length.
ARTICLES = {
    "news": (rankable(treebank("nl_alpino-ud-dev.conllu")[300:600]), 3),
    "wikipedia": (rankable(treebank("nl_lassysmall-ud-test.conllu")[:300]), 10),
}


def long_text(size: int) -> list[str]:
    """``size`` distinct Dutch sentences: the treebank's, then halves of two joined."""
    base = treebank("nl_lassysmall-ud-test.conllu")
    sentences = list(base[:size])
    copy = 1
    while len(sentences) < size:
        for index, sentence in enumerate(base[: size - len(sentences)]):
            other = base[(index + copy * 379) % len(base)].split()
            half = sentence.split()
            sentences.append(" ".join(half[: len(half) // 2] + other[len(other) // 2 :]))
        copy += 1
    return sentences


def sumy_summarizer(method: str) -> Any:
    import importlib

    from sumy.nlp.stemmers import Stemmer

    module, name = SUMY[method].rsplit(".", 1)
    summarizer = getattr(importlib.import_module(module), name)(Stemmer("dutch"))
    summarizer.stop_words = stop_words("nl")
    return summarizer


def sumy_document(texts: list[str]) -> tuple[Any, list[Any]]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = WordTokenizer("dutch")
    wrapped = [SumySentence(text, tokenizer) for text in texts]
    return ObjectDocumentModel([Paragraph(wrapped)]), wrapped


def sumy_choice(method: str, texts: list[str], count: int) -> list[int]:
    document, wrapped = sumy_document(texts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # LSA warns on texts with few words; it still ranks
        chosen = sumy_summarizer(method)(document, count)
    positions = {id(sentence): k for k, sentence in enumerate(wrapped)}
    return sorted(positions[id(sentence)] for sentence in chosen)


def our_choice(method: str, texts: list[str], count: int) -> list[int]:
    return METHODS[method].rank([Unit(text) for text in texts], count, "dutch")


@pytest.mark.parametrize("article", list(ARTICLES))
@pytest.mark.parametrize("method", ["lexrank", "textrank", "reduction"])
def test_pairwise_methods_choose_exactly_what_sumy_chooses(method: str, article: str) -> None:
    texts, count = ARTICLES[article]
    assert our_choice(method, texts, count) == sumy_choice(method, texts, count)


def sumy_lsa(texts: list[str], count: int) -> tuple[Any, list[int]]:
    """The ranks of sumy's LSA and its choice, made as ``LsaSummarizer.__call__`` makes it."""
    summarizer = sumy_summarizer("lsa")
    document, wrapped = sumy_document(texts)
    dictionary = summarizer._create_dictionary(document)
    matrix = summarizer._compute_term_frequency(summarizer._create_matrix(document, dictionary))
    _, sigma, v = numpy.linalg.svd(matrix, full_matrices=False)
    ranks = summarizer._compute_ranks(sigma, v)
    rated = dict(zip(wrapped, ranks, strict=True))
    chosen = summarizer._get_best_sentences(document.sentences, count, rated)
    positions = {id(sentence): k for k, sentence in enumerate(wrapped)}
    return numpy.array(ranks), sorted(positions[id(sentence)] for sentence in chosen)


def our_lsa_scores(texts: list[str]) -> Any:
    from sumy.nlp.stemmers import Stemmer

    stem = Stemmer("dutch")
    stops = stop_words("nl")
    lowered = [[word.lower() for word in words(text)] for text in texts]
    kept = [[stem(word) for word in sentence if word not in stops] for sentence in lowered]
    return ranking.lsa(kept, [[stem(word) for word in sentence] for sentence in lowered])


@pytest.mark.parametrize("article", list(ARTICLES))
def test_lsa_scores_every_sentence_as_sumy_does(article: str) -> None:
    texts, count = ARTICLES[article]
    ours = our_lsa_scores(texts)
    ranks, expected = sumy_lsa(texts, count)
    numpy.testing.assert_allclose(ours, ranks, rtol=1e-12)
    # Sentences whose columns hold the same numbers tie; sumy's decomposition orders them by
    # rounding noise. Apart from such ties the choice is the same.
    chosen = our_choice("lsa", texts, count)
    boundary = numpy.sort(ours)[-count]
    for position in set(chosen) ^ set(expected):
        assert ours[position] == pytest.approx(boundary, rel=1e-12), position
    assert len(chosen) == len(expected) == count


def test_a_tie_goes_to_the_earlier_sentence() -> None:
    assert ranking.best(numpy.array([1.0, 3.0, 2.0, 3.0, 3.0]), 2) == [1, 3]


def test_reduction_adds_up_in_sumys_order_to_the_last_bit() -> None:
    texts, _ = ARTICLES["news"]
    document, wrapped = sumy_document(texts)
    expected = sumy_summarizer("reduction").rate_sentences(document)
    stops = stop_words("nl")
    from sumy.nlp.stemmers import Stemmer

    stem = Stemmer("dutch")
    stems = [[stem(w.lower()) for w in words(t) if w.lower() not in stops] for t in texts]
    ours = ranking.reduction(stems)
    assert [ours[k] for k in range(len(texts))] == [expected[s] for s in wrapped]


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_briefs_five_thousand_sentences_itself(method: str) -> None:
    texts = long_text(5_000)
    brief = make_brief(texts, 3, "nl", method=method)
    assert brief.method == method and brief.requested_method is None and brief.note is None
    assert brief.size == 3


def test_lsa_ranks_a_text_with_fewer_words_than_sentences() -> None:
    # Long texts always have fewer distinct words than sentences; sumy only warns, and the
    # scores are well defined. The brief keeps the reader's method.
    texts = ["Rusland en NAVO.", "NAVO, Rusland en Moskou!", "Rusland?", "NAVO: Rusland.", "NAVO"]
    brief = make_brief(texts, 1, "nl", method="lsa")
    assert (brief.method, brief.indices, brief.note) == ("lsa", (1,), None)


def test_lexrank_says_when_no_word_carries_weight() -> None:
    # Every word is in all sentences but one: its idf, log(3 / (1 + 2)), is zero.
    with pytest.raises(ranking.Unrankable):
        ranking.lexrank([["a", "b"], ["a", "c"], ["b", "c"]])
