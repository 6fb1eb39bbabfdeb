"""Writing JSON the way the manifest needs it: streamed from sorted pairs, yet the
same bytes json.dumps would give for the whole object (so manifests of earlier runs
and this one read and compare alike)."""
from __future__ import annotations

import json

import pytest

from pipeline.tables import SortedPairs, write_json_atomic


def reference(payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


FILES = {"a/Straße 1.txt": {"doc_id": "00ff", "size": 12, "mtime_ns": 10 ** 18},
         'b/"quoted"\\name.md': {"doc_id": "0a0b", "size": 0, "mtime_ns": -1},
         "c/x.html": {"doc_id": "0c0d", "size": 3, "mtime_ns": 7}}
DOCS = {"00ff": {"fingerprint": "f1", "language": "de", "status": "ok"},
        "0a0b": {"fingerprint": "f2", "language": None, "status": "error"}}
SUMMARY = {"status_counts": {"ok": 2, "error": 1}, "rows": {"mentions": 5, "dates": 0},
           "nested": {"list": [1, 2.5, "ü"], "empty": {}, "none": []}}


@pytest.mark.parametrize("payload", [
    {"version": "1.0", "files": FILES, "docs": DOCS, "summary": SUMMARY},
    {"version": "1.0", "files": {}, "docs": {}, "summary": {}},
    {"only": "one"},
    {},
    [1, {"a": 2}],
])
def test_streamed_json_has_the_bytes_of_json_dumps(tmp_path, payload):
    streamed = dict(payload) if isinstance(payload, dict) else payload
    if isinstance(payload, dict):
        for key in ("files", "docs"):
            if key in payload:
                streamed[key] = SortedPairs(iter(sorted(payload[key].items())))
    write_json_atomic(tmp_path / "out.json", streamed)
    assert (tmp_path / "out.json").read_bytes() == reference(payload)
    assert not list(tmp_path.glob(".*.tmp"))


def test_failed_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def pairs():
        yield "a", 1
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_json_atomic(target, {"docs": SortedPairs(pairs())})
    assert target.read_text(encoding="utf-8") == "old"
    assert not list(tmp_path.glob(".*.tmp"))


# ---------------------------------------------------------------- spreadsheet safety

from pipeline import schemas  # noqa: E402
from pipeline.tables import csv_bytes, escape_cell, make_row  # noqa: E402


@pytest.mark.parametrize("raw, written", [
    ("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")"),
    ("+49 30 1234", "'+49 30 1234"), ("-2 %", "'-2 %"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"), ("\rcmd", "'\rcmd"),
    ("'=already", "''=already"), ("''-twice", "'''-twice"),  # so a reader strips exactly one
    ("'s-Hertogenbosch", "'s-Hertogenbosch"), ("Cluster = Netzwerk", "Cluster = Netzwerk"),
    ("", ""), ("2021-03-12", "2021-03-12"), ("a-b", "a-b"),
])
def test_text_cell_that_a_spreadsheet_would_run_gets_an_apostrophe(raw, written):
    assert escape_cell(raw) == written


HOSTILE = ["=cmd|' /C calc'!A0", "+x", "-", "@", "\tx", "\rx", "'=x", "''@y", "'plain", "plain",
           "a=b", "-1"]


def _hostile_mentions() -> list[list[str]]:
    return [make_row(schemas.MENTIONS, doc_id="d", label="ORG", text=text, canonical=text,
                     start_char=i, end_char=i + 1, sentence=0, source="rules")
            for i, text in enumerate(HOSTILE)]


@pytest.mark.parametrize("escape", [True, False])
def test_read_table_gives_back_every_raw_value(tmp_path, escape):
    (tmp_path / "mentions.csv").write_bytes(csv_bytes(schemas.MENTIONS, _hostile_mentions(),
                                                      escape=escape))
    if not escape:  # what a --csv-raw run records
        (tmp_path / "manifest.json").write_text('{\n "csv_raw": true,\n "docs": {}\n}')
    frame = schemas.read_table(tmp_path, schemas.MENTIONS)
    assert frame["text"].tolist() == HOSTILE
    assert frame["canonical"].tolist() == HOSTILE
    assert frame["start_char"].tolist() == list(range(len(HOSTILE)))  # numbers untouched


def test_escaped_csv_has_no_cell_a_spreadsheet_would_run(tmp_path):
    import csv
    import io

    data = csv_bytes(schemas.MENTIONS, _hostile_mentions()).decode("utf-8")
    cells = [cell for row in csv.reader(io.StringIO(data, newline="")) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    raw = csv_bytes(schemas.MENTIONS, _hostile_mentions(), escape=False).decode("utf-8")
    assert "\r\n=cmd" not in raw and ",=cmd|" in raw  # raw: the cell as it is
