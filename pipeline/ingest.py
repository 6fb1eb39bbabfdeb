"""Stage 1, ingest: find the documents of a drop, read their bytes, decode them.

Nothing here raises on a bad document: problems become an `IngestProblem` that the
run records as a documents.csv row with status and reason. The order of the checks
is the order of the costs: size, emptiness and binary signatures look at bytes only,
then decoding, then a look at the decoded characters.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

EXTENSION_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                     ".html": "html", ".htm": "html", ".xhtml": "html"}
# Attachments read by pipeline/attachments.py (their text layer, their paragraphs).
ATTACHMENT_EXTENSIONS = {".pdf": "pdf", ".docx": "docx"}
# Files the pipeline itself writes into an output folder; never documents.
OWN_FILES = {"manifest.json"}
OWN_SUFFIXES = (".gold.json",)
# A folder holding these is a pipeline output folder (from this or an earlier run).
OUTPUT_FOLDER_MARKERS = ("manifest.json", ".cache")
SNIFF_BYTES = 4096
# File-format facts, not vocabulary: the magic numbers of the binary files that turn
# up in document drops (attachments, images, archives). Checked on the raw bytes.
BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image", b"MM\x00*": "a TIFF image", b"RIFF": "a RIFF media file (WEBP/WAV/AVI)",
    b"%PDF-": "a PDF file", b"PK\x03\x04": "a ZIP archive (or Office file)",
    b"PK\x05\x06": "a ZIP archive (empty)", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an Office file (OLE2)",
    b"Rar!\x1a\x07": "a RAR archive", b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"\x1f\x8b": "a gzip archive", b"\xfd7zXZ\x00": "an xz archive", b"\x7fELF": "an executable",
    b"OggS": "an audio/video file", b"ID3": "an MP3 file", b"wOFF": "a web font", b"wOF2": "a web font",
    b"SQLite format 3\x00": "an SQLite database",
}
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Unmistakable HTML: a doctype or an <html> element at the very start.
HTML_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]",
                        re.IGNORECASE | re.DOTALL)
# Common HTML elements; two or more of them in the head of a file mean markup.
HTML_TAG = re.compile(r"</?(html|head|body|div|p|span|a|br|table|tr|td|ul|ol|li|meta|title|"
                      r"h[1-6]|section|article|header|footer|nav|main|img|strong|em|b|i)"
                      r"(\s[^<>]*)?/?>", re.IGNORECASE)
MARKDOWN_SIGNS = re.compile(r"^(#{1,6} \S|\* \S|- \S|> \S)|\[[^\]\n]+\]\([^)\s]+\)|\*\*\S[^*\n]*\*\*",
                            re.MULTILINE)
# Characters a text document does not contain: C0 controls but tab/newline/CR/FF,
# DEL and the C1 range (what latin-1 gives for bytes that mean something else).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_RATIO = 0.05
BLANK = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")


def _cp1252_char(byte: int) -> str:
    """The character cp1252 shows for a byte (latin-1's for the five it leaves out)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


# UTF-8 once read as cp1252 and saved again as UTF-8 shows "Ã¼" for "ü" and "â€ž" for
# "„": a lead byte's character followed by continuation bytes' characters.
_CONTINUATION = "[" + re.escape("".join(_cp1252_char(b) for b in range(0x80, 0xC0))) + "]"
MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
                      f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}")
# What a repaired sequence may turn into: Latin letters and typographic punctuation.
# Anything else means the match was real text ("Gruß«" is not mojibake).
REPAIRED_CHAR = re.compile(r"[\u00a0-\u024f\u2000-\u206f\u20ac\u2122]")


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


def is_pipeline_output(folder: Path) -> bool:
    """A folder a pipeline run wrote (manifest.json beside .cache/): its cleaned texts
    and tables would otherwise come back as documents in a later run."""
    return all((folder / marker).exists() for marker in OUTPUT_FOLDER_MARKERS)


def is_document_name(name: str) -> bool:
    """Hidden files, gold annotations and the pipeline's own files are not documents."""
    return not (name.startswith(".") or name in OWN_FILES or name.endswith(OWN_SUFFIXES))


