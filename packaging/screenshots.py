"""Make the screenshots in resources/screenshots/ from the real program (``make screenshots``).

Each screenshot is ``kernpunt --screenshot`` run offscreen at 1280×800 on the bundled sample
article, with a home, settings and model folder of its own, so nothing of the user's shows:

    main-window.png   first start: no model installed, the offer to install one
    translated.png    the article translated, the brief leading
    dark.png          the same in the dark theme
    dutch.png         the same with the Dutch interface

No real Dutch → English model can be fetched where these are made, and a screenshot must not
pass off made-up English as Kernpunt's work. So the three translated screenshots are made with
the random-weight test package of tests/support/argos_models.py, installed into a temporary
model folder: the program runs its real path (model found, article translated on CTranslate2,
brief chosen by sumy, panes linked), but the English it shows is noise. README.md says so under
the screenshots. Replace them with a real model's run when one is at hand: install it, and run
``kernpunt --screenshot`` the same way.

Run from the repository root with the test dependencies installed (``make screenshots``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "resources" / "screenshots"
# name, uses the test model, extra arguments
SHOTS = (
    ("main-window.png", False, ("--theme", "light", "--ui-language", "en")),
    ("translated.png", True, ("--theme", "light", "--ui-language", "en")),
    ("dark.png", True, ("--theme", "dark", "--ui-language", "en")),
    ("dutch.png", True, ("--theme", "light", "--ui-language", "nl")),
)
TIMEOUT_S = 300


def shoot(name: str, with_model: bool, arguments: tuple[str, ...], archive: Path | None) -> None:
    """Run the program offscreen in a fresh home and save one screenshot."""
    from tests.support.argos_models import install_package

    with tempfile.TemporaryDirectory(prefix="kernpunt-shot-") as folder:
        home = Path(folder)
        env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[variable] = str(home / variable.lower())
        env["ARGOS_PACKAGES_DIR"] = str(home / "packages")
        env.pop("QT_SCALE_FACTOR", None)
        (home / "packages").mkdir()
        if with_model:
            assert archive is not None
            install_package(archive, home / "packages")
        target = OUT / name
        program = Path(sys.executable).parent / "kernpunt"
        subprocess.run(
            [str(program), "--screenshot", str(target), *arguments],
            env=env,
            check=True,
            timeout=TIMEOUT_S,
            stderr=subprocess.DEVNULL,
        )


def main() -> int:
    """Make every screenshot."""
    sys.path.insert(0, str(REPO))
    from tests.support.argos_models import cached_package

    OUT.mkdir(parents=True, exist_ok=True)
    archive = cached_package("tiny")
    for name, with_model, arguments in SHOTS:
        shoot(name, with_model, arguments, archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
