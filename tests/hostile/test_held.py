"""The attack classes that held, kept holding: one representative each, and where the rest live.

Held and tested elsewhere (run by ``make test`` too):

- zip bombs and oversized packages: ``tests/unit/models/test_models.py``
  (``test_a_zip_bomb_that_lies_about_its_size_installs_nothing``,
  ``test_a_package_too_large_in_total``, ``test_too_many_entries``) and the fuzzing in
  ``tests/unit/models/test_fuzz_models.py``;
- path-traversal packages: ``test_bad_archives_install_nothing`` there;
- a full disk and short writes: ``tests/unit/export/test_export.py``
  (``test_full_disk_leaves_the_old_file_and_no_temporary``, ``test_full_disk_on_a_docx_export``),
  ``tests/gui/test_export_pdf.py``, and ``test_not_enough_disk_space`` for installs;
- read-only and immutable folders: ``test_read_only_folder_leaves_the_old_file`` and
  ``test_read_only_file_system_leaves_the_old_file_and_no_temporary``;
- kill points: ``tests/e2e/test_recovery.py`` (a killed window), ``tests/e2e/test_batch_cli.py``
  (an interrupted batch keeps finished exports only), and in this folder a SIGKILL mid-export,
  mid-replace and mid-download;
- cache corruption: ``tests/unit/engine/test_cache.py``
  (``test_a_corrupt_cache_file_is_replaced_with_a_notice``);
- races: ``tests/gui/test_races.py``;
- no network beyond loopback: the guard in ``tests/conftest.py``, ``tests/e2e/test_offline.py``
  and ``tests/unit/formats/test_formats_sandbox.py::test_the_child_has_no_network``.
"""

import io
import os
import zipfile
from pathlib import Path

import pytest

from kernpunt.core.formats.article import ArticleError, read_article
from kernpunt.core.models.packages import ModelError, install_package, packages_dir
from tests.support.documents import docx_bytes

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>\n"
)


def _only_packages_left() -> list[str]:
    folder = packages_dir()
    return sorted(os.listdir(folder)) if folder.exists() else []


def test_a_zip_bomb_package_installs_nothing(tmp_path: Path) -> None:
    bomb = tmp_path / "translate-nl_en-1_0.argosmodel"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("pkg/metadata.json", '{"from_code": "nl", "to_code": "en"}')
        zipped.writestr("pkg/model/model.bin", b"\0" * 50_000_000)
    with pytest.raises(ModelError, match="suspicious compression"):
        install_package(bomb)
    assert _only_packages_left() == []


@pytest.mark.parametrize(
    "name", ["../escaped/metadata.json", "pkg/../../escaped/model.bin", "/etc/x"]
)
def test_a_path_traversal_package_installs_nothing(tmp_path: Path, name: str) -> None:
    archive = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(name, b"{}")
    with pytest.raises(ModelError, match="unsafe"):
        install_package(archive)
    assert _only_packages_left() == []
    assert not (packages_dir().parent / "escaped").exists()


def test_entity_expansion_in_a_web_page_is_not_expanded(tmp_path: Path) -> None:
    page = tmp_path / "lol.html"
    body = "<html><body><p>De ministers kwamen bijeen. &lol9;</p></body></html>"
    page.write_text(BILLION_LAUGHS + body, encoding="utf-8")
    try:
        article = read_article(page)
    except ArticleError:
        return  # refused in the reader's words is as good as read without expanding
    assert "lollollol" not in article.text and len(article.text) < 10_000


def test_an_external_entity_in_a_word_file_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM-WACHTWOORD")
    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    evil = tmp_path / "xxe.docx"
    with zipfile.ZipFile(evil, "w") as zipped:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "word/document.xml":
                head, _, rest = data.partition(b"?>")
                doctype = f'<!DOCTYPE w [<!ENTITY xxe SYSTEM "file://{secret}">]>'.encode()
                data = (
                    head + b"?>" + doctype + rest.replace(b"Het kabinet", b"&xxe; Het kabinet", 1)
                )
            zipped.writestr(entry, data)
    try:
        article = read_article(evil)
    except ArticleError:
        return
    assert "GEHEIM" not in article.text
