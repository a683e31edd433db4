"""The review page in a real browser: Debian's Chromium, headless, driven by Selenium.

The test clicks and types as a reviewer would, exports the decisions through the page's
own download, checks them against the report, applies them with ``repair apply`` and
saves a screenshot of the seed's page to tests/artifacts/seed-review.png.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from repair.core.edits import Change, apply_changes
from tests.conftest import ROOT, SEED

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1500,1100",
)

if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
    pytest.skip(
        "Debian's chromium and chromium-driver are not installed "
        "(apt-get install -y chromium chromium-driver)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads):
    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.binary_location = CHROMIUM
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    except WebDriverException as exc:
        pytest.skip(f"Chromium does not start here: {exc.msg}")
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    yield driver
    driver.quit()


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "repair", *args], cwd=cwd, capture_output=True, timeout=120
    )


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("seed")
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    done = run("review", "seed.txt", "--no-mt", "-o", "seed.html", "--report", "r.json", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder, json.loads((folder / "r.json").read_text())


def press(driver, keys: str) -> None:
    ActionChains(driver).send_keys(keys).perform()


def current_id(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "#article .chg.current").get_attribute("data-id")


def wait_for_download(folder: Path, name: str, timeout: float = 15) -> Path:
    target = folder / name
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if target.exists() and not list(folder.glob("*.crdownload")):
            return target
        time.sleep(0.1)
    raise AssertionError(f"no download of {name} in {timeout}s: {os.listdir(folder)}")


def severe_logs(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_review_decide_export_and_apply_in_chromium(browser, seed_page, downloads):
    folder, report = seed_page
    changes = sorted(report["changes"], key=lambda c: (c["start"], c["end"]))
    fixes = [c for c in changes if c["replacement"] is not None]
    assert len(fixes) >= 4, "the seed should give at least four fixes to review"
    browser.get((folder / "seed.html").as_uri())
    assert severe_logs(browser) == []  # the CSP lets the page's own script and style run

    # The legend names every kind with its count; the summary says nothing is decided yet.
    for kind in ("encoding", "typography", "boilerplate", "duplicate", "foreign", "entity",
                 "literalism", "garble"):  # fmt: skip
        item = browser.find_element(By.ID, f"kind-{kind}")
        count = item.find_element(By.CLASS_NAME, "count").text
        assert count == str(sum(c["kind"] == kind for c in changes))
    assert browser.find_element(By.ID, "progress").text.startswith(f"0 of {len(fixes)} decided")

    expected: dict[str, str] = {}
    # Keyboard: j selects the first change, a accepts it and moves on, r rejects the next.
    press(browser, "j")
    assert current_id(browser) == changes[0]["id"]
    assert browser.find_element(By.ID, "d-rule").text == changes[0]["rule"]
    for verdict in ("a", "r"):
        chosen = next(c for c in changes if c["id"] == current_id(browser))
        press(browser, verdict)
        if chosen["replacement"] is not None:
            expected[chosen["id"]] = "accept" if verdict == "a" else "reject"
    # k goes back; the side panel's buttons decide too.
    press(browser, "k")
    back = current_id(browser)
    browser.find_element(By.ID, "d-accept").click()
    if next(c for c in changes if c["id"] == back)["replacement"] is not None:
        expected[back] = "accept"
    # A click on a change in the article selects it; then reject it with the button.
    last = fixes[-1]
    browser.find_element(By.CSS_SELECTOR, f'#article .chg[data-id="{last["id"]}"]').click()
    assert current_id(browser) == last["id"]
    browser.find_element(By.ID, "d-reject").click()
    expected[last["id"]] = "reject"
    # A whole kind at once.
    kind = next(c["kind"] for c in fixes if c["id"] not in expected)
    browser.find_element(By.CSS_SELECTOR, f"#kind-{kind} button.all-accept").click()
    for c in fixes:
        if c["kind"] == kind:
            expected[c["id"]] = "accept"
    classes = browser.find_element(
        By.CSS_SELECTOR, f'#article .chg[data-id="{last["id"]}"]'
    ).get_attribute("class")
    assert ("accepted" if expected[last["id"]] == "accept" else "rejected") in classes

    # Export: the page's download, the same JSON the page offers to scripts.
    browser.find_element(By.ID, "export").click()
    exported = json.loads(wait_for_download(downloads, "seed.decisions.json").read_text())
    assert exported == browser.execute_script("return window.repairReview.exportDocument()")
    assert exported["schema"] == "repair.decisions/1"
    by_id = {c["id"]: c for c in report["changes"]}
    assert {d["id"]: d["decision"] for d in exported["decisions"]} == expected
    for decision in exported["decisions"]:
        assert set(decision) == {"id", "original", "decision"}
        assert decision["original"] == by_id[decision["id"]]["original"]

    # The exported file drives 'repair apply': exactly the accepted changes are written.
    shutil.copy(downloads / "seed.decisions.json", folder / "d.json")
    done = run("apply", "seed.txt", "--from-report", "r.json", "--decisions", "d.json", cwd=folder)
    assert done.returncode == 0, done.stderr
    accepted = [Change.from_dict(by_id[i]) for i, v in expected.items() if v == "accept"]
    assert done.stdout.decode() == apply_changes(SEED.read_text(), accepted)

    # A reload keeps the decisions (local storage).
    browser.refresh()
    assert browser.execute_script("return window.repairReview.exportDocument()") == exported

    # The screenshot for a person: top of the page, first change selected.
    browser.execute_script(
        "window.scrollTo(0, 0); window.repairReview.select(0, false);"
        " document.activeElement.blur();"
    )
    time.sleep(0.3)
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "seed-review.png"))
    assert severe_logs(browser) == []


def test_script_in_an_article_is_shown_never_run(browser, tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text(
        "Spread the love\n\n"
        "Breaking </script><script>window.pwned = 1</script> news .\n"
        '<img src=x onerror="window.pwned = 2"> <!-- not a comment -->\n'
    )
    done = run("review", "evil.txt", "--no-mt", "-o", "evil.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    browser.get((tmp_path / "evil.html").as_uri())
    time.sleep(0.2)
    assert browser.execute_script("return window.pwned === undefined")
    text = browser.find_element(By.ID, "article").text
    assert "<script>window.pwned = 1</script>" in text and "<!-- not a comment -->" in text
    assert browser.find_elements(By.CSS_SELECTOR, "#article img, #article script") == []
    assert browser.execute_script("return window.repairReview.exportDocument().decisions") == []
