"""Kernpunt's terminal commands: the same core as the window, without Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kernpunt import __version__
from kernpunt.core.article import ArticleError, read_article
from kernpunt.core.export import ExportError, render_markdown, write_atomic
from kernpunt.core.models import ModelError, find_package, install_package, installed_packages
from kernpunt.core.segment import segment


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for ``kernpunt segment|translate|models``."""
    parser = argparse.ArgumentParser(prog="kernpunt", description="Read Dutch news in English.")
    parser.add_argument("--version", action="version", version=f"kernpunt {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    seg = commands.add_parser("segment", help="print an article's sentences, one per line")
    seg.add_argument("article", type=Path)
    seg.add_argument("--language", default="nl", help="the article's language (default: nl)")

    tra = commands.add_parser("translate", help="translate an article and write its brief")
    tra.add_argument("article", type=Path)
    tra.add_argument("-o", "--output", type=Path, help="Markdown file to write (default: stdout)")
    tra.add_argument("--fast", action="store_true", help="greedy decoding instead of beam 4")

    models = commands.add_parser("models", help="list or install translation models")
    actions = models.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="list the installed models")
    install = actions.add_parser("install", help="install a model from an .argosmodel file")
    install.add_argument("file", type=Path)
    install.add_argument("--replace", action="store_true", help="replace a model of that name")
    return parser


def main(argv: list[str]) -> int:
    """Run one terminal command and return its exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "segment":
            return _segment(args)
        if args.command == "translate":
            return _translate(args)
        return _models(args)
    except (ArticleError, ModelError, ExportError) as error:
        print(f"kernpunt: {error}", file=sys.stderr)
        return 1


def _segment(args: argparse.Namespace) -> int:
    article = read_article(args.article)
    for sentence in segment(article, args.language):
        print(" ".join(sentence.text.split()))
    return 0


def _translate(args: argparse.Namespace) -> int:
    from kernpunt.core.pipeline import translate_article
    from kernpunt.core.translate import Translator

    article = read_article(args.article)
    package = find_package("nl", "en")
    if package is None:
        raise ModelError(
            "no Dutch → English model is installed; "
            "install one with 'kernpunt models install FILE.argosmodel'."
        )
    translator = Translator(package, mode="fast" if args.fast else "quality")
    document = translate_article(article, translator)
    markdown = render_markdown(document)
    if args.output is None:
        sys.stdout.write(markdown)
    else:
        write_atomic(args.output, markdown.encode("utf-8"))
    return 0


def _models(args: argparse.Namespace) -> int:
    if args.action == "install":
        package = install_package(args.file, replace=args.replace)
        print(f"Installed {package.label} ({package.code}) in {package.path}")
        return 0
    packages = installed_packages()
    if not packages:
        print("No translation models are installed.")
    for package in packages:
        print(f"{package.code}\t{package.version}\t{package.label}\t{package.path}")
    return 0
