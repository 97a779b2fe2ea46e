"""Wall time and peak memory of a command, for the benchmark scripts."""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter: its children's peak memory is that of the measured command alone,
# and the clock runs around the command only, not around this interpreter's own start.
_MEASURE = ("import resource, subprocess, sys, time; "
            "started = time.perf_counter(); "
            "status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode; "
            "print(status, time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def measure(command: list[str], repeat: int, statuses: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Run ``command`` ``repeat`` times; return its best wall time in seconds and peak memory in MB.

    The best of several runs is the figure least disturbed by other load on the machine.
    ``statuses`` are the exit statuses that count as success (a validator exits 1 on invalid files).
    """
    timings: list[float] = []
    peaks: list[float] = []
    for _ in range(repeat):
        result = subprocess.run([sys.executable, "-c", _MEASURE, *command],
                                capture_output=True, text=True, check=True)
        status, seconds, peak_kb = result.stdout.split()
        timings.append(float(seconds))
        if int(status) not in statuses:
            raise SystemExit(f"failed ({status}): {' '.join(command[:6])} ...")
        peaks.append(int(peak_kb) / 1024)
    return min(timings), max(peaks)


def use_repository() -> None:
    """Make the measured commands run this repository's tei_tools, byte-compiled as an installed
    package is (where PYTHONDONTWRITEBYTECODE is set, every run would compile it anew)."""
    os.environ["PYTHONPATH"] = f"{REPOSITORY}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"
    compileall.compile_dir(REPOSITORY / "tei_tools", quiet=1)
