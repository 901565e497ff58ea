"""Kernpunt's terminal commands: the same core as the window, without Qt."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

# Registers the PDF export; Qt itself is imported only when a PDF is written.
import kernpunt.qtexport  # noqa: F401
from kernpunt import __version__, cli_batch, cli_models
from kernpunt.core.brief.choose import DEFAULT_METHOD, METHODS, BriefError, BriefLength
from kernpunt.core.errors import ReaderError
from kernpunt.core.export import (
    CONTENT_LABELS,
    DEFAULT_CONTENT,
    DEFAULT_FORMAT,
    FORMATS,
    check_target,
    export_document,
    render,
)
from kernpunt.core.formats.article import Article, read_article
from kernpunt.core.text.segment import segment


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for ``kernpunt segment|translate|models``."""
    parser = argparse.ArgumentParser(prog="kernpunt", description="Read Dutch news in English.")
    parser.add_argument("--version", action="version", version=f"kernpunt {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    seg = commands.add_parser(
        "segment",
        help="print an article's sentences, one per line",
        description="Exit status: 0 done, 1 the article cannot be read (the reason on stderr), "
        "2 usage, 130 interrupted. With --json, stdout holds one JSON object.",
    )
    seg.add_argument("article", type=Path)
    seg.add_argument("--language", default="nl", help="the article's language (default: nl)")
    seg.add_argument("--encoding", help="read a text file or web page in this encoding")
    seg.add_argument(
        "--json", action="store_true", help="print one JSON object: the sentences and offsets"
    )

    tra = commands.add_parser(
        "translate",
        help="translate articles and write their briefs",
        description="One article goes to stdout or -o FILE; any number of articles and folders "
        "(searched with their subfolders) go to --out DIR, one export each. Exit status: 0 all "
        "written, 1 some failed, 2 usage, 130 interrupted (finished exports are kept).",
    )
    tra.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="an article file, or a folder"
    )
    tra.add_argument(
        "-o",
        "--output",
        type=Path,
        help="file to write, or - for stdout (default: stdout; docx, odt and pdf need -o)",
    )
    labels = {key: format.label for key, format in FORMATS.items()}
    _add_choice(tra, "--format", labels, DEFAULT_FORMAT)
    _add_choice(tra, "--content", CONTENT_LABELS, DEFAULT_CONTENT)
    tra.set_defaults(usage_error=tra.error)
    tra.add_argument("--fast", action="store_true", help="greedy decoding instead of beam 4")
    tra.add_argument(
        "--brief-method",
        choices=list(METHODS),
        default=DEFAULT_METHOD,
        help=f"how the brief's sentences are chosen (default: {DEFAULT_METHOD})",
    )
    tra.add_argument(
        "--brief-length",
        type=_brief_length,
        default=BriefLength(3),
        metavar="N|P%",
        help="sentences in the brief (3) or a share of the article (20%%); default: 3",
    )
    cli_batch.add_arguments(tra)

    cli_models.add_parser(commands)
    return parser


def _add_choice(
    parser: argparse.ArgumentParser, flag: str, labels: dict[str, str], default: str
) -> None:
    """An option that takes one of the keys, each explained by its label in the help."""
    explained = "; ".join(f"{key}: {label}" for key, label in labels.items())
    parser.add_argument(
        flag, choices=list(labels), default=default, help=f"{explained} (default: {default})"
    )


def main(argv: list[str]) -> int:
    """Run one terminal command and return its exit status.

    0 done, 1 failed, 2 usage or a question that could not be asked, 130 interrupted. The
    reason goes to stderr. With ``--json``, stdout holds one JSON object once the command line
    is understood: the result, or ``{"error": ..., "exit_code": ...}`` with the same reason.
    """
    args = build_parser().parse_args(argv)
    try:
        if args.command == "segment":
            return _segment(args)
        if args.command == "translate":
            return _translate(args)
        return cli_models.run(args)
    except ReaderError as error:
        return _failed(args, str(error), cli_batch.EXIT_FAILED)
    except cli_models.StoppedError as stop:
        return _failed(args, str(stop), stop.code)
    except KeyboardInterrupt:
        return _failed(args, "interrupted.", cli_batch.EXIT_INTERRUPTED)


def _failed(args: argparse.Namespace, message: str, code: int) -> int:
    print(f"kernpunt: {message}", file=sys.stderr)
    if getattr(args, "json", False):
        cli_batch.print_json(cli_batch.error_record(message, code))
    return code


def _warn_if_not_dutch(article: Article) -> None:
    """Say on stderr, as the window does, that an article does not look Dutch; never refuse it."""
    if not article.looks_dutch:
        print(
            f"kernpunt: warning: “{article.title}” looks like it is not in Dutch "
            f"(detected: {article.language}). The translation may be poor.",
            file=sys.stderr,
        )


def _segment(args: argparse.Namespace) -> int:
    article = read_article(args.article, args.encoding)
    if args.language == "nl":
        _warn_if_not_dutch(article)
    sentences = segment(article, args.language)
    if args.json:
        record = {
            "source": str(args.article),
            "title": article.title,
            "encoding": article.encoding,
            # The sentences' start and end are offsets into this text, as Kernpunt read it.
            "text": article.text,
            "sentences": [asdict(sentence) for sentence in sentences],
        }
        cli_batch.print_json(record)
        return 0
    for sentence in sentences:
        print(" ".join(sentence.text.split()))
    return 0


def _translate(args: argparse.Namespace) -> int:
    from kernpunt.core.batch.run import process_store
    from kernpunt.core.document import segmented
    from kernpunt.core.pipeline import translate_article

    if cli_batch.wants_batch(args):
        return cli_batch.run(args, args.usage_error)
    if args.output is None and FORMATS[args.format].binary:
        args.usage_error(f"--format {args.format} makes a binary file: give it a name with -o FILE")
    to_stdout = args.output is None or str(args.output) == "-"
    if not to_stdout:
        check_target(args.output, args.paths[0])  # before minutes of translation, not after
    article = read_article(args.paths[0])
    _warn_if_not_dutch(article)
    translator = process_store().translator(mode="fast" if args.fast else "quality")
    document = translate_article(
        segmented(article),
        translator,
        brief_length=args.brief_length,
        brief_method=args.brief_method,
    )
    if args.output is None:
        sys.stdout.write(render(document, args.format, args.content).decode("utf-8"))
    elif to_stdout:
        sys.stdout.flush()
        sys.stdout.buffer.write(render(document, args.format, args.content))
        sys.stdout.buffer.flush()
    else:
        export_document(document, args.output, args.format, args.content)
    return 0


def _brief_length(text: str) -> BriefLength:
    try:
        return BriefLength.parse(text)
    except BriefError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
