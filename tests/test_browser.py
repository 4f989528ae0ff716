"""Headless Chromium loads the Datasette pages an analyst opens first, and fails on any page error.

Chromium is driven through the DevTools protocol over `--remote-debugging-pipe` (file descriptors
3 and 4, NUL-separated JSON), so the only requirement is Debian's `chromium` package. Screenshots
go to `$BAOCAO_TEST_OUTPUT/browser/` (default `test-output/browser/` at the repository root).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from conftest_datasette import CODE_TOTAL, DB_NAME, free_port, ingested_db, running, serve_command

from extractor.datasette_meta import CHART_FRAGMENT

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1400,1000", "--remote-debugging-pipe",
]


class PageErrors(AssertionError):
    """A page threw, logged an error, or got an HTTP error."""


class Chromium:
    """A headless Chromium with one tab, spoken to over the DevTools pipe."""

    def __init__(self, user_data_dir: Path):
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # Park the child's ends above 10 so dup2 onto 3 and 4 cannot clobber them.
        high_read = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
        high_write = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)

        def wire_fds():
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}", "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for fd in (to_browser_read, from_browser_write, high_read, high_write):
            os.close(fd)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def close(self) -> None:
        """Ask the browser to quit, then make sure it is gone."""
        try:
            self.call("Browser.close", timeout=5)
        except (OSError, TimeoutError, RuntimeError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, params: dict | None = None, *, session: bool = False,
             timeout: float = 60) -> dict:
        """Send one command and return its result; events that arrive meanwhile are kept."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for_event(self, method: str, timeout: float = 60) -> dict:
        """Return the first kept or incoming event of this kind."""
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events:
                if event.get("method") == method and not event.get("_seen"):
                    event["_seen"] = True
                    return event
            self.events.append(self._read_message(deadline))

    def evaluate(self, expression: str):
        """Evaluate JavaScript in the page and return its value."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        return result["result"].get("value")

    def open(self, url: str) -> None:
        """Navigate and wait for the load event."""
        self.events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for_event("Page.loadEventFired")

    def wait_until(self, expression: str, timeout: float = 30) -> bool:
        """Poll a JavaScript condition until it holds or the time is up."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.25)
        return False

    def screenshot(self, path: Path) -> Path:
        """Save a full-page PNG screenshot."""
        data = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                         session=True)["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def errors(self) -> list[str]:
        """Every JS exception, console or log error, and failed or 4xx/5xx request seen so far."""
        self.evaluate("0")  # flush events queued behind the page's work
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                found.append(f"exception: {details.get('exception', {}).get('description') or details['text']}")
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                found.append(f"console.{params['type']}: {[a.get('value') for a in params['args']]}")
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"log: {params['entry']['text']} {params['entry'].get('url', '')}")
            elif method == "Network.responseReceived" and params["response"]["status"] >= 400:
                found.append(f"HTTP {params['response']['status']}: {params['response']['url']}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append(f"request failed: {params.get('errorText')}")
        return found

    def assert_no_errors(self) -> None:
        """Raise PageErrors listing what went wrong on the page."""
        errors = self.errors()
        if errors:
            raise PageErrors("; ".join(errors))


@pytest.fixture(scope="module")
def output_dir() -> Path:
    root = Path(os.environ.get("BAOCAO_TEST_OUTPUT", Path(__file__).resolve().parent.parent / "test-output"))
    folder = root / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    pytest.importorskip("datasette")
    db = ingested_db(tmp_path_factory)  # corpus/*.txt through `python -m extractor ingest`
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running(serve_command(db, port), base):
        yield f"{base}/{DB_NAME}"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    chromium = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


def test_indicators_page_renders_without_errors(site, browser, output_dir):
    browser.open(f"{site}/indicators")
    browser.screenshot(output_dir / "indicators.png")
    browser.assert_no_errors()
    assert "Tỷ lệ hồ sơ thanh toán trực tuyến" in browser.evaluate("document.body.innerText")
    described = browser.evaluate("document.body.innerText")
    assert "One row per stated figure" in described


def test_figures_search_without_diacritics_in_browser(site, browser, output_dir):
    browser.open(f"{site}/figures?_search=thanh+toan+truc+tuyen&province=B%E1%BA%AFc+Giang&unit=%25")
    browser.screenshot(output_dir / "figures-search.png")
    browser.assert_no_errors()
    cells = browser.evaluate(
        "[...document.querySelectorAll('table.rows-and-columns tbody td.col-snippet')].map(c => c.innerText)")
    # seed 000 (Bắc Giang): "- Tỷ lệ hồ sơ thanh toán trực tuyến: 17,1%"
    assert "- Tỷ lệ hồ sơ thanh toán trực tuyến: 17,1%" in cells


def test_chart_of_one_indicator_across_provinces(site, browser, output_dir):
    browser.open(f"{site}/indicator_across_provinces?code={CODE_TOTAL}&as_of=#{CHART_FRAGMENT}")
    drawn = browser.wait_until("document.querySelector('canvas.marks, svg.marks') !== null")
    browser.screenshot(output_dir / "chart-indicator-across-provinces.png")
    browser.assert_no_errors()
    assert drawn, "datasette-vega drew no chart"
    text = browser.evaluate("document.body.innerText")
    # 766 totals read from 101, 102, 103, 001, 003 (88,46; 82,3; 80,05; 78,49; 75,69)
    for province in ("Quảng Ninh", "Hà Tĩnh", "Bình Định", "Bình Phước", "Thái Nguyên"):
        assert province in text


def test_harness_reports_http_errors(site, browser):
    browser.open(f"{site}/no_such_table")
    with pytest.raises(PageErrors, match="HTTP 404"):
        browser.assert_no_errors()
