"""Word and PDF documents: how many of their words Kernpunt reads, and how many it adds.

Each test document holds one feature (tracked insertions, hyperlinks, text boxes, content
controls, tables, footnotes; running headers, bullets, headings, OCR text layers, tight word
spacing, kerning) and its text is known word for word (``tests/support/feature_documents.py``,
the same files the tests hold Kernpunt to). Word recall is the share of the document's words a
reader returns, precision the share of what it returns that is the document's; words are compared as
case-folded multisets, so a glued pair ("LoretoPrado") costs both. Kernpunt reads each file as
the window does (``read_article``, in its sandbox); beside it in the same run: python-docx's
paragraph text for Word, and pypdf's plain and layout modes, pdfminer.six and pypdfium2 for
PDF. When LibreOffice is installed, every Word document is also turned into a PDF by it
(``soffice --headless --convert-to pdf``) and read as a PDF. PDFs found on this machine
(``--real``) are scored against poppler's ``pdftotext`` as the independent reading.

Usage: python benchmarks/documents.py [--real PDF...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from results import record  # benchmarks/ is a folder of scripts, not a package
from tests.support.feature_documents import (
    FeatureDocument,
    pdf_documents,
    recall_precision,
    word_by_word,
    word_documents,
)

Reader = Callable[[Path], str]
# Gaps between words, in ems, of the sweep: where does each reader start reading words apart?
GAPS = (0.06, 0.08, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.20)
REAL_PDFS = (
    Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
    Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"),
)


def kernpunt(path: Path) -> str:
    """Kernpunt's reading, as the window gets it."""
    from kernpunt.core.formats.article import read_article

    return read_article(path).text


def python_docx(path: Path) -> str:
    """python-docx's paragraphs, the way most scripts read a Word file."""
    import docx

    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)


def pypdf_plain(path: Path) -> str:
    """The default extraction of pypdf."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def pypdf_layout(path: Path) -> str:
    """The layout mode of pypdf, which places text by its coordinates."""
    from pypdf import PdfReader

    pages = PdfReader(path).pages
    return "\n".join(page.extract_text(extraction_mode="layout") for page in pages)


def pdfminer_six(path: Path) -> str:
    """pdfminer.six with its default layout analysis."""
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def pypdfium2(path: Path) -> str:
    """PDFium's text pages (pypdfium2)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(
            str(document[index].get_textpage().get_text_range()) for index in range(len(document))
        )
    finally:
        document.close()


def pdftotext(path: Path) -> str:
    """The pdftotext of poppler: the independent reading of PDFs found on this machine."""
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return run.stdout.decode("utf-8", "replace")


def available(readers: dict[str, tuple[Reader, str]]) -> dict[str, Reader]:
    """The readers whose library is installed; the others are named on stdout."""
    found = {}
    for name, (reader, module) in readers.items():
        try:
            __import__(module)
        except ImportError:
            print(f"{name} is not installed (pip install '.[bench]'); measured without it.")
            continue
        found[name] = reader
    return found


def libreoffice_pdfs(documents: list[FeatureDocument], folder: Path) -> list[FeatureDocument]:
    """The Word documents as LibreOffice prints them to PDF; empty when it is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return []
    sources = []
    for number, document in enumerate(documents):
        source = folder / f"lo-{number}.docx"
        source.write_bytes(document.data)
        sources.append(source)
    profile = folder / "profile"  # its own profile: another LibreOffice may be running
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, sources),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    converted = []
    for source, document in zip(sources, documents, strict=True):
        pdf = source.with_suffix(".pdf")
        if pdf.exists():
            feature = f"{document.feature}, PDF from LibreOffice"
            data = pdf.read_bytes()
            converted.append(replace(document, feature=feature, suffix=".pdf", data=data))
    return converted


def measure(
    path: Path, expected: str, readers: dict[str, Reader], *, timed: bool = False
) -> dict[str, str]:
    """Each reader's recall / precision on one file (and its time, if asked), or why it failed."""
    cells = {}
    for name, reader in readers.items():
        started = time.perf_counter()
        try:
            text = reader(path)
        except Exception as error:  # a reader that fails on a file is a figure too
            cells[name] = f"failed ({type(error).__name__})"
            continue
        seconds = time.perf_counter() - started
        recall, precision = recall_precision(text, expected)
        cells[name] = f"{recall:.3f} / {precision:.3f}" + (f" ({seconds:.2f} s)" if timed else "")
    return cells


