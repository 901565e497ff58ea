"""Kernpunt's window: every widget lives here; the work itself is done by kernpunt.core."""

# Registers the PDF export among the core's formats before any dialog or setting lists them.
import kernpunt.qtexport  # noqa: F401
