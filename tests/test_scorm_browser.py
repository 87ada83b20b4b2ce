"""Each exported SCORM package played by a real, maintained open-source SCORM runtime (the
npm package scorm-again) in headless Chromium: every SCO initialises, reports completion (a quiz
unit also its score) and terminates cleanly when the learner leaves it.

The runtime is installed by the CI step with npm into a temporary folder and found through
COURSEWRIGHT_SCORM_RUNTIME (the package's folder); nothing is fetched here. Skipped when the
browser or the runtime is missing, unless COURSEWRIGHT_BROWSER_TESTS=required, which fails instead.
Files are served by a loopback HTTP server the test starts and stops.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from export_helpers import SUPPORTED, demo_course, every_type_course
from test_approval_page_browser import PAGE_TIMEOUT_S, _required, browser  # noqa: F401 - the fixture

from coursewright.formats.export import export

pytestmark = pytest.mark.browser
HARNESS = Path(__file__).parent / "scorm" / "harness.html"


@pytest.fixture(scope="module")
def runtime_dir() -> Path:
    folder = Path(os.environ.get("COURSEWRIGHT_SCORM_RUNTIME", "/nonexistent"))
    if not (folder / "dist" / "scorm12.js").is_file():
        message = "the scorm-again runtime is not installed (npm install scorm-again; set COURSEWRIGHT_SCORM_RUNTIME)"
        if _required():
            pytest.fail(message)
        pytest.skip(message)
    return folder


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory, runtime_dir) -> Iterator[tuple[str, Path]]:
    """A loopback server over a folder holding the harness, the runtime and the unpacked packages."""
    root = tmp_path_factory.mktemp("scorm-site")
    shutil.copy(HARNESS, root / "harness.html")
    shutil.copytree(runtime_dir / "dist", root / "runtime" / "dist")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    server.timeout = 5
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _scos(folder: Path) -> list[str]:
    manifest = (folder / "imsmanifest.xml").read_text()
    return re.findall(r'scorm[tT]ype="sco" href="([^"]+)"', manifest)


def _answer_everything_right(driver: Any) -> None:
    """Play the learner who knows the answers: each question's inputs set from its own key."""
    driver.execute_script(
        """
        document.querySelectorAll('.cw-question').forEach(function (q) {
          var key = JSON.parse(q.getAttribute('data-key'));
          var inputs = q.querySelectorAll('input');
          if (Array.isArray(key)) { key.forEach(function (n) { inputs[n].checked = true; }); }
          else if (key.answers) { inputs[0].value = key.answers[0]; }
          else { inputs[0].value = key.answer; }
        });
        """
    )


def _wait(driver: Any, script: str) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, PAGE_TIMEOUT_S).until(lambda d: d.execute_script(script))


def _play(driver: Any, url: str) -> tuple[dict[str, Any], bool]:
    """Launch one SCO in the harness; answer and submit a quiz; leave; return the runtime's record."""
    from selenium.webdriver.common.by import By

    driver.get(url)
    _wait(driver, "return window.calls && window.calls.length > 0 && document.getElementById('sco')")
    driver.switch_to.frame(driver.find_element(By.ID, "sco"))
    _wait(driver, "return window.coursewrightSco && window.coursewrightSco.state() === 'running'")
    quiz = bool(driver.find_elements(By.ID, "cw-submit"))
    if quiz:
        _answer_everything_right(driver)
        driver.find_element(By.ID, "cw-submit").click()
        _wait(driver, "return document.getElementById('cw-status').textContent.indexOf('Score') === 0")
    driver.switch_to.default_content()
    driver.execute_script("document.getElementById('sco').src = 'about:blank';")
    return _wait(driver, "var r = window.report(); return r.terminated ? r : null;"), quiz


@pytest.mark.parametrize("version", ["scorm12", "scorm2004"])
@pytest.mark.parametrize("make", [demo_course, every_type_course], ids=["demo", "every-type"])
def test_every_sco_initialises_reports_completion_and_a_quiz_score_then_terminates(
    browser,  # noqa: F811 - the fixture imported above
    site,
    version,
    make,
    tmp_path,
):
    base, root = site
    folder = root / f"{make.__name__}-{version}"
    with zipfile.ZipFile(export(make(), version, tmp_path / "p.zip").path) as archive:
        archive.extractall(folder)
    scos = _scos(folder)
    assert scos
    quizzes = 0
    for href in scos:
        record, quiz = _play(browser, f"{base}/harness.html?version={version[5:]}&sco=/{folder.name}/{href}")
        calls = record["calls"]
        first = "Initialize" if version == "scorm2004" else "LMSInitialize"
        last = "Terminate" if version == "scorm2004" else "LMSFinish"
        assert calls[0][0] == first and calls[0][3] == "true", calls
        assert calls[-1][0] == last and calls[-1][3] == "true", calls
        assert all(call[4] == "0" for call in calls), f"{href}: a runtime call failed: {calls}"
        if version == "scorm2004":
            assert record["completion"] == "completed", href
        else:
            assert record["completion"] in ("completed", "passed"), href
        if quiz:
            quizzes += 1
            assert record["raw"] == "100", href
            assert record["success"] == "passed", href
            if version == "scorm2004":
                assert float(record["scaled"]) == 1.0
    expected = 3 if make is demo_course else len(SUPPORTED) + 1
    assert quizzes == expected
