"""A real local HTTP server speaking the OpenAI chat-completions protocol, with scripted answers.

The model name picks the script, so one stub serves every case: `faithful`, `wrong_number`, `invented_name`,
`dropped_negation`, `altered_quote`, `swapped_role` (the opposition's criticism given to a councillor),
`misbound_number` (the cost's 32 given to the kilometres), `points_back`, `no_speaker` (faithful words, but not
standing alone), `empty`, `preamble`, `english`, `http_500`, `flaky_429` (429, then the faithful answer), `slow`
(answers after SLOW seconds), `broken_json`, `echo_auth` (a 500 whose body repeats the Authorization header: the
key must still not leak).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# Written for these tests (a made-up story, not taken from any corpus).
ARTICLE = (
    "Graz (APA) – Der Grazer Gemeinderat hat am Donnerstag ein neues Radwegenetz beschlossen. "
    "Bis 2028 sollen 45 Kilometer Radwege entstehen, die Kosten liegen bei 32 Millionen Euro.\n"
    "„Wir machen Graz zur Fahrradstadt“, sagte Verkehrsstadträtin Judith Schwentner. "
    "Die Parkgebühren in der Innenstadt werden nicht erhöht, sagte Bürgermeisterin Elke Kahr.\n"
    "Die Opposition kritisierte den Plan als zu teuer. Die ersten Arbeiten beginnen im Frühjahr."
)
TITLE = "Graz baut 45 Kilometer Radwege"
FAITHFUL = (
    "Der Grazer Gemeinderat hat ein neues Radwegenetz beschlossen. "
    "Bis 2028 sollen 45 Kilometer Radwege für 32 Millionen Euro entstehen."
)
ANSWERS = {
    "faithful": FAITHFUL,
    "wrong_number": "Der Grazer Gemeinderat hat ein neues Radwegenetz beschlossen. Bis 2028 sollen 54 Kilometer Radwege entstehen.",
    "invented_name": "Bürgermeister Siegfried Nagl will Graz zur Fahrradstadt machen. Der Gemeinderat hat ein neues Radwegenetz beschlossen.",
    "dropped_negation": "Die Parkgebühren in der Innenstadt werden erhöht, sagte Bürgermeisterin Elke Kahr.",
    "altered_quote": "„Wir machen Graz zur Radstadt“, sagte Verkehrsstadträtin Judith Schwentner über das neue Radwegenetz.",
    "swapped_role": "Verkehrsstadträtin Judith Schwentner kritisierte den Plan als zu teuer.",
    "misbound_number": "Der Grazer Gemeinderat hat ein neues Radwegenetz beschlossen. Bis 2028 sollen 32 Kilometer Radwege entstehen.",
    "empty": "",
    "preamble": "Hier ist der Teaser: Der Grazer Gemeinderat hat ein neues Radwegenetz beschlossen.",
    "english": "The Graz city council approved a new network of cycle paths on Thursday.",
    "points_back": "Doch die Opposition kritisierte den Plan als zu teuer. Die ersten Arbeiten beginnen im Frühjahr.",
    "no_speaker": "„Wir machen Graz zur Fahrradstadt.“ Die ersten Arbeiten beginnen im Frühjahr.",
}
SLOW = 3.0


@dataclass
class Stub:
    url: str
    calls: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, model: str | None = None) -> int:
        with self.lock:
            return sum(1 for c in self.calls if model is None or c["body"].get("model") == model)


def handler(stub: Stub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
            model = body.get("model", "")
            with stub.lock:
                stub.calls.append({"path": self.path, "body": body, "authorization": self.headers.get("authorization")})
                tries = sum(1 for c in stub.calls if c["body"].get("model") == model)
            if not self.path.endswith("/chat/completions"):
                return self.send(404, {"error": "not found"})
            if model == "http_500":
                return self.send(500, {"error": {"message": "internal"}})
            if model == "echo_auth":
                return self.send(500, {"error": {"message": f"bad header {self.headers.get('authorization')}"}})
            if model == "flaky_429" and tries == 1:
                return self.send(429, {"error": {"message": "slow down"}}, {"Retry-After": "0"})
            if model == "broken_json":
                return self.send_raw(200, b'{"choices": [{"message": {"content": "Der Ge')
            if model == "slow":
                time.sleep(SLOW)
            text = ANSWERS.get(model, FAITHFUL)
            self.send(
                200,
                {
                    "id": "stub",
                    "object": "chat.completion",
                    "model": model,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                },
            )

        def send(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
            self.send_raw(status, json.dumps(data, ensure_ascii=False).encode(), headers)

        def send_raw(self, status: int, raw: bytes, headers: dict[str, str] | None = None) -> None:
            try:
                self.send_response(status)
                for k, v in {"content-type": "application/json", **(headers or {})}.items():
                    self.send_header(k, v)
                self.send_header("content-length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)
            except OSError:
                pass  # the client gave up (a timeout test)

    return Handler


@contextmanager
def stub_server() -> Iterator[Stub]:
    """The stub on a free loopback port; `stub.url` is the base URL (…/v1) kurz is given."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler(Stub("")))
    server.daemon_threads = True
    stub = Stub(f"http://127.0.0.1:{server.server_address[1]}/v1")
    server.RequestHandlerClass = handler(stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield stub
    finally:
        server.shutdown()
        server.server_close()
