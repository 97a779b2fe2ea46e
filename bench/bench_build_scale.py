"""Does `tei-tools build` scale? Build generated corpora of 1,000 and 10,000 documents.

Usage: python bench/bench_build_scale.py [--sizes 1000 10000] [--jobs N] [--sample 500]

For each size a corpus of varied plain-text documents is generated from
sources/ in a temporary folder outside the repository: each document takes
one source's header with a varied title and shifted years, and its body
paragraphs and headings reshuffled, some left out or repeated (notes stay
last). `tei-tools build` runs on it in a fresh process; the figures are wall
time, documents per second (in all and per worker), and the peak memory of the
main process and of the largest worker, which must stay flat as the corpus grows.

In the same run, on the first ``--sample`` documents, one process times the
conversion alone (plain text in memory to TEI bytes) and the time lxml needs
just to parse and serialise the same TEI output: their ratio is what the
converter costs beyond reading and writing XML at all.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from measure import measure, use_repository

REPOSITORY = Path(__file__).resolve().parents[1]
SOURCES = sorted((REPOSITORY / "sources").glob("*.txt"))

#: Runs the build in this process, then records its own peak memory and that of its
#: largest child (a worker; the pool has joined them) in the file named first.
RUNNER = """
import json, resource, sys
from tei_tools.cli import cli
try:
    cli.main(sys.argv[2:], prog_name="tei-tools")
except SystemExit as exit:
    status = exit.code or 0
with open(sys.argv[1], "w") as figures:
    json.dump({"status": status, "main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               "worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}, figures)
sys.exit(status)
"""

TITLE_PREFIXES = ("", "More on ", "Again: ", "Notes on ", "A Reply on ", "Once More on ", "Letters on ")
NOTES_HEADING = re.compile(r"^(?:Notes|Footnotes|Endnotes)\s*$", re.MULTILINE)
YEAR = re.compile(r"\b19[0-4]\d\b")


def is_heading(block: str) -> bool:
    """A short single line that does not end as a sentence does."""
    return "\n" not in block and 0 < len(block) < 100 and not block.rstrip().endswith((".", ",", ":", ";"))


def is_prose(block: str) -> bool:
    """A paragraph of running text (not a heading, signature or dateline)."""
    return len(block) >= 150


class Template:
    """A source cut into its header, its body's headings and paragraphs, and its notes."""

    def __init__(self, path: Path) -> None:
        from tei_tools.tei import parse
        from tei_tools.writers import read_metadata

        text = path.read_text(encoding="utf-8").strip()
        notes = NOTES_HEADING.search(text)
        self.notes = text[notes.start():] if notes else ""
        blocks = re.split(r"\n\s*\n", text[:notes.start()] if notes else text)
        # The header ends before the first long block of prose.
        first_prose = next(index for index, block in enumerate(blocks) if len(block) > 300)
        self.header = blocks[:first_prose]
        self.headings = [block for block in blocks[first_prose:] if is_heading(block)]
        self.paragraphs = [block for block in blocks[first_prose:] if not is_heading(block)]
        self.title = read_metadata(parse(REPOSITORY / "encoded" / f"{path.stem}.xml")).title
        self.words = re.findall(r"\b[A-Z][a-z]{4,}\b", " ".join(self.paragraphs)) or ["Documents"]

    def variant(self, rng: random.Random) -> str:
        """A new document: another title and dates, the body reshuffled and resized.

        Each heading is followed by a paragraph of prose: a heading directly over
        another heading, or over a signature, would make an empty division, which
        real texts do not have (and which the converter does not yet guard against).
        """
        shift = rng.randint(-12, 8)
        # Only prefixes: a date ending the title stays at its end.
        prefix = rng.choice([*TITLE_PREFIXES, f"{rng.choice(self.words)} and "])
        title = prefix + self.title
        header = [YEAR.sub(lambda year: str(int(year[0]) + shift), block.replace(self.title, title))
                  for block in self.header]
        paragraphs = [block for block in self.paragraphs if rng.random() < 0.85]
        paragraphs += rng.sample(self.paragraphs, k=rng.randint(0, len(self.paragraphs)))  # bigger documents
        paragraphs = paragraphs or self.paragraphs[:1]
        rng.shuffle(paragraphs)
        before_prose = [index for index in range(1, len(paragraphs)) if is_prose(paragraphs[index])]
        headings = rng.sample(self.headings, k=min(len(self.headings), len(before_prose)))
        for heading, position in zip(headings, sorted(rng.sample(before_prose, k=len(headings)), reverse=True)):
            paragraphs.insert(position, heading)
        return "\n\n".join([*header, *paragraphs, *([self.notes] if self.notes else [])]) + "\n"


