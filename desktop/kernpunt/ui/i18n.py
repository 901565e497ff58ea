"""The interface language: loading Kernpunt's compiled Qt translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kernpunt.core.paths import translations_dir


def install_translator(
    app: QCoreApplication, language: str | None = None, directory: Path | None = None
) -> str:
    """Load the interface translation for a language into the application.

    English has a catalogue too: it holds the plural forms ("1 sentence", "2 sentences"), and it
    is the fallback for a language Kernpunt has not been translated into.

    Args:
        app: The application.
        language: A language code such as ``nl``; the system's language when None.
        directory: Where the ``.qm`` files are; the bundled ones when None.

    Returns:
        The language whose catalogue was loaded, or an empty string when none was found.
    """
    folder = str(directory or translations_dir())
    wanted = language or QLocale.system().name().split("_")[0]
    translator = QTranslator(app)
    for candidate in dict.fromkeys((wanted, "en")):
        if translator.load(f"kernpunt_{candidate}", folder):
            app.installTranslator(translator)
            return candidate
    return ""
