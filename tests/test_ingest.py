"""Ingest: discovery, format sniffing, decoding of every supported encoding, and a
clear IngestProblem for each kind of bad input."""
from __future__ import annotations

import hashlib

import pytest

from pipeline import ingest
from pipeline.ingest import IngestProblem, RawDocument, read_document

# Umlauts, ß and every typographic quote and dash the releases use.
GERMAN = ("Die Größe der Förderung: „Wir sind stolz“, sagt Jürgen Weiß – "
          "‚Spitze‘ und “gut” — im Süden Österreichs.\n")
# Latin-1 has no typographic quotes or dashes: umlauts and ß only.
GERMAN_LATIN1 = "Größe, Förderung, Weiß und Übergröße im Süden Österreichs.\n"
LIMIT = 5_000_000


def read(data: bytes, name: str = "doc.txt", max_bytes: int = LIMIT):
    return read_document(RawDocument(name, data), max_bytes)


def problem_of(data: bytes, name: str = "doc.txt", max_bytes: int = LIMIT) -> IngestProblem:
    with pytest.raises(IngestProblem) as caught:
        read(data, name, max_bytes)
    return caught.value


# --- encodings -----------------------------------------------------------------

@pytest.mark.parametrize("data, encoding", [
    (GERMAN.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), "utf-8-sig"),
    (b"\xff\xfe" + GERMAN.encode("utf-16-le"), "utf-16-le"),
    (b"\xfe\xff" + GERMAN.encode("utf-16-be"), "utf-16-be"),
    (GERMAN.encode("utf-16-le"), "utf-16-le"),  # saved without a BOM
    (GERMAN.encode("cp1252"), "cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le-no-bom", "cp1252"])
def test_every_supported_encoding_decodes_without_mojibake(data, encoding):
    decoded = read(data)
    assert decoded.text == GERMAN
    assert decoded.encoding == encoding
    assert "\ufeff" not in decoded.text


def test_latin1_decodes_umlauts_and_sharp_s():
    decoded = read(GERMAN_LATIN1.encode("latin-1"))
    assert decoded.text == GERMAN_LATIN1


def test_latin1_bytes_cp1252_leaves_undefined_do_not_stop_decoding():
    # 0x81 is undefined in cp1252: the latin-1 fallback still yields the text.
    decoded = read("Größe ".encode("latin-1") * 20 + b"\x81")
    assert decoded.encoding == "latin-1"
    assert decoded.text.startswith("Größe Größe")


def test_utf8_once_read_as_cp1252_is_repaired():
    mangled = GERMAN.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    decoded = read(mangled.encode("utf-8"))
    assert decoded.text == GERMAN
    assert "mojibake-repaired" in decoded.encoding


def test_text_resembling_mojibake_is_left_alone():
    text = "»Gruß«, sagte die Geschäftsführerin. São Paulo ist nicht Straße.\n"
    assert read(text.encode("utf-8")).text == text


def test_doc_id_is_sha256_prefix_of_raw_bytes():
    data = GERMAN.encode("utf-8")
    assert read(data).doc_id == hashlib.sha256(data).hexdigest()[:16]
    assert RawDocument("a.txt", data).doc_id == RawDocument("elsewhere/b.md", data).doc_id
    # the same text in another encoding is other bytes, so another document id
    assert read(GERMAN.encode("cp1252")).doc_id != read(data).doc_id


# --- bad input -----------------------------------------------------------------

@pytest.mark.parametrize("data, status, reason", [
    (b"", "error", "empty file: 0 bytes"),
    (b" \n\t\r\n  ", "error", "empty file: whitespace only"),
    (b"\xef\xbb\xbf", "error", "empty file: whitespace only"),
    ("\u00a0 \n\u2003".encode("utf-8"), "error", "empty file: whitespace only"),
    (b"\xff\xfe" + " \n ".encode("utf-16-le"), "error", "empty file: whitespace only"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "error", "binary file: a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64), "error", "binary file: a JPEG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "error", "broken PDF: "),
    (b"\r\n  %PDF-1.4\n1 0 obj", "error", "broken PDF: "),
    (b"PK\x03\x04\x14\x00\x06\x00", "error", "binary file: a ZIP archive"),
    (b"Kopf\x00\x00\x13\x07Daten" * 40, "error", "binary file: contains NUL bytes"),
    (b"\xef\xbb\xbfG\xf6\xdfe", "error", "undecodable: invalid UTF-8"),
    (b"\xff\xfe" + "Größe".encode("utf-16-le") + b"\x00\xd8", "error", "undecodable: invalid UTF-16"),
    (bytes(range(1, 9)) * 50 + b"text", "error", "undecodable: not text"),
], ids=["zero-bytes", "whitespace", "bom-only", "unicode-spaces", "utf16-whitespace", "png",
        "jpeg", "pdf", "pdf-after-whitespace", "zip", "nul-bytes", "bad-utf8-after-bom",
        "bad-utf16", "control-characters"])
