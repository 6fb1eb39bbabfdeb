"""The command line as a user meets it, in real subprocesses: exit codes, one-line
reasons on stderr, the summary, and the progress bar (on a terminal only)."""
from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from pipeline.schemas import TABLES

ROOT = Path(__file__).resolve().parents[1]


def german(n: int) -> str:
    return (f"Leipzig, 03.04.2019\n\nMitteilung {n}\n\nDas Netzwerk Energietechnik Mitte hat "
            f"seine Arbeit im Jahr 2014 aufgenommen und verbindet heute viele Unternehmen und "
            f"Institute der Region (Folge {n}).\n")


def make_drop(folder: Path, n_good: int, n_empty: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_good):
        (folder / f"doc{i}.txt").write_text(german(i), encoding="utf-8")
    for i in range(n_empty):
        (folder / f"empty{i}.txt").write_bytes(b"")
    return folder


def env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env(),
                          capture_output=True, text=True, timeout=120)


def cli_on_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run with stderr on a 24x100 pseudo-terminal; returns (exit code, what it showed)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env(),
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        shown += data
    os.close(master)
    return proc.wait(timeout=120), shown.decode("utf-8", "replace")


def assert_summary(stderr: str, ok: int, skipped: int, error: int, documents: int) -> None:
    assert f"{ok} ok, {skipped} skipped, {error} error" in stderr
    rows_line = next(line for line in stderr.splitlines() if line.startswith("rows:"))
    for table in TABLES:
        assert f"{table.name} " in rows_line
    assert f"documents {documents}" in rows_line
    assert any(line.startswith("time:") and line.rstrip().endswith(" s")
               for line in stderr.splitlines())


