"""Dates: values at the precision written, non-dates left out, roles, exact offsets,
and results that do not depend on the day the tests run."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline.dates import DateMention, find_dates

ROOT = Path(__file__).resolve().parents[1]

DAY, MONTH, YEAR = "day", "month", "year"

# (language, text, expected [(value, granularity)] in text order; [] = not a date)
EXPRESSIONS = [
    # numeric, day first in both languages
    ("de", "Die Sitzung war am 07.03.2019 in Kassel.", [("2019-03-07", DAY)]),
    ("en", "The report is dated 05.06.2021.", [("2021-06-05", DAY)]),
    ("de", "Stichtag ist der 1.4.2016.", [("2016-04-01", DAY)]),
    ("de", "Eingang: 31.12.1999", [("1999-12-31", DAY)]),
    ("en", "See the note (04.10.21) for details.", [("2021-10-04", DAY)]),
    ("de", "Vermerk vom 29.02.2024", [("2024-02-29", DAY)]),
    ("de", "Termin 30.02.2019 gibt es nicht.", []),
    ("de", "Der Wert 14.15.2019 ist Unsinn.", []),
    ("en", "Filed on 17/09/2017 by the clerk.", [("2017-09-17", DAY)]),
    ("en", "Received 11/23/2018, where only month first fits.", [("2018-11-23", DAY)]),
    ("de", "Die Tagung läuft vom 12.-14.06.2019 in Bonn.", [("2019-06-14", DAY)]),
    ("en", "Logged at 2019-03-05T09:30 by the system.", [("2019-03-05", DAY)]),
    ("de", "Gespräch am 03. 05. 2018 mit dem Team.", [("2018-05-03", DAY)]),
    ("en", "The dataset was frozen on 2017-08-14.", [("2017-08-14", DAY)]),
    ("de", "Version vom 2020-01-31 ersetzt die alte.", [("2020-01-31", DAY)]),
    # a month in ISO form, as a table's cell gives it; no range of years
    ("en", "SKYRA | Rzeszów | Gold | 2023-06 | 2025-06", [("2023-06", MONTH), ("2025-06", MONTH)]),
    ("en", "The programme runs 2021-2027.", [("2021", YEAR), ("2027", YEAR)]),
    # month names, German
    ("de", "Die Messe beginnt am 14. Oktober 2022 in Ulm.", [("2022-10-14", DAY)]),
    ("de", "Er trat am 3. Mai 2016 sein Amt an.", [("2016-05-03", DAY)]),
    ("de", "Stand 1. Dezember 2023.", [("2023-12-01", DAY)]),
    ("de", "Seit dem 2. Jänner 2019 gilt die Regel.", [("2019-01-02", DAY)]),
    ("de", "Am 9. Dez. 2021 tagte der Beirat.", [("2021-12-09", DAY)]),
    ("de", "Im Juli 2015 zog das Büro um.", [("2015-07", MONTH)]),
    ("de", "Februar 2010 war kalt.", [("2010-02", MONTH)]),
    ("de", "Zwischen März 2017 und Mai 2018 lief die Pilotphase.", [("2017-03", MONTH), ("2018-05", MONTH)]),
    ("de", "Die Förderung läuft bis September 2026.", [("2026-09", MONTH)]),
    ("de", "Ab Okt. 2020 übernimmt sie die Leitung.", [("2020-10", MONTH)]),
    ("de", "Im Maerz 2012 wurde gewählt.", [("2012-03", MONTH)]),
    ("de", "Die Jury tagt am 25. März.", []),
    ("de", "Bis Ende August bleibt alles beim Alten.", []),
    # month names, English
    ("en", "The fair opens on March 4, 2023.", [("2023-03-04", DAY)]),
    ("en", "Signed on 2 February 2014 in Lisbon.", [("2014-02-02", DAY)]),
    ("en", "It happened on the 21st of June 2011.", [("2011-06-21", DAY)]),
    ("en", "Deadline: Sept. 30, 2020", [("2020-09-30", DAY)]),
    ("en", "Updated 8 Aug 2019", [("2019-08-08", DAY)]),
    ("en", "Published Jan 3rd, 2022", [("2022-01-03", DAY)]),
    ("en", "We met in May 2014 in Oslo.", [("2014-05", MONTH)]),
    ("en", "Since October 2018 the office is open.", [("2018-10", MONTH)]),
    ("en", "The call closes in December, 2024.", [("2024-12", MONTH)]),
    ("en", "OCTOBER 2016 brought new members.", [("2016-10", MONTH)]),
    ("en", "The jury meets on 12 June.", []),
    ("en", "You may 2020 be reading this.", [("2020", YEAR)]),
    ("en", "Last year and next month were busy.", []),
    ("en", "Fees rose by 12% last spring.", []),
    # bare years and year ranges
    ("de", "Das Netzwerk besteht seit 1996.", [("1996", YEAR)]),
    ("en", "It was set up in 2008 by five firms.", [("2008", YEAR)]),
    ("de", "Das Zentrum soll 2027 eröffnen.", [("2027", YEAR)]),
    ("de", "Das Projekt startete im ersten Quartal 2019.", [("2019", YEAR)]),
    ("en", "Results for Q3/2021 are out.", [("2021", YEAR)]),
    ("de", "Die Laufzeit 2014–2020 ist beendet.", [("2014", YEAR), ("2020", YEAR)]),
    ("en", "The 2019/20 season was short.", [("2019", YEAR)]),
    ("de", "Gegründet 1873 als Handwerkerverein.", [("1873", YEAR)]),
    ("en", "A guild existed since 1750 in the town.", [("1750", YEAR)]),
    ("en", "Rule 1750 of the code applies.", []),
    ("en", "In 2013, the network grew.", [("2013", YEAR)]),
    ("de", "Bis 2030 sollen alle Standorte klimaneutral sein.", [("2030", YEAR)]),
    ("en", "Back in the 1990s, clusters were new.", []),
    ("de", "Ausgabe 4/2021 des Magazins", [("2021", YEAR)]),
    ("de", "Stand: 06/2023", [("2023-06", MONTH)]),
    # phone and fax numbers, postcodes, addresses
    ("de", "Tel. 0621 123 45 67", []),
    ("de", "Fax: +49 (0)711 2019-30", []),
    ("en", "Call +44 20 7946 0958 today.", []),
    ("de", "T +49 3831 2010 55", []),
    ("de", "17489 Greifswald", []),
    ("de", "D-69120 Heidelberg", []),
    ("de", "A-4020 Linz, Österreich", []),
    ("de", "2000 Neuchâtel, Schweiz", []),
    ("en", "2017    Silver Label", [("2017", YEAR)]),  # a timeline's year and entry: no postcode and place
    ("de", "Hauptstraße 1999 ist keine Adresse.", []),
    ("de", "Am Markt 12, 01067 Dresden", []),
    # counts and money
    ("de", "Der Cluster erreichte 150 Punkte.", []),
    ("en", "The audit covers 31 indicators.", []),
    ("de", "Mehr als 1.500 Clusterorganisationen nahmen teil.", []),
    ("de", "Die Teilnahme kostet 2.000 Euro.", []),
    ("de", "Der Preis ist mit 2000 Euro dotiert.", []),
    ("en", "The region has 2019 member companies.", []),
    ("en", "More than 2000 visitors came.", []),
    ("de", "Das Budget beträgt 1,2 Milliarden Euro.", []),
    ("de", "Rund 1950 Beschäftigte arbeiten dort.", []),
    ("en", "It employs 2040 people.", []),
    ("de", "Die Burg ist über 1000 Jahre alt, die Linde 1950 Jahre nicht.", []),
    ("en", "In 2019 new members joined.", [("2019", YEAR)]),
    ("de", "Förderung bis 2000 Euro je Projekt.", []),
    # years inside names, versions, times
    ("de", "Ziel ist der Masterplan Gesundheitswirtschaft 2020.", []),
    ("en", "Funded under Horizon 2020 and COSME.", []),
    ("de", "Die Strategie Europa 2020 setzt Ziele.", []),
    ("en", "The Europe 2020 strategy set targets.", []),
    ("de", "Themen wie Industrie 4.0 stehen an.", []),
    ("en", "Agenda 2030 guides the work.", []),
    ("en", "Install Version 2019 of the tool.", []),
    ("en", "Update to v2.3.1 before use.", []),
    ("de", "Beginn um 13:01 Uhr.", []),
    ("en", "The build 10.2.2020.5 failed.", []),
    # URLs, e-mails, file names
    ("en", "See https://example.org/news/2019/05/label for more.", []),
    ("de", "Infos unter www.example.de/archiv-2018", []),
    ("en", "Write to team2019@example.com now.", []),
    ("de", "Download: bericht_2021.pdf", []),
    ("en", "Attached: summary-2016.docx", []),
    # the year in an event name is a year
    ("en", "At the Cluster Summit 2016 in Porto.", [("2016", YEAR)]),
]


def expected_ids():
    return [text[:40] for _, text, _ in EXPRESSIONS]


@pytest.mark.parametrize("language,text,expected", EXPRESSIONS, ids=expected_ids())
def test_expression_value_and_granularity(language, text, expected):
    found = find_dates(text, language)
    assert [(d.value, d.granularity) for d in found] == expected


def test_table_is_large_and_bilingual():
    languages = {language for language, _, _ in EXPRESSIONS}
    assert len(EXPRESSIONS) >= 80 and languages == {"de", "en"}
    assert sum(1 for *_, expected in EXPRESSIONS if not expected) >= 30


def test_weekday_fixes_a_yearless_date_from_its_sentence():
    text = "The Innovation Forum 2019 ended on Thursday 14th March with a dinner."
    found = find_dates(text, "en")
    assert [(d.value, d.granularity) for d in found] == [("2019", YEAR), ("2019-03-14", DAY)]


def test_weekday_that_fits_no_year_gives_no_date():
    text = "The Innovation Forum 2019 ended on Friday 14th March with a dinner."
    assert [d.value for d in find_dates(text, "en")] == ["2019"]


def test_yearless_date_without_weekday_stays_out_even_next_to_a_year():
    text = "Der Kongress 2019 endete am 14. März mit einem Empfang."
    assert [d.value for d in find_dates(text, "de")] == ["2019"]


# ---------------------------------------------------------------- roles

def role_of(text: str, language: str, mention_text: str) -> str:
    roles = [d.role for d in find_dates(text, language) if d.text == mention_text]
    assert roles, f"{mention_text!r} not found in {text!r}"
    return roles[0]


ROLE_CASES = [
    # published: datelines, stamps and cue phrases
    ("de", "Karlsruhe, 04.03.2021\n\nDas Netzwerk wächst weiter.", "04.03.2021", "published"),
    ("de", "Mannheim, den 4. März 2021 – Der Verein lädt ein.\nMehr Text.", "4. März 2021", "published"),
    ("en", "News\n14.09.2020\n\nThe cluster grows.", "14.09.2020", "published"),
    ("de", "Meldung 14.09.2020\n\nDer Cluster wächst.", "14.09.2020", "published"),
    ("de", "Titel der Meldung\n\n02.06.2017 | Netzwerke, Förderung\n\nText.", "02.06.2017", "published"),
    ("en", "On March 3, 2019, Posted by admin, In News\n\nBody text.", "March 3, 2019", "published"),
    ("en", "Title\n\nSubmitted by Jane Roe on 5 May 2022\n\nThe body.", "5 May 2022", "published"),
    ("de", "Ein Text über Cluster.\n\nStand: 01.02.2024", "01.02.2024", "published"),
    ("en", "Published: 12 January 2023\nThe network met.", "12 January 2023", "published"),
    ("de", "Pressemitteilung vom 8. Juli 2019: Neue Mitglieder im Netzwerk.", "8. Juli 2019", "published"),
    ("de", "Erster Absatz.\n\nZweiter Absatz.\n\n15.11.2016", "15.11.2016", "published"),
    ("de", "MAGAZIN - Ausgabe 3/2020\n\nEin Bericht.", "2020", "published"),
    ("de", "Titel\n\nRostock, im Oktober 2022\n\nDer Verein berichtet.", "Oktober 2022", "published"),
    ("en", "MUNICH, Germany, May 12, 2020 /Newswire/ -- The cluster grew.", "May 12, 2020", "published"),
    ("de", "Text.\n\nZuletzt geändert: 3. April 2024", "3. April 2024", "published"),
    ("de", "Velmtaler Kurier\nRubrik: Oberrhein | 19. Februar 2024 | Lesezeit 3 Min.\n\nGold für X.", "19. Februar 2024",
     "published"),
    ("de", "Maschinenbau-Report\n\nAutor: mk | 11.11.2022\n\nDer Velmora Cluster hat sein Label erneuert.",
     "11.11.2022", "published"),
    ("de", "Startseite » News\n\nNews vom 25. Oktober 2031\n\nGold bestätigt: Velmora erneut ausgezeichnet",
     "25. Oktober 2031", "published"),
    ("de", "Velden, 12.05.2022. Der Velmora Cluster wurde mit dem Gold-Label ausgezeichnet.", "12.05.2022",
     "published"),
    ("de", "Velden (12. Mai 2022) – Der Velmora Cluster wurde mit dem Gold-Label ausgezeichnet.", "12. Mai 2022",
     "published"),
    ("en", "Cluster Velmora | Cork & Natural Materials\n\nSanta Maria da Feira, 07/05/2031\n\nVelmora keeps its label",
     "07/05/2031", "published"),  # (a place's particle does not count among a dateline's words)
    ("en", "Title\n\nText.\n\nCertificate handover in Brussels, 23 November 2031. From left: Dr. X.", "23 November 2031",
     "other"),  # (a caption's words before its place, no particle of the place)
    ("de", "LinkedIn\n\nVelmora GmbH hat dies geteilt\nGeteilt am 28.10.2031\n\nText.", "28.10.2031", "published"),
    ("en", "Post\n\nVelmora Cluster @velmora\nBIG NEWS. The label was awarded on 3 June 2031.\n9:14 AM · Jun 6, 2031 · "
     "4,812 Views\n", "Jun 6, 2031", "published"),
    ("en", "LinkedIn post · Velmora Cluster Network · 15/11/2031\n\nText here.", "15/11/2031", "published"),
    ("de", "Am 12.05.2022 wurde der Velmora Cluster ausgezeichnet.", "12.05.2022", "awarded"),
    ("de", "Vergeben wurden die Labels der ECEI im Mai 2031, die Audits hatten bereits im März stattgefunden.",
     "Mai 2031", "awarded"),
    # awarded
    ("en", "In 2014, the Alpha Cluster was awarded the GOLD label.", "2014", "awarded"),
    ("de", "Im Juni 2014 wurde das Netzwerk mit dem Silber-Label ausgezeichnet.", "Juni 2014", "awarded"),
    ("de", "Das Bronze-Label hat der Verein bereits 2016 erhalten.", "2016", "awarded"),
    ("en", "The cluster received its Silver Label in March 2021.", "March 2021", "awarded"),
    # valid_until
    ("en", "The label is valid until October 2023.", "October 2023", "valid_until"),
    ("de", "Das Gold-Label ist gültig bis 2025.", "2025", "valid_until"),
    ("de", "Das Siegel bleibt bis Juni 2024 gültig.", "Juni 2024", "valid_until"),
    # founded
    ("de", "Gegründet wurde der Verein 2011 in Jena.", "2011", "founded"),
    ("en", "The association was founded in 1999.", "1999", "founded"),
    ("en", "The network supports firms in the region since 2002.", "2002", "founded"),
    ("de", "Seit 2004 unterstützt die Initiative junge Unternehmen.", "2004", "founded"),
    # event
    ("en", "The cluster hosted a webinar on 3 March 2021 about exports.", "3 March 2021", "event"),
    ("de", "Die Konferenz fand am 5. Mai 2019 statt.", "5. Mai 2019", "event"),
    ("de", "Die Vorstände trafen sich am 12. März 2020 in Leipzig.", "12. März 2020", "event"),
    # a period: neither end is an award's day
    ("en", "From January 2021 – June 2022 the cluster received the Gold label support.", "June 2022", "event"),
    ("en", "From January 2021 – June 2022 the cluster received the Gold label support.", "January 2021", "event"),
    # other
    ("de", "Seit 2018 ist die Teilnahme für Mitglieder Pflicht.", "2018", "other"),
    ("en", "The agency has been a member of the network since May 2022.", "May 2022", "other"),
    ("en", "Sales in 2017 were higher than before.", "2017", "other"),
    ("de", "Der Verein strebt für 2026 das Gold-Label an.", "2026", "other"),
]


@pytest.mark.parametrize("language,text,mention_text,role", ROLE_CASES,
                         ids=[f"{r}:{t[:30]}" for _, t, _, r in ROLE_CASES])
def test_role(language, text, mention_text, role):
    assert role_of(text, language, mention_text) == role


def test_keywords_go_to_the_nearest_date_of_the_sentence():
    text = ("In 2012 the network joined the national programme, and in 2015 it was "
            "awarded the Bronze Label after a long benchmarking process.")
    assert [(d.value, d.role) for d in find_dates(text, "en")] == [("2012", "other"), ("2015", "awarded")]


def test_a_clause_mark_between_keyword_and_date_weighs_as_distance():
    text = "The network, founded in 2004, received the Silver Label in 2015 and renewed it in 2018."
    assert [(d.value, d.role) for d in find_dates(text, "en")] == [
        ("2004", "founded"), ("2015", "awarded"), ("2018", "awarded")]


def test_a_keyword_as_a_fields_key_owns_the_date_after_its_colon():
    text = "Label: SILVER\nawarded: 06/2031     valid until: 06/2033"
    assert [(d.value, d.role) for d in find_dates(text, "en")] == [("2031-06", "awarded"), ("2033-06", "valid_until")]


def test_words_inside_addresses_are_no_keywords():
    text = "Registration until 15 May 2020 at conference-team@example.org."
    assert [d.role for d in find_dates(text, "en")] == ["other"]


def test_only_the_first_stamp_is_published():
    text = "Berlin, 02.05.2018\n\nPosted on 3 May 2018\n\nDer Cluster wächst.\n\n04.05.2018"
    found = find_dates(text, "de")
    assert [d.role for d in found].count("published") == 1
    assert next(d.value for d in found if d.role == "published") == "2018-05-02"


@pytest.mark.parametrize("text", [
    "News | 2021-03-12 | Velmora\n\nThe cluster grows.",
    "12 Mar 2021 by Anna Berg\n\nThe cluster grows.",
    "Pressemitteilung Nr. 12/2021 vom 12. März 2021\n\nDer Cluster wächst.",
])
def test_stamps_after_a_separator_before_a_byline_and_after_an_issue_number(text):
    found = find_dates(text, "en")
    assert [d.value for d in found if d.role == "published"] == ["2021-03-12"]


@pytest.mark.parametrize("text", [
    "Tarsio Holzbau-Netzwerk  ·  Presseinformation  ·  Kronach, 12. März 2021\n\nDer Cluster wächst.",
    "PRESSEINFORMATION\n\nFrankfurt am Main, 12. März 2021\n\nDer Cluster wächst.",
    "NEWS RELEASE\nFor immediate release – 12 March 2021\n\nThe cluster grows.",
])
def test_a_dateline_after_a_header_s_last_separator_a_place_of_three_words_and_a_release_cue(text):
    found = find_dates(text, "de")
    assert [d.value for d in found if d.role == "published"] == ["2021-03-12"]


def test_a_founding_member_dates_no_founding():
    text = ("Die Hochschule ist Gründungsmitglied des Netzwerks, das 2022 als drittes saarländisches Cluster überhaupt "
            "mit dem Silber-Label für exzellentes Clustermanagement ausgezeichnet wurde.")
    assert role_of(text, "de", "2022") == "awarded"


@pytest.mark.parametrize("text, value", [
    ("The label is valid until 2024/12/14.", "2024-12-14"),
    ("In February of 2022, the cluster was awarded the label.", "2022-02"),
])
def test_slashed_iso_day_and_month_of_year(text, value):
    assert [d.value for d in find_dates(text, "en")] == [value]


def test_a_date_in_a_body_sentence_is_not_published():
    text = "Title\n\nOn 5 May 2020 the cluster hosted its annual meeting in Graz.\n\nMore."
    assert [d.role for d in find_dates(text, "en")] == ["event"]


def test_a_dated_line_deep_in_the_body_is_not_published():
    body = "\n".join(f"Paragraph {n} about the network." for n in range(12))
    text = f"{body}\n12.04.2019\n{body}"
    assert [d.role for d in find_dates(text, "de")] == ["other"]


@pytest.mark.parametrize("line", ["Label: GOLD · ECEI · 04/2021 · Rezertifizierung geplant",
                                  "Termin: | Donnerstag, 26. September 2024, 14:00 – 18:30 Uhr"])
def test_a_field_of_the_label_or_an_event_before_a_separator_is_no_stamp(line):
    """A page's metadata field ('Rubrik: X | date') opens a stamp's line; other fields do not."""
    text = f"Kurzprofil Velmora Cluster\n\n{line}\n\nDer Cluster hat 40 Mitglieder."
    assert "published" not in [d.role for d in find_dates(text, "de")]


def test_a_bullet_year_at_the_foot_is_not_published():
    text = "Timeline of the labels:\n- 2014: Awarded the Bronze Label\n- 2017: Awarded the Silver Label"
    assert [d.role for d in find_dates(text, "en")] == ["awarded", "awarded"]


# ---------------------------------------------------------------- offsets

MIXED = (
    "Köln, 23.11.2018 – Der „Netzwerk“-Verein wurde im Juni 2013 mit dem Gold-Label\u00a0"
    "ausgezeichnet; gültig bis November 2020.\n"
    "On November 23, 2018 the team (founded in 2008) met. ISO: 2018-11-23, "
    "Q4/2019, 19 Oct 2020, Tel. 0221 123 45 67, 50667 Köln, Ausgabe 2/2021.\n"
    "Wednesday 18th April was the Cluster Days 2012 closing. Letztes Jahr, am 25. März, nicht.\n"
)


def test_offsets_round_trip_and_order():
    found = find_dates(MIXED, "de")
    assert found == sorted(found, key=lambda d: d.start)
    for d in found:
        assert MIXED[d.start:d.end] == d.text
    assert [d.value for d in found] == [
        "2018-11-23", "2013-06", "2020-11", "2018-11-23", "2008", "2018-11-23",
        "2019", "2020-10-19", "2021", "2012-04-18", "2012"]


def test_offsets_survive_text_around_them():
    sentence = "Am 7. Mai 2015 wurde das Silber-Label verliehen."
    padded = "x" * 37 + "\n\n" + sentence
    first, second = find_dates(sentence, "de")[0], find_dates(padded, "de")[0]
    assert (second.start - first.start, second.value) == (39, first.value)
    assert padded[second.start:second.end] == "7. Mai 2015"


def test_mentions_are_the_public_dataclass():
    (d,) = find_dates("Seit 1996 aktiv.", "de")
    assert isinstance(d, DateMention) and (d.text, d.start, d.end) == ("1996", 5, 9)


def test_empty_and_dateless_text():
    assert find_dates("", "de") == []
    assert find_dates("Kein Datum, nur 12 Worte und 3 Zahlen.", "de") == []


# ---------------------------------------------------------------- the clock

CLOCK_SCRIPT = textwrap.dedent("""
    import datetime as real, json, sys
    REAL_DATETIME = real.datetime
    FAKE_NOW = REAL_DATETIME(2041, 7, 15, 12, 0)

    class Meta(type):  # real datetimes (results of arithmetic) still pass isinstance
        def __instancecheck__(cls, obj):
            return isinstance(obj, REAL_DATETIME)

        def __subclasscheck__(cls, sub):
            return issubclass(sub, REAL_DATETIME)

    class FakeDatetime(REAL_DATETIME, metaclass=Meta):
        @classmethod
        def now(cls, tz=None):
            return FAKE_NOW if tz is None else FAKE_NOW.replace(tzinfo=tz)
        @classmethod
        def utcnow(cls):
            return FAKE_NOW
        @classmethod
        def today(cls):
            return FAKE_NOW

    real.datetime = FakeDatetime  # before dateparser imports it
    import dateparser
    from pipeline.dates import find_dates
    # proof that dateparser really sees the fake clock:
    relative = dateparser.parse("last year", languages=["en"])
    found = find_dates(sys.stdin.read(), "de")
    print(json.dumps({"relative_year": relative.year,
                      "dates": [[d.text, d.start, d.end, d.value, d.granularity, d.role] for d in found]}))
