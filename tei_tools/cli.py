"""The ``tei-tools`` command line: convert, validate, export, build.

Exit status is a contract: 0 success, 1 something was invalid or failed,
2 usage or I/O error. A :class:`TeiToolsError` becomes one message line.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import click

from tei_tools import __version__, manifest
from tei_tools.batch import Outcome, Summary, default_jobs, run_batch
from tei_tools.errors import TeiToolsError
from tei_tools.tei import open_atomic, parse, read_file, to_bytes, write_atomic
from tei_tools.validation import (
    Problem,
    check_bytes,
    prepare,
    validate_bytes,
    validate_file,
)
from tei_tools.validation.formats import FORMATS
from tei_tools.validation.schemas import schema_file
from tei_tools.writers import SUFFIXES, WRITERS, read_metadata
from tei_tools.writers.index import Work, index_writer

if TYPE_CHECKING:
    from tei_tools.readers.plaintext import Conversion


class _Group(click.Group):
    """A click group that reports :class:`TeiToolsError` as one line, not a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TeiToolsError as error:
            click.echo(f"tei-tools: error: {error}", err=True)
            ctx.exit(error.exit_code)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="tei-tools")
def cli() -> None:
    """Encode plain texts as TEI P5, validate TEI, export editions."""


def _inputs(sources: tuple[str, ...], pattern: str) -> list[str]:
    """Expand directories into their files matching ``pattern`` and glob patterns into the
    files they match; keep files and ``-`` (stdin) as given."""
    expanded: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            expanded += sorted(str(child) for child in path.glob(pattern))
        elif not path.exists() and glob.has_magic(source):
            expanded += sorted(glob.glob(source, recursive=True))
        else:
            expanded.append(source)
    return expanded


def batch_options(command: Callable[..., None]) -> Callable[..., None]:
    """Add the options every batch command shares: ``-j/--jobs`` and ``-q/--quiet``."""
    command = click.option("-q", "--quiet", is_flag=True,
                           help="No progress bar, summary or per-file lines: only warnings and errors.")(command)
    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="all cores",
                        help="Worker processes (1: work in this process).")(command)


def _exit_if_failed(*summaries: Summary) -> None:
    if any(summary.failures for summary in summaries):
        sys.exit(1)


def _text_encoding(ctx: click.Context, param: click.Parameter, name: str | None) -> str | None:
    """Check an --encoding value: a usage error unless Python knows it as a text encoding."""
    if name is not None:
        try:
            b"\n".decode(name)  # LookupError for unknown names and for codecs such as base64
        except LookupError:
            raise click.BadParameter(f"unknown text encoding {name!r} (e.g. utf-8, utf-16, cp1252, latin-1)") from None
        except UnicodeDecodeError:
            pass  # a text encoding whose characters take more than one byte (UTF-16, UTF-32)
    return name


#: conversion report format -> (file suffix, how a Report renders in it)
REPORT_FORMATS = {"json": (".report.json", "to_json"), "text": (".report.txt", "to_text")}


# ---- convert -------------------------------------------------------------------


@dataclass(frozen=True)
class _ConvertOptions:
    """What a conversion is asked for, beyond the source itself."""

    output_dir: Path | None = None
    report_dir: Path | None = None
    report_format: str | None = None
    profile: str = "auto"
    meta: dict[str, object] = field(default_factory=dict)
    force: bool = False
    encoding: str | None = None

    def record(self) -> dict[str, str]:
        """The options that change the output, for the manifest (none when they are the defaults)."""
        given = {"profile": self.profile} if self.profile != "auto" else {}
        if self.meta:
            given["meta"] = json.dumps(self.meta, sort_keys=True, default=str)
        if self.encoding:
            given["encoding"] = self.encoding
        return given


