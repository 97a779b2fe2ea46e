"""Time tei-tools export against the TEI Stylesheets (XSLT on Saxon) on the same files.

Usage: python bench/bench_export.py [--batch-size 48] [--repeat 3]

Three runs per format, each one command in a fresh process: one file (the
encoded Kirov article, else the test fixture), a batch (the 48 smallest
well-formed files of ../shared/tei-samples, like the stylesheets' own small
test files) and all of those samples (novels and plays of up to 2 MB). The
figures are wall time and the peak resident memory of the process.

The TEI Stylesheets run when Saxon-HE (Debian: libsaxonhe-java) and the
stylesheets (TEI_STYLESHEETS, or Debian's tei-xsl) are installed; otherwise
the figures measured for them earlier are printed for comparison.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import tempfile
from pathlib import Path

from measure import measure, use_repository

REPOSITORY = Path(__file__).resolve().parents[1]
SAMPLES = REPOSITORY.parent / "shared" / "tei-samples"
ONE_FILE = REPOSITORY / "encoded" / "trotsky-1934-12-on-the-kirov-assassination.xml"
FIXTURE = REPOSITORY / "tests" / "fixtures" / "export" / "letter.xml"
SAXON_JAR = Path("/usr/share/java/Saxon-HE.jar")
STYLESHEETS = Path(os.environ.get("TEI_STYLESHEETS", "/usr/share/xml/tei/stylesheet"))
XSL = {"html": "html/html.xsl", "text": "txt/tei-to-text.xsl"}

#: Earlier measurements of the TEI Stylesheets on Saxon (seconds; peak memory about 390 MB).
REFERENCE = {("html", "one file"): 3.9, ("html", "batch"): 7.7, ("text", "one file"): 1.8, ("text", "batch"): 3.8}
REFERENCE_PEAK_MB = 390


def parsed_samples() -> list[Path]:
    """The well-formed samples, in manifest order."""
    with open(SAMPLES / "manifest.tsv", encoding="utf-8") as manifest:
        return [SAMPLES / row["path"] for row in csv.DictReader(manifest, delimiter="\t") if row["well_formed"] == "yes"]


def tei_tools_command(files: list[Path], format_name: str, output: Path) -> list[str]:
    return [sys.executable, "-m", "tei_tools", "export", "--to", format_name, "-o", str(output), *map(str, files)]


def saxon_command(files: list[Path], format_name: str, output: Path) -> list[str] | None:
    """Saxon on the stylesheets: one JVM for a whole folder, as the stylesheets' own scripts do."""
    if not (SAXON_JAR.exists() and (STYLESHEETS / XSL[format_name]).exists() and shutil.which("java")):
        return None
    if len(files) == 1:
        source, target = files[0], output / f"{files[0].stem}.out"
    else:
        source, target = output / "in", output / "out"
        source.mkdir()
        for number, path in enumerate(files):
            shutil.copy(path, source / f"{number:02d}-{path.name}")
    return ["java", "-jar", str(SAXON_JAR), f"-s:{source}", f"-xsl:{STYLESHEETS / XSL[format_name]}", f"-o:{target}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch-size", type=int, default=48)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command; the best time counts")
    arguments = parser.parse_args()
    use_repository()
    sys.path.insert(0, str(REPOSITORY))
    one_file = ONE_FILE if ONE_FILE.exists() else FIXTURE
    runs = {"one file": [one_file]}
    if (SAMPLES / "manifest.tsv").exists():
        samples = parsed_samples()
        runs["batch"] = sorted(samples, key=lambda path: path.stat().st_size)[:arguments.batch_size]
        runs["all"] = samples
    for name, files in runs.items():
        megabytes = sum(path.stat().st_size for path in files) / 1e6
        print(f"{name}: {len(files)} file(s), {megabytes:.1f} MB of TEI")
    print(f"{'format':6} {'run':9} {'tei-tools s':>11} {'peak MB':>8} {'XSLT s':>8} {'peak MB':>8} {'ratio':>6}")
    for format_name in ("html", "text"):
        for name, files in runs.items():
            with tempfile.TemporaryDirectory() as folder:
                ours, our_peak = measure(tei_tools_command(files, format_name, Path(folder) / "tei-tools"),
                                         arguments.repeat)
                command = saxon_command(files, format_name, Path(folder))
                if command is not None:
                    theirs, their_peak, mark = *measure(command, arguments.repeat), " "
                elif (format_name, name) in REFERENCE:
                    theirs, their_peak, mark = REFERENCE[(format_name, name)], REFERENCE_PEAK_MB, "*"
                else:
                    print(f"{format_name:6} {name:9} {ours:11.2f} {our_peak:8.0f} {'-':>8} {'-':>8} {'-':>6}")
                    continue
            print(f"{format_name:6} {name:9} {ours:11.2f} {our_peak:8.0f} {theirs:7.2f}{mark} {their_peak:7.0f}{mark}"
                  f" {ours / theirs:6.2f}")
    if not SAXON_JAR.exists() or not STYLESHEETS.exists():
        print("* TEI Stylesheets or Saxon not installed here: their figures measured earlier "
              "(one file and a batch of 48 test files, not necessarily these)")


if __name__ == "__main__":
    main()
