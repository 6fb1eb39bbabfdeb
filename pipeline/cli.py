"""Command line: python -m pipeline run|rules|eval|bench|report|db (see ../shared/CONTRACT.md)."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path


def _run(args) -> int:
    from pipeline import ruleset
    from pipeline.config import ConfigError, load_config
    from pipeline.run import RunError, run

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.rules:
        config = {**config, "rules": {**config.get("rules", {}),
                                      "dir": str(Path(args.rules).expanduser().resolve())}}
    try:  # every rule file checked before the first document
        ruleset.refresh(ruleset.folder_of(config))
    except ruleset.RuleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    from pipeline.db import FormatError, parse_formats, sync_parquet

    try:
        formats = parse_formats(args.format)
    except FormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    executor = None
    if args.executor == "dask":
        try:
            from pipeline.executors_dask import DaskExecutor
        except ImportError as exc:
            print(f"error: the dask executor needs the extra: pip install '.[dask]' ({exc})",
                  file=sys.stderr)
            return 2
        if not args.scheduler:
            print("error: --executor dask needs --scheduler ADDRESS", file=sys.stderr)
            return 2
        executor = DaskExecutor(args.scheduler)
    else:
        from pipeline.executors import LocalExecutor

        executor = LocalExecutor(args.workers)
    try:
        summary = run(Path(args.input), Path(args.output), config, full=args.full,
                      executor=executor, csv_raw=args.csv_raw)
    except (RunError, ruleset.RuleError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. the disk filled up while writing: the old tables stay whole
        print(f"error: cannot write the output: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; finished documents are kept, the next run completes the rest",
              file=sys.stderr)
        return 130
    try:
        sync_parquet(Path(args.output), "parquet" in formats)
    except OSError as exc:
        print(f"error: cannot write the Parquet tables: {exc}", file=sys.stderr)
        return 2
    print(summary.render(), file=sys.stderr)
    return 0


def _rules(args) -> int:
    """rules export DIR: the packaged rule files as a starting point; rules check [DIR]:
    load and check a rules folder (the packaged one by default)."""
    from pipeline import ruleset

    try:
        if args.action == "export":
            written = ruleset.export(Path(args.dir))
            print(f"rules: {len(written)} files written to {args.dir}; run with "
                  f"--rules {args.dir} (or rules.dir in the config)", file=sys.stderr)
        else:
            rule_set = ruleset.refresh(args.dir or None)
            print(f"rules: {rule_set.folder} loads and passes its checks", file=sys.stderr)
    except ruleset.RuleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write the rules: {exc}", file=sys.stderr)
        return 2
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr (the contract's one-line reason), exit 2.
    Subcommand parsers are of the same class."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m pipeline",
                     description="Extract clusters, labels, programmes, "
                                 "organisations, people and dates from press releases.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    commands = parser.add_subparsers(dest="command", required=True)

    run_p = commands.add_parser("run", help="process the documents of a drop into tables")
    run_p.add_argument("--input", default="data/raw", help="folder of documents (default data/raw)")
    run_p.add_argument("--output", default="data/processed", help="folder for tables (default data/processed)")
    run_p.add_argument("--workers", type=int, default=1, help="local worker processes (default 1)")
    run_p.add_argument("--full", action="store_true", help="reprocess every document")
    run_p.add_argument("--config", default=None, help="config file (default ./pipeline.toml if present)")
    run_p.add_argument("--executor", choices=["local", "dask"], default="local",
                       help="where per-document work runs (default local)")
    run_p.add_argument("--scheduler", default=None, help="Dask scheduler address, with --executor dask")
    run_p.add_argument("--format", default="csv",
                       help="table formats, comma-separated: csv (always written), parquet "
                            "(needs the analysis extra); default csv")
    run_p.add_argument("--rules", default=None,
                       help="rules folder to use instead of the packaged one (start one with "
                            "'rules export DIR'); overrides rules.dir of the config")
    run_p.add_argument("--csv-raw", action="store_true",
                       help="write text cells as they are: no apostrophe before a cell that "
                            "starts with = + - @ tab or CR (which spreadsheets would run)")
    run_p.set_defaults(func=_run)

    rules_p = commands.add_parser("rules", help="export or check a folder of rule files")
    rules_actions = rules_p.add_subparsers(dest="action", required=True)
    export_p = rules_actions.add_parser("export", help="write the packaged rules into DIR")
    export_p.add_argument("dir", metavar="DIR", help="a new or empty folder")
    check_p = rules_actions.add_parser("check", help="load and check a rules folder")
    check_p.add_argument("dir", metavar="DIR", nargs="?", default=None,
                         help="the folder (default: the packaged rules)")
    rules_p.set_defaults(func=_rules)

    for name, module, help_text in (
            ("eval", "pipeline.evaluate", "score the tables against gold annotations"),
            ("bench", "pipeline.bench", "benchmark throughput on a synthetic corpus"),
            ("report", "pipeline.report", "write the static HTML review report"),
            ("db", "pipeline.db", "build a DuckDB database of the tables with analyst views")):
        sub = commands.add_parser(name, help=help_text)
        sub.set_defaults(module=module)
        try:
            __import__(module)
            sys.modules[module].add_arguments(sub)
        except ImportError:
            sub.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if hasattr(args, "func"):
        return args.func(args)
    module = sys.modules.get(args.module)
    if module is None or not hasattr(module, "main"):
        print(f"error: {args.command} is not available in this install", file=sys.stderr)
        return 2
    return module.main(args)
