"""Wall time and peak memory of a command, for the benchmark scripts."""

from __future__ import annotations

import subprocess
import sys
import time

# Run in a fresh interpreter: its children's peak memory is that of the measured command alone.
_MEASURE = ("import resource, subprocess, sys; "
            "status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode; "
            "print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def measure(command: list[str], repeat: int, statuses: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Run ``command`` ``repeat`` times; return its best wall time in seconds and peak memory in MB.

    The best of several runs is the figure least disturbed by other load on the machine.
    ``statuses`` are the exit statuses that count as success (a validator exits 1 on invalid files).
    """
    timings: list[float] = []
    peaks: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", _MEASURE, *command],
                                capture_output=True, text=True, check=True)
        timings.append(time.perf_counter() - started)
        status, peak_kb = result.stdout.split()
        if int(status) not in statuses:
            raise SystemExit(f"failed ({status}): {' '.join(command[:6])} ...")
        peaks.append(int(peak_kb) / 1024)
    return min(timings), max(peaks)
