"""Kernpunt's window: every widget lives here; the work itself is done by kernpunt.core."""
