"""Real Argos Translate packages with random weights, for tests and benchmarks.

No real model can be downloaded where the tests run, so this module builds one the way Argos ships
them: a SentencePiece model trained on the Dutch text in ``tests/data/``, a CTranslate2 Transformer
with seeded random weights, and a ``metadata.json``, zipped as an ``.argosmodel``. Its output is
noise, so tests assert structure and never wording. The end-of-sentence logit is pushed far down,
so every translation runs to ``max_decoding_length`` and is never empty.

Shapes:
    tiny: 2+2 layers, d_model 64, 4 heads, FFN 128, 512 pieces, int8; 0.4 MB, built in about
        half a second. For unit and GUI tests. 3.27 tokens per Dutch word.
    nlen: the shape of Argos's ``translate-nl_en-1_8`` (an OPUS-MT Marian model): 6+6 layers,
        d_model 512, 8 heads, FFN 2048, swish, post-norm, sinusoidal positions, tied embeddings,
        67,028 vocabulary entries, int8; 84 MB, built in about 3 s with a 0.5 GB peak. For
        benchmarks only. 1.47 tokens per Dutch word with 6,000 pieces: a unigram model cannot
        hold more than about 6,020 pieces of this corpus, and 8,000 BPE pieces would give only
        1.31 tokens per word, where a real model gives about 1.5.

Tokens per word are measured on ``lassy-long-5k-words.nl.txt`` by ``benchmarks/build_models.py``.
"""

import hashlib
import io
import itertools
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm

SHAPES = ("tiny", "nlen")

_REPO = Path(__file__).resolve().parents[2]
_DEFAULT_CACHE = _REPO / ".cache" / "test-models"
_DATA = _REPO / "tests" / "data"
_TREEBANK = _DATA / "nl_lassysmall-ud-test.conllu"
# The long treebank document and the article Kernpunt shows on first start (tests/data/README.md).
_SAMPLES = (
    _DATA / "lassy-long-5k-words.nl.txt",
    _REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt",
)

_LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}
# Far enough below any random logit that the token is never chosen, small enough to stay finite
# in float16 should a caller run the model with compute_type="int8_float16".
_BANNED_LOGIT = -1e4
# Fixed zip timestamps make a package byte-identical for the same arguments.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class _Shape:
    """Hyperparameters of one package shape.

    Attributes:
        layers: Encoder layers, and as many decoder layers.
        d_model: Width of the embeddings and hidden states.
        heads: Attention heads.
        ffn: Inner width of the feed-forward blocks.
        pieces: SentencePiece vocabulary size asked of the trainer.
        vocab_size: Model vocabulary after padding with filler tokens; 0 keeps the pieces only.
        position_table: Store the sinusoidal position table in the model, as converted Marian
            models do; without it CTranslate2 computes the table on load.
    """

    layers: int
    d_model: int
    heads: int
    ffn: int
    pieces: int
    vocab_size: int
    position_table: bool


_SHAPE_PARAMS = {
    "tiny": _Shape(2, 64, 4, 128, pieces=512, vocab_size=0, position_table=False),
    "nlen": _Shape(6, 512, 8, 2048, pieces=6000, vocab_size=67_028, position_table=True),
}