""")


def test_results_do_not_depend_on_the_clock():
    here = [[d.text, d.start, d.end, d.value, d.granularity, d.role] for d in find_dates(MIXED, "de")]
    done = subprocess.run([sys.executable, "-c", CLOCK_SCRIPT], input=MIXED, capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=True)
    there = json.loads(done.stdout)
    assert there["relative_year"] == 2040  # the subprocess runs in 2041
    assert there["dates"] == here


# --- month-name dates from the month table, checked against dateparser --------------

# Before the month table, candidates rewrote these spellings (which dateparser does not
# know) before handing the month to dateparser; the old path below does the same.
OLD_SPELLING = {"maerz": "März", "jaenner": "Jänner"}
EQUIVALENCE_DAYS = [None, "1", "01", "9", "09", "13", "28", "29", "30", "31"]
EQUIVALENCE_YEARS = ["1700", "1900", "2000", "2019", "2024", "2099"]


def old_month_name_date(day, month, year):
    """What parse_month_name_date answered before the month table: dateparser's reading."""
    from pipeline.dates import dateparser_month_name_date

    return dateparser_month_name_date(day, OLD_SPELLING.get(month.lower(), month), year)


def month_forms():
    """Every month name of the rules, written as the candidate pattern accepts it:
    capital first, then any case."""
    from pipeline.dates import load_rules

    for name in load_rules().month_number:
        yield name[0].upper() + name[1:]
        yield name.upper()
        yield name[0].upper() + "".join(c.upper() if i % 2 else c for i, c in enumerate(name[1:]))


