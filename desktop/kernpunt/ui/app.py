"""Starting the window: arguments, the application object, interface language, screenshots."""

from __future__ import annotations

import gc
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kernpunt import __version__
from kernpunt.core.paths import APP_ID, app_icon

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QApplication

SCREENSHOT_TIMEOUT_MS = 300_000
SCREENSHOT_SIZE = (1280, 800)


class Arguments(NamedTuple):
    """What ``kernpunt [ARTICLE] [options]`` was asked for."""

    article: Path | None = None
    screenshot: Path | None = None
    ui_language: str | None = None
    theme: str | None = None


def parse_arguments(argv: list[str]) -> Arguments:
    """Read the command line; the usual starts, none or one article, without argparse.

    Building argparse's parser took 2-5 ms of a start-up that a reader waits for; an option,
    or more than one argument, goes through the parser as before.
    """
    if len(argv) <= 1 and not any(arg.startswith("-") for arg in argv):
        return Arguments(article=Path(argv[0]) if argv else None)
    args = build_parser().parse_args(argv)
    return Arguments(args.article, args.screenshot, args.ui_language, args.theme)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for ``kernpunt [ARTICLE]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="kernpunt",
        description="Read Dutch news in English. Commands: segment, translate, models "
        "(see 'kernpunt COMMAND --help').",
    )
    parser.add_argument("article", nargs="?", type=Path, help="the article to open")
    parser.add_argument("--version", action="version", version=f"kernpunt {__version__}")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="show the window offscreen, wait for the article (and its translation when a "
        "model is installed), save a PNG and exit",
    )
    parser.add_argument(
        "--ui-language",
        choices=("en", "nl"),
        help="the interface language (default: the setting, else the system's)",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="the window's theme for this run (default: the setting)",
    )
    return parser


def main(argv: list[str]) -> int:
    """Open the window and run until it closes; return the exit status.

    The garbage collector waits until the first article is on screen. All a start makes (the
    modules, the window and its widgets) lives as long as the program, and the collections it
    set off walked all of it again and again: some 10 ms of the start. Then all of it is frozen,
    so later collections walk only what was made since (as after the libraries' import in
    ``session._import_libraries``).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(parse_arguments(argv), resume_collecting=collecting)
    finally:
        if collecting:
            gc.enable()


def _run(args: Arguments, *, resume_collecting: bool) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif _no_display():
        print(
            "kernpunt: no display found. Run Kernpunt in a desktop session, "
            "or use 'kernpunt --screenshot FILE.png'.",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtCore import QTimer

    _spare_pyside_source_reads()
    from PySide6.QtWidgets import QApplication

    from kernpunt.ui.i18n import install_translator
    from kernpunt.ui.logs import start_logging
    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.settings import Settings
    from kernpunt.ui.theme import apply_theme
    from kernpunt.ui.window_dialogs import use_model_folder

    start_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Kernpunt")
    app.setOrganizationName("Kernpunt")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # lets Wayland match the window to its desktop entry
    settings = Settings()
    if settings.model_folder:
        use_model_folder(settings.model_folder)
    install_translator(app, args.ui_language or settings.ui_language or None)
    theme = args.theme or settings.theme
    if theme != "system":
        apply_theme(app, theme)

    window = MainWindow(settings, auto_translate=args.screenshot is not None)
    window.preload_model = args.screenshot is None
    if args.screenshot is not None:
        # Screenshots have one size, whatever the last session left behind.
        window.remember_layout = False
        window.resize(SCREENSHOT_SIZE[0], SCREENSHOT_SIZE[1])
    window.show_with_first_article()
    if args.article is None:
        # The reader's last articles; the sample on the first start (and in screenshots).
        window.articles.reopen_last(sample=args.screenshot is not None)
    else:
        window.open_paths([args.article])
    # The first frame needs neither: what a crashed run left is offered, and the installed
    # model looked up, just after the first article is on screen.
    if args.screenshot is None:
        window.after_first_article(window.keep_journal)
    window.after_first_article(window.refresh_models)
    # The icon (the window manager's, in the task bar) a moment later: its Qt class and its
    # picture are not needed to draw the article.
    window.after_first_article(partial(_set_icon, app))
    if resume_collecting:
        window.after_first_article(_resume_collecting)
    if args.screenshot is None:
        return app.exec()

    outcome = {"status": 3}

    def save_when_settled() -> None:
        if window.settled:
            saved = window.grab().save(str(args.screenshot))
            if saved:
                print(f"Saved the window to {args.screenshot}", flush=True)
            else:
                print(f"kernpunt: could not save {args.screenshot}", file=sys.stderr)
            outcome["status"] = 0 if saved and window.session.article is not None else 1
            window.close()

    window.state_changed.connect(save_when_settled)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, window.close)
    app.exec()
    return outcome["status"]


def _spare_pyside_source_reads() -> None:
    """Keep PySide6 from reading the source of each module the start imports after it.

    PySide6's ``__feature__`` switch (snake_case, true_property) asks of every module imported
    after PySide6 whether its source mentions PySide6, and reads the file to know: some 90
    files, 5 % of a start-up. A module's answer matters only if it selects a feature with
    ``from __feature__ import``, which no Kernpunt module does (tests/e2e/test_start.py checks)
    and no module of Python's own library can: those are answered without reading. Any other
    module is still read. If PySide6 changes how it asks, it is left as it is.
    """
    feature = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if not callable(reads_source):
        return
    standard_library = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module: object) -> bool:
        name = getattr(module, "__name__", "")
        path = getattr(module, "__file__", None) or ""
        if name == "kernpunt" or name.startswith("kernpunt."):
            return False
        if path.startswith(standard_library) and "-packages" not in path:
            return False
        return bool(reads_source(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def _set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(app_icon())))


def _resume_collecting() -> None:
    gc.freeze()
    gc.enable()


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )
