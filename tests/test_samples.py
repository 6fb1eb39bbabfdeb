"""The hand-written sample press releases in data/raw/ and their gold in data/gold/.

The samples are invented (no text or names from the real releases), written to try
each rule on, and scored by `make eval` on a fresh clone. These tests keep the gold
honest: it parses, follows ../shared/corpus/GUIDELINES.md, uses the contract's
vocabularies, is grounded in the text of its document, and the samples together cover
the kinds of document and statement the pipeline must handle.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from pipeline.ingest import IngestProblem, RawDocument, attachment_format, decode, read_document
from pipeline.schemas import ORG_TYPES, TIERS

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "data" / "gold"
DEV = ROOT.parent / "shared" / "corpus" / "dev"  # present on the team's machines only

GOLD_KEYS = {"file", "source_url", "language", "published", "clusters", "labels",
             "programmes", "organisations", "people", "dates"}
LABEL_KEYS = {"cluster", "tier", "date", "valid_until", "awarding_body"}
PERSON_KEYS = {"name", "role", "organisation"}
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
TITLES = re.compile(r"^(dr|prof|dipl|ing|mag|mr|mrs|ms)\b\.?", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
MAX_BYTES = 5_000_000


def raw_documents() -> list[Path]:
    return sorted(p for p in RAW.rglob("*") if p.is_file() and not p.name.startswith("."))


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.gold.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def is_iso(value) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date."""
    match = ISO_DATE.match(value) if isinstance(value, str) else None
    if not match:
        return False
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def readable_text(path: Path) -> str:
    """The document as a reader sees it: decoded (a PDF's or Word file's text read),
    markup and entities out, spaces folded."""
    if attachment_format(path.name, path.read_bytes()):
        text = read_document(RawDocument(path.name, path.read_bytes()), MAX_BYTES).text
        return re.sub(r"\s+", " ", text)
    text, _ = decode(path.read_bytes())
    if path.suffix.lower() in (".html", ".htm"):
        text = html.unescape(TAG.sub(" ", text))
    return re.sub(r"\s+", " ", text)


def is_broken(path: Path) -> bool:
    try:
        read_document(RawDocument(path.name, path.read_bytes()), MAX_BYTES)
    except IngestProblem:
        return True
    return False


def entries(gold: dict, *fields: str):
    for field in fields:
        yield from gold[field]


def names_of(gold: dict, *fields: str) -> set[str]:
    names = set()
    for entry in entries(gold, *fields):
        names.add(entry["name"])
        names.update(entry.get("aliases", []))
    return names


GOLD_FILES = gold_files()
GOLD_IDS = [p.name for p in GOLD_FILES]


def test_enough_samples_with_gold():
    assert len(GOLD_FILES) >= 14
    assert len(raw_documents()) >= 15


@pytest.mark.parametrize("path", GOLD_FILES, ids=GOLD_IDS)
def test_gold_names_its_document(path):
    gold = load(path)
    assert set(gold) == GOLD_KEYS
    document = RAW / gold["file"]
    assert document.is_file(), f"{gold['file']} not in data/raw"
    assert path.name == Path(gold["file"]).stem + ".gold.json"
    assert gold["source_url"] is None or gold["source_url"].startswith(("http://", "https://"))


def test_every_readable_document_has_gold_and_broken_ones_none():
    with_gold = {load(p)["file"] for p in GOLD_FILES}
    for document in raw_documents():
        name = document.relative_to(RAW).as_posix()
        if is_broken(document):
            assert name not in with_gold, f"{name} cannot be read, so it has no gold"
        else:
            assert name in with_gold, f"{name} has no gold file in data/gold"


@pytest.mark.parametrize("path", GOLD_FILES, ids=GOLD_IDS)
def test_gold_values_follow_guidelines(path):
    gold = load(path)
    assert re.fullmatch(r"[a-z]{2}", gold["language"])
    assert gold["published"] is None or is_iso(gold["published"])

    dates = gold["dates"]
    assert all(is_iso(d) for d in dates), dates
    assert len(dates) == len(set(dates)), "dates are deduplicated"
    if gold["published"]:
        assert gold["published"] in dates, "the published date is among the dates"

    for field in ("clusters", "programmes", "organisations"):
        seen = set()
        for entry in gold[field]:
            assert entry["name"].strip() and entry["name"] == entry["name"].strip()
            assert entry["name"] not in entry["aliases"], entry
            assert len(entry["aliases"]) == len(set(entry["aliases"])), entry
            assert entry["name"] not in seen, f"{field}: one entry per entity"
            seen.add(entry["name"])
    for org in gold["organisations"]:
        assert set(org) == {"name", "aliases", "type"}
        assert org["type"] in ORG_TYPES, org
    for entry in entries(gold, "clusters", "programmes"):
        assert set(entry) == {"name", "aliases"}

    clusters = {c["name"] for c in gold["clusters"]}
    bodies = names_of(gold, "programmes", "organisations")
    for label in gold["labels"]:
        assert set(label) == LABEL_KEYS
        assert label["tier"] in TIERS, label
        assert label["cluster"] in clusters, f"label names a listed cluster: {label}"
        for key in ("date", "valid_until"):
            if label[key] is not None:
                assert is_iso(label[key]) and label[key] in dates, label
        if label["awarding_body"] is not None:
            assert label["awarding_body"] in bodies, label

    known = names_of(gold, "clusters", "programmes", "organisations")
    for person in gold["people"]:
        assert set(person) == PERSON_KEYS
        assert not TITLES.match(person["name"]), "academic titles are not part of a name"
        assert person["organisation"] is None or person["organisation"] in known, person


