"""The label-validity model: when a label holds, and which tier a cluster holds on a
date. One implementation shared by the report (pipeline/report.py), the notebook
(notebooks/explore.ipynb) and, as SQL, the DuckDB views (pipeline/db.py takes
VIEWS_SQL from here); the tests check that the two agree.

Validity rule:
- `awarded` (YYYY, YYYY-MM or YYYY-MM-DD) starts the label on the first day of that
  period;
- `valid_until` ends it after the last day of that period;
- a label without `valid_until` counts as valid for two years after award (up to the
  same day two years later, exclusive; 29 February falls back to 28 February);
- a label with `valid_until` but no `awarded` counts from two years before its end;
- a label with neither (or with unparseable dates) cannot be placed in time;
- a cluster's tier on a date is that of its most recently awarded label valid on that
  date (the higher tier on a tie): a renewal at a lower tier replaces a higher one.

A label belongs to the cluster its `cluster_entity_id` names in entities.csv, shown
under the registry's canonical name; rows without an id (tables of an older run) are
matched to entities.csv by name and alias.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict

from pipeline import schemas

VALIDITY_YEARS = 2
TIER_RANK = {"bronze": 1, "silver": 2, "gold": 3}


def cell_text(value) -> str:
    """A cell as text: missing values (None, NA, NaN) become ''."""
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_day(text: str) -> dt.date:
    return dt.date.fromisoformat(str(text).strip())


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes 28 February."""
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def period(value) -> tuple[dt.date, dt.date] | None:
    """An ISO date at any precision as [first day, day after the last day), or None."""
    text = cell_text(value).strip()
    match = _PERIOD.fullmatch(text)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            start = dt.date(int(year), int(month), int(day))
            return start, start + dt.timedelta(days=1)
        if month:
            start = dt.date(int(year), int(month), 1)
            end = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            return start, end
        start = dt.date(int(year), 1, 1)
        return start, dt.date(start.year + 1, 1, 1)
    except ValueError:
        return None


def canonical_names(entities, kind: str) -> dict[str, str]:
    """name -> the registry's canonical name, for every canonical name and alias of
    `kind` in entities.csv; an alias claimed by two entities is left out. Only for rows
    without an entity id (tables written before the ids were added)."""
    claims: dict[str, set] = defaultdict(set)
    for canonical, aliases in zip(entities.loc[entities["kind"] == kind, "canonical"],
                                  entities.loc[entities["kind"] == kind, "aliases"]):
        canonical = cell_text(canonical)
        if not canonical:
            continue
        for name in [canonical, *cell_text(aliases).split(schemas.MULTI_SEPARATOR)]:
            if name:
                claims[name].add(canonical)
    return {name: next(iter(c)) for name, c in claims.items() if len(c) == 1}


def _id_texts(frame, column: str):
    """The entity-id column of a table as text ('' where empty or absent)."""
    import pandas as pd

    if column not in frame:
        return pd.Series([""] * len(frame), index=frame.index, dtype="object")
    return frame[column].map(cell_text)


def registry_names(frame, column: str, id_column: str, entities, kind: str):
    """The names in `column` as the registry calls them: the canonical name of the row's
    entity id (entities.csv), else (a row without an id) the entity whose name or alias
    it is, else the name itself."""
    by_id = dict(zip(entities["entity_id"].map(cell_text), entities["canonical"].map(cell_text)))
    by_name = canonical_names(entities, kind)
    return pd_series([by_id.get(i) or by_name.get(cell_text(n), cell_text(n))
                      for n, i in zip(frame[column], _id_texts(frame, id_column))], frame.index)


def entity_keys(frame, column: str, id_column: str):
    """What tells a row's entity from another: its entity id, else its name."""
    return pd_series([i or f"name:{cell_text(n)}" for n, i in zip(frame[column], _id_texts(frame, id_column))],
                     frame.index)


def pd_series(values, index):
    import pandas as pd

    return pd.Series(values, index=index, dtype="object")


