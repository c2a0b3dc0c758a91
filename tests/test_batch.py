"""`kurz batch`: every input row gives one output row, in order, in every format, and a stopped run resumes exactly."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import random
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kurz.interfaces.cli import main
from kurz.text.normalize import MAX_INPUT_CHARS

# News-style articles written for these tests; {n} makes each generated row different.
TEXTS = [
    (
        "Graz – Die Stadt Graz erweitert ihr Straßenbahnnetz um {n} Haltestellen. Der Gemeinderat hat am Mittwoch "
        "die Finanzierung der neuen Linie in den Süden beschlossen.\nDie Bauarbeiten sollen im Frühjahr beginnen und "
        "rund zwei Jahre dauern. Anrainer fürchten Lärm und fehlende Parkplätze. (APA)"
    ),
    (
        "Berlin – Der Bundestag hat ein Gesetz gegen Lebensmittelverschwendung verabschiedet. Supermärkte mit mehr als "
        "{n}00 Quadratmetern Fläche müssen unverkaufte Ware künftig spenden.\n„Das ist ein wichtiger Schritt“, sagte die "
        "Ministerin. Der Handelsverband kritisierte den bürokratischen Aufwand."
    ),
    (
        "Hamburg – Im Hamburger Hafen ist am Dienstag ein Containerschiff auf Grund gelaufen. Verletzt wurde nach "
        "Angaben der Polizei niemand.\nDas Schiff mit {n} Mann Besatzung wurde am Abend von Schleppern befreit. Die "
        "Ursache ist noch unklar, die Wasserschutzpolizei ermittelt."
    ),
]
TITLES = ["Neue Straßenbahnlinie für Graz", "Spendenpflicht für Supermärkte", "Frachter im Hafen festgefahren"]


def article(i: int) -> dict[str, Any]:
    return {"id": f"art-{i}", "title": TITLES[i % 3], "ressort": "Chronik", "text": TEXTS[i % 3].format(n=i + 2)}


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def batch(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["batch", *args, "--method", "lead"], input=stdin)


def assert_offsets(row: dict[str, Any], text: str) -> None:
    assert row["sentences"], row
    for sentence in row["sentences"]:
        for piece in sentence["pieces"]:
            assert text[piece["start"] : piece["end"]] == piece["text"]


def test_each_output_row_is_one_line_even_for_unicode_line_separators(tmp_path: Path) -> None:
    """U+0085, U+2028 and U+2029 are valid raw in JSON, but `str.splitlines()` breaks lines at them: kurz escapes them."""
    rows = [{**article(i), "ressort": f"Chronik{mark}Graz"} for i, mark in enumerate(["\x85", "\u2028", "\u2029"])]
    out = tmp_path / "out.jsonl"
    assert batch(str(write_jsonl(tmp_path / "in.jsonl", rows)), "-o", str(out)).exit_code == 0
    got = read_jsonl(out)  # splitlines()
    assert [r["ressort"] for r in got] == [r["ressort"] for r in rows]
    assert "\\u2028" in out.read_text(encoding="utf-8")


def test_jsonl_round_trip_keeps_ids_fields_and_provenance(tmp_path: Path) -> None:
    rows = [article(i) for i in range(4)]
    rows[1]["summary"] = "a teaser written by an editor"  # clashes with kurz's own field
    out = tmp_path / "out.jsonl"
    result = batch(str(write_jsonl(tmp_path / "in.ndjson", rows)), "-o", str(out), "-n", "1")
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines()[-1] == f"kurz batch: 4 ok, 0 errors, 4 rows -> {out}"
    got = read_jsonl(out)
    assert [r["id"] for r in got] == ["art-0", "art-1", "art-2", "art-3"]
    assert got[0]["summary"] == "Die Stadt Graz erweitert ihr Straßenbahnnetz um 2 Haltestellen."
    assert got[1]["input_summary"] == "a teaser written by an editor"
    for row, source in zip(got, rows, strict=True):
        assert row["title"] == source["title"] and row["ressort"] == "Chronik" and "text" not in row
        assert row["method"] == "lead" and row["model_version"] and "error" not in row
        assert_offsets(row, source["text"])


def test_csv_round_trip_with_multiline_cells(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["id", "title", "text"])
        writer.writeheader()
        writer.writerows({k: article(i)[k] for k in ("id", "title", "text")} for i in range(3))
    out = tmp_path / "out.csv"
    result = batch(str(source), "-o", str(out), "--max-words", "25")
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8-sig") as handle:
        got = list(csv.DictReader(handle))
    assert list(got[0])[:4] == ["id", "row", "title", "summary"]
    assert [r["id"] for r in got] == ["art-0", "art-1", "art-2"]
    assert all(r["summary"] and r["error_code"] == "" and r["over_budget"] == "false" for r in got)
    assert json.loads(got[0]["budget"])["max_words"] == 25
    assert_offsets({"sentences": json.loads(got[2]["sentences"])}, article(2)["text"])


def test_parquet_round_trip_across_row_groups(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [{**article(i), "id": i * 10} for i in range(7)]
    rows[3]["text"] = "   "
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet", row_group_size=3)
    out = tmp_path / "out.parquet"
    result = batch(str(tmp_path / "in.parquet"), "-o", str(out), "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "6 ok, 1 error (empty_input 1), 7 rows" in result.stderr
    table = pq.read_table(out)
    assert table.schema.field("over_budget").type == pa.bool_() and table.schema.field("words").type == pa.int64()
    got = table.to_pylist()
    assert [r["id"] for r in got] == [str(i * 10) for i in range(7)]
    assert got[3]["error_code"] == "empty_input" and got[3]["summary"] is None
    assert got[0]["ressort"] == "Chronik" and got[0]["summary"].startswith("Die Stadt Graz")
    assert not (tmp_path / "out.parquet.partial").exists()


def test_stdin_to_stdout_streams_jsonl() -> None:
    stdin = "".join(json.dumps({"text": article(i)["text"]}, ensure_ascii=False) + "\n" for i in range(3))
    result = batch("-", "-o", "-", "-n", "1", stdin=stdin)
    assert result.exit_code == 0, result.output
    got = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["row"]) for r in got] == [(None, 1), (None, 2), (None, 3)]  # no ids given: none invented
    assert "3 ok, 0 errors, 3 rows -> stdout" in result.stderr


def test_every_bad_row_gets_an_error_row_in_place(tmp_path: Path) -> None:
    good = json.dumps(article(0), ensure_ascii=False)
    lines = [
        good,
        '{"id": "kaputt", "text": "Ein Satz',  # line 2: malformed JSON
        json.dumps({"id": "ohne", "body": "falsches Feld"}),
        json.dumps({"text": 42}),
        json.dumps({"text": " \n "}),
        "",  # blank lines are not rows
        "[1, 2]",
        json.dumps({"id": "null", "text": None}),
        json.dumps({"text": "x" * (MAX_INPUT_CHARS + 1)}),
        good,
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = batch(str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    by_code = "missing_text 2, invalid_json 1, invalid_input 1, empty_input 1, invalid_record 1, input_too_large 1"
    assert result.stderr.strip().splitlines()[-1] == f"kurz batch: 2 ok, 7 errors ({by_code}), 9 rows -> {out}"
    assert "1 id appears more than once (1 repeated row; e.g. 'art-0')" in result.stderr
    got = read_jsonl(out)
    assert [r["id"] for r in got] == ["art-0", None, "ohne", None, None, None, "null", None, "art-0"]
    assert [r["row"] for r in got] == [1, 2, 3, 4, 5, 7, 8, 9, 10]
    codes = [r.get("error", {}).get("code") for r in got]
    errors = ["invalid_json", "missing_text", "invalid_input", "empty_input", "invalid_record", "missing_text", "input_too_large"]
    assert codes == [None, *errors, None]
    assert got[1]["error"]["message"] == "line 2: not valid JSON: unterminated string starting at column 26"
    assert "line 7" in got[5]["error"]["message"]
    assert "string" in got[3]["error"]["message"]
    assert all(r["method"] == "lead" and r["model_version"] for r in got)
    assert got[2]["body"] == "falsches Feld"


def test_two_workers_give_the_same_rows_in_the_same_order(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [article(i) for i in range(300)])
    for workers in ("1", "2"):
        result = batch(str(source), "-o", str(tmp_path / f"out{workers}.jsonl"), "--workers", workers, "--quiet")
        assert result.exit_code == 0 and result.stderr == "", result.output
    assert (tmp_path / "out2.jsonl").read_bytes() == (tmp_path / "out1.jsonl").read_bytes()
    assert [r["id"] for r in read_jsonl(tmp_path / "out2.jsonl")] == [f"art-{i}" for i in range(300)]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_resume_appends_after_the_last_complete_row(tmp_path: Path, suffix: str) -> None:
    """An earlier run that stopped after 5 rows (the last one cut off for JSONL/CSV) is continued, not repeated."""
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    rows = [{k: v for k, v in article(i).items() if k != "id"} for i in range(12)]
    out = tmp_path / f"out{suffix}"
    assert batch(str(write_jsonl(tmp_path / "part.jsonl", rows[:6])), "-o", str(out)).exit_code == 0
    if suffix != ".parquet":
        data = out.read_bytes()
        out.write_bytes(data[: data.rstrip(b"\n").rfind(b"\n") + 40])  # half of row 6 survives
    result = batch(str(write_jsonl(tmp_path / "all.jsonl", rows)), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    assert "rows from an earlier run; 12 in all" in result.stderr
    assert [str(i) for i in output_ids(out)] == [str(i) for i in range(1, 13)]


def output_ids(path: Path) -> list[Any]:
    """Where each output row came from in the input (`row`): the inputs of these tests have no ids."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).column("row").to_pylist()
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return [row["row"] for row in csv.DictReader(handle)]
    return [row["row"] for row in read_jsonl(path)]


