"""Check that a folder's ICU libraries answer what Qt asks of them (run by check_bundle.py).

The bundle's ICU data is cut down to what Qt calls (``icu_data.py``). This loads the bundle's own
ICU libraries and calls the functions Qt Core imports from them, with the questions a Kernpunt
reader's Qt asks: Dutch and English collation (the file dialog's sorting), the single-byte code
pages of QStringDecoder, Dutch upper case, and a time zone's display names in Dutch and English.
Run in a process of its own, so no other ICU is loaded first. Exits non-zero with the reason on
the first wrong answer.

Usage: python packaging/pyinstaller/check_icu.py dist/kernpunt/_internal/PySide6/Qt/lib
"""

from __future__ import annotations

import ctypes
import functools
import sys
from pathlib import Path


class Icu:
    """The few ICU C functions Qt uses, from the libraries in one folder."""

    def __init__(self, folder: Path) -> None:
        common = next(folder.glob("libicuuc.so.*"))
        self.version = common.name.rsplit(".", 1)[1]
        self.common = ctypes.CDLL(str(common))
        self.i18n = ctypes.CDLL(str(folder / f"libicui18n.so.{self.version}"))

    def call(self, library: ctypes.CDLL, name: str, *args: object) -> tuple[int, int]:
        """Call an ICU function with a trailing status; return (result, status)."""
        status = ctypes.c_int(0)
        function = getattr(library, f"{name}_{self.version}")
        function.restype = ctypes.c_void_p if name.endswith("open") else ctypes.c_int
        result = function(*args, ctypes.byref(status))
        if status.value > 0:
            raise SystemExit(f"ICU check: {name}{args[-1:]!r} failed with error {status.value}")
        return result or 0, status.value


def uchars(text: str) -> ctypes.Array[ctypes.c_uint16]:
    """Return text as ICU's UTF-16 string."""
    units = text.encode("utf-16-le")
    return (ctypes.c_uint16 * (len(units) // 2 + 1)).from_buffer_copy(units + b"\0\0")


def text(buffer: ctypes.Array[ctypes.c_uint16], length: int) -> str:
    """Return the first ``length`` UTF-16 units of an ICU string."""
    return bytes(buffer)[: 2 * length].decode("utf-16-le")


def check_collation(icu: Icu) -> None:
    """Dutch and English sort accented and IJ words by ICU's root collation order."""
    strcoll = getattr(icu.i18n, f"ucol_strcoll_{icu.version}")
    strcoll.argtypes = [ctypes.c_void_p, *[ctypes.c_void_p, ctypes.c_int] * 2]
    words = ["zebra", "ijzer", "école", "Ärger", "IJs", "appel"]
    for locale in (b"nl", b"nl_BE", b"en_GB"):
        # Dutch and English have no tailoring of their own: both sort by ICU's root order.
        collator, _ = icu.call(icu.i18n, "ucol_open", locale)

        def compare(a: str, b: str, collator: int = collator) -> int:
            return int(strcoll(collator, uchars(a), -1, uchars(b), -1))

        ordered = sorted(words, key=functools.cmp_to_key(compare))
        getattr(icu.i18n, f"ucol_close_{icu.version}")(ctypes.c_void_p(collator))
        if ordered != ["appel", "Ärger", "école", "IJs", "ijzer", "zebra"]:
            raise SystemExit(f"ICU check: {locale.decode()} collation sorts {ordered}")


def check_converters(icu: Icu) -> None:
    """The Western single-byte code pages decode (the euro sign sits apart in each)."""
    cases = {
        b"windows-1252": (b"caf\xe9 \x80 5", "café € 5"),
        b"ISO-8859-15": (b"caf\xe9 \xa4 5", "café € 5"),
        b"IBM850": (b"caf\x82", "café"),
    }
    for name, (encoded, decoded) in cases.items():
        converter, _ = icu.call(icu.common, "ucnv_open", name)
        buffer = (ctypes.c_uint16 * 64)()
        to_uchars = getattr(icu.common, f"ucnv_toUChars_{icu.version}")
        status = ctypes.c_int(0)
        length = to_uchars(
            ctypes.c_void_p(converter), buffer, 64, encoded, len(encoded), ctypes.byref(status)
        )
        getattr(icu.common, f"ucnv_close_{icu.version}")(ctypes.c_void_p(converter))
        if status.value > 0 or text(buffer, length) != decoded:
            raise SystemExit(f"ICU check: {name.decode()} decodes {encoded!r} wrongly")


def check_case(icu: Icu) -> None:
    """Dutch upper case, with the special casing of ß."""
    buffer = (ctypes.c_uint16 * 64)()
    word = uchars("ijssel straße")
    length, _ = icu.call(icu.common, "u_strToUpper", buffer, 64, word, -1, b"nl")
    if text(buffer, length) != "IJSSEL STRASSE":
        raise SystemExit(f"ICU check: Dutch upper case gives {text(buffer, length)!r}")


def check_time_zones(icu: Icu) -> None:
    """Amsterdam's time zone has its Dutch and English names."""
    names = {b"nl": "Midden-Europese standaardtijd", b"en": "Central European Standard Time"}
    for locale, expected in names.items():
        zone = uchars("Europe/Amsterdam")
        calendar, _ = icu.call(icu.i18n, "ucal_open", zone, -1, locale, 0)
        buffer = (ctypes.c_uint16 * 128)()
        display = getattr(icu.i18n, f"ucal_getTimeZoneDisplayName_{icu.version}")
        status = ctypes.c_int(0)
        length = display(ctypes.c_void_p(calendar), 0, locale, buffer, 128, ctypes.byref(status))
        getattr(icu.i18n, f"ucal_close_{icu.version}")(ctypes.c_void_p(calendar))
        if status.value > 0 or text(buffer, length) != expected:
            raise SystemExit(f"ICU check: {locale.decode()} calls CET {text(buffer, length)!r}")


def main() -> None:
    """Ask the ICU libraries of the folder given on the command line."""
    icu = Icu(Path(sys.argv[1]).resolve())
    check_collation(icu)
    check_converters(icu)
    check_case(icu)
    check_time_zones(icu)
    print(f"ICU check: collation, code pages, case and time zone names answer (ICU {icu.version})")


if __name__ == "__main__":
    main()