def discover(input_dir: Path, exclude: Path | None = None) -> list[Path]:
    """Every document file under `input_dir`, recursively, sorted by relative path;
    hidden files and folders, pipeline output folders and everything under `exclude`
    (the output folder of this run, when it lies inside the input) left out."""
    exclude = exclude.resolve() if exclude else None
    found = []
    for root, dirs, files in os.walk(input_dir):
        root_path = Path(root)
        resolved = root_path.resolve()
        if (exclude and (resolved == exclude or exclude in resolved.parents)) or (
                root_path != input_dir and is_pipeline_output(root_path)):
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(root_path / name for name in files if is_document_name(name))
    return sorted(found, key=lambda p: p.relative_to(input_dir).as_posix())


def relative_source_path(path: Path, input_dir: Path) -> str:
    return path.relative_to(input_dir).as_posix()


def sniff_text_format(text: str) -> str:
    """'html', 'md' or 'txt' for decoded text whose name says nothing."""
    head = text[:SNIFF_BYTES]
    if HTML_START.match(head) or len(HTML_TAG.findall(head)) >= 2:
        return "html"
    if len(MARKDOWN_SIGNS.findall(head)) >= 2:
        return "md"
    return "txt"


def _head_text(data: bytes) -> str | None:
    """The head of the raw bytes as text, for sniffing; None when they are not text."""
    head = data[:SNIFF_BYTES]
    for bom, codec in BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(codec.replace("-sig", ""), errors="ignore")
    codec = bomless_utf16(head)
    if codec:
        return head.decode(codec, errors="ignore")
    if b"\x00" in head:
        return None
    return head.decode("utf-8", errors="ignore")


def attachment_format(source_path: str, data: bytes) -> str | None:
    """'pdf' or 'docx' for a PDF or Word file, by extension or by content; else None.
    (With only the head of the bytes, a ZIP naming a word/ part is taken for DOCX.)"""
    suffix = Path(source_path).suffix.lower()
    if suffix in ATTACHMENT_EXTENSIONS:
        return ATTACHMENT_EXTENSIONS[suffix]
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data.startswith(b"PK\x03\x04") and (b"word/" in data[:SNIFF_BYTES] or b"[Content_Types].xml" in data[:SNIFF_BYTES]):
        from pipeline.attachments import is_docx

        if len(data) <= SNIFF_BYTES and b"word/" in data or is_docx(data):
            return "docx"
    return None


def sniff_format(source_path: str, data: bytes) -> str:
    """'txt', 'md', 'html', 'pdf', 'docx' or 'other'. The extension decides, except
    that a .txt/.md file that is plainly an HTML page (doctype or <html> first) is
    'html'. Files with no or another extension are sniffed by content: 'other' when
    it is not text."""
    attachment = attachment_format(source_path, data) if data else None
    if attachment:
        return attachment
    suffix = Path(source_path).suffix.lower()
    head = _head_text(data) if data else None
    if suffix in EXTENSION_FORMATS:
        fmt = EXTENSION_FORMATS[suffix]
        if fmt != "html" and head and HTML_START.match(head):
            return "html"
        return fmt
    if head is None or not head.strip() or binary_kind(data):
        return "other"
    return sniff_text_format(head)


def binary_kind(data: bytes) -> str | None:
    """What binary file the bytes are by their signature ('a PNG image'), or None."""
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    if data.lstrip()[:5] == b"%PDF-":
        return BINARY_SIGNATURES[b"%PDF-"]
    return None


def bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for UTF-16 text saved without a BOM: in Latin-script
    text most high bytes are NUL (not all: „quotes“ and dashes have none), the low
    bytes almost never. None otherwise."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4 or (len(sample) % 2 and len(sample) < SNIFF_BYTES):
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.5 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.5 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def check_size(data: bytes, max_bytes: int) -> None:
    """Reject oversized and empty files."""
    if len(data) > max_bytes:
        raise IngestProblem("skipped", f"file too large: {len(data)} bytes > limit {max_bytes}")
    if not data:
        raise IngestProblem("error", "empty file: 0 bytes")


def check_bytes(data: bytes, max_bytes: int) -> None:
    """Reject what is not a text document before decoding it."""
    check_size(data, max_bytes)
    if not data.strip():
        raise IngestProblem("error", "empty file: whitespace only")
    kind = binary_kind(data)
    if kind:
        raise IngestProblem("error", f"binary file: {kind}")
    has_bom = any(data.startswith(bom) for bom, _ in BOMS)
    if not has_bom and not bomless_utf16(data) and b"\x00" in data[:65536]:
        raise IngestProblem("error", "binary file: contains NUL bytes")


