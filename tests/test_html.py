"""Web pages in: HTML pages written for these tests (navigation, cookie banner, captions, related links,
meta description) give teasers without page furniture; URLs are fetched from a real local HTTP server."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

import kurz
from kurz.interfaces.background import background_server
from kurz.interfaces.cli import main
from kurz.interfaces.fetch import FetchError, FetchRefused, check_public, fetch

PAGES = Path(__file__).parent / "data" / "pages"
FURNITURE = json.loads((PAGES / "furniture.json").read_text(encoding="utf-8"))
NAMES = sorted(p.stem for p in PAGES.glob("*.html"))


class Handler(http.server.SimpleHTTPRequestHandler):
    """The test pages, a redirect, a page over the size limit and a PDF."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, directory=str(PAGES), **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:
        if self.path == "/weiter":
            self.send_response(302)
            self.send_header("Location", "/zinsen.html")
            self.end_headers()
        elif self.path in ("/riesig.html", "/datei.pdf"):
            body = b"<html><body><p>" + b"Ein Satz. " * 600_000 + b"</p></body></html>" if "riesig" in self.path else b"%PDF-1.7"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8" if "riesig" in self.path else "application/pdf")
            self.end_headers()
            self.wfile.write(body)
        else:
            super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def furniture_in(text: str) -> list[str]:
    return [word for word in FURNITURE if word.lower() in text.lower()]


@pytest.mark.parametrize("name", NAMES)
def test_a_web_page_gives_a_teaser_without_page_furniture(name: str) -> None:
    page = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    result = kurz.summarize(page)
    assert result.text and not furniture_in(result.text), result.text
    assert result.document is not None and result.document.extracted and result.document.title
    assert not furniture_in(result.document.text)
    for sentence in result.sentences:
        for piece in sentence.pieces:
            assert result.document.text[piece.start : piece.end] == piece.text
    details = result.to_dict()["document"]
    assert details["extracted_from"] == "html" and details["text"] == result.document.text  # type: ignore[index]


def test_entities_are_resolved_once() -> None:
    page = (
        "<html><body><article><p>Der Rat beschloss das Budget &amp;lt;2027&amp;gt; am Montag in Wien.</p></article></body></html>"
    )
    assert "&lt;2027&gt;" in kurz.summarize(page).text


def test_a_page_without_article_text_is_refused() -> None:
    with pytest.raises(kurz.EmptyInputError, match="no article text"):
        kurz.summarize("<html><body><nav><a href='/'>Start</a></nav><div></div></body></html>", html=True)


def test_cli_reads_an_html_file_and_a_url(site: str) -> None:
    from_file = CliRunner().invoke(main, ["summarize", str(PAGES / "derby.html")])
    from_url = CliRunner().invoke(main, ["summarize", f"{site}/derby.html"])
    assert from_file.exit_code == 0 and from_url.exit_code == 0, from_url.output
    assert from_file.stdout == from_url.stdout and from_url.stdout.startswith("Rapid Wien hat das 342. Wiener Derby")


@pytest.mark.parametrize(
    ("path", "message"),
    [("/fehlt.html", "answered HTTP 404"), ("/riesig.html", "larger than the limit"), ("/datei.pdf", "not a web page")],
)
def test_cli_explains_a_page_it_cannot_use(site: str, path: str, message: str) -> None:
    result = CliRunner().invoke(main, ["summarize", site + path])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_unreachable_hosts_get_a_clear_error() -> None:
    result = CliRunner().invoke(main, ["summarize", "http://127.0.0.1:9/seite.html"])
    assert result.exit_code == 2 and "cannot fetch" in result.output


def test_redirects_are_followed(site: str) -> None:
    page = fetch(f"{site}/weiter")
    assert page.url.endswith("/zinsen.html") and page.html and "Kantonalbank" in page.text


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.10", "169.254.169.254", "::1"])
def test_private_addresses_are_refused_when_only_public_pages_may_be_fetched(host: str) -> None:
    with pytest.raises(FetchRefused):
        check_public(host, 80)


def test_public_only_refuses_the_local_site(site: str) -> None:
    with pytest.raises(FetchRefused, match="private, loopback"):
        fetch(f"{site}/zinsen.html", public_only=True)
    with pytest.raises(FetchError, match="not an http"):
        fetch("file:///etc/passwd")


def test_batch_reads_an_html_column(tmp_path: Path) -> None:
    rows = [{"id": name, "html": (PAGES / f"{name}.html").read_text(encoding="utf-8")} for name in NAMES]
    source = tmp_path / "seiten.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    got = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in got] == NAMES and all(r["summary"] and not furniture_in(r["summary"]) for r in got)
    assert all("html" not in r for r in got)  # the page is input, like the text, and is not copied to the output


def test_server_takes_html_and_fetches_urls_only_when_allowed(site: str) -> None:
    page = (PAGES / "wasser.html").read_text(encoding="utf-8")
    with background_server() as url, httpx.Client(base_url=url, timeout=30) as http:
        data = http.post("/v1/summarize", json={"html": page}).json()
        assert data["summary"].startswith("Wegen der anhaltenden Hitze") and data["document"]["extracted_from"] == "html"
        refused = http.post("/v1/summarize", json={"url": f"{site}/wasser.html"})
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "fetch_disabled"
        both = http.post("/v1/summarize", json={"text": "Ein Satz.", "html": page})
        assert both.status_code == 422 and "exactly one" in both.json()["error"]["message"]
    with background_server("--allow-fetch") as url, httpx.Client(base_url=url, timeout=30) as http:
        private = http.post("/v1/summarize", json={"url": f"{site}/wasser.html"})
        assert private.status_code == 403 and private.json()["error"]["code"] == "fetch_refused"
    with background_server("--allow-fetch", "--allow-private-fetch") as url, httpx.Client(base_url=url, timeout=30) as http:
        fetched = http.post("/v1/summarize", json={"url": f"{site}/wasser.html"}).json()
        assert fetched["summary"] == data["summary"]


@pytest.mark.parametrize("url", ["http://[::1/", "http://host:99999/", "http://exa mple.org/"])
def test_malformed_urls_are_clear_errors(url: str) -> None:
    result = CliRunner().invoke(main, ["summarize", url])
    assert result.exit_code == 2 and "Traceback" not in result.output and "kurz: error" in result.output


def test_a_bad_url_fails_only_its_own_batch_item() -> None:
    with background_server("--allow-fetch") as url, httpx.Client(base_url=url, timeout=30) as http:
        items = [{"text": "Der Rat von Graz tagt heute. Er berät das Budget."}, {"url": "http://[::1/"}]
        results = http.post("/v1/summarize/batch", json={"items": items}).json()["results"]
        assert results[0]["summary"] and results[1]["error"]["code"] == "fetch_failed"
