"""The layers point one way, and no two modules import each other, even within a layer.

text -> document, summary, data, metrics -> facts, editorial, methods -> llm -> pipeline, rows -> spark ->
evaluation -> interfaces.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import kurz

PACKAGE = Path(kurz.__file__).parent
# Lower number = lower layer; a module may import only from its own layer or below.
LAYERS = {
    "kurz.errors": 0,
    "kurz.limits": 0,
    "kurz.parallel": 0,  # the ordered, bounded parallel map (LLM calls in server, batch and evaluation)
    "kurz.text": 1,
    "kurz.document": 2,
    "kurz.summary": 2,
    "kurz.data": 2,
    "kurz.metrics": 2,  # ROUGE, the oracle, faithfulness: scores on text, below the methods that train on them
    "kurz.facts": 3,
    "kurz.editorial": 3,  # editorial checks of a teaser: used by the LLM mode and by evaluation
    "kurz.methods": 3,  # fitting sits beside the estimator it fits (methods.ranker_fit)
    "kurz.llm": 4,  # the LLM stage: takes a method's Summary as draft and fallback; never imports the pipeline
    "kurz.pipeline": 5,
    "kurz.rows": 5,
    "kurz.rows_arrow": 5,
    "kurz.spark": 6,  # the DataFrame API: the row contract (rows_arrow) on Spark; interfaces build `kurz spark` on it
    "kurz.evaluate": 7,
    "kurz.interfaces": 8,
}


def layer(module: str) -> int:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in LAYERS:
            return LAYERS[".".join(parts[:n])]
    return 0 if module == "kurz" else 8


def module_name(path: Path) -> str:
    return ".".join(("kurz", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imports(path: Path) -> list[str]:
    """Every kurz module `path` imports, at the top or inside a function (`from package import module` names the
    module); imports only for type checkers (`if TYPE_CHECKING:`) are left out, as they never run."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
        for statement in block.body
        for node in ast.walk(statement)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found += [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in MODULES else node.module for a in node.names]
    return [name for name in found if name.startswith("kurz")]


def test_no_module_imports_from_a_higher_layer() -> None:
    wrong = [
        f"{module} -> {target}"
        for module, path in MODULES.items()
        if module not in ("kurz", "kurz.__main__")
        for target in imports(path)
        if layer(target) > layer(module)
    ]
    assert not wrong


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of `graph` (module -> modules it imports), or [] when there is none."""
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as exc:
        return list(exc.args[1])
    return []


def test_no_import_cycles_even_within_a_layer() -> None:
    assert not cycle({module: {t for t in imports(path) if t != module} for module, path in MODULES.items() if module != "kurz"})


def test_the_checks_see_an_import_inside_a_function_but_not_one_for_type_checkers(tmp_path: Path) -> None:
    """The old pipeline <-> llm cycle went through an import inside a function: such imports count."""
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kurz.facts import guard\n"
        "def f():\n    from kurz.llm import teaser\n    import kurz.pipeline\n",
        encoding="utf-8",
    )
    assert imports(source) == ["kurz.llm.teaser", "kurz.pipeline"]
    assert cycle({"kurz.pipeline": {"kurz.llm.teaser"}, "kurz.llm.teaser": {"kurz.pipeline"}})
    assert not cycle({"kurz.pipeline": {"kurz.llm.teaser"}, "kurz.llm.teaser": {"kurz.llm"}})


def test_summarizing_loads_neither_training_nor_evaluation() -> None:
    code = (
        "import sys, kurz; kurz.summarize('Der Rat tagt heute. Er berät das Budget.'); print(chr(10).join(sorted(sys.modules)))"
    )
    loaded = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True)
    modules = set(loaded.stdout.split())
    assert "kurz.pipeline" in modules
    assert not {
        m for m in modules if m.startswith(("kurz.methods.ranker_fit", "kurz.evaluate", "kurz.metrics", "kurz.interfaces"))
    }
    assert "kurz.methods.ranker_fit" not in loaded.stderr and "kurz.evaluate" not in loaded.stderr