def test_month_table_gives_what_dateparser_gives():
    from pipeline.dates import parse_month_name_date

    checked, differences = 0, []
    for form in month_forms():
        years = EQUIVALENCE_YEARS if form[1:].islower() else ["1900", "2024"]
        for year in years:
            for day in EQUIVALENCE_DAYS:
                new, old = parse_month_name_date(day, form, year), old_month_name_date(day, form, year)
                checked += 1
                if new != old:
                    differences.append((day, form, year, new, old))
    assert differences == []
    assert checked > 3000


def test_month_table_covers_every_month_and_the_candidates_find_its_names():
    from pipeline.dates import load_rules

    rules = load_rules()
    assert sorted(set(rules.month_number.values())) == list(range(1, 13))
    for name in rules.month_number:
        text = f"Am 5. {name[0].upper()}{name[1:]} 2019 war es soweit."
        assert [m.lastgroup for m in rules.candidates.finditer(text)] == ["day_month"], name


@pytest.mark.parametrize("day, month, year, expected", [
    ("31", "April", "2019", None),
    ("29", "Februar", "2019", None),
    ("29", "Feb", "2024", "2024-02-29"),
    ("29", "February", "2000", "2000-02-29"),
    ("29", "Feber", "1900", None),  # not a leap year: divisible by 100, not by 400
    ("31", "Dez", "2099", "2099-12-31"),
    ("09", "Maerz", "2012", "2012-03-09"),
    (None, "SEPT", "1750", "1750-09"),
])
def test_month_name_dates_are_checked_against_the_calendar(day, month, year, expected):
    from pipeline.dates import parse_month_name_date

    assert parse_month_name_date(day, month, year) == expected


