"""Kernpunt: an offline desktop reader for Dutch news."""

__version__ = "0.2.0"
