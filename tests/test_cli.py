from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kurz.interfaces.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "kurz", *args], input=stdin, capture_output=True, timeout=60)


def test_summarize_file_prints_the_teaser(tmp_path: Path, article: str) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(article, encoding="utf-8")
    result = run("summarize", str(path), "--method", "lead", "--sentences", "1")
    assert result.returncode == 0
    assert (
        result.stdout.decode().strip()
        == "Der oberösterreichische Landtag hat am Donnerstag ein neues Naturschutzgesetz beschlossen."
    )


def test_summarize_json_has_provenance(article: str) -> None:
    result = CliRunner().invoke(main, ["summarize", "-", "--json", "--method", "lead", "-n", "2"], input=article.encode())
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    first = data["sentences"][0]["pieces"][0]
    assert article[first["start"] : first["end"]] == first["text"]
    marks = {m["kind"]: m for m in data["document"]["marks"]}
    assert set(marks) == {"dateline", "caption", "agency_note"}
    assert all(article[m["start"] : m["end"]] == m["text"] for m in marks.values())


def test_methods_lists_every_method() -> None:
    result = CliRunner().invoke(main, ["methods"])
    assert result.exit_code == 0
    assert {line.split()[0] for line in result.stdout.splitlines()} >= {"lead", "textrank", "random"}


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "empty"),
        (b"   \n  ", "empty"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        (b"\xff\xfeD\x00i\x00e\x00\x00\xd8", "UTF-16"),  # a UTF-16 BOM, then a broken surrogate
    ],
)
def test_bad_input_exits_2_with_a_message(stdin: bytes, message: str) -> None:
    result = run("summarize", "-", stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(encoding: str) -> None:
    text = "Die Straße in Köln wird saniert. Der Bürgermeister freut sich über die Förderung."
    result = run("summarize", "-", "--method", "lead", "-n", "1", stdin=text.encode(encoding))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "Die Straße in Köln wird saniert."


def test_latin1_input_is_decoded() -> None:
    text = "Die Straße in Köln wird saniert. Der Bürgermeister freut sich über die Förderung."
    result = run("summarize", "-", "--method", "lead", "-n", "1", stdin=text.encode("cp1252"))
    assert result.returncode == 0
    assert result.stdout.decode().strip() == "Die Straße in Köln wird saniert."


def test_english_input_warns_but_works() -> None:
    result = run("summarize", "-", stdin=b"The council met on Monday. It voted to raise the budget for all schools in the city.")
    assert result.returncode == 0
    assert "does not look like German" in result.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [["summarize", "missing.txt"], ["summarize", "-", "--sentences", "0"], ["summarize", "-", "--method", "magic"], ["nonsense"]],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args, stdin=b"Der Rat tagt.")
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_over_budget_is_reported_on_stderr(article: str) -> None:
    result = run("summarize", "-", "--max-words", "2", stdin=article.encode())
    assert result.returncode == 0
    assert "budget" in result.stderr.decode()


def test_the_command_line_keeps_numpy_to_one_thread() -> None:
    """BLAS threads on kurz's tiny matrices only spin: every command runs numpy single-threaded."""
    probe = (
        "from click.testing import CliRunner; from threadpoolctl import threadpool_info; from kurz.interfaces.cli import main;"
        "before = max(i['num_threads'] for i in threadpool_info()); CliRunner().invoke(main, ['methods']);"
        "print(before, max(i['num_threads'] for i in threadpool_info()))"
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")} | {"OPENBLAS_NUM_THREADS": "2"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env, check=True)
    assert done.stdout.split() == ["2", "1"]  # two threads as the environment asks, until a command runs