def test_a_month_token_the_table_does_not_know_goes_to_dateparser(monkeypatch):
    from pipeline import dates

    assert "jän" not in dates.load_rules().month_number
    asked = []
    real = dates.dateparser_month_name_date
    monkeypatch.setattr(dates, "dateparser_month_name_date",
                        lambda *parts: asked.append(parts) or real(*parts))
    assert dates.parse_month_name_date("5", "Jän", "2019") == "2019-01-05"
    assert dates.parse_month_name_date("5", "Jänner", "2019") == "2019-01-05"
    assert asked == [("5", "Jän", "2019")]


# ---------------------------------------------------------------- web stamps

@pytest.mark.parametrize("line, value", [
    ("Published May 14, 2020 1:34 pm", "2020-05-14"),
    ("Posted 9 October 2024", "2024-10-09"),
    ("Updated: 14.05.2020, 13:34 Uhr", "2020-05-14"),
    ("Veröffentlicht von Redaktion am 3. Mai 2021", "2021-05-03"),
    ("Aktualisiert 11.02.2020, 17:29 Uhr", "2020-02-11"),
])
def test_a_line_opening_with_a_stamp_word_is_published_anywhere(line, value):
    body = "\n".join(f"Paragraph {n} about the network." for n in range(12))
    found = find_dates(f"{body}\n{line}\n{body}", "en")
    assert [(d.value, d.role) for d in found] == [(value, "published")]


