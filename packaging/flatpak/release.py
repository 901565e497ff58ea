"""Point the Flatpak manifest at a release tag and its commit (``make flatpak-release``).

Flathub builds Kernpunt from a git tag, and the commit beside the tag makes sure the tag was not
moved since. Run it after tagging a release and copy the manifest to the Flathub repository.

Usage: python packaging/flatpak/release.py vX.Y.Z
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

MANIFEST = Path(__file__).resolve().parent / "nl.kernpunt.Kernpunt.yml"


def pin_release(manifest: Path, tag: str, commit: str) -> None:
    """Write the tag and its commit into the manifest's git source, changing nothing else."""
    if not re.fullmatch(r"v\d+\.\d+\.\d+", tag) or not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise SystemExit(f"not a release tag and commit: {tag} {commit}")
    text = manifest.read_text(encoding="utf-8")
    # Quoted: YAML would read a commit of digits only, or one like 1234e5..., as a number.
    text, tags = re.subn(r"^(\s+tag: ).*$", rf"\g<1>'{tag}'", text, flags=re.M)
    text, commits = re.subn(r"^(\s+commit: ).*$", rf"\g<1>'{commit}'", text, flags=re.M)
    if (tags, commits) != (1, 1):
        raise SystemExit(f"{manifest.name} should hold one git source with a tag and a commit")
    manifest.write_text(text, encoding="utf-8")


def main() -> None:
    """Pin the manifest to the tag given on the command line."""
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    tag = sys.argv[1]
    command = ["git", "rev-parse", "--verify", f"{tag}^{{commit}}"]
    commit = subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
    pin_release(MANIFEST, tag, commit)
    print(f"{MANIFEST.name}: {tag} at {commit}")


if __name__ == "__main__":
    main()
