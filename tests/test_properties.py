"""Property-based tests (hypothesis) over the per-document stages, ingest -> clean ->
language -> nlp -> extract: whatever bytes or text come in,

- no exception escapes a stage (ingest may only raise its IngestProblem, which the run
  turns into a row);
- every document gets exactly one result, and in a run exactly one documents.csv row;
- every mention's and date's offsets give its text in the cleaned text, and start and
  end on token boundaries: never inside a word (a run of letters and digits). spaCy's
  tokens are not the measure: the tokenizer keeps a name before a final period as one
  token ("BioM." at the end of a sentence, "04.12.2019."), where the mention is the name;
  on the dev corpus 18 of 1,727 spans end there;
- processing it again gives byte-identical results.

CI runs a few hundred generated documents (FUZZ_EXAMPLES, default 150, for the first
test; a tenth of it in chunks, a thirtieth as runs); `make fuzz N=10000` runs N.
"""
from __future__ import annotations

import copy
import json
import os
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis not installed "
                                                      "(pip install -e '.[test]')")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline import clean, ingest, language, nlp  # noqa: E402
from pipeline import extract as extract_stage  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.executors import LocalExecutor  # noqa: E402
from pipeline.process import DocResult, process_chunk  # noqa: E402
from pipeline.run import run  # noqa: E402
from pipeline.schemas import DATES, DOCUMENTS, MENTIONS, read_table  # noqa: E402

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
CONFIG = load_config(Path(__file__).resolve().parents[1] / "pipeline" / "config.toml")

GERMAN = ("Stuttgart, 12.03.2021\n\nDer Cluster Nordmetall e.V. hat das Gold-Label der "
          "European Secretariat for Cluster Analysis (ESCA) erhalten. Geschäftsführer "
          "Dr. Anna Weber dankte den Mitgliedern und der Universität Stuttgart.\n")
ENGLISH = ("Brussels, 5 June 2019\n\nThe Northern Food Cluster received the Silver Label "
           "from ESCA. Since 2015 the cluster management of Food Valley GmbH has supported "
           "small companies, said John Smith, CEO of the cluster.\n")
PIECES = ["Cluster", "Nordmetall", "e.V.", "GmbH", "Gold-Label", "Silber-Label", "Bronze",
          "Label", "ESCA", "hat", "erhielt", "das", "der", "die", "und", "and", "the", "of",
          "received", "awarded", "12. März 2021", "2019", "01.02.2020", "bis 2025", "Dr.",
          "Anna", "Weber", "CEO", "Geschäftsführer", "Horizon 2020", "(", ")", ",", ".",
          ":", ";", "-", "–", "„", "“", "\"", "'", "\n", "\n\n", "  ", "\t", "\r", "@",
          "a@b.de", "http://x.example/a", "www.y.example", "<p>", "</p>", "<b>", "</div>",
          "<title>", "&amp;", "**", "_", "`", "# ", "- ", "> ", "[a](b)", "=", "+", "ü", "ß",
          "Ä", "É", "\u00ad", "\u200b", "\u2028", "\x00", "\x85", "\ufeff", "A", "B"]

texts = st.builds(
    lambda head, parts: head + " ".join(parts),
    st.sampled_from(["", GERMAN, ENGLISH]),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60))
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
contents = st.one_of(
    st.builds(lambda text, codec: text.encode(codec, errors="ignore"), texts, encodings),
    st.binary(max_size=3000))
names = st.sampled_from(["doc.txt", "doc.md", "doc.html", "doc.htm", "doc", "doc.xyz"])
documents = st.builds(ingest.RawDocument, names, contents)

# CI (FUZZ_EXAMPLES unset): the same examples every run; `make fuzz`: new ones each time
FUZZING = "FUZZ_EXAMPLES" in os.environ


def fuzz(examples: int = EXAMPLES):
    return settings(max_examples=examples, deadline=None, derandomize=not FUZZING, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def inside_a_word(text: str, offset: int) -> bool:
    return 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum()


def spans(result: DocResult, table) -> list[tuple[str, int, int]]:
    names = table.column_names
    at = names.index
    return [(row[at("text")], int(row[at("start_char")]), int(row[at("end_char")]))
            for row in result.rows.get(table.name, [])]


def check_stages(raw: ingest.RawDocument) -> None:
    """Each stage called on its own: none raises (but ingest's own IngestProblem)."""
    try:
        decoded = ingest.read_document(raw, 5_000_000)
    except ingest.IngestProblem as problem:
        assert problem.status in ("error", "skipped") and problem.reason
        return
    cleaned = clean.clean(decoded.text, decoded.format)
    code, score = language.detect(cleaned.text, 1000, 40, 0)
    assert code == "und" or len(code) == 2
    assert score is None or 0 <= score <= 1
    if code in ("de", "en") and cleaned.text.strip():
        doc = nlp.get_pipeline(code, CONFIG)(cleaned.text)
        assert doc.text == cleaned.text
        extract_stage.extract(doc, code, raw.doc_id)


@fuzz()
@given(documents)
def test_any_document_passes_every_stage_and_gets_one_consistent_result(raw):
    check_stages(raw)
    [result] = process_chunk([raw], CONFIG)
    assert isinstance(result, DocResult)
    assert result.doc_id == raw.doc_id
    assert result.status in ("ok", "skipped", "error")
    assert (result.status == "ok") == (not result.document.get("error"))
    row = result.document_row(raw.source_path)
    assert len(row) == len(DOCUMENTS.column_names)
    found = spans(result, MENTIONS) + spans(result, DATES)
    for text, start, end in found:
        assert result.text[start:end] == text
        assert text.strip() == text and text
        assert not inside_a_word(result.text, start) and not inside_a_word(result.text, end), \
            (text, start, end)
    [again] = process_chunk([raw], CONFIG)
    assert json.dumps(again.to_json(), sort_keys=True) == json.dumps(result.to_json(), sort_keys=True)
    assert again.text == result.text


@fuzz(max(10, EXAMPLES // 10))
@given(st.lists(documents, min_size=1, max_size=6))
def test_a_chunk_gives_one_result_per_document_in_order(raws):
    results = process_chunk(raws, CONFIG)
    assert [r.doc_id for r in results] == [raw.doc_id for raw in raws]
    alone = [process_chunk([raw], CONFIG)[0] for raw in raws]  # batching changes nothing
    assert [r.to_json() for r in results] == [r.to_json() for r in alone]


@fuzz(max(5, EXAMPLES // 30))
@given(st.lists(contents, min_size=1, max_size=5), st.lists(names, min_size=5, max_size=5))
def test_a_run_writes_one_documents_row_per_file_and_reruns_byte_identical(datas, suffixes):
    config = copy.deepcopy(CONFIG)
    with tempfile.TemporaryDirectory() as folder:
        raw, out, again = Path(folder, "raw"), Path(folder, "out"), Path(folder, "again")
        raw.mkdir()
        paths = []
        for number, data in enumerate(datas):
            path = f"{number}-{suffixes[number]}"
            (raw / path).write_bytes(data)
            paths.append(path)
        run(raw, out, config, executor=LocalExecutor(1), progress=False)
        run(raw, again, config, executor=LocalExecutor(1), progress=False, full=True)
        frame = read_table(out, DOCUMENTS)
        assert sorted(frame["source_path"]) == sorted(paths)
        for path in sorted(p.name for p in out.iterdir() if p.suffix == ".csv"):
            assert (out / path).read_bytes() == (again / path).read_bytes()
