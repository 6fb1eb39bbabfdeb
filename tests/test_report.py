"""The HTML review report and the analyst helpers behind it (pipeline/report.py)."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis_sample import D1, D2, D3, D4, write_sample_output
from pipeline import report, schemas
from pipeline.cli import main as cli_main

AS_OF = dt.date(2021, 6, 1)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = write_sample_output(tmp_path_factory.mktemp("sample"))
    report.write_report(folder, as_of=AS_OF)
    return folder


@pytest.fixture(scope="module")
def frames(sample):
    return report.load_tables(sample)


def labels_frame(*rows):
    records = [dict(zip(schemas.LABELS.column_names, ["d", "C", *row])) for row in rows]
    frame = pd.DataFrame(records, columns=schemas.LABELS.column_names)
    return frame.astype(schemas.LABELS.dtypes)


# ------------------------------------------------------------------ validity rule

@pytest.mark.parametrize("value, start, end", [
    ("2019", "2019-01-01", "2020-01-01"),
    ("2019-12", "2019-12-01", "2020-01-01"),
    ("2019-02", "2019-02-01", "2019-03-01"),
    ("2020-02-29", "2020-02-29", "2020-03-01"),
])
def test_period_spans_the_precision_given(value, start, end):
    assert report.period(value) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


@pytest.mark.parametrize("value", ["", None, pd.NA, "2019-13", "2021-02-29", "19", "June 2019"])
def test_period_of_missing_or_bad_dates_is_none(value):
    assert report.period(value) is None


def test_add_years_keeps_the_day_or_falls_back_on_29_february():
    assert report.add_years(dt.date(2019, 6, 15), 2) == dt.date(2021, 6, 15)
    assert report.add_years(dt.date(2016, 2, 29), 2) == dt.date(2018, 2, 28)


def test_label_validity_applies_the_two_year_rule_only_without_valid_until():
    frame = report.label_validity(labels_frame(
        ("gold", "2019-06", "2020", None, None),
        ("silver", "2019-06-15", None, None, None),
        ("bronze", None, "2021-03", None, None),
        ("gold", None, None, None, None)))
    assert list(frame["valid_from"].dt.strftime("%Y-%m-%d").fillna("")) == [
        "2019-06-01", "2019-06-15", "2019-04-01", ""]
    assert list(frame["valid_to"].dt.strftime("%Y-%m-%d").fillna("")) == [
        "2021-01-01", "2021-06-15", "2021-04-01", ""]
    assert list(frame["until_assumed"]) == [False, True, False, False]


def test_tiers_as_of_takes_the_latest_award_and_canonical_names(frames):
    labels, entities = frames["labels"], frames["entities"]

    def answer(day):
        got = report.tiers_as_of(labels, day, entities)
        return dict(zip(got["cluster"], got["tier"]))

    # NWC is an alias of Nordic Water Cluster in entities.csv
    assert answer("2019-01-01") == {"Rheinaue Mobility Network": "gold",
                                    "Nordic Water Cluster": "bronze"}
    assert answer(AS_OF) == {"Rheinaue Mobility Network": "gold", "Nordic Water Cluster": "silver"}
    assert answer("2019-03-01") == {"Rheinaue Mobility Network": "gold"}  # bronze ended (2 years)
    assert answer("2024-01-01") == {}
    assert report.tiers_as_of(labels, "2021-06-01").shape[0] == 2  # without entities too


def test_a_later_lower_tier_replaces_a_higher_one():
    labels = labels_frame(("gold", "2018", "2022", None, None), ("silver", "2020-05", None, None, None))
    got = report.tiers_as_of(labels, "2021-01-01")
    assert list(got["tier"]) == ["silver"]
    assert list(report.tiers_as_of(labels, "2020-04-30")["tier"]) == ["gold"]


def test_label_history_of_one_cluster_in_award_order(frames):
    history = report.label_history(frames["labels"], "NWC", frames["entities"])
    assert list(history["tier"]) == ["bronze", "silver", "gold"]  # undated last
    assert list(history["awarded"]) == ["2017-03-01", "2021", ""]
    assert list(history["doc_ids"]) == [D2, D2, D3]


def test_cluster_partners_counts_documents(frames):
    partners = report.cluster_partners(frames)
    got = {(c, k, p): n for c, k, p, n in
           partners[["cluster", "kind", "partner", "n_docs"]].itertuples(index=False)}
    assert got[("Nordic Water Cluster", "organisation", "Baltic Institute of Technology")] == 2
    assert got[("Rheinaue Mobility Network", "programme", "go-cluster")] == 1
    assert ("Nordic Water Cluster", "programme", "go-cluster") not in got
    assert len(got) == 7


def test_current_tier_counts(frames):
    assert report.current_tier_counts(frames, AS_OF) == {
        "gold": 1, "silver": 1, "bronze": 0, "expired": 0, "no label": 0}
    assert report.current_tier_counts(frames, dt.date(2030, 1, 1))["expired"] == 2


# ------------------------------------------------------------------ display spans

def test_display_spans_drop_overlaps_and_bad_offsets():
    mentions = pd.DataFrame({"start_char": [10, 0, 12, 0, 30, 25, 40],
                             "end_char": [20, 5, 15, 5, 99, 26, 40],
                             "label": ["ORG", "DATE", "CLUSTER", "DATE", "ORG", "TIER", "PERSON"]})
    spans = report.display_spans(mentions, n_chars=50)
    assert spans == [{"start": 0, "end": 5, "label": "DATE"},
                     {"start": 10, "end": 20, "label": "ORG"},
                     {"start": 25, "end": 26, "label": "TIER"}]


def test_highlighted_text_escapes_and_marks_spans():
    text = "A <b>Cluster</b> & co"
    mentions = pd.DataFrame({"start_char": [5], "end_char": [12], "label": ["CLUSTER"]})
    markup = report.highlighted_text(text, mentions)
    assert "<b>" not in markup and "&lt;b&gt;" in markup
    assert re.search(r"<mark[^>]*>\s*Cluster", markup) and "CLUSTER" in markup


# ------------------------------------------------------------------ the written report

def test_report_has_an_index_and_a_page_per_document(sample):
    pages = sorted(p.stem for p in (sample / "report" / "docs").glob("*.html"))
    assert pages == sorted({D1, D2, D3, D4})
    index = (sample / "report" / "index.html").read_text(encoding="utf-8")
    for doc_id in (D1, D2, D3, D4):
        assert f'href="docs/{doc_id}.html"' in index
    assert "<svg" in index and 'id="documents"' in index and "<script>" in index
    assert "Rheinaue Mobility Network" in index and "2022-07-31" in index  # valid through


def test_report_pages_are_self_contained(sample):
    for path in (sample / "report").rglob("*.html"):
        markup = path.read_text(encoding="utf-8")
        assert "<link" not in markup
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", markup), path
        assert "@import" not in markup and "url(http" not in markup


def test_document_page_highlights_spans_and_shows_rows(sample):
    page = (sample / "report" / "docs" / f"{D2}.html").read_text(encoding="utf-8")
    assert page.count("<mark") == 8  # every mention of the document, none overlapping
    for label in ("CLUSTER", "TIER", "ORG", "PROGRAMME", "DATE"):
        assert label in page
    assert "Interreg Europe" in page and "renewed its Gold label" in page
    overlapping = (sample / "report" / "docs" / f"{D3}.html").read_text(encoding="utf-8")
    assert overlapping.count("<mark") == 2 and "1 overlapping" in overlapping
    assert "&lt;meet&gt;" in overlapping and "<meet>" not in overlapping


def test_document_page_shows_errors_and_duplicates(sample):
    broken = (sample / "report" / "docs" / f"{D4}.html").read_text(encoding="utf-8")
    assert "unreadable markup: parser gave up" in broken and 'class="error"' in broken
    assert "no cleaned text" in broken
    first = (sample / "report" / "docs" / f"{D1}.html").read_text(encoding="utf-8")
    assert "also at copy/rheinaue.txt" in first and "Maria Keller" in first


def test_report_on_empty_tables(tmp_path, run_pipeline):
    (tmp_path / "raw").mkdir()
    run_pipeline(tmp_path / "raw", tmp_path / "out")
    assert cli_main(["report", "--output", str(tmp_path / "out")]) == 0
    index = (tmp_path / "out" / "report" / "index.html").read_text(encoding="utf-8")
    assert "no labels extracted" in index and "0 of 0 documents" in index


def test_report_replaces_pages_of_removed_documents(tmp_path):
    folder = write_sample_output(tmp_path / "out")
    report.write_report(folder, as_of=AS_OF)
    stale = folder / "report" / "docs" / "ffff000000000000.html"
    stale.write_text("old", encoding="utf-8")
    report.write_report(folder, as_of=AS_OF)
    assert not stale.exists() and (folder / "report" / "docs" / f"{D1}.html").exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".report")]


def test_report_cli_errors(tmp_path, capsys):
    assert cli_main(["report", "--output", str(tmp_path / "nothing")]) == 2
    assert "run the pipeline first" in capsys.readouterr().err
    write_sample_output(tmp_path / "out")
    assert cli_main(["report", "--output", str(tmp_path / "out"), "--as-of", "June"]) == 2
    assert cli_main(["report", "--output", str(tmp_path / "out"), "--as-of", "2021-06-01"]) == 0
    assert "as of <b>2021-06-01</b>" in (tmp_path / "out" / "report" / "index.html").read_text(
        encoding="utf-8")


# ------------------------------------------------------------------ in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--window-size=1400,1000")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium/chromedriver not installed (Debian: apt-get install chromium "
                    "chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver",
                                    reason="selenium not installed (pip install -e '.[browser]')")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def distinct_colours(png: Path) -> int:
    from PIL import Image

    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 24)
    return len(colours)


@pytest.mark.parametrize("page", ["index", f"docs/{D2}"])
def test_report_renders_in_chromium(browser, sample, tmp_path, page):
    pytest.importorskip("PIL", reason="Pillow not installed (comes with matplotlib)")
    browser.get((sample / "report" / f"{page}.html").as_uri())
    shot = tmp_path / f"{Path(page).name}.png"
    assert browser.save_screenshot(str(shot))
    print(f"screenshot: {shot}", file=sys.stderr)
    assert distinct_colours(shot) > 50  # text, tables, chart bars, highlights: not blank
    if page == "index":
        assert browser.find_elements("css selector", "svg rect")
    else:
        assert len(browser.find_elements("css selector", "mark")) == 8


def test_document_table_sorts_and_filters_on_click(browser, sample):
    browser.get((sample / "report" / "index.html").as_uri())
    header = browser.find_element("xpath", "//table[@id='documents']//th[text()='n_chars']")
    column = [th.text for th in browser.find_elements(
        "css selector", "#documents thead th")].index("n_chars") + 1

    def values():
        cells = browser.find_elements("css selector", f"#documents tbody td:nth-child({column})")
        return [int(c.text) if c.text else None for c in cells]

    before = values()
    header.click()
    ascending = values()
    numbers = [v for v in ascending if v is not None]
    assert numbers == sorted(numbers) and ascending != before
    assert ascending[:2] == [None, None]  # empty cells sort first
    header.click()
    descending = [v for v in values() if v is not None]
    assert descending == sorted(numbers, reverse=True)
    browser.find_element("id", "doc-filter").send_keys("nordic")
    visible = [r for r in browser.find_elements("css selector", "#documents tbody tr")
               if r.is_displayed()]
    assert len(visible) == 1 and "en/nordic.md" in visible[0].text
    assert browser.find_element("id", "doc-count").text == "1 of 5 documents"


def test_entity_ids_decide_which_cluster_a_label_belongs_to():
    """Two clusters the text calls by one short name are two entities by their ids;
    each shows under the registry's canonical name."""
    labels = labels_frame(("gold", "2020", None, None, None), ("silver", "2020", None, None, None))
    labels["cluster"] = "Alpha Verbund"
    labels["cluster_entity_id"] = pd.array(["c7", "c8"], dtype="string")
    entities = pd.DataFrame({"entity_id": ["c7", "c8"], "kind": ["cluster", "cluster"],
                             "canonical": ["Alpha Verbund Nord", "Alpha Verbund Süd"],
                             "aliases": ["Alpha Verbund", "Alpha Verbund"], "n_docs": [1, 1]}
                            ).astype(schemas.ENTITIES.dtypes)
    got = report.tiers_as_of(labels, "2021-01-01", entities)
    assert list(zip(got["cluster"], got["tier"], got["cluster_entity_id"])) == [
        ("Alpha Verbund Nord", "gold", "c7"), ("Alpha Verbund Süd", "silver", "c8")]
    assert list(report.label_history(labels, "c8", entities)["tier"]) == ["silver"]
    assert list(report.label_history(labels, "Alpha Verbund Nord", entities)["tier"]) == ["gold"]