def _convert_one(source: str, options: _ConvertOptions, recorded: dict[str, dict[str, manifest.Entry]]) -> Outcome:
    """Convert one source, unless its output is up to date; never overwrite an edited output unless forced.

    ``recorded`` holds the manifest of every output folder (folder -> file name -> entry).
    """
    # Imported here: the converter's patterns cost a third of the start-up of every other command.
    from tei_tools.readers import plaintext

    given = {"--meta": options.meta} if options.meta else {}
    if source == "-":
        conversion = plaintext.convert_bytes(sys.stdin.buffer.read(), name="stdin", profile=options.profile, meta=given,
                                             encoding=options.encoding)
        data = to_bytes(conversion.tree)
        messages = _messages(source, "stdin", conversion, options)
        if options.output_dir is None:
            return Outcome(source, "converted", messages, output=data)
        write_atomic(options.output_dir / "stdin.xml", data)
        return Outcome(source, "converted", messages, notes=(f"{source} -> {options.output_dir / 'stdin.xml'}",))
    path = Path(source)
    try:
        inputs = {**manifest.inputs_of(path, path.read_bytes()), **options.record()}
    except OSError as error:
        raise TeiToolsError(f"{path}: cannot read: {error.strerror or error}") from error
    target = (options.output_dir or path.parent) / f"{path.stem}.xml"
    previous = recorded.get(str(target.parent), {}).get(target.name)
    existing = target.read_bytes() if target.is_file() else None
    # A report asked for needs the conversion: only its output is then left as it is.
    wants_report = options.report_dir is not None or options.report_format is not None
    if not options.force and not wants_report and manifest.is_up_to_date(inputs, previous, existing):
        return Outcome(source, "up to date", record={**inputs, **(previous or {}), "target": str(target)})
    conversion = plaintext.convert_file(path, options.profile, given, options.encoding)
    data = to_bytes(conversion.tree)
    manifest.check_overwrite(target, previous, existing, data, options.force)
    record = {**inputs, "output_sha256": manifest.sha256(data), "target": str(target)}
    messages = _messages(source, path.stem, conversion, options)
    if data == existing:
        return Outcome(source, "up to date", messages, record=record)
    write_atomic(target, data)
    return Outcome(source, "converted", messages, (f"{source} -> {target}",), record=record)


def _messages(source: str, stem: str, conversion: Conversion, options: _ConvertOptions) -> tuple[str, ...]:
    """The conversion's warnings, and its report when asked for (the report is written to
    ``--report-dir`` when one is given, else returned to be printed)."""
    report: tuple[str, ...] = ()
    if options.report_dir is not None or options.report_format:
        suffix, render = REPORT_FORMATS[options.report_format or "json"]
        text = getattr(conversion.report, render)()
        if options.report_dir is not None:
            write_atomic(options.report_dir / f"{stem}{suffix}", text.encode())
        else:
            report = (text.rstrip("\n"),)
    return (*report, *(f"{source}:{entry.line}: warning: {entry.reason}" + (f": {entry.text}" if entry.text else "")
                       for entry in conversion.report.warnings))


def _convert_batch(sources: list[str], options: _ConvertOptions, jobs: int, quiet: bool) -> Summary:
    """Convert ``sources`` and bring the manifest of every output folder up to date."""
    folders = {str(options.output_dir or Path(source).parent) for source in sources if source != "-"}
    recorded = {folder: manifest.load(Path(folder)) for folder in folders}
    changed: set[str] = set()

    def collect(outcome: Outcome) -> None:
        # Workers read their copy of ``recorded``: updating this one is safe (and with -j 1,
        # each file's entry is read by its own task only, before this).
        if outcome.record:
            entry = dict(outcome.record)
            target = Path(entry.pop("target"))
            folder = recorded[str(target.parent)]
            if folder.get(target.name) != entry:
                folder[target.name] = entry
                changed.add(str(target.parent))

    task = partial(_convert_one, options=options, recorded=recorded)
    summary = run_batch(task, sources, jobs, quiet, "convert", collect)
    for folder in sorted(changed):
        manifest.save(Path(folder), recorded[folder])
    return summary


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the TEI files here (default: beside each source; stdout for -).")
@click.option("--report-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write each conversion report as NAME.report.json (or .report.txt with --report text) here.")
@click.option("--report", "report_format", type=click.Choice(sorted(REPORT_FORMATS)),
              help="Print each conversion report (recognised, removed, warnings) to stderr, or to --report-dir.")
@click.option("--profile", default="auto", show_default=True,
              help="The kind of source: gutenberg (Project Gutenberg books), muse (Amusewiki texts), archive (archive pages), web (web pages "
                   "with chrome at the foot), prose; "
                   "auto detects it.")
@click.option("--meta", "meta", multiple=True, metavar="KEY=VALUE",
              help="A header field (title, author, translator, editor, date, published, source, publisher, "
                   "licence, language, subtitle); repeatable; overrides NAME.toml beside the source.")
@click.option("--force", is_flag=True,
              help="Convert every source again, replacing outputs even when they were edited by hand.")
@click.option("--encoding", callback=_text_encoding,
              help="Decode the sources as this encoding (default: detected: byte-order mark, UTF-16, UTF-8, "
                   "else Windows-1252 or Latin-1).")
