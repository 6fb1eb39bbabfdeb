"""Scoring: the output tables against gold annotations (`python -m pipeline eval`).

Reads the tables of an output folder (through pipeline.schemas) and the `*.gold.json`
files of a gold folder (format and matching rules: ../shared/corpus/GUIDELINES.md),
and reports per field precision, recall and F1, micro-averaged over documents (TP, FP
and FN summed over all documents first), plus per-document and per-pair accuracies.

Which document a gold file describes: the gold "file" field names the source file;
it is matched to documents.csv `source_path`, first as the path relative to the gold
folder (the gold file's own sub-folder + "file"), else by the file name alone, so a
gold folder that is nested differently from the run's --input still matches. A gold
document without an output row counts as all misses (and a wrong language).

Scope: entity fields, `published` and the pair checks are scored only for documents
whose GOLD language is German or English; other documents score `language` only, and
pipeline rows for them are ignored.

Name matching (clusters, programmes, organisations, label clusters, people):
- every name is reduced by pipeline.names.name_key (case folded, accents and
  punctuation removed, trailing legal forms such as e.V./GmbH/Ltd stripped) and then
  its spaces are dropped, so "go-cluster" = "go cluster" = "GoCluster";
- a gold entity's names are its `name` and `aliases`; a pipeline row's names are its
  canonical name, every `surface_forms` entry and its `acronym`;
- exact: the two name sets share a key (score 1.0);
- near ("nearly so"), deliberately conservative: the best difflib.SequenceMatcher
  ratio between a key of one side and a key of the other is >= 0.9 AND both keys
  carry the same digits ("Industrie 4.0" never near-matches "Industrie 5.0"). At 0.9
  that allows about one edited character per ten, e.g. a genitive "-s" on a name of
  nine or more characters, never a different short acronym;
- one-to-one: each gold entity matches at most one row and vice versa, chosen greedily
  by best score (ties: the pair whose primary names agree, then the pair with fewer
  alternative partners, then document order). Extra rows for an already-matched entity
  are spurious.
People: academic and courtesy titles (Dr., Prof., Dipl.-Ing., Herr, Mr, ...) and
trailing degrees (PhD, MBA, ...) are ignored. Labels match as (cluster, tier) pairs:
same tier and matching cluster names, where each side's cluster name is widened by the
same document's cluster entry (gold: the clusters entry naming it, with its aliases;
pipeline: the clusters.csv row naming it, with its surface forms). Dates match as exact
ISO strings, as a set per document.

Accuracies on matched pairs: label award year (year of gold `date` vs `awarded`; both
empty counts as right), exact award date, valid_until; organisation type; person role
(right when both empty, or when the words of one are all among the other's, or near)
and person organisation (right when both empty, or the names match as above, widened by
the document's cluster/organisation entries).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path, PurePosixPath

from pipeline import schemas
from pipeline.names import name_key

SCORED_LANGUAGES = ("de", "en")
NEAR_RATIO = 0.9
FIELDS = ("clusters", "labels", "programmes", "organisations", "people", "dates")
CHECKS = ("language", "published", "labels: award year", "labels: award date",
          "labels: valid until", "organisations: type", "people: role",
          "people: organisation")
GOLD_SUFFIX = ".gold.json"
SPLITS = ("tune", "check", "all")
CHECK_EVERY = 3  # one document in three, by the hash of its file name, is in the check part
# ../shared/corpus/dev names its later documents with a helper letter ("de_A_..."); the
# original twenty (no letter) were read while writing rules before the split existed, so
# they are tune documents whatever their hash: the check part stays unread.
_NEWER_DEV_NAME = re.compile(r"^[a-z]{2}_[A-Z]_")

_TITLE_HEAD = re.compile(
    r"^(?:(?:prof|professor|dr|dres|drs|dipl|ing|med|rer|nat|pol|oec|phil|jur|habil|mult"
    r"|h c|mag|univ|mr|mrs|ms|miss|sir|dame|herr|frau|hr|fr)\s+)+")
_TITLE_TAIL = re.compile(r"(?:\s+(?:phd|ph d|mba|msc|m sc|bsc|b sc|llm|ll m|jr|sr))+$")


class EvalError(Exception):
    """The evaluation cannot run (missing folder or table, unreadable gold file)."""


# ---------------------------------------------------------------- name keys, matching

def compact_key(name) -> str:
    """name_key without spaces: the form every name comparison uses."""
    if not name:
        return ""
    return name_key(str(name)).replace(" ", "")


def person_key(name) -> str:
    """A person's comparison key: titles and trailing degrees ignored."""
    if not name:
        return ""
    key = name_key(str(name))
    stripped = _TITLE_TAIL.sub("", _TITLE_HEAD.sub("", key)).strip()
    return (stripped or key).replace(" ", "")


