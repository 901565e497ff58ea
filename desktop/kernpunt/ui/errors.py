"""How a failure becomes the text of the message bar, in one place for the whole window.

A reader's error (a file Kernpunt cannot read, a model that will not install, a brief that
cannot be made) already says what went wrong in the reader's words; anything else is a bug,
shown briefly and logged with its traceback by the job runner (see ``kernpunt.ui.logs``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kernpunt.core.brief.choose import BriefError
from kernpunt.core.export import ExportError
from kernpunt.core.formats.article import ArticleError
from kernpunt.core.models.packages import ModelError

# The failures whose message is written for the reader; one base class in time.
READER_ERRORS: tuple[type[Exception], ...] = (ArticleError, BriefError, ExportError, ModelError)


def reader_message(error: BaseException) -> str:
    """The message bar's text for a failure."""
    if isinstance(error, READER_ERRORS):
        return str(error)
    return QCoreApplication.translate("errors", "Something went wrong: {error}").format(error=error)
