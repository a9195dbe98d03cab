"""smacalc serve in a real browser, as a reader meets it: Debian's Chromium, headless, driven by
Selenium through /usr/bin/chromedriver (nothing is downloaded). It opens the home page, follows a
link to an agreement, goes to check, types a sentence, submits, and reads the verdicts from the
rendered page, in English and in Korean. Screenshots go to pytest's folder, and, with
SMACALC_SCREENSHOTS=docs/img, to that folder too (the docs show them). Skipped, with the reason,
only where no browser is found."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

webdriver = pytest.importorskip("selenium.webdriver", reason="the browser test needs selenium (the test extra)")

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
DRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no Chromium and chromedriver here (Debian: apt-get install chromium chromium-driver; .ci/run does)",
)

CLAIM = "Seoul will pay 1.5192 trillion won in 2026, up 8.3% from 2025."


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def shot(browser: Any, tmp_path: Path, name: str) -> None:
    """A screenshot of the whole page, in pytest's folder and, if asked, in SMACALC_SCREENSHOTS."""
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(max(int(height), 800), 2000))  # the top of a long page
    browser.save_screenshot(str(tmp_path / f"{name}.png"))
    folder = os.environ.get("SMACALC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tmp_path / f"{name}.png", Path(folder) / f"{name}.png")
    browser.set_window_size(1280, 1600)


def loaded(browser: Any, css: str) -> None:
    """Wait until the page a click led to shows ``css`` (a click does not wait for the new page)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 30).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))


def verdicts(browser: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    loaded(browser, ".smacalc-result td.verdict")
    return [c.text for c in browser.find_elements(By.CSS_SELECTOR, ".smacalc-result td.verdict")]


def test_a_reader_goes_from_home_to_an_agreement_to_check(browser: Any, served: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served.url)
    assert browser.title.startswith("smacalc")
    links = browser.find_elements(By.CSS_SELECTOR, "a[href^='/-/sma/']")
    assert [a.text for a in links] == [str(n) for n in range(1, 13)]
    chart = browser.find_element(By.CSS_SELECTOR, ".smacalc-chart svg")
    assert chart.size["width"] > 300 and chart.size["height"] > 300  # drawn, not just present
    shot(browser, tmp_path, "home")

    links[11].click()
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 30).until(expected_conditions.url_to_be(served.url + "-/sma/12"))
    assert browser.current_url == served.url + "-/sma/12"
    assert browser.find_element(By.TAG_NAME, "h1").text == "12th SMA"
    amounts = [c.text for c in browser.find_elements(By.CSS_SELECTOR, "td.num")]
    assert "₩1,519.2bn" in amounts
    shot(browser, tmp_path, "agreement")

    browser.find_element(By.LINK_TEXT, "Check a sentence").click()
    loaded(browser, "textarea#text")
    box = browser.find_element(By.ID, "text")
    box.send_keys(CLAIM)
    date = browser.find_element(By.ID, "date")
    browser.execute_script("arguments[0].value = '2024-11-05'", date)  # a date input takes keys by locale
    browser.find_element(By.ID, "check-submit").click()
    assert verdicts(browser) == ["holds", "holds"]
    holds = browser.find_element(By.CSS_SELECTOR, "td.verdict-holds")
    assert holds.value_of_css_property("background-color") == "rgba(212, 237, 218, 1)"  # coloured
    assert "text=Seoul+will+pay" in browser.current_url and "date=2024-11-05" in browser.current_url
    shot(browser, tmp_path, "check")


def test_the_same_in_korean(browser: Any, served: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served.url + "-/check")
    browser.find_element(By.ID, "lang-switch").click()
    loaded(browser, "input[name=lang]")
    assert browser.current_url.endswith("/-/check?lang=ko")
    browser.find_element(By.ID, "text").send_keys("2026년 방위비 분담금은 1조5192억원으로 8.3% 인상됐다.")
    browser.execute_script("arguments[0].value = '2024-11-05'", browser.find_element(By.ID, "date"))
    browser.find_element(By.ID, "check-submit").click()
    assert "lang=ko" in browser.current_url
    assert verdicts(browser) == ["사실", "사실"]
    assert "1조5192억원" in browser.find_element(By.CSS_SELECTOR, ".smacalc-result").text
    shot(browser, tmp_path, "check-ko")
    browser.get(served.url + "?lang=ko")
    assert browser.find_element(By.TAG_NAME, "h1").text == "smacalc: 한미 방위비분담특별협정"
    shot(browser, tmp_path, "home-ko")


def test_a_sentence_with_a_script_is_shown_as_text(browser: Any, served: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served.url + "-/check")
    browser.find_element(By.ID, "text").send_keys("<script>document.title='owned'</script> Seoul pays $1 billion")
    browser.find_element(By.ID, "check-submit").click()
    claim = browser.find_element(By.CSS_SELECTOR, ".smacalc-claim").text
    assert claim.startswith("<script>document.title='owned'</script>")
    assert browser.title != "owned"