GIVEN = 64  # rows a stopped run is given on stdin before it is stopped: four chunks of 16 for the workers


def started_run(command: list[str], source: Path, out: Path, **popen: Any) -> subprocess.Popen[bytes]:
    """`command` reading INPUT from stdin, given only its first GIVEN rows; returns once OUTPUT holds 48 of them.

    The rest of INPUT is held back, so however fast the machine, the run is midway when the test stops it: the test
    waits on what the run wrote, never for a duration.
    """
    proc = subprocess.Popen([*command, "-"], stdin=subprocess.PIPE, **popen)
    assert proc.stdin is not None
    proc.stdin.write(b"".join(source.read_bytes().splitlines(keepends=True)[:GIVEN]))
    proc.stdin.flush()
    while not out.exists() or out.read_bytes().count(b"\n") < GIVEN - 16:
        assert proc.poll() is None, "the run ended before writing the rows it was given"
        time.sleep(0.01)
    return proc


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_interrupted_run_resumes_without_gaps_or_duplicates(tmp_path: Path, stop: signal.Signals) -> None:
    """A real `python -m kurz batch` is stopped midway; --resume then completes it: ids 1..N, in order, once each."""
    total = 4000
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": TEXTS[i % 3].format(n=i)} for i in range(total)])
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "kurz", "batch", "-o", str(out), "--method", "lead", "--workers", "2"]
    proc = started_run(command, source, out, stderr=subprocess.PIPE)
    proc.send_signal(stop)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == (130 if stop == signal.SIGINT else -signal.SIGKILL), stderr.decode()
    if stop == signal.SIGINT:
        assert b"interrupted" in stderr and b"--resume" in stderr and b"Traceback" not in stderr
        assert out.read_bytes().endswith(b"\n")
    assert GIVEN - 16 <= len(out.read_bytes().splitlines()) <= GIVEN
    resumed = subprocess.run([*command, str(source), "--resume"], check=False, capture_output=True, timeout=60)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert [row["row"] for row in read_jsonl(out)] == list(range(1, total + 1))


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_with_rate_and_eta_only_on_a_terminal(tmp_path: Path) -> None:
    import fcntl
    import pty
    import termios

    source = write_jsonl(tmp_path / "in.jsonl", [article(i) for i in range(300)])
    command = [sys.executable, "-m", "kurz", "batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--method", "lead"]
    master, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    chunks: list[bytes] = []
    reader = threading.Thread(target=read_terminal, args=(master, chunks))
    reader.start()
    assert subprocess.run(command, stderr=terminal, check=False, timeout=60).returncode == 0
    os.close(terminal)
    reader.join(timeout=10)
    shown = b"".join(chunks).decode(errors="replace")
    assert "300/300" in shown and "rows/s" in shown and "<00:00" in shown, shown
    assert shown.rstrip().endswith("kurz batch: 300 ok, 0 errors, 300 rows -> " + str(tmp_path / "out.jsonl"))
    piped = subprocess.run(command, capture_output=True, check=False, timeout=60)  # stderr is not a terminal: no bar
    assert piped.returncode == 0 and piped.stderr.decode().startswith("kurz batch: 300 ok") and b"\r" not in piped.stderr