@batch_options
def convert(sources: tuple[str, ...], output_dir: Path | None, report_dir: Path | None, report_format: str | None,
            profile: str, meta: tuple[str, ...], force: bool, encoding: str | None, jobs: int, quiet: bool) -> None:
    """Convert plain-text SOURCES (files, directories of .txt, or - for stdin) into TEI P5.

    Header fields may be given in NAME.toml beside NAME.txt (see docs/converter.md) and with
    --meta. Warnings (unlinked note markers, inconsistent dates...) are printed as
    FILE:LINE: warning: lines. Set SOURCE_DATE_EPOCH to date the conversion
    in the revision history.

    What was generated is recorded in .tei-tools.json in the output folder:
    a source whose output is up to date is skipped, and an output edited
    since it was generated is not overwritten (a failure) unless --force.
    """
    from tei_tools.readers.profiles import PROFILES
    from tei_tools.readers.sidecar import parse_meta

    if profile != "auto" and profile not in PROFILES:
        raise click.BadParameter(f"{profile!r} is not one of auto, {', '.join(PROFILES)}", param_hint="--profile")
    options = _ConvertOptions(output_dir, report_dir, report_format, profile, parse_meta(meta), force, encoding)
    _exit_if_failed(_convert_batch(_inputs(sources, "*.txt"), options, jobs, quiet))


# ---- export ------------------------------------------------------------------


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--to", "format_name", required=True, type=click.Choice(sorted(WRITERS)),
              help="Export format: an HTML page, plain text, or the metadata as JSON or Dublin Core (OAI-DC XML).")
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the exported files here (default: beside each source; stdout for -).")
@click.option("--width", type=click.IntRange(min=1),
              help="Wrap plain text at this many characters (default: no wrapping).")
@batch_options
def export(sources: tuple[str, ...], format_name: str, output_dir: Path | None, width: int | None,
           jobs: int, quiet: bool) -> None:
    """Export TEI SOURCES (files, directories of .xml, or - for stdin) as HTML, plain text, JSON or Dublin Core."""
    if width is not None and format_name != "text":
        raise click.UsageError("--width applies to --to text only")
    options = {"width": width} if width is not None else {}
    task = partial(_export_one, format_name=format_name, output_dir=output_dir, options=options)
    _exit_if_failed(run_batch(task, _inputs(sources, "*.xml"), jobs, quiet, "export"))


def _export_one(source: str, format_name: str, output_dir: Path | None, options: dict[str, int]) -> Outcome:
    tree = parse(sys.stdin.buffer.read(), "<stdin>") if source == "-" else parse(Path(source))
    data = WRITERS[format_name](tree, **options).encode("utf-8")
    if output_dir is None and source == "-":
        return Outcome(source, "exported", output=data)
    stem = "stdin" if source == "-" else Path(source).stem
    target = (output_dir or Path(source).parent) / f"{stem}{SUFFIXES[format_name]}"
    write_atomic(target, data)
    return Outcome(source, "exported", notes=(f"{source} -> {target}",))


# ---- validate ----------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--schema", "schemas", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Validate against this .rng, .xsd or .sch (repeatable). Default: the document's "
                   "<?xml-model?> schemas, else the tei-tools project schema and rules.")
@click.option("--schema-dir", "schema_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of local schema copies: schemas named by URL resolve here by file name "
                   "(repeatable; also $TEI_TOOLS_SCHEMA_PATH). Nothing is fetched from the network.")
@click.option("--format", "format_name", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
              help="Output: FILE:LINE:COLUMN: severity: message lines, JSON, JUnit XML or GitHub annotations.")
@batch_options
def validate(paths: tuple[str, ...], schemas: tuple[Path, ...], schema_dirs: tuple[Path, ...], format_name: str,
             jobs: int, quiet: bool) -> None:
    """Validate TEI files (files, directories of .xml, globs, or - for stdin).

    Exit status: 0 when every file is valid, 1 when any is invalid or not
    well-formed, 2 on usage or I/O errors (the other files are still reported).
    """
    for schema in schemas:
        schema_file(schema)  # a usage error is one message, not one per file
    files = _inputs(paths, "*.xml")
    if jobs > 1 and len(files) > 1:
        prepare(schemas)  # once here, not in every worker
    problems: list[Problem] = []
    task = partial(_validate_one, schemas=schemas, schema_dirs=schema_dirs)
    summary = run_batch(task, files, jobs, quiet, "validate", lambda outcome: problems.extend(outcome.problems))
    checked = ["<stdin>" if file == "-" else file for file in files if file not in summary.failures]
    click.echo(FORMATS[format_name](problems, checked), nl=False)
    if summary.failures:
        sys.exit(2)
    sys.exit(1 if any(problem.severity == "error" for problem in problems) else 0)


