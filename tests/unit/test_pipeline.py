from pathlib import Path

from kernpunt.core.article import read_article
from kernpunt.core.cancel import CancelToken
from kernpunt.core.models import find_package
from kernpunt.core.pipeline import translate_article
from kernpunt.core.translate import Translator


def test_sample_is_translated_and_briefed(sample: Path, installed_model: Path) -> None:
    package = find_package()
    assert package is not None
    document = translate_article(read_article(sample), Translator(package))
    assert len(document.translations) == len(document.sentences) == 15
    assert document.complete
    assert document.brief is not None and document.brief.length == 3
    assert all(0 <= i < 15 for i in document.brief.indices)
    assert document.package == package


def test_cancelled_translation_has_no_brief(sample: Path, installed_model: Path) -> None:
    package = find_package()
    assert package is not None
    token = CancelToken()
    document = translate_article(
        read_article(sample),
        Translator(package),
        on_result=lambda index, text: token.cancel(),
        cancel=token,
    )
    assert not document.complete
    assert document.translations[0]
    assert document.brief is None
