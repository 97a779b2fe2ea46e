"""The batch runner: input order whatever the workers do, failures as outcomes, the summary."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from tei_tools.batch import Outcome, Summary, outcomes, run_batch, submission_order
from tei_tools.errors import TeiToolsError


def measured(source: str) -> Outcome:
    """A task run in a worker: reports its process and the file's size; fails on 'bad' files."""
    if "bad" in source:
        raise TeiToolsError(f"{source}: bad file")
    return Outcome(source, "measured", notes=(f"{source}: {Path(source).stat().st_size}",),
                   record={"pid": str(os.getpid())})


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    """Files of very different sizes, the small ones first."""
    paths = []
    for number in range(12):
        path = tmp_path / f"{number:02d}{'-bad' if number == 5 else ''}.txt"
        path.write_text("x" * (10 + 5000 * number))
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_outcomes_come_in_input_order(files: list[str], jobs: int) -> None:
    done = []
    results = list(outcomes(measured, files, jobs, on_done=lambda: done.append(1)))
    assert [outcome.source for outcome in results] == files
    assert len(done) == len(files)
    assert results[5].error == f"{files[5]}: bad file" and results[5].status == "done"
    assert all(outcome.error is None for number, outcome in enumerate(results) if number != 5)


def test_one_job_runs_in_this_process_and_more_run_in_workers(files: list[str]) -> None:
    assert {outcome.record["pid"] for outcome in outcomes(measured, files[:3], 1)} == {str(os.getpid())}
    workers = {outcome.record["pid"] for outcome in outcomes(measured, files[6:], 2)}
    assert str(os.getpid()) not in workers and 1 <= len(workers) <= 2


def test_never_more_workers_than_files(files: list[str]) -> None:
    (single,) = outcomes(measured, files[:1], 8)
    assert single.record["pid"] == str(os.getpid())  # one file: no pool at all


def test_run_batch_prints_in_order_and_sums_up(files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    collected: list[str] = []
    summary = run_batch(measured, files, 2, quiet=False, label="measure",
                        collect=lambda outcome: collected.append(outcome.source))
    assert collected == files
    assert (summary.files, summary.counts, summary.failures) == (12, {"measured": 11}, [files[5]])
    lines = capsys.readouterr().err.splitlines()
    assert lines[:5] == [f"{file}: {Path(file).stat().st_size}" for file in files[:5]]
    assert lines[5] == f"tei-tools: error: {files[5]}: bad file"
    assert lines[-2].startswith("tei-tools: measure: 12 files in ") and lines[-2].endswith(": 11 measured, 1 failed")
    assert lines[-1] == f"tei-tools: measure: 1 of 12 failed: {files[5]}"


def test_quiet_keeps_only_errors(files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    run_batch(measured, files, 1, quiet=True, label="measure")
    assert capsys.readouterr().err.splitlines() == [f"tei-tools: error: {files[5]}: bad file",
                                                    f"tei-tools: measure: 1 of 12 failed: {files[5]}"]


def test_summary_line() -> None:
    summary = Summary(files=1, seconds=1.26, counts={"up to date": 1})
    assert summary.line("convert") == "tei-tools: convert: 1 file in 1.3 s: 1 up to date, 0 failed"


def test_biggest_files_are_submitted_first(files: list[str]) -> None:
    assert submission_order([*files, "-", str(Path(files[0]).parent / "missing.txt")]) == [*range(11, -1, -1), 13]


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_quiet(files: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for quiet, shown in ((False, True), (True, False)):
        terminal = Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        run_batch(measured, files[:3], 1, quiet=quiet, label="measure")
        assert ("measure  [" in terminal.getvalue()) is shown
        assert ("100%" in terminal.getvalue()) is shown
