"""Stage 2, clean: markup to plain text, boilerplate lines out, Unicode normalised.

The cleaned text is what every later offset points into, so this stage is the last
that changes characters. Boilerplate patterns are data: rules/boilerplate.toml.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from functools import lru_cache

from pipeline.config import RULES_DIR, tomllib

DROPPED_TAGS = ("script", "style", "nav", "header", "footer", "form", "noscript",
                "iframe", "svg", "button", "select", "template", "aside", "menu")
BLOCK_TAGS = ("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
              "h6", "li", "ul", "ol", "table", "tr", "blockquote", "pre", "dl", "dt",
              "dd", "figure", "figcaption", "address", "hr", "td", "th")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
MAX_TITLE_CHARS = 250


@dataclass(frozen=True)
class CleanText:
    title: str
    text: str


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[re.Pattern, ...]:
    rules = tomllib.loads((RULES_DIR / "boilerplate.toml").read_text(encoding="utf-8"))
    return tuple(re.compile(p, re.IGNORECASE) for p in rules["lines"]["patterns"])


def is_boilerplate(line: str) -> bool:
    return any(p.match(line) for p in boilerplate_patterns())


def normalise(text: str) -> str:
    """NFC, invisible characters out, spaces folded, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(INVISIBLE)
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> tuple[str, str]:
    """(title, text) of an HTML page: chrome dropped, block structure kept as lines."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning))
        soup = BeautifulSoup(html, "lxml")
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    title = (h1 or title_tag).get_text(" ", strip=True) if (h1 or title_tag) else ""
    for tag in soup.find_all(DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all(["title", "head"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    body = soup.get_text()
    return normalise(title), body


MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MARKDOWN_LINE_MARKUP = re.compile(r"^(#{1,6}\s+|>\s+|[*+-]\s+(?=\S))")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(text: str) -> str:
    """Strip the markup an analyst would not read aloud: headings, emphasis, links."""
    lines = []
    for line in text.split("\n"):
        line = MARKDOWN_LINE_MARKUP.sub("", line.strip())
        line = MARKDOWN_LINK.sub(r"\1", line)
        lines.append(MARKDOWN_EMPHASIS.sub(r"\2", line))
    return "\n".join(lines)


def first_line_title(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip() if len(line.strip()) <= MAX_TITLE_CHARS else ""
    return ""


def drop_boilerplate(text: str, title: str) -> str:
    """Remove content-free lines and later repeats of the title line."""
    kept, title_seen = [], False
    title_key = title.casefold().rstrip(". ")
    for line in text.split("\n"):
        if line and is_boilerplate(line):
            continue
        if title_key and line.casefold().rstrip(". ") == title_key:
            if title_seen:
                continue
            title_seen = True
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def clean(text: str, fmt: str) -> CleanText:
    """Cleaned (title, text) of a decoded document of format `fmt`."""
    if fmt == "html":
        title, body = html_to_text(text)
        body = normalise(body)
        if title and title.casefold() not in body[: len(title) * 4].casefold():
            body = f"{title}\n\n{body}"
    else:
        body = normalise(markdown_to_text(text) if fmt == "md" else text)
        title = first_line_title(body)
    body = drop_boilerplate(body, title)
    if not title:
        title = first_line_title(body)
    return CleanText(title=title, text=body)