def read_terminal(master: int, chunks: list[bytes]) -> None:
    """Drain the pseudo-terminal while the command runs, so it never blocks on a full buffer."""
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO once the terminal side is closed
            data = b""
        if not data:
            os.close(master)
            return
        chunks.append(data)


def test_resume_refuses_an_output_longer_than_the_input(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert batch(str(write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(3)])), "-o", str(out)).exit_code == 0
    result = batch(str(write_jsonl(tmp_path / "b.jsonl", [article(0)])), "-o", str(out), "--resume")
    assert result.exit_code == 2 and "already has 3 rows" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl", "-o", "out.jsonl"], "does not exist"),
        (["in.txt", "-o", "out.jsonl"], "no known extension"),
        (["in.jsonl", "-o", "out.xlsx"], "no known extension"),
        (["in.jsonl", "-o", "-", "--resume"], "--resume needs an OUTPUT file"),
        (["in.jsonl", "-o", "in.jsonl"], "destroy the input"),
        (["in.jsonl", "-o", "out.jsonl", "--workers", "0"], "--workers"),
        (["in.jsonl", "-o", "out.jsonl", "--sentences", "0"], "--sentences"),
        (["in.csv", "-o", "out.jsonl", "--text-field", "body"], "no column 'body'"),
        (["binary.csv", "-o", "out.jsonl"], "binary data"),
        (["excel.csv", "-o", "out.jsonl"], "save it as 'CSV UTF-8'"),
        (["broken.csv", "-o", "out.jsonl"], "cannot read 'broken.csv' as CSV"),
        (["twice.csv", "-o", "out.jsonl"], "column 'text' more than once"),
        (["in.jsonl"], "Missing option '-o'"),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", [article(0)])
    (tmp_path / "in.txt").write_text("Ein Text.", encoding="utf-8")
    (tmp_path / "in.csv").write_text("id,text\n1,Ein Text.\n", encoding="utf-8")
    (tmp_path / "binary.csv").write_bytes(random.Random(0).randbytes(2048) + b"\x00")
    (tmp_path / "excel.csv").write_bytes("id\ttext\n1\tEin Text.\n".encode("utf-16"))  # Excel's "Unicode text"
    (tmp_path / "broken.csv").write_bytes(b"id,te\rxt\n1,Ein Text.\n")  # a bare carriage return in the header
    (tmp_path / "twice.csv").write_text("id,text,text\n1,Ein Text.,Noch einer.\n", encoding="utf-8")
    result = batch(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_parquet_without_pyarrow_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    result = batch(str(write_jsonl(tmp_path / "in.jsonl", [article(0)])), "-o", str(tmp_path / "out.parquet"))
    assert result.exit_code == 2 and "pip install 'kurz[parquet]'" in result.output


def strict_jsonl(path: Path) -> list[dict[str, Any]]:
    """JSONL as a strict parser reads it: NaN and Infinity are not JSON."""

    def refuse(token: str) -> None:
        raise ValueError(f"{token} is not JSON")

    return [json.loads(line, parse_constant=refuse) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("suffix", "workers"), [(".jsonl", "1"), (".jsonl", "2"), (".csv", "1"), (".parquet", "2")])
def test_lone_surrogates_give_error_rows_in_every_format(tmp_path: Path, suffix: str, workers: str) -> None:
    r"""A JSON escape like \ud800 without its pair cannot be written as UTF-8: that row fails, the run goes on."""
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    rows = [article(i) for i in range(5)]
    rows[1]["text"] = "Die Brücke \ud800 ist gesperrt. Sie bleibt bis Montag zu."
    rows[2]["id"] = "art-\udc00-2"
    rows[3]["title"] = "Gesperrt \ud800"
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="ascii")  # ensure_ascii keeps the escapes
    out = tmp_path / f"out{suffix}"
    result = batch(str(source), "-o", str(out), "--workers", workers)
    assert result.exit_code == 0, result.output
    assert "2 ok, 3 errors (invalid_input 3), 5 rows" in result.stderr
    got = read_rows(out)
    assert [r["id"] for r in got] == ["art-0", "art-1", "art-\ufffd-2", "art-3", "art-4"]
    assert [bool(r["summary"]) for r in got] == [True, False, False, False, True]
    for row in got[1:4]:
        assert row["error_code"] == "invalid_input" and "unpaired surrogate" in row["error_message"], row
        assert row["ressort"] == "Chronik" and row["method"] == "lead"
    assert "'title'" in got[3]["error_message"] and not got[3].get("title")
    assert got[2]["title"] == TITLES[2]


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Output rows in any format, flat: JSONL's error object as error_code and error_message."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return list(csv.DictReader(handle))
    rows = strict_jsonl(path)
    for row in rows:
        error = row.pop("error", {})
        row.update(error_code=error.get("code"), error_message=error.get("message"), summary=row.get("summary"))
    return rows


