"""Method "llm" against a real local stub of an OpenAI-compatible server: the guard decides, errors fall back,
retries, timeouts, the cache, batch and eval, the server's key and limits, and the API key never leaking."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from llm_stub import ARTICLE, FAITHFUL, TITLE, stub_server

import kurz
from kurz.errors import OptionError
from kurz.interfaces.cli import main
from kurz.llm import Endpoint
from kurz.llm.prompt import messages
from kurz.summary import Budget

SECRET = "sk-test-0123456789-SECRET"


@pytest.fixture(scope="module")
def stub() -> Iterator:
    with stub_server() as server:
        yield server


def endpoint(stub, model: str, **options) -> Endpoint:
    return Endpoint(stub.url, model, **{"api_key": SECRET, "timeout": 2.0, "backoff": 0.01, "cache": None, **options})


def llm(stub, model: str, **options) -> dict:
    result = kurz.summarize(ARTICLE, TITLE, method="llm", llm=endpoint(stub, model, **options))
    data = result.to_dict()
    assert SECRET not in json.dumps(data, ensure_ascii=False)
    return data


# --- the Python API: the guard decides ---


def test_a_faithful_paraphrase_is_shipped_with_support(stub) -> None:
    data = llm(stub, "faithful")
    assert data["method"] == "llm" and data["summary"] == FAITHFUL
    assert data["llm"] == {"model": "faithful", "verdict": "accepted", "reasons": [], "draft": FAITHFUL, "cached": False}
    assert [s["text"] for s in data["sentences"]] == [FAITHFUL[s["summary_start"] : s["summary_end"]] for s in data["sentences"]]
    for sentence in data["sentences"]:
        assert sentence["support"] and sentence["pieces"] == []
        for support in sentence["support"]:
            assert ARTICLE[support["start"] : support["end"]] == support["text"]
    assert data["sentences"][1]["support"][0]["text"].startswith("Bis 2028 sollen 45 Kilometer")


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        ("wrong_number", "number"),
        ("invented_name", "name"),
        ("dropped_negation", "negation"),
        ("altered_quote", "quote"),
        ("swapped_role", "role"),
        ("misbound_number", "binding"),
        ("points_back", "points_back"),
        ("no_speaker", "unattributed"),
        ("empty", "form"),
        ("preamble", "form"),
        ("english", "form"),
    ],
)
def test_an_unfaithful_answer_falls_back_to_the_extractive_teaser(stub, model: str, kind: str) -> None:
    data = llm(stub, model)
    extractive = kurz.summarize(ARTICLE, TITLE).to_dict()
    assert data["method"] == extractive["method"] == "ranker"
    assert data["summary"] == extractive["summary"] and data["sentences"] == extractive["sentences"]
    assert data["llm"]["verdict"] == "rejected"
    assert kind in {r["kind"] for r in data["llm"]["reasons"]}
    assert data["llm"]["draft"] is not None
    assert any("fact guard rejected" in w for w in data["warnings"])


@pytest.mark.parametrize(
    ("model", "code", "calls"),
    [("http_500", "http_error", 3), ("broken_json", "bad_answer", 1), ("slow", "timeout", 1)],
)
def test_server_failures_are_an_error_verdict_and_fall_back(stub, model: str, code: str, calls: int) -> None:
    before = stub.count(model)
    data = llm(stub, model, timeout=0.5)
    assert data["method"] == "ranker" and data["summary"] == kurz.summarize(ARTICLE, TITLE).text
    assert data["llm"]["verdict"] == "error" and data["llm"]["draft"] is None
    assert [r["code"] for r in data["llm"]["reasons"]] == [code]
    assert stub.count(model) - before == calls  # 5xx retried twice; timeouts and bad answers are not retried


def test_clients_are_closed_and_reopened_on_the_next_call(stub) -> None:
    """The server closes the connection pools at shutdown (and every process at exit); a later call opens one anew."""
    from kurz.llm import client

    server = endpoint(stub, "faithful")
    kurz.summarize(ARTICLE, TITLE, method="llm", llm=server)
    opened, _ = client._clients[server]
    client.close_clients()
    assert opened.is_closed and server not in client._clients
    assert kurz.summarize(ARTICLE, TITLE, method="llm", llm=server).llm.verdict == "accepted"  # type: ignore[union-attr]
    assert not client._clients[server][0].is_closed


def test_429_is_retried_then_succeeds(stub) -> None:
    data = llm(stub, "flaky_429")
    assert data["llm"]["verdict"] == "accepted"
    assert stub.count("flaky_429") == 2


def test_the_request_is_temperature_0_with_the_key_as_bearer_token(stub) -> None:
    llm(stub, "faithful", cache=None)
    call = stub.calls[-1]
    assert call["path"] == "/v1/chat/completions"
    assert call["body"]["temperature"] == 0 and call["body"]["model"] == "faithful"
    assert call["authorization"] == f"Bearer {SECRET}"


def test_the_key_never_leaks(stub) -> None:
    data = llm(stub, "echo_auth")  # the server repeats the Authorization header in its error body
    assert data["llm"]["verdict"] == "error"
    assert "Bearer ***" in data["llm"]["reasons"][0]["message"]
    assert SECRET not in repr(endpoint(stub, "x"))
    unreachable = Endpoint(f"http://user:{SECRET}@127.0.0.1:9/v1", "m", api_key=SECRET, timeout=0.5, cache=None)
    result = kurz.summarize(ARTICLE, method="llm", llm=unreachable).to_dict()
    assert result["llm"]["verdict"] == "error" and SECRET not in json.dumps(result)


def test_answers_are_cached_by_model_and_prompt(stub, tmp_path: Path) -> None:
    first = llm(stub, "wrong_number", cache=str(tmp_path))
    calls = stub.count("wrong_number")
    again = llm(stub, "wrong_number", cache=str(tmp_path))
    assert stub.count("wrong_number") == calls
    assert again["llm"]["cached"] and again["llm"]["draft"] == first["llm"]["draft"]
    assert SECRET not in "".join(p.read_text() for p in tmp_path.rglob("*.json"))


def test_the_prompt_is_german_with_title_budget_draft_and_a_shortened_article() -> None:
    long_article = ARTICLE + "\n" + " ".join(f"Im Bezirk {i} wird ebenfalls gebaut." for i in range(400))
    document = kurz.Document.from_text(long_article, TITLE)
    chat = messages(document, Budget(max_words=30), "Der Entwurf.", limit=1000)
    user = chat[1]["content"]
    assert chat[0]["role"] == "system" and "Verneinung" in chat[0]["content"]
    assert f"Überschrift: {TITLE}" in user and "höchstens 30 Wörter" in user and "Entwurf" in user and "Der Entwurf." in user
    article = user.split(":\n", 1)[1].split("\n\nLänge", 1)[0]
    assert len(article) <= 1000 and article.endswith("gebaut.") and "gekürzt" in user


def test_without_an_endpoint_method_llm_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KURZ_LLM_URL", "KURZ_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(OptionError, match="KURZ_LLM_URL"):
        kurz.summarize(ARTICLE, method="llm")
    with pytest.raises(OptionError, match="http"):
        Endpoint("file:///etc/passwd", "m")


# --- the command line ---


def cli_env(stub, tmp_path: Path, model: str = "faithful") -> dict[str, str]:
    return {
        "KURZ_LLM_URL": stub.url,
        "KURZ_LLM_MODEL": model,
        "KURZ_LLM_API_KEY": SECRET,
        "KURZ_LLM_CACHE": str(tmp_path / "cache"),
    }


def test_cli_summarize_with_llm(stub, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(
        main, ["summarize", str(source), "--title", TITLE, "--method", "llm", "--json"], env=cli_env(stub, tmp_path)
    )
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["llm"]["verdict"] == "accepted"
    assert f"kurz: the teaser was written by the LLM ({model_of(done.stdout)}) and accepted by the fact guard" in done.stderr
    plain = runner.invoke(main, ["summarize", str(source), "--title", TITLE, "--method", "llm"], env=cli_env(stub, tmp_path))
    assert plain.exit_code == 0 and "written by the LLM" in plain.stderr and "written by the LLM" not in plain.stdout
    args = ["summarize", str(source), "-m", "llm", "--llm-url", stub.url, "--llm-model", "wrong_number", "--llm-cache", "off"]
    done = runner.invoke(main, args, env={"KURZ_LLM_API_KEY": SECRET})
    assert done.exit_code == 0 and done.stdout.strip() == kurz.summarize(ARTICLE).text
    assert "fact guard rejected" in done.stderr and "written by the LLM" not in done.stderr and SECRET not in done.output


def model_of(result_json: str) -> str:
    return json.loads(result_json)["llm"]["model"]


def articles(n: int) -> list[dict]:
    rows = [{"id": f"a{i}", "title": f"{TITLE} ({i})", "text": ARTICLE} for i in range(n)]
    rows.insert(2, {"id": "empty", "text": "   "})
    return rows


def test_batch_keeps_its_contract_and_resume_pays_nothing_twice(stub, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in articles(5)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = cli_env(stub, tmp_path, "batch_faithful")
    args = ["batch", str(source), "-o", str(out), "--method", "llm", "--llm-concurrency", "3", "-q"]
    done = CliRunner().invoke(main, args, env=env)
    assert done.exit_code == 0, done.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a0", "a1", "empty", "a2", "a3", "a4"] and [r["row"] for r in rows] == list(range(1, 7))
    assert rows[2]["error"]["code"] == "empty_input" and rows[2]["method"] == "llm"
    assert {r["llm"]["verdict"] for r in rows if "llm" in r} == {"accepted"}
    assert stub.count("batch_faithful") == 5  # one call per article; the empty row never reaches the model
    assert SECRET not in out.read_text(encoding="utf-8")
    # Interrupted after 3 rows: --resume writes the rest, from the cache.
    out.write_text("".join(out.read_text(encoding="utf-8").splitlines(keepends=True)[:3]), encoding="utf-8")
    done = CliRunner().invoke(main, [*args, "--resume"], env=env)
    assert done.exit_code == 0, done.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [r["id"] for r in rows]
    assert stub.count("batch_faithful") == 5
    csv_out = tmp_path / "out.csv"
    done = CliRunner().invoke(main, ["batch", str(source), "-o", str(csv_out), "--method", "llm", "-q"], env=env)
    assert done.exit_code == 0 and "llm" in csv_out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert stub.count("batch_faithful") == 5


def test_eval_reports_the_acceptance_rate(stub, tmp_path: Path) -> None:
    data = tmp_path / "pairs.jsonl"
    pairs = [{"id": str(i), "title": f"{TITLE} {i}", "text": ARTICLE, "summary": FAITHFUL} for i in range(3)]
    data.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    args = ["eval", str(data), "--method", "llm", "--no-references", "--json", "-q"]
    done = CliRunner().invoke(main, args, env=cli_env(stub, tmp_path, "eval_faithful"))
    assert done.exit_code == 0, done.output
    report = json.loads(done.stdout)
    assert report["methods"]["llm"]["llm"] == {"accepted": 3, "rejected": 0, "error": 0, "acceptance_rate": 1.0}
    assert report["methods"]["llm"]["rouge1"]["f1"] == pytest.approx(1.0)
    table = CliRunner().invoke(main, args[:-2], env=cli_env(stub, tmp_path, "eval_faithful")).stdout
    assert "accepted for 3 of 3 articles (100.0 %)" in table


# --- the server ---


def server_client(stub, **settings) -> httpx.Client:
    from fastapi.testclient import TestClient

    from kurz.interfaces.server import create_app
    from kurz.interfaces.server_settings import ServerSettings

    options = {"llm_url": stub.url, "llm_model": "faithful", "llm_cache": "off", **settings}
    return TestClient(create_app(ServerSettings(**options)))


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert set(response.json()) == {"error"} and response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


def test_server_llm_mode_with_api_key(stub) -> None:
    pytest.importorskip("fastapi")
    client = server_client(stub, api_key="k3y")
    assert client.get("/v1/methods").json()["llm"] == {"model": "faithful"}
    assert client.get("/v1/methods").json()["auth"] is True
    body = {"text": ARTICLE, "title": TITLE, "method": "llm"}
    assert_error(client.post("/v1/summarize", json=body), 401, "unauthorized")
    assert_error(client.post("/v1/summarize", json=body, headers={"Authorization": "Bearer k3y-wrong"}), 401, "unauthorized")
    assert_error(
        client.post("/v1/summarize", json={"text": ARTICLE}, headers={"Authorization": "Basic k3y"}), 401, "unauthorized"
    )
    auth = {"Authorization": "Bearer k3y"}
    data = client.post("/v1/summarize", json=body, headers=auth).json()
    assert data["method"] == "llm" and data["llm"]["verdict"] == "accepted"
    assert client.post("/v1/summarize", json={"text": ARTICLE}, headers=auth).json()["method"] == "ranker"
    other = "Der Linzer Landtag hat am Donnerstag ein neues Naturschutzgesetz beschlossen. Die Opposition stimmte dagegen."
    items = {"method": "llm", "items": [{"text": ARTICLE, "title": TITLE}, {"text": ""}, {"text": other}]}
    results = client.post("/v1/summarize/batch", json=items, headers=auth).json()["results"]
    assert [r.get("llm", {}).get("verdict") for r in results] == ["accepted", None, "rejected"]
    assert results[1]["error"]["code"] == "empty_input"
    assert client.get("/healthz").status_code == 200  # liveness needs no key


def test_server_bounds_llm_requests_per_client(stub) -> None:
    pytest.importorskip("fastapi")
    client = server_client(stub, llm_rate=0.01)
    body = {"text": ARTICLE, "method": "llm"}
    for _ in range(10):  # the burst
        assert client.post("/v1/summarize", json=body).status_code == 200
    assert_error(client.post("/v1/summarize", json=body), 429, "rate_limited")
    assert client.post("/v1/summarize", json={"text": ARTICLE}).status_code == 200  # extractive requests are not limited


def test_server_without_endpoint_refuses_method_llm(stub) -> None:
    pytest.importorskip("fastapi")
    client = server_client(stub, llm_url=None)
    assert client.get("/v1/methods").json()["llm"] is None
    assert_error(client.post("/v1/summarize", json={"text": ARTICLE, "method": "llm"}), 422, "llm_unavailable")


def test_serve_refuses_an_open_llm_endpoint_without_a_key(stub) -> None:
    pytest.importorskip("fastapi")
    options = ["--host", "0.0.0.0", "--port", "9", "--llm-url", stub.url, "--llm-model", "m"]
    command = [sys.executable, "-m", "kurz", "serve", *options]
    env = {k: v for k, v in os.environ.items() if k != "KURZ_API_KEY"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2 and "needs an API key" in done.stderr
