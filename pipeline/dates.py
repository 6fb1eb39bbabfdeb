"""Dates: every explicit calendar reference in German and English text, at the
precision written, with the role it plays in the release.

Why it is built this way:
- Candidates come from our own patterns: one compiled alternation, scanned once, that
  only starts where a date can start (a digit, a capital, "+" or "("). Phone numbers
  are consumed by it whole, and tokens that are URLs, e-mail addresses or file names
  are blocked, so nothing inside them is read as a date. Full-text search_dates would
  be slow and reads German words as dates.
- Month-name forms are read from the month table of rules/dates.toml (the same names
  the candidate pattern looks for) and checked against the calendar, so no day or month
  is ever invented (no 31 April; 29 February only in leap years). That gives exactly
  what dateparser gave for these forms (a test checks every form against it) at a
  small fraction of its cost. A month token the table does not know goes to one
  reused dateparser parser with explicit languages, DMY order, a fixed RELATIVE_BASE
  and REQUIRE_PARTS, of which only the period it reports is kept, so no result
  depends on the day the pipeline runs. Purely numeric shapes are parsed directly.
- A date's role comes from where it stands (a dateline is the published date) and from
  the keywords of its sentence, found in one pass over the lower-cased text.
- All vocabulary lives in rules/dates.toml.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from pipeline import ruleset
from pipeline.alternatives import by_first_letter
from pipeline.clean import CELL_SEPARATOR

RULES_FILE = "dates.toml"  # in the active rule set (pipeline.ruleset)
ROLES = ("published", "awarded", "valid_until", "founded", "event", "other")
# The clock dateparser would otherwise fill missing parts from; never used for a value
# (REQUIRE_PARTS and the reported period rule that out), fixed so nothing can drift.
RELATIVE_BASE = datetime(2000, 1, 1)
# Two-digit years ("11.02.20"): 00-49 are 2000-2049, 50-99 are 1950-1999. A fixed
# pivot, not one relative to today, so the same text always gives the same value.
TWO_DIGIT_YEAR_PIVOT = 50
PLAIN_YEARS = range(1900, 2100)  # a bare number in this range may be a year on its own
CUED_YEARS = range(1700, 2100)  # older years only right after a cue word ("seit 1873")
YEAR = r"(?:1[7-9]|20)\d\d"
YEAR_END = r"(?!\w|[.,:]\d)"  # a year ends a number: not "2019.5", "2019,5", "2019:30"
# Keyword categories of rules/dates.toml, in the order a keyword is claimed when two
# lists share a word start ("gültig bis" is valid_until before "gültig" is validity);
# not_founded first: its words ("Gründungsmitglied") hide the keyword inside them.
KEYWORD_CATEGORIES = ("not_founded", "valid_until", "awarded", "founded", "event", "weak", "intent", "label",
                      "validity", "existence")
TOKEN_PUNCTUATION = "\"„“”'‘’«»()[]:,;"
WORDS_BEFORE_WINDOW = 40  # characters looked at for the words just before a number


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    granularity: str  # day, month, year
    role: str  # published, awarded, valid_until, founded, event, other


class Found(NamedTuple):
    """A parsed candidate before its role is known; `kind` names the pattern.
    (NamedTuples: cheap to make, and a document makes many.)"""
    start: int
    end: int
    value: str
    granularity: str
    kind: str


class Keyword(NamedTuple):
    start: int
    end: int
    category: str


@dataclass(frozen=True)
class Rules:
    """Everything compiled once from rules/dates.toml."""
    candidates: re.Pattern
    blocked_marker: re.Pattern
    keywords: re.Pattern  # over lower-cased text; group names are categories
    month_number: dict  # lower-case month name or abbreviation -> 1..12
    weekday_index: dict
    issue_words: frozenset
    issue_before: re.Pattern  # over lower-cased text: 'ausgabe ', 'issue 14 · ' right before a date
    stamp_before: re.Pattern  # 'newsletter #18 | ', 'week 12 · ' right before a day's or month's date
    year_cue_words: frozenset
    name_words: frozenset
    count_word_endings: tuple
    count_words_before: frozenset
    street_endings: tuple
    street_words: frozenset
    sentence_end: re.Pattern
    published_before: re.Pattern  # over lower-cased text
    published_max_gap: int
    published_after: re.Pattern  # over lower-cased text
    head_lines: int
    head_max_chars: int
    stamp_line: re.Pattern  # over lower-cased text: a line opening with a stamp word
    foot_lines: int
    dateline_word_blocklist: frozenset
    dateline_separators: frozenset  # 'News | 12.03.2021': a separator before the date
    dateline_field_keys: frozenset  # 'Rubrik: Region | 12.03.2021': a page's metadata field before the date
    dateline_suffix: re.Pattern
    until_words: frozenset
    since_words: frozenset
    on_words: frozenset
    audit_before: frozenset
    reference_before: frozenset
    role_priority: tuple
    max_distance: int
    clause_marks: re.Pattern


def phrase_pattern(words: list[str]) -> str:
    """Alternation of lower-case phrases, longest first; a space matches any whitespace."""
    return by_first_letter([re.escape(w.lower()).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)])


def keyword_pattern(lists: dict[str, list[str]]) -> re.Pattern:
    """One pattern for every keyword list, run over lower-cased text.

    Entries match at a word start and may go on ("award" finds "awarded"); entries with
    a leading "~" also match inside a word (German compounds: "Vereinsgründung"). The
    group that matched names the list. Case-sensitive on lower-cased text, because
    plain literals let the regex engine skip non-matching branches cheaply.
    """
    at_start, inside = [], []
    for category in KEYWORD_CATEGORIES:
        words = lists[category]
        plain = [w for w in words if not w.startswith("~")]
        compound = [w[1:] for w in words if w.startswith("~")]
        if plain:
            at_start.append(f"(?P<{category}>{phrase_pattern(plain)})")
        if compound:
            inside.append(f"(?P<{category}__in>{phrase_pattern(compound)})")
    return re.compile(r"(?=[^\W\d_])(?:(?<!\w)(?:" + "|".join(at_start) + ")|" + "|".join(inside) + ")")


def name_alternation(names) -> str:
    """Exact names (months, weekdays), longest first, capitalised ("Mai", "MAY", never
    the verb "may"), not followed by a letter."""
    forms = sorted({n.lower() for n in names}, key=len, reverse=True)
    by_initial: dict[str, list[str]] = {}  # ('J(?i:anuary|une|uly)': one test per initial, not per name)
    for form in forms:
        by_initial.setdefault(form[0].upper(), []).append(re.escape(form[1:]))
    return "(?:" + "|".join(re.escape(initial) + "(?i:" + "|".join(rests) + ")"
                            for initial, rests in by_initial.items()) + r")(?!\w)"


def candidate_pattern(months: list[str], weekdays: list[str]) -> re.Pattern:
    """One alternation over every date shape, phone numbers first.

    finditer takes the leftmost match and, at one position, the first alternative that
    fits, so a phone number is consumed whole before any date shape can look inside
    it, and a full "23. November 2018" wins over the "2018" in it. The leading
    lookahead lets the engine skip every position where no date can start.
    """
    month = name_alternation(months)
    weekday = name_alternation(weekdays)
    day = r"(?:0?[1-9]|[12]\d|3[01])"

    def weekday_prefix(group: str) -> str:
        return rf"(?:(?P<{group}>{weekday}),?\s+(?:den\s+|the\s+)?)?"

    alternatives = {
        # +country code, or an area code of 0 and at least two digits, then more groups
        "phone": r"(?:(?<![\w+])\+\d{1,3}(?:\s?\(0\))?\s?\d+|(?<![\w.,/])\(?0\d{2,5}\)?)"
                 r"(?:(?:\s|\s?[/-]\s?)\(?\d+\)?)+",
        # (and "2022/12/14")
        "iso": rf"(?<![\w./-])(?P<iso_y>{YEAR})(?P<iso_sep>[-/])(?P<iso_m>0[1-9]|1[0-2])(?P=iso_sep)(?P<iso_d>0[1-9]|[12]\d|3[01])"
               r"(?!(?!T\d|/\d\d:\d\d)[\w/-]|[.,:]\d)",  # "2018-11-23T10:00", "2025-06-03/10:45" are still the day
        # a month in ISO form, a table's cell ("2023-06"): no year range ("2019-20", "2021-2027")
        "iso_month": rf"(?<![\w./-])(?P<im_y>{YEAR})-(?P<im_m>0[1-9]|1[0-2])(?![\w/-]|[.,:]\d)",
        # day first; "-" before it only as a range ("12.-14.06.2019")
        "numeric": rf"(?<![\w.,/+])(?<![\w,/+]-)(?P<num_d>{day})(?P<num_sep>[./]|-(?=\d\d-{YEAR}))\s?(?P<num_m>\d\d?)"
                   rf"(?P=num_sep)\s?(?P<num_y>{YEAR}|\d\d)(?![\w/]|[.,:]\d)",
        "day_month": weekday_prefix("dm_wd")
                     + rf"(?<![\w.,])(?P<dm_d>{day})(?:\.\s*|(?:st|nd|rd|th)?\s+)(?:of\s+)?(?P<dm_m>{month})"  # ('03.Jun 2025')
                     rf"(?:\.?,?\s+(?P<dm_y>{YEAR}){YEAR_END})?",
        "month_day": weekday_prefix("md_wd")
                     + rf"(?P<md_m>{month})\.?\s+(?P<md_d>{day})(?:st|nd|rd|th)?(?!\w|[.,]\d)"
                     rf"(?:,?\s+(?P<md_y>{YEAR}){YEAR_END})?",
        "month_year": rf"(?P<my_m>{month})\.?,?\s+(?:of\s+)?(?P<my_y>{YEAR}){YEAR_END}",  # "February of 2022"
        # "Ausgabe 6/2022" (an issue: the year only) or "06/2023" (a month)
        "slash": rf"(?<![\w./-])(?P<sl_n>\d{{1,3}}|[IVX]+)\s?/\s?(?P<sl_y>{YEAR})(?![\w/]|[.,:]\d)",
        "quarter": rf"(?<!\w)Q[1-4]\s?/\s?(?P<q_y>{YEAR}){YEAR_END}",
        "year": r"(?<![\w.,:/+\-–€$£])(?P<yr>\d{4})(?!\w|[.,:]\d)"
                r"(?:\s?[-–/]\s?(?P<yr2>\d{4}|\d\d)(?!\w|[.,:/-]\d))?",
    }
    body = "|".join(f"(?P<{name}>{body})" for name, body in alternatives.items())
    return re.compile(r"(?=[\d+(A-ZÄÖÜ])(?:" + body + ")")


NOTHING = re.compile(r"(?!)")  # a pattern that matches nowhere


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    data = ruleset.active().toml(RULES_FILE)
    years, published, roles = data["years"], data["published"], data["roles"]
    month_number = {name.lower(): number for number, names in enumerate(data["months"]["by_month"], 1)
                    for name in names}
    weekday_index = data["weekdays"]["index"]
    lowered = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    keyword_lists = {
        "valid_until": roles["valid_until"]["words"],
        "awarded": roles["awarded"]["words"],
        "founded": roles["founded"]["words"],
        "not_founded": roles["founded"].get("not_words", []),
        "event": roles["event"]["words"],
        "weak": roles["awarded"]["weak_words"],
        "intent": roles["awarded"]["intent_words"],
        "label": roles["awarded"]["label_words"],
        "validity": roles["valid_until"]["validity"],
        "existence": roles["founded"]["existence"],
    }
    separators = "|".join(re.escape(s) for s in published["separators"] if s != "-")
    return Rules(
        candidates=candidate_pattern(list(month_number), list(weekday_index)),
        blocked_marker=re.compile(r"@|://|www\.|\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|svg|zip|html?|php|aspx?)(?!\w)",
                                  re.IGNORECASE),
        keywords=keyword_pattern(keyword_lists),
        month_number=month_number,
        weekday_index={k.lower(): v for k, v in weekday_index.items()},
        issue_words=lowered(data["issue"]["words"]),
        issue_before=re.compile(r"(?<!\w)(?:" + phrase_pattern(data["issue"]["words"]) + r")"
                                r"(?:\s*\d{1,3})?\s*[|·•,:/–-]?\s*$"),
        stamp_before=re.compile(r"(?<!\w)(?:" + phrase_pattern(data["issue"]["stamp_words"]) + r")"
                                r"(?:\s*#?\d{1,3})?\s*[|·•,:/–-]?\s*$") if data["issue"].get("stamp_words")
        else NOTHING,  # ('newsletter #18 | '; a rule folder without stamp words: none)
        year_cue_words=lowered(years["cue_words"]),
        name_words=lowered(years["name_words"]),
        count_word_endings=tuple(w.lower() for w in years["count_word_endings"]),
        count_words_before=lowered(years["count_words_before"]),
        street_endings=tuple(w.lower() for w in years["street_endings"]),
        street_words=lowered(years["street_words"]),
        # A sentence ends at a line break or at . ! ? ; (and closing quotes) before a
        # space, except the dot after a short number ("23. November", "1. Vorsitzender").
        # (Written to start with a character class, which the regex engine scans fast.)
        sentence_end=re.compile(r"[\n.!?;](?:(?<=\n)|(?:(?<!\d.)|(?<=\d{4}.))[\"“”»«'’)\]]*(?=\s))"),
        published_before=re.compile(r"(?<!\w)(?:" + phrase_pattern(published["before"]) + ")"),
        published_max_gap=int(published["max_gap"]),
        published_after=re.compile(r"[\s,;:|–—-]*(?:" + phrase_pattern(published["after"]) + ")"),
        head_lines=int(published["head_lines"]),
        head_max_chars=int(published["head_max_chars"]),
        stamp_line=re.compile(r"[^\w\n]*(?:" + phrase_pattern(published["line_start"]) + r")(?!\w)"
                              r"(?:[ \t]*[:,.|–—-]?[ \t]*[^\s\d][^\s]*){0,%d}[ \t]*[:,.|–—-]?[ \t]*$"
                              % int(published["line_start_max_words"])),
        foot_lines=int(published["foot_lines"]),
        dateline_word_blocklist=lowered(published["not_before"]),
        dateline_separators=frozenset(published["separators"]),
        dateline_field_keys=lowered(published["field_keys"]),
        dateline_suffix=re.compile(
            r"[\s)\].,:;]*$"  # alone on its line
            r"|[\s)\],]*(?:" + separators + r"|-(?=\s))"  # before a separator: "12.02.2020 | Thema"
            r"|,?\s*(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}"  # before a time
            r"|[)\]]?[.:][ \t]+(?=[A-ZÄÖÜ])"  # before the first sentence: "Stuttgart, 12.05.2022. Der ..."
            r"|[ \t]*\([\w/ .-]{2,20}\)[ \t]*[–—-]\s"  # a wire after the date: "8. Juli 2024 (pressebox) –"
            r"|\)[ \t]+(?=[^\W\d_])"  # a wire's dateline: "(PresseBox) (Trier, 14.09.2021) Nun ist ...", "... lumisax, das"
            r"|[ \t]{2,}\d{1,3}[ \t]*$"  # a page's number after a magazine's header: "NEWSLETTER | June 2024      3"
            r"|[ \t]+(?:by|von)[ \t]+[A-ZÄÖÜ][^\s]*(?:[ \t]+[A-ZÄÖÜ][^\s]*)?[ \t]*$"),  # a byline: "12 Mar 2021 by Anna Berg"
        until_words=lowered(roles["valid_until"]["until"]),
        since_words=lowered(roles["founded"]["since"]),
        on_words=lowered(roles["event"]["on_words"]),
        audit_before=lowered(roles["event"]["audit_before"]),
        reference_before=lowered(roles["event"]["reference_before"]),
        role_priority=tuple(roles["priority"]),
        max_distance=int(roles["max_distance"]),
        clause_marks=re.compile(r"[,;:()–—]|(?<!\w)(?:" + "|".join(re.escape(w) for w in roles["clause_words"])
                                + r")(?!\w)", re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def month_name_parser():
    """The one dateparser parser, built on first use (importing dateparser is slow)."""
    from dateparser.date import DateDataParser

    settings = {
        "DATE_ORDER": "DMY",
        "RELATIVE_BASE": RELATIVE_BASE,
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["year", "month"],
    }
    return DateDataParser(languages=["de", "en"], settings=settings, use_given_order=True,
                          try_previous_locales=False)


def parse_month_name_date(day: str | None, month: str, year: str) -> str | None:
    """ISO value of a month-name date ("23", "Nov", "2018"; None, "März", "2019"), at
    exactly the precision written, or None when there is no such day.

    The month comes from the month table; a day must exist in that month of that year.
    Only a month token the table does not know is handed to dateparser.
    """
    number = load_rules().month_number.get(month.lower())
    if number is None:
        return dateparser_month_name_date(day, month, year)
    if day is None:
        return f"{int(year):04d}-{number:02d}"
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:  # 31 April, 29 February 2019
        return None


@lru_cache(maxsize=1024)
def dateparser_month_name_date(day: str | None, month: str, year: str) -> str | None:
    """parse_month_name_date by dateparser, for a month token the table does not know.

    dateparser reports the period it read; a result coarser or finer than the parts
    we handed it (or in another year) is refused rather than padded.
    """
    result = month_name_parser().get_date_data(f"{day} {month} {year}" if day else f"{month} {year}")
    parsed = result.date_obj
    expected_period = "day" if day else "month"
    if parsed is None or result.period != expected_period or parsed.year != int(year):
        return None
    return parsed.strftime("%Y-%m-%d" if day else "%Y-%m")


def numeric_date_value(day: str, month: str, year: str) -> str | None:
    """ISO value of a day-first numeric date ("23.11.2018", "11.02.20"), or None."""
    if len(year) == 2:
        if len(day) != 2 or len(month) != 2:  # "1.2.20" is more often a version than a date
            return None
        short = int(year)
        year = str(2000 + short if short < TWO_DIGIT_YEAR_PIVOT else 1900 + short)
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def words_before(text: str, start: int) -> list[str]:
    """The last few words before `start` on its line, lower-cased, quotes stripped."""
    window = text[max(0, start - WORDS_BEFORE_WINDOW):start].rsplit("\n", 1)[-1]
    return [w.strip(TOKEN_PUNCTUATION) for w in window.lower().split()]


def ends_with_phrase(words: list[str], phrases: frozenset, longest: int = 4) -> bool:
    """Whether the words end with one of the phrases ("bis zu", "until the end of")."""
    return any(" ".join(words[-n:]) in phrases for n in range(1, min(longest, len(words)) + 1))


NEXT_WORDS = re.compile(r"[ \t]*([^\s,;:()\"„“”]+)(?:[ \t]+([^\s,;:()\"„“”]+))?")


def next_words(text: str, end: int) -> list[str]:
    """The (up to) two words right after offset `end`, lower-cased."""
    match = NEXT_WORDS.match(text, end, end + 60)
    return [w.lower().rstrip(".!?") for w in match.groups() if w] if match else []


def capitalised_words_before(text: str, start: int) -> list[str]:
    """The run of up to three capitalised words right before `start` on its line."""
    words = []
    for word in reversed(text[max(0, start - 80):start].rsplit("\n", 1)[-1].split()):
        word = word.strip(TOKEN_PUNCTUATION)
        if not word or not word[0].isupper() or len(words) == 3:
            break
        words.append(word.lower())
    return words


def is_street_name(text: str, start: int, before: list[str], rules: Rules) -> bool:
    """Whether the word before `start` is a capitalised street name ("Hauptstraße 12")."""
    previous = capitalised_words_before(text, start)[:1]
    return bool(previous) and bool(before) and (
        before[-1].endswith(rules.street_endings) or before[-1] in rules.street_words)


ADDRESS_BEFORE = re.compile(r"(?:^|\n|\d+\s?[a-zA-Z]?,)[ \t]*$")
# (one space between: a timeline's year and its entry stand a tab or several spaces apart,
# '2017    Silver Label', which is no postcode)
POSTCODE_PLACE = re.compile(r" [A-ZÄÖÜ][\w.()-]*(?:[ -][A-ZÄÖÜ(][\w.()-]*)?\s*(?:,|$)", re.MULTILINE)


def is_year(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether the bare four-digit number text[start:end] is a year and not a count,
    an amount, part of a name ("Horizon 2020"), a house number or a postcode."""
    number = int(text[start:end])
    before = words_before(text, start)
    cued = bool(before) and before[-1] in rules.year_cue_words
    if number not in PLAIN_YEARS and not (cued and number in CUED_YEARS):
        return False
    # "2000 Euro" is an amount even after "bis"; "2019 member companies" a count, but
    # "In 2019 new members joined" a year: without a cue, look one word further.
    following = next_words(text, end)[:1 if cued else 2]
    if any(word.endswith(rules.count_word_endings) for word in following):
        return False
    if ends_with_phrase(before, rules.count_words_before):
        return False
    if is_street_name(text, start, before, rules):
        return False
    if rules.name_words.intersection(capitalised_words_before(text, start)):
        return False
    if POSTCODE_PLACE.match(text, end) and ADDRESS_BEFORE.search(text, max(0, start - 30), start):
        return False  # "2000 Neuchâtel" opening an address line or after "Musterweg 12,"
    return True


