"""Dates: explicit calendar references in German and English text, at the precision
written, with their role. (First cut: numeric day dates and bare years only.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    granularity: str  # day, month, year
    role: str  # published, awarded, valid_until, founded, event, other


NUMERIC_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
YEAR = re.compile(r"(?<![\d.,:/+-])\b(19[5-9]\d|20[0-4]\d)\b(?![\d.,:/-]\d)")


def find_dates(text: str, language: str) -> list[DateMention]:
    found = []
    taken = []
    for m in NUMERIC_DAY.finditer(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append(DateMention(m[0], m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}", "day", "other"))
            taken.append((m.start(), m.end()))
    for m in YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        found.append(DateMention(m[0], m.start(), m.end(), m[0], "year", "other"))
    return sorted(found, key=lambda d: d.start)
