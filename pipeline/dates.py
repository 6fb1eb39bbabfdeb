"""Dates: every explicit calendar reference in German and English text, at the
precision written, with the role it plays in the release.

Why it is built this way:
- Candidates come from our own patterns: one compiled alternation scanned once, whose
  first alternatives swallow what only looks like a date (URLs, e-mails, file names,
  phone numbers) so nothing inside them is read as one. Full-text search_dates would be
  slow and reads German words as dates.
- Month-name forms are parsed by one reused dateparser parser with explicit languages,
  DMY order, a fixed RELATIVE_BASE and REQUIRE_PARTS, and only the period it reports
  is kept, so no day or month is ever invented and no result depends on the day the
  pipeline runs. Purely numeric shapes are parsed directly. Parses are cached.
- A date's role comes from where it stands (a dateline is the published date) and from
  the keywords of its sentence. All vocabulary lives in rules/dates.toml.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from pipeline.config import RULES_DIR, tomllib

RULES_FILE = RULES_DIR / "dates.toml"
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


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    granularity: str  # day, month, year
    role: str  # published, awarded, valid_until, founded, event, other


@dataclass(frozen=True)
class Found:
    """A parsed candidate before its role is known; `kind` names the pattern."""
    start: int
    end: int
    value: str
    granularity: str
    kind: str


@dataclass(frozen=True)
class Rules:
    """Everything compiled once from rules/dates.toml."""
    candidates: re.Pattern
    month_spelling: dict
    weekday_index: dict
    year_cue_before: re.Pattern
    name_word_set: frozenset
    count_word_endings: tuple
    count_before: re.Pattern
    street_before: re.Pattern
    postcode_line: re.Pattern
    sentence_end: re.Pattern
    published_before: re.Pattern
    published_max_gap: int
    published_after: re.Pattern
    head_lines: int
    foot_lines: int
    dateline_word_blocklist: frozenset
    dateline_suffix: re.Pattern
    role_words: dict  # role -> pattern of keywords that give the role on their own
    awarded_weak: re.Pattern
    intent_words: re.Pattern
    label_words: re.Pattern
    validity_words: re.Pattern
    until_before: re.Pattern
    since_before: re.Pattern
    existence_words: re.Pattern
    on_before: re.Pattern
    place_after: re.Pattern
    role_priority: tuple
    max_distance: int


def keyword_alternation(words: list[str]) -> str:
    """Regex for a keyword list: entries match at a word start and may go on; "~" lets
    an entry match inside a word (German compounds); spaces match any whitespace."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        inside = word.startswith("~")
        body = re.escape(word.lstrip("~")).replace(r"\ ", r"\s+")
        parts.append(body if inside else r"(?<!\w)" + body)
    return "(?:" + "|".join(parts) + ")"


def name_alternation(names) -> str:
    """Exact names (months, weekdays), longest first, capitalised ("Mai", "MAY", never
    the verb "may"), not followed by a letter."""
    forms = sorted({n.lower() for n in names}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n[0].upper()) + "(?i:" + re.escape(n[1:]) + ")" for n in forms) + r")(?!\w)"