def test_bad_input_gives_a_clear_problem(data, status, reason):
    problem = problem_of(data)
    assert problem.status == status
    assert problem.reason.startswith(reason), problem.reason
    assert str(problem) == problem.reason


def test_image_with_text_extension_is_still_binary():
    assert problem_of(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="logo.txt").reason \
        == "binary file: a PNG image"


def test_oversized_file_is_skipped_with_the_limit_in_the_reason():
    problem = problem_of(b"a" * 101, max_bytes=100)
    assert problem.status == "skipped"
    assert "101 bytes" in problem.reason and "100" in problem.reason
    assert read(b"a" * 100, max_bytes=100).text == "a" * 100


# --- format sniffing -------------------------------------------------------------

@pytest.mark.parametrize("name, data, fmt", [
    ("a.txt", b"Plain text", "txt"),
    ("a.TXT", b"Plain text", "txt"),
    ("a.md", b"# Heading", "md"),
    ("a.markdown", b"Text", "md"),
    ("a.html", b"<p>x</p>", "html"),
    ("a.HTM", b"Text", "html"),
    ("a.txt", b"<!DOCTYPE html>\n<html><body><p>x</p></body></html>", "html"),
    ("a.txt", b"Text about the <p> element and <div> elements", "txt"),
    ("noext", b"<html lang='de'><body>x</body></html>", "html"),
    ("page.php", b"<div class='x'><p>Text</p></div>", "html"),
    ("noext", b"\xef\xbb\xbf<!doctype html><html>", "html"),
    ("noext", b"\xff\xfe" + "<html><body><p>Text</p>".encode("utf-16-le"), "html"),
    ("notes", b"# Heading\n\nSome **bold** text and a [link](https://example.org).\n", "md"),
    ("README", b"Just a few lines\nof plain text.\n", "txt"),
    ("data.bin", b"\x00\x01\x02\x03binary", "other"),
    ("scan", b"%PDF-1.4\n1 0 obj", "pdf"),
    ("a.PDF", b"anything", "pdf"),
    ("a.docx", b"PK\x03\x04", "docx"),
    ("attachment", b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml....word/document.xml", "docx"),
    ("archive", b"PK\x03\x04\x14\x00\x06\x00\x08\x00data/table.csv", "other"),
    ("photo", b"\xff\xd8\xff\xe0\x00\x10JFIF", "other"),
    ("blank", b"", "other"),
])
def test_sniff_format(name, data, fmt):
    assert ingest.sniff_format(name, data) == fmt


def test_read_document_sniffs_files_without_extension():
    assert read(b"<html><body><p>Hallo Welt</p></body></html>", name="press/2021-05").format == "html"
    assert read("Ein schlichter Text über Förderung.".encode("cp1252"), name="press/x").format == "txt"


# --- discovery -----------------------------------------------------------------

def make(path, content=b"x"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_discover_walks_recursively_and_skips_hidden_gold_and_own_files(tmp_path):
    for rel in ["b.txt", "a.html", "sub/deeper/c.md", "sub/noext", "sub/.hidden.txt",
                ".git/config", "sub/.cache/x.txt", "a.gold.json", "sub/deeper/manifest.json"]:
        make(tmp_path / rel)
    found = [p.relative_to(tmp_path).as_posix() for p in ingest.discover(tmp_path)]
    assert found == ["a.html", "b.txt", "sub/deeper/c.md", "sub/noext"]


def test_discover_skips_the_output_folder_and_earlier_outputs(tmp_path):
    make(tmp_path / "doc.txt")
    make(tmp_path / "out" / "documents.csv")
    make(tmp_path / "out" / "text" / "0123456789abcdef.txt")
    old = tmp_path / "old-run"
    make(old / "manifest.json", b"{}")
    make(old / ".cache" / "0123456789abcdef.json", b"{}")
    make(old / "text" / "0123456789abcdef.txt")
    make(tmp_path / "notes" / "manifest.txt")  # a folder merely mentioning manifests stays
    found = [p.relative_to(tmp_path).as_posix()
             for p in ingest.discover(tmp_path, exclude=tmp_path / "out")]
    assert found == ["doc.txt", "notes/manifest.txt"]


def test_relative_source_path_uses_forward_slashes(tmp_path):
    path = make(tmp_path / "a" / "b" / "c.txt")
    assert ingest.relative_source_path(path, tmp_path) == "a/b/c.txt"


# --- through the per-document processing -------------------------------------------

def test_bad_documents_become_rows_with_status_and_reason(config):
    from pipeline.process import DocResult, prepare

    cases = {
        "logo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00", "error", "binary file: a PNG image", "txt"),
        "empty.md": (b"", "error", "empty file: 0 bytes", "md"),
        "scan": (b"%PDF-1.5\n", "error", "broken PDF: PDFSyntaxError: No /Root object! - Is this really a PDF?", "pdf"),
        "menu.html": (b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
                      "error", "no text left after cleaning", "html"),
    }
    for name, (data, status, reason, fmt) in cases.items():
        result = prepare(RawDocument(name, data), config)
        assert isinstance(result, DocResult), name
        assert (result.status, result.document["error"], result.document["format"]) == \
            (status, reason, fmt), name


def test_readable_document_passes_the_text_stages(config):
    from pipeline.process import Prepared, prepare

    page = ("<html><body><h1>Cluster erhält Gold</h1><p>Der Cluster hat das Gold-Label für "
            "exzellentes Clustermanagement erhalten, teilte die Geschäftsführung mit.</p></body></html>")
    prepared = prepare(RawDocument("news/gold", page.encode("utf-16")), config)
    assert isinstance(prepared, Prepared)
    assert prepared.decoded.format == "html"
    assert prepared.cleaned.title == "Cluster erhält Gold"
    assert prepared.language == "de"


# --- PDF and Word attachments ------------------------------------------------------

def build_pdf(lines: list[tuple[str, float, float, float]], encrypt: bool = False) -> bytes:
    """A one-page PDF with a real text layer: each (text, x, y, size) is a line drawn in
    Helvetica (WinAnsiEncoding, so umlauts work). With `encrypt`, the file carries a
    Standard security handler whose user password is not empty."""
    def escape(text: str) -> bytes:
        raw = text.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"".join(b"BT /F1 %.1f Tf %.1f %.1f Td (" % (size, x, y) + escape(text) + b") Tj ET\n"
                       for text, x, y, size in lines)
    if not lines:  # a scan: an image-like filled rectangle, no text
        content = b"0.5 g 72 300 450 400 re f\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    ]
    if encrypt:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
                       + b"> /P -44 >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"ab" * 16, b"ab" * 16)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


RELEASE_LINES = [
    ("Testcluster Nordwind erhält Silber", 72, 760, 18),
    ("Kiel, 14.05.2025", 72, 730, 11),
    ("Der Testcluster Nordwind ist vom Europäischen Sekretariat für Clusteranalysen mit", 72, 700, 11),
    ("dem Silber-Label ausgezeichnet worden. Das Label gilt bis Mai 2027.", 72, 686, 11),
    ("Dem Netzwerk gehören 40 Mitglieder an, darunter die Beispielwerk GmbH und die", 72, 658, 11),
    ("Musterhafen AG.", 72, 644, 11),
    ("Pressekontakt: presse@nordwind.example", 72, 616, 11),
]


def test_pdf_text_layer_becomes_paragraphs():
    document = read(build_pdf(RELEASE_LINES), name="release.pdf")
    assert document.format == "pdf"
    assert document.text.split("\n\n") == [
        "Testcluster Nordwind erhält Silber",  # larger type: a paragraph of its own
        "Kiel, 14.05.2025",                    # a short line ends its paragraph
        "Der Testcluster Nordwind ist vom Europäischen Sekretariat für Clusteranalysen mit "
        "dem Silber-Label ausgezeichnet worden. Das Label gilt bis Mai 2027.",
        "Dem Netzwerk gehören 40 Mitglieder an, darunter die Beispielwerk GmbH und die Musterhafen AG.",
        "Pressekontakt: presse@nordwind.example",
    ]


def test_pdf_is_sniffed_without_extension():
    assert read(build_pdf(RELEASE_LINES), name="attachments/0042").format == "pdf"


@pytest.mark.parametrize("paragraph, line, joined", [
    ("Das Clus-", "termanagement wurde geprüft.", "Das Clustermanagement wurde geprüft."),
    ("die Hochschule Ravensburg-", "Weingarten", "die Hochschule Ravensburg-Weingarten"),
    ("das Bronze-", "und das Silber-Label", "das Bronze- und das Silber-Label"),
    ("the cluster", "was awarded", "the cluster was awarded"),
])
def test_wrapped_pdf_lines_are_joined(paragraph, line, joined):
    from pipeline.attachments import _join

    assert _join(paragraph, line) == joined


@pytest.mark.parametrize("data, reason", [
    (build_pdf([]), "PDF without a text layer (a scanned image?): no text to read"),
    (build_pdf(RELEASE_LINES, encrypt=True), "encrypted PDF: it cannot be read without its password"),
    (build_pdf(RELEASE_LINES)[:300], "broken PDF: "),
    (b"<html>not a pdf</html>", "broken PDF: "),
], ids=["no-text-layer", "encrypted", "truncated", "not-a-pdf"])
def test_unreadable_pdf_gives_a_clear_problem(data, reason):
    problem = problem_of(data, name="scan.pdf")
    assert problem.status == "error"
    assert problem.reason.startswith(reason), problem.reason


def build_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_heading(paragraphs[0], 1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.add_paragraph("Pressekontakt: presse@nordwind.example")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_table_rows_become_text():
    data = build_docx(["Testcluster Nordwind erhält Silber", "Kiel, 14.05.2025",
                       "Der Testcluster Nordwind ist mit dem Silber-Label ausgezeichnet worden."],
                      table=[["Mitglieder", "40"], ["Gegründet", "2012"]])
    document = read(data, name="release.docx")
    assert document.format == "docx"
    assert document.text.split("\n\n") == [
        "Testcluster Nordwind erhält Silber", "Kiel, 14.05.2025",
        "Der Testcluster Nordwind ist mit dem Silber-Label ausgezeichnet worden.",
        "Mitglieder | 40", "Gegründet | 2012", "Pressekontakt: presse@nordwind.example"]
    assert read(data, name="mail-attachment").format == "docx"  # sniffed by content


@pytest.mark.parametrize("data, reason", [
    (b"PK\x03\x04\x14\x00\x00\x00garbage" * 10, "broken Word file: "),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "encrypted Word file (or a legacy .doc)"),
], ids=["broken", "encrypted"])
def test_unreadable_docx_gives_a_clear_problem(data, reason):
    problem = problem_of(data, name="release.docx")
    assert problem.status == "error"
    assert problem.reason.startswith(reason), problem.reason


def test_pdf_and_docx_go_through_the_text_stages(config):
    from pipeline.process import Prepared, prepare

    for name, data in (("release.pdf", build_pdf(RELEASE_LINES)),
                       ("release.docx", build_docx([line for line, *_ in RELEASE_LINES]))):
        prepared = prepare(RawDocument(name, data), config)
        assert isinstance(prepared, Prepared), name
        assert prepared.cleaned.title == "Testcluster Nordwind erhält Silber"
        assert prepared.language == "de"


def test_mostly_utf8_bytes_with_a_stray_cp1252_byte_keep_their_umlauts():
    data = "Größe und Förderung – ".encode("utf-8") + b"\x93Zitat\x94" + " im Süden.".encode("utf-8")
    text, encoding = ingest.decode(data)
    assert text == "Größe und Förderung – “Zitat” im Süden."
    assert encoding == "utf-8+cp1252"
    assert ingest.decode(GERMAN_LATIN1.encode("cp1252")) == (GERMAN_LATIN1, "cp1252")
