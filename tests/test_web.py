"""The editors' web page in a real headless Chromium against a real `kurz serve` process."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("fastapi", reason="the server needs the 'server' extra: pip install 'kurz[server]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="the browser test needs playwright (the 'dev' extra)")

from browser import CHROMIUM, launch

from kurz.interfaces.background import background_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium not found (run ./scripts/ensure-chromium as root to install Debian's)"
)


# Written for this test (a made-up story, not taken from any corpus).
ARTICLE = (
    "Rostock (dpa) – Nach wochenlangen Verhandlungen haben sich die Werft und die Gewerkschaft auf einen neuen Tarifvertrag geeinigt. "
    "Die rund 1200 Beschäftigten erhalten ab Juli vier Prozent mehr Lohn und eine Einmalzahlung von 1500 Euro.\n"
    "Beide Seiten sprachen von einem fairen Kompromiss. „Das sichert Arbeitsplätze an der Küste“, sagte Betriebsratschefin Anja Krüger. "
    "Die Werft hatte zuvor mit einem Stellenabbau gedroht, falls die Kosten weiter stiegen.\n"
    "Der Vertrag läuft bis Ende 2027. Die Mitglieder der Gewerkschaft müssen noch zustimmen; das Ergebnis der Abstimmung wird in zwei Wochen erwartet."
)
TITLE = "Einigung im Tarifstreit auf der Werft"


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with background_server() as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_api.sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, url: str) -> Iterator[Page]:
    context = browser.new_context(locale="de-DE", viewport={"width": 1000, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(url + "/")
    page.wait_for_selector("#method option", state="attached")
    yield page
    context.close()


def summarize(page: Page, text: str, title: str = "") -> str:
    """Fill the form, press the button and return the teaser once it is shown."""
    page.fill("#title", title)
    page.fill("#text", text)
    page.get_by_role("button", name="Zusammenfassen").click()
    sync_api.expect(page.locator("#result")).to_be_visible()
    return page.locator("#teaser").inner_text()


def squeeze(text: str) -> str:
    """Text without whitespace: the teaser joins kept pieces with spaces, the marks are the pieces."""
    return "".join(text.split())


def test_teaser_is_shown_and_marked_in_the_article(page: Page) -> None:
    teaser = summarize(page, ARTICLE, TITLE)
    assert teaser
    marks = page.locator("#source mark").all_inner_texts()
    assert marks, "no highlighted span in the article view"
    assert all(mark.strip() in teaser for mark in marks)
    assert squeeze("".join(marks)) == squeeze(teaser)
    assert page.locator("#source").inner_text().strip() == ARTICLE.strip()
    assert "Zeichen" in page.locator("#meta").inner_text()


def test_boilerplate_is_shown_as_left_out(page: Page) -> None:
    summarize(page, ARTICLE, TITLE)
    left_out = page.locator("#source .boilerplate")
    texts = left_out.all_inner_texts()
    assert [t.strip() for t in texts] == ["Rostock (dpa) –"]
    assert "nie in einen Teaser" in (left_out.first.get_attribute("title") or "")


def test_push_preset_gives_a_shorter_teaser(page: Page) -> None:
    teaser = summarize(page, ARTICLE, TITLE)
    page.get_by_text("Push-Meldung").click()
    sync_api.expect(page.locator("#teaser")).not_to_have_text(teaser)
    push = page.locator("#teaser").inner_text()
    assert len(push) <= 120 < len(teaser)
    page.get_by_text("Zusammenfassung").click()
    sync_api.expect(page.locator("#teaser")).not_to_have_text(push)


def test_a_push_that_cannot_fit_shows_the_shortest_form_flagged(page: Page) -> None:
    text = (
        "Wenn die Stadt nicht bis Ende des Jahres eine Einigung mit dem Eigentümer des Grundstücks erzielt, muss das "
        "beliebte Freibad im Norden der Stadt im kommenden Sommer geschlossen bleiben."
    )
    page.get_by_text("Push-Meldung").click()
    shown = summarize(page, text)
    sync_api.expect(page.locator("#error")).to_be_visible()
    assert "no_fit" in (page.locator("#error").get_attribute("title") or "")
    assert shown.startswith("Wenn die Stadt nicht") and len(shown) > 120
    assert "too-long" in (page.locator("#teaser").get_attribute("class") or "")
    assert "(erlaubt: 120)" in page.locator("#meta").inner_text()


def test_empty_input_shows_a_german_error(page: Page) -> None:
    page.fill("#text", "   ")
    page.get_by_role("button", name="Zusammenfassen").click()
    error = page.locator("#error")
    sync_api.expect(error).to_be_visible()
    sync_api.expect(error).to_have_text("Bitte fügen Sie zuerst einen Artikeltext ein.")
    assert "empty_input" in (error.get_attribute("title") or "")  # the technical detail only as a tooltip
    assert not page.locator("#result").is_visible()


def test_a_dateline_alone_gets_a_german_explanation(page: Page) -> None:
    page.fill("#text", "Rostock (dpa) – ")
    page.get_by_role("button", name="Zusammenfassen").click()
    sync_api.expect(page.locator("#error")).to_have_text(
        "Der Text enthält nur Randtexte wie Ortsmarke oder Bildnachweis und keinen Nachrichtensatz."
    )


def test_methods_are_offered_in_german_without_the_random_baseline(page: Page) -> None:
    options = page.locator("#method option")
    assert options.all_inner_texts() == ["Empfohlen", "Artikelanfang", "Zentrale Sätze"]
    assert page.locator("#method").input_value() == "ranker"
    summarize(page, ARTICLE, TITLE)
    sync_api.expect(page.locator("#meta")).to_contain_text("Verfahren: Empfohlen")
    assert "ranker" not in page.locator("#meta").inner_text()


def test_the_page_has_a_favicon(page: Page, url: str) -> None:
    response = page.request.get(url + "/favicon.ico")
    assert response.status == 200 and response.headers["content-type"].startswith("image/svg+xml")


def test_offsets_survive_emoji_before_the_teaser(page: Page) -> None:
    """The API counts code points, JavaScript UTF-16 units: an emoji shifts every later offset by one."""
    text = "🚢⚓ Eilmeldung\n" + ARTICLE
    teaser = summarize(page, text)
    marks = page.locator("#source mark").all_inner_texts()
    assert squeeze("".join(marks)) == squeeze(teaser)


def test_html_input_explains_why_nothing_is_marked(page: Page) -> None:
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n")) + "</body></html>"
    assert summarize(page, html)
    sync_api.expect(page.locator("#source-note")).to_contain_text("bereinigt")
    assert page.locator("#source mark").count() == 0
    sync_api.expect(page.locator("#warnings")).to_contain_text("HTML")


def test_copy_button_puts_the_teaser_on_the_clipboard(page: Page) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    teaser = summarize(page, ARTICLE)
    page.get_by_role("button", name="Kopieren").click()
    sync_api.expect(page.locator("#copy")).to_have_text("Kopiert ✓")
    assert page.evaluate("navigator.clipboard.readText()") == teaser


def test_usable_at_phone_width(browser: Browser, url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(url + "/")
    assert summarize(page, ARTICLE)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    button = page.get_by_role("button", name="Zusammenfassen").bounding_box()
    assert button is not None and button["width"] > 300
    context.close()


# --- the LLM mode: a switch only where the server has an endpoint, the guard's verdict, the support marked ---


@pytest.fixture(scope="module")
def llm_url() -> Iterator[str]:
    from llm_stub import stub_server

    with stub_server() as stub, background_server("--llm-url", stub.url, "--llm-model", "faithful", "--llm-cache", "off") as base:
        yield base


def test_the_llm_switch_is_hidden_without_an_endpoint(page: Page) -> None:
    assert not page.locator("#llm").is_visible()
    assert not page.locator("#verdict").is_visible()


def test_llm_teaser_shows_the_verdict_and_its_support(browser: Browser, llm_url: str) -> None:
    from llm_stub import ARTICLE as GRAZ
    from llm_stub import FAITHFUL
    from llm_stub import TITLE as GRAZ_TITLE

    context = browser.new_context(locale="de-DE")
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(llm_url + "/")
    switch = page.get_by_label("KI-Formulierung")
    sync_api.expect(switch).to_be_visible()
    switch.check()
    assert summarize(page, GRAZ, GRAZ_TITLE) == FAITHFUL
    sync_api.expect(page.locator("#verdict")).to_contain_text("von der Faktenprüfung angenommen")
    support = page.locator("#source mark.support").all_inner_texts()
    assert support and all(text.strip() in GRAZ for text in support)
    assert any("45 Kilometer" in text for text in support)
    sync_api.expect(page.locator("#meta")).to_contain_text("Verfahren: KI-Formulierung")
    switch.uncheck()  # back to the extract: no verdict
    sync_api.expect(page.locator("#verdict")).to_be_hidden()
    context.close()


def test_the_api_docs_render_every_operation_offline(browser: Browser, url: str) -> None:
    """/docs (linked from the page) shows the operations of the OpenAPI 3.1 schema, with nothing fetched from elsewhere."""
    context = browser.new_context(locale="de-DE")
    context.set_default_timeout(15_000)
    outside: list[str] = []

    def only_the_server(route: sync_api.Route) -> None:
        if route.request.url.startswith(url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_the_server)
    page = context.new_page()
    page.goto(url + "/docs")
    page.wait_for_selector(".opblock-summary-path", state="visible")
    paths = set(page.locator(".opblock-summary-path").all_inner_texts())
    assert {"/v1/summarize", "/v1/summarize/batch", "/v1/methods", "/healthz"} <= {p.strip() for p in paths}
    assert "Unable to render" not in page.content()
    assert outside == []
    context.close()
