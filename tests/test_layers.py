"""The layers point one way: text -> document -> methods -> pipeline -> training/metrics -> evaluation -> interfaces."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kurz

PACKAGE = Path(kurz.__file__).parent
# Lower number = lower layer; a module may import only from its own layer or below.
LAYERS = {
    "kurz.errors": 0,
    "kurz.limits": 0,
    "kurz.text": 1,
    "kurz.document": 2,
    "kurz.summary": 2,
    "kurz.data": 2,
    "kurz.facts": 3,
    "kurz.editorial": 3,  # editorial checks of a teaser: used by the LLM mode and by evaluation
    "kurz.methods": 3,
    "kurz.pipeline": 4,
    "kurz.rows": 4,
    "kurz.llm": 4,  # run-time code beside the pipeline: it calls the pipeline and the guard, never evaluation
    "kurz.rows_arrow": 4,
    "kurz.spark": 5,  # the DataFrame API: the row contract (rows_arrow) on Spark; interfaces build `kurz spark` on it
    "kurz.metrics": 5,
    "kurz.train": 6,
    "kurz.evaluate": 7,
    "kurz.interfaces": 8,
}
# Imported inside a function, only when something is trained: Method.fit of a trainable method.
LAZY_UPWARD = {("kurz.methods.ranker", "kurz.train")}


def layer(module: str) -> int:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in LAYERS:
            return LAYERS[".".join(parts[:n])]
    return 0 if module == "kurz" else 8


def imports(path: Path) -> list[str]:
    return [
        node.module if isinstance(node, ast.ImportFrom) and node.module else alias.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    ]


def test_no_module_imports_from_a_higher_layer() -> None:
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(("kurz", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        if module in ("kurz", "kurz.__main__"):
            continue
        for target in imports(path):
            if target.startswith("kurz") and layer(target) > layer(module) and (module, target) not in LAZY_UPWARD:
                wrong.append(f"{module} -> {target}")
    assert not wrong


def test_summarizing_loads_neither_training_nor_evaluation() -> None:
    code = (
        "import sys, kurz; kurz.summarize('Der Rat tagt heute. Er berät das Budget.'); print(chr(10).join(sorted(sys.modules)))"
    )
    loaded = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True)
    modules = set(loaded.stdout.split())
    assert "kurz.pipeline" in modules
    assert not {m for m in modules if m.startswith(("kurz.train", "kurz.evaluate", "kurz.metrics", "kurz.interfaces"))}
    assert "kurz.train" not in loaded.stderr and "kurz.evaluate" not in loaded.stderr
