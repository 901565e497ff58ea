"""``kernpunt models``: list, install, download and remove translation models from a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kernpunt import cli_batch
from kernpunt.core.models.packages import (
    InstalledPackage,
    ModelError,
    Package,
    install_package,
    installed_packages,
    package_size,
    packages_dir,
    remove_package,
    scan_packages,
)

if TYPE_CHECKING:
    from kernpunt.core.models.download import DownloadProgress
    from kernpunt.core.models.index import AvailablePackage


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``models`` and its actions to the command parser."""
    models = commands.add_parser(
        "models",
        help="list, install, download or remove translation models",
        description="Exit status: 0 done, 1 failed (the reason on stderr), 2 usage or a question "
        "that could not be asked, 130 interrupted. With --json, stdout holds one JSON object.",
    )
    actions = models.add_subparsers(dest="action", required=True)
    listing = actions.add_parser(
        "list", help="list the installed models with version, size and folder"
    )
    _add_json(listing, "the installed models")
    install = actions.add_parser("install", help="install a model from an .argosmodel file")
    install.add_argument("file", type=Path)
    install.add_argument("--replace", action="store_true", help="replace a model of that name")
    _add_json(install, "the installed model")
    download = actions.add_parser(
        "download", help="download a model from the Argos package index (uses the network)"
    )
    download.add_argument(
        "code", nargs="?", help="the model, such as nl_en; without it, list the models offered"
    )
    download.add_argument(
        "--index",
        metavar="URL",
        help="the index address (default: $ARGOS_PACKAGE_INDEX or Argos's)",
    )
    download.add_argument("--replace", action="store_true", help="replace an installed version")
    download.add_argument(
        "--timeout", type=float, default=30.0, help="seconds to wait for the server (default: 30)"
    )
    _add_json(download, "the models offered, or the installed model; never asks")
    remove = actions.add_parser("remove", help="remove an installed model")
    remove.add_argument("code", help="the model, such as nl_en or translate-nl_en")
    remove.add_argument("-y", "--yes", action="store_true", help="remove without asking")
    _add_json(remove, "the removed models; never asks, so it needs --yes")


def _add_json(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--json", action="store_true", help=f"print one JSON object on stdout: {what}"
    )


class StoppedError(Exception):
    """A command stopped before it was done; the message is for the reader.

    Attributes:
        code: The exit status.
    """

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def run(args: argparse.Namespace) -> int:
    """Run a ``models`` action and return its exit status."""
    if args.action == "install":
        package = install_package(args.file, replace=args.replace)
        return _report_installed(args, package)
    if args.action == "download":
        return _models_download(args)
    if args.action == "remove":
        return _models_remove(args)
    packages, skipped = scan_packages()
    for reason in skipped:
        print(f"kernpunt: skipped {reason}", file=sys.stderr)
    if args.json:
        records = [_package_record(package) for package in packages]
        cli_batch.print_json({"folder": str(packages_dir()), "models": records, "skipped": skipped})
        return 0
    if not packages:
        print("No translation models are installed.")
    for package in packages:
        size = _megabytes(package_size(package))
        print(f"{package.code}\t{package.version}\t{package.label}\t{size}\t{package.path}")
    return 0


def _models_download(args: argparse.Namespace) -> int:
    from kernpunt.core.models.download import download_package
    from kernpunt.core.models.index import fetch_index, index_url

    offered = fetch_index(args.index, timeout=args.timeout)
    if args.code is None:
        return _list_offered(args, index_url(args.index), offered)
    chosen = next((item for item in offered if _names(args.code, item.code, item.pair)), None)
    if chosen is None:
        raise ModelError("models.not_offered", code=args.code)
    installed = [p for p in installed_packages() if p.code == chosen.code]
    if installed and not args.replace:
        question = f"Replace the installed {installed[0].label} with version {chosen.version}?"
        if not _ask(args, question, f"{installed[0].label} is installed; pass --replace."):
            return cli_batch.EXIT_FAILED
    try:
        package = download_package(
            chosen, _print_download, timeout=args.timeout, replace=bool(installed)
        )
    except KeyboardInterrupt:
        if sys.stderr.isatty():
            print(file=sys.stderr)  # ends the progress line
        # download_package removes its partial file on the way out, whatever stopped it.
        raise StoppedError(
            "download cancelled; nothing was installed.", cli_batch.EXIT_INTERRUPTED
        ) from None
    return _report_installed(args, package)


