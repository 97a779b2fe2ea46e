"""Headless Chromium reads an exported page (note and contents links work) and the archive's
index (sorting, filtering, links), with no console errors.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``selenium`` test
extra; skipped with the reason otherwise. Screenshots are kept in
``test-artifacts/`` (git-ignored). No network is used: the page is a local file.
"""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei_tools.cli import cli
from tei_tools.tei import parse
from tei_tools.writers import to_html

REPOSITORY = Path(__file__).resolve().parents[1]
ENCODED = REPOSITORY / "encoded" / "trotsky-1934-12-on-the-kirov-assassination.xml"
FIXTURE = Path(__file__).parent / "fixtures" / "export" / "letter.xml"
ARTIFACTS = REPOSITORY / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (test extra)")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="Chromium and chromedriver are not installed (apt: chromium chromium-driver)")

# Everything that could reach the network or change the browser's profile is off.
CHROMIUM_ARGUMENTS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                      "--disable-background-networking", "--disable-component-update", "--disable-sync",
                      "--no-first-run", "--disable-extensions", "--window-size=1000,1400"]

IN_VIEW = ("const box = arguments[0].getBoundingClientRect();"
           "return box.bottom > 0 && box.top < window.innerHeight;")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in [*CHROMIUM_ARGUMENTS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    """Open the exported Trotsky article when it has been encoded, else the fixture letter."""
    source = ENCODED if ENCODED.exists() else FIXTURE
    target = tmp_path_factory.mktemp("export") / f"{source.stem}.html"
    target.write_text(to_html(parse(source)), encoding="utf-8")
    browser.get(target.as_uri())
    return browser


def click_and_check(browser, link) -> None:
    """Follow ``link``; the element it names must be the target and in view."""
    target_id = link.get_attribute("href").split("#")[1]
    link.click()
    assert browser.execute_script("return location.hash") == f"#{target_id}"
    assert browser.execute_script(IN_VIEW, browser.find_element("id", target_id))


def test_note_marker_reaches_the_note_and_back(page):
    By = webdriver.common.by.By
    markers = page.find_elements(By.CSS_SELECTOR, "a[role='doc-noteref']")
    assert markers, "the page has no note markers"
    for marker in markers[:3]:
        click_and_check(page, marker)
        note = page.find_element(By.ID, marker.get_attribute("href").split("#")[1])
        assert note.get_attribute("role") == "doc-endnote"
        backlink = note.find_element(By.CSS_SELECTOR, "a[role='doc-backlink']")
        click_and_check(page, backlink)
        assert page.execute_script("return location.hash") == f"#{marker.get_attribute('id')}"


def test_contents_links_land_on_their_sections(page):
    links = page.find_elements(webdriver.common.by.By.CSS_SELECTOR, "nav[role='doc-toc'] a")
    assert len(links) >= 2
    for link in links:
        page.execute_script("window.scrollTo(0, 0)")
        click_and_check(page, link)


def test_page_has_no_console_errors_and_is_kept_as_screenshot(page):
    page.execute_script("location.hash = ''; window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    assert page.save_screenshot(str(ARTIFACTS / "export-browser.png"))
    page.set_window_size(390, 844)  # a phone
    assert page.save_screenshot(str(ARTIFACTS / "export-browser-phone.png"))
    assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    errors = [entry for entry in page.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """The archive ``tei-tools build`` makes of the bundled sources."""
    folder = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(cli, ["build", "-q", "--sources", str(REPOSITORY / "sources"),
                                      "--encoded", str(folder / "encoded"), "--archive", str(folder / "archive")])
    assert result.exit_code == 0, result.output
    return folder / "archive"


def test_archive_index_sorts_filters_and_links(browser, archive):
    By = webdriver.common.by.By
    browser.get_log("browser")  # only this page's messages count
    browser.set_window_size(1000, 1400)
    browser.get((archive / "index.html").as_uri())

    def column(number):
        return [row.find_elements(By.TAG_NAME, "td")[number].text
                for row in browser.find_elements(By.CSS_SELECTOR, "#works tbody tr") if row.is_displayed()]

    date_heading = browser.find_elements(By.CSS_SELECTOR, "#works thead th")[2]
    date_heading.find_element(By.TAG_NAME, "button").click()
    dates = column(2)
    assert len(dates) == 5 and dates == sorted(dates) and date_heading.get_attribute("aria-sort") == "ascending"
    date_heading.find_element(By.TAG_NAME, "button").click()
    assert column(2) == sorted(dates, reverse=True)
    assert date_heading.get_attribute("aria-sort") == "descending"

    browser.find_element(By.ID, "filter").send_keys("kirov")
    assert column(0) == ["On the Kirov Assassination"]
    assert browser.find_element(By.ID, "count").text == "1 of 5 works"
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "archive-index.png"))
    browser.set_window_size(390, 844)  # a phone: the page still fits
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")

    browser.find_element(By.LINK_TEXT, "On the Kirov Assassination").click()
    assert browser.current_url.endswith("/trotsky-1934-12-on-the-kirov-assassination.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == "On the Kirov Assassination"
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
