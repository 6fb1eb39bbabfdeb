"""The static HTML review report, and the analyst helpers behind it.

    python -m pipeline report [--output DIR] [--as-of YYYY-MM-DD]

writes <output>/report/index.html (summary, charts, a sortable and filterable table
of documents) and <output>/report/docs/<doc_id>.html (the cleaned text with every
extracted span highlighted by type, the document's rows beside it, its error if any).
Every page opens from the file system: no server, no external assets (CSS and JS are
inlined from pipeline/report_assets/, charts are inline SVG).

The label-validity model (label validity, tiers as of a date, a cluster's label
history) lives in pipeline/validity.py, shared with the notebook and, as SQL, with the
database views; its names are importable from here as before. Cluster co-occurrence
(cluster_partners) is here, and pipeline/db.py states it in SQL (the tests check both
agree).
"""
from __future__ import annotations

import datetime as dt
import html
import json
import logging
import os
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

from pipeline import schemas
# The label-validity model (one implementation, shared with the notebook and, as SQL,
# with the database views); imported here under the names the report always had.
from pipeline.validity import (TIER_RANK, VALIDITY_YEARS, add_years,  # noqa: F401
                               canonical_names, entity_keys, label_history, label_validity,
                               parse_day, period, registry_names, tiers_as_of)
from pipeline.validity import cell_text as _value

log = logging.getLogger(__name__)

DEFAULT_OUTPUT = "data/processed"
REPORT_DIR = "report"
TEXT_DIR = "text"
TIER_COLORS = {"bronze": "#b87333", "silver": "#8e9aa6", "gold": "#d4a017",
               "expired": "#d9d9d9", "no label": "#f0f0f0"}
ENTITY_COLORS = {"CLUSTER": "#7aecec", "ORG": "#feca74", "PROGRAMME": "#c887fb",
                 "TIER": "#ffeb80", "DATE": "#bfe1d9", "PERSON": "#aa9cfc"}
TOP_N = 10
ENTITY_TABLES = (("cluster", schemas.CLUSTERS, "cluster"),
                 ("organisation", schemas.ORGANISATIONS, "organisation"),
                 ("programme", schemas.PROGRAMMES, "programme"))


class ReportError(Exception):
    """The report cannot be made (no tables in the output folder)."""


# --------------------------------------------------------------------------- CLI

def add_arguments(parser) -> None:
    parser.add_argument("--output", default=DEFAULT_OUTPUT,
                        help="the run's output folder; the report goes to its report/ "
                             "(default data/processed)")
    parser.add_argument("--as-of", dest="as_of", default=None,
                        help="date for 'current' tiers, YYYY-MM-DD (default today)")


