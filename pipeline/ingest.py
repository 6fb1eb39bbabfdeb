"""Stage 1, ingest: find the documents of a drop, read their bytes, decode them.

Nothing here raises on a bad document: problems become an `IngestProblem` that the
run records as a documents.csv row with status and reason.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

EXTENSION_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md",
                     ".html": "html", ".htm": "html", ".xhtml": "html"}
# Files the pipeline itself writes; never documents (an output folder inside the input).
OWN_FILES = {"manifest.json"}
HTML_MARKERS = (b"<!doctype html", b"<html", b"<body", b"<head", b"<p>", b"<div", b"<meta")
BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"%PDF": "a PDF file", b"PK\x03\x04": "a ZIP archive (or Office file)",
    b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable",
}


@dataclass(frozen=True)
class RawDocument:
    source_path: str  # relative to the input folder, forward slashes
    data: bytes

    @property
    def doc_id(self) -> str:
        return doc_id_of(self.data)


@dataclass(frozen=True)
class DecodedDocument:
    source_path: str
    doc_id: str
    format: str
    text: str
    encoding: str


class IngestProblem(Exception):
    """A document that cannot be read as text; `status` is 'error' or 'skipped'."""

    def __init__(self, status: str, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


def doc_id_of(data: bytes) -> str:
    """First 16 hex digits of the sha256 of the raw bytes: stable for the same bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def discover(input_dir: Path, exclude: Path | None = None) -> list[Path]:
    """Every file under `input_dir`, recursively, sorted; hidden files and folders,
    and everything under `exclude` (an output folder inside the input), left out."""
    exclude = exclude.resolve() if exclude else None
    found = []
    for root, dirs, files in os.walk(input_dir):
        root_path = Path(root)
        if exclude and (root_path.resolve() == exclude or exclude in root_path.resolve().parents):
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or name in OWN_FILES or name.endswith(".gold.json"):
                continue
            found.append(root_path / name)
    return sorted(found, key=lambda p: p.relative_to(input_dir).as_posix())


def relative_source_path(path: Path, input_dir: Path) -> str:
    return path.relative_to(input_dir).as_posix()


def sniff_format(source_path: str, data: bytes) -> str:
    """Format from the extension; files with no or another extension by content."""
    suffix = Path(source_path).suffix.lower()
    if suffix in EXTENSION_FORMATS:
        return EXTENSION_FORMATS[suffix]
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if any(marker in head for marker in HTML_MARKERS):
        return "html"
    return "other"


def check_bytes(data: bytes, max_bytes: int) -> None:
    """Reject what is not a text document before decoding it."""
    if len(data) > max_bytes:
        raise IngestProblem("skipped", f"file too large: {len(data)} bytes > limit {max_bytes}")
    if not data.strip():
        raise IngestProblem("error", "empty file")
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise IngestProblem("error", f"binary file: {kind}")
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:65536]:
        raise IngestProblem("error", "binary file: contains NUL bytes")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7f <= ord(ch) < 0xa0)
    return bad / len(sample)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text: BOMs first, then strict UTF-8, then cp1252 (a superset
    of latin-1's printable range, so typographic quotes survive), then latin-1.

    Returns (text, encoding name). Raises IngestProblem when the result is not text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise IngestProblem("error", f"undecodable UTF-16: {exc.reason}") from exc
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "latin-1"
    if _control_ratio(text) > 0.05:
        raise IngestProblem("error", f"undecodable: not text in any supported encoding ({encoding} gives control characters)")
    return text, encoding


def read_document(raw: RawDocument, max_bytes: int) -> DecodedDocument:
    """Check and decode one raw document; raises IngestProblem."""
    check_bytes(raw.data, max_bytes)
    text, encoding = decode(raw.data)
    return DecodedDocument(raw.source_path, raw.doc_id, sniff_format(raw.source_path, raw.data),
                           text, encoding)