def keys_of(names, key=compact_key) -> frozenset[str]:
    return frozenset(k for k in (key(n) for n in names) if k)


def _digits(key: str) -> list[str]:
    return re.findall(r"\d+", key)


def name_score(a: frozenset[str], b: frozenset[str]) -> float:
    """1.0 when the key sets share a key, else the best near ratio (>= NEAR_RATIO,
    same digits), else 0.0."""
    if not a or not b:
        return 0.0
    if a & b:
        return 1.0
    best = 0.0
    for x in a:
        for y in b:
            if _digits(x) != _digits(y):
                continue
            matcher = SequenceMatcher(None, x, y, autojunk=False)
            if matcher.real_quick_ratio() < NEAR_RATIO or matcher.quick_ratio() < NEAR_RATIO:
                continue
            best = max(best, matcher.ratio())
    return best if best >= NEAR_RATIO else 0.0


@dataclass
class Item:
    """One gold entry or pipeline row, as matching sees it."""
    display: str
    keys: frozenset[str]
    primary: str = ""  # key of the main name (gold `name`, pipeline canonical)
    attrs: dict = field(default_factory=dict)


def match_items(gold: list[Item], pred: list[Item], score) -> list[tuple[int, int]]:
    """One-to-one greedy matching. `score(g, p)` returns a tuple of numbers (higher is
    better) or None when the pair cannot match."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s is not None:
                candidates.append((s, i, j))
    degree_g: dict[int, int] = {}
    degree_p: dict[int, int] = {}
    for _, i, j in candidates:
        degree_g[i] = degree_g.get(i, 0) + 1
        degree_p[j] = degree_p.get(j, 0) + 1
    candidates.sort(key=lambda c: (tuple(-x for x in c[0]), degree_g[c[1]] + degree_p[c[2]],
                                   c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def entity_score(g: Item, p: Item):
    s = name_score(g.keys, p.keys)
    if not s:
        return None
    return (s, float(bool(g.primary) and g.primary == p.primary))


# ---------------------------------------------------------------- reading inputs

def _text(value) -> str:
    """A cell or JSON value as a stripped string ('' for None/NA)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _split(value) -> list[str]:
    return [part.strip() for part in _text(value).split(schemas.MULTI_SEPARATOR) if part.strip()]


@dataclass
class Output:
    documents: list[dict]
    rows: dict[str, dict[str, list[dict]]]  # table name -> doc_id -> rows


def read_output(folder: Path) -> Output:
    folder = Path(folder)
    if not folder.is_dir():
        raise EvalError(f"output folder {folder} does not exist (run the pipeline first)")
    tables = (schemas.DOCUMENTS, schemas.CLUSTERS, schemas.LABELS, schemas.PROGRAMMES,
              schemas.ORGANISATIONS, schemas.PEOPLE, schemas.DATES)
    loaded = {}
    for table in tables:
        if not (folder / table.filename).is_file():
            raise EvalError(f"{folder} has no {table.filename} (run the pipeline first)")
        try:
            frame = schemas.read_table(folder, table)
        except Exception as exc:  # pandas raises many kinds on a broken CSV
            raise EvalError(f"cannot read {folder / table.filename}: {exc}") from exc
        frame = frame.astype(object).where(frame.notna(), None)
        loaded[table.name] = frame.to_dict("records")
    rows: dict[str, dict[str, list[dict]]] = {}
    for table in tables[1:]:
        by_doc: dict[str, list[dict]] = {}
        for row in loaded[table.name]:
            by_doc.setdefault(_text(row.get("doc_id")), []).append(row)
        rows[table.name] = by_doc
    return Output(loaded[schemas.DOCUMENTS.name], rows)


