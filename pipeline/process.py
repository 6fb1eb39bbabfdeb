"""One document (or a chunk of them) through the stages: ingest -> clean -> language
-> nlp -> extract, into rows. Pure with respect to the output folder: what comes out
is a `DocResult`, which the run stores and turns into tables.

Every failure of a document is caught here and becomes its documents.csv row, so a
bad document never stops the run or touches another document's rows.
"""
from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field

from pipeline import budget
from pipeline import clean as clean_stage
from pipeline import extract as extract_stage
from pipeline import ingest
from pipeline import language as language_stage
from pipeline import nlp as nlp_stage
from pipeline import ruleset
from pipeline.registry import EntityRecord
from pipeline.schemas import DATES, DOCUMENTS
from pipeline.tables import make_row

log = logging.getLogger(__name__)


@dataclass
class DocResult:
    """What one document produced. `document` holds the documents.csv values except
    source_path, which depends on where the bytes were found."""

    doc_id: str
    language: str
    status: str
    document: dict
    text: str | None = None
    rows: dict[str, list[list[str]]] = field(default_factory=dict)
    # the document's entities for the registry; rows refer to them by index in the
    # column schemas.ENTITY_ID_COLUMNS names
    entities: list[EntityRecord] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "language": self.language, "status": self.status,
                "document": self.document, "rows": self.rows,
                "entities": [e.to_json() for e in self.entities]}

    @classmethod
    def from_json(cls, payload: dict) -> "DocResult":
        return cls(payload["doc_id"], payload["language"], payload["status"],
                   payload["document"], None, payload["rows"],
                   [EntityRecord.from_json(e) for e in payload["entities"]])

    def document_row(self, source_path: str) -> list[str]:
        return make_row(DOCUMENTS, source_path=source_path, **self.document)


def failed(doc_id: str, fmt: str, status: str, reason: str, **known) -> DocResult:
    document = {"doc_id": doc_id, "format": fmt, "status": status, "error": reason}
    document.update(known)
    language = known.get("language") or ""
    return DocResult(doc_id, language, status, document)


@dataclass
class Prepared:
    """A document after the text stages, waiting for nlp."""

    decoded: ingest.DecodedDocument
    cleaned: clean_stage.CleanText
    language: str
    language_score: float | None
    seconds: float = 0.0  # spent so far, against the document's time budget

    def measured_fields(self) -> dict:
        """documents.csv values known once the text stages are done."""
        fields = {"language": self.language, "language_score": self.language_score,
                  "title": self.cleaned.title, "n_chars": len(self.cleaned.text)}
        if self.cleaned.published:  # a page's metadata date: known before extraction
            fields.update(published=self.cleaned.published,
                          published_source=self.cleaned.published_source)
        return fields


def prepare(raw: ingest.RawDocument, config: dict) -> Prepared | DocResult:
    """Ingest, clean and tag the language; a DocResult when the document stops here."""
    budget.enter("ingest")
    fmt = ingest.sniff_format(raw.source_path, raw.data[:4096])
    try:
        decoded = ingest.read_document(raw, int(config["ingest"]["max_bytes"]))
    except ingest.IngestProblem as problem:
        return failed(raw.doc_id, fmt, problem.status, problem.reason)
    budget.enter("clean")
    try:
        cleaned = clean_stage.clean(decoded.text, decoded.format)
    except Exception as exc:  # malformed markup the parser cannot take
        return failed(raw.doc_id, fmt, "error", f"clean failed: {type(exc).__name__}: {exc}")
    if not cleaned.text.strip():
        return failed(raw.doc_id, fmt, "error", "no text left after cleaning",
                      title=cleaned.title, n_chars=0, language="und")
    lang_cfg = config["language"]
    budget.enter("language")
    language, score = language_stage.detect(cleaned.text, int(lang_cfg["sample_chars"]),
                                            int(lang_cfg["min_letters"]), int(lang_cfg["seed"]))
    prepared = Prepared(decoded, cleaned, language, score)
    if language not in lang_cfg["extract"]:
        reason = ("language undetermined: too little text" if language == "und"
                  else f"language {language} is not extracted (configured: "
                       f"{', '.join(lang_cfg['extract'])})")
        result = failed(raw.doc_id, fmt, "skipped", reason, **prepared.measured_fields())
        result.text = cleaned.text
        return result
    return prepared


def _published_start(rows: dict) -> int | None:
    """Offset of the published date in the cleaned text (its dates.csv row)."""
    role, start = DATES.column_names.index("role"), DATES.column_names.index("start_char")
    for row in rows.get(DATES.name, ()):
        if row[role] == "published":
            return int(row[start])
    return None


def _day_and_month_swapped(a: str, b: str) -> bool:
    """Are two ISO days the two readings of one numeric date ("06/01/2020")?"""
    return len(a) == len(b) == 10 and a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]


def published_date(from_text: str | None, cleaned: clean_stage.CleanText,
                   text_start: int | None = None, n_chars: int = 0) -> tuple[str | None, str]:
    """(published, published_source). The date the release states in its text wins
    over the page's metadata or URL (HTML; such a date has no offsets, so no dates.csv
    row), except a text date found only in the second half of the text (a footer, a
    list of other news) where the metadata gives another day, and "06/01/2020" read
    day first where the metadata says it was month first; no date, (None, '')."""
    if from_text and cleaned.published and from_text != cleaned.published and (
            (text_start is not None and n_chars and text_start > n_chars / 2)
            or _day_and_month_swapped(from_text, cleaned.published)):
        return cleaned.published, cleaned.published_source
    if from_text:
        return from_text, "text"
    if cleaned.published:
        return cleaned.published, cleaned.published_source
    return None, ""


