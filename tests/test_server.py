"""The HTTP API against a real `kurz serve` process on a loopback port: results, limits and the error shape."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("fastapi", reason="the server needs the 'server' extra: pip install 'kurz[server]'")

import kurz
from kurz.interfaces.background import background_server
from kurz.methods import DEFAULT_METHOD, REGISTRY, resolve

# Written for these tests (a made-up story, not taken from any corpus).
ARTICLE = (
    "Kassel (dpa) – Die Stadt Kassel will bis 2030 alle Buslinien auf Elektroantrieb umstellen. "
    "Das hat die Stadtverordnetenversammlung am Montagabend mit großer Mehrheit beschlossen. "
    "Die Kosten für die 140 neuen Fahrzeuge und die Ladestationen in den beiden Betriebshöfen werden auf rund 95 Mio. Euro geschätzt.\n"
    "Etwa die Hälfte davon soll aus einem Förderprogramm des Bundes kommen. „Wir wollen zeigen, dass eine mittelgroße Stadt "
    "den Nahverkehr klimafreundlich machen kann, ohne die Fahrpreise zu erhöhen“, sagte Oberbürgermeisterin Petra Lindner. "
    "Die ersten 20 Busse sollen bereits im kommenden Frühjahr auf den Linien 12 und 16 fahren.\n"
    "Kritik kam von der Opposition. Die Fraktion der Freien Wähler bemängelte, dass die Reichweite der Fahrzeuge im Winter "
    "noch nicht ausreichend getestet sei. Auch der Fahrgastverband Pro Bahn mahnte, über die neue Technik dürfe der Ausbau "
    "des Angebots nicht vergessen werden.\n"
    "Die Kasseler Verkehrs-Gesellschaft kündigte an, rund 300 Fahrerinnen und Fahrer bis Ende des Jahres zu schulen. "
    "Zudem werde im Norden der Stadt ein zweiter Betriebshof mit Solardach gebaut. Er soll 2027 fertig sein. (dpa)"
)
TITLE = "Kassel stellt alle Busse auf Strom um"


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with background_server() as url, httpx.Client(base_url=url, timeout=30) as http:
        yield http


@pytest.fixture(scope="module")
def strict_client() -> Iterator[httpx.Client]:
    """A server started with tight limits on the command line: the options must reach the app."""
    with (
        background_server("--timeout", "0.001", "--max-batch", "2", "--max-body-bytes", "50000") as url,
        httpx.Client(base_url=url, timeout=30) as http,
    ):
        yield http


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    """Every failure has exactly the shape {"error": {"code", "message"}}."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def post_json(client: httpx.Client, path: str, payload: Any) -> httpx.Response:
    return client.post(path, content=json.dumps(payload).encode(), headers={"content-type": "application/json"})


# --- what works ---


