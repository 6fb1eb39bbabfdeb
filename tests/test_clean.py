"""Clean: HTML to text, Markdown to text, boilerplate lines out (rules/boilerplate.toml),
content kept, titles, Unicode and whitespace normalisation. All examples are invented."""
from __future__ import annotations

import re

import pytest

from pipeline import clean as clean_stage
from pipeline.clean import clean, is_boilerplate
from pipeline import ruleset

# A release as a web scraper saves it: page chrome above and below the content.
SCRAPED_RELEASE = """\
Jump to content
Musterland Robotics Cluster renews its Silver Label

Home  >>  Press Releases  >>  Musterland Robotics Cluster renews its Silver Label

Musterland Robotics Cluster renews its Silver Label

On March 4, 2022, Posted by , In Press Releases, By , With Comments Off on Musterland Robotics Cluster renews its Silver Label

Beispielstadt, 04.03.2022

The Musterland Robotics Cluster has again been awarded the “Cluster Management Excellence Label SILVER”.
“We are proud of our team,” said Dr. Petra Probst, managing director of the cluster.

Contact
Petra Probst
Musterland Robotics Cluster e.V.
T +49 1234 56789

Share this article: Facebook | Twitter | LinkedIn
« Back to overview
Related Post
Comments are closed.
Scroll to Top
Scroll to Top
"""

GERMAN_RELEASE = """\
Startseite › Aktuelles › Pressemitteilungen
Zum Inhalt springen

Pressemitteilung

Beispielcluster Nord erhält das Bronze-Label

Nordstadt, 08.10.2017 – Der Beispielcluster Nord ist mit dem Bronze-Label ausgezeichnet worden.
„Die Auszeichnung bestätigt unsere Arbeit“, sagt Geschäftsführerin Anna Beispiel.

Kontakt
Anna Beispiel
Beispielcluster Nord GmbH

Themen: Cluster, Innovation
[Zurück](#)
Diese Website verwendet Cookies. Mit der Nutzung der Seite stimmen Sie der Datenschutzerklärung zu.
Drucken | Teilen | E-Mail
Nach oben
"""


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


# --- boilerplate removed, content kept ---------------------------------------------

def test_scraped_english_release_keeps_content_and_loses_chrome():
    cleaned = clean(SCRAPED_RELEASE, "txt")
    assert lines_of(cleaned.text) == [
        "Musterland Robotics Cluster renews its Silver Label",
        "On March 4, 2022, Posted by , In Press Releases, By , With Comments Off on "
        "Musterland Robotics Cluster renews its Silver Label",
        "Beispielstadt, 04.03.2022",
        "The Musterland Robotics Cluster has again been awarded the “Cluster Management "
        "Excellence Label SILVER”.",
        "“We are proud of our team,” said Dr. Petra Probst, managing director of the cluster.",
        "Contact",
        "Petra Probst",
        "Musterland Robotics Cluster e.V.",
        "T +49 1234 56789",
    ]
    assert cleaned.title == "Musterland Robotics Cluster renews its Silver Label"


def test_scraped_german_release_keeps_content_and_loses_chrome():
    cleaned = clean(GERMAN_RELEASE, "txt")
    assert lines_of(cleaned.text) == [
        "Pressemitteilung",
        "Beispielcluster Nord erhält das Bronze-Label",
        "Nordstadt, 08.10.2017 – Der Beispielcluster Nord ist mit dem Bronze-Label ausgezeichnet worden.",
        "„Die Auszeichnung bestätigt unsere Arbeit“, sagt Geschäftsführerin Anna Beispiel.",
        "Kontakt",
        "Anna Beispiel",
        "Beispielcluster Nord GmbH",
    ]
    assert cleaned.title == "Beispielcluster Nord erhält das Bronze-Label"


def test_paragraph_breaks_survive_removed_lines():
    text = "Headline of the release\n\nFirst paragraph.\nScroll to Top\n\nSecond paragraph.\n"
    assert clean(text, "txt").text == "Headline of the release\n\nFirst paragraph.\n\nSecond paragraph."


@pytest.mark.parametrize("line", [
    "Home >> Press Releases >> Cluster wins award",
    "Home » News » 2021",
    "Startseite > Presse > Meldungen",
    "Sie sind hier: Startseite / Aktuelles",
    "You are here: Home / News",
    "Scroll to Top", "Back to top", "Nach oben", "↑ Nach oben", "Zum Seitenanfang",
    "Jump to content", "Skip to main content", "Zum Inhalt springen", "Direkt zum Inhalt",
    "Comments are closed.", "Kommentare sind geschlossen.", "Leave a Reply",
    "Related Post", "Related Posts:", "Ähnliche Beiträge", "Das könnte Sie auch interessieren",
    "Previous post: Cluster day 2020", "Nächster Beitrag",
    "Share", "Teilen", "Print", "Drucken", "E-Mail", "Print this page", "Diese Seite drucken",
    "Share on LinkedIn", "Auf Xing teilen", "Facebook Twitter LinkedIn",
    "Share this: Facebook | X | LinkedIn | E-Mail", "Drucken | Teilen | E-Mail",
    "Zurück", "« Zurück", "[Zurück](#)", "Zurück zur Übersicht", "Back to news", "← Back",
    "We use cookies to improve your experience on our website. Accept",
    "Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    "Cookie-Einstellungen", "Alle akzeptieren", "Accept all",
    "Read more »", "Weiterlesen", "Newsletter abonnieren",
    "Tags: cluster, label, gold", "Kategorie: Pressemitteilungen",
    "Impressum | Datenschutz | Kontakt", "Imprint · Privacy · Accessibility",
    "© 2023 Beispiel GmbH. Alle Rechte vorbehalten.", "Copyright (c) 2021 Example Ltd. All rights reserved.",
    "* * *", "|", "»", "---",
    "Weitere Informationen", "More information",
    "QmVpc3BpZWxUb2tlbjEyMw NTY3OA==",
])
def test_boilerplate_lines_are_recognised(line):
    assert is_boilerplate(clean_stage.normalise(line))


