import os
import time
from pathlib import Path

import pytest

from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.formats import parse, sandbox
from kernpunt.core.formats.article import ArticleError, read_article
from tests.support import documents


def test_a_parse_that_hangs_is_stopped_with_a_message() -> None:
    started = time.monotonic()
    with pytest.raises(ArticleError, match=r"“traag\.pdf” took too long to read"):
        sandbox.run_limited(time.sleep, 60, name="traag.pdf", timeout=0.5)
    assert time.monotonic() - started < 10


def test_read_article_keeps_to_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stuk.docx"
    path.write_bytes(documents.docx_bytes())
    monkeypatch.setattr(sandbox, "PARSE_TIMEOUT_SECONDS", 0.001)
    with pytest.raises(ArticleError, match="took too long to read"):
        read_article(path)


def test_a_child_that_dies_gives_a_message() -> None:
    with pytest.raises(ArticleError, match="reading it stopped unexpectedly"):
        sandbox.run_limited(os._exit, 3, name="kapot.epub")


def test_a_cancelled_parse_stops_at_once() -> None:
    token = CancelToken()
    token.cancel()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        sandbox.run_limited(time.sleep, 60, name="lang.pdf", cancel=token)
    assert time.monotonic() - started < 10


def test_the_child_has_no_network() -> None:
    result = sandbox.run_limited(documents.network_attempt, name="pagina.html")
    assert result == "Kernpunt reads documents without the network"


def test_results_and_reader_messages_cross_from_the_child() -> None:
    parsed = sandbox.run_limited(parse, "pdf", documents.pdf_bytes(), "a.pdf", None, name="a.pdf")
    assert parsed.title == documents.TITLE
    with pytest.raises(ArticleError, match="no text layer"):
        sandbox.run_limited(parse, "pdf", documents.pdf_bytes([]), "b.pdf", None, name="b.pdf")