def main(args) -> int:
    try:
        when = parse_day(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        print(f"error: --as-of must be a date YYYY-MM-DD, not {args.as_of!r}", file=sys.stderr)
        return 2
    try:
        target = write_report(Path(args.output), as_of=when)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write the report: {exc}", file=sys.stderr)
        return 2
    print(f"report: {target / 'index.html'}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ loading tables

def load_tables(folder) -> dict:
    """Every table of the output folder as a typed DataFrame (schemas.read_table);
    a missing table other than documents.csv reads as empty."""
    import pandas as pd

    folder = Path(folder)
    if not (folder / schemas.DOCUMENTS.filename).is_file():
        raise ReportError(f"no {schemas.DOCUMENTS.filename} in {folder}: run the pipeline first")
    frames = {}
    for table in schemas.TABLES:
        if (folder / table.filename).is_file():
            frames[table.name] = schemas.read_table(folder, table)
        else:
            frames[table.name] = pd.DataFrame(
                {c.name: pd.Series([], dtype=c.dtype) for c in table.columns})
    return frames


def cluster_partners(frames: dict):
    """Which organisations and programmes appear in documents with which clusters:
    cluster, kind ('organisation' or 'programme'), partner, n_docs, doc_ids; clusters
    from clusters.csv and labels.csv, each entity by its id in entities.csv (by name
    for rows without one) and shown with the registry's canonical name."""
    import pandas as pd

    entities = frames[schemas.ENTITIES.name]
    per_doc: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    sources = [(kind, frames[table.name], column, "entity_id") for kind, table, column in ENTITY_TABLES]
    sources.append(("cluster", frames[schemas.LABELS.name], "cluster", "cluster_entity_id"))
    for kind, frame, column, id_column in sources:
        names = registry_names(frame, column, id_column, entities, kind)
        for doc_id, name in zip(frame["doc_id"], names):
            if name:
                per_doc[_value(doc_id)][kind].add(name)
    pairs: dict[tuple, set] = defaultdict(set)
    for doc_id, kinds in per_doc.items():
        for cluster in kinds.get("cluster", ()):
            for kind in ("organisation", "programme"):
                for partner in kinds.get(kind, ()):
                    pairs[(cluster, kind, partner)].add(doc_id)
    rows = [{"cluster": c, "kind": k, "partner": p, "n_docs": len(d),
             "doc_ids": schemas.MULTI_SEPARATOR.join(sorted(d))}
            for (c, k, p), d in pairs.items()]
    frame = pd.DataFrame(rows, columns=["cluster", "kind", "partner", "n_docs", "doc_ids"])
    frame["n_docs"] = frame["n_docs"].astype("int64")
    return frame.sort_values(["cluster", "kind", "n_docs", "partner"],
                             ascending=[True, True, False, True]).reset_index(drop=True)


def current_tier_counts(frames: dict, when) -> dict[str, int]:
    """Clusters (registry entities) by their tier on `when`: gold, silver, bronze,
    'expired' (labelled, none valid then), 'no label'."""
    entities = frames[schemas.ENTITIES.name]
    labels, clusters = frames[schemas.LABELS.name], frames[schemas.CLUSTERS.name]
    labelled = set(entity_keys(labels.assign(cluster=registry_names(
        labels, "cluster", "cluster_entity_id", entities, "cluster")), "cluster", "cluster_entity_id"))
    mentioned = set(entity_keys(clusters.assign(cluster=registry_names(
        clusters, "cluster", "entity_id", entities, "cluster")), "cluster", "entity_id"))
    labelled.discard("name:")
    mentioned.discard("name:")
    current = tiers_as_of(labels, when, entities)
    counts = Counter(current["tier"].map(_value))
    out = {tier: counts.get(tier, 0) for tier in ("gold", "silver", "bronze")}
    out["expired"] = len(labelled - set(entity_keys(current, "cluster", "cluster_entity_id")))
    out["no label"] = len(mentioned - labelled)
    return out


# ------------------------------------------------------------------ HTML building blocks

def esc(value) -> str:
    return html.escape(_value(value), quote=True)


def _asset(name: str) -> str:
    return resources.files("pipeline").joinpath("report_assets", name).read_text(encoding="utf-8")


def page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{_asset('report.css')}</style></head>"
            f"<body>{body}<script>{_asset('report.js')}</script></body></html>\n")


def html_table(frame, columns=None, *, css_class: str = "data", links: dict | None = None,
               empty: str = "none", max_rows: int | None = None, table_id: str = "") -> str:
    """A DataFrame as an HTML table; `links` maps a column to a function value -> href."""
    columns = list(columns or frame.columns)
    if frame is None or len(frame) == 0:
        return f"<p class=\"empty\">{esc(empty)}</p>"
    links = links or {}
    ident = f" id=\"{esc(table_id)}\"" if table_id else ""
    head = "".join(f"<th data-col=\"{i}\">{esc(c)}</th>" for i, c in enumerate(columns))
    body = []
    shown = frame if max_rows is None else frame.head(max_rows)
    for row in shown.loc[:, columns].itertuples(index=False):
        cells = []
        for column, value in zip(columns, row):
            text = esc(value)
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            attrs = " class=\"num\"" if numeric else ""
            if column in links and text:
                text = f"<a href=\"{esc(links[column](_value(value)))}\">{text}</a>"
            cells.append(f"<td{attrs}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = ""
    if max_rows is not None and len(frame) > max_rows:
        more = f"<p class=\"more\">{len(frame) - max_rows} more rows not shown</p>"
    return (f"<table class=\"{css_class}\"{ident}><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>{more}")


def svg_bar_chart(categories: list[str], series: dict[str, list[int]], colors: dict[str, str],
                  *, title: str, width: int = 640, height: int = 260) -> str:
    """A grouped bar chart as inline SVG: one group per category, one bar per series."""
    if not categories or not any(any(v) for v in series.values()):
        return (f"<figure class=\"chart\"><figcaption>{esc(title)}</figcaption>"
                f"<p class=\"empty\">no data</p></figure>")
    left, right, top, bottom = 40, 10, 10, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(max(v) for v in series.values()) or 1
    group_w = plot_w / len(categories)
    bar_w = max(2.0, group_w * 0.8 / max(1, len(series)))
    parts = [f"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" "
             f"height=\"{height}\" viewBox=\"0 0 {width} {height}\">"
             f"<title>{esc(title)}</title>"]
    ticks = sorted({0, peak, round(peak / 2)})
    for tick in ticks:
        y = top + plot_h - plot_h * tick / peak
        parts.append(f"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{y:.1f}\" y2=\"{y:.1f}\" "
                     f"class=\"grid\"/><text x=\"{left - 4}\" y=\"{y + 4:.1f}\" "
                     f"text-anchor=\"end\" class=\"tick\">{tick}</text>")
    for i, category in enumerate(categories):
        x0 = left + i * group_w + group_w * 0.1
        for j, (name, values) in enumerate(series.items()):
            value = values[i]
            h = plot_h * value / peak
            x, y = x0 + j * bar_w, top + plot_h - h
            color = colors.get(name) or colors.get(category, "#4c78a8")
            parts.append(f"<rect x=\"{x:.1f}\" y=\"{y:.1f}\" width=\"{bar_w - 1:.1f}\" "
                         f"height=\"{h:.1f}\" fill=\"{color}\" stroke=\"#6b7785\" "
                         f"stroke-width=\"0.5\">"
                         f"<title>{esc(category)} {esc(name)}: {value}</title></rect>")
        parts.append(f"<text x=\"{left + (i + 0.5) * group_w:.1f}\" y=\"{top + plot_h + 16}\" "
                     f"text-anchor=\"middle\" class=\"tick\">{esc(category)}</text>")
    if len(series) > 1:
        x = left
        for name in series:
            parts.append(f"<rect x=\"{x}\" y=\"{height - 18}\" width=\"12\" height=\"12\" "
                         f"fill=\"{colors.get(name, '#4c78a8')}\"/><text x=\"{x + 16}\" "
                         f"y=\"{height - 8}\" class=\"tick\">{esc(name)}</text>")
            x += 24 + 8 * len(name)
    parts.append("</svg>")
    return f"<figure class=\"chart\"><figcaption>{esc(title)}</figcaption>{''.join(parts)}</figure>"


def display_spans(mentions, n_chars: int) -> list[dict]:
    """Mentions as displaCy spans: valid offsets only, overlaps dropped (the earlier
    start wins, then the longer span), sorted by start."""
    spans = []
    for start, end, label in zip(mentions["start_char"], mentions["end_char"], mentions["label"]):
        start, end, label = _value(start), _value(end), _value(label)
        if not (start and end and label):
            continue
        start, end = int(start), int(end)
        if 0 <= start < end <= n_chars:
            spans.append((start, -end, label))
    kept, last_end = [], -1
    for start, neg_end, label in sorted(set(spans)):
        if start >= last_end:
            kept.append({"start": start, "end": -neg_end, "label": label})
            last_end = -neg_end
    return kept


def highlighted_text(text: str, mentions) -> str:
    from spacy import displacy

    ents = display_spans(mentions, len(text))
    colors = dict(ENTITY_COLORS)
    colors.update({label: "#dddddd" for label in {e["label"] for e in ents} - set(colors)})
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent",
                           manual=True, page=False, jupyter=False,
                           options={"colors": colors})


# ------------------------------------------------------------------ the pages

def _top(frame, column: str, entities=None, kind: str = "", n: int = TOP_N):
    """Top entities of `column` by documents, each under the registry's name (rows told
    apart by their entity id, by name where they have none)."""
    import pandas as pd

    if len(frame) == 0:
        return pd.DataFrame(columns=[column, "documents", "mentions"])
    if entities is not None:
        frame = frame.assign(**{column: registry_names(frame, column, "entity_id", entities, kind)})
    frame = frame.assign(_key=entity_keys(frame, column, "entity_id"))
    frame = frame[frame[column].map(_value) != ""]
    grouped = frame.groupby("_key", dropna=True).agg(
        **{column: (column, "first")},
        documents=("doc_id", "nunique"),
        mentions=("n_mentions", lambda s: int(s.fillna(0).sum())) if "n_mentions" in frame
        else ("doc_id", "size"))
    grouped = grouped.reset_index(drop=True).sort_values(["documents", "mentions", column],
                                                         ascending=[False, False, True])
    return grouped.head(n)


def _crosstab(frame, index: str, columns: str, fill: str = "(none)"):
    import pandas as pd

    if len(frame) == 0:
        return pd.DataFrame()
    left = frame[index].map(lambda v: _value(v) or fill)
    right = frame[columns].map(lambda v: _value(v) or fill)
    table = pd.crosstab(left, right, margins=True, margins_name="total")
    table.index.name = index
    table.columns.name = None
    return table.reset_index()


def labels_by_tier_year(labels):
    """(years, {tier: counts per year}) with years from `awarded` ('unknown' last)."""
    years = labels["awarded"].map(lambda v: _value(v)[:4] if period(v) else "unknown")
    tiers = labels["tier"].map(lambda v: _value(v).lower())
    counts = Counter(zip(years, tiers))
    known = sorted({y for y in years if y != "unknown"})
    order = known + (["unknown"] if "unknown" in set(years) else [])
    series = {t: [counts.get((y, t), 0) for y in order] for t in ("bronze", "silver", "gold")}
    return order, series


def tiers_by_year(labels, entities, as_of: dt.date):
    """(years, {tier: clusters holding it on 1 January}) over the years the dated
    labels span, up to the year of `as_of`."""
    valid = label_validity(labels, entities).dropna(subset=["valid_from"])
    if not len(valid):
        return [], {}
    first = valid["valid_from"].min().year
    last = min(max(valid["valid_to"].max().year, first), as_of.year)
    years = list(range(first, last + 1))[-20:]
    counts = {year: Counter(tiers_as_of(labels, dt.date(year, 1, 1), entities)["tier"])
              for year in years}
    return ([str(y) for y in years],
            {t: [counts[y].get(t, 0) for y in years] for t in ("bronze", "silver", "gold")})


def _doc_link(doc_id: str) -> str:
    return f"docs/{doc_id}.html"


def _documents_table(frames: dict) -> str:
    docs = frames[schemas.DOCUMENTS.name]
    counts = {}
    for name in ("clusters", "labels", "organisations", "programmes", "mentions"):
        counts[name] = Counter(frames[name]["doc_id"].map(_value))
    columns = ["doc_id", "source_path", "format", "language", "title", "published",
               "status", "n_chars", "clusters", "labels", "organisations", "programmes",
               "mentions", "error"]
    numeric = {"n_chars", "clusters", "labels", "organisations", "programmes", "mentions"}
    head = "".join(f"<th data-col=\"{i}\" data-type=\"{'num' if c in numeric else 'text'}\" "
                   f"title=\"click to sort\">{esc(c)}</th>" for i, c in enumerate(columns))
    rows, seen = [], set()
    for record in docs.to_dict("records"):
        doc_id = _value(record["doc_id"])
        values = dict(record)
        for name in counts:  # a second copy of the same bytes has no rows of its own
            values[name] = 0 if doc_id in seen else counts[name].get(doc_id, 0)
        seen.add(doc_id)
        cells = []
        for column in columns:
            text = esc(values.get(column))
            if column == "doc_id":
                text = f"<a href=\"{esc(_doc_link(doc_id))}\">{text}</a>"
            cls = " class=\"num\"" if column in numeric else ""
            if column == "status":
                cls = f" class=\"status-{esc(values.get(column))}\""
            cells.append(f"<td{cls}>{text}</td>")
        rows.append(f"<tr data-status=\"{esc(record['status'])}\" "
                    f"data-language=\"{esc(record['language'])}\">{''.join(cells)}</tr>")
    options = lambda col: "".join(  # noqa: E731
        f"<option value=\"{esc(v)}\">{esc(v or '(none)')}</option>"
        for v in sorted({_value(v) for v in docs[col]}))
    controls = ("<div class=\"controls\"><label>filter <input id=\"doc-filter\" type=\"search\" "
                "placeholder=\"any text in the row\"></label> "
                f"<label>status <select id=\"doc-status\"><option value=\"*\">all</option>"
                f"{options('status')}</select></label> "
                f"<label>language <select id=\"doc-language\"><option value=\"*\">all</option>"
                f"{options('language')}</select></label> "
                f"<span id=\"doc-count\">{len(docs)} of {len(docs)} documents</span></div>")
    return (controls + "<div class=\"scroll\"><table class=\"data sortable\" id=\"documents\">"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def index_page(frames: dict, as_of: dt.date) -> str:
    import pandas as pd

    docs = frames[schemas.DOCUMENTS.name]
    labels = frames[schemas.LABELS.name]
    entities = frames[schemas.ENTITIES.name]
    status = Counter(docs["status"].map(_value))
    years, per_tier = labels_by_tier_year(labels)
    tier_counts = current_tier_counts(frames, as_of)
    cards = [("documents", len(docs)), ("ok", status.get("ok", 0)),
             ("skipped", status.get("skipped", 0)), ("error", status.get("error", 0)),
             ("labels", len(labels)),
             ("clusters", frames[schemas.ENTITIES.name]["kind"].eq("cluster").sum()
              if len(frames[schemas.ENTITIES.name]) else frames["clusters"]["cluster"].nunique()),
             ("mentions", len(frames[schemas.MENTIONS.name]))]
    card_html = "".join(f"<div class=\"card\"><b>{int(n)}</b><span>{esc(k)}</span></div>"
                        for k, n in cards)
    top = "".join(
        f"<section><h3>Top {esc(title)}</h3>"
        f"{html_table(_top(frames[table.name], column, entities, kind), empty='none extracted')}</section>"
        for kind, table, column in ENTITY_TABLES
        for title in [table.name])
    labels_table = _crosstab(labels.assign(year=labels["awarded"].map(
        lambda v: _value(v)[:4] if period(v) else "unknown")), "tier", "year")
    current = tiers_as_of(labels, as_of, frames[schemas.ENTITIES.name])
    current_view = current.assign(valid_through=(current["valid_to"] - pd.Timedelta(days=1))
                                  .dt.date.astype("string"))
    body = f"""
<header><h1>Cluster press releases: review report</h1>
<p>{len(docs)} documents &middot; current tiers as of <b>{as_of.isoformat()}</b> &middot;
generated {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}</p></header>
<main>
<div class="cards">{card_html}</div>
<section class="grid2">
 <section><h2>Documents by language and status</h2>
 {html_table(_crosstab(docs, 'language', 'status'), empty='no documents')}</section>
 <section><h2>Labels by tier and year awarded</h2>
 {html_table(labels_table, empty='no labels extracted')}</section>
</section>
<section class="grid2">
 {svg_bar_chart(years, per_tier, TIER_COLORS, title='Labels per tier per year awarded')}
 {svg_bar_chart(list(tier_counts), {'clusters': list(tier_counts.values())},
                TIER_COLORS, title=f'Clusters by tier as of {as_of.isoformat()}')}
</section>
{svg_bar_chart(*tiers_by_year(labels, entities, as_of), TIER_COLORS, width=1000,
               title='Clusters holding each tier on 1 January')}
<section><h2>Clusters holding a valid label on {as_of.isoformat()}</h2>
<p class="note">A label is valid from its award (first day of the period given) until
<code>valid_until</code> (last day of the period given) or, when none is stated, for
{VALIDITY_YEARS} years after award; the most recently awarded valid label gives the tier.</p>
{html_table(current_view, ['cluster', 'tier', 'awarded', 'valid_until', 'valid_through', 'doc_id'],
            links={'doc_id': _doc_link}, empty='no cluster holds a valid label on this date')}
</section>
<section class="grid3">{top}</section>
<section><h2>Documents</h2>
<p class="note">Click a column header to sort (again to reverse); type to filter.</p>
{_documents_table(frames)}</section>
</main>"""
    return page("Review report", body)


def document_page(frames: dict, record: dict, text: str | None, copies=()) -> str:
    """The page of one document; `copies` are further documents.csv rows with the
    same doc_id (the same bytes found under other paths)."""
    doc_id = _value(record["doc_id"])
    mine = {name: frame[frame["doc_id"] == doc_id] for name, frame in frames.items()
            if "doc_id" in frame.columns}
    meta = "".join(f"<tr><th>{esc(k)}</th><td>{esc(record.get(k))}</td></tr>"
                   for k in schemas.DOCUMENTS.column_names if k != "error")
    error = ""
    if _value(record.get("status")) != "ok" or _value(record.get("error")):
        error = (f"<div class=\"error\"><b>{esc(record.get('status'))}</b>: "
                 f"{esc(record.get('error')) or 'no reason recorded'}</div>")
    for copy in copies:
        error += (f"<div class=\"note\">also at {esc(copy.get('source_path'))}: "
                  f"{esc(copy.get('status'))} {esc(copy.get('error'))}</div>")
    if text is None:
        shown = "<p class=\"empty\">no cleaned text for this document</p>"
        legend = ""
    else:
        shown = highlighted_text(text, mine[schemas.MENTIONS.name])
        legend = "".join(f"<span class=\"legend\" style=\"background:{c}\">{esc(label)}</span>"
                         for label, c in ENTITY_COLORS.items())
        n_shown = len(display_spans(mine[schemas.MENTIONS.name], len(text)))
        n_hidden = len(mine[schemas.MENTIONS.name]) - n_shown
        if n_hidden:
            legend += (f" <span class=\"note\">{n_hidden} overlapping or out-of-range "
                       f"span(s) not highlighted; all are listed below</span>")
    side = []
    for table in schemas.DOCUMENT_TABLES:
        if table.name in (schemas.DOCUMENTS.name, schemas.MENTIONS.name):
            continue
        frame = mine[table.name]
        columns = [c for c in table.column_names if c != "doc_id"]
        side.append(f"<section><h3>{esc(table.name)} ({len(frame)})</h3>"
                    f"{html_table(frame, columns, empty='none')}</section>")
    mentions = mine[schemas.MENTIONS.name]
    mention_cols = [c for c in schemas.MENTIONS.column_names if c != "doc_id"]
    body = f"""
<header><p><a href="../index.html">&larr; all documents</a></p>
<h1>{esc(record.get('title')) or esc(record.get('source_path'))}</h1>
<p><code>{esc(doc_id)}</code> &middot; {esc(record.get('source_path'))}</p></header>
<main>{error}
<div class="doc-layout">
 <section class="text"><h2>Cleaned text</h2><p class="legend-row">{legend}</p>
 <div class="doc-text">{shown}</div>
 <h2>Mentions ({len(mentions)})</h2>
 {html_table(mentions.sort_values('start_char'), mention_cols, empty='none')}</section>
 <aside><h2>Document</h2><table class="meta">{meta}</table>{''.join(side)}</aside>
</div></main>"""
    return page(_value(record.get("title")) or doc_id, body)


def write_report(output_dir, as_of: dt.date | None = None) -> Path:
    """Write <output_dir>/report/ whole, replacing the previous report atomically
    enough (built beside it, then swapped in). Returns the report folder."""
    output_dir = Path(output_dir)
    frames = load_tables(output_dir)
    as_of = as_of or dt.date.today()
    target = output_dir / REPORT_DIR
    build = Path(tempfile.mkdtemp(prefix=".report-", dir=output_dir))
    try:
        (build / "docs").mkdir()
        (build / "index.html").write_text(index_page(frames, as_of), encoding="utf-8")
        records: dict[str, list[dict]] = defaultdict(list)
        for record in frames[schemas.DOCUMENTS.name].to_dict("records"):
            records[_value(record["doc_id"])].append(record)
        for doc_id, same in records.items():
            if not re.fullmatch(r"[0-9A-Za-z_-]+", doc_id):
                log.warning("no page for a document with an odd doc_id %r", doc_id)
                continue
            text_path = output_dir / TEXT_DIR / f"{doc_id}.txt"
            text = text_path.read_text(encoding="utf-8") if text_path.is_file() else None
            (build / "docs" / f"{doc_id}.html").write_text(
                document_page(frames, same[0], text, copies=same[1:]), encoding="utf-8")
        (build / "report.json").write_text(json.dumps(
            {"as_of": as_of.isoformat(), "documents": len(frames[schemas.DOCUMENTS.name])}),
            encoding="utf-8")
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".report-old-", dir=output_dir))
            os.replace(target, old / "report")
        os.replace(build, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    return target