@pytest.mark.parametrize("line", [
    "Musterstadt, 14.06.2019",
    "Musterstadt, 5. März 2021 – Der Cluster hat das Gold-Label erhalten.",
    "On May 7, 2020, Posted by , In Press Releases, By , With Comments Off on Cluster news",
    "Submitted by Example Cluster on 3 February 2022",
    "17.09.2016 | Pressemeldung",
    "Posted on 12 May 2021 in Cluster news",
    "2019",
    "Gold Label",
    "Kontakt", "Contact", "Pressekontakt:",
    "Dr. Erika Mustermann", "Beispiel-Cluster Management GmbH", "T +49 30 1234567",
    "„Wir sind stolz auf unser Team“, sagt Max Beispiel.",
    "The cluster was founded in 2010 and has 120 members.",
    "Die Bäckerei des Clusters verwendet für ihre Cookies nur regionales Mehl.",
    "The bakery cluster sells cookies and cakes across the region.",
    "Back in 2013 the cluster was awarded the Gold label.",
    "Share of exports: 45 per cent.",
    "Zurück zu den Wurzeln: Der Cluster feiert sein Jubiläum.",
    "Weitere Informationen zu den ausgezeichneten Clustern:",
    "Next steps for the cluster include a new strategy.",
    "Themenfeld Wasserstoff: der Cluster startet eine Arbeitsgruppe.",
    "Idee → Prototyp → Markt: so arbeitet der Cluster.",
    "- Beispielcluster Süd, Bayern",
    "All rights to the brand belong to the cluster members.",
    "ISO 9001 certified",
    "News | 12.03.2021 | Velmora",  # a date stamp, no breadcrumb
    "NEWS | 04 Mar 2024",  # a date stamp with the month's name
    "Rubrik: Oberrhein | 19. Februar 2024 | Lesezeit 3 Min.",  # a section's line with the date stamp
])
def test_content_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_only_later_repeats_of_the_title_are_dropped():
    text = "Cluster X wins Gold\n\nCluster X wins Gold.\n\nBody text about Cluster X wins Gold here.\n"
    assert lines_of(clean(text, "txt").text) == ["Cluster X wins Gold",
                                                 "Body text about Cluster X wins Gold here."]


def test_long_lines_are_content():
    banner = "Diese Website verwendet Cookies. " * 40
    assert is_boilerplate(banner[:900])
    assert not is_boilerplate(banner)


def test_boilerplate_rules_are_data_and_anchored():
    rules = ruleset.load().toml("boilerplate.toml")
    for pattern in rules["lines"]["patterns"]:
        re.compile(pattern)
        assert pattern.startswith("^") and pattern.endswith("$"), pattern


# --- titles ------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("Cluster renews its label\n\nBody.", "Cluster renews its label"),
    ("Jump to content\nCluster renews its label\nBody.", "Cluster renews its label"),
    ("Meldung\n26.01.2018\n\nCluster erhält Gold\n\nText.", "Cluster erhält Gold"),
    ("17.09.2016 | Pressemeldung\n\nCluster erhält Silber\n\nText.", "Cluster erhält Silber"),
    ("Aug 12, 2014\nTwo clusters win\n\nText.", "Two clusters win"),
    ("Von Bronze zu Gold: ein Cluster wächst\n\nText.", "Von Bronze zu Gold: ein Cluster wächst"),
    ("Von Erika Beispiel\nCluster wächst weiter\n\nText.", "Cluster wächst weiter"),
    ("A" * 20 + " body " * 60 + "\nShort line", ""),
    ("- Erster Punkt einer Liste\n" + "Langer Text " * 40, ""),
])
def test_title_is_the_headline(text, title):
    assert clean(text, "txt").title == title


# --- HTML ----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Beispielcluster erhält Gold | Musterportal</title>
<style>p { color: red; }</style>
<script>var tracking = "Skriptinhalt";</script>
</head>
<body>
<div id="cookie-notice" class="consent-banner"><p>Wir verwenden Cookies.</p><button>OK</button></div>
<header><a class="logo" href="/">Musterportal</a>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li></ul></nav></header>
<main><article class="post share-enabled">
<p class="breadcrumb"><a href="/">Start</a> / <a href="/news">News</a></p>
<h1>Beispielcluster
    erhält Gold</h1>
