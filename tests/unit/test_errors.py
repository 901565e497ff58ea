"""What a reader is told: one base class, and every message id in the one catalogue."""

import ast
import pickle
import string
from pathlib import Path

import pytest

import kernpunt
import kernpunt.cli
from kernpunt.core.batch import cluster  # noqa: F401 - defines ClusterError
from kernpunt.core.brief.choose import BriefError, BriefLength
from kernpunt.core.errors import MESSAGES, ReaderError
from kernpunt.core.export import ExportError, export_format
from kernpunt.core.formats.article import ArticleError, read_article
from kernpunt.core.models.packages import ModelError

CORE = Path(kernpunt.__file__).parent / "core"
# The core and the terminal commands: everything that raises what a reader is told.
SOURCES = sorted([*CORE.rglob("*.py"), *CORE.parent.glob("cli*.py")])


def kinds(base: type[ReaderError]) -> set[str]:
    return {base.__name__}.union(*(kinds(kind) for kind in base.__subclasses__()))


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def error_calls() -> list[tuple[str, ast.Call]]:
    reader_errors = kinds(ReaderError)
    calls = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in reader_errors
            ):
                calls.append((path.relative_to(CORE.parent).as_posix(), node))
    return calls


def constants(returned: ast.expr | None) -> set[object] | None:
    """The values a return can give: a constant, or one picked by ``{...}.get(key, default)``."""
    if isinstance(returned, ast.Constant):
        return {returned.value}
    if (
        isinstance(returned, ast.Call)
        and isinstance(returned.func, ast.Attribute)
        and isinstance(returned.func.value, ast.Dict)
        and returned.func.attr == "get"
        and len(returned.args) == 2
    ):
        picked = [*returned.func.value.values, returned.args[1]]
        if all(isinstance(each, ast.Constant) for each in picked):
            return {each.value for each in picked}  # type: ignore[attr-defined]
    return None


def returned_ids(where: str, function: str) -> set[object]:
    """What the function of that name in that file returns, if it returns only constants."""
    tree = ast.parse((CORE.parent / where).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == function:
            returns = [
                constants(child.value) for child in ast.walk(node) if isinstance(child, ast.Return)
            ]
            if returns and all(each is not None for each in returns):
                return set().union(*returns)  # type: ignore[arg-type]
    return set()


def test_every_message_raised_in_the_core_is_in_the_catalogue_with_its_values() -> None:
    checked = 0
    for where, call in error_calls():
        if not call.args:
            continue
        first = call.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            assert first.value in MESSAGES, f"{where}:{call.lineno}: {first.value}"
            given = {keyword.arg for keyword in call.keywords}
            assert given == fields(MESSAGES[first.value]), f"{where}:{call.lineno}"
            checked += 1
        elif isinstance(first, ast.Name):
            # An id worked out just before (export/atomic.py's _write_message, tested there).
            continue
        else:
            # An id chosen at run time comes from a function of the same file that returns
            # only ids of the catalogue; never text.
            assert isinstance(first, ast.Call) and isinstance(first.func, ast.Name), (
                f"{where}:{call.lineno}: text, not an id"
            )
            returned = returned_ids(where, first.func.id)
            assert returned and returned <= set(MESSAGES), f"{where}:{call.lineno}: {returned}"
            given = {keyword.arg for keyword in call.keywords}
            for message_id in returned:
                assert given == fields(MESSAGES[str(message_id)]), f"{where}:{call.lineno}"
            checked += 1
    assert checked > 40


def test_every_message_in_the_catalogue_is_used_by_the_core() -> None:
    used = set()
    for path in SOURCES:
        if path.name != "messages.py":
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    used.add(node.value)
    assert set(MESSAGES) - used == set(), "texts nothing shows"


@pytest.mark.parametrize("message_id", sorted(MESSAGES))
def test_every_template_formats_with_its_named_values(message_id: str) -> None:
    template = MESSAGES[message_id]
    names = fields(template)
    assert "" not in names, "values are named, never positional"
    text = str(ReaderError(message_id, **{name: f"<{name}>" for name in names}))
    assert all(f"<{name}>" in text for name in names) and "{" not in text


def test_a_readers_error_says_it_in_english_and_keeps_its_id_and_values(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b" \n")
    with pytest.raises(ReaderError) as caught:
        read_article(empty)
    error = caught.value
    assert isinstance(error, ArticleError)
    assert (error.message_id, error.params) == ("article.empty", {"name": "leeg.txt"})
    assert str(error) == "“leeg.txt” is empty: there is nothing to read."
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), again.message_id) == (
        ArticleError,
        str(error),
        error.message_id,
    )


def test_every_kind_of_problem_is_one_class_for_the_window() -> None:
    for kind in (ArticleError, BriefError, ExportError, ModelError):
        assert issubclass(kind, ReaderError)
    with pytest.raises(ReaderError, match="not a format Kernpunt exports"):
        export_format("rtf")
    with pytest.raises(ReaderError, match="is not a brief length"):
        BriefLength.parse("veel")
