"""The article list: files and folders dropped or opened together, to step through one by one."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

PATH_ROLE = 256  # Qt.ItemDataRole.UserRole, without importing the slow Qt namespace


class ArticleList(QListWidget):
    """A list of article files; choosing one asks the window to open it.

    Signals:
        article_chosen: (Path) the reader picked an article from the list.
    """

    article_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article list"))
        self.setMinimumWidth(160)
        self.setUniformItemSizes(True)
        self.currentItemChanged.connect(self._on_current_changed)
        self._known: set[Path] = set()
        self._quiet = False

    def start_over(self) -> None:
        """Empty the list (QListWidget's own reset() is a different, internal thing)."""
        self._known.clear()
        self.clear()

    def add_paths(self, paths: Iterable[Path]) -> int:
        """Append articles not in the list yet; returns how many were added."""
        added = 0
        self.setUpdatesEnabled(False)
        try:
            for path in paths:
                if path in self._known:
                    continue
                self._known.add(path)
                item = QListWidgetItem(path.name)
                item.setToolTip(str(path))
                item.setData(PATH_ROLE, str(path))
                self.addItem(item)
                added += 1
        finally:
            self.setUpdatesEnabled(True)
        return added

    def paths(self) -> list[Path]:
        """The articles in the list, in order."""
        return [Path(self.item(row).data(PATH_ROLE)) for row in range(self.count())]

    def mark_current(self, path: Path | None) -> None:
        """Select the row of the article being read, without opening it again."""
        self._quiet = True
        try:
            for row in range(self.count()):
                if path is not None and Path(self.item(row).data(PATH_ROLE)) == path:
                    self.setCurrentRow(row)
                    return
            self.setCurrentRow(-1)
        finally:
            self._quiet = False

    def step(self, step: int) -> None:
        """Open the next (1) or previous (-1) article of the list."""
        if self.count():
            row = max(0, min(self.count() - 1, self.currentRow() + step))
            if row != self.currentRow():
                self.setCurrentRow(row)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, current: QListWidgetItem | None, _: object) -> None:
        if current is not None and not self._quiet:
            self.article_chosen.emit(Path(current.data(PATH_ROLE)))