<p class="dateline">Musterstadt, 05.03.2021</p>
<p>Der Beispielcluster hat das Gold-Label der
   Beispiel-Exzellenzinitiative&nbsp;erhalten. &bdquo;Ein gro&szlig;er Tag&ldquo;,
   sagte Erika Beispiel.</p>
<!-- Kommentar im Quelltext -->
<p>Zweiter Absatz mit <b>fett</b> und <i>kursiv</i>, AT&amp;T &amp; Co.<br>Zeile nach dem Umbruch.</p>
<ul><li>Erster Punkt</li><li>Zweiter Punkt</li></ul>
<table><tr><td>Zelle eins</td><td>Zelle zwei</td></tr></table>
<div style="display: none">Versteckter Text</div>
<p hidden>Auch versteckt</p>
<form><label>Suche</label><input name="q"><p>Formulartext</p></form>
<div class="social-share"><a href="#">Facebook</a> <a href="#">Xing</a></div>
<p><a href="/news">&laquo; Zurück</a></p>
<h3>Kontakt</h3>
<p>Erika Beispiel<br>Beispielcluster e.V.</p>
</article></main>
<aside><p>Weitere Meldungen: Anderer Cluster erhält Bronze</p></aside>
<footer><p>Impressum | Datenschutz</p></footer>
</body></html>"""


def test_html_page_becomes_the_text_of_the_release():
    cleaned = clean(PAGE, "html")
    assert cleaned.title == "Beispielcluster erhält Gold"
    assert cleaned.text.split("\n\n") == [
        "Beispielcluster erhält Gold",
        "Musterstadt, 05.03.2021",
        "Der Beispielcluster hat das Gold-Label der Beispiel-Exzellenzinitiative "
        "erhalten. „Ein großer Tag“, sagte Erika Beispiel.",
        "Zweiter Absatz mit fett und kursiv, AT&T & Co.\nZeile nach dem Umbruch.",
        "Erster Punkt", "Zweiter Punkt", "Zelle eins | Zelle zwei",  # a table row on its line
        "Kontakt",
        "Erika Beispiel\nBeispielcluster e.V.",
    ]


@pytest.mark.parametrize("dropped", ["Skriptinhalt", "color", "Startseite", "Musterportal",
                                     "Cookies", "Kommentar", "Versteckter", "versteckt",
                                     "Formulartext", "Facebook", "Anderer Cluster", "Impressum"])
def test_html_chrome_is_dropped(dropped):
    assert dropped not in clean(PAGE, "html").text


def test_html_title_falls_back_to_title_tag_without_site_name():
    page = ("<html><head><title>Cluster erhält Silber – Musterportal</title></head>"
            "<body><p>Der Cluster hat das Silber-Label erhalten.</p></body></html>")
    cleaned = clean(page, "html")
    assert cleaned.title == "Cluster erhält Silber"
    assert cleaned.text == "Cluster erhält Silber\n\nDer Cluster hat das Silber-Label erhalten."


def test_content_wrapper_with_a_chrome_like_class_is_kept():
    body = "<p>" + "Der Cluster wächst. " * 60 + "</p>"
    page = f"<html><body><div class='content social-impact'><h2>Bericht</h2>{body}</div></body></html>"
    assert "Der Cluster wächst." in clean(page, "html").text


@pytest.mark.parametrize("page, lines", [
    ("<html><body><div><p>Erster Absatz <b>fett<p>Zweiter Absatz<div>Ohne Ende",
     ["Erster Absatz fett", "Zweiter Absatz", "Ohne Ende"]),
    ("</p></div>Nur schließende Tags</span>", ["Nur schließende Tags"]),
    ("<p>Text <<< >>> </b></i></div> mehr Text <a href=", ["Text <<< >>> mehr Text"]),
    ("<p>a < b und c > d</p>", ["a < b und c > d"]),
    ("<html><body><p>Vorne<table><tr><td>Zelle<div>tief", ["Vorne", "Zelle", "tief"]),
])
def test_malformed_html_still_yields_its_text(page, lines):
    # Where the markup leaves it open, trafilatura (or the fallback) decides which
    # pieces share a line: every word still comes out, in order.
    assert " ".join(lines_of(clean(page, "html").text)) == " ".join(lines)


def test_html_without_text_cleans_to_nothing():
    page = "<html><head><script>x()</script></head><body><div><img src='a.png'></div></body></html>"
    assert clean(page, "html").text == ""


def test_plain_text_saved_as_html_keeps_its_lines():
    text = "Cluster erhält Gold\n\nErster Absatz.\nZweite Zeile.\n"
    assert clean(text, "html").text == "Cluster erhält Gold\n\nErster Absatz.\nZweite Zeile."


def test_preformatted_html_keeps_its_line_breaks():
    page = "<html><body><p>Vorher</p><pre>Zeile eins\nZeile zwei</pre></body></html>"
    assert lines_of(clean(page, "html").text) == ["Vorher", "Zeile eins", "Zeile zwei"]


# --- Markdown ------------------------------------------------------------------------

def test_markdown_markup_is_removed_and_text_kept():
    md = ("# Testcluster erhält Silber #\n\n"
          "*26.01.2018* — **Der Testcluster** hat das [Silber-Label](https://example.org) erhalten.\n"
          "Mitarbeiter*innen und Partner*innen freuen sich über `beispiel-netz`.\n\n"
          "_Posted on 2 October 2023 by the team_ (file_name_v2 stays)\n\n"
          "> „Ein Zitat“, sagt Max Beispiel.\n\n"
          "- Punkt \\*eins\\*\n\n"
          "[Zurück](#)\n"
          "[quelle]: https://example.org\n")
    cleaned = clean(md, "md")
    assert cleaned.title == "Testcluster erhält Silber"
    assert lines_of(cleaned.text) == [
        "Testcluster erhält Silber",
        "26.01.2018 — Der Testcluster hat das Silber-Label erhalten.",
        "Mitarbeiter*innen und Partner*innen freuen sich über beispiel-netz.",
        "Posted on 2 October 2023 by the team (file_name_v2 stays)",
        "„Ein Zitat“, sagt Max Beispiel.",
        "Punkt *eins*",
    ]


def test_links_in_plain_text_keep_their_text():
    text = "Headline of the page\n\n- Platform (05.03.21): [The first partnerships](#)\n"
    assert clean(text, "txt").text.endswith("- Platform (05.03.21): The first partnerships")


# --- normalisation -------------------------------------------------------------------

def test_unicode_is_nfc_and_whitespace_normalised():
    text = ("Ko\u0308ln  und\u00a0Mu\u0308nchen\t\u2013 Stra\u00dfe\r\n"
            "Bei\u00adspiel\u200bwort\r\n\r\n\r\n\r\n   Zweiter\u2003Absatz   \u2028Neue Zeile\x0c")
    cleaned = clean(text, "txt")
    assert cleaned.text == "Köln und München – Straße\nBeispielwort\n\nZweiter Absatz\nNeue Zeile"
    assert "\u0308" not in cleaned.text


@pytest.mark.parametrize("text, expected", [
    ("Cluster\u2009Nord mit\u00a0Sitz in Kiel", "Cluster Nord mit Sitz in Kiel"),  # lone odd spaces
    ("Cluster\tNord", "Cluster Nord"),
    ("Cluster Nord", "Cluster Nord"),
    ("Cluster \u3000 Nord  ", "Cluster Nord"),
])
def test_every_kind_of_space_is_folded_even_alone(text, expected):
    assert clean_stage.normalise(text) == expected


def test_edge_symbols_are_what_the_regex_would_strip():
    """strip_edge_symbols walks in from both ends instead of scanning the line with
    ^[\\W_]+|[\\W_]+$; on any string both must agree."""
    import random

    regex = re.compile(r"^[\W_]+|[\W_]+$")
    rng = random.Random(7)
    alphabet = "aZ9_ .,-»«\n\t²½İß€[]()\u0300\u00a0→•"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert clean_stage.strip_edge_symbols(text) == regex.sub("", text), repr(text)


@pytest.mark.parametrize("line, bare", [
    ("« [Zurück](#)", "Zurück"),
    ("→ Weiterlesen ...", "Weiterlesen"),
    ("___", ""),
    ("Plain words", "Plain words"),
])
def test_bare_line(line, bare):
    assert clean_stage.bare_line(line) == bare


def test_cleaning_is_a_fixed_point():
    """Cleaning the cleaned text changes nothing: the text offsets point into is final."""
    for text, fmt in [(SCRAPED_RELEASE, "txt"), (GERMAN_RELEASE, "txt"), (PAGE, "html")]:
        once = clean(text, fmt).text
        assert clean(once, "txt").text == once


@pytest.mark.parametrize("line, expected", [
    ("Impressum" + " | Seite" * 120 + " !", True),   # footer links ending in a stray character
    ("cookie " * 140 + "!", False),
    ("Start > " + "Ebene " * 150 + "!", True),
    ("a " * 495 + "!", False),
    ("Facebook " * 110 + "!", True),
])
def test_boilerplate_rules_stay_fast_on_long_adversarial_lines(line, expected):
    """Lines just under the length limit of the rules: a rule with nested quantifiers
    can take exponential time on them; the alarm turns a hang into a failure."""
    assert len(line) <= clean_stage.rules().line_max_chars
    import signal

    def too_slow(signum, frame):
        raise TimeoutError("a boilerplate rule backtracks catastrophically")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(5)
    try:
        assert is_boilerplate(line) is expected
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_large_html_page_cleans_in_linear_time():
    """10,000 paragraphs (1.5 MB): linear work takes about a second; editing the
    parse tree node by node (quadratic in the number of siblings) took over ten."""
    import time

    paragraphs = "".join(f"<p>Absatz {i}: Der Cluster hat das Label erhalten.</p>\n"
                         for i in range(10_000))
    started = time.perf_counter()
    cleaned = clean(f"<html><body><h1>Viele Absätze im Test</h1>{paragraphs}</body></html>", "html")
    assert time.perf_counter() - started < 6
    assert cleaned.text.count("\n\n") == 10_000
    assert cleaned.text.endswith("Absatz 9999: Der Cluster hat das Label erhalten.")


# --- web pages: trafilatura and htmldate ---------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Testcluster Nordwind erhält Silber | Clusterportal Musterland</title>
<meta property="article:published_time" content="2024-05-14T10:00:00+02:00">
<link rel="canonical" href="https://cluster.example/presse/nordwind-silber">
</head><body>
<header><nav><ul><li><a href="/">Start</a></li><li><a href="/presse">Presse</a></li>
<li><a href="/mitglieder">Mitglieder</a></li></ul></nav></header>
<main><article>
<h1>Testcluster Nordwind erhält Silber</h1>
<div class="meta"><span class="date">Kiel, 14.05.2024</span></div>
<p>Der Testcluster Nordwind ist vom Europäischen Sekretariat für Clusteranalysen mit dem
Silber-Label für exzellentes Clustermanagement ausgezeichnet worden. Die Gutachter lobten
die Angebote für kleine Unternehmen und die enge Zusammenarbeit mit der Hochschule.</p>
<p>„Das Label bestätigt unsere Arbeit der letzten Jahre“, sagt Geschäftsführerin Dr. Jana
Beispiel. Dem Netzwerk gehören heute 48 Unternehmen und Institute an.</p>
<p>Pressekontakt: Testcluster Nordwind e.V.<br>Hafenstraße 1, 24103 Kiel<br>presse@nordwind.example</p>
</article>
<aside class="related"><h3>Mehr zum Thema</h3><ul>
<li><a href="/a">Ein anderer Cluster feiert sein zehnjähriges Bestehen mit einem großen Fest</a></li>
<li><a href="/b">Neue Förderrichtlinie für Netzwerke veröffentlicht und sofort in Kraft</a></li></ul></aside>
<section class="comments"><h3>Kommentare</h3><p>Toller Erfolg, herzlichen Glückwunsch an das ganze Team!</p></section>
</main>
<footer><p>© 2024 Clusterportal Musterland · Impressum · Datenschutz</p></footer>
</body></html>"""


