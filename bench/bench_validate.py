"""Time tei-tools validate against jing (Debian's package) on the same files, in one run.

Usage: python bench/bench_validate.py [--repeat 3]

Runs, each one command in a fresh process (cold start, schema loading included):
one small file against tei_all.rng; every sample of ../shared/tei-samples against
tei_all.rng in one process; and encoded/ against the project schema (tei-tools only).
Prints wall time, peak resident memory and the ratio tei-tools / jing.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from pathlib import Path

from measure import measure, use_repository

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = REPOSITORY.parent / "shared"
TEI_ALL = SHARED / "schemas" / "tei_all.rng"
SAMPLES = SHARED / "tei-samples"
VALIDATOR_EXITS = (0, 1)  # 1: some file is invalid, which is an answer, not a failure


def samples() -> list[Path]:
    with open(SAMPLES / "manifest.tsv", encoding="utf-8") as manifest:
        return [SAMPLES / row["path"] for row in csv.DictReader(manifest, delimiter="\t")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command; the best time counts")
    arguments = parser.parse_args()
    if not TEI_ALL.exists():
        raise SystemExit(f"needs {TEI_ALL}")
    use_repository()
    files = samples()
    small = min((f for f in files if "concordia" in str(f) or "correspdesc" in str(f)), key=lambda f: f.stat().st_size)
    runs = {"one small file": [small], f"{len(files)} samples": files}
    ours = [sys.executable, "-m", "tei_tools", "validate", "--schema", str(TEI_ALL)]
    jing = shutil.which("jing")
    print(f"{'run':16} {'MB':>5} {'tei-tools s':>11} {'peak MB':>8} {'jing s':>7} {'peak MB':>8} {'time ratio':>10}")
    for name, paths in runs.items():
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        our_time, our_peak = measure([*ours, *map(str, paths)], arguments.repeat, VALIDATOR_EXITS)
        if jing is None:
            print(f"{name:16} {megabytes:5.1f} {our_time:11.2f} {our_peak:8.0f}  (jing not installed: apt-get install jing)")
            continue
        their_time, their_peak = measure([jing, str(TEI_ALL), *map(str, paths)], arguments.repeat, VALIDATOR_EXITS)
        print(f"{name:16} {megabytes:5.1f} {our_time:11.2f} {our_peak:8.0f} {their_time:7.2f} {their_peak:8.0f}"
              f" {our_time / their_time:10.2f}")
    encoded = sorted((REPOSITORY / "encoded").glob("*.xml"))
    project_time, project_peak = measure([sys.executable, "-m", "tei_tools", "validate", *map(str, encoded)],
                                         arguments.repeat)
    print(f"encoded/ ({len(encoded)} files) against the project schema and rules: "
          f"{project_time:.2f} s, peak {project_peak:.0f} MB")


if __name__ == "__main__":
    main()