def label_validity(labels, entities=None):
    """labels.csv with the validity rule applied: one row per label with cluster (the
    registry's canonical name of its cluster_entity_id when entities is given),
    cluster_entity_id, tier, awarded, valid_until, valid_from, valid_to (exclusive;
    pandas Timestamps, NaT when the label cannot be placed in time), until_assumed (True
    when valid_to comes from the two-year rule)."""
    import pandas as pd

    out = labels.loc[:, ["doc_id", "cluster", "tier", "awarded", "valid_until",
                         "awarding_body", "evidence"]].copy()
    out["cluster_entity_id"] = _id_texts(labels, "cluster_entity_id").replace("", pd.NA).astype("string")
    if entities is not None:
        out["cluster"] = registry_names(labels, "cluster", "cluster_entity_id", entities, "cluster")
    out["cluster_key"] = entity_keys(out, "cluster", "cluster_entity_id")
    starts, ends, assumed = [], [], []
    for awarded, valid_until in zip(out["awarded"], out["valid_until"]):
        award, until = period(awarded), period(valid_until)
        start = award[0] if award else None
        end = until[1] if until else None
        if start is not None and end is None:
            end = add_years(start, VALIDITY_YEARS)
        elif start is None and end is not None:
            start = add_years(end, -VALIDITY_YEARS)
        starts.append(pd.Timestamp(start) if start else pd.NaT)
        ends.append(pd.Timestamp(end) if end else pd.NaT)
        assumed.append(until is None and award is not None)
    out["valid_from"] = pd.Series(starts, index=out.index, dtype="datetime64[ns]")
    out["valid_to"] = pd.Series(ends, index=out.index, dtype="datetime64[ns]")
    out["until_assumed"] = pd.Series(assumed, index=out.index, dtype="bool")
    out["tier_rank"] = out["tier"].map(lambda t: TIER_RANK.get(cell_text(t).lower(), 0)).astype("int64")
    return out


def tiers_as_of(labels, when, entities=None):
    """One row per cluster (per entity id; by name for rows without one) holding a valid
    label on `when` (date or 'YYYY-MM-DD'): cluster, tier, awarded, valid_until,
    valid_from, valid_to, until_assumed, doc_id, cluster_entity_id; the most recently
    awarded valid label wins, the higher tier on a tie."""
    import pandas as pd

    day = pd.Timestamp(parse_day(when) if isinstance(when, str) else when)
    valid = label_validity(labels, entities)
    valid = valid[(valid["valid_from"] <= day) & (day < valid["valid_to"])
                  & (valid["tier_rank"] > 0)]
    valid = valid.sort_values(["cluster_key", "valid_from", "tier_rank", "doc_id"],
                              ascending=[True, False, False, True], kind="stable")
    best = valid.drop_duplicates("cluster_key", keep="first")
    columns = ["cluster", "tier", "awarded", "valid_until", "valid_from", "valid_to",
               "until_assumed", "doc_id", "cluster_entity_id"]
    return best.loc[:, columns].sort_values(["tier", "cluster"], key=_tier_sort_key).reset_index(drop=True)


def _tier_sort_key(series):
    if series.name == "tier":
        return series.map(lambda t: -TIER_RANK.get(cell_text(t), 0))
    return series.map(lambda v: cell_text(v).casefold())


def label_history(labels, cluster: str, entities=None):
    """The labels of one cluster (its entity id, or a name or alias of it) in award
    order, one row per distinct (tier, awarded, valid_until) with the documents that
    state it."""
    valid = label_validity(labels, entities)
    if entities is None:
        rows = valid[(valid["cluster"] == cluster) | (valid["cluster_entity_id"] == cluster)]
    else:
        by_id = dict(zip(entities["entity_id"].map(cell_text), entities["canonical"].map(cell_text)))
        if cluster in by_id:
            ids = {cluster}
        else:
            canonical = canonical_names(entities, "cluster").get(cluster, cluster)
            ids = {cell_text(i) for i in entities.loc[(entities["kind"] == "cluster")
                                                   & (entities["canonical"] == canonical), "entity_id"]}
            cluster = canonical
        rows = valid[valid["cluster_entity_id"].isin(ids).fillna(False)
                     | (valid["cluster_entity_id"].isna() & (valid["cluster"] == cluster))]
    keys = ["cluster", "tier", "awarded", "valid_until"]
    grouped = (rows.fillna({"awarded": "", "valid_until": ""})
               .groupby(keys, dropna=False, sort=False)
               .agg(valid_from=("valid_from", "first"), valid_to=("valid_to", "first"),
                    until_assumed=("until_assumed", "first"),
                    n_docs=("doc_id", "nunique"),
                    doc_ids=("doc_id", lambda s: schemas.MULTI_SEPARATOR.join(sorted(set(s)))))
               .reset_index())
    return grouped.sort_values(["valid_from", "tier"], na_position="last",
                               kind="stable").reset_index(drop=True)