def test_web_page_main_text_keeps_headline_dateline_paragraphs_and_contact():
    cleaned = clean(NEWS_PAGE, "html")
    lines = lines_of(cleaned.text)
    assert cleaned.title == "Testcluster Nordwind erhält Silber"
    assert lines[:2] == ["Testcluster Nordwind erhält Silber", "Kiel, 14.05.2024"]
    assert lines[2].startswith("Der Testcluster Nordwind ist vom") and lines[2].endswith("der Hochschule.")
    assert lines[-3:] == ["Pressekontakt: Testcluster Nordwind e.V.", "Hafenstraße 1, 24103 Kiel",
                          "presse@nordwind.example"]  # <br> lines stay lines of one paragraph
    assert "\n\n" in cleaned.text.split("Hochschule.")[1][:3]  # paragraphs apart by a blank line
    for chrome in ("Mitglieder", "anderer Cluster", "Förderrichtlinie", "Toller Erfolg", "Impressum"):
        assert chrome not in cleaned.text, chrome


def test_web_page_date_comes_from_its_metadata():
    cleaned = clean(NEWS_PAGE, "html")
    assert (cleaned.published, cleaned.published_source) == ("2024-05-14", "metadata")


def test_web_page_date_from_the_url_says_so():
    page = NEWS_PAGE.replace('<meta property="article:published_time" content="2024-05-14T10:00:00+02:00">', "")
    page = page.replace("/presse/nordwind-silber", "/2024/05/14/nordwind-silber")
    cleaned = clean(page, "html")
    assert (cleaned.published, cleaned.published_source) == ("2024-05-14", "url")