@dataclass
class Gold:
    path: Path
    relative: str  # the described document's path relative to the gold folder
    data: dict

    @property
    def language(self) -> str:
        return _text(self.data.get("language")).lower()

    @property
    def scored(self) -> bool:
        return self.language in SCORED_LANGUAGES

    def entries(self, name: str) -> list:
        value = self.data.get(name) or []
        return [v for v in value if v] if isinstance(value, list) else []


def read_gold(folder: Path) -> list[Gold]:
    folder = Path(folder)
    if not folder.is_dir():
        raise EvalError(f"gold folder {folder} does not exist")
    golds = []
    for path in sorted(folder.rglob(f"*{GOLD_SUFFIX}")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EvalError(f"cannot read gold file {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise EvalError(f"gold file {path} is not a JSON object")
        name = _text(data.get("file")) or path.name[: -len(GOLD_SUFFIX)]
        parent = path.parent.relative_to(folder).as_posix()
        relative = name if parent == "." else f"{parent}/{name}"
        golds.append(Gold(path, relative, data))
    if not golds:
        raise EvalError(f"no *{GOLD_SUFFIX} files under {folder}")
    return golds


def split_of(gold_path) -> str:
    """`tune` or `check`: a fixed rule on the gold file's name, so the parts never move.

    The tune part (about two thirds) is where errors are read while writing rules; the
    check part is only ever scored. sha256 of the file name, not its position, so a
    document keeps its part when others are added or removed. Files named like the
    original dev set (no helper letter) are always tune (see _NEWER_DEV_NAME)."""
    name = Path(gold_path).name
    if not _NEWER_DEV_NAME.match(name):
        return "tune"
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()
    return "check" if int(digest[:8], 16) % CHECK_EVERY == 0 else "tune"


def in_split(gold_path, split: str) -> bool:
    return split == "all" or split_of(gold_path) == split


def find_document(gold: Gold, documents: list[dict]) -> dict | None:
    """The documents.csv row a gold file describes (see the module docstring)."""
    wanted = PurePosixPath(gold.relative)
    has_extension = bool(PurePosixPath(_text(gold.data.get("file"))).suffix)

    def same_name(path: PurePosixPath) -> bool:
        return path.name == wanted.name if has_extension else path.stem == wanted.name

    exact, by_name = [], []
    for doc in documents:
        path = PurePosixPath(_text(doc.get("source_path")).replace("\\", "/"))
        if path == wanted:
            exact.append(doc)
        elif same_name(path):
            by_name.append(doc)
    candidates = exact or by_name
    if not candidates:
        return None
    # a duplicate copy is `skipped`; prefer the copy that was processed
    candidates.sort(key=lambda d: (_text(d.get("status")) != "ok",
                                   _text(d.get("source_path"))))
    return candidates[0]


# ---------------------------------------------------------------- scoring

@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Tally") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def pred(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        return self.tp / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def as_dict(self) -> dict:
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def record(self, ok: bool) -> bool:
        self.total += 1
        self.correct += bool(ok)
        return ok

    def add(self, other: "Accuracy") -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass
class DocResult:
    gold_file: str
    gold_language: str
    doc: dict | None
    scored: bool
    counts: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    checks: dict[str, Accuracy] = field(default_factory=lambda: {c: Accuracy() for c in CHECKS})
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (field, kind, text)

    def error(self, field_name: str, kind: str, text: str) -> None:
        self.errors.append((field_name, kind, text))


@dataclass
class Report:
    gold_dir: str
    output_dir: str
    documents: list[DocResult]
    unmatched_outputs: int  # output documents no gold file describes
    split: str = "all"

    @property
    def totals(self) -> dict[str, Tally]:
        totals = {f: Tally() for f in FIELDS}
        for result in self.documents:
            for name, tally in result.counts.items():
                totals[name].add(tally)
        return totals

    @property
    def checks(self) -> dict[str, Accuracy]:
        checks = {c: Accuracy() for c in CHECKS}
        for result in self.documents:
            for name, accuracy in result.checks.items():
                checks[name].add(accuracy)
        return checks

    def as_dict(self) -> dict:
        return {
            "gold": self.gold_dir,
            "output": self.output_dir,
            "split": self.split,
            "n_documents": len(self.documents),
            "n_scored": sum(r.scored for r in self.documents),
            "n_missing_output": sum(r.doc is None for r in self.documents),
            "fields": {name: t.as_dict() for name, t in self.totals.items()},
            "checks": {name: a.as_dict() for name, a in self.checks.items()},
            "documents": [{
                "gold_file": r.gold_file,
                "doc_id": _text(r.doc.get("doc_id")) if r.doc else None,
                "source_path": _text(r.doc.get("source_path")) if r.doc else None,
                "language": r.gold_language,
                "scored": r.scored,
                "fields": {name: t.as_dict() for name, t in r.counts.items()},
                "checks": {name: a.as_dict() for name, a in r.checks.items() if a.total},
                "errors": [{"field": f, "kind": k, "text": t} for f, k, t in r.errors],
            } for r in self.documents],
        }


def _year(value: str) -> str:
    return value[:4] if value else ""


def _show(value: str) -> str:
    return value if value else "(none)"


def _listing(name: str, others: list[str]) -> str:
    rest = [o for o in dict.fromkeys(others) if o and o != name]
    return f"{name} (also: {' | '.join(rest)})" if rest else name


def _gold_entities(gold: Gold, kind: str) -> list[Item]:
    items = []
    for entry in gold.entries(kind):
        if isinstance(entry, str):
            entry = {"name": entry}
        name = _text(entry.get("name"))
        aliases = [_text(a) for a in (entry.get("aliases") or []) if _text(a)]
        items.append(Item(_listing(name, aliases), keys_of([name, *aliases]), compact_key(name),
                          {"name": name, "type": _text(entry.get("type"))}))
    return items


def _pred_entities(rows: list[dict], name_column: str) -> list[Item]:
    items = []
    for row in rows:
        name = _text(row.get(name_column))
        forms = _split(row.get("surface_forms"))
        acronym = _text(row.get("acronym"))
        items.append(Item(_listing(name, [*forms, acronym]), keys_of([name, *forms, acronym]),
                          compact_key(name), {"name": name, "type": _text(row.get("org_type"))}))
    return items


def _widen(name: str, entities: list[Item]) -> frozenset[str]:
    """A name's keys plus those of every entity of the document that bears it exactly."""
    keys = keys_of([name])
    widened = set(keys)
    for entity in entities:
        if keys & entity.keys:
            widened |= entity.keys
    return frozenset(widened)


def _score_entities(result: DocResult, kind: str, gold_items: list[Item],
                    pred_items: list[Item]) -> list[tuple[int, int]]:
    pairs = match_items(gold_items, pred_items, entity_score)
    _tally(result, kind, gold_items, pred_items, pairs)
    return pairs


def _tally(result: DocResult, kind: str, gold_items, pred_items, pairs) -> None:
    tally = result.counts[kind]
    tally.tp += len(pairs)
    tally.fn += len(gold_items) - len(pairs)
    tally.fp += len(pred_items) - len(pairs)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, item in enumerate(gold_items):
        if i not in matched_g:
            result.error(kind, "miss", item.display)
    for j, item in enumerate(pred_items):
        if j not in matched_p:
            result.error(kind, "spurious", item.display)


def score_document(gold: Gold, doc: dict | None, output: Output) -> DocResult:
    result = DocResult(gold.path.name, gold.language, doc, gold.scored)
    doc_id = _text(doc.get("doc_id")) if doc else None
    if doc is None:
        result.error("document", "missing",
                     f"no documents.csv row for {gold.relative}: every gold entry is a miss")

    predicted_language = _text(doc.get("language")).lower() if doc else ""
    if not result.checks["language"].record(predicted_language == gold.language):
        if doc is not None:
            result.error("language", "wrong",
                         f"gold {_show(gold.language)}, got {_show(predicted_language)}")
    if not gold.scored:
        return result

    gold_published = _text(gold.data.get("published"))
    predicted_published = _text(doc.get("published")) if doc else ""
    if not result.checks["published"].record(gold_published == predicted_published):
        if doc is not None:
            result.error("published", "wrong",
                         f"gold {_show(gold_published)}, got {_show(predicted_published)}")

    def rows(table) -> list[dict]:
        return output.rows[table.name].get(doc_id, []) if doc_id else []

    # clusters, programmes, organisations
    gold_clusters = _gold_entities(gold, "clusters")
    pred_clusters = _pred_entities(rows(schemas.CLUSTERS), "cluster")
    _score_entities(result, "clusters", gold_clusters, pred_clusters)
    gold_programmes = _gold_entities(gold, "programmes")
    pred_programmes = _pred_entities(rows(schemas.PROGRAMMES), "programme")
    _score_entities(result, "programmes", gold_programmes, pred_programmes)
    gold_orgs = _gold_entities(gold, "organisations")
    pred_orgs = _pred_entities(rows(schemas.ORGANISATIONS), "organisation")
    for i, j in _score_entities(result, "organisations", gold_orgs, pred_orgs):
        g, p = gold_orgs[i].attrs, pred_orgs[j].attrs
        if not result.checks["organisations: type"].record(g["type"] == p["type"]):
            result.error("organisations", "type",
                         f"{g['name']}: gold {_show(g['type'])}, got {_show(p['type'])}")

    _score_labels(result, gold, gold_clusters, rows(schemas.LABELS), pred_clusters)
    _score_people(result, gold, rows(schemas.PEOPLE), gold_clusters + gold_orgs,
                  pred_clusters + pred_orgs)
    _score_dates(result, gold, rows(schemas.DATES))
    return result


def _label_item(cluster, tier, date, valid_until, clusters: list[Item]) -> Item:
    """A (cluster, tier) pair of gold or output, with its dates, for label matching."""
    cluster, tier, date = _text(cluster), _text(tier).lower(), _text(date)
    shown = f"{cluster} / {tier or '(no tier)'}" + (f" (awarded {date})" if date else "")
    return Item(shown, _widen(cluster, clusters), compact_key(cluster),
                {"cluster": cluster, "tier": tier, "date": date, "valid_until": _text(valid_until)})


def _score_labels(result: DocResult, gold: Gold, gold_clusters: list[Item],
                  pred_rows: list[dict], pred_clusters: list[Item]) -> None:
    gold_items = [_label_item(entry.get("cluster"), entry.get("tier"), entry.get("date"),
                              entry.get("valid_until"), gold_clusters)
                  for entry in gold.entries("labels")]
    pred_items = [_label_item(row.get("cluster"), row.get("tier"), row.get("awarded"),
                              row.get("valid_until"), pred_clusters)
                  for row in pred_rows]

    def score(g: Item, p: Item):
        if g.attrs["tier"] != p.attrs["tier"]:
            return None
        s = name_score(g.keys, p.keys)
        if not s:
            return None
        return (s, float(_year(g.attrs["date"]) == _year(p.attrs["date"])),
                float(g.attrs["date"] == p.attrs["date"]), float(g.primary == p.primary))

    pairs = match_items(gold_items, pred_items, score)
    _tally(result, "labels", gold_items, pred_items, pairs)
    for i, j in pairs:
        g, p = gold_items[i].attrs, pred_items[j].attrs
        what = f"{g['cluster']} / {g['tier']}"
        result.checks["labels: award year"].record(_year(g["date"]) == _year(p["date"]))
        if not result.checks["labels: award date"].record(g["date"] == p["date"]):
            result.error("labels", "awarded",
                         f"{what}: gold {_show(g['date'])}, got {_show(p['date'])}")
        if not result.checks["labels: valid until"].record(g["valid_until"] == p["valid_until"]):
            result.error("labels", "valid_until",
                         f"{what}: gold {_show(g['valid_until'])}, got {_show(p['valid_until'])}")


def _role_matches(gold_role: str, pred_role: str) -> bool:
    if not gold_role or not pred_role:
        return not gold_role and not pred_role
    a, b = set(name_key(gold_role).split()), set(name_key(pred_role).split())
    if a <= b or b <= a:
        return True
    return bool(name_score(keys_of([gold_role]), keys_of([pred_role])))


def _score_people(result: DocResult, gold: Gold, pred_rows: list[dict],
                  gold_bodies: list[Item], pred_bodies: list[Item]) -> None:
    gold_items = []
    for entry in gold.entries("people"):
        if isinstance(entry, str):
            entry = {"name": entry}
        name = _text(entry.get("name"))
        role, org = _text(entry.get("role")), _text(entry.get("organisation"))
        detail = ", ".join(x for x in (role, org) if x)
        gold_items.append(Item(name + (f" ({detail})" if detail else ""),
                               keys_of([name], person_key), person_key(name),
                               {"name": name, "role": role, "organisation": org}))
    pred_items = []
    for row in pred_rows:
        name = _text(row.get("person"))
        role, org = _text(row.get("role")), _text(row.get("organisation"))
        detail = ", ".join(x for x in (role, org) if x)
        pred_items.append(Item(name + (f" ({detail})" if detail else ""),
                               keys_of([name], person_key), person_key(name),
                               {"name": name, "role": role, "organisation": org}))

    def score(g: Item, p: Item):
        s = name_score(g.keys, p.keys)
        return (s,) if s else None

    pairs = match_items(gold_items, pred_items, score)
    _tally(result, "people", gold_items, pred_items, pairs)
    for i, j in pairs:
        g, p = gold_items[i].attrs, pred_items[j].attrs
        if not result.checks["people: role"].record(_role_matches(g["role"], p["role"])):
            result.error("people", "role",
                         f"{g['name']}: gold {_show(g['role'])}, got {_show(p['role'])}")
        if g["organisation"] or p["organisation"]:
            same = bool(g["organisation"] and p["organisation"] and name_score(
                _widen(g["organisation"], gold_bodies), _widen(p["organisation"], pred_bodies)))
        else:
            same = True
        if not result.checks["people: organisation"].record(same):
            result.error("people", "organisation", f"{g['name']}: gold "
                         f"{_show(g['organisation'])}, got {_show(p['organisation'])}")


def _score_dates(result: DocResult, gold: Gold, pred_rows: list[dict]) -> None:
    gold_dates = {_text(d) for d in gold.entries("dates") if _text(d)}
    pred_texts: dict[str, list[str]] = {}
    for row in pred_rows:
        value = _text(row.get("date"))
        if value:
            pred_texts.setdefault(value, []).append(_text(row.get("text")))
    tally = result.counts["dates"]
    tally.tp += len(gold_dates & pred_texts.keys())
    tally.fn += len(gold_dates - pred_texts.keys())
    tally.fp += len(pred_texts.keys() - gold_dates)
    for value in sorted(gold_dates - pred_texts.keys()):
        result.error("dates", "miss", value)
    for value in sorted(pred_texts.keys() - gold_dates):
        texts = [t for t in dict.fromkeys(pred_texts[value]) if t]
        result.error("dates", "spurious",
                     value + (f"  from {' | '.join(repr(t) for t in texts)}" if texts else ""))


def evaluate(gold_dir, output_dir, split: str = "all") -> Report:
    """Score the tables in `output_dir` against the gold files in `gold_dir` (the
    documents of one `split` only: see split_of)."""
    golds = [g for g in read_gold(Path(gold_dir)) if in_split(g.path, split)]
    output = read_output(Path(output_dir))
    results = []
    described = set()
    for gold in golds:
        doc = find_document(gold, output.documents)
        if doc is not None:
            described.add(_text(doc.get("doc_id")))
        results.append(score_document(gold, doc, output))
    unmatched = (sum(_text(d.get("doc_id")) not in described for d in output.documents)
                 if split == "all" else 0)  # the other part's documents are not "without gold"
    return Report(str(gold_dir), str(output_dir), results, unmatched, split)


# ---------------------------------------------------------------- rendering

def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render_scores(report: Report) -> str:
    n = len(report.documents)
    scored = sum(r.scored for r in report.documents)
    missing = sum(r.doc is None for r in report.documents)
    part = "" if report.split == "all" else f" ({report.split} part)"
    lines = [
        f"Evaluation of {report.output_dir} against {report.gold_dir}{part}",
        f"{n} gold documents: {scored} scored on every field (de/en), {n - scored} on "
        f"language only; {missing} without an output row"
        + (f"; {report.unmatched_outputs} output documents without gold (ignored)"
           if report.unmatched_outputs else ""),
        "",
        f"{'field':<22}{'gold':>6}{'pred':>6}{'TP':>6}{'FP':>6}{'FN':>6}"
        f"{'precision':>11}{'recall':>9}{'F1':>8}",
    ]
    lines.append("-" * len(lines[-1]))
    for name, t in report.totals.items():
        lines.append(f"{name:<22}{t.gold:>6}{t.pred:>6}{t.tp:>6}{t.fp:>6}{t.fn:>6}"
                     f"{_fmt(t.precision):>11}{_fmt(t.recall):>9}{_fmt(t.f1):>8}")
    lines += ["", f"{'accuracy':<22}{'right':>6}{'of':>6}{'accuracy':>11}"]
    lines.append("-" * len(lines[-1]))
    for name, a in report.checks.items():
        lines.append(f"{name:<22}{a.correct:>6}{a.total:>6}{_fmt(a.accuracy):>11}")
    lines += ["", "precision/recall/F1 micro-averaged over documents; the accuracies of labels, "
                  "organisations and people are over matched pairs."]
    return "\n".join(lines)


def render_sides(parts: dict[str, Report]) -> str:
    """F1 per field and the accuracies of each part side by side (tune | check | all):
    the gap between tune and check estimates what unseen releases will show."""
    names = list(parts)
    header = f"{'F1 / accuracy':<22}" + "".join(f"{n:>9}" for n in names)
    lines = [header, "-" * len(header)]
    lines.append(f"{'documents':<22}" + "".join(f"{len(parts[n].documents):>9}" for n in names))
    for field_name in FIELDS:
        lines.append(f"{field_name:<22}" + "".join(
            f"{_fmt(parts[n].totals[field_name].f1):>9}" for n in names))
    for check in CHECKS:
        lines.append(f"{check:<22}" + "".join(
            f"{_fmt(parts[n].checks[check].accuracy):>9}" for n in names))
    return "\n".join(lines)


def render_errors(report: Report) -> str:
    lines = ["Errors (miss: gold entry not found; spurious: output row not in gold; "
             "other kinds: a matched pair's value differs)", ""]
    for r in report.documents:
        if not r.errors:
            continue
        doc = (f"doc_id {_text(r.doc.get('doc_id'))}, {_text(r.doc.get('source_path'))}"
               if r.doc else "no output row")
        scope = "" if r.scored else ", language only"
        lines.append(f"{r.gold_file}  [{doc}; gold language {_show(r.gold_language)}{scope}]")
        for field_name, kind, text in r.errors:
            lines.append(f"  {field_name:<15}{kind:<13}{text}")
        lines.append("")
    if len(lines) == 2:
        lines.append("none")
    return "\n".join(lines).rstrip("\n")


# ---------------------------------------------------------------- command line

def add_arguments(parser: argparse.ArgumentParser) -> None:
    # --gold is required, but checked in main() so that its absence is the same one-line
    # error (exit 2) as a missing folder, not argparse's usage block
    parser.add_argument("--gold", default=None, metavar="DIR",
                        help="folder of *.gold.json files (required)")
    parser.add_argument("--output", default="data/processed", metavar="DIR",
                        help="folder of the pipeline's tables (default data/processed)")
    parser.add_argument("--errors", action="store_true",
                        help="also list every miss, spurious row and wrong value per document")
    parser.add_argument("--split", default="all", choices=SPLITS,
                        help="score only the tune or the check part of the gold folder "
                             "(a fixed rule on the file name); `all` (default) also prints "
                             "tune and check side by side")
    parser.add_argument("--json", default=None, metavar="FILE",
                        help="also write the scores (and per-document details) as JSON")


def main(args) -> int:
    if not getattr(args, "gold", None):
        print("error: eval needs --gold DIR, the folder of *.gold.json files", file=sys.stderr)
        return 2
    try:
        split = getattr(args, "split", "all") or "all"
        report = evaluate(Path(args.gold), Path(args.output), split)
        sides = {}
        if split == "all":
            sides = {part: evaluate(Path(args.gold), Path(args.output), part)
                     for part in ("tune", "check")}
    except EvalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render_scores(report))
    if sides and all(part.documents for part in sides.values()):
        print()
        print(render_sides({**sides, "all": report}))
    if getattr(args, "errors", False):
        print()
        print(render_errors(report))
    if getattr(args, "json", None):
        try:
            from pipeline.tables import write_json_atomic

            write_json_atomic(Path(args.json), report.as_dict())
        except OSError as exc:
            print(f"error: cannot write {args.json}: {exc}", file=sys.stderr)
            return 2
    return 0
