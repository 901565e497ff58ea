"""The key terms above the brief, each a small chip that names the original's words on hover."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget

if TYPE_CHECKING:
    from kernpunt.core.brief.keyterms import ReaderTerm

_GAP = 6


class FlowLayout(QLayout):
    """Lays its items out in rows, starting a new row where the width runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Take an item (Qt calls this from addWidget)."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the layout holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        """The height depends on how many rows the width allows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the items need at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """As wide as every item in one row."""
        width = sum(item.sizeHint().width() + _GAP for item in self._items)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + _GAP, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + _GAP
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class KeyTermChips(QWidget):
    """The article's key terms as chips; hovering one shows the term in the original."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Key terms"))
        self._layout = FlowLayout(self)
        self.chips: list[QLabel] = []
        self.hide()

    def set_terms(self, terms: Sequence[ReaderTerm]) -> None:
        """Show these terms, or hide when there are none."""
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        heading = QLabel(self.tr("Key terms:"))
        self._add(heading)
        for term in terms:
            chip = QLabel(term.text)
            chip.setObjectName("keyTerm")
            chip.setStyleSheet(
                "#keyTerm { border: 1px solid palette(mid); border-radius: 8px; padding: 1px 7px; }"
            )
            if term.translated and term.original != term.text:
                chip.setToolTip(self.tr("In the original: {term}").format(term=term.original))
            chip.setAccessibleDescription(chip.toolTip())
            self._add(chip)
        self.setVisible(bool(terms))
        self.updateGeometry()

    def texts(self) -> list[str]:
        """The terms shown, in order."""
        return [chip.text() for chip in self.chips[1:]]

    def _add(self, label: QLabel) -> None:
        self.chips.append(label)
        self._layout.addWidget(label)
