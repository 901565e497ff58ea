"""Mirror CHANGELOG.md's releases into the AppStream metainfo (``make metainfo``).

Software centres show the ``<releases>`` of ``resources/nl.kernpunt.Kernpunt.metainfo.xml``;
CHANGELOG.md (Keep a Changelog) is where releases are written. This script rewrites the
metainfo's ``<releases>`` block from the changelog, and tests/e2e/test_packaging.py checks
that the two agree.

Usage: python packaging/releases.py
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHANGELOG = REPO / "CHANGELOG.md"
METAINFO = REPO / "resources" / "nl.kernpunt.Kernpunt.metainfo.xml"

_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
_RELEASES = re.compile(r"^(?P<indent>[ \t]*)<releases>.*?</releases>", re.DOTALL | re.MULTILINE)


@dataclass
class Release:
    """One released version: its number, date and the changelog's entries, as plain text."""

    version: str
    date: str
    items: list[str] = field(default_factory=list)


def read_changelog(text: str) -> list[Release]:
    """Return the released versions of a Keep a Changelog text, newest first.

    The ``[Unreleased]`` section is left out. Entries are the ``- `` bullets of every
    subsection (Added, Changed, Fixed, …), with their continuation lines joined.
    """
    releases: list[Release] = []
    current: Release | None = None
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            current = None
            if heading["date"]:
                current = Release(heading["version"], heading["date"])
                releases.append(current)
        elif current is None or line.startswith("#"):
            continue
        elif line.startswith("- "):
            current.items.append(line[2:].strip())
        elif line.startswith("  ") and line.strip() and current.items:
            current.items[-1] += " " + line.strip()
    return releases


def inline_markup(text: str) -> str:
    """Return a changelog entry as AppStream description markup (``code`` becomes <code>)."""
    parts = text.split("`")
    return "".join(
        f"<code>{html.escape(part, quote=False)}</code>" if index % 2 else html.escape(part, False)
        for index, part in enumerate(parts)
    )


def render_releases(releases: list[Release], indent: str = "  ") -> str:
    """Return the ``<releases>`` element for the metainfo file."""
    pad = indent * 2
    lines = [f"{indent}<releases>"]
    for release in releases:
        lines.append(f'{pad}<release version="{release.version}" date="{release.date}">')
        lines.append(f"{pad}{indent}<description>")
        lines.append(f"{pad}{indent * 2}<ul>")
        lines += [f"{pad}{indent * 3}<li>{inline_markup(item)}</li>" for item in release.items]
        lines.append(f"{pad}{indent * 2}</ul>")
        lines.append(f"{pad}{indent}</description>")
        lines.append(f"{pad}</release>")
    lines.append(f"{indent}</releases>")
    return "\n".join(lines)


def main() -> None:
    """Rewrite the metainfo's releases from the changelog."""
    releases = read_changelog(CHANGELOG.read_text(encoding="utf-8"))
    metainfo = METAINFO.read_text(encoding="utf-8")
    updated, count = _RELEASES.subn(lambda match: render_releases(releases), metainfo)
    if count != 1:
        raise SystemExit(f"{METAINFO} has no single <releases> element to replace")
    METAINFO.write_text(updated, encoding="utf-8")
    print(f"{METAINFO.name}: {len(releases)} release(s) from {CHANGELOG.name}")


if __name__ == "__main__":
    main()