def test_dateline_above_the_headline_is_put_back_above_it():
    page = NEWS_PAGE.replace('<h1>Testcluster Nordwind erhält Silber</h1>\n<div class="meta"><span class="date">'
                             'Kiel, 14.05.2024</span></div>',
                             '<p class="meta">Veröffentlicht am 14.05.2024</p>\n<h1>Testcluster Nordwind erhält Silber</h1>')
    assert lines_of(clean(page, "html").text)[:2] == ["Veröffentlicht am 14.05.2024",
                                                     "Testcluster Nordwind erhält Silber"]


def test_page_without_main_text_falls_back_to_the_whole_page():
    # trafilatura finds no main text in a page this small: the page is rendered as a
    # reader sees it (BeautifulSoup), without a metadata date
    page = "<html><body><div>Kurz <b>gemeldet</b></div></body></html>"
    assert clean_stage.web_page(page) is None
    cleaned = clean(page, "html")
    assert (cleaned.text, cleaned.published, cleaned.published_source) == ("Kurz gemeldet", "", "")


def test_inline_markup_stays_inline():
    page = "<html><body><div>Kurz gemeldet</div><div><b>Kiel</b>, 14.05.2024</div></body></html>"
    assert lines_of(clean(page, "html").text) == ["Kurz gemeldet", "Kiel, 14.05.2024"]