def test_healthz(client: httpx.Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": kurz.__version__}


def test_methods_lists_the_registry_and_the_default(client: httpx.Client) -> None:
    data = client.get("/v1/methods").json()
    assert data["default"] == DEFAULT_METHOD
    assert {m["name"] for m in data["methods"]} == set(REGISTRY)
    assert [m["name"] for m in data["methods"] if m["default"]] == [resolve(DEFAULT_METHOD)]
    assert [m["aliases"] for m in data["methods"] if m["default"]] == [["default"]]
    assert all(m["description"] == REGISTRY[m["name"]].description for m in data["methods"])


def test_openapi_and_docs(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/v1/summarize", "/v1/summarize/batch", "/v1/methods", "/healthz"} <= set(schema["paths"])
    assert "413" in schema["paths"]["/v1/summarize"]["post"]["responses"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "cdn" not in docs.text  # the docs page must work offline
    assert client.get("/swagger/swagger-ui-bundle.js").status_code == 200


def test_summarize_equals_the_library_result(client: httpx.Client) -> None:
    response = client.post("/v1/summarize", json={"text": ARTICLE, "title": TITLE})
    assert response.status_code == 200
    data = response.json()
    assert data.pop("processing_ms") >= 0
    assert data == kurz.summarize(ARTICLE, TITLE).to_dict()
    assert data["method"] == resolve(DEFAULT_METHOD) == "ranker"


def test_offsets_index_the_text_as_sent(client: httpx.Client) -> None:
    data = client.post("/v1/summarize", json={"text": ARTICLE, "sentences": 2}).json()
    pieces = [p for s in data["sentences"] for p in s["pieces"]]
    assert pieces and all(ARTICLE[p["start"] : p["end"]] == p["text"] for p in pieces)


@pytest.mark.parametrize("method", sorted(REGISTRY))
@pytest.mark.parametrize("length", [{"sentences": 1}, {"max_words": 25}, {"max_chars": 120}, {}])
def test_every_method_and_length_option(client: httpx.Client, method: str, length: dict[str, int]) -> None:
    data = client.post("/v1/summarize", json={"text": ARTICLE, "method": method, **length}).json()
    assert data["method"] == method and data["summary"] and not data["over_budget"]
    assert data["budget"] == {"sentences": None, "max_words": None, "max_chars": None, **(length or {"max_words": 40})}
    used = {"sentences": len(data["sentences"]), "max_words": data["words"], "max_chars": data["chars"]}
    assert all(data["budget"][name] is None or n <= data["budget"][name] for name, n in used.items()), used
    assert 1 <= len(data["sentences"]) <= 3


def test_any_content_type_is_read_as_json(client: httpx.Client) -> None:
    """curl -d sends application/x-www-form-urlencoded unless told otherwise; the body is still JSON."""
    body = json.dumps({"text": ARTICLE}).encode()
    response = client.post("/v1/summarize", content=body, headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200


def test_batch_answers_in_order_and_isolates_bad_items(client: httpx.Client) -> None:
    items = [
        {"text": ARTICLE, "title": TITLE},
        {"text": "   "},
        {"text": 42},
        "kein Objekt",
        {"text": ARTICLE[:400]},
        {"text": "Die Brücke \udc00 ist zu."},
    ]
    response = post_json(client, "/v1/summarize/batch", {"items": items, "sentences": 1})
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == len(items)
    assert results[0]["summary"] == kurz.summarize(ARTICLE, TITLE, sentences=1).text
    assert results[1] == {"error": {"code": "empty_input", "message": results[1]["error"]["message"]}}
    assert results[2]["error"]["code"] == "validation_error"
    assert results[3]["error"]["code"] == "validation_error"
    assert results[4]["summary"] == kurz.summarize(ARTICLE[:400], sentences=1).text
    assert results[5]["error"]["code"] == "invalid_input" and "surrogate" in results[5]["error"]["message"]


def test_empty_batch(client: httpx.Client) -> None:
    assert client.post("/v1/summarize/batch", json={"items": []}).json() == {"results": []}


# --- what is refused, always in one shape ---


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"text": ""}, "empty_input"),
        ({"text": " \n\t "}, "empty_input"),
        ({"text": 42}, "validation_error"),
        ({"text": ["Ein", "Satz"]}, "validation_error"),
        ({"title": "Nur eine Überschrift"}, "validation_error"),
        ({"text": ARTICLE, "sentences": "3"}, "validation_error"),
        ({"text": ARTICLE, "sentences": 0}, "validation_error"),
        ({"text": ARTICLE, "max_chars": 12.5}, "validation_error"),
        ({"text": ARTICLE, "max_wrds": 20}, "validation_error"),
        ({"text": ARTICLE, "method": "gpt"}, "unknown_method"),
        (["not", "an", "object"], "validation_error"),
        ({"text": "Die Brücke \ud800 ist gesperrt. Sie bleibt bis Montag zu."}, "invalid_input"),
        ({"text": "\x00\x01\x02\x03\x04 Steuerzeichen statt Text."}, "invalid_input"),
    ],
)
def test_bad_requests_get_422(client: httpx.Client, payload: Any, code: str) -> None:
    assert_error(post_json(client, "/v1/summarize", payload), 422, code)