def test_a_field_name_with_a_lone_surrogate_is_left_out_or_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({**article(0), "not\ud800iz": "x"}) + "\n", encoding="ascii")
    result = batch(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    [row] = strict_jsonl(tmp_path / "out.jsonl")
    assert row["error"]["code"] == "invalid_input" and "'not\ufffdiz'" in row["error"]["message"]
    assert row["id"] == "art-0" and row["ressort"] == "Chronik" and "summary" not in row
    result = batch(str(source), "-o", str(tmp_path / "out.csv"))  # a CSV header cannot leave it out
    assert result.exit_code == 2 and "not valid Unicode" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_input_fields_named_like_renamed_ones_never_clash(tmp_path: Path, suffix: str) -> None:
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    row = {**article(0), "summary": "Teaser der Redaktion", "input_summary": "älterer Teaser", "input_date": "2024-05-01"}
    out = tmp_path / f"out{suffix}"
    result = batch(str(write_jsonl(tmp_path / "in.jsonl", [row])), "-o", str(out))
    assert result.exit_code == 0, result.output
    [got] = read_rows(out)
    assert got["input_summary"] == "Teaser der Redaktion" and got["input_input_summary"] == "älterer Teaser"
    assert got["input_date"] == "2024-05-01" and got["summary"].startswith("Die Stadt Graz")
    if suffix == ".csv":
        header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
        assert len(header) == len(set(header))


def test_nan_and_infinity_from_the_input_are_written_as_null(tmp_path: Path) -> None:
    text = json.dumps(article(0)["text"], ensure_ascii=False)
    line = '{"id": NaN, "text": ' + text + ', "score": NaN, "meta": {"min": -Infinity, "max": [Infinity, 1.5]}}'
    source = tmp_path / "in.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    result = batch(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    [row] = strict_jsonl(tmp_path / "out.jsonl")
    assert row["id"] is None and row["row"] == 1 and row["score"] is None and row["meta"] == {"min": None, "max": [None, 1.5]}
    assert row["summary"].startswith("Die Stadt Graz")


def test_nan_in_a_parquet_float_column_is_written_as_null(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [{**article(0), "score": float("nan")}, {**article(1), "score": 0.5}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    for suffix in (".jsonl", ".parquet"):
        result = batch(str(tmp_path / "in.parquet"), "-o", str(tmp_path / f"out{suffix}"))
        assert result.exit_code == 0, result.output
        assert [r["score"] for r in read_rows(tmp_path / f"out{suffix}")] in ([None, 0.5], [None, "0.5"])


def test_cell_count_messages_use_singular_and_plural(tmp_path: Path) -> None:
    (tmp_path / "one.csv").write_text("id,text\nnur-eine-zelle\n", encoding="utf-8")
    (tmp_path / "two.csv").write_text("text\nEin Satz.,zwei\n", encoding="utf-8")
    messages = []
    for name in ("one", "two"):
        assert batch(str(tmp_path / f"{name}.csv"), "-o", str(tmp_path / f"{name}.jsonl")).exit_code == 0
        messages += [r["error"]["message"] for r in read_jsonl(tmp_path / f"{name}.jsonl")]
    assert messages == ["row 1: 1 cell, but the header has 2 columns", "row 1: 2 cells, but the header has 1 column"]


def test_german_excel_csv_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    """What German Excel saves as "CSV": Windows-1252, `;` between columns; read right, never as mojibake."""
    source = tmp_path / "excel.csv"
    text = "Köln – Die Straße am Dom wird für 2,5 Mio. € saniert. „Größer geht’s nicht“, sagte die Bürgermeisterin."
    source.write_bytes(f"id;titel;text\r\n4;Grüße aus Köln;{text}\r\n".encode("cp1252"))
    result = batch(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    assert "cp1252" in result.stderr and "';'" in result.stderr
    [row] = read_jsonl(tmp_path / "out.jsonl")
    assert row["id"] == "4" and row["titel"] == "Grüße aus Köln"
    assert "Straße" in row["summary"] and "\ufffd" not in json.dumps(row, ensure_ascii=False)


def test_a_german_excel_csv_comes_back_as_csv_excel_opens(tmp_path: Path) -> None:
    """CSV OUTPUT is UTF-8 with a byte-order mark (Excel reads it as UTF-8, not as Windows-1252 mojibake) and keeps
    the INPUT's separator; options choose others, and a resumed run appends in the same separator."""
    source = tmp_path / "excel.csv"
    texts = [TEXTS[i].format(n=i + 2) for i in range(3)]
    cells = io.StringIO()
    csv.writer(cells, delimiter=";").writerows(
        [["id", "titel", "text"], *([i, "Grüße aus Köln", t] for i, t in enumerate(texts))]
    )
    source.write_bytes(cells.getvalue().encode("cp1252"))
    out = tmp_path / "out.csv"
    assert batch(str(source), "-o", str(out), "-q").exit_code == 0
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and data.decode("utf-8-sig").startswith("id;row;titel;summary;")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert [r["id"] for r in rows] == ["0", "1", "2"] and all(r["titel"] == "Grüße aus Köln" and r["summary"] for r in rows)
    header, first, *_ = data.split(b"\n")
    out.write_bytes(header + b"\n" + first + b"\n")  # as a run stopped after its first row leaves it
    assert batch(str(source), "-o", str(out), "-q", "--resume").exit_code == 0
    assert out.read_bytes() == data
    plain = tmp_path / "plain.csv"
    assert batch(str(source), "-o", str(plain), "-q", "--separator", "tab", "--output-encoding", "utf-8").exit_code == 0
    assert plain.read_bytes().decode("utf-8").startswith("id\trow\ttitel\tsummary\t")


def test_a_csv_row_with_bytes_foreign_to_the_encoding_is_an_error_row(tmp_path: Path) -> None:
    good = "Berlin – Der Senat hat den Haushalt beschlossen. Die Opposition stimmte dagegen."
    source = tmp_path / "mixed.csv"
    source.write_bytes(b"id,text\n1," + good.encode() + b"\n2,Kaputt \xff\xfe Text. Noch ein Satz.\n3," + good.encode() + b"\n")
    result = batch(str(source), "-o", str(tmp_path / "out.jsonl"), "--encoding", "utf-8")
    assert result.exit_code == 0, result.output
    got = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in got] == ["1", None, "3"] and got[1]["row"] == 2
    assert (
        got[1]["error"]["code"] == "invalid_record"
        and "row 2: holds bytes that are not valid utf-8" in got[1]["error"]["message"]
    )
    assert "\ufffd" not in (tmp_path / "out.jsonl").read_text(encoding="utf-8")


def test_an_unknown_encoding_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Ein Satz.\n", encoding="utf-8")
    result = batch(str(source), "-o", str(tmp_path / "out.jsonl"), "--encoding", "klingonisch")
    assert result.exit_code == 2 and "klingonisch" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_deeply_nested_row_is_an_error_row_and_the_run_goes_on(tmp_path: Path, workers: str) -> None:
    deep = "[" * 500 + "]" * 500
    lines = [
        json.dumps(article(0), ensure_ascii=False),
        '{"id": "tief", "text": "Ein Satz.", "extra": ' + deep + "}",
        json.dumps(article(1), ensure_ascii=False),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = batch(str(source), "-o", str(out), "--workers", workers)
    assert result.exit_code == 0, result.output
    got = read_jsonl(out)
    assert [r["row"] for r in got] == [1, 2, 3]
    assert got[1]["error"] == {"code": "invalid_json", "message": "line 2: JSON nested more than 32 levels deep"}
    assert got[2]["id"] == "art-1" and got[2]["summary"]


def test_eval_and_train_name_the_line_of_a_deeply_nested_pair(tmp_path: Path) -> None:
    pair = {"id": "a", "text": article(0)["text"], "summary": "Graz baut aus."}
    source = tmp_path / "pairs.jsonl"
    source.write_text(
        json.dumps(pair, ensure_ascii=False) + '\n{"id": "b", "x": ' + "[" * 5000 + "]" * 5000 + "}\n", encoding="utf-8"
    )
    for command in (["eval", str(source), "-q"], ["train", str(source), "-o", str(tmp_path / "m.json")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2 and f"{source}:2: JSON nested more than 32 levels deep" in result.output, result.output


def test_many_short_runs_with_two_workers_all_finish(tmp_path: Path) -> None:
    """The hang seen in review: a pool shut down while a worker was still starting. Spawned workers, closed
    and joined, cannot hang that way; run the pattern many times under a deadline."""
    source = write_jsonl(tmp_path / "in.jsonl", [article(i) for i in range(7)])
    command = [
        sys.executable,
        "-m",
        "kurz",
        "batch",
        str(source),
        "-o",
        str(tmp_path / "out.jsonl"),
        "--method",
        "lead",
        "--workers",
        "2",
        "-q",
    ]
    for _ in range(5):
        done = subprocess.run(command, capture_output=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr.decode()
        assert len(read_jsonl(tmp_path / "out.jsonl")) == 7


def test_the_watchdog_ends_a_run_whose_workers_do_not_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kurz.interfaces import batch_workers

    monkeypatch.setattr(batch_workers, "START_TIMEOUT", 0.0)  # no worker can start that fast
    monkeypatch.setattr(batch_workers, "POLL", 0.001)
    source = write_jsonl(tmp_path / "in.jsonl", [article(i) for i in range(40)])
    result = batch(str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "2")
    assert result.exit_code == 1
    assert "have not started for 0 s" in result.stderr and "--resume" in result.stderr and "Traceback" not in result.stderr


CHILDREN = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")  # Linux with CONFIG_PROC_CHILDREN


@pytest.mark.skipif(not CHILDREN.exists() or not hasattr(os, "pidfd_open"), reason="needs Linux's /proc children and pidfd")
def test_workers_die_quietly_with_a_killed_parent(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": TEXTS[i % 3].format(n=i)} for i in range(200)])
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "kurz", "batch", "-o", str(out), "--method", "lead", "--workers", "2"]
    log = (tmp_path / "stderr.log").open("wb")
    proc = started_run(command, source, out, stderr=log, start_new_session=True)
    children = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
    assert len(children) >= 2
    handles = [os.pidfd_open(child) for child in children]  # readable once the process has ended
    proc.kill()
    proc.wait(timeout=60)
    assert proc.stdin is not None
    proc.stdin.close()
    for handle in handles:
        ended, _, _ = select.select([handle], [], [], 120)  # an event, not a guess: a bound only against a hang
        assert ended, "a worker outlived its parent"
        os.close(handle)
    log.close()
    assert b"Traceback" not in (tmp_path / "stderr.log").read_bytes()