def _validate_one(source: str, schemas: tuple[Path, ...], schema_dirs: tuple[Path, ...]) -> Outcome:
    if source == "-":
        problems = validate_bytes(sys.stdin.buffer.read(), "<stdin>", schemas=schemas, schema_dirs=schema_dirs)
    else:
        problems = validate_file(Path(source), schemas=schemas, schema_dirs=schema_dirs)
    invalid = any(problem.severity == "error" for problem in problems)
    return Outcome(source, "invalid" if invalid else "valid", problems=tuple(problems))


# ---- build -------------------------------------------------------------------


@cli.command()
@click.option("--sources", "sources_dir", default="sources", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder of plain-text sources.")
@click.option("--encoded", "encoded_dir", default="encoded", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the TEI files.")
@click.option("--archive", "archive_dir", default="archive", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the archive.")
@click.option("--force", is_flag=True,
              help="Convert every source again, replacing encoded files even when they were edited by hand.")
@batch_options
def build(sources_dir: Path, encoded_dir: Path, archive_dir: Path, force: bool, jobs: int, quiet: bool) -> None:
    """Run the main job: convert SOURCES into TEI in ENCODED, validate them against the
    project schema and rules, and write the ARCHIVE: an index.html to sort and filter
    the works, and each work as HTML, plain text, TEI, JSON and Dublin Core metadata.

    Sources whose encoding is up to date are skipped; encoded files edited by hand
    are kept (a failure) unless --force. Invalid encoded files are left out of the archive.
    """
    sources = _inputs((str(sources_dir),), "*.txt") if sources_dir.is_dir() else []
    if not sources:
        raise TeiToolsError(f"{sources_dir}: no .txt sources found")
    converted = _convert_batch(sources, _ConvertOptions(output_dir=encoded_dir, force=force), jobs, quiet)
    encoded = _inputs((str(encoded_dir),), "*.xml")
    if jobs > 1 and len(encoded) > 1:
        prepare()  # the project schema, once here, not in every worker
    works = 0
    # The index is written as the works come: nothing of them is kept in memory.
    with open_atomic(archive_dir / "index.html") as stream, index_writer(stream) as add_work:

        def collect(outcome: Outcome) -> None:
            nonlocal works
            for problem in outcome.problems:
                click.echo(str(problem), err=True)
            if outcome.error is None:
                add_work(_work(outcome.record))
                works += 1

        archived = run_batch(partial(_archive_one, archive_dir=archive_dir), encoded, jobs, quiet, "archive", collect)
    if not quiet:
        click.echo(f"tei-tools: built {archive_dir / 'index.html'}: {works} of {len(encoded)} works "
                   f"({converted.counts.get('converted', 0)} converted, {converted.counts.get('up to date', 0)} "
                   f"up to date, {len(converted.failures) + len(archived.failures)} failed)", err=True)
    _exit_if_failed(converted, archived)


#: The files of each work in the archive, as linked from the index: label and export format
#: (``tei`` is the encoded file itself).
ARCHIVE_FILES = (("HTML", "html"), ("text", "text"), ("TEI", "tei"), ("JSON", "json"), ("Dublin Core", "dc"))


def _archive_one(source: str, archive_dir: Path) -> Outcome:
    """Validate one encoded file and, when it is valid, write it into the archive in every format."""
    path = Path(source)
    data = read_file(path)
    tree, found = check_bytes(data, source, document=path)  # one parse serves the validation and every format
    problems = tuple(found)
    if tree is None or any(problem.severity == "error" for problem in problems):
        return Outcome(source, problems=problems, error=f"{source}: invalid TEI, left out of the archive")
    for format_name, writer in WRITERS.items():
        write_atomic(archive_dir / f"{path.stem}{SUFFIXES[format_name]}", writer(tree).encode("utf-8"))
    write_atomic(archive_dir / path.name, data)
    metadata = read_metadata(tree)
    record = {"name": path.stem, "title": metadata.title, "author": "; ".join(metadata.authors),
              "date": metadata.date, "source": metadata.source}
    return Outcome(source, "archived", problems=problems, notes=(f"{source} -> {archive_dir}/{path.stem}.*",),
                   record=record)


def _work(record: dict[str, str]) -> Work:
    """The index row of an archived work."""
    suffixes = {**SUFFIXES, "tei": ".xml"}
    links = tuple((label, quote(record["name"] + suffixes[format_name])) for label, format_name in ARCHIVE_FILES)
    return Work(record["title"], record["author"], record["date"], record["source"], links)


def main() -> None:
    """Entry point of the ``tei-tools`` command."""
    cli(prog_name="tei-tools")
