"""The reader's settings: one typed wrapper around QSettings, with every default in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT = 10
MODES = ("quality", "fast")
THEMES = ("system", "light", "dark")
LAYOUTS = ("side", "stacked")


@dataclass(frozen=True)
class _Setting(Generic[T]):
    """A descriptor for one setting: its key, its default and the type it is read back as."""

    key: str
    default: T
    choices: tuple[Any, ...] = ()

    def __get__(self, settings: Settings, owner: type | None = None) -> T:
        value = settings.store.value(self.key, self.default)
        value = _coerce(value, self.default)
        if self.choices and value not in self.choices:
            return self.default
        return cast(T, value)

    def __set__(self, settings: Settings, value: T) -> None:
        settings.store.setValue(self.key, value)


class _ExportSetting:
    """An export setting, whose default and choices the export formats give when it is read.

    The export package (and the PDF export it is given from outside the core) is imported then,
    not when the window starts.
    """

    def __init__(self, key: str, what: str) -> None:
        self.key = key
        self.what = what  # "format" or "content"

    def _setting(self) -> _Setting[str]:
        import kernpunt.qtexport  # noqa: F401  (registers PDF among the formats)
        from kernpunt.core.export import CONTENTS, DEFAULT_CONTENT, DEFAULT_FORMAT, FORMATS

        if self.what == "format":
            return _Setting[str](self.key, DEFAULT_FORMAT, tuple(FORMATS))
        return _Setting[str](self.key, DEFAULT_CONTENT, CONTENTS)

    def __get__(self, settings: Settings, owner: type | None = None) -> str:
        return self._setting().__get__(settings, owner)

    def __set__(self, settings: Settings, value: str) -> None:
        settings.store.setValue(self.key, value)


def _coerce(value: Any, default: Any) -> Any:
    # INI files give strings back; a corrupt value falls back to the default.
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"true", "1"}
        if isinstance(default, int):
            return int(value)
        if isinstance(default, list):
            if value is None or value == "":
                return []
            return [str(item) for item in (value if isinstance(value, list) else [value])]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        return str(value)
    except (TypeError, ValueError):
        return default


class Settings:
    """Kernpunt's settings, stored by QSettings (an INI file in tests).

    Attributes:
        store: The underlying QSettings.
    """

    mode = _Setting[str]("translation/mode", "quality", MODES)
    brief_method = _Setting[str]("brief/method", "lexrank")
    brief_length = _Setting[str]("brief/length", "3")
    threads = _Setting[int]("translation/threads", 0)
    translate_on_open = _Setting[bool]("translation/on_open", True)
    theme = _Setting[str]("window/theme", "system", THEMES)
    ui_language = _Setting[str]("window/language", "")
    layout = _Setting[str]("window/layout", "side", LAYOUTS)
    zoom = _Setting[int]("window/zoom", 0)
    geometry = _Setting[QByteArray]("window/geometry", QByteArray())
    splitter_state = _Setting[QByteArray]("window/splitter", QByteArray())
    model_folder = _Setting[str]("models/folder", "")
    index_url = _Setting[str]("models/index", "")
    last_folder = _Setting[str]("files/last_folder", "")
    recent_files = _Setting[list[str]]("files/recent", [])
    # The article list and the article open when Kernpunt last closed, to reopen at start;
    # the sample article is shown on the very first start only.
    last_articles = _Setting[list[str]]("files/last_articles", [])
    last_article = _Setting[str]("files/last_article", "")
    sample_shown = _Setting[bool]("start/sample_shown", False)
    export_format = _ExportSetting("export/format", "format")
    export_content = _ExportSetting("export/content", "content")
    export_folder = _Setting[str]("export/folder", "")

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def add_recent(self, path: str) -> None:
        """Put a file first in the recent list."""
        recent = [item for item in self.recent_files if item != path]
        self.recent_files = [path, *recent][:MAX_RECENT]

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()
