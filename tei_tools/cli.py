"""The ``tei-tools`` command line: convert, validate, export, build.

Exit status is a contract: 0 success, 1 something was invalid or failed,
2 usage or I/O error. A :class:`TeiToolsError` becomes one message line.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable
from pathlib import Path

import click

from tei_tools import __version__
from tei_tools.errors import TeiToolsError
from tei_tools.tei import parse, to_bytes, write_atomic
from tei_tools.validation import validate_bytes, validate_file
from tei_tools.validation.formats import FORMATS
from tei_tools.validation.schemas import schema_file
from tei_tools.writers import WRITERS


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


def _try_each(sources: list[str], action: Callable[[str], None]) -> list[str]:
    """Run ``action`` on every source; a failure is one error line and the batch goes on.

    Returns the sources that failed, after a summary line naming them.
    """
    failures = []
    for source in sources:
        try:
            action(source)
        except TeiToolsError as error:
            click.echo(f"tei-tools: error: {error}", err=True)
            failures.append(source)
    if failures:
        click.echo(f"tei-tools: {len(failures)} of {len(sources)} failed: {', '.join(failures)}", err=True)
    return failures


def _run_batch(sources: list[str], action: Callable[[str], None]) -> None:
    """Run ``action`` on every source (see :func:`_try_each`); exit with status 1 when any failed."""
    if _try_each(sources, action):
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


def _convert_one(source: str, output_dir: Path | None, report_dir: Path | None, encoding: str | None = None) -> None:
    # Imported here: the converter's patterns cost a third of the start-up of every other command.
    from tei_tools.readers import plaintext

    if source == "-":
        conversion = plaintext.convert_bytes(sys.stdin.buffer.read(), name="stdin", encoding=encoding)
        stem = "stdin"
    else:
        conversion = plaintext.convert_file(Path(source), encoding)
        stem = Path(source).stem
    data = to_bytes(conversion.tree)
    if output_dir is None and source == "-":
        sys.stdout.buffer.write(data)
    else:
        target = (output_dir or Path(source).parent) / f"{stem}.xml"
        write_atomic(target, data)
        click.echo(f"{source} -> {target}", err=True)
    if report_dir is not None:
        write_atomic(report_dir / f"{stem}.report.json", conversion.report.to_json().encode())
    for entry in conversion.report.warnings:
        click.echo(f"{source}:{entry.line}: warning: {entry.reason}" + (f": {entry.text}" if entry.text else ""), err=True)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the TEI files here (default: beside each source; stdout for -).")
@click.option("--report-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write each conversion report (removed lines, warnings) as NAME.report.json here.")
@click.option("--encoding", callback=_text_encoding,
              help="Decode the sources as this encoding (default: detected: byte-order mark, UTF-16, UTF-8, "
                   "else Windows-1252 or Latin-1).")
def convert(sources: tuple[str, ...], output_dir: Path | None, report_dir: Path | None, encoding: str | None) -> None:
    """Convert plain-text SOURCES (files, directories of .txt, or - for stdin) into TEI P5.

    Warnings (unlinked note markers, inconsistent dates...) are printed as
    FILE:LINE: warning: lines. Set SOURCE_DATE_EPOCH to date the conversion
    in the revision history.
    """
    _run_batch(_inputs(sources, "*.txt"), lambda source: _convert_one(source, output_dir, report_dir, encoding))


@cli.command()
@click.option("--sources", "sources_dir", default="sources", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder of plain-text sources.")
@click.option("--encoded", "encoded_dir", default="encoded", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the TEI files.")
@click.option("--archive", "archive_dir", default="archive", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the HTML and text editions.")
def build(sources_dir: Path, encoded_dir: Path, archive_dir: Path) -> None:
    """Run the main job: convert SOURCES into TEI in ENCODED, validate them against the
    project schema and rules, then export each as an HTML and a plain-text edition into ARCHIVE."""
    sources = _inputs((str(sources_dir),), "*.txt") if sources_dir.is_dir() else []
    if not sources:
        raise TeiToolsError(f"{sources_dir}: no .txt sources found")
    _run_batch(sources, lambda source: _convert_one(source, encoded_dir, None))
    encoded = _inputs((str(encoded_dir),), "*.xml")
    problems = [problem for file in encoded for problem in validate_file(Path(file))]
    if problems:
        click.echo(FORMATS["text"](problems, encoded), err=True, nl=False)
        sys.exit(1)
    _run_batch(encoded, lambda source: _export_one(source, tuple(sorted(WRITERS)), archive_dir, {}))
    click.echo(f"built: {len(sources)} converted into {encoded_dir}/ and validated, {len(encoded)} exported "
               f"as {' and '.join(sorted(WRITERS))} into {archive_dir}/", err=True)


#: export format -> suffix of the exported files
EXPORT_SUFFIXES = {"html": ".html", "text": ".txt"}


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--to", "format_name", required=True, type=click.Choice(sorted(WRITERS)),
              help="Export format: one HTML page per document, or plain text.")
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the exported files here (default: beside each source; stdout for -).")
@click.option("--width", type=click.IntRange(min=1),
              help="Wrap plain text at this many characters (default: no wrapping).")
def export(sources: tuple[str, ...], format_name: str, output_dir: Path | None, width: int | None) -> None:
    """Export TEI SOURCES (files, directories of .xml, or - for stdin) as HTML or plain text."""
    if width is not None and format_name != "text":
        raise click.UsageError("--width applies to --to text only")
    options = {"width": width} if width is not None else {}
    _run_batch(_inputs(sources, "*.xml"), lambda source: _export_one(source, (format_name,), output_dir, options))


def _export_one(source: str, format_names: tuple[str, ...], output_dir: Path | None, options: dict[str, int]) -> None:
    """Parse one TEI file once and write it in each of ``format_names``."""
    tree = parse(sys.stdin.buffer.read(), "<stdin>") if source == "-" else parse(Path(source))
    for format_name in format_names:
        data = WRITERS[format_name](tree, **options).encode("utf-8")
        if output_dir is None and source == "-":
            sys.stdout.buffer.write(data)
            continue
        stem = "stdin" if source == "-" else Path(source).stem
        target = (output_dir or Path(source).parent) / f"{stem}{EXPORT_SUFFIXES[format_name]}"
        write_atomic(target, data)
        click.echo(f"{source} -> {target}", err=True)


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
def validate(paths: tuple[str, ...], schemas: tuple[Path, ...], schema_dirs: tuple[Path, ...], format_name: str) -> None:
    """Validate TEI files (files, directories of .xml, globs, or - for stdin).

    Exit status: 0 when every file is valid, 1 when any is invalid, not
    well-formed or could not be checked (the others still are), 2 on usage errors.
    """
    for schema in schemas:
        schema_file(schema)  # a schema that cannot serve is a usage error, once, not one per file
    files = _inputs(paths, "*.xml")
    options = {"schemas": schemas, "schema_dirs": schema_dirs}
    problems = []

    def validate_one(file: str) -> None:
        if file == "-":
            problems.extend(validate_bytes(sys.stdin.buffer.read(), "<stdin>", **options))
        else:
            problems.extend(validate_file(Path(file), **options))

    failures = _try_each(files, validate_one)
    checked = ["<stdin>" if f == "-" else f for f in files if f not in failures]
    click.echo(FORMATS[format_name](problems, checked), nl=False)
    sys.exit(1 if failures or any(problem.severity == "error" for problem in problems) else 0)


def main() -> None:
    """Entry point of the ``tei-tools`` command."""
    cli(prog_name="tei-tools")