def build_package(
    dest_dir: Path,
    shape: str = "tiny",
    *,
    from_code: str = "nl",
    to_code: str = "en",
    package_version: str = "1.0",
    target_prefix: str = "",
    seed: int = 0,
    tokenizer: str = "sentencepiece",
) -> Path:
    """Build an Argos package with random weights.

    Args:
        dest_dir: Folder for the package file; created if missing.
        shape: One of ``SHAPES``.
        from_code: Source language code.
        to_code: Target language code.
        package_version: Version written to the metadata and the file name.
        target_prefix: Token Argos puts before every translation; it becomes a SentencePiece
            piece so that it is in the model's vocabulary. Empty for none.
        seed: Seed of the random weights.
        tokenizer: ``sentencepiece`` (the default), or ``bpe`` for a ``bpe.model`` of
            subword-nmt codes used with Moses tokenization, as older Argos packages ship.

    Returns:
        The path ``<dest_dir>/translate-<from>_<to>-<version>.argosmodel``.

    Raises:
        ValueError: If ``shape`` or ``tokenizer`` is unknown, or a BPE package is asked for
            with a target prefix.
    """
    params = _shape_params(shape)
    top = f"translate-{from_code}_{to_code}-{package_version.replace('.', '_')}"
    if tokenizer == "bpe":
        if target_prefix:
            raise ValueError("a BPE package with a target prefix is not supported")
        return _build_bpe_package(dest_dir, top, params, from_code, to_code, package_version, seed)
    if tokenizer != "sentencepiece":
        raise ValueError(f"unknown tokenizer {tokenizer!r}, expected sentencepiece or bpe")
    sp_model = _train_sentencepiece(params.pieces, [target_prefix] if target_prefix else [])
    files = {
        "metadata.json": _metadata(from_code, to_code, package_version, target_prefix),
        "README.md": _readme(shape, seed).encode(),
        "sentencepiece.model": sp_model,
    }
    with tempfile.TemporaryDirectory(prefix="argos-model-") as model_dir:
        _save_model(Path(model_dir), params, sp_model, target_prefix, seed)
        for path in sorted(Path(model_dir).iterdir()):
            files[f"model/{path.name}"] = path.read_bytes()

    return _archive(dest_dir, top, files)


def _build_bpe_package(
    dest_dir: Path,
    top: str,
    params: _Shape,
    from_code: str,
    to_code: str,
    package_version: str,
    seed: int,
) -> Path:
    """Build a package whose tokenizer is a ``bpe.model`` of subword-nmt codes.

    Args:
        dest_dir: Folder for the package file; created if missing.
        top: Name of the package's top folder.
        params: Hyperparameters; the vocabulary is the BPE units found in the sample articles.
        from_code: Source language code.
        to_code: Target language code.
        package_version: Package version.
        seed: Seed of the random weights.

    Returns:
        The path of the ``.argosmodel`` file.
    """
    codes, tokens = _learn_bpe(from_code)
    files = {
        "metadata.json": _metadata(from_code, to_code, package_version, ""),
        "README.md": _readme(f"{params.d_model}-wide BPE", seed).encode(),
        "bpe.model": codes.encode(),
    }
    with tempfile.TemporaryDirectory(prefix="argos-model-") as model_dir:
        spec = ctranslate2.specs.TransformerSpec.from_config(
            params.layers,
            params.heads,
            pre_norm=False,
            activation=ctranslate2.specs.Activation.SWISH,
        )
        # <unk>, <s> and </s> are never produced: every output runs to its length limit.
        _fill_weights(spec, params, len(tokens), [0, 1, 2], np.random.default_rng(seed))
        spec.register_source_vocabulary(tokens)
        spec.register_target_vocabulary(tokens)
        spec.config.add_source_eos = True
        spec.validate()
        spec.optimize(quantization="int8")
        spec.save(model_dir)
        for path in sorted(Path(model_dir).iterdir()):
            files[f"model/{path.name}"] = path.read_bytes()
    return _archive(dest_dir, top, files)


