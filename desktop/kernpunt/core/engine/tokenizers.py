"""The tokenizers of Argos packages: SentencePiece and BPE, with decodes that keep the text.

argostranslate's SentencePiece decode replaces every ``_`` with a space, so ``snake_case`` comes
back as ``snake case``; ours returns what the model wrote. BPE packages (subword-nmt codes with
Moses tokenization) use argostranslate's own tokenizer, whose decode has no such bug.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from kernpunt.core.models.packages import InstalledPackage, ModelError


class Tokenizer(Protocol):
    """Turns a sentence into model tokens and model tokens back into text."""

    def encode(self, text: str) -> list[str]:
        """Split a sentence into the model's tokens."""
        ...

    def decode(self, tokens: list[str]) -> str:
        """Join the model's tokens into text."""
        ...


class SentencePieceTokenizer:
    """SentencePiece with a faithful decode."""

    def __init__(self, path: Path) -> None:
        import sentencepiece

        self._processor = sentencepiece.SentencePieceProcessor(model_file=str(path))

    def encode(self, text: str) -> list[str]:
        """Split a sentence into pieces."""
        return list(self._processor.encode(text, out_type=str))

    def decode(self, tokens: list[str]) -> str:
        """Join pieces into text, underscores and all."""
        return str(self._processor.decode_pieces(tokens))


class BPETokenizer:
    """A subword-nmt BPE package's tokenizer, loaded eagerly so a broken file fails at once."""

    def __init__(self, path: Path, from_code: str, to_code: str) -> None:
        from argostranslate.tokenizer import BPETokenizer as ArgosBPE

        self._tokenizer: Any = ArgosBPE(path, from_code, to_code)
        # argostranslate loads on first use; a bad codes file should fail while loading instead.
        self._tokenizer.lazy_load()

    def encode(self, text: str) -> list[str]:
        """Moses-tokenize the sentence and split its words into BPE units."""
        return [str(token) for token in self._tokenizer.encode(text)]

    def decode(self, tokens: list[str]) -> str:
        """Join BPE units and Moses-detokenize them."""
        if tokens and tokens[-1].endswith("@@"):
            # An output cut off at the length bound can end inside a word; there is nothing
            # left to join the last unit to.
            tokens = [*tokens[:-1], tokens[-1].removesuffix("@@")]
        return str(self._tokenizer.decode(tokens))


def load_tokenizer(package: InstalledPackage) -> Tokenizer:
    """Load a package's tokenizer.

    Args:
        package: The installed package.

    Returns:
        Its SentencePiece or BPE tokenizer.

    Raises:
        ModelError: The package has no tokenizer, or it cannot be read.
    """
    path = package.tokenizer_path
    try:
        if path.name == "sentencepiece.model":
            return SentencePieceTokenizer(path)
        return BPETokenizer(path, package.from_code, package.to_code)
    except (OSError, RuntimeError, ValueError, UnicodeDecodeError) as error:
        raise ModelError("model.tokenizer", name=package.label, reason=error) from error
