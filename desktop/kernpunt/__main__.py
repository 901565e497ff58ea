"""The ``kernpunt`` command: the window, or one of the terminal commands."""

from __future__ import annotations

import sys

COMMANDS = frozenset({"segment", "translate", "models"})


def main(argv: list[str] | None = None) -> int:
    """Run Kernpunt with the given arguments and return its exit status."""
    if getattr(sys, "frozen", False):
        # A bundled Kernpunt starts itself again as the fork server that reads documents
        # (kernpunt.core.formats.sandbox); this turns such a start into that helper and exits it.
        import multiprocessing

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in COMMANDS:
        from kernpunt import cli

        return cli.main(args)
    from kernpunt.ui import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
