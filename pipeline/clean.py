"""Stage 2, clean: markup to plain text, boilerplate lines out, Unicode normalised.

The cleaned text is what every later offset points into, so this stage is the last
that changes characters. Boilerplate patterns are data: rules/boilerplate.toml.

Order for every format: markup to text (HTML, Markdown), normalise (NFC, whitespace),
then drop the lines that carry no content, then pick the title among what is left and
drop later repeats of it.
"""
from __future__ import annotations

import logging
import re
import unicodedata
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from pipeline import ruleset

# Elements whose text is never part of the release: code, page chrome, widgets.
DROPPED_TAGS = ("script", "style", "nav", "header", "footer", "form", "noscript",
                "iframe", "svg", "button", "select", "textarea", "template", "aside", "menu",
                "head", "title", "object", "embed", "canvas", "dialog", "input", "label")
# Elements that start a new line of text: their text is a paragraph of its own.
BLOCK_TAGS = ("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
              "h6", "li", "ul", "ol", "table", "tr", "blockquote", "pre", "dl", "dt",
              "dd", "figure", "figcaption", "address", "hr", "caption",
              "center", "details", "summary", "body", "html")
# The cells of a table row stay on the row's line, set apart: 'Velmora Cluster | Denmark | Gold'
# (a cell to a paragraph lost which cluster a tier belonged to).
CELL_SEPARATOR = " | "
# Elements whose whitespace is meaningful as written.
PREFORMATTED_TAGS = ("pre", "textarea", "listing", "plaintext", "xmp")
# (A regex, not str.translate: translate looks up every character of a non-ASCII text
# in a dict, which made it the most expensive line of this stage.)
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n\n",
               "\x0b": "\n", "\x0c": "\n\n", "\x85": "\n"}
LINE_BREAK = re.compile("|".join(map(re.escape, LINE_BREAKS)))
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Spaces other than " ", folded to " " with every run of spaces.
OTHER_SPACES = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
SPACES = re.compile("[ " + OTHER_SPACES + "]+")
BLANK_LINES = re.compile(r"\n\n\n+")  # (a literal start lets the regex engine skip ahead fast)
NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
INLINE_WHITESPACE = re.compile(r"[ \t\r\f]+")
MAX_TITLE_CHARS = 250
# A title is looked for among the first lines only: further down the body has begun.
TITLE_SEARCH_LINES = 8
WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class CleanText:
    title: str
    text: str
    # HTML only: the page's original publication day from its metadata or URL
    # (htmldate, through trafilatura), and which of the two it came from. The date
    # the text itself states, if any, is found later (dates) and wins over this one.
    published: str = ""
    published_source: str = ""  # "metadata", "url" or ""


@dataclass(frozen=True)
class BoilerplateRules:
    lines: tuple[re.Pattern, ...]       # whole lines that carry no content
    line_max_chars: int                 # longer lines are content, never tried
    not_title: tuple[re.Pattern, ...]   # head lines that are not the headline
    chrome_names: re.Pattern | None     # class/id names of HTML page chrome
    chrome_max_chars: int


@lru_cache(maxsize=1)
def rules() -> BoilerplateRules:
    data = ruleset.active().toml("boilerplate.toml")
    compile_all = lambda patterns: tuple(re.compile(p, re.IGNORECASE) for p in patterns)  # noqa: E731
    html = data.get("html", {})
    names = html.get("chrome_names", [])
    return BoilerplateRules(
        lines=compile_all(data["lines"]["patterns"]),
        line_max_chars=int(data["lines"].get("max_chars", 1000)),
        not_title=compile_all(data.get("title", {}).get("not_a_title", [])),
        chrome_names=re.compile("|".join(f"(?:{n})" for n in names), re.IGNORECASE) if names else None,
        chrome_max_chars=int(html.get("chrome_max_chars", 600)))


# Repeats bounded (link text 1,000 characters, target 2,000; emphasis 1,000; bounds no
# real link or emphasis reaches): unbounded, every "[" or "**" of a long line without a
# closer scanned to the end of the line, quadratic ("[" * 50,000: 5 s; 1 MB: hours).
MARKDOWN_LINK = re.compile(r"!?\[([^\]]{0,1000})\]\([^)]{0,2000}\)")
QUOTE_MARK = re.compile("[\"„“”‚‘’]")


