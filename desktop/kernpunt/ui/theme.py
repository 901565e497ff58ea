"""Light and dark themes on Qt's Fusion style; "system" leaves the platform's look alone."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#dfe1e5",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#2b2d30",
    QPalette.ColorRole.Text: "#dfe1e5",
    QPalette.ColorRole.Button: "#393b40",
    QPalette.ColorRole.ButtonText: "#dfe1e5",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#393b40",
    QPalette.ColorRole.ToolTipText: "#dfe1e5",
    QPalette.ColorRole.PlaceholderText: "#8c8f94",
    QPalette.ColorRole.Link: "#7aa7f7",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f3",
    QPalette.ColorRole.WindowText: "#1f1f1f",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f7f7f7",
    QPalette.ColorRole.Text: "#1f1f1f",
    QPalette.ColorRole.Button: "#eaeaea",
    QPalette.ColorRole.ButtonText: "#1f1f1f",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1f1f1f",
    QPalette.ColorRole.PlaceholderText: "#7a7a7a",
    QPalette.ColorRole.Link: "#1a55c0",
}

# What a disabled control draws with. Setting a colour for a role sets it for every state, so
# without these a disabled Cancel or "Download and install" looks as pressable as an enabled one.
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#6e7178",
    QPalette.ColorRole.Text: "#6e7178",
    QPalette.ColorRole.ButtonText: "#6e7178",
    QPalette.ColorRole.Button: "#313338",
    QPalette.ColorRole.Base: "#26272a",
    QPalette.ColorRole.Highlight: "#4a4d54",
    QPalette.ColorRole.HighlightedText: "#b4b7bd",
    QPalette.ColorRole.Link: "#5c6f91",
}
_LIGHT_DISABLED = {
    QPalette.ColorRole.WindowText: "#a0a0a0",
    QPalette.ColorRole.Text: "#a0a0a0",
    QPalette.ColorRole.ButtonText: "#a0a0a0",
    QPalette.ColorRole.Button: "#efefef",
    QPalette.ColorRole.Base: "#f6f6f6",
    QPalette.ColorRole.Highlight: "#c4c4c4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8aa3d0",
}

_system_style: str | None = None
_system_palette: QPalette | None = None


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the application to "system", "light" or "dark"."""
    global _system_style, _system_palette
    if _system_style is None:
        _system_style = app.style().name()
        _system_palette = QPalette(app.palette())
    if theme not in ("light", "dark"):
        app.setStyle(QStyleFactory.create(_system_style))
        app.setPalette(_system_palette or QPalette())
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    dark = theme == "dark"
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    for role, colour in (_DARK_DISABLED if dark else _LIGHT_DISABLED).items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    app.setPalette(palette)


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128