def generate(folder: Path, count: int, seed: int) -> int:
    """Write ``count`` documents into ``folder``; return their total size in bytes."""
    folder.mkdir(parents=True)
    templates = [Template(path) for path in SOURCES]
    rng = random.Random(seed)
    total = 0
    for number in range(count):
        data = rng.choice(templates).variant(rng).encode("utf-8")
        (folder / f"doc-{number:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def build(corpus: Path, jobs: int) -> tuple[float, float, float]:
    """Run the build; return wall seconds, peak MB of the main process and of the largest worker."""
    figures_file = corpus / "figures.json"
    command = [sys.executable, "-c", RUNNER, str(figures_file), "build", "-q", "-j", str(jobs),
               "--sources", str(corpus / "sources"), "--encoded", str(corpus / "encoded"),
               "--archive", str(corpus / "archive")]
    seconds, _ = measure(command, repeat=1)
    figures = json.loads(figures_file.read_text())
    return seconds, figures["main"] / 1024, figures["worker"] / 1024


def conversion_against_lxml(corpus: Path, sample: int) -> tuple[float, float]:
    """Milliseconds per document: converting text in memory to TEI bytes, and lxml parsing and
    serialising that TEI, in this one process (both without file I/O)."""
    from lxml import etree

    from tei_tools.readers.plaintext import convert_bytes
    from tei_tools.tei import parse, to_bytes

    sources = sorted((corpus / "sources").glob("*.txt"))[:sample]
    texts = [(path.name, path.read_bytes()) for path in sources]
    tei = [(corpus / "encoded" / f"{path.stem}.xml").read_bytes() for path in sources]
    started = time.perf_counter()
    for name, data in texts:
        to_bytes(convert_bytes(data, name).tree)
    converting = time.perf_counter() - started
    started = time.perf_counter()
    for data in tei:
        etree.tostring(parse(data), encoding="UTF-8", xml_declaration=True)
    lxml_only = time.perf_counter() - started
    return converting / len(texts) * 1000, lxml_only / len(texts) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="corpus sizes (documents)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (-j of build)")
    parser.add_argument("--sample", type=int, default=500, help="documents timed for conversion against lxml")
    parser.add_argument("--seed", type=int, default=6)
    arguments = parser.parse_args()
    use_repository()
    sys.path.insert(0, str(REPOSITORY))
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    print(f"build -j {arguments.jobs} on {os.cpu_count()} cores; corpora generated from {len(SOURCES)} sources")
    print(f"{'docs':>6} {'MB':>5} {'wall s':>7} {'docs/s':>7} {'/core':>6} {'main MB':>8} {'worker MB':>9} "
          f"{'convert ms':>10} {'lxml ms':>8} {'ratio':>6}")
    for size in arguments.sizes:
        with tempfile.TemporaryDirectory(prefix="tei-tools-scale-") as folder:
            corpus = Path(folder)
            megabytes = generate(corpus / "sources", size, arguments.seed) / 1e6
            seconds, main_peak, worker_peak = build(corpus, arguments.jobs)
            converting, lxml_only = conversion_against_lxml(corpus, arguments.sample)
            rate = size / seconds
            print(f"{size:6d} {megabytes:5.1f} {seconds:7.1f} {rate:7.1f} {rate / arguments.jobs:6.1f} "
                  f"{main_peak:8.0f} {worker_peak:9.0f} {converting:10.2f} {lxml_only:8.3f} "
                  f"{converting / lxml_only:6.1f}", flush=True)
    print("convert ms and lxml ms: per document, one process, on the first documents of each corpus; "
          "ratio = convert / lxml parse+serialise (the issue's goal: 3 or less)")


if __name__ == "__main__":
    main()