def test_the_stamp_word_inside_a_sentence_is_no_stamp():
    found = find_dates("The report was published in May 2020 by the cluster office of the region.", "en")
    assert [d.role for d in found] == ["other"]


def test_a_dateline_below_page_navigation_is_published():
    navigation = ["Start", "Über uns", "Mitglieder", "Projekte", "Presse", "Termine", "Kontakt",
                  "Suche", "Sie sind hier: Presse", "Testcluster erhält Gold-Label"]
    text = "\n".join(navigation + ["11.02.2020, 17:29 Uhr",
                                   "Der Testcluster hat am 3. Februar 2020 das Gold-Label erhalten."])
    assert [(d.value, d.role) for d in find_dates(text, "de")] == [
        ("2020-02-11", "published"), ("2020-02-03", "awarded")]


@pytest.mark.parametrize("head, value", [
    ("Velmora Newsletter | Ausgabe April 2024                                    3", "2024-04"),
    ("Midlands Business Bulletin\nIssue 14 · March 2024", "2024-03"),
    ("Pressemitteilung BoxID: 1187234\n\n(PresseBox) (Velden, 14.09.2021) Nun ist es offiziell.", "2021-09-14"),
    ("Kanton Velden\nMedienmitteilung vom 3. November 2022", "2022-11-03"),
])
def test_issue_stamps_wire_datelines_and_media_releases_are_published(head, value):
    text = f"{head}\n\nDer Velmora-Cluster hat im Januar 2020 das Gold-Label erhalten."
    assert [(d.value, d.role) for d in find_dates(text, "de")][0] == (value, "published")


