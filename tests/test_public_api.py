"""The public API (#19): typed lazy exports, result types exported, the version from the package metadata, a
conflicting model refused, a changed model file read again, and one name per concept."""

from __future__ import annotations

import ast
import json
import os
import re
from pathlib import Path

import click
import pytest

import kurz
from kurz.errors import OptionError
from kurz.interfaces.options import length_options, summarizing_options
from kurz.methods import get_method
from kurz.methods.ranker import SHIPPED_MODEL
from kurz.pipeline import load_method

ROOT = Path(__file__).resolve().parent.parent
# Written for these tests.
ARTICLE = (
    "Der Stadtrat von Kleinhausen hat am Montag einen neuen Spielplatz beschlossen. "
    "Er soll im Sommer im Stadtpark eröffnet werden und kostet 80.000 Euro. "
    "Die Eltern hatten sich seit Jahren dafür eingesetzt."
)


def test_every_type_a_result_holds_is_exported() -> None:
    for name in ("Written", "Support", "LLMReport", "Endpoint", "Method", "Reason", "Verdict", "Summary", "Selected"):
        assert name in kurz.__all__ and isinstance(getattr(kurz, name), type), name
    assert kurz.Reason is type(kurz.guard("Der Stadtrat hat 90.000 Euro beschlossen.", ARTICLE).reasons[0])


def test_lazy_exports_are_imported_for_type_checkers() -> None:
    """`guard`, `Verdict`, `Reason` come through `__getattr__`; an `if TYPE_CHECKING:` import gives checkers their types."""
    tree = ast.parse(Path(kurz.__file__).read_text(encoding="utf-8"))
    typed = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        for statement in node.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    }
    assert set(kurz.LAZY) == typed


def test_the_version_is_the_package_metadata_one() -> None:
    declared = re.search(r'^version = "([^"]+)"$', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    assert declared and kurz.__version__ == declared[1]


def test_a_model_with_a_method_instance_is_refused() -> None:
    with pytest.raises(OptionError, match="brings its own model"):
        kurz.summarize(ARTICLE, method=get_method("ranker"), model=str(SHIPPED_MODEL))
    assert kurz.summarize(ARTICLE, method=get_method("lead")).method == "lead"


def test_a_changed_model_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "house.json"
    data = json.loads(SHIPPED_MODEL.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "version": "house-1"}), encoding="utf-8")
    assert load_method("ranker", str(path)).version == "house-1"
    assert load_method("ranker", str(path)) is load_method("ranker", str(path))  # unchanged: the cached instance
    path.write_text(json.dumps({**data, "version": "house-2"}), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # a later mtime, however coarse the clock
    assert load_method("ranker", str(path)).version == "house-2"
    assert kurz.summarize(ARTICLE, model=str(path)).model_version == "house-2"


def test_the_llm_method_is_drafted_by_the_default_one() -> None:
    assert type(load_method("llm")) is type(load_method("default"))


def test_length_options_are_only_the_length_options() -> None:
    def params(decorator: object) -> list[str]:
        command = click.command()(decorator(lambda **_: None))  # type: ignore[operator]
        return [p.name for p in command.params if p.name]

    assert params(length_options) == ["preset", "sentences", "max_words", "max_chars"]
    assert params(summarizing_options) == ["method", "preset", "sentences", "max_words", "max_chars", "model"]
