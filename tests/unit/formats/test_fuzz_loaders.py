"""Fuzzing every article loader: any file gives a well-formed article or a reader's message.

Inputs are built to get past each format's first checks: generated and damaged web pages, Word,
OpenDocument and e-book archives with one part replaced, cut or broken, PDFs with odd text, and
text in several encodings. Parsing runs in-process for many examples (it is what the sandbox runs)
and through ``read_article`` with its sandbox for fewer. ``make fuzz`` runs them far longer.
Inputs that once failed stay as ``@example`` cases, run first in every profile.
"""

from __future__ import annotations

import html
import io
import re
import tempfile
import warnings
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kernpunt.core.formats import FORMATS, parse
from kernpunt.core.formats.article import Article, ArticleError, article_from_parsed, read_article
from kernpunt.core.formats.base import VERBATIM_KINDS
from kernpunt.core.formats.text import parse_text
from kernpunt.core.text.segment import MAX_SENTENCE_CHARS, segment
from tests.support import documents

EXAMPLES = settings.default.max_examples
# A child process per example: a tenth of the examples, still every suffix each run.
SANDBOXED = max(4, EXAMPLES // 10)
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]

WORDS = re.findall(
    r"\S+",
    "Het kabinet is gevallen . De NAVO zegt dat Rusland , volgens Stoltenberg ; ‘dialoog’ "
    "“citaat” 2021-03-24 € 5,50 — ministers België Curaçao café naïef Ĳssel",
)
MARKERS = ["#", "##", "-", "*", "1.", ">", "•", "date 2021-03", "\t", "   "]
# Zero-width and soft-hyphen characters, BOMs, control characters, astral letters.
ODD = ["\u200b", "\u00ad", "\ufeff", "\x0b", "\x0c", "\r", "\x00", "\U0001d518", "\u2028"]


def _xml_safe(text: str) -> bool:
    return all(char in "\t\n\r" or " " <= char <= "\ud7ff" or char >= "\ue000" for char in text)


PROSE = st.lists(
    st.sampled_from(WORDS) | st.sampled_from(ODD) | st.text(max_size=8), max_size=30
).map(" ".join)
LINES = st.lists(st.tuples(st.sampled_from(["", *MARKERS]), PROSE), max_size=12).map(
    lambda lines: "\n".join(f"{marker} {text}" if marker else text for marker, text in lines)
)
TEXT_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1", "cp1250"]

TAGS = re.findall(
    r"\S+",
    "p h1 h2 h3 h6 li ul ol blockquote div span article main section nav header footer aside "
    "script style title table tr td pre a b time figure figcaption noscript template svg iframe",
)
CHARSETS = ["utf-8", "latin-1", "windows-1252", "utf-16", "x-unknown", "", "utf-8\x00"]


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    attributes = st.sampled_from(
        ["", ' class="content"', ' id="main"', ' datetime="2021-03-24"', ' lang="nl"', ' x="<"']
    )
    return st.tuples(st.sampled_from(TAGS), attributes, st.lists(children, max_size=4)).map(
        lambda part: f"<{part[0]}{part[1]}>{''.join(part[2])}</{part[0]}>"
    )


LEAF = PROSE.map(html.escape) | PROSE | st.sampled_from(["<", "</p>", "<p", "&#0;", "<!--", "]]>"])
HTML_BODY = st.recursive(LEAF, _element, max_leaves=25)


@st.composite
def web_pages(draw: st.DrawFn) -> bytes:
    """A generated page, or the fixture page with something spliced in."""
    if draw(st.booleans()):
        head = (
            f'<meta charset="{draw(st.sampled_from(CHARSETS))}">'
            f"<title>{draw(PROSE)}</title>"
            f'<meta property="article:published_time" content="{draw(PROSE)}">'
        )
        page = f"<!DOCTYPE html><html><head>{head}</head><body>{draw(HTML_BODY)}</body></html>"
    else:
        page = documents.article_html()
        at = draw(st.integers(0, len(page)))
        page = page[:at] + draw(HTML_BODY) + page[at:]
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
    return page.encode(encoding, errors="replace")


