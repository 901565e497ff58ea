"""Tests for the random-weight Argos packages that the other tests and the benchmarks use."""

import json
import zipfile
from pathlib import Path

import ctranslate2
import pytest
import sentencepiece as spm

from tests.support.argos_models import SHAPES, build_package, cached_package, install_package

SENTENCES = [
    "De ministers van Buitenlandse Zaken van de NAVO-lidstaten kwamen in Brussel bijeen.",
    "Hij was een zoon van kolonel De Morgan.",
    "Ja.",
]
MAX_LENGTH = 20


@pytest.fixture(scope="module")
def tiny_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_package(tmp_path_factory.mktemp("built"), "tiny")


def _tokenize(package_dir: Path, sentences: list[str]) -> list[list[str]]:
    processor = spm.SentencePieceProcessor(model_file=str(package_dir / "sentencepiece.model"))
    return [processor.encode(sentence, out_type=str) for sentence in sentences]


def test_package_is_a_zip_with_one_folder_holding_metadata_model_and_tokenizer(
    tiny_package: Path,
) -> None:
    assert tiny_package.name == "translate-nl_en-1_0.argosmodel"
    with zipfile.ZipFile(tiny_package) as archive:
        names = archive.namelist()
        metadata = json.loads(archive.read("translate-nl_en-1_0/metadata.json"))

    assert {name.split("/", 1)[0] for name in names} == {"translate-nl_en-1_0"}
    for member in ("model/model.bin", "model/config.json", "sentencepiece.model", "README.md"):
        assert f"translate-nl_en-1_0/{member}" in names
    assert metadata["from_code"] == "nl"
    assert metadata["to_code"] == "en"
    assert (metadata["from_name"], metadata["to_name"]) == ("Dutch", "English")
    assert metadata["code"] == "translate-nl_en"
    assert metadata["type"] == "translate"
    assert "target_prefix" not in metadata


def test_installed_model_translates_every_sentence_to_full_length_and_deterministically(
    tiny_package: Path, tmp_path: Path
) -> None:
    package_dir = install_package(tiny_package, tmp_path / "packages")
    translator = ctranslate2.Translator(str(package_dir / "model"), device="cpu")
    tokens = _tokenize(package_dir, SENTENCES)

    first = translator.translate_batch(tokens, max_decoding_length=MAX_LENGTH)
    second = translator.translate_batch(tokens, max_decoding_length=MAX_LENGTH)

    assert len(first) == len(SENTENCES)
    hypotheses = [result.hypotheses[0] for result in first]
    # </s> is never chosen, so even "Ja." runs to the length limit instead of stopping at once.
    assert [len(hypothesis) for hypothesis in hypotheses] == [MAX_LENGTH] * len(SENTENCES)
    assert hypotheses == [result.hypotheses[0] for result in second]


def test_argostranslate_reads_the_installed_package(
    tiny_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # argostranslate.settings creates its folders on import: point them at tmp_path first.
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    import argostranslate.package

    package_dir = install_package(tiny_package, tmp_path / "argos-packages")
    package = argostranslate.package.Package(package_dir)

    assert (package.from_code, package.to_code) == ("nl", "en")
    assert package.target_prefix == ""
    assert package.tokenizer.encode("Hij was een zoon.")


def test_target_prefix_is_written_to_metadata_and_known_to_the_model(tmp_path: Path) -> None:
    built = build_package(
        tmp_path, "tiny", to_code="de", package_version="1.2", target_prefix="__de__"
    )
    package_dir = install_package(built, tmp_path / "packages")
    metadata = json.loads((package_dir / "metadata.json").read_text(encoding="utf-8"))
    translator = ctranslate2.Translator(str(package_dir / "model"), device="cpu")

    results = translator.translate_batch(
        _tokenize(package_dir, SENTENCES[:1]), target_prefix=[["__de__"]], max_decoding_length=8
    )

    assert built.name == "translate-nl_de-1_2.argosmodel"
    # Codes without a known name keep the code as their name.
    assert (metadata["to_name"], metadata["target_prefix"]) == ("de", "__de__")
    hypothesis = results[0].hypotheses[0]
    # A prefix missing from the vocabulary would come back as <unk>.
    assert hypothesis[0] == "__de__"
    assert "__de__" not in hypothesis[1:]


def test_cached_package_is_built_once_and_then_reused(tmp_path: Path) -> None:
    first = cached_package("tiny", tmp_path)
    built_at = first.stat().st_mtime_ns

    second = cached_package("tiny", tmp_path)

    assert second == first
    assert second.stat().st_mtime_ns == built_at
    assert not list(tmp_path.rglob("*.partial"))


def test_unknown_shape_is_refused(tmp_path: Path) -> None:
    assert "huge" not in SHAPES
    with pytest.raises(ValueError, match="huge"):
        build_package(tmp_path, "huge")