def _learn_bpe(language: str, merges: int = 150, words: int = 800) -> tuple[str, list[str]]:
    """Learn subword-nmt BPE codes on the sample articles' most frequent words.

    Args:
        language: Language code for the Moses tokenizer.
        merges: Merge operations to learn.
        words: Most frequent words to learn them on; a small number keeps the build fast.

    Returns:
        The codes file's text (format 0.2) and the model vocabulary: the special tokens, then
        every unit the codes make of the sample articles, sorted.
    """
    from argostranslate.apply_bpe import BPE
    from sacremoses import MosesTokenizer

    moses = MosesTokenizer(language)
    texts = [path.read_text(encoding="utf-8") for path in _SAMPLES]
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    tokenized = [moses.tokenize(line) for line in lines]
    counts: dict[str, int] = {}
    for line in tokenized:
        for word in line:
            counts[word] = counts.get(word, 0) + 1
    frequent = sorted(counts, key=lambda word: (-counts[word], word))[:words]
    vocab = {(*word[:-1], word[-1] + "</w>"): counts[word] for word in frequent}
    learned: list[tuple[str, str]] = []
    for _ in range(merges):
        pairs: dict[tuple[str, str], int] = {}
        for symbols, count in vocab.items():
            for pair in itertools.pairwise(symbols):
                pairs[pair] = pairs.get(pair, 0) + count
        if not pairs:
            break
        best = max(pairs, key=lambda pair: (pairs[pair], pair))
        learned.append(best)
        vocab = {_merge(symbols, best): count for symbols, count in vocab.items()}
    codes = "#version: 0.2\n" + "".join(f"{left} {right}\n" for left, right in learned)
    bpe = BPE(io.StringIO(codes))
    units = {unit for line in tokenized for unit in bpe.segment_tokens(line)}
    return codes, ["<unk>", "<s>", "</s>", *sorted(units)]


def _merge(symbols: tuple[str, ...], pair: tuple[str, str]) -> tuple[str, ...]:
    """Join every adjacent occurrence of a pair of symbols into one."""
    merged: list[str] = []
    position = 0
    while position < len(symbols):
        if position + 1 < len(symbols) and (symbols[position], symbols[position + 1]) == pair:
            merged.append(symbols[position] + symbols[position + 1])
            position += 2
        else:
            merged.append(symbols[position])
            position += 1
    return tuple(merged)


def install_package(argosmodel: Path, packages_dir: Path) -> Path:
    """Extract a built package into a packages folder, as Argos's own install does.

    For test set-up only: unlike ``argostranslate.package.install_from_path`` it needs no
    Argos settings and touches nothing outside ``packages_dir``.

    Args:
        argosmodel: A file made by ``build_package``.
        packages_dir: Folder to extract into; created if missing.

    Returns:
        The extracted package folder.

    Raises:
        ValueError: If the zip does not hold exactly one top folder.
    """
    with zipfile.ZipFile(argosmodel) as archive:
        tops = {name.split("/", 1)[0] for name in archive.namelist()}
        if len(tops) != 1:
            raise ValueError(f"{argosmodel} has {len(tops)} top folders, expected one")
        packages_dir.mkdir(parents=True, exist_ok=True)
        archive.extractall(packages_dir)
    return packages_dir / tops.pop()


def cached_package(shape: str, cache_dir: Path | None = None) -> Path:
    """Return a built package of this shape, building it only the first time.

    The cache key hashes this module's source and the training text, so a change to either
    builds afresh; older builds of the same shape are removed then.

    Args:
        shape: One of ``SHAPES``.
        cache_dir: Cache folder; ``<repo>/.cache/test-models`` by default.

    Returns:
        Path of the ``.argosmodel`` file.
    """
    _shape_params(shape)
    root = _DEFAULT_CACHE if cache_dir is None else cache_dir
    folder = root / f"{shape}-{_fingerprint()}"
    found = sorted(folder.glob("*.argosmodel"))
    if found:
        return found[0]
    root.mkdir(parents=True, exist_ok=True)
    # The nlen package is 80 MB of random numbers: keep it out of git even without .gitignore.
    (root / ".gitignore").write_text("*\n", encoding="utf-8")
    for stale in root.glob(f"{shape}-*"):
        if stale != folder:
            shutil.rmtree(stale, ignore_errors=True)
    return build_package(folder, shape)