def strip_edge_symbols(text: str) -> str:
    r"""text without the runs of symbols at both ends: what the regex
    ^[\W_]+|[\W_]+$ removes (a character is in [\W_] exactly when it is not
    alphanumeric), without scanning the whole line as that regex does."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def bare_line(line: str) -> str:
    """The words of a line without link markup or the arrows, bullets and brackets
    around them ("« [Zurück](#)" -> "Zurück"): what boilerplate rules also see."""
    if "](" in line:
        line = MARKDOWN_LINK.sub(r"\1", line)
    return strip_edge_symbols(line).strip()


def is_boilerplate(line: str) -> bool:
    """Does the whole line match a boilerplate rule, as written or bare?"""
    if len(line) > rules().line_max_chars:
        return False
    bare = bare_line(line)
    if bare == line or QUOTE_MARK.search(line):  # nothing stripped, or a quotation
        # ("„Ok.“" is what someone said, not a button): the line as written only
        return any(p.match(line) for p in rules().lines)
    return any(p.match(line) or p.match(bare) for p in rules().lines)


# A footnote's mark written as a superscript right after a word ('Gold¹', 'Partner²'): no part of it.
FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# A superscript digit at all: the look-behind that opens FOOTNOTE_MARK is tried at every
# position of a text (~50 µs a document), a character set is scanned for in C, and most
# texts hold no superscript.
SUPERSCRIPT_DIGIT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")


def normalise(text: str) -> str:
    """NFC, line breaks unified, invisible and control characters and footnote marks out, the columns of a
    plain-text table set apart as cells, spaces folded, lines stripped, at most one
    blank line in a row."""
    text = LINE_BREAK.sub(lambda m: LINE_BREAKS[m.group()], text)
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = CONTROL.sub("", text)
    if SUPERSCRIPT_DIGIT.search(text):
        text = FOOTNOTE_MARK.sub("", text)
    if ";" in text:
        text = semicolon_rows_as_cells(text)
    if "  " in text or "...." in text or any(c in text for c in OTHER_SPACES):  # else every run is one " "
        text = columns_as_cells(text_columns_apart(text) if "   " in text else text)
        text = SPACES.sub(" ", text)  # (SPACES has no line break: the same as line by line)
    lines = [line.strip() for line in text.split("\n")]
    text = _joined_lines(lines)
    if "\x00" in text:
        text = text.replace("-\x00", "")  # 'Frei-⏎staat' -> 'Freistaat'
    return BLANK_LINES.sub("\n\n", text).strip()


# A sentence wrapped onto the next line (a PDF's or a mail's hard line breaks): a line that
# ends in a letter, a digit, a comma or a hyphen, and a next line that opens in lower case;
# or a line that ends in a conjunction, an article or a preposition, whatever follows.
# Words after a hyphen at a line's end that keep it apart: 'Kunststoff- und Metallnetzwerk'.
TRUNCATION_CONJUNCTIONS = frozenset(("und", "oder", "sowie", "bzw", "and", "or", "bis"))
LINE_END_FUNCTION_WORDS = frozenset(("und", "oder", "sowie", "der", "die", "das", "des", "dem", "den", "für",
                                     "von", "vom", "mit", "and", "or", "of", "the", "for"))
# A list's 'key: value' line ('velmodiag BW: Velmora-Diagnostik ...') or an address opens no
# continuation of the line before.
KEY_OR_ADDRESS = re.compile(r"[^\n:]{0,25}:\s|\S*[@/]|www\.")


def _joined_lines(lines: list[str]) -> str:
    """The lines (stripped) joined again, the line break of a wrapped sentence undone:
    'Frei-⏎staat' -> 'Freistaat', 'Kunststoff-⏎und' -> 'Kunststoff- und', 'Neckar-⏎Alb' ->
    'Neckar-Alb', 'im Mai 2023⏎erneut' -> 'im Mai 2023 erneut', 'Arbeit und⏎Tourismus' ->
    'Arbeit und Tourismus'. (Plain string tests a line: a pattern tried at every
    position of every text cost more than the rest of the stage.)"""
    joins = [_line_join(previous, line) if previous and line else "\n" for previous, line in zip(lines, lines[1:])]
    soft = _soft_breaks(lines, joins)
    out = [lines[0]]
    for index, line in enumerate(lines[1:]):
        out.append(" " if joins[index] == "\n" and index in soft else joins[index])  # (soft: a hard-wrapped paragraph)
        out.append(line)
    return "".join(out)


# Lines of a hard-wrapped paragraph: a PDF's or a mail's text set to a width; a line of it is
# full, at least this share of the block's longest (a byline or headline above it is shorter).
WRAPPED_MIN, WRAPPED_MAX = 35, 110
FULL_LINE_SHARE = 0.75
ITEM_START = re.compile(r"[-•*–·▪]|\d{1,2}[.)]\s|\[")
# A timeline's entry: a line opening with a year ('2017   Erstes Benchmarking ...'); when three
# lines of a block open so, each is an item of its own, however full the line before it.
YEAR_START = re.compile(r"(?:19|20)\d\d(?:\s*[:–-])?\s+[A-ZÄÖÜ]")
TIMELINE_MIN_ITEMS = 3


def _is_row(line: str) -> bool:
    """A table row or a field with a dot leader ('Mitglieder ........ 112'): a line of its own."""
    return " | " in line or "...." in line or "…" in line


def _soft_breaks(lines: list[str], joins: list[str]) -> set[int]:
    """The indexes i whose line break (after lines[i]) is soft: inside a block of three or
    more lines in a row of which at least two thirds (the last aside) are full lines of
    a text set to a width (as long as its longest, nearly) and end in no sentence mark,
    after a line of that length, when at least one break of the block is evidently soft
    (a hyphen, a lower-case start); a byline or headline above the full lines is none. A web
    page's paragraphs are one line each, or end their lines with a period; headlines and
    address lines are short; list items, table rows and a timeline's years keep their
    breaks. `joins`: what
    _line_join gives each break."""
    soft: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end]:
            end += 1
        block = lines[start:end]
        if len(block) >= 3:
            timeline = sum(bool(YEAR_START.match(line)) for line in block) >= TIMELINE_MIN_ITEMS
            full = max(WRAPPED_MIN, FULL_LINE_SHARE * max(len(line) for line in block[:-1]))
            first = next((i for i, line in enumerate(block) if len(line) >= full), len(block))  # (not a byline above)
            body = block[first:-1]
            wrapped = sum(len(line) <= WRAPPED_MAX and line[-1] not in ".!?:;\"“”»" for line in body
                          if len(line) >= full)
            evident = any(joins[start + i] != "\n" for i in range(first, len(block) - 1))
            if len(body) >= 2 and 3 * wrapped >= 2 * len(body) and evident:
                soft |= {start + i for i in range(first, len(block) - 1) if len(block[i]) >= full
                         and not ITEM_START.match(block[i + 1]) and not _is_row(block[i]) and not _is_row(block[i + 1])
                         and not (timeline and YEAR_START.match(block[i + 1]))}
        start = end + 1
    return soft


def _line_join(previous: str, line: str) -> str:
    """What replaces the line break between two non-empty lines ("\n" if none is wrapped)."""
    first, last = line[0], previous[-1]
    if last == "-" and len(previous) > 1 and previous[-2].isalpha():
        if first.isalpha() and first.islower():
            if line.split(" ", 1)[0] in TRUNCATION_CONJUNCTIONS:
                return " "  # 'Kunststoff- und' (the hyphen stays)
            return "\x00"  # 'Frei-staat': the hyphen goes (see _joined_lines' caller)
        return "" if first.isupper() else "\n"  # 'Neckar-Alb'
    if first.isalpha() and first.islower() and (last.isalnum() or last == ",") \
            and not KEY_OR_ADDRESS.match(line) and not (_is_row(previous) and _is_row(line)) \
            and not (previous.isupper() and len(previous.split()) <= 3):
        return " "  # (not two table rows: 'X | Düren | Verpackung⏎hytec:n | Stade'; nor a heading in
        # capitals over a lower-case brand: 'GOLD⏎packlab (packaging, Barcelona)')
    if (first.isalpha() or (first.isdigit() and len(previous) >= WRAPPED_MIN)) \
            and previous.rsplit(" ", 1)[-1] in LINE_END_FUNCTION_WORDS and " " in previous:
        return " "  # (a date after an article of a full line: 'trägt X seit dem⏎7. Februar 2024 das ...')
    return "\n"


# Two columns of running text read line by line, as text extraction leaves a PDF's page: in a
# block of at least TEXT_COLUMNS_MIN_LINES lines, most part at a gap ending near one column,
# and the parts before it read as prose (several words, some in lower case), not as a
# table's names.
TEXT_COLUMNS_MIN_LINES = 5
TEXT_COLUMN_REACH = 6  # how far from the right column's usual start a line's gap may end
PARTED_SHARE = 0.25  # the share of a block's lines that must part at a wide gap (the others: one column's)
PROSE_SHARE = 0.6  # the share of those whose left part must read as prose, near the usual gap
PROSE_MIN_LINES = 3
FULL_COLUMN_SHARE = 0.6  # a prose line fills its column nearly (a table's names vary in length)
COLUMN_SPLIT = re.compile(r"(?<=\S) {2,}(?=\S)")
TEXT_GAP = re.compile(r"(?<=\S)(?: {3,}|[ ]*\t[ \t]*)(?=\S)")  # (no dot leader: a field's, not a column's)
LOWER_WORD_START = re.compile(r"(?:^|\s)[a-zäöüß]")


def text_columns_apart(text: str) -> str:
    """Each block (between blank lines) of two columns of running text rewritten as its left
    column's lines, a blank line, then its right column's lines ('Die Partner wollen in den
    kommenden drei      PROJEKTSTECKBRIEF⏎Jahren Verfahren ...'): read across, every line
    would splice a sidebar into the sentence beside it."""
    lines = text.split("\n")
    out, start = [], 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        block = lines[start:end]
        out.extend(_read_apart(block) if len(block) >= TEXT_COLUMNS_MIN_LINES else block)
        out.extend(lines[end:end + 1])
        start = end + 1
    return "\n".join(out)


def _read_apart(block: list[str]) -> list[str]:
    """The block's left column, a blank line, its right column; the block as it is when its
    lines do not part into two columns of prose."""
    column = _right_column_start(block)
    if column is None:
        return block
    left, right = [], []
    for line in block:
        if not line[:column - TEXT_COLUMN_REACH].strip():
            left.append("")  # (the left column blank here: a paragraph's end)
            right.append(line.strip())
            continue
        gap = next((m for m in COLUMN_SPLIT.finditer(line) if abs(m.end() - column) <= TEXT_COLUMN_REACH), None)
        left.append(line[:gap.start()].strip() if gap else line.strip())
        if gap:
            right.append(line[gap.end():].strip())
    return [*left, "", *[line for line in right if line]]


def _right_column_start(block: list[str]) -> int | None:
    """Where the right column of a block of two prose columns starts (the median end of the
    first wide gap of its lines), or None when the block is no such thing."""
    gaps = [(line, m) for line in block for m in [TEXT_GAP.search(line)] if m is not None]
    firsts = [(line[:m.start()], m.end()) for line, m in gaps if len(line[:m.start()].strip()) >= 20]
    if len(firsts) < PARTED_SHARE * len(block):
        return None
    if sum(len(TEXT_GAP.findall(line, m.end())) >= 2 for line, m in gaps) * 2 >= len(firsts):
        return None  # (three cells or more right of the gap on most lines: a table's, 'X  ES  GOLD  10/2024';
        # a sidebar of two, 'Members   64', stands beside prose)
    column = sorted(end for _, end in firsts)[len(firsts) // 2]
    prose = [left for left, end in firsts if abs(end - column) <= TEXT_COLUMN_REACH and len(left.split()) >= 3
             and len(left.strip()) >= FULL_COLUMN_SHARE * column and LOWER_WORD_START.search(left)
             and not _is_row(left)]  # (not a table's cells: 'LP   | Holzcluster Bayerischer Wald e.V.')
    return column if len(prose) >= max(PROSE_MIN_LINES, PROSE_SHARE * len(firsts)) else None


# Between two columns of a plain-text table: three or more spaces, or a tab.
# (dot leaders part a table's cells too: 'Velmora Cluster (Velden) ........ Gold, 2022')
COLUMN_GAP = re.compile(r"(?<=\S)(?: {3,}|[ ]*\t[ \t]*|[ \t]*\.{4,}[ \t]*)(?=\S)")
CELL_GAP = re.compile(r"(?<=\S)(?: {2,}|[ ]*\t[ \t]*|[ \t]*\.{4,}[ \t]*)(?=\S)")


def columns_as_cells(text: str) -> str:
    """'Velmora Cluster      Halbleiter      Gold (05/2023)': two or more lines in a row
    with wide gaps or tabs between words are the rows of a table; the gaps become the
    cell separator HTML tables get, so that folding the spaces does not run the cells
    into one name ('Velmora Cluster | Halbleiter | Gold (05/2023)'). A Markdown table's
    padded rows ('| Velmora Cluster   | Gold   |') get the same cells; its rule line goes, and
    so do the rule lines of a plain-text table, over which its header still is a row."""
    lines = _wrapped_cells_joined(text.split("\n"))
    piped = [line.strip().startswith("|") and line.strip().endswith("|") for line in lines]
    gapped = [not pipe and COLUMN_GAP.search(line.strip()) is not None for line, pipe in zip(lines, piped)]
    ruled = [bool(line.strip()) and RULE_LINE.fullmatch(line.strip()) is not None for line in lines]
    # (a rule line, or a cell's wrapped text alone on an indented line, stands between two rows)
    between = [rule or (not gap and line.startswith(CELL_INDENT) and bool(line.strip()))
               for line, rule, gap in zip(lines, ruled, gapped)]
    for index, line in enumerate(lines):
        if ruled[index] and (_row_beside(gapped, between, index, -1) or _row_beside(gapped, between, index, 1)):
            lines[index] = None  # a rule under a table's header or around its rows
            continue
        in_table = gapped[index] and (_row_beside(gapped, between, index, -1) or _row_beside(gapped, between, index, 1))
        if in_table and "|" in line:  # ('nordwerk      | Rostock    | ...': bars part the cells, padded)
            lines[index] = CELL_SEPARATOR.join(cell.strip() for cell in line.strip().strip("|").split("|"))
        elif in_table:  # (in a table's row, two spaces part its cells too)
            lines[index] = CELL_GAP.sub(CELL_SEPARATOR, line.strip())
        elif piped[index]:  # a Markdown table's row: its cells, padding and outer bars dropped
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            lines[index] = None if all(not c.strip("-: ") for c in cells) else CELL_SEPARATOR.join(cells)
    return "\n".join(line for line in lines if line is not None)


def semicolon_rows_as_cells(text: str) -> str:
    """'Cluster;Label;verliehen⏎Velmora Netz;Silber;05/2022': two or more lines in a row with
    as many semicolons each (two at least) are the rows of a table exported as CSV; the
    semicolons become the cell separator HTML tables get ('Velmora Netz | Silber | 05/2022')."""
    lines = text.split("\n")
    counts = [line.count(";") for line in lines]
    for index, count in enumerate(counts):
        in_table = count >= 2 and any(0 <= other < len(counts) and counts[other] == count
                                      for other in (index - 1, index + 1))
        if in_table:
            lines[index] = CELL_SEPARATOR.join(cell.strip() for cell in lines[index].split(";"))
    return "\n".join(lines)


def _wrapped_cells_joined(lines: list[str]) -> list[str]:
    """A plain-text table whose cells wrap onto lines of their own under their columns
    ('Keramikforum   Keramikforum Westerwald GmbH   Höhr-Grenz-   Bronze⏎Westerwald      hausen'):
    each piece of such a line goes back to the end of the cell above it, so that every row is one
    line ('Keramikforum Westerwald   ...   Höhr-Grenzhausen   Bronze')."""
    out: list[str] = []
    row = None  # (index in out, the row's cells as [start, text]) of the last table row
    rows = 0  # the table rows of the block so far
    for index, line in enumerate(lines):
        pieces = _line_pieces(line)
        if row is not None and pieces and _continues_row(row[1], pieces, rows, lines, index):
            cells = row[1]
            for start, text in pieces:
                cell = min(cells, key=lambda c: abs(c[0] - start))
                cell[1] = _wrapped_joined(cell[1], text)
            out[row[0]] = "   ".join(text for _, text in cells)
            continue
        if len(pieces) >= TABLE_MIN_CELLS:  # (not a field's key and value: their lines wrap as they like)
            row, rows = (len(out), [[start, text] for start, text in pieces]), rows + 1
        elif not (line.strip() and RULE_LINE.fullmatch(line.strip())):
            row, rows = None, 0  # (a rule line goes on the table)
        out.append(line)
    return out


TABLE_MIN_CELLS = 3
TABLE_PIECE = re.compile(r"\S+(?: {1,2}\S+)*")  # a cell's text: words parted by one or two spaces


def _line_pieces(line: str) -> list[tuple[int, str]]:
    """(start, text) of each run of text of a line, runs parted by three or more spaces; []
    for a line with a tab (its columns are not where its characters are)."""
    return [] if "\t" in line else [(m.start(), m.group()) for m in TABLE_PIECE.finditer(line)]


def _continues_row(cells: list, pieces: list[tuple[int, str]], rows: int, lines: list[str], index: int) -> bool:
    """Whether a line of `pieces` is the wrapped rest of the row of `cells` above it: fewer
    pieces, each starting where a cell does and no wider than its column; a piece alone in
    the first column is a table's note ('Source: ESCA', '* renewal', '¹ ...') or prose after it
    unless another row follows or the table has two rows already, and no indented row right
    after it (whose first cell it opens: 'Agency of⏎  Latvia (LIAA)   Riga')."""
    starts = [start for start, _ in cells]
    if len(pieces) >= len(cells) or (pieces[0][0] == starts[0] and pieces[0][1][:1].isdigit()):
        return False  # (a first cell opening with a digit is a row's: '2018      Silver' under '2016  Bronze  first')
    for start, text in pieces:
        column = min(range(len(starts)), key=lambda i: abs(starts[i] - start))
        width = (starts[column + 1] if column + 1 < len(starts) else start + len(text)) - starts[column]
        if abs(starts[column] - start) > 2 or len(text) > width:
            return False
    if len(pieces) == 1 and pieces[0][0] == starts[0]:
        later = " ".join(text for _, text in cells[1:])
        if TABLE_NOTE.match(pieces[0][1]) or not (rows > 1 or _table_row_follows(lines, index + 1)) \
                or len(cells[0][1]) < WRAPPED_CELL_SHARE * (starts[1] - starts[0]) \
                or later.count("(") > later.count(")"):
            return False  # (a first cell that wraps fills most of its column: not a header's 'Interreg     X';
            # a parenthesis left open in a later cell: that cell wraps, 'GOLD (valid')
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return not (after[:1].isspace() and COLUMN_GAP.search(after))


def _wrapped_joined(first: str, rest: str) -> str:
    """A cell's text and its wrapped rest: a word hyphenated at the cell's edge joined again
    ('Höhr-Grenz-' + 'hausen'), else a space between."""
    if first.endswith("-") and rest[:1].islower() and rest.split(" ", 1)[0] not in TRUNCATION_CONJUNCTIONS:
        return first[:-1] + rest
    return f"{first} {rest}"


WRAPPED_CELL_SHARE = 0.45
# A table's note under it, no wrapped name: 'Source: ESCA', 'Quelle: ...', '* renewal', '¹ ...'.
TABLE_NOTE = re.compile(r"[^\w(]|\w+:")


def _table_row_follows(lines: list[str], index: int) -> bool:
    """Whether the lines from `index` on hold, before anything else, a table row (a line with a
    wide gap, flush left): more wrapped cell text may stand between."""
    while index < len(lines) and lines[index].strip() and not COLUMN_GAP.search(lines[index]):
        index += 1
    return index < len(lines) and bool(lines[index].strip()) and not lines[index][:1].isspace()


# A table cell's text wrapped onto a line of its own under its column: indented this far.
CELL_INDENT = " " * 8
# A plain-text table's rule line: '-------', '=====', '---+---'.
RULE_LINE = re.compile(r"[-=_+| ]{3,}")


def _row_beside(gapped: list[bool], between: list[bool], index: int, step: int) -> bool:
    """Whether the next line in direction `step` past any rule lines or wrapped cells is a
    gapped row (a header over a rule line is a row of the table beneath it)."""
    index += step
    while 0 <= index < len(between) and between[index]:
        index += step
    return 0 <= index < len(gapped) and gapped[index]


def one_line(text: str) -> str:
    """Text of an HTML element as one normalised line (a headline may be wrapped)."""
    return normalise(HTML_WHITESPACE.sub(" ", text))


def strip_link_markup(text: str) -> str:
    """Markdown links "[text](url)" reduced to their text: scraped plain text carries
    them too, and a name inside brackets is harder to find."""
    return MARKDOWN_LINK.sub(r"\1", text)


def looks_like_markup(text: str) -> bool:
    """Does an .html file hold markup at all? (Plain text saved as .html keeps its
    line breaks only if it is not parsed as HTML.)"""
    from pipeline.ingest import sniff_text_format

    return sniff_text_format(text) == "html" or bool(re.search(r"<(p|br|div)\b[^>]*>", text, re.I))


def _parse_html(html: str):
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning))
        try:
            return BeautifulSoup(html, "lxml")
        except Exception:  # lxml refuses some broken input; Python's parser takes anything
            return BeautifulSoup(html, "html.parser")


def html_title(soup) -> str:
    """The page's headline: the first <h1> with text, else the <title> without the
    site name that usually follows a separator ("Headline | Site")."""
    for h1 in soup.find_all("h1"):
        text = one_line(h1.get_text(" "))
        if text:
            return text
    if soup.title:
        text = one_line(soup.title.get_text(" "))
        return re.split(r"\s+[|–—]\s+|\s+-\s+", text)[0].strip() if text else ""
    return ""


def _is_hidden(tag) -> bool:
    style = (tag.get("style") or "").replace(" ", "").lower()
    return (tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
            or "display:none" in style or "visibility:hidden" in style)


def _chrome_name(tag) -> str:
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    return " ".join([tag.get("id") or "", *classes, tag.get("role") or ""]).strip()


def is_page_chrome(tag) -> bool:
    """Is this element something a reader never sees as part of the release? Non-content
    elements, hidden elements, and short blocks whose class/id/role names them as chrome
    (cookie banners, breadcrumbs, share bars). A named block that holds the headline or
    much text is kept: class names are too loose to throw content away on."""
    if tag.name in DROPPED_TAGS or _is_hidden(tag):
        return True
    chrome = rules().chrome_names
    if chrome is None or tag.name in ("html", "body"):
        return False
    name = _chrome_name(tag)
    return bool(name and chrome.search(name) and _small_without_headline(tag, rules().chrome_max_chars))


def _small_without_headline(tag, max_chars: int, max_nodes: int = 500) -> bool:
    """Does the element hold no <h1>, at most `max_chars` of text and at most
    `max_nodes` nodes? Stops walking as soon as the answer is no, so that nested
    wrappers with chrome-like names cost no more than a look at their head."""
    from bs4.element import NavigableString

    chars = 0
    for count, node in enumerate(tag.descendants):
        if count >= max_nodes:
            return False
        if isinstance(node, NavigableString):
            chars += len(node.strip())
            if chars > max_chars:
                return False
        elif node.name == "h1":
            return False
    return True


def render_text(soup) -> str:
    """The text of the page as a reader sees it, in one walk that leaves the tree alone
    (editing a bs4 tree node by node costs time quadratic in the number of siblings).
    Whitespace runs fold to one space as HTML renders them, except in <pre>; <br> breaks
    a line; a block element is a paragraph of its own; comments and declarations and
    page chrome contribute nothing."""
    from bs4.element import CData, NavigableString, PreformattedString

    parts: list[str] = []
    pre_depth = 0
    stack: list = [(child, None) for child in reversed(soup.contents)]
    while stack:
        node, closing = stack.pop()
        if closing is not None:  # leaving an element: (is_block, is_pre)
            is_block, is_pre = closing
            pre_depth -= is_pre
            if is_block:
                parts.append("\n\n")
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, PreformattedString) and not isinstance(node, CData):
                continue  # comments, doctype, processing instructions
            parts.append(str(node) if pre_depth else HTML_WHITESPACE.sub(" ", str(node)))
            continue
        if node.name == "br":
            parts.append("\n")
            continue
        if is_page_chrome(node):
            continue
        is_block, is_pre = node.name in BLOCK_TAGS, node.name in PREFORMATTED_TAGS
        if is_block:
            parts.append("\n\n")
        elif node.name in ("td", "th") and node.find_previous_sibling(("td", "th")) is not None:
            parts.append(CELL_SEPARATOR)  # the cells of a row on its line
        pre_depth += is_pre
        stack.append((node, (is_block, is_pre)))
        stack.extend((child, None) for child in reversed(node.contents))
    return "".join(parts)


def html_to_text(html: str) -> tuple[str, str]:
    """(title, text) of an HTML page: chrome dropped, block structure kept as lines,
    entities decoded by the parser."""
    soup = _parse_html(html)
    return html_title(soup), render_text(soup)


# --- Web pages: trafilatura for the main text and title, htmldate for the date ---

# Options of trafilatura.bare_extraction: the main text with tables, without reader
# comments; formatting on, because without it trafilatura's output puts a line break
# around every <b>/<i> on some pages ("<b>Kiel</b>, 14.05.2024" in two lines); the
# renderer below reads <hi> as inline text. htmldate looks for the original
# publication date (not the last update), with its extensive search when the markup
# says nothing.
TRAFILATURA_OPTIONS = {"with_metadata": False, "include_comments": False,
                       "include_tables": True, "include_images": False,
                       "include_formatting": True, "include_links": False,
                       "deduplicate": False}
DATE_OPTIONS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%d"}
# Elements that hold a line of their own when the head of an article is searched for
# its dateline (the date trafilatura keeps as metadata and leaves out of the text).
HEAD_BLOCK_TAGS = frozenset(("p", "div", "section", "header", "footer", "ul", "ol", "li",
                             "dl", "dd", "dt", "address", "table", "tr", "td", "figure",
                             "aside", "nav", "article", "main", "h2", "h3", "h4", "h5", "h6",
                             "blockquote"))
HEAD_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "button",
                            "form", "iframe", "figure", "img", "picture"))
# Fewer words than this is no main text: the page is rendered by the fallback.
MIN_MAIN_TEXT_WORDS = 3
HEAD_MAX_LINE_CHARS = 250   # a longer block is the body: the head is over
HEAD_MAX_BLOCKS = 12        # short blocks looked at around the headline
# Hidden for good: the `hidden` attribute and aria-hidden. (Not `display: none`: on
# real pages that is mostly content a script shows, galleries and tabs; dropping it
# lost main text on the peer pages.)
HIDDEN_XPATH = "//*[@hidden or @aria-hidden='true']"
URL_DAY = re.compile(r"(?<!\d)(\d{4})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?!\d)")


class WebPage(NamedTuple):
    title: str
    text: str
    published: str
    published_source: str


@lru_cache(maxsize=1)
def _hidden_xpath():
    from lxml import etree

    return etree.XPath(HIDDEN_XPATH)


def hidden_elements(tree) -> list:
    return _hidden_xpath()(tree)


@lru_cache(maxsize=1)
def quiet_libraries() -> None:
    """trafilatura and htmldate log what they think of a page ("discarding data"):
    news about the page, not about the run, and the page's row says what happened."""
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _load_tree(html: str):
    from trafilatura.utils import load_html

    quiet_libraries()
    return load_html(html)


def web_page(html: str) -> WebPage | None:
    """Title, main text and publication date of an HTML page by trafilatura (main
    text and title) and htmldate (the date), or None when trafilatura finds no main
    text (the caller then renders the whole page). The dateline trafilatura keeps as
    metadata is put back under the headline when our dateline rules recognise it, so
    that the date the release states stays in the text with its offsets."""
    try:
        tree = _load_tree(html)
    except Exception:  # markup lxml cannot take at all
        return None
    if tree is None:
        return None
    for hidden in hidden_elements(tree):  # what a reader never sees (trafilatura keeps it)
        hidden.drop_tree()
    from htmldate import find_date
    from trafilatura import bare_extraction
    from trafilatura.metadata import extract_title

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # (title and date first, as trafilatura orders its own metadata step;
            # only these two of its metadata: the rest costs ~3 ms a page)
            title = one_line(extract_title(tree) or "")
            published = find_date(tree, **DATE_OPTIONS) or ""
            doc = bare_extraction(tree, **TRAFILATURA_OPTIONS)
    except Exception:
        return None
    text = render_extracted(doc.body) if doc is not None and doc.body is not None else ""
    if len(WORD.findall(text)) < MIN_MAIN_TEXT_WORDS:  # nothing, or a scrap ("Home")
        return None
    source = ""
    if published:
        source = "url" if _url_day(tree) == published else "metadata"
    dateline, above = head_dateline(tree)
    if dateline and " ".join(dateline.split()) not in " ".join(text[:3000].split()):
        blocks = text.split("\n\n")
        if above:  # the dateline stands above the headline on the page
            at = 0
        else:
            at = 1 if title and blocks and title_key(blocks[0]) == title_key(title) else 0
        blocks[at:at] = [dateline]
        text = "\n\n".join(blocks)
    return WebPage(title, text, published, source)


# Elements of trafilatura's output tree that are blocks: a paragraph of their own, as a
# block element is in the rest of the pipeline; <lb/> is a line break inside one.
EXTRACTED_BLOCKS = frozenset(("p", "head", "item", "list", "quote", "table", "row",
                              "code", "div", "section", "body", "note", "figure"))



def render_extracted(body) -> str:
    """Text of trafilatura's main-text tree: blocks separated by a blank line; line
    breaks (<lb/>, and those trafilatura writes where it joins elements) kept; runs
    of other whitespace folded."""
    parts: list[str] = []
    stack: list = [(body, False)]

    def add(text: str | None, after_break: bool = False) -> None:
        if text:
            if after_break:  # "<lb/>\nnext line": the break is the element
                text = text.lstrip("\n")
            parts.append(INLINE_WHITESPACE.sub(" ", text))

    while stack:
        node, closing = stack.pop()
        if closing:
            if node.tag in EXTRACTED_BLOCKS:
                parts.append("\n\n")
            add(node.tail)
            continue
        if not isinstance(node.tag, str):  # comments, processing instructions
            add(node.tail)
            continue
        if node.tag == "lb":
            parts.append("\n")
            add(node.tail, after_break=True)
            continue
        if node.tag in EXTRACTED_BLOCKS:
            parts.append("\n\n")
        elif node.tag == "cell" and node.getprevious() is not None:
            parts.append(CELL_SEPARATOR)
        add(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return normalise("".join(parts))

def _url_day(tree) -> str:
    """The day in the page's canonical URL ("/2020/05/14/..."), the place htmldate
    looks first; '' when there is none."""
    link = tree.find('.//link[@rel="canonical"]')
    match = URL_DAY.search(link.get("href") or "") if link is not None else None
    return "-".join(match.groups()) if match else ""


def _head_blocks(element):
    """(short) lines of text of an element: its own when it holds no block element,
    else those of its children; stops at a long block (the body)."""
    if not isinstance(element.tag, str) or element.tag in HEAD_SKIP_TAGS:
        return
    if not any(isinstance(c.tag, str) and c.tag in HEAD_BLOCK_TAGS for c in element):
        yield one_line(element.text_content())
        return
    for child in element:
        yield from _head_blocks(child)


def head_dateline(tree) -> tuple[str, bool]:
    """The dateline of an article and whether it stands above the headline: among
    the short blocks right before and just after the first <h1>, the first line our
    dateline rules read as the release's own date ("Saarbrücken, 9 November 2022",
    "Posted on 12 May 2021 in News", "Published: 3 December 2024 · 3 min");
    ('', False) when there is none."""
    from pipeline.dates import find_dates

    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return "", False
    candidates: list[tuple[str, bool]] = []
    before = next(h1.itersiblings(preceding=True), None)  # the one element right above
    if before is not None:
        candidates.extend((line, True) for line in _head_blocks(before) if line)
    node, seen, done = h1, 0, False
    for _ in range(4):  # the headline's siblings, then those of its parents
        for sibling in node.itersiblings():
            for line in _head_blocks(sibling):
                if not line:
                    continue
                if len(line) > HEAD_MAX_LINE_CHARS or seen >= HEAD_MAX_BLOCKS:
                    done = True
                    break
                seen += 1
                candidates.append((line, False))
            if done:
                break
        node = node.getparent()
        if done or node is None or node.tag in ("body", "html"):
            break
    for line, above in candidates:
        if len(line) <= HEAD_MAX_LINE_CHARS and any(
                d.role == "published" for d in find_dates(line, "")):
            return line, above
    return "", False

MARKDOWN_LINE_MARKUP = re.compile(r"^(#{1,6}\s+|>\s*|[*+-]\s+(?=\S))")
MARKDOWN_CLOSING_HASHES = re.compile(r"\s+#+$")
# Emphasis markers around a phrase: not inside words ("Partner*innen"), not escaped
# (a backslash before the marker).
MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*`\\])(\*\*|__|\*|_|`)(?=\S)(.{1,1000}?)(?<=[^\s\\])\1(?![\w*`])")
MARKDOWN_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
MARKDOWN_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
MARKDOWN_REFERENCE_LINK = re.compile(r"\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]")
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


def markdown_to_text(text: str) -> str:
    """Strip the markup an analyst would not read aloud: headings, quote and list
    markers, emphasis, links (their text stays), link definitions, escapes."""
    lines = []
    for line in text.split("\n"):
        if MARKDOWN_LINK_DEFINITION.match(line):
            continue
        heading = line.lstrip().startswith("#")
        line = MARKDOWN_LINE_MARKUP.sub("", line.strip())
        if heading:
            line = MARKDOWN_CLOSING_HASHES.sub("", line)
        line = MARKDOWN_LINK.sub(r"\1", line)
        line = MARKDOWN_REFERENCE_LINK.sub(r"\1", line)
        line = MARKDOWN_AUTOLINK.sub(r"\1", line)
        line = MARKDOWN_EMPHASIS.sub(r"\2", line)
        lines.append(MARKDOWN_ESCAPE.sub(r"\1", line))
    return "\n".join(lines)


def title_key(line: str) -> str:
    """What two spellings of the same headline share: letters and digits, case-folded."""
    return NOT_LETTER_OR_DIGIT.sub("", line.casefold())


def _has_title_key(line: str, key: str) -> bool:
    """title_key(line) == key, the cheap test first: the key of the line's first len(key)
    characters must open `key`. (Case folding and the removal go character by character,
    so the key of a line's beginning opens the line's key; a line of prose fails within
    its first words, where the key of the whole line cost a pass over all of it.)"""
    return key.startswith(title_key(line[:len(key)])) and title_key(line) == key


def could_be_title(line: str) -> bool:
    """A headline has two words or more and is not a dateline, a section label
    ("Pressemitteilung") or a list item."""
    return (len(WORD.findall(line)) >= 2 and not line.startswith(("- ", "• ", "* ", "– "))
            and not any(p.match(line) for p in rules().not_title))


def first_line_title(text: str) -> str:
    """The headline of plain text: the first line among the first few that could be
    a title; '' when a long line (the body) comes first."""
    lines = [line for line in text.split("\n") if line.strip()][:TITLE_SEARCH_LINES]
    for line in lines:
        if len(line) > MAX_TITLE_CHARS:
            return ""
        if could_be_title(line):
            return line
    return ""


def drop_boilerplate(text: str) -> str:
    """Remove the lines that carry no content."""
    kept = [line for line in text.split("\n") if not (line and is_boilerplate(line))]
    return BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


def drop_title_repeats(text: str, title: str) -> str:
    """Keep the first line that is the title, drop later lines that repeat it."""
    key = title_key(title)
    if not key:
        return text
    kept, seen = [], False
    for line in text.split("\n"):
        if line and _has_title_key(line, key):
            if seen:
                continue
            seen = True
        kept.append(line)
    return BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


def clean(text: str, fmt: str) -> CleanText:
    """Cleaned (title, text) of a decoded document of format `fmt`."""
    title = ""
    published = source = ""
    if fmt == "html" and looks_like_markup(text):
        page = web_page(text)
        if page is not None:
            title, body, published, source = page
        else:  # trafilatura found no main text: the whole page as a reader sees it
            title, body = html_to_text(text)
        body = drop_boilerplate(normalise(body))
        if title and is_boilerplate(title):
            title = ""
        if title and title.casefold() not in body[: len(title) * 4].casefold():
            body = f"{title}\n\n{body}" if body else title
    else:
        text = markdown_to_text(text) if fmt == "md" else strip_link_markup(text)
        body = drop_boilerplate(normalise(text))
    if not title:
        title = first_line_title(body)
    return CleanText(title=title, text=drop_title_repeats(body, title),
                     published=published, published_source=source)
