"""The approval page in a real headless Chromium (Debian's chromium and chromium-driver, driven by
selenium): the human approves, declines, meets an expired link, clicks a stale form a second time,
and a page from another origin tries to answer. No screenshots: the checks read the page's text.

Skipped when Chromium is absent, unless COURSEWRIGHT_BROWSER_TESTS=required (the CI step that
installs it), where a missing browser fails instead.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import anyio
import pytest
from mcp import Client
from mcp.types import ElicitResult
from mcp_helpers import blocks_by_title, call, reviewed_course, text_of
from time_fakes import FakeClock

from coursewright.config import Settings
from coursewright.server import build_server

pytestmark = [pytest.mark.browser, pytest.mark.anyio]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
#: Every wait in the browser is bounded.
PAGE_TIMEOUT_S = 15


def _required() -> bool:
    return os.environ.get("COURSEWRIGHT_BROWSER_TESTS") == "required"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        if _required():
            pytest.fail("selenium is not installed (pip install -e '.[dev]')")
        pytest.skip("selenium is not installed")
    if not (CHROMIUM and CHROMEDRIVER):
        if _required():
            pytest.fail(
                "chromium and chromedriver are required here (apt-get install chromium chromium-driver)"
            )
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    # The Debian driver and browser are used as they are: nothing is looked up or downloaded.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(PAGE_TIMEOUT_S)
    try:
        yield driver
    finally:
        driver.quit()


def _by_id(driver: Any, element_id: str) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, PAGE_TIMEOUT_S).until(
        expected_conditions.presence_of_element_located((By.ID, element_id))
    )


def _fresh(driver: Any) -> None:
    """One tab on a blank page, whatever the previous test left."""
    while len(driver.window_handles) > 1:
        driver.switch_to.window(driver.window_handles[-1])
        driver.close()
    driver.switch_to.window(driver.window_handles[0])
    driver.get("about:blank")


def _click(driver: Any, url: str, button: str) -> str:
    """Open the page, press a button, return the outcome page's heading."""
    driver.get(url)
    _by_id(driver, button).click()
    return _by_id(driver, "outcome").text


class BrowserHuman:
    """An MCP client that opens approval pages in Chromium; `act(driver, url)` plays the human there."""

    def __init__(self, driver: Any, act: Callable[[Any, str], None]) -> None:
        self.driver = driver
        self.act = act
        self.urls: list[str] = []

    async def elicit(self, context: Any, params: Any) -> ElicitResult:
        assert getattr(params, "mode", "form") == "url", "a 2025-11-25 client with URL mode gets the page"
        self.urls.append(params.url)
        await anyio.to_thread.run_sync(self.act, self.driver, params.url)
        return ElicitResult(action="accept")


async def _publish_with(driver: Any, act: Callable[[Any, str], None], clock: FakeClock | None = None):
    _fresh(driver)
    human = BrowserHuman(driver, act)
    server = build_server(Settings(), clock=clock) if clock else build_server(Settings())
    async with Client(server, mode="legacy", elicitation_callback=human.elicit) as client:
        course_id = await reviewed_course(client)
        course = await call(client, "get_course", course_id=course_id, include_content=True)
        with anyio.fail_after(60):
            result = await client.call_tool("publish", {"course_id": course_id})
        after = await call(client, "get_course", course_id=course_id)
    seen = text_of(result) + str(result.structured_content)
    assert "/approve/" not in seen and all(url.rsplit("/", 1)[1] not in seen for url in human.urls)
    return result, course, after, human


async def test_approving_in_the_browser_publishes(browser):
    outcomes: list[str] = []
    result, _, after, human = await _publish_with(
        browser, lambda driver, url: outcomes.append(_click(driver, url, "approve"))
    )
    assert outcomes == ["Approved"] and len(human.urls) == 1
    assert not result.is_error and result.structured_content["published"] is True
    assert after["status"] == "published"


async def test_declining_in_the_browser_publishes_nothing(browser):
    outcomes: list[str] = []
    result, _, after, _ = await _publish_with(
        browser, lambda driver, url: outcomes.append(_click(driver, url, "decline"))
    )
    assert outcomes == ["Declined"]
    assert result.is_error and "declined it on the approval page" in text_of(result)
    assert after["status"] != "published"


async def test_an_expired_link_shows_expired_and_publishes_nothing(browser):
    clock = FakeClock()
    seen: list[str] = []

    def late(driver: Any, url: str) -> None:
        clock.advance(10_000)
        driver.get(url)
        seen.append(_by_id(driver, "outcome").text)
        assert not driver.find_elements("id", "approve")

    result, _, after, _ = await _publish_with(browser, late, clock)
    assert seen == ["This link has expired"]
    assert result.is_error and "expired" in text_of(result) and after["status"] != "published"


async def test_a_second_click_on_a_stale_page_does_not_change_the_answer(browser):
    seen: list[str] = []

    def two_tabs(driver: Any, url: str) -> None:
        driver.get(url)
        _by_id(driver, "approve")
        first_tab = driver.current_window_handle
        driver.switch_to.new_window("tab")
        seen.append(_click(driver, url, "approve"))
        driver.switch_to.window(first_tab)
        _by_id(driver, "decline").click()
        seen.append(_by_id(driver, "outcome").text + " / " + _by_id(driver, "detail").text)

    result, _, after, _ = await _publish_with(browser, two_tabs)
    assert seen[0] == "Approved" and seen[1].startswith("Already answered") and "approved" in seen[1]
    assert result.structured_content["published"] is True and after["status"] == "published"


class _ForeignSite:
    """A page on another origin (localhost, another port) with a form aimed at the approval page."""

    def __init__(self) -> None:
        self.form = ""
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                body = site.form.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://localhost:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})

    def __enter__(self) -> _ForeignSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


async def test_a_form_on_another_origin_cannot_answer_even_with_the_pages_form_value(browser):
    seen: list[str] = []
    with _ForeignSite() as foreign:

        def attack_then_decline(driver: Any, url: str) -> None:
            driver.get(url)
            csrf = _by_id(driver, "approve") and driver.find_element("name", "csrf").get_attribute("value")
            foreign.form = (
                f"<form method='post' action='{url}'><input type='hidden' name='csrf' value='{csrf}'>"
                "<button id='go' name='decision' value='approve'>Win a prize</button></form>"
            )
            driver.get(foreign.url)
            _by_id(driver, "go").click()
            seen.append(_by_id(driver, "outcome").text)
            seen.append(_click(driver, url, "decline"))

        result, _, after, _ = await _publish_with(browser, attack_then_decline)
    assert seen == ["Refused", "Declined"]
    assert result.is_error and after["status"] != "published"


async def test_the_page_shows_the_outline_and_each_units_text(browser):
    shown: dict[str, str] = {}

    def read_then_approve(driver: Any, url: str) -> None:
        driver.get(url)
        shown["summary"] = _by_id(driver, "summary").text
        shown["review"] = _by_id(driver, "review").text
        shown["preview"] = _by_id(driver, "preview").text
        _by_id(driver, "approve").click()
        _by_id(driver, "outcome")

    _, course, _, _ = await _publish_with(browser, read_then_approve)
    assert "Publish" in shown["summary"] and shown["review"].startswith("Review clean")
    titles = blocks_by_title(course["root"])
    units = [block for block in titles.values() if block["type"] == "unit"]
    assert units
    for unit in units:
        assert unit["display_name"] in shown["preview"]
        for component in unit["children"]:
            first_words = re.sub(r"<[^>]+>", " ", component.get("content") or "").split()[:6]
            assert " ".join(first_words) in " ".join(shown["preview"].split())