@st.composite
def text_files(draw: st.DrawFn) -> bytes:
    """Text and Markdown in one of several encodings, or bytes of any kind."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=500))
    encoding = draw(st.sampled_from(TEXT_ENCODINGS))
    return draw(LINES).encode(encoding, errors="replace")


ARCHIVES = {
    "docx": documents.docx_bytes(),
    "odt": documents.odt_bytes(),
    "epub": documents.epub_bytes(),
}
BREAKAGE = st.sampled_from(["replace", "cut", "splice", "drop", "add", "rename", "empty"])


@st.composite
def damaged_archives(draw: st.DrawFn, kind: str) -> bytes:
    """The fixture document with one to three of its parts replaced, cut, broken or removed."""
    with zipfile.ZipFile(io.BytesIO(ARCHIVES[kind])) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    for _ in range(draw(st.integers(1, 3))):
        action = draw(BREAKAGE)
        position = draw(st.integers(0, len(entries) - 1)) if entries else 0
        if action == "add" or not entries:
            entries.append((draw(st.sampled_from(["word/x.xml", "content.xml", "a/b/c"])), b""))
            continue
        name, content = entries[position]
        if action == "drop":
            del entries[position]
        elif action == "rename":
            entries[position] = (name + draw(st.sampled_from(["x", "/", ".bak"])), content)
        elif action == "empty":
            entries[position] = (name, b"")
        elif action == "cut":
            entries[position] = (name, content[: draw(st.integers(0, len(content)))])
        elif action == "replace":
            entries[position] = (name, draw(st.binary(max_size=200)))
        else:
            at = draw(st.integers(0, len(content)))
            insert = draw(LEAF | _element(LEAF)).encode("utf-8", errors="replace")
            entries[position] = (name, content[:at] + insert + content[at:])
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    buffer = io.BytesIO()
    # Two parts of one name are part of what a damaged archive holds.
    with zipfile.ZipFile(buffer, "w", method) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


@st.composite
def word_documents(draw: st.DrawFn) -> bytes:
    """A valid Word document of generated paragraphs, styles and metadata."""
    import docx

    document = docx.Document()
    document.core_properties.title = draw(PROSE.filter(_xml_safe))
    for text in draw(st.lists(PROSE.filter(_xml_safe), max_size=6)):
        style = draw(st.sampled_from(["Normal", "Title", "Heading 1", "Quote", "List Bullet"]))
        document.add_paragraph(text, style=style)
    if draw(st.booleans()):
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = draw(PROSE.filter(_xml_safe))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _cp1252(text: str) -> str:
    return text.encode("cp1252", errors="ignore").decode("cp1252")


@st.composite
def pdfs(draw: st.DrawFn) -> bytes:
    """A PDF with generated lines and title, sometimes with bytes spliced into it."""
    lines = draw(st.lists(PROSE.map(_cp1252), max_size=8))
    title = draw(st.none() | PROSE.map(_cp1252))
    data = documents.pdf_bytes(lines, title=title)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=40)) + data[at + draw(st.integers(0, 40)) :]
    return data


def files_of(suffix: str) -> st.SearchStrategy[bytes]:
    """Inputs for one suffix: format-aware ones and a few random bytes."""
    kind = FORMATS[suffix]
    if kind in ("text", "markdown"):
        return text_files()
    strategy = {
        "html": web_pages(),
        "docx": damaged_archives("docx") | word_documents(),
        "odt": damaged_archives("odt"),
        "epub": damaged_archives("epub"),
        "pdf": pdfs(),
    }[kind]
    return strategy | st.binary(max_size=300)


SUFFIXES = [".txt", ".md", ".html", ".htm", ".docx", ".odt", ".epub", ".pdf"]
CASES = st.sampled_from(SUFFIXES).flatmap(
    lambda suffix: st.tuples(st.just(suffix), files_of(suffix))
)


def check_article(article: Article, suffix: str) -> None:
    """What the window and the exports rely on in every article."""
    text = article.text
    assert text.strip() and article.blocks
    assert article.title.strip(), "an article always has a title to show"
    assert article.format == FORMATS[suffix]
    assert article.blocks[0].start == 0 and article.blocks[-1].end == len(text)
    for block, following in zip(article.blocks, article.blocks[1:], strict=False):
        assert text[block.end : following.start] == "\n\n"
    for block in article.blocks:
        piece = article.block_text(block)
        if block.kind in VERBATIM_KINDS:
            # Code keeps the indent of its first line; no blank line opens or closes it.
            assert piece.strip() and piece == piece.rstrip() and not piece.startswith("\n")
        else:
            assert piece and piece == piece.strip()
    previous = 0
    for sentence in segment(article, "nl"):
        assert sentence.text == text[sentence.start : sentence.end] and sentence.text.strip()
        assert len(sentence.text) <= MAX_SENTENCE_CHARS
        assert sentence.start >= previous
        block = article.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
        previous = sentence.end


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", text))


@settings(suppress_health_check=SLOW)
@given(case=CASES)
# Edges kept on purpose: a BOM and a date before nothing but a no-break space; markers alone.
@example(case=(".txt", "\ufeff".encode() + b"date 2021-03\n\n\xc2\xa0"))
@example(case=(".md", b"# \n\n> \n\n- "))
@example(case=(".md", b"\t Het"))
def test_parsing_any_file_gives_an_article_or_a_message(case: tuple[str, bytes]) -> None:
    suffix, data = case
    name = f"fuzz{suffix}"
    kind = FORMATS[suffix]
    try:
        if kind in ("text", "markdown"):
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / name
                path.write_bytes(data)
                article = read_article(path)
        else:
            article = article_from_parsed(parse(kind, data, name), source=Path(name), format=kind)
    except ArticleError as error:
        assert name in str(error)
    else:
        check_article(article, suffix)


@settings(max_examples=SANDBOXED, suppress_health_check=SLOW)
@given(case=CASES)
def test_reading_any_file_through_the_sandbox(case: tuple[str, bytes]) -> None:
    suffix, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except ArticleError as error:
            assert path.name in str(error)
        else:
            check_article(article, suffix)
            assert article.source == path


@given(
    text=LINES.map(lambda text: text.replace("\x00", "")).filter(
        lambda text: not text.lstrip().startswith("date")
    )
)
def test_utf8_text_keeps_every_word(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "artikel.txt"
        path.write_bytes(text.encode("utf-8"))
        try:
            article = read_article(path)
        except ArticleError as error:
            assert not _words(text), error
            return
    assert article.encoding == "utf-8"
    assert _words(text) <= _words(article.text)


@settings(max_examples=max(10, EXAMPLES // 4))
@given(
    words=st.lists(
        st.sampled_from([word for word in WORDS if word.isalpha()])
        | st.text("abcé-", min_size=1, max_size=30),
        min_size=1,
    ),
    repeat=st.integers(1, 400),
)
# Once one "sentence" of 12,000 characters: minutes of translation that no cancel could stop.
@example(words=["woord"], repeat=2_000)
@example(words=["x" * 3_000], repeat=1)
def test_text_without_punctuation_becomes_bounded_sentences(words: list[str], repeat: int) -> None:
    text = " ".join(words * repeat)
    article = article_from_parsed(parse_text(text), source=None, format="text")
    sentences = segment(article, "nl")
    assert all(len(sentence.text) <= MAX_SENTENCE_CHARS for sentence in sentences)
    # Nothing is lost or repeated: the cuts fall between characters, mostly at spaces.
    assert "".join("".join(s.text.split()) for s in sentences) == "".join(article.text.split())
    assert len(sentences) <= len(article.text) // (MAX_SENTENCE_CHARS // 2) + 1
