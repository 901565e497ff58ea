from pathlib import Path

import pytest

from kernpunt.core.formats.article import article_from_text
from kernpunt.core.text import language
from kernpunt.core.text.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Het kabinet is dinsdagavond gevallen, dat meldt de NOS.", "nl"),
        ("The cabinet fell on Tuesday evening, the broadcaster reports.", "en"),
        ("Die Regierung ist am Dienstagabend zurückgetreten, meldet der Sender.", "de"),
        ("Le gouvernement est tombé mardi soir, selon la radio publique.", "fr"),
    ],
)
def test_languages_are_told_apart(text: str, code: str) -> None:
    guess = detect_language(text)
    assert guess is not None
    assert guess[0] == code
    assert 0.5 < guess[1] <= 1.0


def test_a_few_words_are_too_few_to_tell() -> None:
    assert detect_language("Kabinet valt") is None
    assert article_from_text("Kabinet valt").looks_dutch


def test_a_missing_model_never_stops_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_model", None)
    monkeypatch.setattr(language, "model_path", lambda: None)
    article = article_from_text("The cabinet fell on Tuesday evening, the broadcaster reports.")
    assert article.language is None
    assert article.looks_dutch  # Unknown is not a reason to warn.


def test_the_model_ships_with_the_installed_packages() -> None:
    path = language.model_path()
    assert isinstance(path, Path)
    assert path.stat().st_size > 500_000