def test_an_issue_word_in_running_text_is_no_stamp():
    body = "\n".join(f"Absatz {n} über das Netzwerk." for n in range(12))
    text = f"{body}\nDie nächste Ausgabe der Messe findet im April 2024 statt, wie jedes Jahr im Frühjahr.\n{body}"
    assert [d.role for d in find_dates(text, "de")] == ["other"]


@pytest.mark.parametrize("text, value", [
    ("Velden, 8. Juli 2024 (pressebox) – Der Zukunftscluster Velmora geht in die zweite Phase.", "2024-07-08"),
    ("ESCA\nLabelled Cluster Organisations – update of 28 June 2024\n\nThe list of labelled clusters.", "2024-06-28"),
])
def test_a_wire_after_a_dateline_and_an_update_stamp_are_published(text, value):
    assert [(d.value, d.role) for d in find_dates(text, "de")][0] == (value, "published")


def test_dates_in_a_table_take_the_role_their_column_s_header_names():
    text = ("Cluster | Label | Awarded | Valid until\nVelmora Cluster | GOLD | 14/05/2024 | 14/05/2026\n"
            "Tarsio Cluster | SILVER | 22/05/2024 | 22/05/2026\n\nThe next round closes on 12/09/2024.")
    assert [(d.text, d.role) for d in find_dates(text, "en")] == [
        ("14/05/2024", "awarded"), ("14/05/2026", "valid_until"), ("22/05/2024", "awarded"),
        ("22/05/2026", "valid_until"), ("12/09/2024", "other")]