def test_quoted_ok_in_a_dialogue_is_content():
    assert not is_boilerplate("– „Ok.“")
    assert is_boilerplate("Ok")
    assert is_boilerplate("« Zurück")


def test_the_cells_of_a_table_row_share_its_line():
    """Without a main text for trafilatura, the page is rendered whole: a row is still one line."""
    from pipeline.clean import html_to_text
    _, text = html_to_text("<html><body><table><tr><th>Cluster</th><th>Label</th></tr>"
                           "<tr><td>Velmora Cluster</td><td>Gold</td></tr></table></body></html>")
    assert [line for line in text.split("\n") if line.strip()] == ["Cluster | Label", "Velmora Cluster | Gold"]


def test_the_columns_of_a_plain_text_table_become_cells():
    table = ("Netzwerk                        Branche          Label\n"
             "Velmora Mikrosysteme            Halbleiter       Gold (05/2023)\n"
             "Tarsio Erzgebirge  Automotive       Silber (seit 04/2022)\n")
    assert clean_stage.normalise(table).split("\n") == [
        "Netzwerk | Branche | Label", "Velmora Mikrosysteme | Halbleiter | Gold (05/2023)",
        "Tarsio Erzgebirge | Automotive | Silber (seit 04/2022)"]


def test_a_padded_table_with_inner_bars_keeps_one_row_a_line():
    table = ("Netzwerk      | Sitz       | Technologiefeld\n"
             "PAPERVEL      | Düren      | Papier und Verpackung\n"
             "hytec:v       | Stade      | Wasserstoff\n")
    assert clean_stage.normalise(table).split("\n") == [
        "Netzwerk | Sitz | Technologiefeld", "PAPERVEL | Düren | Papier und Verpackung", "hytec:v | Stade | Wasserstoff"]


def test_a_plain_text_table_s_header_over_a_rule_line_is_a_row_and_the_rule_goes():
    table = ("Cluster organisation      Label     Awarded      Valid until\n"
             "---------------------------------------------------------\n"
             "Velmora Photonics Hub     GOLD      14/05/2024   14/05/2026\n"
             "Tarsio AgriTech Cluster   BRONZE    03/06/2024   03/06/2026\n"
             "---------------------------------------------------------\n"
             "(1) A note under the table.")
    assert clean_stage.normalise(table).split("\n") == [
        "Cluster organisation | Label | Awarded | Valid until", "Velmora Photonics Hub | GOLD | 14/05/2024 | 14/05/2026",
        "Tarsio AgriTech Cluster | BRONZE | 03/06/2024 | 03/06/2026", "(1) A note under the table."]


def test_a_single_line_with_wide_gaps_and_double_spaces_in_prose_stay_text():
    text = "SACHSENS WIRTSCHAFT 2|2024                 18\n\nDer Cluster  hat das Label erhalten.\nEr freut sich."
    assert clean_stage.normalise(text) == "SACHSENS WIRTSCHAFT 2|2024 18\n\nDer Cluster hat das Label erhalten.\nEr freut sich."


@pytest.mark.parametrize("wrapped, flowed", [
    ("hat der Frei-\nstaat rund 24 Millionen", "hat der Freistaat rund 24 Millionen"),
    ("Das Kunststoff-\nund Metallnetzwerk", "Das Kunststoff- und Metallnetzwerk"),
    ("der Cluster MedTech Neckar-\nAlb hat", "der Cluster MedTech Neckar-Alb hat"),
    ("dem im Mai 2023\nerneut das Gold-Label zuerkannt wurde", "dem im Mai 2023 erneut das Gold-Label zuerkannt wurde"),
])
def test_a_sentence_wrapped_onto_the_next_line_is_joined(wrapped, flowed):
    assert clean_stage.normalise(wrapped) == flowed


@pytest.mark.parametrize("lines", [
    "Die Gewinner sind:\nVELMO: Cluster für Velmora-Medizin; Rhein-Main\nnordalb BW: Nordalb-Technik; Baden-Württemberg",
    "Velmora Cluster erhält Gold\nNeue Mitglieder im Netzwerk",
    "Tel.\n+49 30 1234",
])
def test_headlines_list_items_and_contact_lines_stay_apart(lines):
    assert clean_stage.normalise(lines) == lines


def test_a_line_ending_in_a_conjunction_or_preposition_runs_on():
    assert clean_stage.normalise("Ministerium für Wirtschaft, Arbeit und\n   Tourismus Velden") == \
        "Ministerium für Wirtschaft, Arbeit und Tourismus Velden"