def _list_offered(args: argparse.Namespace, url: str, offered: list[AvailablePackage]) -> int:
    if args.json:
        versions: dict[str, list[str]] = {}
        for package in installed_packages():
            versions.setdefault(package.code, []).append(package.version)
        records = [_offer_record(item, versions.get(item.code, [])) for item in offered]
        cli_batch.print_json({"index": url, "models": records})
        return 0
    for item in offered:
        size = _megabytes(item.size) if item.size else "size unknown"
        print(f"{item.pair}\t{item.version}\t{item.from_name} → {item.to_name}\t{size}")
    return 0


def _report_installed(args: argparse.Namespace, package: InstalledPackage) -> int:
    if args.json:
        cli_batch.print_json({"installed": _package_record(package)})
    else:
        print(f"Installed {package.label} ({package.code}) in {package.path}")
    return 0


def _models_remove(args: argparse.Namespace) -> int:
    matches = [p for p in installed_packages() if _names(args.code, p.code, p.pair)]
    if not matches:
        raise ModelError("models.not_installed", code=args.code)
    refusal = "not removed; pass --yes to remove without asking."
    removed = []
    for package in matches:
        question = f"Remove {package.label} from {package.path}?"
        if not args.yes and not _ask(args, question, refusal):
            return cli_batch.EXIT_FAILED
        record = _package_record(package)
        remove_package(package)
        removed.append(record)
        if not args.json:
            print(f"Removed {package.label} ({package.code})")
    if args.json:
        cli_batch.print_json({"removed": removed})
    return 0


def _package_record(package: InstalledPackage) -> dict[str, object]:
    """An installed model as ``--json`` prints it."""
    return _record(package) | {"size_bytes": package_size(package), "path": str(package.path)}


def _offer_record(item: AvailablePackage, installed_versions: list[str]) -> dict[str, object]:
    """A model the index offers as ``--json`` prints it; size_bytes is None when unknown."""
    return _record(item) | {"size_bytes": item.size, "installed_versions": installed_versions}


def _record(package: Package) -> dict[str, object]:
    """What ``--json`` says of any model, installed or offered."""
    return {
        "code": package.code,
        "pair": package.pair,
        "from_code": package.from_code,
        "to_code": package.to_code,
        "from_name": package.from_name,
        "to_name": package.to_name,
        "version": package.version,
        "label": package.label,
    }


def _names(given: str, code: str, pair: str) -> bool:
    """Whether what the reader typed names a model: ``translate-nl_en``, ``nl_en`` or ``nl-en``."""
    return given in (code, pair) or given.replace("-", "_") == pair


def _ask(args: argparse.Namespace, question: str, refusal: str) -> bool:
    """Ask a yes/no question on the terminal and return the answer.

    Raises:
        StoppedError: With status 2 and ``refusal`` as the reason, when the question cannot be
            asked: there is no terminal, or the output is ``--json`` for a script.
    """
    answer = None if args.json else _confirm(question)
    if answer is None:
        raise StoppedError(refusal, cli_batch.EXIT_USAGE)
    return answer


def _confirm(question: str) -> bool | None:
    """Ask a yes/no question on the terminal; None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    # The question goes to stderr with the other messages: stdout carries data only.
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        return input().strip().lower() in ("y", "yes", "j", "ja")
    except EOFError:
        return False


def _print_download(progress: DownloadProgress) -> None:
    parts = [_megabytes(progress.done)]
    if progress.total and progress.fraction is not None:
        parts = [f"{progress.fraction:.0%} of {_megabytes(progress.total)}"]
    parts.append(f"{progress.bytes_per_second / 1024**2:.1f} MB/s")
    if progress.seconds_left is not None:
        parts.append(f"{progress.seconds_left:.0f} s left")
    end = "\r" if sys.stderr.isatty() else "\n"
    print("Downloading: " + ", ".join(parts), end=end, file=sys.stderr, flush=True)


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f} MB"