def blocked_spans(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Whitespace-delimited tokens that are URLs, e-mail addresses or file names."""
    spans = []
    for marker in rules.blocked_marker.finditer(text):
        if spans and marker.start() < spans[-1][1]:
            continue
        start = max(text.rfind(c, 0, marker.start()) for c in " \n\t(") + 1
        ends = [i for i in (text.find(c, marker.end()) for c in " \n\t") if i != -1]
        spans.append((start, min(ends, default=len(text))))
    return spans


def candidates(text: str, rules: Rules) -> tuple[list[Found], list[tuple], list[tuple[int, int]]]:
    """(dates found, yearless day-month matches with a weekday, blocked token spans)."""
    found: list[Found] = []
    weekday_pending = []
    for m in rules.candidates.finditer(text):
        kind = m.lastgroup
        if kind == "iso":
            found.append(Found(m.start(), m.end(), f"{m['iso_y']}-{m['iso_m']}-{m['iso_d']}", "day", kind))
        elif kind == "iso_month":
            found.append(Found(m.start(), m.end(), f"{m['im_y']}-{m['im_m']}", "month", kind))
        elif kind == "numeric":
            value = numeric_date_value(m["num_d"], m["num_m"], m["num_y"])
            if value is None and m["num_sep"] == "/":  # "11/23/2018": only month first fits
                value = numeric_date_value(m["num_m"], m["num_d"], m["num_y"])
            if value:
                found.append(Found(m.start(), m.end(), value, "day", kind))
        elif kind in ("day_month", "month_day"):
            prefix = "dm" if kind == "day_month" else "md"
            month = m[f"{prefix}_m"]
            if m[f"{prefix}_y"]:
                value = parse_month_name_date(m[f"{prefix}_d"], month, m[f"{prefix}_y"])
                if value:
                    found.append(Found(m.start(), m.end(), value, "day", kind))
            elif m[f"{prefix}_wd"]:
                weekday_pending.append((m.start(), m.end(), m[f"{prefix}_d"], month,
                                        rules.weekday_index[m[f"{prefix}_wd"].lower()]))
        elif kind == "month_year":
            value = parse_month_name_date(None, m["my_m"], m["my_y"])
            if value:
                found.append(Found(m.start(), m.end(), value, "month", kind))
        elif kind == "slash":
            found.extend(slash_date(text, m, rules))
        elif kind == "quarter":
            found.append(Found(m.start("q_y"), m.end("q_y"), m["q_y"], "year", kind))
        elif kind == "year":
            found.extend(years_of_match(text, m, rules))
    blocked = blocked_spans(text, rules) if found or weekday_pending else []
    if blocked:
        found = [f for f in found if not inside_any(f, blocked)]
    return found, weekday_pending, blocked


def inside_any(span: tuple, blocked: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in blocked)


def slash_date(text: str, m: re.Match, rules: Rules) -> list[Found]:
    """"Ausgabe 6/2022" is an issue of 2022 (a year); "06/2023" is June 2023."""
    before = words_before(text, m.start())
    if before and before[-1] in rules.issue_words:
        return [Found(m.start("sl_y"), m.end("sl_y"), m["sl_y"], "year", "issue")]
    number = m["sl_n"]
    if len(number) == 2 and "01" <= number <= "12":
        return [Found(m.start(), m.end(), f"{m['sl_y']}-{number}", "month", "month_slash")]
    return []


NUMBER_GOES_ON = re.compile(r"\s?[-–/]\s?\d")


def years_of_match(text: str, m: re.Match, rules: Rules) -> list[Found]:
    """The year(s) of a bare-year match: "2019", or both ends of "2012-2015"."""
    if m["yr2"] is None and NUMBER_GOES_ON.match(text, m.end(), m.end() + 3):
        return []  # "2012-345", "2019/3": part of some other number
    if not is_year(text, m.start("yr"), m.end("yr"), rules):
        return []
    years = [Found(m.start("yr"), m.end("yr"), m["yr"], "year", "year")]
    second = m["yr2"]
    if second and len(second) == 4 and int(m["yr"]) < int(second) and int(second) in PLAIN_YEARS:
        years.append(Found(m.start("yr2"), m.end("yr2"), second, "year", "year"))
    return years


def sentence_bounds(text: str, ends: list[int], start: int) -> tuple[int, int]:
    """(start, end) of the sentence around offset `start`; `ends` are sorted boundaries."""
    i = bisect.bisect_right(ends, start - 1)
    return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else len(text))


def dates_with_weekday(text: str, pending: list[tuple], found: list[Found], ends: list[int]) -> list[Found]:
    """Yearless "Wednesday 18th April": the year is the one year of its sentence on
    which that day falls on that weekday; no such single year, no date."""
    resolved = []
    for start, end, day, month, weekday in pending:
        s, e = sentence_bounds(text, ends, start)
        sentence_years = {f.value for f in found if f.granularity == "year" and s <= f.start < e}
        fits = []
        for year in sentence_years:
            value = parse_month_name_date(day, month, year)
            if value and date.fromisoformat(value).weekday() == weekday:
                fits.append(value)
        if len(fits) == 1:
            resolved.append(Found(start, end, fits[0], "day", "weekday"))
    return resolved


def lower_same_length(text: str) -> str:
    """text.lower() with every offset kept (the rare letter whose lower case is longer,
    such as "İ", stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def keyword_hits(lowered: str, s: int, e: int, rules: Rules) -> list[Keyword]:
    """The role keywords of the sentence lowered[s:e]."""
    return [Keyword(m.start(), m.end(), m.lastgroup.removesuffix("__in"))
            for m in rules.keywords.finditer(lowered, s, e) if m.lastgroup != "not_founded"]


CLAUSE_PENALTY = 40  # characters a clause mark (comma, "and", ...) counts for between two words


def keyword_distance(text: str, hit: Keyword, f: Found, clause_marks: re.Pattern) -> int:
    """Characters between a keyword and a date, each clause mark between them counting
    CLAUSE_PENALTY more: the keyword more likely belongs to the date of its own clause."""
    gap_start, gap_end = (hit.end, f.start) if f.start >= hit.end else (f.end, hit.start)
    distance = max(gap_end - gap_start, 0)
    if distance and not (f.start >= hit.end and FIELD_KEY_GAP.fullmatch(text, gap_start, gap_end)):
        distance += CLAUSE_PENALTY * len(clause_marks.findall(text, gap_start, gap_end))
    return distance


# A keyword as a field's key, its date the value ('awarded: 06/2023   valid until: 06/2025'):
# the colon between them separates no clause.
FIELD_KEY_GAP = re.compile(r":[ \t]*")


# An expiry word and the date it governs right after it: 'expired in 2018', 'läuft ab am 31. Mai'.
EXPIRY_TO_DATE = re.compile(r"\w*[ \t]+(?:(?:in|on|at|am|im|zum|by)[ \t]+)?")


def owner_of(text: str, hit: Keyword, spans: list[Found], max_distance: int,
             clause_marks: re.Pattern) -> int | None:
    """Index (into `spans`) of the date of one sentence that owns the keyword: the
    nearest, a clause mark in between counting as distance ("established in 2005,
    received the label in 2016 and renewed it in 2019"); none beyond `max_distance`.
    A lone date owns all. An expiry word owns the date it governs right after it, however
    near one before it stands ('its Bronze label of 2016 expired in 2018'), and the end of
    a period."""
    if len(spans) == 1:
        return 0
    if hit.category == "valid_until":
        governed = next((i for i, f in enumerate(spans) if f.start >= hit.end
                         and EXPIRY_TO_DATE.fullmatch(text, hit.end, f.start)), None)
        if governed is not None:
            return governed
    best, best_distance = None, None
    for i, f in enumerate(spans):
        gap_start, gap_end = (hit.end, f.start) if f.start >= hit.end else (f.end, hit.start)
        if gap_end - gap_start > max_distance:
            continue
        distance = keyword_distance(text, hit, f, clause_marks)
        if best_distance is None or distance < best_distance:
            best, best_distance = i, distance
    if hit.category == "valid_until" and best is not None and best + 1 < len(spans) \
            and RANGE_DASH.fullmatch(text, spans[best].end, spans[best + 1].start):
        return best + 1  # ('label expired (Silver 2018–2020)': the period's end)
    return best


def _founded_nearer(text: str, hits: list[Keyword], f: Found, clause_marks: re.Pattern) -> bool:
    """A date owning both a founding and an award keyword ('X, das 2018 ... gegründet
    wurde, wurde mit dem Bronze-Label ausgezeichnet') is the founding when that keyword
    is the nearer one."""
    nearest: dict[str, int] = {}
    for hit in hits:
        if hit.category in ("founded", "awarded", "weak"):  # a weak award verb ('received') too
            category = "founded" if hit.category == "founded" else "awarded"
            distance = keyword_distance(text, hit, f, clause_marks)
            nearest[category] = min(distance, nearest.get(category, distance))
    return len(nearest) == 2 and nearest["founded"] < nearest["awarded"]


PLACE_AFTER = re.compile(r"\s+(?:in|im|at)\s+[A-ZÄÖÜ]")


RANGE_DASH = re.compile(r"[ \t]*[–—-][ \t]*")


def sentence_roles(text: str, hits: list[Keyword], spans: list[Found], rules: Rules) -> list[str]:
    """Role of each date of one sentence, from the sentence's keywords and its words."""
    owned: list[set[str]] = [set() for _ in spans]  # keyword categories each date owns
    for hit in hits:
        owner = owner_of(text, hit, spans, rules.max_distance, rules.clause_marks)
        if owner is not None:
            owned[owner].add(hit.category)
    categories = {hit.category for hit in hits}
    by_date = [roles & {"valid_until", "awarded", "founded", "event"} for roles in owned]
    for roles, categories_owned in zip(by_date, owned):
        if "weak" in categories_owned and "label" in categories:
            roles.add("awarded")  # "erhalten" counts in a sentence about a label
        if "intent" in categories_owned:
            roles.discard("awarded")  # "streben für 2017 das Gold Label an"
    for i, (roles, f) in enumerate(zip(by_date, spans)):
        if {"awarded", "founded"} <= roles and _founded_nearer(text, hits, f, rules.clause_marks):
            roles.discard("awarded")
    has_validity = bool(categories & {"validity", "valid_until", "label"})
    for i, f in enumerate(spans):
        before = words_before(text, f.start)
        if has_validity and ends_with_phrase(before, rules.until_words):
            by_date[i].add("valid_until")
        if i and f.granularity != "year" and RANGE_DASH.fullmatch(text, spans[i - 1].end, f.start) \
                and not (by_date[i] & {"valid_until"}):
            for j in (i - 1, i):  # 'January 2021 – June 2022': a period, no day of an award
                by_date[j].discard("awarded")
                by_date[j].add("event")
        if "existence" in categories and f.granularity == "year" and ends_with_phrase(before, rules.since_words, 1):
            by_date[i].add("founded")  # "das seit 2010 die Windbranche vernetzt": no award date
            by_date[i].discard("awarded")
        if (f.granularity == "day" and ends_with_phrase(before, rules.on_words, 1)
                and PLACE_AFTER.match(text, f.end)):
            by_date[i].add("event")
        if (ends_with_phrase(before, rules.audit_before, 5) and not SAME_TIME_CLAUSE.match(text, f.end)) or (
                len(spans) > 1 and ends_with_phrase(before, rules.reference_before, 5)):
            by_date[i].discard("awarded")  # "Nach dem Audit im März 2021 erhielt X im Mai ..."
            by_date[i].add("event")
    return [next((r for r in rules.role_priority if r in roles), "other") for roles in by_date]


# 'our first benchmarking in 2018, when the cluster received the Bronze Label': a clause of the
# same time after an audit's date, which dates what it tells too.
SAME_TIME_CLAUSE = re.compile(r",?[ \t\n]+(?:when|als)\b")


def nonempty_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line with something on it."""
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return lines


PERIOD_AFTER = re.compile(r"[ \t]*[–—-][ \t]*\d+(?![\d:.])")  # (not a time: "27.09.2023 – 11:05")
# A letter's place and 'am' before its date, alone on the line: 'Graz, am 8. Mai 2024'.
LETTER_DATELINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w.-]*(?:[ \t]+[A-ZÄÖÜ][\w.-]*)?,[ \t]+am[ \t]+")
# A place and its comma after a separator, right before the date ('... · Kronach, '): a dateline
# as the last part of a header line.
DATELINE_PLACE_AFTER_SEPARATOR = re.compile(r"[ \t][·•|–—][ \t]+([A-ZÄÖÜ][\w.-]*(?:[ \t]+[\w.()-]+){0,2},[ \t]*)$")
# A wire service's story number: its letters and a running number ('OTS0112', 'APA0345').
WIRE_STORY_CODE = re.compile(r"[A-Z]{2,5}\d{3,5}")


# A short lower-case word inside a place's name, between two of its capitalised words ('Frankfurt am
# Main', 'Krems an der Donau', 'Santa Maria da Feira'; not 'handover in Brussels').
PLACE_PARTICLE = re.compile(r"[a-zà-ÿ]{2,3}")


def _place_particles(words: list[str]) -> set[int]:
    """The indexes of the particles inside a place's name among `words`: short lower-case
    words whose nearest other words on both sides are capitalised ('Krems an der Donau')."""
    inner = [i for i, w in enumerate(words) if PLACE_PARTICLE.fullmatch(w)]
    others = [i for i in range(len(words)) if i not in inner]
    particles = set()
    for i in inner:
        before = [j for j in others if j < i]
        after = [j for j in others if j > i]
        if before and after and words[before[-1]][:1].isupper() and words[after[0]][:1].isupper():
            particles.add(i)
    return particles


def is_dateline(text: str, f: Found, line: tuple[int, int], rules: Rules) -> bool:
    """A day or month date opening its line (after at most three words such as a place
    or "Meldung"), alone or followed by a separator: "Heidelberg, 23.11.2018"."""
    if f.granularity == "year":
        return f.kind == "issue"
    if PERIOD_AFTER.match(text, f.end):
        return False  # '03/2023–08/2025': a period's start, no stamp
    before = text[line[0]:f.start]
    if LETTER_DATELINE.fullmatch(before):
        return rules.dateline_suffix.match(text[f.end:line[1]]) is not None  # 'Graz, am 8. Mai 2024'
    place = DATELINE_PLACE_AFTER_SEPARATOR.search(before)
    if place:  # 'Holzbau-Netzwerk X · Presseinformation · Kronach, 6. Februar 2024': the last part a dateline
        before = place.group(1)
    words = before.replace(",", " ").split()
    particles = _place_particles(words)
    if len([w for i, w in enumerate(words) if w not in rules.dateline_separators and i not in particles]) > 3:
        return False  # ('foodtech aktuell | Kurzmeldungen | 26.06.2023': three words and two bars; but 'Santa
        # Maria da Feira, 07/05/2024': a place's particle does not count)
    for position, word in enumerate(words):
        if word.endswith(":") and not (word[:-1].lower() in rules.dateline_field_keys
                                       and any(w in rules.dateline_separators for w in words[position + 2:])):
            return False  # "Frist: 30.6.2021" - a labelled date, not a stamp; 'Rubrik: Region | 19.02.2024' is one,
            # a page's metadata field and a separator before the date
        word = word.strip("([")
        if not word or (position and word in rules.dateline_separators) or WIRE_STORY_CODE.fullmatch(word):
            continue  # 'Stuttgart (12. Mai 2022) –': the parenthesis of the date; 'News | 12.03.2021' (not a
            # bullet); 'OTS0112  2025-06-03/10:45': a wire service's story number before its stamp
        if not word[0].isalpha() or any(c.isdigit() for c in word):
            return False
        if word.lower().rstrip(".") in rules.dateline_word_blocklist and position in (0, len(words) - 1):
            return False  # (the first word or the last before the date: not inside a place, 'Frankfurt am Main,')
    return rules.dateline_suffix.match(text[f.end:line[1]]) is not None


def is_published(text: str, lowered: str, f: Found, line: tuple[int, int], line_rank: int,
                 n_lines: int, rules: Rules, head_end: int | None = None) -> bool:
    """Whether this date is the release's own stamp: named as such on its line
    ("Posted on", "Stand:", "Submitted by X on", "..., Posted by", a line opening with
    "Published", "Posted" or "Updated" and a few words before the date), or a
    dateline among the first or last lines of the text. The head is the first
    `head_lines` lines, or longer while no line has been longer than a headline or
    ended a sentence (`head_end`: the rank of the first such line), so a dateline
    below a page's navigation still counts."""
    if rules.stamp_line.fullmatch(lowered, line[0], f.start):
        return True
    window_start = max(line[0], f.start - rules.published_max_gap - 30)
    cue = None
    for cue in rules.published_before.finditer(lowered, window_start, f.start):
        pass
    if cue is not None and f.start - cue.end() <= rules.published_max_gap:
        return True
    if rules.published_after.match(lowered, f.end, min(line[1], f.end + 40)):
        return True
    in_head = line_rank < rules.head_lines or (head_end is not None and line_rank < head_end)
    if in_head and f.granularity != "year" and rules.issue_before.search(lowered, line[0], f.start):
        return True  # 'Newsletter | Ausgabe April 2024', 'Issue 14 · March 2024'
    if in_head and f.granularity != "year" and rules.stamp_before.search(lowered, line[0], f.start):
        return True  # 'NEWSLETTER #18 | 5 July 2021', 'Week 12 · Friday, 22 March 2024', 'Newsletter 04/2024'
    in_foot = line_rank >= n_lines - rules.foot_lines and f.kind != "issue"
    return (in_head or in_foot) and is_dateline(text, f, line, rules)


# A line that ends a sentence is body text, not navigation: the head is over.
SENTENCE_END_OF_LINE = re.compile(r"[.!?][\"“”»«'’)\]]*\s*$")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table row text[start:end]."""
    cells, position = [], start
    while True:
        separator = text.find(CELL_SEPARATOR, position, end)
        if separator < 0:
            return cells + [(position, end)]
        cells.append((position, separator))
        position = separator + len(CELL_SEPARATOR)


def _column_role(lowered: str, cell: tuple[int, int], rules: Rules) -> str | None:
    """A header cell's role for the dates beneath it: 'Valid until' -> valid_until,
    'Awarded', 'Verliehen am' -> awarded."""
    categories = {hit.category for hit in keyword_hits(lowered, *cell, rules)}
    if categories & {"valid_until", "validity"}:
        return "valid_until"
    return "awarded" if "awarded" in categories else None


def table_column_roles(text: str, lowered: str, found: list[Found], lines: list[tuple[int, int]],
                       rules: Rules) -> dict[int, str]:
    """'Cluster | Label | Awarded | Valid until' over 'X | GOLD | 14/05/2024 | 14/05/2026': the
    dates of a table's rows (the clean stage sets cells apart) take the role their column's
    header names, which no word beside them in the row says. Index of the date -> role."""
    out: dict[int, str] = {}
    starts = [f.start for f in found]
    header_roles: list | None = None
    previous_end = -2
    for start, end in lines:
        if start > previous_end + 1:
            header_roles = None  # (a table ends at a blank line; a row's wrapped name does not end it)
        previous_end = end
        if CELL_SEPARATOR not in text[start:end]:
            continue
        cells = _cells(text, start, end)
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if header_roles is None:  # the table's first line: its header, if it holds no date
            header_roles = [] if last > first else [_column_role(lowered, cell, rules) for cell in cells]
            continue
        for i in range(first, last):
            column = next((k for k, (_, cell_end) in enumerate(cells) if found[i].start < cell_end), None)
            if column is not None and column < len(header_roles) and header_roles[column]:
                out[i] = header_roles[column]
    return out


def assign_roles(text: str, found: list[Found], ends: list[int], blocked: list[tuple[int, int]],
                 rules: Rules) -> list[str]:
    """The role of every date: published for the first stamp, else by its sentence
    (keywords inside URLs and e-mail addresses do not count: "events@...")."""
    lowered = lower_same_length(text)
    roles = ["other"] * len(found)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(found):
        by_sentence.setdefault(sentence_bounds(text, ends, f.start), []).append(i)
    for (s, e), indexes in by_sentence.items():
        hits = [hit for hit in keyword_hits(lowered, s, e, rules) if not (blocked and inside_any(hit, blocked))]
        for i, role in zip(indexes, sentence_roles(text, hits, [found[i] for i in indexes], rules)):
            roles[i] = role
    lines = nonempty_lines(text)
    in_tables = table_column_roles(text, lowered, found, lines, rules) if CELL_SEPARATOR in text else {}
    for i, role in in_tables.items():
        roles[i] = role
    line_starts = [start for start, _ in lines]
    head_end = next((rank for rank, (start, end) in enumerate(lines)
                     if end - start > rules.head_max_chars or SENTENCE_END_OF_LINE.search(text, start, end)),
                    len(lines))
    for i, f in enumerate(found):
        rank = bisect.bisect_right(line_starts, f.start) - 1
        if i not in in_tables and is_published(text, lowered, f, lines[rank], rank, len(lines), rules, head_end):
            if f.kind == "issue":  # 'Pressemitteilung Nr. 12/2021 vom 12. März 2021': the day, not the issue
                i = next((j for j in range(i + 1, len(found)) if found[j].start < lines[rank][1]
                          and found[j].granularity == "day"), i)
            elif f.granularity == "month":
                i = _day_stamp_of_the_month(text, lowered, found, i, lines, line_starts, rules, head_end)
            roles[i] = "published"
            break
    return roles


def _day_stamp_of_the_month(text: str, lowered: str, found: list[Found], index: int, lines, line_starts,
                            rules: Rules, head_end: int) -> int:
    """A later stamp of the same month to the day ('Newsletter März 2024' over '14.03.2024 |
    Pressemeldung'): the finer date is the release's own; `index` when there is none."""
    month = found[index].value
    for j in range(index + 1, len(found)):
        other = found[j]
        if other.granularity == "day" and other.value.startswith(month):
            rank = bisect.bisect_right(line_starts, other.start) - 1
            if is_published(text, lowered, other, lines[rank], rank, len(lines), rules, head_end):
                return j
    return index


def find_dates(text: str, language: str) -> list[DateMention]:
    """Every explicit date in `text`, sorted by start, offsets into `text` exactly.

    `language` is the document's; both German and English forms are read whatever it
    says, since releases mix them ("Posted on November 23, 2018" above German text).
    """
    rules = load_rules()
    found, weekday_pending, blocked = candidates(text, rules)
    if not found and not weekday_pending:
        return []
    ends = [m.start() for m in rules.sentence_end.finditer(text)]
    if weekday_pending:
        found = sorted(found + dates_with_weekday(text, weekday_pending, found, ends), key=lambda f: f.start)
    roles = assign_roles(text, found, ends, blocked, rules)
    return [DateMention(text[f.start:f.end], f.start, f.end, f.value, f.granularity, role)
            for f, role in zip(found, roles)]
