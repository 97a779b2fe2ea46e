"""Run one task over many files: in worker processes, with a progress bar and a summary.

A task turns one source into an :class:`Outcome`. Tasks never print: they run
in worker processes, so everything they have to say travels back in the
outcome and the main process prints it, in input order, whatever the order
in which the workers finish. Failures are :class:`TeiToolsError`: one line
each, the batch goes on, and all of them are listed at the end.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Self

import click

from tei_tools.errors import TeiToolsError
from tei_tools.validation.problems import Problem

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

#: The most tasks waiting in the pool at once: enough to keep every worker busy,
#: few enough that a corpus of any size never has all its pending work in memory.
_QUEUED_PER_WORKER = 8

#: Sources are taken biggest first within consecutive windows of this many: the
#: load is balanced, and outcomes waiting for an earlier, smaller one to finish
#: stay few, so output keeps flowing and memory stays flat on any corpus.
_WINDOW = 256


@dataclass(frozen=True)
class Outcome:
    """What one task hands back to the main process (picklable; nothing in it is printed yet)."""

    source: str
    #: what happened, counted in the summary: "converted", "up to date", "exported"...
    status: str = "done"
    #: lines for standard error that are always shown (warnings)
    warnings: tuple[str, ...] = ()
    #: lines for standard error that ``--quiet`` hides ("a.txt -> a.xml")
    notes: tuple[str, ...] = ()
    #: bytes for standard output (a conversion or export of ``-``)
    output: bytes = b""
    #: what a validator found
    problems: tuple[Problem, ...] = ()
    #: facts about the file the command collects (a manifest entry, an index row)
    record: dict[str, str] = field(default_factory=dict)
    #: the error message when the task failed
    error: str | None = None


@dataclass
class Summary:
    """The outcomes of a batch, counted; ``failures`` lists the sources that failed."""

    files: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def line(self, label: str) -> str:
        """``label: 5 files in 1.2 s: 3 converted, 2 up to date, 0 failed``."""
        counted = [f"{count} {status}" for status, count in sorted(self.counts.items())]
        return (f"tei-tools: {label}: {self.files} file{'s' if self.files != 1 else ''} in {self.seconds:.1f} s: "
                + ", ".join([*counted, f"{len(self.failures)} failed"]))


Task = Callable[[str], Outcome]


def default_jobs() -> int:
    """The number of worker processes when ``-j`` is not given: one per core."""
    return os.cpu_count() or 1


def run_batch(task: Task, sources: Sequence[str], jobs: int, quiet: bool, label: str,
              collect: Callable[[Outcome], None] = lambda outcome: None) -> Summary:
    """Run ``task`` on every source and print what it reports; return the summary.

    ``collect`` sees every outcome, in input order, in the main process. The
    summary line (and the progress bar, on a terminal) are left out when
    ``quiet``; warnings and errors are always printed.
    """
    summary = Summary(files=len(sources))
    started = time.perf_counter()
    show_bar = not quiet and sys.stderr.isatty() and len(sources) > 1
    with click.progressbar(length=len(sources), label=label, file=sys.stderr) if show_bar else _NoBar() as bar:
        for outcome in outcomes(task, sources, jobs, on_done=lambda: bar.update(1)):
            if _report(outcome, quiet, clear_line=show_bar):
                bar.render_progress()  # under the lines just printed
            if outcome.error is None:
                summary.counts[outcome.status] = summary.counts.get(outcome.status, 0) + 1
            else:
                summary.failures.append(outcome.source)
            collect(outcome)
    summary.seconds = time.perf_counter() - started
    if not quiet:
        click.echo(summary.line(label), err=True)
    if summary.failures:
        click.echo(f"tei-tools: {label}: {len(summary.failures)} of {len(sources)} failed: "
                   f"{', '.join(summary.failures)}", err=True)
    return summary


class _NoBar:
    """Stands in for the progress bar where none is shown."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exception: object) -> None:
        return None

    def update(self, steps: int) -> None:
        return None

    def render_progress(self) -> None:
        return None


def _report(outcome: Outcome, quiet: bool, clear_line: bool) -> bool:
    """Print what an outcome says; tell whether any line went to standard error."""
    # On a terminal, a line starts by wiping the progress bar; the bar is redrawn below it.
    start = "\r\x1b[K" if clear_line else ""
    lines = [*([] if quiet else outcome.notes), *outcome.warnings]
    if outcome.error is not None:
        lines.append(f"tei-tools: error: {outcome.error}")
    for line in lines:
        click.echo(start + line, err=True)
    if outcome.output:
        sys.stdout.buffer.write(outcome.output)
        sys.stdout.flush()
    return bool(lines)


def outcomes(task: Task, sources: Sequence[str], jobs: int,
             on_done: Callable[[], None] = lambda: None) -> Iterator[Outcome]:
    """Yield the outcome of ``task`` on each source, in input order.

    With ``jobs`` above 1 the tasks run in that many worker processes (never
    more than there are sources), the biggest files first (see :data:`_WINDOW`)
    so that no worker is left with a big file at the end; ``-`` (standard input) always runs in
    this process. ``on_done`` is called as each task finishes, in any order.
    """
    workers = min(jobs, sum(1 for source in sources if source != "-"))
    if workers <= 1:
        for source in sources:
            outcome = _attempt(task, source)
            on_done()
            yield outcome
        return
    # Imported here: multiprocessing costs a tenth of the start-up of a command on one file.
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, initializer=_install, initargs=(task,)) as pool:
        yield from _in_pool(pool, task, sources, workers, on_done)


def _in_pool(pool: ProcessPoolExecutor, task: Task, sources: Sequence[str], workers: int,
             on_done: Callable[[], None]) -> Iterator[Outcome]:
    waiting = iter(submission_order(sources))
    running: dict[Future[Outcome], int] = {}
    finished: dict[int, Outcome] = {}  # done, but an earlier source is not yet
    next_index = 0
    while next_index < len(sources):
        while len(running) < workers * _QUEUED_PER_WORKER and (index := next(waiting, None)) is not None:
            running[pool.submit(_run_installed, sources[index])] = index
        if sources[next_index] == "-":
            finished[next_index] = _attempt(task, "-")
            on_done()
        if next_index not in finished:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                finished[running.pop(future)] = future.result()
                on_done()
        while next_index in finished:
            yield finished.pop(next_index)
            next_index += 1


def submission_order(sources: Sequence[str]) -> list[int]:
    """The indexes of the sources a pool works on (not ``-``), biggest first within each :data:`_WINDOW`."""
    return sorted((index for index, source in enumerate(sources) if source != "-"),
                  key=lambda index: (index // _WINDOW, -_size(sources[index])))


def _size(source: str) -> int:
    try:
        return os.path.getsize(source)
    except OSError:
        return 0  # the task reports it


def _attempt(task: Task, source: str) -> Outcome:
    try:
        return task(source)
    except TeiToolsError as error:
        return Outcome(source, error=str(error))


# The task of this worker process: sent once per worker rather than with every file,
# since it may carry data shared by all of them (the manifest of earlier conversions).
_installed: Task | None = None


def _install(task: Task) -> None:
    global _installed
    _installed = task


def _run_installed(source: str) -> Outcome:
    assert _installed is not None, "the pool's initializer installs the task"
    return _attempt(_installed, source)