# The same model in SQL, for the DuckDB database (pipeline/db.py creates these views over
# its tables labels and entities): entity_names, label_validity, the table macro
# tiers_as_of(DATE), current_tiers and label_history. @YEARS@ and @TIER_RANK@ stand for
# VALIDITY_YEARS and TIER_RANK, so both versions read the rule from the same constants.
_VIEWS_TEMPLATE = r"""
CREATE VIEW entity_names AS
WITH names AS (
    SELECT kind, canonical, canonical AS name FROM entities WHERE coalesce(canonical, '') <> ''
    UNION ALL
    SELECT kind, canonical, unnest(string_split(aliases, '|')) AS name
    FROM entities WHERE coalesce(canonical, '') <> '' AND coalesce(aliases, '') <> ''
)
SELECT kind, name, min(canonical) AS canonical
FROM names WHERE name <> ''
GROUP BY kind, name HAVING count(DISTINCT canonical) = 1;

CREATE VIEW label_validity AS
WITH parsed AS (
    SELECT l.*, coalesce(e.canonical, n.canonical, l.cluster) AS cluster_name,
        coalesce(l.cluster_entity_id, 'name:' || coalesce(n.canonical, l.cluster, '')) AS cluster_key,
        CASE WHEN regexp_full_match(l.awarded, '\d{4}')
                 THEN try_cast(l.awarded || '-01-01' AS DATE)
             WHEN regexp_full_match(l.awarded, '\d{4}-\d{2}')
                 THEN try_cast(l.awarded || '-01' AS DATE)
             WHEN regexp_full_match(l.awarded, '\d{4}-\d{2}-\d{2}')
                 THEN try_cast(l.awarded AS DATE) END AS award_start,
        CASE WHEN regexp_full_match(l.valid_until, '\d{4}')
                 THEN CAST(try_cast(l.valid_until || '-01-01' AS DATE) + INTERVAL 1 YEAR AS DATE)
             WHEN regexp_full_match(l.valid_until, '\d{4}-\d{2}')
                 THEN CAST(try_cast(l.valid_until || '-01' AS DATE) + INTERVAL 1 MONTH AS DATE)
             WHEN regexp_full_match(l.valid_until, '\d{4}-\d{2}-\d{2}')
                 THEN CAST(try_cast(l.valid_until AS DATE) + INTERVAL 1 DAY AS DATE) END AS until_end
    FROM labels AS l
    LEFT JOIN entities AS e ON e.entity_id = l.cluster_entity_id
    LEFT JOIN entity_names AS n
        ON l.cluster_entity_id IS NULL AND n.kind = 'cluster' AND n.name = l.cluster
)
SELECT doc_id, cluster_name AS cluster, tier, awarded, valid_until, awarding_body, evidence,
    cluster_entity_id, cluster_key,
    coalesce(award_start, CAST(until_end - INTERVAL @YEARS@ YEAR AS DATE)) AS valid_from,
    coalesce(until_end, CAST(award_start + INTERVAL @YEARS@ YEAR AS DATE)) AS valid_to,
    (until_end IS NULL AND award_start IS NOT NULL) AS until_assumed,
    CASE lower(tier) @TIER_RANK@ ELSE 0 END AS tier_rank
FROM parsed;

CREATE MACRO tiers_as_of(day) AS TABLE
SELECT cluster, tier, awarded, valid_until, valid_from, valid_to, until_assumed, doc_id,
    cluster_entity_id
FROM (
    SELECT *, row_number() OVER (PARTITION BY cluster_key
                                 ORDER BY valid_from DESC, tier_rank DESC, doc_id) AS pick
    FROM label_validity
    WHERE valid_from <= CAST(day AS DATE) AND CAST(day AS DATE) < valid_to AND tier_rank > 0
)
WHERE pick = 1
ORDER BY tier_rank DESC, cluster;

CREATE VIEW current_tiers AS SELECT * FROM tiers_as_of(current_date);

CREATE VIEW label_history AS
SELECT cluster, tier, coalesce(awarded, '') AS awarded, coalesce(valid_until, '') AS valid_until,
    min(valid_from) AS valid_from, min(valid_to) AS valid_to, bool_or(until_assumed) AS until_assumed,
    count(DISTINCT doc_id) AS n_docs, string_agg(DISTINCT doc_id, '|' ORDER BY doc_id) AS doc_ids,
    min(cluster_entity_id) AS cluster_entity_id
FROM label_validity
GROUP BY cluster_key, cluster, tier, coalesce(awarded, ''), coalesce(valid_until, '')
ORDER BY cluster, valid_from NULLS LAST, tier;
"""
VIEWS_SQL = _VIEWS_TEMPLATE.replace("@YEARS@", str(int(VALIDITY_YEARS))).replace(
    "@TIER_RANK@", " ".join(f"WHEN '{tier}' THEN {rank}" for tier, rank in TIER_RANK.items()))