def table(title: str, rows: list[tuple[str, dict[str, str]]], names: list[str]) -> list[str]:
    """A Markdown table: one row per document, one column per reader."""
    lines = [
        f"| {title} | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for feature, cells in rows:
        lines.append(f"| {feature} | " + " | ".join(cells.get(name, "–") for name in names) + " |")
    return lines


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--real", nargs="*", type=Path, help="PDFs found on this machine")
    args = options.parse_args()
    real = [path for path in (args.real if args.real is not None else REAL_PDFS) if path.exists()]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    word_readers: dict[str, Reader] = {"Kernpunt": kernpunt, "python-docx paragraphs": python_docx}
    pdf_readers: dict[str, Reader] = {
        "Kernpunt": kernpunt,
        **available(
            {
                "pypdf plain": (pypdf_plain, "pypdf"),
                "pypdf layout": (pypdf_layout, "pypdf"),
                "pdfminer.six": (pdfminer_six, "pdfminer"),
                "pypdfium2": (pypdfium2, "pypdfium2"),
            }
        ),
    }
    words_docs, pdf_docs = word_documents(), pdf_documents()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        # LibreOffice draws no text box without an anchor and a size, and the test document's
        # boxes have neither: as a PDF it would hold only the paragraphs around them.
        printable = [doc for doc in words_docs if not doc.feature.startswith("text boxes")]
        converted = libreoffice_pdfs(printable, folder)
        word_rows = [
            (doc.feature, measure(_saved(doc, folder), doc.expected, word_readers))
            for doc in words_docs
        ]
        pdf_rows = [
            (doc.feature, measure(_saved(doc, folder), doc.expected, pdf_readers))
            for doc in [*pdf_docs, *converted]
        ]
        gap_rows = [
            (f"{gap:.2f} em", measure(_saved(doc, folder), doc.expected, pdf_readers))
            for gap in GAPS
            for doc in [word_by_word(f"gap {gap}", gap)]
        ]
    real_rows = []
    if real and shutil.which("pdftotext"):
        for path in real:
            cells = measure(path, pdftotext(path), pdf_readers, timed=True)
            real_rows.append((f"{path.name} ({_pages(path)} pages)", cells))
    notes = [
        f"Word recall / word precision against the text each document was written with. "
        f"Load average before: {load:.2f}; {time.perf_counter() - started:.0f} s in all.",
        "",
        *table("Word document", word_rows, list(word_readers)),
        "",
        *table("PDF", pdf_rows, list(pdf_readers)),
        "",
    ]
    notes += [
        "The same text layer with every word placed on its own and no space written, swept "
        "over the gap between words (Helvetica 11; its space is 0.28 em):",
        "",
        *table("gap between words", gap_rows, list(pdf_readers)),
        "",
        "Kernpunt reads a gap wider than 0.1 em between two pieces of text as a space, from "
        "where pypdf's layout mode places them (pdfminer.six splits at about the same gap); "
        "pypdf's plain and layout modes need half the font's space (0.14 em in Helvetica) and "
        "PDFium's text page about 0.2 em, so tighter gaps glue there. A gap of 0.10 em is "
        "the edge: a word's letters kerned apart by up to 0.06 em stay one word (the kerning "
        "row above).",
        "",
    ]
    if converted:
        notes += [
            "LibreOffice prints tracked deletions struck through and footnote numbers, and every "
            "PDF reader reads them: they cost precision in those rows. The text-box document is "
            "not printed (its hand-written boxes have no anchor, so LibreOffice draws none).",
            "",
        ]
    else:
        notes += [
            "LibreOffice (`soffice`) was not found: the Word documents were not made into "
            "PDFs and read as such.",
            "",
        ]
    if real_rows:
        notes += [
            "PDFs found on this machine, against poppler's `pdftotext` (running headers and "
            "page numbers, which Kernpunt leaves out, count against its recall), with each "
            "reader's time for the whole file (Kernpunt's includes starting its sandboxed "
            "child, and reading again, by the position of every piece of text, each page whose "
            "plain reading shows signs of glued words):",
            "",
            *table("PDF on this machine", real_rows, list(pdf_readers)),
            "",
        ]
    record(
        "documents",
        "Word and PDF documents: words read",
        "python benchmarks/documents.py",
        notes[:-1],
    )


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _saved(document: FeatureDocument, folder: Path) -> Path:
    path = folder / f"{abs(hash(document.feature))}{document.suffix}"
    path.write_bytes(document.data)
    return path


if __name__ == "__main__":
    main()
