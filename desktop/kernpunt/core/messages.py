"""The English text of every message a reader can be shown, by message id.

Templates take named values (``{name}``) filled by ``ReaderError``; the window may translate a
message by its id. Ids are stable: change a text freely, never an id still in use.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "export.make_folder": "Could not make the folder {folder}: {reason}.",
    "export.no_folder": "Could not export: the folder {folder} does not exist.",
    "export.unknown_format": "“{key}” is not a format Kernpunt exports; choose one of {known}.",
    "model.none": (
        "no Dutch → English model is installed; "
        "install one with 'kernpunt models install FILE.argosmodel'."
    ),
}
