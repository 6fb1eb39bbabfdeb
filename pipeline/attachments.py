"""PDF and Word (.docx) files to text: how the ingest stage reads attachments.

- PDF: the text layer, read with pdfminer.six (see the README for why not pypdf).
  pdfminer's layout analysis gives every line of text with its position and size;
  lines are joined into paragraphs here by one rule of typesetting: a line goes on in
  the next one only when the next one's first word would not have fitted at its end
  (the line was wrapped), the next one stands close below it and its text has the
  same size. A headline, a dateline, a contact line and the last line of a paragraph
  therefore end their paragraph, and paragraphs are separated by a blank line as in
  the other formats. A word hyphenated at a line end is joined again.
- DOCX: the paragraphs and table rows of the document body in order, with
  python-docx; one paragraph per block, a row's cells joined by " | ".

Problems become an IngestProblem with the reason: an encrypted PDF, a PDF without a
text layer (a scan), a file the library cannot read.
"""
from __future__ import annotations

import io
import logging
import re
import zipfile

from pipeline.ingest import IngestProblem

MAX_PDF_PAGES = 200
# A PDF whose text layer holds fewer letters than this has none worth reading.
MIN_PDF_LETTERS = 20
LETTER = re.compile(r"[^\W\d_]")
# Words after a line-end hyphen that show the hyphen is part of the text
# ("Bronze-\nund Silber-Label"), not a word broken at the line end.
CONJUNCTIONS = frozenset(("und", "oder", "bzw", "sowie", "bis", "and", "or", "to", "nor"))
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def to_text(fmt: str, data: bytes) -> str:
    """Text of a 'pdf' or 'docx' file; raises IngestProblem."""
    return pdf_text(data) if fmt == "pdf" else docx_text(data)


# --- PDF --------------------------------------------------------------------------

class _Line:
    """One line of text of a PDF page: its text and geometry."""

    __slots__ = ("text", "x0", "y0", "x1", "y1", "first_word_width")

    def __init__(self, line):
        from pdfminer.layout import LTChar

        self.text = line.get_text().strip()
        self.x0, self.y0, self.x1, self.y1 = line.x0, line.y0, line.x1, line.y1
        chars = [c for c in line if isinstance(c, LTChar)]
        first_word_end = self.x1
        for char in chars:
            if char.get_text().isspace():
                break
            first_word_end = char.x1
        self.first_word_width = first_word_end - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def _continues(previous: _Line, line: _Line, right_edge: float) -> bool:
    """Was `previous` wrapped into `line`? Same text size, close below it, and the
    first word of `line` would not have fitted at the end of `previous`."""
    height = max(previous.height, line.height)
    if height <= 0 or abs(previous.height - line.height) > 0.2 * height:
        return False
    gap = previous.y0 - line.y1
    if gap < -0.3 * height or gap > 0.6 * height:
        return False
    space = 0.3 * height
    return previous.x1 + space + line.first_word_width >= right_edge - 1.0


def _join(paragraph: str, line: str) -> str:
    """Append a wrapped line: a word hyphenated at the line end is joined again
    ("Clus-" "ter" -> "Cluster"); a hyphen before a capital or a conjunction stays
    ("Baden-" "Württemberg", "Bronze-" "und Silber-Label")."""
    if paragraph.endswith("\u00ad"):
        return paragraph[:-1] + line
    if paragraph.endswith("-") and len(paragraph) > 1 and paragraph[-2].isalpha():
        first = line.split(" ", 1)[0].strip(",.;:").lower()
        if first in CONJUNCTIONS:
            return f"{paragraph} {line}"
        if line[:1].islower():
            return paragraph[:-1] + line
        return paragraph + line
    return f"{paragraph} {line}"


def _page_paragraphs(page) -> list[str]:
    from pdfminer.layout import LTTextContainer, LTTextLine

    lines: list[_Line] = []
    for element in page:
        if isinstance(element, LTTextContainer):
            members = [element] if isinstance(element, LTTextLine) else list(element)
            lines.extend(_Line(m) for m in members if isinstance(m, LTTextLine))
    lines = [line for line in lines if line.text]
    if not lines:
        return []
    right_edge = max(line.x1 for line in lines)
    paragraphs: list[str] = []
    previous = None
    for line in lines:
        if previous is not None and _continues(previous, line, right_edge):
            paragraphs[-1] = _join(paragraphs[-1], line.text)
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF as paragraphs separated by blank lines."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its notes on odd files
    paragraphs: list[str] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(), maxpages=MAX_PDF_PAGES):
            paragraphs.extend(_page_paragraphs(page))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise IngestProblem("error", "encrypted PDF: it cannot be read without its password"
                            + (f" ({exc})" if str(exc) else "")) from exc
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise IngestProblem("error", f"broken PDF: {type(exc).__name__}: {exc}".rstrip(": ")) from exc
    text = "\n\n".join(paragraphs)
    if len(LETTER.findall(text)) < MIN_PDF_LETTERS:
        raise IngestProblem("error", "PDF without a text layer (a scanned image?): no text to read")
    return text


# --- DOCX -------------------------------------------------------------------------

def is_docx(data: bytes) -> bool:
    """A ZIP file holding a Word document body."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def docx_text(data: bytes) -> str:
    """Paragraphs and table rows of a .docx body in document order."""
    if data.startswith(OLE2):
        raise IngestProblem("error", "encrypted Word file (or a legacy .doc): it cannot be read")
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
        blocks: list[str] = []
        for child in document.element.body.iterchildren():
            if child.tag == qn("w:p"):
                blocks.append(Paragraph(child, document).text)
            elif child.tag == qn("w:tbl"):
                for row in Table(child, document).rows:
                    cells: list[str] = []
                    for cell in row.cells:  # a merged cell comes once per grid column
                        text = " ".join(cell.text.split())
                        if text and (not cells or cells[-1] != text):
                            cells.append(text)
                    blocks.append(" | ".join(cells))
    except Exception as exc:  # not a Word document after all, or a damaged one
        raise IngestProblem("error", f"broken Word file: {type(exc).__name__}: {exc}") from exc
    text = "\n\n".join(block.strip() for block in blocks if block.strip())
    if not text:
        raise IngestProblem("error", "empty Word document: no text")
    return text