def test_batch_with_a_bad_option_is_refused_as_a_whole(client: httpx.Client) -> None:
    assert_error(post_json(client, "/v1/summarize/batch", {"items": [{"text": ARTICLE}], "method": "gpt"}), 422, "unknown_method")
    assert_error(post_json(client, "/v1/summarize/batch", {"items": {"text": ARTICLE}}), 422, "validation_error")


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"", "invalid_json"),
        (b'{"text": "Ein Satz.",}', "invalid_json"),
        (b"text=Ein+Satz", "invalid_json"),
        ('{"text": "Die Straße in Köln wird saniert."}'.encode("latin-1"), "invalid_encoding"),
        (b'{"text": "\xff\xfe kaputt"}', "invalid_encoding"),
    ],
)
def test_unreadable_bodies_get_400(client: httpx.Client, body: bytes, code: str) -> None:
    assert_error(client.post("/v1/summarize", content=body, headers={"content-type": "application/json"}), 400, code)


def test_body_over_the_limit_gets_413(client: httpx.Client) -> None:
    big = json.dumps({"text": "Ein Satz. " * 100_001}).encode()
    assert len(big) > 1_000_000
    assert_error(client.post("/v1/summarize", content=big), 413, "body_too_large")


def test_streamed_body_over_the_limit_gets_413(client: httpx.Client) -> None:
    """Without Content-Length (chunked upload) the bytes actually received are counted."""

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(12):
            yield b"Ein Satz. " * 10_000
        yield b'"}'

    response = client.post("/v1/summarize", content=chunks())
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "body_too_large")


def test_too_many_batch_items_get_413(client: httpx.Client) -> None:
    assert_error(client.post("/v1/summarize/batch", json={"items": [{"text": "Ein Satz."}] * 101}), 413, "too_many_items")


def test_unknown_route_and_wrong_verb(client: httpx.Client) -> None:
    assert_error(client.get("/v1/nothing"), 404, "not_found")
    assert_error(client.get("/v1/summarize"), 405, "method_not_allowed")