def candidate_pattern(months: list[str], weekdays: list[str], issue_words: list[str]) -> re.Pattern:
    """One alternation over every date shape, the non-dates first.

    finditer takes the leftmost match and, at one position, the first alternative that
    fits, so a URL or phone number is consumed whole before any date shape can look
    inside it, and a full "23. November 2018" wins over the "2018" in it.
    """
    month = name_alternation(months)
    weekday = name_alternation(weekdays)
    day = r"(?:0?[1-9]|[12]\d|3[01])"

    def weekday_prefix(group: str) -> str:
        return rf"(?:(?P<{group}>{weekday}),?\s+(?:den\s+|the\s+)?)?"

    alternatives = {
        "url": r"(?:https?://|www\.)[^\s<>\"')\]]+",
        "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        "file": r"[\w-]+(?:\.[\w-]+)*\.(?i:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|svg|zip|html?|php|aspx?)\b",
        # +country code, or an area code of 0 and at least two digits, then more groups
        "phone": r"(?:(?<![\w+])\+\d{1,3}(?:\s?\(0\))?\s?\d+|(?<![\w.,/])\(?0\d{2,5}\)?)"
                 r"(?:(?:\s|\s?[/-]\s?)\(?\d+\)?)+",
        "iso": rf"(?<![\w./-])(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])"
               r"(?![\w/-]|[.,:]\d)",
        "numeric": rf"(?<![\w.,/+-])(?P<num_d>{day})(?P<num_sep>[./])\s?(?P<num_m>0?[1-9]|1[0-2])"
                   rf"(?P=num_sep)\s?(?P<num_y>{YEAR}|\d\d)(?![\w/]|[.,:]\d)",
        "day_month": weekday_prefix("dm_wd")
                     + rf"(?<![\w.,])(?P<dm_d>{day})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{month})"
                     rf"(?:\.?,?\s+(?P<dm_y>{YEAR}){YEAR_END})?",
        "month_day": weekday_prefix("md_wd")
                     + rf"(?P<md_m>{month})\.?\s+(?P<md_d>{day})(?:st|nd|rd|th)?(?!\w|[.,]\d)"
                     rf"(?:,?\s+(?P<md_y>{YEAR}){YEAR_END})?",
        "month_year": rf"(?P<my_m>{month})\.?,?\s+(?P<my_y>{YEAR}){YEAR_END}",
        "issue": rf"(?i:{keyword_alternation(issue_words)})\s*(?:\d{{1,3}}|[IVX]+)\s*/\s*(?P<is_y>{YEAR}){YEAR_END}",
        "month_slash": rf"(?<![\w./-])(?P<ms_m>0[1-9]|1[0-2])/(?P<ms_y>{YEAR})(?![\w/]|[.,:]\d)",
        "quarter": rf"(?<!\w)Q[1-4]\s?/\s?(?P<q_y>{YEAR}){YEAR_END}",
        "year": r"(?<![\w.,:/+\-–€$£])(?P<yr>\d{4})(?!\w|[.,:]\d)"
                r"(?:\s?[-–/]\s?(?P<yr2>\d{4}|\d\d)(?!\w|[.,:/-]\d))?",
    }
    return re.compile("|".join(f"(?P<{name}>{body})" for name, body in alternatives.items()))


