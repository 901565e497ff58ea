"""Kernpunt's window: every widget lives here; the work itself is done by kernpunt.core.

The PDF export (``kernpunt.qtexport``) is registered among the core's formats by the modules that
list or write exports (the export dialog, the export settings), not at start-up: the window's
first frame needs no export code.
"""
