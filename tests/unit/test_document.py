"""One translated article: the reader's edits outlast the model's translations."""

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.formats.article import article_from_text
from kernpunt.core.text.segment import segment


def three_sentences() -> TranslatedArticle:
    article = article_from_text("Het regent. De trein is laat. Morgen wordt het droog.")
    return TranslatedArticle.untranslated(article, segment(article, "nl"))


def test_the_model_never_overwrites_the_readers_sentence() -> None:
    document = three_sentences()
    assert document.translations == [None, None, None] and not document.complete
    assert document.set_translation(0, "It rains.")
    assert not document.set_translation(0, "It rains."), "the same text changes nothing"
    document.edit(1, "The train runs late.")
    assert not document.set_translation(1, "The train is late.")
    assert document.translations[1] == "The train runs late."
    assert document.edited == frozenset({1})


def test_starting_over_keeps_the_edits_and_drops_the_rest() -> None:
    document = three_sentences()
    for index, text in enumerate(["It rains.", "The train is late.", "Tomorrow is dry."]):
        document.set_translation(index, text)
    document.edit(2, "Dry tomorrow.")
    assert document.complete
    assert document.start_over() == [0, 1], "what the window lays out again"
    assert document.translations == [None, None, "Dry tomorrow."]
    assert document.brief is None


def test_a_snapshot_does_not_follow_later_changes() -> None:
    document = three_sentences()
    document.set_translation(0, "It rains.")
    copy = document.snapshot()
    document.edit(0, "Rain.")
    document.set_translation(1, "Late train.")
    assert copy.translations == ["It rains.", None, None]
    assert copy.edited == frozenset()
    assert copy.sentences is document.sentences
