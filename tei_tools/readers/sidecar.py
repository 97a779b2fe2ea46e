"""Header fields given beside a text: ``NAME.toml`` next to ``NAME.txt``, or ``--meta KEY=VALUE``.

Both use the same keys (:data:`KEYS`) and the same checks; a field given here
replaces what the text itself states about it. A person is ``"Name"`` or
``"Name <authority URI>"`` (or a TOML table ``{name = "...", ref = "..."}``);
``viaf:NNN`` and ``wikidata:QNNN`` are short for their URIs.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tei_tools.errors import TeiToolsError
from tei_tools.readers.language import LANGUAGES
from tei_tools.readers.preamble import Field, Metadata
from tei_tools.readers.report import Report

#: key -> what it holds (the documentation of the keys and the hint of their errors)
KEYS: dict[str, str] = {
    "title": "the main title",
    "subtitle": "a subtitle",
    "author": "an author: a person, or a list of persons",
    "translator": "a translator: a person, or a list of persons",
    "editor": "an editor: a person, or a list of persons",
    "date": "when the text was written, as YYYY, YYYY-MM or YYYY-MM-DD",
    "published": "the first publication, as a reference (\"The Militant, 1 March 1930\")",
    "source": "the source the text was taken from, as a reference",
    "publisher": "the publisher of that source",
    "licence": "the licence under which the text may be used",
    "language": "the language of the text, as a BCP 47 tag (en, de, pt-BR)",
}
PERSON_KEYS = {"author", "translator", "editor"}
#: a person key -> the field kind of its credit (authors are not credits)
CREDIT_KINDS = {"translator": ("credit:trl", "Translated by"), "editor": ("credit:edt", "Edited by")}
#: the other keys -> the field kind they replace
FIELD_KINDS = {"date": "written", "published": "published", "source": "source", "publisher": "publisher", "licence": "licence"}
LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$")
PERSON = re.compile(r"^(?P<name>[^<>]+?)\s*(?:<(?P<ref>[^<>\s]+)>)?$")
AUTHORITY_PREFIXES = {"viaf": "https://viaf.org/viaf/", "wikidata": "https://www.wikidata.org/entity/"}


@dataclass(frozen=True)
class Person:
    """A person named in the metadata, with an authority URI when one is given."""

    name: str
    ref: str | None = None


def read_sidecar(path: Path) -> dict[str, object]:
    """The checked fields of a ``.toml`` sidecar file."""
    try:
        with open(path, "rb") as stream:
            values = tomllib.load(stream)
    except OSError as error:
        raise TeiToolsError(f"{path}: cannot read: {error.strerror or error}") from error
    except tomllib.TOMLDecodeError as error:
        raise TeiToolsError(f"{path}: not valid TOML: {error}") from error
    return check(values, str(path))


def parse_meta(options: tuple[str, ...]) -> dict[str, object]:
    """The checked fields of ``--meta KEY=VALUE`` options; a repeated person key gives a list."""
    values: dict[str, object] = {}
    for option in options:
        key, equals, value = option.partition("=")
        key = key.strip()
        if not equals or not key:
            raise TeiToolsError(f"--meta {option!r}: write KEY=VALUE, with a key among {', '.join(KEYS)}")
        if key in values and key in PERSON_KEYS:
            previous = values[key]
            values[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            values[key] = value
    return check(values, "--meta")


def check(values: dict[str, object], where: str) -> dict[str, object]:
    """Check every key and value; returns them with persons as :class:`Person` lists."""
    checked: dict[str, object] = {}
    for key, value in values.items():
        if key not in KEYS:
            raise TeiToolsError(f"{where}: unknown key {key!r} (known keys: {', '.join(KEYS)})")
        if key in PERSON_KEYS:
            checked[key] = [_person(item, where, key) for item in (value if isinstance(value, list) else [value])]
            continue
        if not isinstance(value, str) or not value.strip():
            raise TeiToolsError(f"{where}: {key} must be a non-empty string ({KEYS[key]}), not {value!r}")
        value = value.strip()
        if key == "date" and not _real_date(value):
            raise TeiToolsError(f"{where}: date {value!r} is not a real date written YYYY, YYYY-MM or YYYY-MM-DD")
        if key == "language" and not LANGUAGE_TAG.match(value):
            raise TeiToolsError(f"{where}: language {value!r} is not a language tag such as en, de or pt-BR")
        checked[key] = value
    return checked


def _real_date(value: str) -> bool:
    """True for a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD."""
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return False
    try:
        datetime.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _person(value: object, where: str, key: str) -> Person:
    if isinstance(value, dict):
        unknown = set(value) - {"name", "ref"}
        if unknown or not isinstance(value.get("name"), str) or not isinstance(value.get("ref", ""), str):
            raise TeiToolsError(f"{where}: {key} must be a table with a string name and an optional string ref, not {value!r}")
        name, ref = value["name"], value.get("ref")
    elif isinstance(value, str) and (match := PERSON.match(value.strip())):
        name, ref = match["name"], match["ref"]
    else:
        raise TeiToolsError(f"{where}: {key} must be a name, \"Name <authority URI>\", a table or a list of them, not {value!r}")
    if ref:
        prefix, colon, rest = ref.partition(":")
        if prefix in AUTHORITY_PREFIXES and colon and not rest.startswith("//"):
            ref = AUTHORITY_PREFIXES[prefix] + rest
        if not re.match(r"^https?://\S+$", ref):
            raise TeiToolsError(f"{where}: {key} {name!r}: the authority {ref!r} is not a URI (https://... or viaf:NNN, wikidata:QNNN)")
    return Person(name.strip(), ref or None)


def apply(values: dict[str, object], metadata: Metadata, report: Report, where: str) -> None:
    """Put the checked fields into ``metadata``, each replacing what the text stated."""
    for key, value in values.items():
        report.recognise(0, f"{key} = {value}", f"header field from {where}")
        if key == "title":
            if metadata.title and metadata.title != value:
                line = next((e.line for e in report.recognised if e.text.endswith(metadata.title)), 0)
                report.remove(line, metadata.title, "title replaced by the given metadata")
            metadata.title, metadata.title_date, metadata.title_is_file_name = str(value), None, False
        elif key == "subtitle":
            metadata.subtitle = str(value)
        elif key == "language":
            code = str(value)
            name = LANGUAGES.get(code.split("-")[0].lower(), (None,))[0]
            metadata.language = (code, name or code)
        elif key in PERSON_KEYS:
            persons = [p for p in value if isinstance(p, Person)]  # type: ignore[union-attr]
            metadata.refs.update({p.name: p.ref for p in persons if p.ref})
            if key == "author":
                metadata.authors = [p.name for p in persons]
            else:
                kind, label = CREDIT_KINDS[key]
                _replace(metadata, kind, Field(kind, label, " and ".join(p.name for p in persons), 0))
        else:
            kind = FIELD_KINDS[key]
            _replace(metadata, kind, Field(kind, "", str(value), 0))


def _replace(metadata: Metadata, kind: str, field: Field) -> None:
    metadata.fields = [f for f in metadata.fields if f.kind != kind] + [field]

