"""The window's actions, menus and toolbar, and the keyboard shortcuts sheet."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

if TYPE_CHECKING:
    from kernpunt.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey
# Encodings a reader may choose for a text file; None lets Kernpunt detect it again.
ENCODINGS = (
    (None, ""),
    ("utf-8", "UTF-8"),
    ("utf-16", "UTF-16"),
    ("cp1252", "Windows-1252"),
    ("latin-1", "Latin-1 (ISO-8859-1)"),
    ("iso8859-15", "Latin-9 (ISO-8859-15)"),
    ("mac-roman", "Mac Roman"),
)


class Actions(QObject):
    """Every command of the window, reachable from menus, the toolbar and the keyboard."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.all: list[QAction] = []
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_translate_menu()
        self._build_help_menu()
        self._build_toolbar()

    def _action(
        self, text: str, slot: object, keys: str | StandardKey | None = None, **flags: bool
    ) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            # setShortcut would make PySide6 build the Qt namespace's enums (widgets.PLAIN_TEXT).
            action.setShortcuts([QKeySequence(keys)])
        if flags.get("checkable"):
            action.setCheckable(True)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        self.window.addAction(action)
        self.all.append(action)
        return action

    def _build_file_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&File"))
        self.open = self._action(self.tr("&Open…"), window.dialogs.choose_article, StandardKey.Open)
        self.open_folder = self._action(
            self.tr("Open &Folder…"), window.dialogs.choose_folder, "Ctrl+Shift+O"
        )
        self.encoding_menu = QMenu(self.tr("Reopen with &Encoding"), window)
        for encoding, text in ENCODINGS:
            action = self.encoding_menu.addAction(text if encoding else self.tr("Detect"))
            action.triggered.connect(partial(window.reopen_with_encoding, encoding))
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.paste = self._action(
            self.tr("&Paste as New Article"), window.dialogs.paste_article, "Ctrl+Shift+V"
        )
        self.export = self._action(self.tr("&Export…"), window.dialogs.choose_export_file, "Ctrl+E")
        self.print = self._action(self.tr("Pri&nt…"), self.print_article, StandardKey.Print)
        self.print_preview = self._action(
            self.tr("Print Pre&view…"), self.preview_article, "Ctrl+Shift+P"
        )
        self.install = self._action(
            self.tr("&Install model from file…"), window.dialogs.choose_model_file
        )
        self.models = self._action(self.tr("&Models…"), window.dialogs.show_models, "Ctrl+M")
        self.preferences = self._action(
            self.tr("&Settings…"), window.dialogs.show_settings, StandardKey.Preferences
        )
        self.quit = self._action(self.tr("&Quit"), window.close, StandardKey.Quit)
        menu.addAction(self.open)
        menu.addAction(self.open_folder)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.paste)
        menu.addMenu(self.encoding_menu)
        menu.addSeparator()
        menu.addAction(self.export)
        menu.addAction(self.print)
        menu.addAction(self.print_preview)
        menu.addSeparator()
        menu.addAction(self.models)
        menu.addAction(self.install)
        menu.addAction(self.preferences)
        menu.addSeparator()
        menu.addAction(self.quit)

    def _build_edit_menu(self) -> None:
        view = self.window.view
        menu = self.window.menuBar().addMenu(self.tr("&Edit"))
        self.copy = self._action(self.tr("&Copy"), view.copy, StandardKey.Copy)
        self.select_all = self._action(
            self.tr("Select &All"), view.select_all, StandardKey.SelectAll
        )
        self.find = self._action(self.tr("&Find…"), view.open_find, StandardKey.Find)
        self.find_next = self._action(self.tr("Find &Next"), view.find_next, StandardKey.FindNext)
        self.find_previous = self._action(
            self.tr("Find Pre&vious"), view.find_previous, StandardKey.FindPrevious
        )
        self.edit = self._action(self.tr("&Edit Sentence…"), self._on_edit_selected, "F2")
        for action in (self.copy, self.select_all):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.find, self.find_next, self.find_previous):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.edit)

    def _build_view_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&View"))
        self.stacked = self._action(
            self.tr("&Stacked Panes"), window.set_stacked, "Ctrl+L", checkable=True
        )
        menu.addAction(self.stacked)
        self.columns = []
        for column, (text, keys) in enumerate(
            (
                (self.tr("Show &Original"), "Ctrl+1"),
                (self.tr("Show &Translation"), "Ctrl+2"),
                (self.tr("Show &Brief"), "Ctrl+3"),
            )
        ):
            action = self._action(
                text, partial(window.view.set_column_visible, column), keys, checkable=True
            )
            action.setChecked(True)
            self.columns.append(action)
            menu.addAction(action)
        menu.addSeparator()
        self.zoom_in = self._action(
            self.tr("Zoom &In"), lambda: window.set_zoom(window.view.zoom + 1), StandardKey.ZoomIn
        )
        self.zoom_out = self._action(
            self.tr("Zoom &Out"),
            lambda: window.set_zoom(window.view.zoom - 1),
            StandardKey.ZoomOut,
        )
        self.zoom_reset = self._action(
            self.tr("&Actual Size"), lambda: window.set_zoom(0), "Ctrl+0"
        )
        for action in (self.zoom_in, self.zoom_out, self.zoom_reset):
            menu.addAction(action)
        menu.addSeparator()
        themes = menu.addMenu(self.tr("T&heme"))
        group = QActionGroup(self)
        self.themes: dict[str, QAction] = {}
        for theme, text in (
            ("system", self.tr("&System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = self._action(text, partial(self._on_theme_chosen, theme), checkable=True)
            group.addAction(action)
            themes.addAction(action)
            self.themes[theme] = action

    def _build_translate_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&Translate"))
        self.translate = self._action(self.tr("&Translate"), window.translate, "Ctrl+T")
        self.cancel = self._action(self.tr("&Cancel"), window.cancel, "Esc")
        group = QActionGroup(self)
        self.modes: dict[str, QAction] = {}
        for mode, text in (("quality", self.tr("&Quality")), ("fast", self.tr("&Fast"))):
            action = self._action(text, partial(self._on_mode_chosen, mode), checkable=True)
            group.addAction(action)
            self.modes[mode] = action
        self.next_sentence = self._action(
            self.tr("&Next Sentence"), partial(window.view.step_sentence, 1), "Alt+Down"
        )
        self.previous_sentence = self._action(
            self.tr("&Previous Sentence"), partial(window.view.step_sentence, -1), "Alt+Up"
        )
        self.rebrief = self._action(
            self.tr("&Brief from the English Translation"), window.rebrief, "Ctrl+B"
        )
        self.next_article = self._action(
            self.tr("Next &Article"), partial(window.articles.step, 1), "Ctrl+PgDown"
        )
        self.previous_article = self._action(
            self.tr("Previous A&rticle"), partial(window.articles.step, -1), "Ctrl+PgUp"
        )
        for action in (self.translate, self.cancel, self.rebrief):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.modes.values():
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.next_sentence, self.previous_sentence):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.next_article)
        menu.addAction(self.previous_article)

    def _build_help_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, StandardKey.HelpContents
        )
        self.show_log = self._action(self.tr("Show &Log"), self.window.dialogs.show_log)
        menu.addAction(self.shortcuts)
        menu.addAction(self.show_log)

    def _build_toolbar(self) -> None:
        toolbar = self.window.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        for action in (self.open, self.translate, self.cancel, self.export):
            toolbar.addAction(action)

    # --- state ----------------------------------------------------------------------------

    def update(self, *, has_article: bool, translating: bool) -> None:
        """Enable what makes sense now."""
        session = self.window.session
        # Without a model Translate could only point at the notice that already fills the pane.
        no_model = session.models_checked and session.package is None
        self.translate.setEnabled(has_article and not translating and not no_model)
        self.cancel.setEnabled(translating)
        self.export.setEnabled(has_article)
        self.edit.setEnabled(has_article)
        for action in (self.copy, self.select_all, self.find, self.find_next, self.find_previous):
            action.setEnabled(has_article)
        printable = not translating and printable_article(self.window)
        self.print.setEnabled(printable)
        self.print_preview.setEnabled(printable)
        self.rebrief.setEnabled(
            has_article and not translating and None not in self.window.session.translations
        )
        article = self.window.session.article
        self.encoding_menu.setEnabled(
            article is not None and article.source is not None and article.encoding is not None
        )

    def sync_checks(self) -> None:
        """Tick the current mode, theme and layout."""
        settings = self.window.settings
        for key, action in self.modes.items():
            action.setChecked(key == settings.mode)
        for key, action in self.themes.items():
            action.setChecked(key == settings.theme)
        self.stacked.blockSignals(True)
        self.stacked.setChecked(self.window.view.stacked)
        self.stacked.blockSignals(False)

    # --- menus and dialogs ----------------------------------------------------------------

    def sentence_menu(self, index: int) -> QMenu:
        """The menu of one translated sentence."""
        menu = QMenu(self.window)
        edit = menu.addAction(self.tr("&Edit Sentence…"))
        edit.triggered.connect(partial(self.edit_sentence, index))
        copy = menu.addAction(self.tr("&Copy Sentence"))
        copy.triggered.connect(partial(self._copy_sentence, index))
        alternatives = menu.addAction(self.tr("Other &Translations…"))
        alternatives.setEnabled(self.window.session.package is not None)
        alternatives.triggered.connect(partial(self.window.show_alternatives, index))
        return menu

    def edit_sentence(self, index: int) -> None:
        """Let the reader rewrite one translated sentence."""
        from kernpunt.ui.sentence_dialogs import EditSentenceDialog

        session = self.window.session
        if not 0 <= index < len(session.sentences):
            return
        text, accepted = EditSentenceDialog.ask(
            self.window, session.sentences[index].text, session.translations[index] or ""
        )
        if accepted and text.strip():
            self.window.edit_sentence(index, " ".join(text.split()))

    @Slot()
    def print_article(self) -> None:
        """Print the brief, or the brief with the bilingual article, as the reader chooses."""
        document = self.window.session.document()  # a copy: edits made later print later
        if document is None or not printable_article(self.window):
            return
        from kernpunt.ui.printing import print_dialog

        dialog = print_dialog(document, self.window)
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)  # the print dialogs' own open() wants a receiver

    @Slot()
    def preview_article(self) -> None:
        """Show how the brief and the bilingual article will look on paper."""
        document = self.window.session.document()  # a copy: edits made later print later
        if document is None or not printable_article(self.window):
            return
        from kernpunt.ui.printing import preview_dialog

        dialog = preview_dialog(document, self.window)
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)

    def show_shortcuts(self) -> None:
        """Show every command with its keyboard shortcut."""
        ShortcutsSheet(self.all, self.window).exec()

    @Slot()
    def _on_edit_selected(self) -> None:
        selected = self.window.view.selected
        self.edit_sentence(selected if selected >= 0 else 0)

    def _copy_sentence(self, index: int) -> None:
        text = self.window.session.translations[index]
        if text:
            QGuiApplication.clipboard().setText(text)

    def _on_theme_chosen(self, theme: str, checked: bool) -> None:
        if checked and theme != self.window.settings.theme:
            self.window.set_theme(theme)

    def _on_mode_chosen(self, mode: str, checked: bool) -> None:
        if checked and mode != self.window.settings.mode:
            self.window.set_mode(mode)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_files
        if not recent:
            self.recent_menu.addAction(self.tr("No recent articles")).setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(partial(self.window.open_article, Path(path)))


def printable_article(window: MainWindow) -> bool:
    """Whether there is something worth paper: every sentence translated, or some of the brief.

    A brief with a sentence still untranslated prints as the exports write it: the English
    sentences, and a line saying the rest is left out.
    """
    document = window.session.current
    if document is None or not document.sentences:
        return False
    translations = document.translations
    if None not in translations:
        return True
    brief = document.brief
    return (
        brief is not None
        and bool(brief.indices)
        and any(translations[index] is not None for index in brief.indices)
    )


class ShortcutsSheet(QDialog):
    """A table of commands and their keys."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        # Imported here: each Qt class brings its enums, made when it is first imported, and the
        # window's first frame needs none of these.
        from PySide6.QtWidgets import QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (a.text().replace("&", ""), a.shortcut()) for a in actions if not a.shortcut().isEmpty()
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text.rstrip("…")))
            self.table.setItem(
                row, 1, QTableWidgetItem(keys.toString(QKeySequence.SequenceFormat.NativeText))
            )
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(420, 460)