def _shape_params(shape: str) -> _Shape:
    """Look up a shape's hyperparameters.

    Args:
        shape: One of ``SHAPES``.

    Returns:
        The shape's hyperparameters.

    Raises:
        ValueError: If ``shape`` is unknown.
    """
    if shape not in _SHAPE_PARAMS:
        raise ValueError(f"unknown shape {shape!r}, expected one of {SHAPES}")
    return _SHAPE_PARAMS[shape]


def _fingerprint() -> str:
    """Hash this module's source and the training text.

    Returns:
        Twelve hex digits.
    """
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in _corpus_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _corpus_files() -> list[Path]:
    """List the Dutch text the SentencePiece models are trained on.

    Returns:
        The treebank followed by the sample articles.
    """
    return [_TREEBANK, *_SAMPLES]


def _corpus_lines() -> list[str]:
    """Read the training text: treebank sentences, then the samples' non-empty lines.

    Returns:
        One string per sentence or paragraph.
    """
    prefix = "# text = "
    treebank, *samples = _corpus_files()
    lines = treebank.read_text(encoding="utf-8").splitlines()
    sentences = [line.removeprefix(prefix) for line in lines if line.startswith(prefix)]
    for sample in samples:
        text = sample.read_text(encoding="utf-8")
        sentences += [line.strip() for line in text.splitlines() if line.strip()]
    return sentences


def _train_sentencepiece(pieces: int, user_symbols: list[str]) -> bytes:
    """Train a unigram SentencePiece model in memory, deterministically.

    Args:
        pieces: Vocabulary size; the trainer stops lower if the corpus cannot fill it.
        user_symbols: Pieces to add verbatim, such as a target prefix.

    Returns:
        The serialized model.
    """
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(_corpus_lines()),
        model_writer=model,
        model_type="unigram",
        vocab_size=pieces,
        hard_vocab_limit=False,
        character_coverage=1.0,
        byte_fallback=True,
        user_defined_symbols=user_symbols,
        shrinking_factor=0.5,
        # Piece scores depend on how the work is split between threads.
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def _save_model(
    model_dir: Path, params: _Shape, sp_model: bytes, target_prefix: str, seed: int
) -> None:
    """Build the random-weight Transformer and save it in CTranslate2's format.

    Args:
        model_dir: Empty folder to save into.
        params: Hyperparameters.
        sp_model: Serialized SentencePiece model whose pieces become the vocabulary.
        target_prefix: Target prefix piece, or empty.
        seed: Seed of the random weights.
    """
    tokens, banned = _vocabulary(sp_model, params.vocab_size, target_prefix)
    spec = ctranslate2.specs.TransformerSpec.from_config(
        params.layers,
        params.heads,
        pre_norm=False,
        activation=ctranslate2.specs.Activation.SWISH,
    )
    _fill_weights(spec, params, len(tokens), banned, np.random.default_rng(seed))
    spec.register_source_vocabulary(tokens)
    spec.register_target_vocabulary(tokens)
    # As the Marian converter sets it: Argos passes no </s>, CTranslate2 appends it.
    spec.config.add_source_eos = True
    spec.validate()
    spec.optimize(quantization="int8")
    spec.save(str(model_dir))


def _vocabulary(sp_model: bytes, size: int, target_prefix: str) -> tuple[list[str], list[int]]:
    """Turn the SentencePiece pieces into the model vocabulary.

    SentencePiece numbers ``<unk>``, ``<s>``, ``</s>`` 0, 1, 2, and those are the tokens
    CTranslate2's default config names, so the pieces are used as they are.

    Args:
        sp_model: Serialized SentencePiece model.
        size: Pad to this many entries with filler tokens; 0 for no padding.
        target_prefix: Target prefix piece, or empty.

    Returns:
        The tokens, and the ids the decoder must never produce: special, byte, user-defined and
        filler tokens, whose text would not decode to words, and the target prefix, which
        Argos strips only from the start.
    """
    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    count = processor.get_piece_size()
    tokens = [processor.id_to_piece(i) for i in range(count)]
    banned = [
        i
        for i in range(count)
        if processor.is_control(i)
        or processor.is_unknown(i)
        or processor.is_byte(i)
        or processor.is_unused(i)
    ]
    if target_prefix:
        banned.append(processor.piece_to_id(target_prefix))
    fillers = max(size - count, 0)
    tokens += [f"<filler{i}>" for i in range(fillers)]
    banned += range(count, count + fillers)
    return tokens, banned