def test_a_hard_wrapped_paragraph_is_one_line_but_lists_and_headlines_stay():
    text = ("Qualität des Clustermanagements\n"
            "Vier Landescluster verfügen über ein gültiges Label der Initiative. Dem Maritimen Cluster\n"
            "Velden wurde 2021 das Silber-Label verliehen. Die Initiative Nordalb sowie das Netzwerk Tarsio\n"
            "sind seit 2023 Bronze-gelabelt.\n\n"
            "VELMO – Velmora Offshore Drilling Engineering, Kjell O. Brunkel,\n"
            "TARSIO SAXONY e. V., Gitta Velmer\n"
            "NORDALB.CAT The Cluster of Agricultural Machinery, Enric Tarsen,\n")
    lines = clean_stage.normalise(text).split("\n")
    assert lines[0] == "Qualität des Clustermanagements"
    assert lines[1].startswith("Vier Landescluster") and lines[1].endswith("Bronze-gelabelt.")
    assert lines[3:] == ["VELMO – Velmora Offshore Drilling Engineering, Kjell O. Brunkel,",
                         "TARSIO SAXONY e. V., Gitta Velmer", "NORDALB.CAT The Cluster of Agricultural Machinery, Enric Tarsen,"]


def test_a_byline_and_a_headline_over_a_hard_wrapped_paragraph_keep_their_lines():
    text = ("Posted on 9 January 2024 by Rosa Velmeriano\n"
            "Tarsio Logistics Cluster keeps its Gold\n"
            "The Hamburg-area network renewed its GOLD label of the European Cluster\n"
            "Excellence Initiative in December 2023. Tarsio Logistics had first\n"
            "received Gold in 2017.\n")
    assert clean_stage.normalise(text).split("\n") == [
        "Posted on 9 January 2024 by Rosa Velmeriano", "Tarsio Logistics Cluster keeps its Gold",
        "The Hamburg-area network renewed its GOLD label of the European Cluster Excellence Initiative in "
        "December 2023. Tarsio Logistics had first received Gold in 2017."]


def test_a_timeline_s_years_keep_their_lines_in_a_hard_wrapped_block():
    text = ("2014   Gründung des Vereins durch 23 Unternehmen und die\n"
            "       Hochschule Velden\n"
            "2017   Erstes Benchmarking durch das European Secretariat\n"
            "       for Cluster Analysis (ESCA): Bronze-Label\n"
            "2019   Aufnahme in die Exzellenzmaßnahme go-cluster des\n"
            "       Bundesministeriums für Wirtschaft und Energie\n"
            "2022   Erneuerung des Silber-Labels, gültig bis Oktober\n"
            "       2024\n")
    assert clean_stage.normalise(text).split("\n") == [
        "2014 Gründung des Vereins durch 23 Unternehmen und die Hochschule Velden",
        "2017 Erstes Benchmarking durch das European Secretariat for Cluster Analysis (ESCA): Bronze-Label",
        "2019 Aufnahme in die Exzellenzmaßnahme go-cluster des Bundesministeriums für Wirtschaft und Energie",
        "2022 Erneuerung des Silber-Labels, gültig bis Oktober 2024"]


def test_a_block_of_short_lines_keeps_them():
    text = "Velmora Cluster\nHafenstraße 4\n12345 Tarsio\nTel. 0123 45\n"
    assert clean_stage.normalise(text).split("\n") == ["Velmora Cluster", "Hafenstraße 4", "12345 Tarsio", "Tel. 0123 45"]


def test_a_markdown_table_s_padded_rows_become_cells_and_its_rule_line_goes():
    table = ("| Cluster                 | Tier   | Awarded |\n"
             "|-------------------------|--------|---------|\n"
             "| Velmora Photonics       | Gold   | 2024-02 |\n")
    assert clean_stage.normalise(table).split("\n") == [
        "Cluster | Tier | Awarded", "Velmora Photonics | Gold | 2024-02"]


def test_dot_leaders_between_columns_part_a_tables_cells_and_an_ellipsis_stays():
    text = ("Die Labels:\n\nVelmora Cluster (Velden) .................... Gold, 2022\n"
            "Tarsio Netzwerk (Quendt) ..... Silber, 2021\nUnd dann... weiter.")
    assert clean_stage.normalise(text).split("\n")[2:] == [
        "Velmora Cluster (Velden) | Gold, 2022", "Tarsio Netzwerk (Quendt) | Silber, 2021", "Und dann... weiter."]


def test_two_columns_of_prose_read_line_by_line_are_read_apart():
    page = ("Die Partner wollen in den kommenden drei      PROJEKTSTECKBRIEF\n"
            "Jahren Verfahren entwickeln, mit denen        Projekt: Velmora – Kreislauf-\n"
            "Bauholz aus Rückbauprojekten sortiert,        wirtschaft im Holzbau\n"
            "geprüft und erneut in tragenden Bauteilen     Laufzeit: 2024 – 2027\n"
            "eingesetzt werden kann. So sagt es der        Lead Partner: Tarsio-Cluster\n"
            "Clustermanager des Netzwerks.")
    assert clean_stage.normalise(page).split("\n\n") == [
        "Die Partner wollen in den kommenden drei Jahren Verfahren entwickeln, mit denen Bauholz aus "
        "Rückbauprojekten sortiert, geprüft und erneut in tragenden Bauteilen eingesetzt werden kann. So sagt es "
        "der Clustermanager des Netzwerks.",
        "PROJEKTSTECKBRIEF\nProjekt: Velmora – Kreislaufwirtschaft im Holzbau\nLaufzeit: 2024 – 2027\n"
        "Lead Partner: Tarsio-Cluster"]