@pytest.mark.parametrize("path", GOLD_FILES, ids=GOLD_IDS)
def test_gold_is_grounded_in_its_document(path):
    """Every surface form, person and role in the gold occurs in the document; each
    entity's name or one of its aliases does (the name may be the nominative)."""
    gold = load(path)
    text = readable_text(RAW / gold["file"])
    folded = text.casefold()
    for entry in entries(gold, "clusters", "programmes", "organisations"):
        for alias in entry["aliases"]:
            assert alias in text, f"alias {alias!r} not in {gold['file']}"
        assert any(form in text for form in [entry["name"], *entry["aliases"]]), entry
    for person in gold["people"]:
        assert person["name"] in text, person
        if person["role"]:
            assert person["role"].casefold() in folded, person
    for label in gold["labels"]:
        year = (label["date"] or "")[:4]
        assert not year or year in text, label


def test_samples_are_realistic_in_length():
    for path in GOLD_FILES:
        name = load(path)["file"]
        words = len(readable_text(RAW / name).split())
        assert 150 <= words <= 500, f"{name}: {words} words"


def test_samples_cover_the_required_kinds():
    golds = [load(p) for p in GOLD_FILES]
    documents = raw_documents()
    suffixes = {p.suffix.lower() for p in documents}
    assert {".txt", ".html", ".md", ".pdf", ".docx"} <= suffixes

    languages = {g["language"] for g in golds}
    assert {"de", "en"} <= languages
    assert languages - {"de", "en"}, "a document in a third language"

    broken = [p for p in documents if is_broken(p)]
    assert broken, "a broken file (binary or empty)"

    def is_cp1252(data):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return not data.startswith((b"\xff\xfe", b"\xfe\xff")) and bool(data.decode("cp1252"))
        return False

    readable = [p.read_bytes() for p in documents if p not in broken]
    assert any(data.startswith((b"\xff\xfe", b"\xfe\xff")) for data in readable), "UTF-16 with BOM"
    assert any(is_cp1252(data) for data in readable), "a cp1252 (not UTF-8) document"

    labels = [(g, label) for g in golds for label in g["labels"]]
    assert {label["tier"] for _, label in labels} == set(TIERS)
    for lang in ("de", "en"):
        assert {label["tier"] for g, label in labels if g["language"] == lang} == set(TIERS)
    assert any(label["valid_until"] for _, label in labels), "a validity date"
    assert any(label["awarding_body"] for _, label in labels), "an awarding body"
    assert any(label["date"] and g["published"] and label["date"][:4] < g["published"][:4]
               for g, label in labels), "a past award reported in passing"
    assert any(len({label["cluster"] for label in g["labels"]}) >= 3 for g in golds), \
        "several clusters labelled in one document"
    assert any(len([label for label in g["labels"] if label["tier"] == t]) >= 2
               for g in golds for t in TIERS), "a renewal: the same tier twice"
    tier_word = re.compile(r"\b(gold|silber|silver|bronze)", re.IGNORECASE)
    assert any(not g["labels"] and tier_word.search(readable_text(RAW / g["file"]))
               for g in golds), "a tier mentioned only in general (no label row)"

    programmes = {n.casefold() for g in golds for n in names_of(g, "programmes")}
    for wanted in ("go-cluster", "leading-edge cluster competition", "spitzencluster-wettbewerb",
                   "cosme", "clusterxchange", "horizon europe", "clusters4future",
                   "european cluster excellence initiative"):
        assert wanted in programmes, wanted
    assert any(n.startswith("interreg") for n in programmes)

    organisations = [(n, o["type"]) for g in golds for o in g["organisations"]
                     for n in [o["name"], *o["aliases"]]]
    org_names = {n for n, _ in organisations}
    for wanted in ("BMBF", "BMWK", "European Commission", "DG GROW", "ESCA"):
        assert wanted in org_names, wanted
    for family in ("Fraunhofer", "Max Planck", "Max-Planck", "Helmholtz", "Leibniz"):
        assert any(n.startswith(family) for n in org_names), family
    companies = " ".join(n for n, t in organisations if t == "company")
    for legal_form in ("GmbH", "AG", "SE", "Ltd", "S.A.", "Sp. z o.o."):
        assert re.search(rf"(?<!\w){re.escape(legal_form)}(?!\w)", companies), legal_form
    assert {"university", "research", "company", "public_body", "agency"} <= {t for _, t in organisations}
    assert sum(len(g["people"]) for g in golds) >= 20


@pytest.mark.skipif(not DEV.is_dir(), reason="the real dev corpus is only on team machines")
def test_samples_share_no_text_or_invented_names_with_the_dev_corpus():
    """The samples are our own: no sentence-length run of words from a real release,
    and no cluster, person or company named as in the real gold."""
    def words(text):
        return re.findall(r"\w+", html.unescape(TAG.sub(" ", text)).casefold())

    n = 12
    shingles = set()
    for path in DEV.glob("*.txt"):
        w = words(path.read_text(encoding="utf-8", errors="replace"))
        shingles.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    for path in GOLD_FILES:
        w = words(readable_text(RAW / load(path)["file"]))
        copied = {tuple(w[i:i + n]) for i in range(len(w) - n + 1)} & shingles
        assert not copied, f"{path.name}: {' '.join(next(iter(copied)))}"

    def invented(gold):
        names = names_of(gold, "clusters") | {p["name"] for p in gold["people"]}
        names |= {n for o in gold["organisations"] if o["type"] == "company"
                  for n in [o["name"], *o["aliases"]]}
        return {name.casefold() for name in names}

    real = set()
    for path in DEV.glob("*.gold.json"):
        real |= invented(load(path))
    for path in GOLD_FILES:
        assert not invented(load(path)) & real, path.name
