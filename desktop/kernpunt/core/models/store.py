"""The one place translators come from: the installed model, loaded once and shared.

The window, a batch of articles and a cluster worker each hold one ``ModelStore``; every
translator they use is handed out by it, so a model is loaded once per process however many
jobs use it. Looking up the model and loading it read the disk: call ``package`` and
``translator`` on a worker, never on the GUI thread. ``clear`` is cheap and safe anywhere.

    store = ModelStore()
    translator = store.translator(mode="fast")   # the newest nl→en package, loaded
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from kernpunt.core.models.packages import InstalledPackage, ModelError, find_package

if TYPE_CHECKING:
    from kernpunt.core.engine.cache import TranslationCache
    from kernpunt.core.engine.translate import Mode, Translator

SOURCE_LANGUAGE = "nl"
TARGET_LANGUAGE = "en"

_Key = tuple[str, str, str, int | None]


class ModelStore:
    """Finds the installed Dutch → English model and shares one loaded Translator per options.

    Thread-safe: two threads asking for the same translator get the same object, loaded once.
    Translators share the store's translation cache.
    """

    def __init__(self, cache: Callable[[], TranslationCache | None] | None = None) -> None:
        """Make an empty store; nothing is looked up or loaded yet.

        Args:
            cache: Returns the translation cache every translator uses; called on the worker
                when the first translator is made. None for no cache.
        """
        self._cache = cache
        self._lock = threading.Lock()
        self._translators: dict[_Key, _Slot] = {}

    def package(self) -> InstalledPackage | None:
        """Return the newest installed Dutch → English package, if any.

        Looked up afresh every time (a folder listing): a model installed or replaced by
        another program is found without asking the store to forget anything.
        """
        return find_package(SOURCE_LANGUAGE, TARGET_LANGUAGE)

    def translator(
        self,
        package: InstalledPackage | None = None,
        *,
        mode: Mode = "quality",
        threads: int | None = None,
    ) -> Translator:
        """Return the shared translator for a package and its options, with its model loaded.

        Args:
            package: The package to translate with; the installed one (``package()``) if
                omitted.
            mode: ``quality`` (beam search) or ``fast`` (greedy).
            threads: CPU threads; None or 0 for one per physical core.

        Raises:
            ModelError: No Dutch → English model is installed (message id ``model.none``),
                or it cannot be loaded.
        """
        chosen = package or self.package()
        if chosen is None:
            raise ModelError("model.none")
        key: _Key = (str(chosen.path), chosen.version, mode, threads or None)
        with self._lock:
            slot = self._translators.setdefault(key, _Slot())
        return slot.get(lambda: self._make(chosen, mode, threads or None))

    def clear(self) -> None:
        """Let go of every loaded model: the installed models changed, or memory is wanted.

        Translators in use stay valid for the job that holds them; the next request loads anew.
        """
        with self._lock:
            self._translators = {}

    def _make(self, package: InstalledPackage, mode: Mode, threads: int | None) -> Translator:
        from kernpunt.core.engine.translate import Translator

        cache = self._cache() if self._cache is not None else None
        translator = Translator(package, mode=mode, cache=cache, threads=threads)
        translator.load()
        return translator


class _Slot:
    """One translator, made by the first thread that asks; the others wait for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._translator: Translator | None = None

    def get(self, make: Callable[[], Translator]) -> Translator:
        with self._lock:
            if self._translator is None:
                self._translator = make()
            return self._translator
