"""Markdown exports: the brief as a list, the translation as flowing text, the pair as a table."""

from __future__ import annotations

import re

from kernpunt.core.export.layout import COLUMN_TITLES, EDITED, SECTION_TITLES, BlockRows, ExportView
from kernpunt.core.export.layout import runs as block_runs

_MARK = f" *({EDITED})*"
_CELL_LOOK = {"title": "**{}**", "heading": "**{}**", "list_item": "• {}", "quote": "*{}*"}


def render_markdown(view: ExportView) -> str:
    """Render an export as Markdown (CommonMark, with a GitHub-style table for the pairs)."""
    lines = [f"# {escape(view.title)}", ""]
    lines += [f"*{escape(line)}*" for line in view.provenance.lines()]
    lines.append("")
    for section in view.sections:
        lines += _SECTIONS[section](view)
    return "\n".join(lines)


def _brief(view: ExportView) -> list[str]:
    lines = [f"## {SECTION_TITLES['brief']}", "", f"*{escape(view.brief_description)}*", ""]
    if view.brief_incomplete:
        lines += [f"**{escape(view.brief_incomplete)}**", ""]
    lines += [f"- {escape(flat(row.shown))}{_MARK if row.edited else ''}" for row in view.brief]
    lines.append("")
    for label, terms in view.key_terms:
        joined = ", ".join(escape(term.text) for term in terms)
        lines += [f"**{label}:** {joined}", ""]
    return lines


def _translation(view: ExportView) -> list[str]:
    lines = [f"## {SECTION_TITLES['translation']}", ""]
    for kind, blocks in block_runs(view.blocks):
        if kind == "code":
            lines += _fenced(blocks[0].rows[0].source)
        else:
            lines += [_flow(kind, block) for block in blocks]
        lines.append("")
    return lines


def _flow(kind: str, block: BlockRows) -> str:
    text = " ".join(escape(flat(row.shown)) + (_MARK if row.edited else "") for row in block.rows)
    prefix = {"title": "### ", "heading": "#### ", "list_item": "- ", "quote": "> "}
    return prefix.get(kind, "") + text


def _bilingual(view: ExportView) -> list[str]:
    lines = [
        f"## {SECTION_TITLES['bilingual']}",
        "",
        f"| {' | '.join(COLUMN_TITLES)} |",
        "| --- | --- |",
    ]
    for block in view.blocks:
        if block.kind == "code":
            cell = _code_span(block.rows[0].source)
            lines.append(f"| {cell} | {cell} |")
            continue
        look = _CELL_LOOK.get(block.kind, "{}")
        for row in block.rows:
            source = look.format(_cell(row.source))
            translation = look.format(_cell(row.shown)) + (_MARK if row.edited else "")
            lines.append(f"| {source} | {translation} |")
    lines.append("")
    return lines


_SECTIONS = {"brief": _brief, "translation": _translation, "bilingual": _bilingual}


def _fenced(code: str) -> list[str]:
    """A code block as it was, between fences longer than any run of backticks inside it."""
    fence = "`" * max(3, _longest_backticks(code) + 1)
    return [fence, *code.splitlines(), fence]


def _code_span(code: str) -> str:
    """Code on one line for a table cell, as a code span that its backticks cannot end."""
    ticks = "`" * (_longest_backticks(code) + 1)
    cell = flat(code).replace("|", "\\|")  # a pipe would end the table cell
    return f"{ticks} {cell} {ticks}"


def _longest_backticks(code: str) -> int:
    return max((len(run) for run in re.findall(r"`+", code)), default=0)


def flat(text: str) -> str:
    """One line of text: line breaks inside a sentence would start new Markdown blocks."""
    return " ".join(text.split())


def escape(text: str) -> str:
    """Escape the characters Markdown would read as formatting."""
    for char in "\\*_[]<>#`|":
        text = text.replace(char, "\\" + char)
    return text


def _cell(text: str) -> str:
    return escape(flat(text))