def _unmangle(match: re.Match) -> str:
    seq = match.group()
    try:
        fixed = seq.encode("cp1252", errors="strict").decode("utf-8")
    except UnicodeEncodeError:  # one of cp1252's holes, kept as its latin-1 character
        try:
            fixed = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in seq).decode("utf-8")
        except (UnicodeError, ValueError):
            return seq
    except UnicodeDecodeError:
        return seq
    return fixed if REPAIRED_CHAR.fullmatch(fixed) else seq


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was once read as cp1252 and saved again ("FÃ¶rderung" for
    "Förderung"), sequence by sequence so that text mixing both stays right; a
    sequence is only replaced by a Latin letter or typographic punctuation."""
    return MOJIBAKE.sub(_unmangle, text)


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: cp1252 (Windows' Western European encoding, a
    superset of latin-1's printable range, so „typographic quotes“ and – dashes
    survive); latin-1 only for the five bytes cp1252 leaves undefined."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: the bytes UTF-8 cannot read, read as cp1252 (latin-1 for
    the five it leaves undefined)."""
    bad = error.object[error.start:error.end]
    return "".join(_cp1252_char(b) for b in bad), error.end


codecs.register_error("pipeline-cp1252", _cp1252_fallback)


def decode_mixed(data: bytes) -> tuple[str, str]:
    """Bytes that are not all UTF-8: UTF-8 where they are, cp1252 for the rest. A
    page saved as UTF-8 with a few stray cp1252 bytes (a pasted quote) keeps its
    umlauts; a cp1252 file reads exactly as decode_legacy reads it (its non-ASCII
    bytes do not form UTF-8, except where it already holds mojibake, which this
    repairs). Encoding 'cp1252' or 'latin-1' when nothing was read as UTF-8, else
    'utf-8+cp1252'."""
    legacy, legacy_encoding = decode_legacy(data)
    text = data.decode("utf-8", errors="pipeline-cp1252")
    return (legacy, legacy_encoding) if text == legacy else (text, "utf-8+cp1252")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text: a BOM (UTF-8, UTF-16 LE/BE, UTF-32) decides; else UTF-16
    recognised by its NUL pattern, strict UTF-8, then cp1252/latin-1.

    Returns (text, encoding name). Raises IngestProblem when the result is not text.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(codec.replace("-sig", "")), codec
            except UnicodeDecodeError as exc:
                raise IngestProblem("error", f"undecodable: invalid {codec.upper()} after its "
                                             f"byte-order mark ({exc.reason} at byte {exc.start})") from exc
            break
    else:
        codec = bomless_utf16(data)
        if codec:
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise IngestProblem("error", f"undecodable: invalid {codec.upper()} ({exc.reason})") from exc
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = decode_mixed(data)
    if encoding.startswith("utf-8"):
        repaired = repair_mojibake(text)
        if repaired != text:
            text, encoding = repaired, f"{encoding}+mojibake-repaired"
    check_text(text, encoding)
    return text, encoding


def control_ratio(text: str) -> float:
    """Share of control characters in the head of the text: high for binary data
    that slipped past the signatures, or text decoded with the wrong codec."""
    sample = text[:20000]
    return len(CONTROL_CHARS.findall(sample)) / len(sample) if sample else 0.0


def check_text(text: str, encoding: str) -> None:
    """Reject decoded text that is blank or not text at all."""
    if BLANK.fullmatch(text):
        raise IngestProblem("error", "empty file: whitespace only")
    if control_ratio(text) > MAX_CONTROL_RATIO:
        raise IngestProblem("error", f"undecodable: not text in any supported encoding "
                                     f"({encoding} gives control characters)")


def read_document(raw: RawDocument, max_bytes: int) -> DecodedDocument:
    """Check and decode one raw document (a PDF or DOCX file: read its text);
    raises IngestProblem."""
    fmt = attachment_format(raw.source_path, raw.data)
    if fmt:
        from pipeline import attachments

        check_size(raw.data, max_bytes)
        text = attachments.to_text(fmt, raw.data)
        return DecodedDocument(raw.source_path, raw.doc_id, fmt, text, fmt)
    check_bytes(raw.data, max_bytes)
    text, encoding = decode(raw.data)
    fmt = sniff_format(raw.source_path, raw.data)
    if fmt == "other":  # undetermined from the bytes: look at the decoded text
        fmt = sniff_text_format(text)
    return DecodedDocument(raw.source_path, raw.doc_id, fmt, text, encoding)
