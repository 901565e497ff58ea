"""How a failure becomes the text of the message bar, in one place for the whole window.

A reader's error (a file Kernpunt cannot read, a model that will not install, a brief that
cannot be made) already says what went wrong in the reader's words, and is shown in the
interface language by its message id (``kernpunt.ui.core_messages``); anything else is a bug,
shown briefly and logged with its traceback by the job runner (see ``kernpunt.ui.logs``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kernpunt.core.errors import ReaderError

# The failures whose message is written for the reader: the core's one base class.
READER_ERRORS: tuple[type[Exception], ...] = (ReaderError,)


def reader_message(error: BaseException) -> str:
    """The message bar's text for a failure, in the interface language."""
    if isinstance(error, ReaderError):
        # The catalogue of messages loads with the first failure, not at start-up.
        from kernpunt.ui.core_messages import core_message

        return core_message(error)
    return QCoreApplication.translate("errors", "Something went wrong: {error}").format(error=error)
