"""Plain-text exports: underlined headings, bullets and quote marks any editor or mail shows."""

from __future__ import annotations

from kernpunt.core.export.layout import EDITED, SECTION_TITLES, BlockRows, ExportView, Row, runs

_MARK = f" [{EDITED}]"
_PREFIX = {"list_item": "• ", "quote": "> "}
_UNDERLINE = {"title": "=", "heading": "-"}
_TRANSLATION_INDENT = "  → "


def render_text(view: ExportView) -> str:
    """Render an export as plain text, each paragraph on one line (it pastes well)."""
    lines = [*_underlined(flat(view.title), "="), "", *view.provenance.lines(), ""]
    for section in view.sections:
        lines += _SECTIONS[section](view)
    return "\n".join(lines).rstrip("\n") + "\n"


def _brief(view: ExportView) -> list[str]:
    lines = [*_underlined(SECTION_TITLES["brief"].upper(), "="), "", view.brief_description, ""]
    if view.brief_incomplete:
        lines += [view.brief_incomplete, ""]
    lines += [f"• {_shown(row)}" for row in view.brief]
    lines.append("")
    for label, terms in view.key_terms:
        lines += [f"{label}: {', '.join(term.text for term in terms)}", ""]
    return lines


def _translation(view: ExportView) -> list[str]:
    lines = [*_underlined(SECTION_TITLES["translation"].upper(), "="), ""]
    for kind, blocks in runs(view.blocks):
        for block in blocks:
            if kind == "code":
                lines += _indented(block.rows[0].source)
                continue
            text = " ".join(_shown(row) for row in block.rows)
            lines += _looked(kind, text)
        lines.append("")
    return lines


def _bilingual(view: ExportView) -> list[str]:
    lines = [*_underlined(SECTION_TITLES["bilingual"].upper(), "="), ""]
    for block in view.blocks:
        lines += _indented(block.rows[0].source) if block.kind == "code" else _pairs(block)
        lines.append("")
    return lines


def _pairs(block: BlockRows) -> list[str]:
    """Each sentence of a block, then its translation on the next line, in the block's look."""
    prefix = _PREFIX.get(block.kind, "")
    follow = " " * len(prefix) if block.kind == "list_item" else prefix
    lines: list[str] = []
    for number, row in enumerate(block.rows):
        lines.append((prefix if number == 0 else follow) + flat(row.source))
        lines.append(follow + _TRANSLATION_INDENT + _shown(row))
    underline = _UNDERLINE.get(block.kind)
    if underline:
        lines.append(underline * max(len(line) for line in lines))
    return lines


def _indented(code: str) -> list[str]:
    """A code block line by line, indented as plain text sets code apart; it is never translated."""
    return [f"    {line}".rstrip() for line in code.splitlines()]


def _looked(kind: str, text: str) -> list[str]:
    underline = _UNDERLINE.get(kind)
    if underline:
        return _underlined(text, underline)
    return [_PREFIX.get(kind, "") + text]


def _underlined(text: str, char: str) -> list[str]:
    return [text, char * len(text)]


def _shown(row: Row) -> str:
    return flat(row.shown) + (_MARK if row.edited else "")


def flat(text: str) -> str:
    """One line of text."""
    return " ".join(text.split())


_SECTIONS = {"brief": _brief, "translation": _translation, "bilingual": _bilingual}
