"""Argos Translate packages: the installed ones, the package index and downloads."""
