"""Stop words and language names for the brief and the key terms.

sumy ships stop words for English but none for Dutch; the Dutch list comes from stopwords-iso.
English keeps sumy's own list: stopwords-iso's English list also drops content words such as
"computer" or "billion".
"""

from __future__ import annotations

from functools import cache

from kernpunt.core.errors import ReaderError

LANGUAGES = {"nl": "dutch", "dutch": "dutch", "en": "english", "english": "english"}


class LanguageError(ReaderError, ValueError):
    """A language Kernpunt cannot brief; the message is for the reader."""


def language_name(language: str) -> str:
    """Return the language's name as sumy and the Snowball stemmers spell it.

    Args:
        language: An ISO 639-1 code (``nl``, ``en``) or a name (``dutch``, ``english``).

    Raises:
        LanguageError: The language is neither Dutch nor English.
    """
    try:
        return LANGUAGES[language.strip().lower()]
    except KeyError:
        raise LanguageError("brief.language", language=language) from None


@cache
def stop_words(language: str) -> frozenset[str]:
    """Return the language's stop words, in lower case.

    Args:
        language: ``nl``, ``dutch``, ``en`` or ``english``.

    Raises:
        LanguageError: The language is neither Dutch nor English.
    """
    name = language_name(language)
    if name == "dutch":
        import stopwordsiso

        return frozenset(word.lower() for word in stopwordsiso.stopwords("nl"))
    from importlib.resources import files

    text = files("sumy").joinpath("data/stopwords/english.txt").read_text(encoding="utf-8")
    return frozenset(word.strip().lower() for word in text.splitlines() if word.strip())