def ends_with_any(words: list[str]) -> re.Pattern:
    """Pattern that matches when the text before a number ends with one of `words`."""
    return re.compile(keyword_alternation(words) + r"\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    years, published, roles = data["years"], data["published"], data["roles"]
    weekday_index = data["weekdays"]["index"]

    def words(section: list[str]) -> re.Pattern:
        return re.compile(keyword_alternation(section), re.IGNORECASE)

    role_words = {
        "valid_until": words(roles["valid_until"]["words"]),
        "awarded": words(roles["awarded"]["words"]),
        "founded": words(roles["founded"]["words"]),
        "event": words(roles["event"]["words"]),
    }
    return Rules(
        candidates=candidate_pattern(data["months"]["names"], list(weekday_index), data["issue"]["words"]),
        month_spelling={k.lower(): v for k, v in data["months"]["spelling"].items()},
        weekday_index={k.lower(): v for k, v in weekday_index.items()},
        year_cue_before=ends_with_any(years["cue_words"]),
        name_word_set=frozenset(w.lower() for w in years["name_words"]),
        count_word_endings=tuple(w.lower() for w in years["count_word_endings"]),
        count_before=ends_with_any(years["count_words_before"]),
        street_before=re.compile("(?:" + "|".join(re.escape(w) for w in years["street_endings"])
                                 + r")\s*$", re.IGNORECASE),
        postcode_line=re.compile(r"\s+[A-ZÄÖÜ][\w.()-]*(?:[ -][A-ZÄÖÜ(][\w.()-]*)?\s*(?:,|$)"),
        # A sentence ends at a line break or at . ! ? ; (and closing quotes) before a
        # space, except the dot after a short number ("23. November", "1. Vorsitzender").
        sentence_end=re.compile(r"\n|(?:(?<!\d)|(?<=\d{4}))[.!?;][\"“”»«'’)\]]*(?=\s)"),
        published_before=words(published["before"]),
        published_max_gap=int(published["max_gap"]),
        published_after=re.compile(r"[\s,;:|–—-]*" + keyword_alternation(published["after"]), re.IGNORECASE),
        head_lines=int(published["head_lines"]),
        foot_lines=int(published["foot_lines"]),
        dateline_word_blocklist=frozenset(w.lower() for w in published["not_before"]),
        dateline_suffix=re.compile(
            r"[\s)\].,:;]*$"  # alone on its line
            r"|[\s)\],]*(?:" + "|".join(re.escape(s) for s in published["separators"] if s != "-")
            + r"|-(?=\s))"  # followed by a separator ("12.02.2020 | Thema")
            r"|,?\s*(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}"),  # followed by a time
        role_words=role_words,
        awarded_weak=words(roles["awarded"]["weak_words"]),
        intent_words=words(roles["awarded"]["intent_words"]),
        label_words=words(roles["awarded"]["label_words"]),
        validity_words=words(roles["valid_until"]["validity"]),
        until_before=ends_with_any(roles["valid_until"]["until"]),
        since_before=ends_with_any(roles["founded"]["since"]),
        existence_words=words(roles["founded"]["existence"]),
        on_before=ends_with_any(roles["event"]["on_words"]),
        place_after=re.compile(r"\s+(?:in|im|at)\s+[A-ZÄÖÜ]"),
        role_priority=tuple(roles["priority"]),
        max_distance=int(roles["max_distance"]),
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
        "STRICT_PARSING": False,
    }
    return DateDataParser(languages=["de", "en"], settings=settings, use_given_order=True,
                          try_previous_locales=False)


@lru_cache(maxsize=8192)
def parse_month_name_date(day: str | None, month: str, year: str) -> str | None:
    """ISO value of a month-name date, at exactly the precision written, or None.

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


def month_token(raw: str, rules: Rules) -> str:
    """The month word as dateparser should see it (spellings it lacks rewritten)."""
    return rules.month_spelling.get(raw.lower(), raw)


NEXT_WORDS = re.compile(r"[ \t]*([^\s,;:()\"„“”]+)(?:[ \t]+([^\s,;:()\"„“”]+))?")


def next_words(text: str, end: int) -> list[str]:
    """The (up to) two words right after offset `end`, lower-cased."""
    match = NEXT_WORDS.match(text, end, end + 60)
    return [w.lower().rstrip(".!?") for w in match.groups() if w] if match else []


def capitalised_words_before(text: str, start: int) -> list[str]:
    """The run of up to three capitalised words right before `start` on its line."""
    words = []
    for word in reversed(text[max(0, start - 80):start].split("\n")[-1].split()):
        word = word.strip("„“”\"'‘’«»()")
        if not word or not word[0].isupper() or len(words) == 3:
            break
        words.append(word.lower())
    return words


def is_year(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether the bare four-digit number text[start:end] is a year and not a count,
    an amount, part of a name ("Horizon 2020"), a house number or a postcode."""
    number = int(text[start:end])
    before = text[max(0, start - 30):start]
    cued = rules.year_cue_before.search(before) is not None
    if number not in PLAIN_YEARS and not (cued and number in CUED_YEARS):
        return False
    # "2000 Euro" is an amount even after "bis"; "2019 member companies" a count, but
    # "In 2019 new members joined" a year: without a cue, look one word further.
    following = next_words(text, end)[:1 if cued else 2]
    if any(word.endswith(rules.count_word_endings) for word in following):
        return False
    if rules.count_before.search(before) or rules.street_before.search(before):
        return False
    if rules.name_word_set.intersection(capitalised_words_before(text, start)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and rules.postcode_line.match(text, end):
        return False  # "2000 Neuchâtel" opening an address line
    return True


def candidates(text: str, rules: Rules) -> tuple[list[Found], list[tuple]]:
    """(dates found, yearless day-month matches with a weekday) in text order."""
    found: list[Found] = []
    weekday_pending = []
    for m in rules.candidates.finditer(text):
        kind = m.lastgroup
        if kind in ("url", "email", "file", "phone"):
            continue
        if kind == "iso":
            found.append(Found(m.start(), m.end(), m[0], "day", kind))
        elif kind == "numeric":
            value = numeric_date_value(m["num_d"], m["num_m"], m["num_y"])
            if value:
                found.append(Found(m.start(), m.end(), value, "day", kind))
        elif kind in ("day_month", "month_day"):
            prefix = "dm" if kind == "day_month" else "md"
            month = month_token(m[f"{prefix}_m"], rules)
            if m[f"{prefix}_y"]:
                value = parse_month_name_date(m[f"{prefix}_d"], month, m[f"{prefix}_y"])
                if value:
                    found.append(Found(m.start(), m.end(), value, "day", kind))
            elif m[f"{prefix}_wd"]:
                weekday_pending.append((m.start(), m.end(), m[f"{prefix}_d"], month,
                                        rules.weekday_index[m[f"{prefix}_wd"].lower()]))
        elif kind == "month_year":
            month = month_token(m["my_m"], rules)
            value = parse_month_name_date(None, month, m["my_y"])
            if value:
                found.append(Found(m.start(), m.end(), value, "month", kind))
        elif kind == "month_slash":
            found.append(Found(m.start(), m.end(), f"{m['ms_y']}-{m['ms_m']}", "month", kind))
        elif kind in ("issue", "quarter"):
            group = "is_y" if kind == "issue" else "q_y"
            found.append(Found(m.start(group), m.end(group), m[group], "year", kind))
        elif kind == "year":
            found.extend(years_of_match(text, m, rules))
    return found, weekday_pending


def years_of_match(text: str, m: re.Match, rules: Rules) -> list[Found]:
    """The year(s) of a bare-year match: "2019", or both ends of "2012-2015"."""
    if m["yr2"] is None and re.match(r"\s?[-–/]\s?\d", text[m.end():m.end() + 3]):
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


def keyword_owners(text: str, s: int, e: int, pattern: re.Pattern, spans: list[Found],
                   max_distance: int) -> set[int]:
    """Indexes (into `spans`) of the dates that own a keyword of `pattern` in the
    sentence s..e: each keyword belongs to the date nearest to it, within
    `max_distance` when the sentence has several dates (a lone date owns them all)."""
    if len(spans) == 1:
        return {0} if pattern.search(text, s, e) else set()
    owners = set()
    for hit in pattern.finditer(text, s, e):
        distances = [max(f.start - hit.end(), hit.start() - f.end, 0) for f in spans]
        nearest = min(range(len(spans)), key=distances.__getitem__)
        if distances[nearest] <= max_distance:
            owners.add(nearest)
    return owners


def sentence_roles(text: str, s: int, e: int, spans: list[Found], rules: Rules) -> list[str]:
    """Role of each date of one sentence, from its keywords and its neighbours."""
    candidates_by_date: list[set[str]] = [set() for _ in spans]
    for role, pattern in rules.role_words.items():
        for i in keyword_owners(text, s, e, pattern, spans, rules.max_distance):
            candidates_by_date[i].add(role)
    if rules.label_words.search(text, s, e):
        for i in keyword_owners(text, s, e, rules.awarded_weak, spans, rules.max_distance):
            candidates_by_date[i].add("awarded")
    for i in keyword_owners(text, s, e, rules.intent_words, spans, rules.max_distance):
        candidates_by_date[i].discard("awarded")
    has_validity = rules.validity_words.search(text, s, e) is not None
    has_existence = rules.existence_words.search(text, s, e) is not None
    for i, f in enumerate(spans):
        before = text[max(s, f.start - 25):f.start]
        if has_validity and rules.until_before.search(before):
            candidates_by_date[i].add("valid_until")
        if has_existence and f.granularity == "year" and rules.since_before.search(before):
            candidates_by_date[i].add("founded")
        if f.granularity == "day" and rules.on_before.search(before) and rules.place_after.match(text, f.end):
            candidates_by_date[i].add("event")
    return [next((r for r in rules.role_priority if r in found_roles), "other")
            for found_roles in candidates_by_date]


def nonempty_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line with something on it."""
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return lines


def is_dateline(text: str, f: Found, line: tuple[int, int], rules: Rules) -> bool:
    """A day or month date opening its line (after at most three words such as a place
    or "Meldung"), alone or followed by a separator: "Heidelberg, 23.11.2018"."""
    if f.granularity == "year":
        return f.kind == "issue"
    words = text[line[0]:f.start].replace(",", " ").split()
    if len(words) > 3:
        return False
    for word in words:
        word = word.strip("([:")
        if not word or not word[0].isalpha() or any(c.isdigit() for c in word):
            return False
        if word.lower().rstrip(".") in rules.dateline_word_blocklist:
            return False
    return rules.dateline_suffix.match(text[f.end:line[1]]) is not None


def is_published(text: str, f: Found, line: tuple[int, int], line_rank: int, n_lines: int,
                 rules: Rules) -> bool:
    """Whether this date is the release's own stamp: named as such on its line
    ("Posted on", "Stand:", "Submitted by X on", "..., Posted by"), or a dateline among
    the first or last lines of the text."""
    cue = None
    for cue in rules.published_before.finditer(text, line[0], f.start):
        pass
    if cue is not None and f.start - cue.end() <= rules.published_max_gap:
        return True
    if rules.published_after.match(text, f.end, min(line[1], f.end + 40)):
        return True
    in_head = line_rank < rules.head_lines
    in_foot = line_rank >= n_lines - rules.foot_lines and f.kind != "issue"
    return (in_head or in_foot) and is_dateline(text, f, line, rules)


def assign_roles(text: str, found: list[Found], ends: list[int], rules: Rules) -> list[str]:
    """The role of every date: published for the first stamp, else by its sentence."""
    roles = ["other"] * len(found)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(found):
        by_sentence.setdefault(sentence_bounds(text, ends, f.start), []).append(i)
    for (s, e), indexes in by_sentence.items():
        for i, role in zip(indexes, sentence_roles(text, s, e, [found[i] for i in indexes], rules)):
            roles[i] = role
    lines = nonempty_lines(text)
    line_starts = [start for start, _ in lines]
    for i, f in enumerate(found):
        rank = bisect.bisect_right(line_starts, f.start) - 1
        if is_published(text, f, lines[rank], rank, len(lines), rules):
            roles[i] = "published"
            break
    return roles


def find_dates(text: str, language: str) -> list[DateMention]:
    """Every explicit date in `text`, sorted by start, offsets into `text` exactly.

    `language` is the document's; both German and English forms are read whatever it
    says, since releases mix them ("Posted on November 23, 2018" above German text).
    """
    rules = load_rules()
    found, weekday_pending = candidates(text, rules)
    if not found and not weekday_pending:
        return []
    ends = [m.start() for m in rules.sentence_end.finditer(text)]
    if weekday_pending:
        found = sorted(found + dates_with_weekday(text, weekday_pending, found, ends), key=lambda f: f.start)
    roles = assign_roles(text, found, ends, rules)
    return [DateMention(text[f.start:f.end], f.start, f.end, f.value, f.granularity, role)
            for f, role in zip(found, roles)]
