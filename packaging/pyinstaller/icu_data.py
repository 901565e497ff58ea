"""ICU's data, cut down to what Qt asks of it in Kernpunt (used by kernpunt.spec).

PySide6's Qt carries ICU, whose data library (``libicudata.so.NN``, 31 MiB) holds one ICU
common-data package in a single symbol, ``icudtNN_dat``. Qt Core calls ICU for four things only
(its imports say so: ``readelf --dyn-syms libQt6Core.so.6``): collation (QCollator, which Qt's
file dialog sorts with), the character-set converters of QStringDecoder/QStringEncoder, a
locale's upper and lower case, and time zones' display names. Everything else in the package
serves ICU features Qt never calls (break iterators and their dictionaries, transliteration,
spelled-out numbers) or the other CLDR locales' names of languages, regions, currencies and units.

So the package is read out of the library, its items filtered (see ``keep``), and the rest
written back into a library with the same file name, soname and symbol, assembled and linked
with binutils' ``as`` and ``ld``. Dropped locales fall back to ICU's root data: a German
reader's file dialog sorts by the Unicode collation order (which suits German); a Chinese
reader's would not use Chinese order. Converters: the single-byte code pages are kept
(windows-1252, ISO-8859-15 and the rest), the multi-byte East Asian tables are dropped; the
UTF and Latin-1 converters are ICU code, not data.

The package format (ICU's ``udata`` common data, "CmnD"): a data header (its size in its first
two bytes), then a table of contents, a count followed by (name offset, data offset) pairs,
both relative to the end of the header, names sorted (ICU searches them by bisection), then the
names, then the items, each aligned to 16 bytes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# The locales whose data stays: ICU's root (every locale's last fallback), English and Dutch
# (Kernpunt's interface languages, with all their regional variants).
LOCALES = ("root", "en", "nl")
# Trees of the package Qt never reads: break iterators (Qt has its own text boundaries) and
# transliterators.
UNUSED_TREES = ("brkitr", "translit")
# A locale's file name: a 2- or 3-letter language with optional script/region/variant parts.
# (coll/de_.res is a helper of German collation); res_index.res, the list of installed
# locales, looks like one but is not.
LOCALE_FILE = re.compile(r"(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)\.res")
ALIGN = 16
# The byte ICU's own tools pad with (icupkg), so an unfiltered package is written back unchanged.
PAD = b"\xaa"


def _elf_symbol(library: bytes, prefix: bytes) -> tuple[bytes, int, int]:
    """Return (name, file offset, size) of the one dynamic symbol starting with ``prefix``."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a little-endian 64-bit ELF library")
    phoff, shoff = struct.unpack_from("<QQ", library, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", library, 0x36)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for index in range(size // entsize):
            name_at, _, _, _, value, length = struct.unpack_from(
                "<IBBHQQ", library, offset + index * entsize
            )
            name = library[strings + name_at : library.index(b"\0", strings + name_at)]
            if name.startswith(prefix) and length:
                for p in range(phnum):
                    kind_p, _, p_offset, p_vaddr, _, p_filesz = struct.unpack_from(
                        "<IIQQQQ", library, phoff + p * phentsize
                    )
                    if kind_p == 1 and p_vaddr <= value < p_vaddr + p_filesz:  # PT_LOAD
                        return name, value - p_vaddr + p_offset, length
    raise ValueError(f"no symbol {prefix.decode()}… in the library")


def read_library(path: Path) -> tuple[str, bytes]:
    """Return the data symbol's name and the common-data package inside an ICU data library."""
    library = path.read_bytes()
    name, offset, size = _elf_symbol(library, b"icudt")
    return name.decode(), library[offset : offset + size]


def unpack(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split a common-data package into its header and its (name, item) pairs, in order."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common-data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    table = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    body = package[header_size:]
    items = []
    for index, (name_at, data_at) in enumerate(table):
        name = body[name_at : body.index(b"\0", name_at)].decode("ascii")
        end = table[index + 1][1] if index + 1 < count else len(body)
        items.append((name, body[data_at:end]))
    return package[:header_size], items


def pack(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Write a common-data package from its header and (name, item) pairs (sorted by name)."""
    names = [name.encode("ascii") + b"\0" for name, _ in items]
    names_at = 4 + 8 * len(items)
    data_at = names_at + sum(map(len, names))
    data_at += -data_at % ALIGN
    table, blobs, name_offset, data_offset = [], [], names_at, data_at
    for name, (_, item) in zip(names, items, strict=True):
        table.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name)
        padded = item + PAD * (-len(item) % ALIGN)
        blobs.append(padded)
        data_offset += len(padded)
    body = struct.pack("<I", len(items)) + b"".join(table) + b"".join(names)
    body += PAD * (data_at - len(body))
    return header + body + b"".join(blobs)


def _single_byte_converter(item: bytes) -> bool:
    """Whether a converter table (.cnv) maps at most one byte per character."""
    header_size = struct.unpack_from("<H", item, 0)[0]
    # UConverterStaticData: structSize (4), name (60), codepage (4), platform, conversionType,
    # minBytesPerChar, maxBytesPerChar.
    return item[header_size + 71] == 1


def keep(name: str, item: bytes) -> bool:
    """Whether Qt may read this item of the package (its name without the package prefix)."""
    tree, _, leaf = name.rpartition("/")
    if tree in UNUSED_TREES:
        return False
    if leaf.endswith(".cnv"):
        return _single_byte_converter(item)
    if leaf != "res_index.res" and LOCALE_FILE.fullmatch(leaf):
        return leaf[:-4].split("_")[0] in LOCALES
    return True


def filtered(package: bytes) -> bytes:
    """Return the package with only the items ``keep`` keeps."""
    header, items = unpack(package)
    kept = [
        (name, item)
        for name, item in items
        if keep(name.split("/", 1)[1] if "/" in name else name, item)
    ]
    return pack(header, kept)


def write_library(package: bytes, symbol: str, soname: str, target: Path) -> None:
    """Write a shared library exporting ``package`` as ``symbol`` (needs binutils)."""
    missing = [tool for tool in ("as", "ld") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"{' and '.join(missing)} (binutils) missing: `make deps` installs it")
    # %object rather than @object: @ starts a comment in some targets' assembler syntax.
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "data.bin").write_bytes(package)
        (folder / "data.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, %object\n"
            f'\t.balign {ALIGN}\n{symbol}:\n\t.incbin "data.bin"\n'
            f"\t.size {symbol}, {len(package)}\n"
            '\t.section .note.GNU-stack,"",%progbits\n'
        )
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=folder, check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", str(target.resolve()), "data.o"],
            cwd=folder,
            check=True,
        )


def shrink(library: Path) -> tuple[int, int]:
    """Replace an ICU data library by one with the filtered package; return sizes before/after."""
    before = library.stat().st_size
    symbol, package = read_library(library)
    smaller = library.with_name(library.name + ".filtered")
    write_library(filtered(package), symbol, library.name, smaller)
    smaller.replace(library)
    return before, library.stat().st_size
