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
