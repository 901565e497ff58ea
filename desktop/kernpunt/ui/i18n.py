"""The interface language: Kernpunt's compiled Qt translations, and Qt's own for its buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kernpunt.core.paths import translations_dir

# The translators this module installed, so that choosing another language replaces them.
_installed: list[QTranslator] = []


def install_translator(
    app: QCoreApplication, language: str | None = None, directory: Path | None = None
) -> str:
    """Load the interface translation for a language into the application.

    English has a catalogue too: it holds the plural forms ("1 sentence", "2 sentences"), and it
    is the fallback for a language Kernpunt has not been translated into. Qt's own catalogue is
    loaded beside Kernpunt's, so the standard buttons (Cancel, Yes, OK) speak the same language
    as the rest of the window. A second call replaces what the first installed.

    Args:
        app: The application.
        language: A language code such as ``nl``; the system's language when None.
        directory: Where the ``.qm`` files are; the bundled ones when None.

    Returns:
        The language whose catalogue was loaded, or an empty string when none was found.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    folder = str(directory or translations_dir())
    wanted = language or QLocale.system().name().split("_")[0]
    translator = QTranslator(app)
    for candidate in dict.fromkeys((wanted, "en")):
        if translator.load(f"kernpunt_{candidate}", folder):
            _install(app, translator)
            _install_qt_catalogue(app, candidate, folder)
            return candidate
    return ""


def _install_qt_catalogue(app: QCoreApplication, language: str, folder: str) -> None:
    """Load Qt's ``qtbase_<language>.qm``: from a bundle's own folder first, then Qt's."""
    if language == "en":
        return  # Qt's texts are English already
    from PySide6.QtCore import QLibraryInfo

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    for where in dict.fromkeys((folder, qt_folder)):
        if translator.load(f"qtbase_{language}", where):
            _install(app, translator)
            return


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
