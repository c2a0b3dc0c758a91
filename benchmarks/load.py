"""Load test of `kurz serve`: requests/s and latency at 1, 8 and 32 concurrent clients, 1 and 2 worker processes.

Each level sends a fixed number of POST /v1/summarize requests (or stops after a time cap) from concurrent
httpx async clients, each with its own connection. The load generator runs on the same machine, so on a small
machine it competes with the server for CPU; the table says how many cores there were.

    .venv/bin/python benchmarks/load.py                      # writes reports/load.md and prints the table
    .venv/bin/python benchmarks/load.py --requests 1000 --levels 1,4,16,64 --workers 1,2,4
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from kurz.interfaces.background import background_server
from kurz.methods import DEFAULT_METHOD

ROOT = Path(__file__).resolve().parents[1]

# Written for this benchmark (a made-up story of about 250 words, not taken from any corpus).
ARTICLE = """Hannover (dpa) – Das Land Niedersachsen will den Lehrermangel an Grundschulen mit einem neuen Programm für Quereinsteiger bekämpfen. Kultusministerin Sabine Hartmann stellte die Pläne am Mittwoch in Hannover vor. Demnach sollen ab dem kommenden Schuljahr bis zu 800 Menschen mit einem anderen Studienabschluss berufsbegleitend zu Lehrkräften ausgebildet werden.
Die Ausbildung dauert zwei Jahre. In dieser Zeit unterrichten die Teilnehmenden bereits zwölf Stunden pro Woche und werden von erfahrenen Kolleginnen und Kollegen begleitet. „Wir brauchen jede Hand, aber wir machen keine Abstriche bei der Qualität“, sagte Hartmann. Das Land stellt dafür in den nächsten vier Jahren rund 120 Millionen Euro bereit.
Nach Angaben des Ministeriums sind derzeit etwa 1100 Stellen an Grundschulen unbesetzt, vor allem in ländlichen Regionen wie dem Emsland und dem Harz. An manchen Schulen fällt deshalb regelmäßig Unterricht aus, einige haben den Nachmittagsunterricht bereits gekürzt.
Die Gewerkschaft Erziehung und Wissenschaft begrüßte das Programm grundsätzlich, forderte aber kleinere Klassen und mehr Zeit für die Begleitung. Die Mentorinnen und Mentoren müssten dafür von anderen Aufgaben entlastet werden, sagte die Landesvorsitzende. Der Philologenverband warnte dagegen vor einer „Lehrkraft zweiter Klasse“.
Auch die Opposition im Landtag äußerte Kritik. Das Programm komme zu spät und reiche bei weitem nicht aus, erklärte der bildungspolitische Sprecher der CDU-Fraktion. Er verwies auf Schätzungen, nach denen bis 2030 landesweit mehr als 5000 Lehrkräfte fehlen könnten.
Bewerbungen sind ab dem 1. März über ein Onlineportal des Landes möglich. Voraussetzung ist ein abgeschlossenes Masterstudium in einem Fach, das an Grundschulen unterrichtet wird. (dpa)
"""


@dataclass
class Level:
    server: str
    clients: int
    requests: int
    seconds: float
    latencies: list[float]
    errors: int
    client_cpu: float  # share of one core the load generator itself used

    def row(self) -> str:
        ok = sorted(self.latencies)
        rate = self.requests / self.seconds if self.seconds else 0.0
        cells = [
            self.server,
            self.clients,
            self.requests,
            f"{rate:,.0f}",
            f"{percentile(ok, 50):.1f}",
            f"{percentile(ok, 99):.1f}",
            self.errors,
            f"{self.client_cpu:.0%}",
        ]
        return "| " + " | ".join(map(str, cells)) + " |"


def percentile(sorted_ms: list[float], q: float) -> float:
    """Nearest-rank percentile; NaN when nothing succeeded."""
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, max(0, round(q / 100 * len(sorted_ms)) - 1))]


async def client_loop(url: str, payload: Mapping[str, object], budget: list[int], deadline: float, latencies: list[float]) -> int:
    """One client with its own connection, sending until the shared request budget or the time cap runs out."""
    errors = 0
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        while budget[0] > 0 and time.perf_counter() < deadline:
            budget[0] -= 1
            started = time.perf_counter()
            try:
                response = await client.post("/v1/summarize", json=payload)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            if ok:
                latencies.append((time.perf_counter() - started) * 1000)
            else:
                errors += 1
    return errors


async def run_level(
    server: str, url: str, clients: int, requests: int, max_seconds: float, payload: Mapping[str, object]
) -> Level:
    budget = [requests]  # one shared counter: asyncio tasks never run at the same time
    latencies: list[float] = []
    started, cpu = time.perf_counter(), time.process_time()
    errors = await asyncio.gather(*(client_loop(url, payload, budget, started + max_seconds, latencies) for _ in range(clients)))
    elapsed = time.perf_counter() - started
    return Level(
        server, clients, len(latencies) + sum(errors), elapsed, latencies, sum(errors), (time.process_time() - cpu) / elapsed
    )


def measure(workers: int, levels: list[int], requests: int, max_seconds: float, method: str) -> list[Level]:
    payload = {"text": ARTICLE, "method": method}
    name = f"{workers} worker" + ("s" if workers > 1 else "")
    with background_server("--workers", str(workers)) as url:
        asyncio.run(run_level(name, url, max(levels), 4 * max(levels), max_seconds, payload))  # warm every worker
        return [asyncio.run(run_level(name, url, clients, requests, max_seconds, payload)) for clients in levels]


def report(results: list[Level], method: str, requests: int, max_seconds: float) -> str:
    words = len(ARTICLE.split())
    head = [
        "# kurz serve under load",
        "",
        f"POST /v1/summarize, method `{method}`, a {words}-word article, {requests} requests per level (at most {max_seconds:g} s).",
        f"Machine: {os.cpu_count()} CPU cores, load average {os.getloadavg()[0]:.1f} at the end, Python {platform.python_version()};",
        "the load generator runs on the same machine (its CPU use is the last column).",
        "",
        "| server | clients | requests | req/s | p50 ms | p99 ms | errors | load generator CPU |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    return "\n".join(head + [level.row() for level in results]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="Load test of kurz serve on loopback.")
    parser.add_argument("--requests", type=int, default=300, help="requests per concurrency level")
    parser.add_argument("--max-seconds", type=float, default=10.0, help="time cap per level")
    parser.add_argument("--levels", default="1,8,32", help="concurrent clients, comma-separated")
    parser.add_argument("--workers", default="1,2", help="worker process counts to compare, comma-separated")
    parser.add_argument("--method", default=DEFAULT_METHOD)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "figures" / "load.md")
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",")]
    results = [
        level
        for workers in args.workers.split(",")
        for level in measure(int(workers), levels, args.requests, args.max_seconds, args.method)
    ]
    text = report(results, args.method, args.requests, args.max_seconds)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
