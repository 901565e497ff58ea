"""Kernpunt's Qt-free core: articles, segmentation, translation, models, brief and export.

Nothing in this package imports PySide6, so the same code serves the window, the command line
and the tests.
"""
