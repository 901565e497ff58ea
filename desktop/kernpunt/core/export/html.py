"""HTML exports: one self-contained file (inline style, nothing fetched) that any browser opens.

The brief comes first; its sentences link to their row in the table below, where the original
and the translation stand side by side, sentence by sentence. The same HTML, read by Qt's rich
text engine, lays out the PDF export (registered from outside the core), so it sticks to the
HTML and CSS that engine understands: tables with width attributes, class selectors, no
generated content.
"""

from __future__ import annotations

from html import escape

from kernpunt import __version__
from kernpunt.core.export.layout import (
    COLUMN_TITLES,
    EDITED,
    SECTION_TITLES,
    BlockRows,
    ExportView,
    Row,
    runs,
)

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1b1b1b;
  line-height: 1.5; }
main { display: block; max-width: 64em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: 0.3em; }
h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 1px solid #c8c8c8; }
h3.title { font-size: 1.25em; }
h4.heading { font-size: 1.1em; }
.provenance { color: #555555; font-size: 0.85em; font-style: italic; }
.provenance p { margin: 0; }
.method { font-style: italic; color: #444444; }
.terms { color: #333333; }
pre { font-family: monospace; white-space: pre-wrap; margin: 0.5em 0; }
blockquote { font-style: italic; border-left: 3px solid #c8c8c8; margin-left: 1.5em;
  padding-left: 1em; }
table.pairs { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.pairs th { text-align: left; border-bottom: 2px solid #888888; padding: 4px 8px; }
table.pairs td { vertical-align: top; padding: 4px 8px; }
tr.shade td { background-color: #f1f3f5; }
tr.title td { font-size: 1.25em; font-weight: bold; }
tr.heading td { font-size: 1.1em; font-weight: bold; }
tr.quote td { font-style: italic; }
.mark { color: #8a5a00; font-size: 0.8em; font-style: italic; }
a { color: #1b1b1b; text-decoration: none; }
@media print { main { max-width: none; margin: 0; padding: 0; } }
""".strip()

_MARK = f' <span class="mark" title="Changed by the reader">({EDITED})</span>'
_CELL_PREFIX = {"list_item": "• "}


def render_html(view: ExportView) -> str:
    """Render an export as one HTML5 page, its style sheet inline, with no external resources."""
    stamp = view.provenance.exported_at.isoformat(timespec="seconds")
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Kernpunt {__version__}">',
        f'<meta name="date" content="{stamp}">',
        f"<title>{escape(view.title)}</title>",
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        f'<h1 lang="nl">{escape(view.title)}</h1>',
        '<div class="provenance">',
        *(f"<p>{escape(line)}</p>" for line in view.provenance.lines()),
        "</div>",
    ]
    body: list[str] = []
    for section in view.sections:
        body += _SECTIONS[section](view)
    return "\n".join([*head, *body, "</main>", "</body>", "</html>", ""])


def _brief(view: ExportView) -> list[str]:
    linked = "bilingual" in view.sections
    lines = [
        '<section class="brief">',
        f"<h2>{SECTION_TITLES['brief']}</h2>",
        f'<p class="method">{escape(view.brief_description)}</p>',
    ]
    if view.brief_incomplete:
        lines.append(f'<p class="incomplete"><b>{escape(view.brief_incomplete)}</b></p>')
    lines.append("<ol>")
    for row in view.brief:
        text = escape(_flat(row.shown))
        if linked:
            text = f'<a href="#s{row.index}">{text}</a>'
        lines.append(f"<li>{text}{_MARK if row.edited else ''}</li>")
    lines.append("</ol>")
    for label, terms in view.key_terms:
        joined = escape(", ".join(term.text for term in terms))
        lines.append(f'<p class="terms"><b>{escape(label)}:</b> {joined}</p>')
    lines.append("</section>")
    return lines


def _translation(view: ExportView) -> list[str]:
    lines = ['<section class="translation">', f"<h2>{SECTION_TITLES['translation']}</h2>"]
    for kind, blocks in runs(view.blocks):
        if kind == "list_item":
            lines.append("<ul>")
            lines += [f"<li>{_sentences(block)}</li>" for block in blocks]
            lines.append("</ul>")
            continue
        block = blocks[0]
        if kind == "code":
            lines.append(_code(block))
        elif kind == "title":
            lines.append(f'<h3 class="title">{_sentences(block)}</h3>')
        elif kind == "heading":
            lines.append(f'<h4 class="heading">{_sentences(block)}</h4>')
        elif kind == "quote":
            lines.append(f"<blockquote><p>{_sentences(block)}</p></blockquote>")
        else:
            lines.append(f"<p>{_sentences(block)}</p>")
    lines.append("</section>")
    return lines


def _code(block: BlockRows) -> str:
    row = block.rows[0]
    return f'<pre class="code" id="s{row.index}"><code>{escape(row.source)}</code></pre>'


def _sentences(block: BlockRows) -> str:
    return " ".join(
        f'<span class="sentence" id="s{row.index}">{escape(_flat(row.shown))}</span>'
        + (_MARK if row.edited else "")
        for row in block.rows
    )


def _bilingual(view: ExportView) -> list[str]:
    lines = [
        '<section class="bilingual">',
        f"<h2>{SECTION_TITLES['bilingual']}</h2>",
        '<table class="pairs" width="100%" cellspacing="0" cellpadding="4">',
        "<thead><tr>",
        *(f'<th width="50%">{title}</th>' for title in COLUMN_TITLES),
        "</tr></thead>",
    ]
    for number, block in enumerate(view.blocks):
        # Alternate shading per block, so a paragraph's sentences read as one unit.
        shade = " shade" if number % 2 else ""
        lines.append(f'<tbody class="block {block.kind}">')
        lines += [_pair(row, block.kind, shade) for row in block.rows]
        lines.append("</tbody>")
    lines += ["</table>", "</section>"]
    return lines


def _pair(row: Row, kind: str, shade: str) -> str:
    if kind == "code":
        code = f"<pre><code>{escape(row.source)}</code></pre>"
        cells = f'<td width="50%" class="source">{code}</td>'
        cells += f'<td width="50%" class="translation">{code}</td>'
        return f'<tr id="s{row.index}" class="{kind}{shade}">{cells}</tr>'
    prefix = _CELL_PREFIX.get(kind, "")
    classes = f"{kind}{shade}{' edited' if row.edited else ''}"
    source = f'<td width="50%" class="source" lang="nl">{prefix}{escape(_flat(row.source))}</td>'
    translation = (
        f'<td width="50%" class="translation">{prefix}{escape(_flat(row.shown))}'
        f"{_MARK if row.edited else ''}</td>"
    )
    return f'<tr id="s{row.index}" class="{classes}">{source}{translation}</tr>'


def _flat(text: str) -> str:
    return " ".join(text.split())


_SECTIONS = {"brief": _brief, "translation": _translation, "bilingual": _bilingual}