def test_run_with_failed_documents_exits_0_with_summary_and_no_bar(tmp_path):
    raw = make_drop(tmp_path / "raw", n_good=7, n_empty=1)
    done = cli("run", "--input", "raw", "--output", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert_summary(done.stderr, ok=7, skipped=0, error=1, documents=8)
    assert "processed now: 8" in done.stderr
    # stderr is a pipe here: no progress bar, no carriage returns, nothing but the summary
    assert "\r" not in done.stderr and "doc/s" not in done.stderr and "%|" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 3
    for table in TABLES:
        assert (tmp_path / "out" / table.filename).is_file()

    mtimes = {t.filename: (tmp_path / "out" / t.filename).stat().st_mtime_ns for t in TABLES}
    again = cli("run", "--input", "raw", "--output", "out", cwd=tmp_path)
    assert again.returncode == 0
    assert "processed now: 0" in again.stderr
    assert_summary(again.stderr, ok=7, skipped=0, error=1, documents=8)
    assert mtimes == {t.filename: (tmp_path / "out" / t.filename).stat().st_mtime_ns
                      for t in TABLES}

    (raw / "doc0.txt").unlink()
    full = cli("run", "--input", "raw", "--output", "out", "--full", cwd=tmp_path)
    assert full.returncode == 0
    assert "processed now: 7" in full.stderr
    assert_summary(full.stderr, ok=6, skipped=0, error=1, documents=7)


def test_progress_bar_on_a_terminal_for_more_than_a_handful(tmp_path):
    make_drop(tmp_path / "raw", n_good=8)
    code, shown = cli_on_terminal("run", "--input", "raw", "--output", "out", cwd=tmp_path)
    assert code == 0, shown
    assert "/8" in shown and "doc" in shown and "%" in shown  # e.g. " 50%|████ | 4/8 [...doc/s]"
    assert_summary(shown.replace("\r\n", "\n"), ok=8, skipped=0, error=0, documents=8)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("n_docs, shows_bar", [(3, False), (5, False), (6, True)])
def test_bar_only_for_more_than_a_handful(tmp_path, monkeypatch, config, n_docs, shows_bar):
    """In this process (cheap): the run decides on the bar as the command line does
    (progress=None) when stderr is a terminal."""
    from pipeline.executors import LocalExecutor
    from pipeline.run import run

    make_drop(tmp_path / "raw", n_good=n_docs)
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    run(tmp_path / "raw", tmp_path / "out", config, executor=LocalExecutor(1), progress=None)
    shown = terminal.getvalue()
    assert (f"/{n_docs}" in shown and "doc" in shown) is shows_bar, shown


def _file(tmp_path: Path) -> str:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    return "a-file"


@pytest.mark.parametrize("args, reason", [
    (["--input", "missing", "--output", "out"], "not found"),
    (["--input", "{file}", "--output", "out"], "not a folder"),
    (["--input", "raw", "--output", "{file}/out"], "not writable"),
    (["--input", "raw", "--output", "{file}"], "not writable"),
    (["--input", "raw", "--output", "out", "--workers", "0"], "--workers"),
    (["--input", "raw", "--output", "out", "--workers", "-2"], "--workers"),
    (["--input", "raw", "--output", "out", "--workers", "many"], "invalid int value"),
    (["--input", "raw", "--output", "out", "--config", "missing.toml"], "missing.toml"),
    (["--input", "raw", "--output", "out", "--no-such-option"], "unrecognized arguments"),
], ids=["missing-input", "input-is-file", "output-under-file", "output-is-file", "workers-0",
        "workers-negative", "workers-not-int", "missing-config", "unknown-option"])
def test_run_that_cannot_go_on_exits_nonzero_with_one_line(tmp_path, args, reason):
    make_drop(tmp_path / "raw", n_good=1)
    args = [a.replace("{file}", _file(tmp_path)) for a in args]
    done = cli("run", *args, cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "error" in lines[0] and reason in lines[0]
    assert not (tmp_path / "out" / "documents.csv").exists()
    assert done.stdout == ""


def test_missing_model_logs_one_line_and_the_run_completes(tmp_path):
    make_drop(tmp_path / "raw", n_good=4)
    (tmp_path / "custom.toml").write_text('[nlp]\nmodels = { de = "no_such_model_xyz" }\n',
                                          encoding="utf-8")
    # two worker processes: still one line, not one per worker
    done = cli("run", "--input", "raw", "--output", "out", "--config", "custom.toml",
               "--workers", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    mentions = [line for line in done.stderr.splitlines() if "no_such_model_xyz" in line]
    assert len(mentions) == 1 and "blank" in mentions[0]
    assert_summary(done.stderr, ok=4, skipped=0, error=0, documents=4)


def test_ctrl_c_stops_with_one_line_and_keeps_the_old_tables(tmp_path, run_pipeline):
    import signal
    import time

    raw = make_drop(tmp_path / "raw", n_good=2)
    run_pipeline(raw, tmp_path / "out")  # in this process, with the same default config
    before = {t.filename: (tmp_path / "out" / t.filename).read_bytes() for t in TABLES}
    for i in range(2, 60):
        (raw / f"doc{i}.txt").write_text(german(i), encoding="utf-8")
    # small chunks, so that finished documents are stored early and the signal lands midway
    command = ("import sys, pipeline.run as r; r.CHUNK_SIZE = 2; "
               "from pipeline.cli import main; sys.exit(main(sys.argv[1:]))")
    proc = subprocess.Popen([sys.executable, "-c", command, "run", "--input", "raw",
                             "--output", "out"], cwd=tmp_path, env=env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            # as a terminal's Ctrl-C finds it, even when pytest itself runs in
                            # the background (where the shell has it ignore SIGINT)
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(list((tmp_path / "out" / ".cache").glob("*.json"))) <= 2:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert len(stderr.strip().splitlines()) == 1 and "interrupted" in stderr, stderr
    assert before == {t.filename: (tmp_path / "out" / t.filename).read_bytes() for t in TABLES}
    resumed = run_pipeline(raw, tmp_path / "out")
    assert resumed.status_counts == {"ok": 60}
    assert resumed.n_processed < 58  # what finished before Ctrl-C is kept