def test_healthz_is_answered_while_a_batch_is_being_summarised(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch's work runs in the worker pool, not on the event loop: held there (on an event, whatever the
    machine's speed), it leaves /healthz answering; released, it completes."""
    from fastapi.testclient import TestClient

    from kurz.interfaces import server, server_routes

    started, release = threading.Event(), threading.Event()
    summarize_item = server_routes.summarize_item

    def held(*args: Any, **options: Any) -> dict[str, Any]:
        started.set()
        assert release.wait(120)  # a bound only against a hang: the test sets it
        return summarize_item(*args, **options)

    monkeypatch.setattr(server_routes, "summarize_item", held)
    answers: list[httpx.Response] = []
    with TestClient(server.create_app()) as http:
        batch = threading.Thread(
            target=lambda: answers.append(http.post("/v1/summarize/batch", json={"items": [{"text": ARTICLE}]}))
        )
        batch.start()
        assert started.wait(120)
        assert [http.get("/healthz").status_code for _ in range(3)] == [200, 200, 200]
        assert batch.is_alive() and not answers  # the batch was still being summarised throughout
        release.set()
        batch.join()
    assert answers[0].status_code == 200 and answers[0].json()["results"][0]["summary"]


# --- limits given on the command line ---


def test_time_limit_gives_504_and_the_server_lives_on(strict_client: httpx.Client) -> None:
    payload = {"items": [{"text": ARTICLE * 10}] * 2, "method": "textrank"}
    assert_error(strict_client.post("/v1/summarize/batch", json=payload), 504, "timeout")
    assert strict_client.get("/healthz").status_code == 200


def test_limits_from_the_command_line(strict_client: httpx.Client) -> None:
    assert_error(strict_client.post("/v1/summarize/batch", json={"items": [{"text": "Ein Satz."}] * 3}), 413, "too_many_items")
    assert_error(strict_client.post("/v1/summarize", json={"text": ARTICLE * 50}), 413, "body_too_large")


def test_two_workers_share_the_options() -> None:
    """Settings (limits, model file) reach every worker process (the Nagle fix is measured by benchmarks/load.py)."""
    models = sorted((Path(kurz.__file__).parent / "models").glob("*.json"))
    model = ["--model", str(models[0])] if models else []
    with background_server("--workers", "2", "--max-batch", "3", *model) as url, httpx.Client(base_url=url, timeout=30) as http:
        for method in REGISTRY:  # the model file goes only to methods that take one
            assert http.post("/v1/summarize", json={"text": ARTICLE, "method": method}).status_code == 200
        assert_error(http.post("/v1/summarize/batch", json={"items": [{"text": "Ein Satz."}] * 4}), 413, "too_many_items")


@pytest.mark.parametrize("levels", [40, 500, 100_000])
def test_deeply_nested_json_gets_400_not_500(client: httpx.Client, levels: int) -> None:
    body = '{"text": "Ein Satz. Noch ein Satz.", "title": ' + "[" * levels + "]" * levels + "}"
    assert_error(client.post("/v1/summarize", content=body), 400, "invalid_json")
    batch = '{"items": [' + "[" * levels + "]" * levels + "]}"
    assert_error(client.post("/v1/summarize/batch", content=batch), 400, "invalid_json")
    assert client.get("/healthz").status_code == 200


def test_a_huge_declared_body_is_refused_at_once_without_reading_it(client: httpx.Client) -> None:
    """Only the headers are sent: the 413 must come back before any body byte, and the connection is closed."""
    host, port = str(client.base_url.host), int(client.base_url.port or 80)
    with socket.create_connection((host, port), timeout=5) as sock:
        head = f"POST /v1/summarize HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n"
        sock.sendall(head.encode())  # and no body at all: a server waiting for it would time out the recv below
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            data = sock.recv(65536)
            if not data:
                break
            answer += data
    status, _, rest = answer.partition(b"\r\n")
    assert b" 413 " in status and b"body_too_large" in rest and b"connection: close" in rest.lower()


def test_an_internal_error_in_a_batch_item_logs_its_traceback(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """docs/server.md promises the traceback in the server log for `internal_error`; a batch item answers on, so it
    must log it itself."""
    from kurz.interfaces import server_routes

    def crash(*args: Any) -> dict[str, Any]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(server_routes, "summarize_one", crash)
    with caplog.at_level("ERROR", logger="uvicorn.error"):
        answer = server_routes.summarize_item({"text": "Der Rat tagt."}, None, "lead", None)  # type: ignore[arg-type]
    assert answer == {"error": {"code": "internal_error", "message": "RuntimeError: a bug"}}
    [record] = caplog.records
    assert record.exc_info is not None and "a bug" in caplog.text and "Traceback" in caplog.text


def test_routes_get_the_typed_settings_through_depends() -> None:
    """Routes read the server's settings and pools only through the `services` dependency, so a test (or another
    app) can hand them their own: an override of that one dependency changes what every route sees."""
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from kurz.interfaces.server import create_app
    from kurz.interfaces.server_settings import ServerSettings, Services, services

    app = create_app()
    keyed = Services.build(ServerSettings(max_batch=1, api_key="k"))
    app.dependency_overrides[services] = lambda: keyed
    with TestClient(app) as http:
        assert http.get("/v1/methods").json()["auth"] is True
        answer = http.post("/v1/summarize/batch", json={"items": [{"text": "Der Rat tagt."}] * 2})
        assert answer.status_code == 413 and "the limit is 1" in answer.json()["error"]["message"]
        app.dependency_overrides[services] = lambda: replace(keyed, settings=ServerSettings())
        assert http.get("/v1/methods").json()["auth"] is False
    keyed.shutdown()
