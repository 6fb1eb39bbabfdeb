"""Throughput benchmark: `python -m pipeline bench [--docs N] [--workers K] [--json FILE]`.

Generates a synthetic drop of N German and English press releases (~400 words each,
txt/HTML/Markdown, from the invented names and sentences in benchdata/templates.toml;
the same seed gives the same bytes), runs the pipeline over it with K local workers,
then runs it again with nothing changed (the incremental no-op), and finally times
spaCy's bare tokenizer over the same cleaned texts as a yardstick. Prints a table and
the same numbers as JSON.

Words are the whitespace-separated words of the text a reader sees in the generated
documents (title, dateline, paragraphs, contact line; not markup or boilerplate).
Peak RSS is the high-water mark of this process and of the largest worker process;
the main process is also sampled while it writes the tables (and the manifest), the
phase whose memory could grow with the number of documents.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from array import array
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from html import escape
from pathlib import Path

from pipeline.config import PACKAGE_DIR, tomllib

TEMPLATES = PACKAGE_DIR / "benchdata" / "templates.toml"
DEFAULT_DOCS = 2000
DEFAULT_SEED = 0
LANGUAGE_SHARE = {"de": 0.55, "en": 0.45}
FORMAT_SHARE = {"txt": 0.7, "html": 0.2, "md": 0.1}
TARGET_WORDS = (340, 460)


# ---------------------------------------------------------------------------- corpus

@lru_cache(maxsize=1)
def load_templates() -> dict:
    return tomllib.loads(TEMPLATES.read_text(encoding="utf-8"))


def _acronym(name: str) -> str:
    letters = [w[0] for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(letters).upper()


class _Filler(dict):
    """Values of one document: fixed keys from the dict, the others drawn afresh at
    every use (so one release names several companies, dates and numbers)."""

    def __init__(self, rng: random.Random, lang: str, fixed: dict):
        super().__init__(fixed)
        self.rng, self.lang = rng, lang
        self.t, self.s = load_templates()[lang], load_templates()["shared"]

    def __missing__(self, key):
        rng, t, s = self.rng, self.t, self.s
        if key == "company":
            return f"{rng.choice(s['company_stems'])} {rng.choice(t['sectors']).title()} " \
                   f"{rng.choice(s['legal_forms'])}"
        if key == "university":
            return _fill(rng.choice(t["university_forms"]), self)
        if key == "institute":
            return _fill(rng.choice(t["institute_forms"]), self)
        if key == "public":
            return _fill(rng.choice(t["public_forms"]), self)
        if key == "org":
            return self[rng.choice(["company", "university", "institute", "public"])]
        if key == "sector":
            return rng.choice(t["sectors"])
        if key == "field":
            return rng.choice(t["fields"])
        if key == "region":
            return rng.choice(s["regions"])
        if key == "number":
            return str(rng.randint(12, 950))
        if key == "firstname":
            return rng.choice(s["firstnames"])
        if key == "lastname":
            return rng.choice(s["lastnames"])
        if key == "event_date":
            return _date(rng, self.lang, rng.randint(2010, 2026))
        if key == "month_year":
            return f"{rng.choice(t['months'])} {rng.randint(2008, 2025)}"
        raise KeyError(key)


def _fill(template: str, values: dict) -> str:
    return template.format_map(values)


def _date(rng: random.Random, lang: str, year: int) -> str:
    t = load_templates()[lang]
    month = rng.randint(1, 12)
    return rng.choice(t["date_forms"]).format(day=rng.randint(1, 28), month=t["months"][month - 1],
                                               month_number=month, year=year)


def _pick(rng: random.Random, shares: dict) -> str:
    return rng.choices(list(shares), weights=list(shares.values()))[0]


@dataclass
class Release:
    lang: str
    fmt: str
    title: str
    dateline: str
    paragraphs: list[str]
    boilerplate: list[str]

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in [self.title, self.dateline, *self.paragraphs])


def make_release(index: int, seed: int = DEFAULT_SEED) -> Release:
    """The index-th release of the corpus for `seed`; independent of every other one."""
    rng = random.Random(f"bench:{seed}:{index}")
    lang, fmt = _pick(rng, LANGUAGE_SHARE), _pick(rng, FORMAT_SHARE)
    t, s = load_templates()[lang], load_templates()["shared"]
    sector = rng.choice(t["sectors"])
    region = rng.choice(s["regions"])
    cluster = rng.choice(t["cluster_forms"]).format(sector=sector, Sector=sector.title(),
                                                    region=region)
    programme, programme_short = rng.choice(s["programmes"])
    body, body_short = rng.choice(s["bodies"])
    year = rng.randint(2012, 2025)
    awarded_year = year - rng.randint(0, 1)
    month_name = rng.choice(t["months"])
    valid_until = (f"{rng.choice(t['months'])} {awarded_year + rng.randint(2, 4)}"
                   if rng.random() < 0.5 else str(awarded_year + rng.randint(2, 4)))
    fixed = {
        "city": rng.choice(s["cities"]), "cluster": cluster, "cluster_short": _acronym(cluster),
        "tier": t["tiers"][rng.choice(["bronze", "silver", "gold"])],
        "awarded_day": _date(rng, lang, awarded_year),
        "awarded_month": f"{month_name} {awarded_year}", "valid_until": valid_until,
        "founded": str(rng.randint(1995, 2015)), "body": body, "body_short": body_short,
        "programme": programme, "programme_short": programme_short,
        "person": f"{rng.choice(s['firstnames'])} {rng.choice(s['lastnames'])}",
        "role": rng.choice(t["roles"]),
        "person2": f"{rng.choice(s['firstnames'])} {rng.choice(s['lastnames'])}",
        "role2": rng.choice(t["roles"]), "members": str(rng.randint(40, 400)),
        "year": str(rng.randint(2008, year)), "sector": sector, "Sector": sector.title(),
    }
    values = _Filler(rng, lang, fixed)
    values["date"] = _date(rng, lang, year)
    title = _fill(rng.choice(t["titles"]), values)
    dateline = _fill(t["dateline"], values)
    paragraphs = [_fill(rng.choice(t["lead"]), values)]
    target = rng.randint(*TARGET_WORDS)
    closing = [_fill(t["about"], values), _fill(t["contact"], values)]
    words = len(title.split()) + len(dateline.split()) + sum(len(p.split()) for p in paragraphs + closing)
    pool = list(t["body"])
    while words < target:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if not pool:
                pool = list(t["body"])
            sentences.append(_fill(pool.pop(rng.randrange(len(pool))), values))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    paragraphs.extend(closing)
    boilerplate = rng.sample(t["boilerplate"], rng.randint(2, 4))
    return Release(lang, fmt, title, dateline, paragraphs, boilerplate)


def render(release: Release) -> bytes:
    """The release as the bytes of a .txt, .html or .md file."""
    r = release
    if r.fmt == "html":
        nav = "".join(f"<li>{escape(b)}</li>" for b in r.boilerplate[:2])
        paras = "\n".join(f"<p>{escape(p)}</p>" for p in r.paragraphs)
        footer = " ".join(f"<span>{escape(b)}</span>" for b in r.boilerplate[2:])
        page = (f'<!DOCTYPE html>\n<html lang="{r.lang}"><head><meta charset="utf-8">'
                f"<title>{escape(r.title)}</title><style>body{{font:1em sans-serif}}</style>"
                f"<script>var tracking = true;</script></head>\n<body><header><nav><ul>{nav}"
                f"</ul></nav></header>\n<main><article><h1>{escape(r.title)}</h1>\n"
                f'<p class="dateline">{escape(r.dateline)}</p>\n{paras}\n</article></main>\n'
                f"<footer>{footer}</footer></body></html>\n")
        return page.encode("utf-8")
    if r.fmt == "md":
        parts = [f"# {r.title}", f"**{r.dateline}**", *r.paragraphs, *r.boilerplate]
        return ("\n\n".join(parts) + "\n").encode("utf-8")
    parts = [r.boilerplate[0], r.title, r.dateline, *r.paragraphs, *r.boilerplate[1:]]
    return ("\n\n".join(parts) + "\n").encode("utf-8")


@dataclass
class CorpusStats:
    n_docs: int = 0
    n_words: int = 0
    n_bytes: int = 0
    languages: dict = field(default_factory=dict)
    formats: dict = field(default_factory=dict)
    seconds: float = 0.0


def generate_corpus(folder: Path, n_docs: int, seed: int = DEFAULT_SEED) -> CorpusStats:
    """Write n_docs releases under `folder` (1,000 per subfolder), one at a time."""
    started = time.perf_counter()
    stats = CorpusStats()
    for index in range(n_docs):
        release = make_release(index, seed)
        data = render(release)
        path = folder / f"{index // 1000:03d}" / f"{index:06d}-{release.lang}.{release.fmt}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        stats.n_docs += 1
        stats.n_words += release.words
        stats.n_bytes += len(data)
        stats.languages[release.lang] = stats.languages.get(release.lang, 0) + 1
        stats.formats[release.fmt] = stats.formats.get(release.fmt, 0) + 1
    stats.seconds = time.perf_counter() - started
    return stats


# ---------------------------------------------------------------------- measurements

def peak_rss_mb() -> tuple[float, float]:
    """(this process, largest finished child) high-water RSS in MB."""
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return round(own / 2 ** 20, 1), round(children / 2 ** 20, 1)


class RssSampler:
    """This process's resident set size, sampled every `interval` seconds by a thread,
    so the peak of one phase of a run can be told (ru_maxrss knows only the whole
    process's). Samples are 16 bytes each (20,000 documents: ~0.5 MB), so the sampler
    hardly adds to what it measures. Linux only (/proc/self/statm); elsewhere empty."""

    def __init__(self, interval: float = 0.02):
        self.interval = interval
        self.times, self.rss = array("d"), array("d")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def _read(self) -> float | None:
        try:
            with open("/proc/self/statm", "rb") as handle:
                return int(handle.read().split()[1]) * self._page / 2 ** 20
        except (OSError, ValueError, IndexError):
            return None

    def _sample(self) -> None:
        while True:
            value = self._read()
            if value is None:
                return
            self.times.append(time.perf_counter())
            self.rss.append(value)
            if self._stop.wait(self.interval):
                return

    def __enter__(self) -> "RssSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        value = self._read()
        if value is not None:
            self.times.append(time.perf_counter())
            self.rss.append(value)

    def at(self, moment: float) -> float | None:
        """RSS in MB of the last sample up to `moment` (perf_counter)."""
        before = [r for t, r in zip(self.times, self.rss) if t <= moment]
        return round(before[-1], 1) if before else None

    def peak(self, start: float, end: float = float("inf")) -> float | None:
        """Highest RSS in MB sampled between `start` and `end` (perf_counter)."""
        inside = [r for t, r in zip(self.times, self.rss) if start <= t <= end]
        return round(max(inside), 1) if inside else None


def time_tokenizer(output_dir: Path) -> dict:
    """spaCy's bare tokenizer (spacy.blank(lang).tokenizer) over the cleaned texts the
    pipeline extracted from, one process; only the tokenizer calls are timed."""
    import spacy

    manifest = json.loads((output_dir / "manifest.json").read_text(encoding="utf-8"))
    tokenizers, seconds, n_docs, n_tokens = {}, 0.0, 0, 0
    for doc_id, record in sorted(manifest["docs"].items()):
        language = record.get("language")
        if record.get("status") != "ok" or language not in ("de", "en"):
            continue
        if language not in tokenizers:
            tokenizers[language] = spacy.blank(language).tokenizer
        text = (output_dir / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        started = time.perf_counter()
        n_tokens += len(tokenizers[language](text))
        seconds += time.perf_counter() - started
        n_docs += 1
    return {"docs": n_docs, "tokens": n_tokens, "seconds": round(seconds, 3)}


STAGES = ("read", "ingest", "clean", "language", "nlp", "extract")


def time_stages(input_dir: Path, config: dict, limit: int = 200) -> dict:
    """CPU milliseconds per document of each stage, in this process, over the first
    `limit` documents: where the time goes (the run adds storing results and writing
    tables). CPU time, not wall time, so other load on the machine does not count.
    Mirrors process.prepare/process_chunk; pipelines are built before timing starts."""
    from pipeline import clean, ingest, language, nlp
    from pipeline import extract as extract_stage
    from pipeline.extract.components import EXTRACTION_COMPONENTS

    paths = sorted(p for p in input_dir.rglob("*") if p.is_file())[:limit]
    lang_cfg, max_bytes = config["language"], int(config["ingest"]["max_bytes"])
    batch_size = int(config["nlp"]["batch_size"])
    seconds = dict.fromkeys(STAGES, 0.0)
    by_language: dict[str, list] = {}
    clock = time.process_time
    for path in paths:
        t0 = clock()
        raw = ingest.RawDocument(path.relative_to(input_dir).as_posix(), path.read_bytes())
        t1 = clock()
        decoded = ingest.read_document(raw, max_bytes)
        t2 = clock()
        cleaned = clean.clean(decoded.text, decoded.format)
        t3 = clock()
        lang, _ = language.detect(cleaned.text, int(lang_cfg["sample_chars"]),
                                  int(lang_cfg["min_letters"]), int(lang_cfg["seed"]))
        t4 = clock()
        for stage, took in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            seconds[stage] += took
        by_language.setdefault(lang, []).append((decoded.doc_id, cleaned.text))
    for lang, items in sorted(by_language.items()):
        if lang not in lang_cfg["extract"]:
            continue
        pipeline = nlp.get_pipeline(lang, config)
        # the extract stage's components are timed apart from the nlp stage's
        with pipeline.memory_zone(), pipeline.select_pipes(disable=list(EXTRACTION_COMPONENTS)):
            docs = pipeline.pipe(nlp.docs_of(pipeline, (text for _, text in items)), batch_size=batch_size)
            for doc_id, _ in items:
                t0 = clock()
                doc = next(docs)
                t1 = clock()
                extract_stage.extract(doc, lang, doc_id)
                seconds["nlp"] += t1 - t0
                seconds["extract"] += clock() - t1
    n = max(len(paths), 1)
    return {"docs": len(paths), "ms_per_doc": {k: round(v / n * 1000, 2) for k, v in seconds.items()}}


def time_noop_command(input_dir: Path, output_dir: Path, config_path: str | None) -> float | None:
    """Wall time of `python -m pipeline run` with nothing changed, as a user sees it:
    interpreter start and imports included. None if it did not come back as a no-op."""
    import subprocess

    command = [sys.executable, "-m", "pipeline", "run", "--input", str(input_dir),
               "--output", str(output_dir)]
    if config_path:
        command += ["--config", str(config_path)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or "processed now: 0;" not in done.stderr:
        return None
    return round(seconds, 3)


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _top_profile(stats_path: Path, limit: int = 25) -> str:
    import io
    import pstats

    out = io.StringIO()
    stats = pstats.Stats(str(stats_path), stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def run_benchmark(n_docs: int, workers: int, seed: int = DEFAULT_SEED, *, config: dict | None = None,
                  config_path: str | None = None,
                  workdir: Path | None = None, tokenizer: bool = True, stages: int = 0,
                  profile: Path | None = None, progress: bool | None = None) -> dict:
    """Generate, run, re-run, time the tokenizer; the numbers as a dict."""
    from pipeline.config import load_config
    from pipeline.executors import LocalExecutor
    from pipeline.run import run

    config = config if config is not None else load_config(config_path)
    temp = None
    if workdir is None:
        temp = tempfile.TemporaryDirectory(prefix="pipeline-bench-")
        workdir = Path(temp.name)
    try:
        input_dir, output_dir = workdir / "raw", workdir / "out"
        if output_dir.exists():
            shutil.rmtree(output_dir)
        if input_dir.exists():
            shutil.rmtree(input_dir)
        corpus = generate_corpus(input_dir, n_docs, seed)
        executor = LocalExecutor(workers)
        profiler = None
        if profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        cpu_started, started = _cpu_seconds(), time.perf_counter()
        with RssSampler() as sampler:
            first = run(input_dir, output_dir, config, full=True, executor=executor,
                        progress=progress)
        seconds = time.perf_counter() - started
        cpu_seconds = _cpu_seconds() - cpu_started
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(profile))
        rss_main, rss_worker = peak_rss_mb()
        started = time.perf_counter()
        second = run(input_dir, output_dir, config, executor=executor, progress=False)
        noop_seconds = time.perf_counter() - started
        noop_command = time_noop_command(input_dir, output_dir, config_path)
        result = {
            "docs": n_docs, "workers": workers, "seed": seed,
            "corpus": asdict(corpus),
            "run": {"seconds": round(seconds, 3),
                    "docs_per_s": round(n_docs / seconds, 1),
                    "words_per_s": round(corpus.n_words / seconds),
                    "cpu_seconds": round(cpu_seconds, 3),
                    "words_per_cpu_s": round(corpus.n_words / cpu_seconds) if cpu_seconds else None,
                    "status_counts": first.status_counts, "rows": first.rows},
            "peak_rss_mb": {"main": rss_main, "worker": rss_worker if workers > 1 else None,
                            "max": max(rss_main, rss_worker if workers > 1 else 0),
                            "main_before_tables": sampler.at(first.tables_started),
                            "main_tables": sampler.peak(first.tables_started)},
            "tables": {"seconds": round(first.tables_seconds, 3),
                       "cpu_seconds": round(first.tables_cpu_seconds, 3),
                       "cpu_ms_per_doc": round(first.tables_cpu_seconds / n_docs * 1000, 3)},
            "noop": {"seconds": round(noop_seconds, 3), "processed": second.n_processed,
                     "tables_written": second.tables_written,
                     "command_seconds": noop_command},
            "env": {"python": platform.python_version(), "machine": platform.machine(),
                    "cpus": _cpus(), "spacy": _version("spacy")},
        }
        if profile is not None:
            result["profile"] = str(profile)
        if stages:
            result["stages"] = time_stages(input_dir, config, stages)
        if tokenizer:
            tok = time_tokenizer(output_dir)
            tok["docs_per_s"] = round(tok["docs"] / tok["seconds"], 1) if tok["seconds"] else None
            tok["words_per_s"] = (round(corpus.n_words * tok["docs"] / n_docs / tok["seconds"])
                                  if tok["seconds"] and n_docs else None)
            # same texts, so the ratio of throughputs is the ratio of times
            tok["pipeline_fraction"] = (round(tok["seconds"] / seconds * n_docs / tok["docs"], 4)
                                        if tok["docs"] else None)
            result["tokenizer"] = tok
        return result
    finally:
        if temp is not None:
            temp.cleanup()


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return ""


def render_table(result: dict) -> str:
    corpus, run_ = result["corpus"], result["run"]
    rows = [
        ("documents", f"{result['docs']:,} ({_shares(corpus['languages'])}; {_shares(corpus['formats'])})"),
        ("words", f"{corpus['n_words']:,} ({corpus['n_words'] / max(result['docs'], 1):.0f} per document)"),
        ("workers", str(result["workers"])),
        ("run", f"{run_['seconds']:.2f} s"),
        ("docs/s", f"{run_['docs_per_s']:,.1f}"),
        ("words/s", f"{run_['words_per_s']:,}"),
        ("CPU time", f"{run_['cpu_seconds']:.2f} s, {run_['words_per_cpu_s'] or 0:,} words per CPU-second "
                     "(all processes)"),
        ("peak RSS", _rss(result["peak_rss_mb"])),
        ("tables phase", _tables(result)),
        ("no-op re-run", f"{result['noop']['seconds']:.2f} s in-process, "
                         f"{_seconds(result['noop'].get('command_seconds'))} as a command "
                         f"({result['noop']['processed']} processed)"),
    ]
    tok = result.get("tokenizer")
    if tok and tok.get("seconds"):
        rows.append(("tokenizer alone", f"{tok['seconds']:.2f} s, {tok['words_per_s']:,} words/s "
                                        f"(1 process)"))
        rows.append(("pipeline/tokenizer", f"{tok['pipeline_fraction']:.1%} of bare-tokenizer throughput"))
    st = result.get("stages")
    if st:
        parts = ", ".join(f"{k} {v:.1f}" for k, v in st["ms_per_doc"].items())
        rows.append(("CPU ms per document", f"{parts} (first {st['docs']} documents, 1 process)"))
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def _tables(result: dict) -> str:
    tables, rss = result["tables"], result["peak_rss_mb"]
    memory = ("" if rss.get("main_tables") is None else
              f"; main RSS {rss['main_before_tables']:.0f} MB before, peak {rss['main_tables']:.0f} MB "
              "while writing tables and manifest")
    return (f"{tables['seconds']:.2f} s, {tables['cpu_ms_per_doc']:.2f} CPU ms per document"
            f"{memory}")


def _seconds(value) -> str:
    return "n/a" if value is None else f"{value:.2f} s"


def _shares(counts: dict) -> str:
    return ", ".join(f"{key} {value}" for key, value in sorted(counts.items()))


def _rss(rss: dict) -> str:
    if rss.get("worker") is None:
        return f"{rss['main']:.0f} MB"
    return f"{rss['max']:.0f} MB (main {rss['main']:.0f} MB, largest worker {rss['worker']:.0f} MB)"


# ---------------------------------------------------------------------------- cli

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS,
                        help=f"synthetic documents to generate (default {DEFAULT_DOCS})")
    parser.add_argument("--workers", type=int, default=1, help="local worker processes (default 1)")
    parser.add_argument("--json", default=None, metavar="FILE", help="also write the numbers to FILE")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed (default 0)")
    parser.add_argument("--config", default=None, help="config file (default ./pipeline.toml if present)")
    parser.add_argument("--workdir", default=None, metavar="DIR",
                        help="generate and process in DIR and keep it (default: a temp folder, removed)")
    parser.add_argument("--no-tokenizer", action="store_true", help="skip the bare-tokenizer yardstick")
    parser.add_argument("--stages", type=int, default=0, metavar="N",
                        help="also time each stage on the first N documents (ms per document)")
    parser.add_argument("--profile", default=None, metavar="FILE",
                        help="cProfile the first run (in-process part) into FILE and print its top items")


def main(args) -> int:
    from pipeline.config import ConfigError, load_config

    if args.docs < 1 or args.workers < 1:
        print("error: --docs and --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    workdir = Path(args.workdir) if args.workdir else None
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=True)
    profile = Path(args.profile) if args.profile else None
    result = run_benchmark(args.docs, args.workers, args.seed, config=config,
                           config_path=args.config, workdir=workdir,
                           tokenizer=not args.no_tokenizer, stages=max(args.stages, 0),
                           profile=profile)
    print(render_table(result))
    if profile is not None:
        print(_top_profile(profile))
    text = json.dumps(result, sort_keys=True)
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0