def test_a_table_of_long_names_and_short_cells_is_no_pair_of_prose_columns():
    table = ("Cluster                                  Country  Label    Awarded   Valid until\n"
             "Clúster Oleícola de la Sierra Velmo       ES       GOLD     10/2024   10/2026\n"
             "Lubelski Klaster Agrotroniki Tarsio      PL       SILVER   11/2024   11/2026\n"
             "Klastr lesní bioekonomiky Nordalb        CZ       BRONZE   12/2024   12/2026\n"
             "Distretto Agritech della Val di Velm     IT       SILVER   10/2024   10/2026\n"
             "Pôle Pierre et Granit de Velmorais       FR       SILVER   11/2024   11/2026")
    assert clean_stage.normalise(table).split("\n")[1] == \
        "Clúster Oleícola de la Sierra Velmo | ES | GOLD | 10/2024 | 10/2026"


def test_a_table_s_cells_wrapped_onto_lines_of_their_own_go_back_to_their_row():
    table = ("Cluster                 Träger                         Standort        Label\n"
             "Velmora Kompositnetz    VK Management GmbH             Kaiserslautern  Gold\n"
             "Westpfalz (VKW)\n"
             "Tarsio Keramikforum     Tarsio Keramik GmbH            Höhr-Grenz-     Bronze\n"
             "Westerwald                                             hausen\n"
             "Nordalb Holz            Nordalb e.V.                   Simmern         –\n"
             "Quelle: ESCA")
    assert clean_stage.normalise(table).split("\n") == [
        "Cluster | Träger | Standort | Label", "Velmora Kompositnetz Westpfalz (VKW) | VK Management GmbH | Kaiserslautern | Gold",
        "Tarsio Keramikforum Westerwald | Tarsio Keramik GmbH | Höhr-Grenzhausen | Bronze",
        "Nordalb Holz | Nordalb e.V. | Simmern | –", "Quelle: ESCA"]


def test_a_footnote_mark_after_a_word_goes():
    assert clean_stage.normalise("Velmora Cluster | Gold¹ | 06/2022\n¹ Re-Zertifizierung") == \
        "Velmora Cluster | Gold | 06/2022\n¹ Re-Zertifizierung"


def test_a_date_after_an_article_at_a_full_line_s_end_runs_on():
    text = ("Geschafft: Als erster Games-Cluster in Nordrhein-Westfalen trägt Velmora Ruhr seit dem\n"
            "7. Februar 2024 das Bronze-Label der European Cluster Excellence Initiative.")
    assert "seit dem 7. Februar 2024" in clean_stage.normalise(text)


@pytest.mark.parametrize("line", ["STRASSE über Velmora!", "Straße über Velmora", "İstanbul Cluster", "i̇stanbul cluster",
                                  "ﬁnal flow", "Final Flow", "ΑΣ σς", "The Straße", "", "Strasse über Velmora und mehr"])
@pytest.mark.parametrize("title", ["Straße über Velmora", "İstanbul Cluster", "Final flow", "Ας", "x"])
def test_the_title_key_test_is_the_comparison_of_the_keys(line, title):
    key = clean_stage.title_key(title)
    assert clean_stage._has_title_key(line, key) == (clean_stage.title_key(line) == key)


def test_footnote_marks_go_as_before_among_other_superscripts():
    assert clean_stage.normalise("Gold¹ und Partner²³ von 10 m² ¹²") == "Gold und Partner von 10 m ¹"


def test_the_rows_of_a_table_exported_with_semicolons_become_cells_and_prose_keeps_its_semicolons():
    text = ("Übersicht der Labels; Stand Januar 2031.\n\nCluster;Branche;Label;verliehen\n"
            "Velmora Netz;Textilien;Silber;05/2030\nTarsio Cluster;Recycling;Gold;11/2030\n\n"
            "Der Verein wächst; er hat 40 Mitglieder; alle zahlen Beiträge.")
    cleaned = clean_stage.normalise(text)
    assert "Velmora Netz | Textilien | Silber | 05/2030" in cleaned
    assert "Cluster | Branche | Label | verliehen" in cleaned
    assert "Der Verein wächst; er hat 40 Mitglieder; alle zahlen Beiträge." in cleaned
    assert "Übersicht der Labels; Stand Januar 2031." in cleaned


def test_a_heading_in_capitals_keeps_its_line_over_a_lower_case_brand():
    text = "The results by tier:\n\nGOLD\n  velmolab (packaging, Barcelona) – renewal\nSILVER\n  TARSICAT (food, Reus)\n"
    assert clean_stage.normalise(text).split("\n")[2:4] == ["GOLD", "velmolab (packaging, Barcelona) – renewal"]
