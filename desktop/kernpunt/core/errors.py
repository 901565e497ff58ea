"""Everything a reader can be told went wrong: one base class, one catalogue of messages.

A ``ReaderError`` carries a stable message id and named values; ``str()`` gives the English
sentence from ``MESSAGES``. The window catches ``ReaderError`` alone and can translate by id;
the CLI prints ``str(error)``.

    raise ArticleError("article.empty", name="leeg.txt")
"""

from __future__ import annotations

from kernpunt.core.messages import MESSAGES

__all__ = ["MESSAGES", "ReaderError"]


class ReaderError(Exception):
    """A problem to show the reader, with a message id from ``MESSAGES`` and its values.

    Attributes:
        message_id: The key of the English template in ``MESSAGES``; None for a message
            written out in English where it was raised.
        params: The template's named values.
    """

    def __init__(self, message_id: str, /, **params: object) -> None:
        """Make the error; ``message_id`` that is not in the catalogue is taken as the text."""
        super().__init__(message_id, *params.values())
        self.message_id: str | None = message_id if message_id in MESSAGES else None
        self.params = params
        self._text = message_id

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword values do not survive pickling through ``args`` (a cluster sends errors).
        return (_restore, (type(self), self._text, self.params))

    def __str__(self) -> str:
        if self.message_id is None:
            return self._text
        return MESSAGES[self.message_id].format(**self.params)


def _restore(kind: type[ReaderError], text: str, params: dict[str, object]) -> ReaderError:
    return kind(text, **params)