def _fill_weights(
    spec: ctranslate2.specs.TransformerSpec,
    params: _Shape,
    vocab_size: int,
    banned: list[int],
    rng: np.random.Generator,
) -> None:
    """Fill every weight of the spec with seeded random numbers of the right shape.

    Args:
        spec: Spec from ``TransformerSpec.from_config``.
        params: Hyperparameters.
        vocab_size: Rows of the embeddings and the output projection.
        banned: Token ids whose output logit is pushed far down.
        rng: Source of the weights.
    """
    d = params.d_model
    # One matrix for source and target embeddings and the output projection, as in OPUS-MT;
    # spec.optimize stores it once.
    embeddings = _normal(rng, (vocab_size, d), d**-0.5)
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings
    spec.decoder.projection.weight = embeddings
    bias = _normal(rng, (vocab_size,), 0.1)
    bias[banned] = _BANNED_LOGIT
    spec.decoder.projection.bias = bias
    # Marian starts decoding from a zero vector rather than the embedding of <s>.
    spec.decoder.start_from_zero_embedding = True
    if params.position_table:
        table = _sinusoids(2048, d)
        spec.encoder.position_encodings.encodings = table
        spec.decoder.position_encodings.encodings = table
    for layer in spec.encoder.layer:
        _fill_attention(layer.self_attention, d, rng)
        _fill_ffn(layer.ffn, d, params.ffn, rng)
    for layer in spec.decoder.layer:
        _fill_attention(layer.self_attention, d, rng)
        _fill_attention(layer.attention, d, rng)
        _fill_ffn(layer.ffn, d, params.ffn, rng)


def _fill_attention(
    spec: ctranslate2.specs.attention_spec.MultiHeadAttentionSpec, d: int, rng: np.random.Generator
) -> None:
    """Fill an attention block: fused projections, output projection and layer norm.

    Args:
        spec: Self-attention (two linears: fused q-k-v, output) or encoder attention (three:
            q, fused k-v, output).
        d: Model width.
        rng: Source of the weights.
    """
    rows = (3 * d, d) if len(spec.linear) == 2 else (d, 2 * d, d)
    for linear, out in zip(spec.linear, rows, strict=True):
        _fill_linear(linear, out, d, rng)
    _fill_norm(spec.layer_norm, d, rng)


def _fill_ffn(
    spec: ctranslate2.specs.transformer_spec.FeedForwardSpec,
    d: int,
    inner: int,
    rng: np.random.Generator,
) -> None:
    """Fill a feed-forward block and its layer norm.

    Args:
        spec: The block.
        d: Model width.
        inner: Inner width.
        rng: Source of the weights.
    """
    _fill_linear(spec.linear_0, inner, d, rng)
    _fill_linear(spec.linear_1, d, inner, rng)
    _fill_norm(spec.layer_norm, d, rng)


def _fill_linear(
    spec: ctranslate2.specs.common_spec.LinearSpec, out: int, inp: int, rng: np.random.Generator
) -> None:
    """Fill a linear layer, scaled so activations keep unit size.

    Args:
        spec: The layer.
        out: Output width.
        inp: Input width.
        rng: Source of the weights.
    """
    spec.weight = _normal(rng, (out, inp), inp**-0.5)
    spec.bias = _normal(rng, (out,), 0.02)


