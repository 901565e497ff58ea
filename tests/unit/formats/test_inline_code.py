"""Inline code is replaced by a marker for the translator and put back unchanged."""

from kernpunt.core.formats.article import article_from_text
from kernpunt.core.formats.inline_code import protect, restore


def test_markdown_inline_code_is_text_with_its_place_marked() -> None:
    article = article_from_text("Typ `git  status` en dan `ls -l`, zei ze.", markdown=True)
    assert article.text == "Typ git status en dan ls -l, zei ze."
    assert [article.text[start:end] for start, end in article.code] == ["git status", "ls -l"]


def test_markers_stand_in_for_the_code_and_the_code_comes_back() -> None:
    masked, codes = protect("Typ git status en dan ls -l.", [(4, 14), (22, 27)])
    assert masked == "Typ [1] en dan [2]."
    assert restore("Type [1] and then [2].", codes) == "Type git status and then ls -l."


def test_code_whose_marker_the_model_lost_is_added_at_the_end() -> None:
    _masked, codes = protect("Typ git status nu.", [(4, 14)])
    assert restore("Type it now.", codes) == "Type it now. git status"


def test_markers_never_clash_with_references_the_sentence_has() -> None:
    masked, codes = protect("Zie [1] en typ ls.", [(15, 17)])
    assert masked == "Zie [1] en typ [2]."
    assert restore("See [1] and type [2].", codes) == "See [1] and type ls."
