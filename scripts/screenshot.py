"""Take docs/screenshot.png: the web page with a summarised article, rendered by a real headless Chromium.

Run when the page changes (not part of the tests):  .venv/bin/python scripts/screenshot.py [--width 375]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from kurz.interfaces.background import background_server

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import launch

# Written for this screenshot (a made-up story, not taken from any corpus).
TITLE = "Hochwasser: Passau sperrt die Altstadt"
ARTICLE = (
    "Passau (dpa) – Wegen des steigenden Hochwassers an Donau und Inn hat die Stadt Passau am Sonntag Teile der Altstadt gesperrt. "
    "Der Pegel der Donau lag am Nachmittag bei 9,20 Metern und soll bis Montagfrüh auf knapp zehn Meter steigen.\n"
    "Rund 400 Anwohnerinnen und Anwohner wurden aufgefordert, ihre Wohnungen in den tief gelegenen Gassen zu verlassen. "
    "„Wir rechnen nicht mit einer Lage wie 2013, aber wir gehen kein Risiko ein“, sagte Oberbürgermeister Jürgen Dupper. "
    "Feuerwehr und Technisches Hilfswerk bauten am Vormittag mobile Schutzwände entlang der Innpromenade auf.\n"
    "Der Deutsche Wetterdienst erwartet für die Nacht weiteren Dauerregen im Bayerischen Wald. "
    "Erst ab Dienstag soll es trockener werden. Die Schifffahrt auf der Donau ist zwischen Passau und Vilshofen bereits eingestellt.\n"
    "Foto: Max Muster/dpa"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--width", type=int, default=1000, help="viewport width in CSS pixels (375 for a phone)")
    args = parser.parse_args()
    with background_server() as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": args.width, "height": 900}, locale="de-DE")
        page.goto(url + "/")
        page.fill("#title", TITLE)
        page.fill("#text", ARTICLE)
        page.get_by_role("button", name="Zusammenfassen").click()
        expect(page.locator("#source mark").first).to_be_visible()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output), full_page=True)
        browser.close()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