def _fill_norm(
    spec: ctranslate2.specs.common_spec.LayerNormSpec, d: int, rng: np.random.Generator
) -> None:
    """Fill a layer norm near the identity.

    Args:
        spec: The layer norm.
        d: Model width.
        rng: Source of the weights.
    """
    # Not exactly 1 and 0: spec.optimize stores identical arrays once, which would make the
    # model unrealistically small.
    spec.gamma = 1 + _normal(rng, (d,), 0.02)
    spec.beta = _normal(rng, (d,), 0.02)


def _normal(rng: np.random.Generator, shape: tuple[int, ...], scale: float) -> np.ndarray:
    """Draw float32 normal numbers.

    Args:
        rng: Source of the numbers.
        shape: Array shape.
        scale: Standard deviation.

    Returns:
        The array.
    """
    values = rng.standard_normal(shape, dtype=np.float32)
    values *= np.float32(scale)
    return values


def _sinusoids(positions: int, d: int) -> np.ndarray:
    """Build Marian's sinusoidal position table: sines in the first half, cosines in the second.

    Args:
        positions: Rows.
        d: Model width.

    Returns:
        A float32 array of shape ``(positions, d)``.
    """
    timescales = np.power(10000, 2 * (np.arange(d) // 2) / d)
    angles = np.arange(positions)[:, None] / timescales[None, :]
    table = np.concatenate([np.sin(angles[:, 0::2]), np.cos(angles[:, 1::2])], axis=1)
    return table.astype(np.float32)


def _metadata(from_code: str, to_code: str, package_version: str, target_prefix: str) -> bytes:
    """Write the package's metadata.json.

    Args:
        from_code: Source language code.
        to_code: Target language code.
        package_version: Package version.
        target_prefix: Target prefix, written only when non-empty.

    Returns:
        The JSON document.
    """
    metadata: dict[str, object] = {
        "package_version": package_version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": _LANGUAGE_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": _LANGUAGE_NAMES.get(to_code, to_code),
        "type": "translate",
        "code": f"translate-{from_code}_{to_code}",
    }
    if target_prefix:
        metadata["target_prefix"] = target_prefix
    metadata["links"] = []
    return json.dumps(metadata, indent=4).encode()


def _readme(shape: str, seed: int) -> str:
    """Write the package's README.md.

    Args:
        shape: Shape name.
        seed: Seed of the weights.

    Returns:
        The Markdown text.
    """
    return (
        f"# Random-weight test package ({shape}, seed {seed})\n\n"
        "Built by Kernpunt's tests/support/argos_models.py for tests and benchmarks. The model "
        "has random weights: its output is noise, never a translation. Do not install it for "
        "real use.\n"
    )


def _archive(dest_dir: Path, top: str, files: dict[str, bytes]) -> Path:
    """Write the package's files as ``<top>.argosmodel`` in the folder."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    package = dest_dir / f"{top}.argosmodel"
    # Write beside the target and rename, so a concurrent reader never sees half a zip.
    partial = package.with_name(f"{package.name}.{os.getpid()}.partial")
    _write_zip(partial, top, files)
    partial.replace(package)
    return package


def _write_zip(path: Path, top: str, files: dict[str, bytes]) -> None:
    """Zip the files under one top folder, like a downloaded ``.argosmodel``.

    Args:
        path: Zip file to write.
        top: Name of the top folder.
        files: Contents by path inside the top folder.
    """
    folders = {f"{top}/"} | {f"{top}/{name.rsplit('/', 1)[0]}/" for name in files if "/" in name}
    with zipfile.ZipFile(path, "w") as archive:
        for folder in sorted(folders):
            info = zipfile.ZipInfo(folder, _ZIP_EPOCH)
            info.external_attr = (0o40755 << 16) | 0x10  # a directory, for unzip and Windows
            archive.writestr(info, b"")
        for name, data in sorted(files.items()):
            info = zipfile.ZipInfo(f"{top}/{name}", _ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            # Random weights do not compress; deflating 80 MB of them would only cost time.
            stored = name.endswith(".bin")
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