def finish(prepared: Prepared, doc) -> DocResult:
    """Rows of a document whose spaCy Doc is ready."""
    fields = {"doc_id": prepared.decoded.doc_id, "format": prepared.decoded.format,
              **prepared.measured_fields()}
    budget.enter("extract")
    extracted = extract_stage.extract(doc, prepared.language, prepared.decoded.doc_id)
    published, source = published_date(extracted.published, prepared.cleaned,
                                        _published_start(extracted.rows), len(prepared.cleaned.text))
    fields.update(n_tokens=len(doc), n_sentences=nlp_stage.sentence_count(doc),
                  published=published, published_source=source, status="ok")
    return DocResult(prepared.decoded.doc_id, prepared.language, "ok", fields,
                     prepared.cleaned.text, extracted.rows, extracted.entities)


def _error_after_prepare(prepared: Prepared, exc: BaseException | str) -> DocResult:
    """The error row of a document that failed in nlp or extract (`exc` or a reason)."""
    if isinstance(exc, BaseException):
        log.debug("extraction failed for %s", prepared.decoded.source_path, exc_info=True)
    reason = (exc if isinstance(exc, str) else str(exc) if isinstance(exc, budget.DocumentTimeout)
              else f"extraction failed: {type(exc).__name__}: {exc}")
    result = failed(prepared.decoded.doc_id, prepared.decoded.format, "error", reason,
                    **prepared.measured_fields())
    result.text = prepared.cleaned.text
    return result


_WARMED_PIPELINES: set[int] = set()


def _memory_zone(nlp):
    """spaCy's memory zone frees the strings of a chunk's documents, so a long run does not
    grow the string store; but inside a zone the tokenizer's cache is not filled, and every
    word is looked up afresh (~2.5 ms a document on the bench). So the first chunk a process
    sends through a pipeline runs outside a zone, which leaves the common words of the field
    cached for good (memory bounded by that one chunk), and every later chunk inside one."""
    if id(nlp) in _WARMED_PIPELINES:
        return nlp.memory_zone()
    _WARMED_PIPELINES.add(id(nlp))
    return contextlib.nullcontext()


def _left(prepared: Prepared, seconds: float) -> float:
    """What is left of a document's budget after its text stages (0: no budget)."""
    return max(seconds - prepared.seconds, 0.001) if seconds > 0 else 0


def _finish_alone(nlp, prepared: Prepared, seconds: float) -> DocResult:
    try:
        with budget.within(_left(prepared, seconds), seconds):
            budget.enter("nlp")
            return finish(prepared, nlp(next(nlp_stage.docs_of(nlp, [prepared.cleaned.text]))))
    except (Exception, budget.DocumentTimeout) as exc:
        return _error_after_prepare(prepared, exc)


def process_chunk(raws: list[ingest.RawDocument], config: dict) -> list[DocResult]:
    """Results for a chunk of documents, in input order. nlp.pipe batches the texts of
    each language; a batch that fails is retried one document at a time so that only
    the culprit becomes an error row."""
    ruleset.use(ruleset.folder_of(config))  # the run's rules, in whichever process this runs
    results: list[DocResult | Prepared] = []
    seconds = budget.budget_seconds(config)
    for raw in raws:
        started = time.perf_counter()
        try:
            with budget.within(seconds):
                result = prepare(raw, config)
        except budget.DocumentTimeout as timeout:
            result = failed(raw.doc_id, ingest.sniff_format(raw.source_path, raw.data[:4096]),
                            "error", str(timeout))
        except Exception as exc:  # a bug in a text stage must not sink the chunk
            result = failed(raw.doc_id, "other", "error",
                            f"preparation failed: {type(exc).__name__}: {exc}")
        if isinstance(result, Prepared):
            result.seconds = time.perf_counter() - started
        results.append(result)
    batch_size = int(config["nlp"]["batch_size"])
    for language in sorted({r.language for r in results if isinstance(r, Prepared)}):
        positions = [i for i, r in enumerate(results)
                     if isinstance(r, Prepared) and r.language == language]
        nlp = nlp_stage.get_pipeline(language, config)
        for i in [i for i in positions if len(results[i].cleaned.text) > nlp.max_length]:
            # spaCy refuses it: said plainly, and the rest of the batch is not redone
            results[i] = _error_after_prepare(
                results[i], f"text too long for the nlp stage: {len(results[i].cleaned.text)} "
                            f"characters > {nlp.max_length}")
            positions.remove(i)
        texts = [results[i].cleaned.text for i in positions]
        with _memory_zone(nlp):
            try:
                docs = nlp.pipe(nlp_stage.docs_of(nlp, texts), batch_size=batch_size)
                finished = []
                for i in positions:  # the batch's nlp runs in next(docs), for the first
                    with budget.within(_left(results[i], seconds), seconds):
                        budget.enter("nlp")
                        finished.append(finish(results[i], next(docs)))
            except (Exception, budget.DocumentTimeout):
                # one document at a time, each within what is left of its own budget
                finished = [_finish_alone(nlp, results[i], seconds) for i in positions]
        for i, result in zip(positions, finished):
            results[i] = result
    return results


def lost(raw: ingest.RawDocument, reason: str) -> DocResult:
    """The row of a document whose worker process died on it (see executors)."""
    return failed(raw.doc_id, ingest.sniff_format(raw.source_path, raw.data[:4096]), "error",
                  reason)


process_chunk.on_lost = lost  # type: ignore[attr-defined]