@pytest.mark.parametrize("text, value, role", [
    ("OTS0112 5 WI 0412 NEF0007 Di, 03.Jun 2025\n\nWirtschaft/Umwelt\n\nDer Cluster wächst.", "2025-06-03", "other"),
    ("Der Cluster wächst.\n\nRückfragehinweis: Velmora Cluster\n\nOTS0112    2025-06-03/10:45", "2025-06-03", "published"),
])
def test_a_day_and_month_written_without_a_space_and_a_wire_s_closing_stamp_are_dates(text, value, role):
    assert (value, role) in [(d.value, d.role) for d in find_dates(text, "de")]


@pytest.mark.parametrize("text, value", [
    ("velmotech aktuell | Kurzmeldungen | 26.06.2023\n\nDer Cluster wächst.", "2023-06-26"),
    ("Der Cluster wächst.\n\nLast update: 12/02/2024", "2024-02-12"),
    ("Presseinformation\n\nGraz, am 8. Mai 2024\n\nDer Cluster wächst.", "2024-05-08"),
    ("CLUSTER NEWSLETTER  |  June 2024                         3\n\nThe cluster grows.", "2024-06"),
    ("(PresseBox) (Dresden, 07.02.2023) velmolux, das Netzwerk der Photonik, wächst.", "2023-02-07"),
    ("Home\n\n15-05-2024 | News\n\nThe cluster grows.", "2024-05-15"),
])
def test_more_shapes_of_a_release_s_own_stamp_are_published(text, value):
    assert [(d.value, d.role) for d in find_dates(text, "de")][0] == (value, "published")


def test_a_period_s_first_month_in_a_closing_table_is_no_stamp():
    text = "Der Cluster wächst.\n\nProjekt | Förderlinie | Laufzeit\nVELMO-SME | Euroclusters | 03/2023–08/2025"
    assert "published" not in [d.role for d in find_dates(text, "de")]


@pytest.mark.parametrize("text, language", [
    ("Rundbrief 2/2031\n\nDer Cluster wächst seit 2025 und hat 2030 das Silber-Label erhalten.\n\n"
     "Rundbrief 2/2031 – Redaktionsschluss 25.03.2031                  Seite 1 von 1", "de"),
    ("Velmora Innovation Office              Funding Notice VIO/2031/07\n\nThe network was founded in 2025.\n\n"
     "Issued: 25 March 2031", "en"),
])
def test_a_pdfs_editorial_deadline_and_issue_stamp_are_published(text, language):
    found = find_dates(text, language)
    assert [d.value for d in found if d.role == "published"] == ["2031-03-25"]
