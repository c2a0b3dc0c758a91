"""`kurz serve` in a subprocess on a free loopback port: for the tests, the load benchmark and the screenshot
script, which all need a real server, not an in-process imitation."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def background_server(*options: str, ready_timeout: float = 60.0) -> Iterator[str]:
    """Run `python -m kurz serve OPTIONS` on a free loopback port; yields its base URL, stops it afterwards."""
    port = free_port()
    with tempfile.TemporaryFile() as log:
        command = [sys.executable, "-m", "kurz", "serve", "--port", str(port), "--log-level", "warning", *options]
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_ready(process, url, ready_timeout, log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_until_ready(process: subprocess.Popen[bytes], url: str, timeout: float, log: IO[bytes]) -> None:
    """Poll /healthz until it answers; fail early with the server's output when the process dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"kurz serve exited with {process.returncode}:\n{log.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:  # not listening yet (URLError and connection errors are OSErrors)
            pass
        time.sleep(0.05)
    raise RuntimeError(f"kurz serve did not answer on {url} within {timeout:g} s")
