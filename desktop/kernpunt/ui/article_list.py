"""The article list: files and folders dropped or opened together, to step through one by one.

Each row shows what a reader knows an article by: its title (the file name until a better one
is known), its date when it has one, and how far Kernpunt is with it — waiting, translating,
translated, or failed, with the reason on hover.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

PATH_ROLE = 256  # Qt.ItemDataRole.UserRole, without importing the slow Qt namespace
STATE_ROLE = 257
TITLE_ROLE = 258
DATE_ROLE = 259
REASON_ROLE = 260


class ArticleState(Enum):
    """How far Kernpunt is with one article of the list."""

    WAITING = "waiting"
    READING = "reading"
    TRANSLATING = "translating"
    DONE = "done"
    FAILED = "failed"


class ArticleList(QListWidget):
    """A list of article files; choosing one asks the window to open it.

    Signals:
        article_chosen: (Path) the reader picked an article from the list.
    """

    article_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article list"))
        self.setMinimumWidth(180)
        self.setUniformItemSizes(True)
        self.currentItemChanged.connect(self._on_current_changed)
        self._rows: dict[Path, QListWidgetItem] = {}
        self._quiet = False

    def start_over(self) -> None:
        """Empty the list (QListWidget's own reset() is a different, internal thing)."""
        self._rows.clear()
        self.clear()

    def add_paths(self, paths: Iterable[Path]) -> int:
        """Append articles not in the list yet, waiting; returns how many were added."""
        added = 0
        self.setUpdatesEnabled(False)
        try:
            for path in paths:
                if path in self._rows:
                    continue
                item = QListWidgetItem()
                item.setData(PATH_ROLE, str(path))
                item.setData(TITLE_ROLE, path.name)
                item.setData(DATE_ROLE, "")
                item.setData(STATE_ROLE, ArticleState.WAITING.value)
                item.setData(REASON_ROLE, "")
                self._rows[path] = item
                self._show(item)
                self.addItem(item)
                added += 1
        finally:
            self.setUpdatesEnabled(True)
        return added

    def paths(self) -> list[Path]:
        """The articles in the list, in order."""
        return [Path(self.item(row).data(PATH_ROLE)) for row in range(self.count())]

    def set_title(self, path: Path, title: str | None, date: str | None = None) -> None:
        """Show an article's title and date once they are known (a missing one is kept)."""
        item = self._rows.get(path)
        if item is None:
            return
        if title:
            item.setData(TITLE_ROLE, " ".join(title.split()))
        if date:
            item.setData(DATE_ROLE, date)
        self._show(item)

    def set_state(self, path: Path, state: ArticleState, reason: str = "") -> None:
        """Show how far Kernpunt is with an article; a failure keeps its reason for the tooltip."""
        item = self._rows.get(path)
        if item is None:
            return
        item.setData(STATE_ROLE, state.value)
        item.setData(REASON_ROLE, reason if state is ArticleState.FAILED else "")
        self._show(item)

    def article_state(self, path: Path) -> ArticleState | None:
        """The state shown for an article, or None when it is not in the list."""
        item = self._rows.get(path)
        return None if item is None else ArticleState(item.data(STATE_ROLE))

    def mark_current(self, path: Path | None) -> None:
        """Select the row of the article being read, without opening it again."""
        self._quiet = True
        try:
            item = self._rows.get(path) if path is not None else None
            self.setCurrentRow(self.row(item) if item is not None else -1)
        finally:
            self._quiet = False

    def step(self, step: int) -> None:
        """Open the next (1) or previous (-1) article of the list."""
        if self.count():
            row = max(0, min(self.count() - 1, self.currentRow() + step))
            if row != self.currentRow():
                self.setCurrentRow(row)

    def state_name(self, state: ArticleState) -> str:
        """What the row says about an article's state."""
        names = {
            ArticleState.WAITING: self.tr("Waiting"),
            ArticleState.READING: self.tr("Reading…"),
            ArticleState.TRANSLATING: self.tr("Translating…"),
            ArticleState.DONE: self.tr("Translated"),
            ArticleState.FAILED: self.tr("Failed"),
        }
        return names[state]

    def _show(self, item: QListWidgetItem) -> None:
        state = ArticleState(item.data(STATE_ROLE))
        details = self.state_name(state)
        date = item.data(DATE_ROLE)
        if date:
            details = self.tr("{date} · {state}").format(date=date, state=details)
        item.setText(f"{item.data(TITLE_ROLE)}\n{details}")
        path = item.data(PATH_ROLE)
        if state is ArticleState.FAILED and item.data(REASON_ROLE):
            item.setToolTip(f"{item.data(REASON_ROLE)}\n{path}")
        else:
            item.setToolTip(path)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, current: QListWidgetItem | None, _: object) -> None:
        if current is not None and not self._quiet:
            self.article_chosen.emit(Path(current.data(PATH_ROLE)))
