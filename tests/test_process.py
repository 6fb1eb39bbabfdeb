"""Per-document processing: where documents.published comes from (published_source)."""
from __future__ import annotations

from pipeline.ingest import RawDocument
from pipeline.process import process_chunk
from pipeline.schemas import DATES

BODY = ("<p>Der Testcluster Nordwind ist vom Europäischen Sekretariat für Clusteranalysen mit dem "
        "Silber-Label für exzellentes Clustermanagement ausgezeichnet worden. Die Gutachter lobten "
        "die Angebote für kleine Unternehmen und die Zusammenarbeit mit der Hochschule.</p>"
        "<p>„Das Label bestätigt unsere Arbeit“, sagt Geschäftsführerin Jana Beispiel. Dem Netzwerk "
        "gehören heute 48 Unternehmen und Institute an, die gemeinsam an Projekten arbeiten.</p>")
META = '<meta property="article:published_time" content="2024-05-14T10:00:00+02:00">'


def page(head: str = "", dateline: str = "", body: str = BODY) -> bytes:
    return (f"<!DOCTYPE html><html lang='de'><head><title>Nordwind erhält Silber</title>{head}</head>"
            f"<body><article><h1>Nordwind erhält Silber</h1>{dateline}{body}</article></body></html>"
            ).encode("utf-8")


def result_of(config, name: str, data: bytes):
    [result] = process_chunk([RawDocument(name, data)], config)
    return result


def published_rows(result) -> list[list[str]]:
    role = DATES.column_names.index("role")
    return [row for row in result.rows.get(DATES.name, []) if row[role] == "published"]


def test_date_the_text_states_wins_over_the_metadata(config):
    result = result_of(config, "a.html", page(META, "<p class='date'>Kiel, 13.05.2024</p>"))
    assert (result.document["published"], result.document["published_source"]) == ("2024-05-13", "text")
    assert len(published_rows(result)) == 1


def test_metadata_date_when_the_text_has_none_and_no_dates_row(config):
    result = result_of(config, "b.html", page(META))
    assert (result.document["published"], result.document["published_source"]) == ("2024-05-14", "metadata")
    assert published_rows(result) == []  # no offsets, so no dates.csv row


def test_no_date_anywhere_leaves_both_empty(config):
    text = "Nordwind erhält Silber\n\nDer Testcluster Nordwind hat das Silber-Label erhalten, teilte er mit."
    result = result_of(config, "c.txt", text.encode("utf-8"))
    assert result.status == "ok"
    assert (result.document["published"], result.document["published_source"]) == (None, "")


def test_text_date_only_at_the_foot_yields_to_a_differing_metadata_date(config):
    foot = "<p>Weitere Meldungen</p><p>02.01.2020</p>"
    result = result_of(config, "d.html", page(META, body=BODY + foot))
    assert (result.document["published"], result.document["published_source"]) == ("2024-05-14", "metadata")


def test_skipped_page_keeps_its_metadata_date(config):
    french = ("<p>Le cluster Nordwind a reçu le label argent pour l'excellence de sa gestion. Les "
              "experts ont salué les services offerts aux petites entreprises de la région.</p>")
    result = result_of(config, "e.html", page(META, body=french))
    assert result.status == "skipped"
    assert (result.document["published"], result.document["published_source"]) == ("2024-05-14", "metadata")


def test_metadata_tells_the_order_of_an_ambiguous_numeric_date(config):
    # "06/01/2020" is read day first (6 January); the page's metadata says 1 June
    meta = '<meta property="article:published_time" content="2020-06-01T08:00:00Z">'
    result = result_of(config, "f.html", page(meta, "<p class='byline'>Posted by Redaktion, 06/01/2020</p>"))
    assert (result.document["published"], result.document["published_source"]) == ("2020-06-01", "metadata")
