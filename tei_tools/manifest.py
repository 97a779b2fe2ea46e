"""What tei-tools generated in an output folder, so that it never redoes or clobbers work.

Each output folder of a conversion holds ``.tei-tools.json``: for every TEI
file written there, the checksums of its source (and of the source's
``NAME.toml`` sidecar, if any), the tei-tools version, and the checksum of
the TEI as written. With it a conversion knows when an output is up to date
(nothing to do) and when someone edited it by hand since (not overwritten
without ``--force``). The file is sorted and has no dates, so it is
reproducible and can be committed beside the outputs.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tei_tools import __version__
from tei_tools.errors import TeiToolsError
from tei_tools.tei import write_atomic

MANIFEST_NAME = ".tei-tools.json"

#: One output's entry: "source", "source_sha256", "sidecar_sha256" (when there is a sidecar),
#: "tei_tools" (the version) and "output_sha256".
Entry = dict[str, str]


def sha256(data: bytes) -> str:
    """The hexadecimal SHA-256 checksum of ``data``."""
    return hashlib.sha256(data).hexdigest()


def load(folder: Path) -> dict[str, Entry]:
    """The entries recorded in ``folder`` (output file name -> entry); empty when there is no manifest."""
    path = folder / MANIFEST_NAME
    try:
        return dict(json.loads(path.read_text(encoding="utf-8"))["files"])
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise TeiToolsError(f"{path}: unreadable record of generated files ({error}); delete it to start afresh") from error


def save(folder: Path, entries: dict[str, Entry]) -> None:
    """Write the manifest of ``folder``, sorted so that the same entries give the same bytes."""
    data = json.dumps({"files": entries}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomic(folder / MANIFEST_NAME, data.encode("utf-8"))


def inputs_of(source: Path, data: bytes) -> Entry:
    """What an output is generated from: the source's name and checksum, its sidecar's, the version."""
    entry = {"source": source.name, "source_sha256": sha256(data), "tei_tools": __version__}
    sidecar = source.with_suffix(".toml")
    if sidecar.is_file():
        entry["sidecar_sha256"] = sha256(sidecar.read_bytes())
    return entry


def is_up_to_date(inputs: Entry, recorded: Entry | None, existing: bytes | None) -> bool:
    """True when the output exists as recorded and was generated from the same inputs."""
    if recorded is None or existing is None or recorded.get("output_sha256") != sha256(existing):
        return False
    return {key: value for key, value in recorded.items() if key != "output_sha256"} == inputs


def check_overwrite(target: Path, recorded: Entry | None, existing: bytes | None, new: bytes, force: bool) -> None:
    """Refuse to replace an output that tei-tools did not write as it stands, unless ``force``.

    An output is replaced freely when it is absent, identical to the new one,
    or exactly what the manifest says was generated.
    """
    if force or existing is None or existing == new:
        return
    if recorded is None:
        raise TeiToolsError(f"{target}: exists, differs from the conversion, and tei-tools has no record "
                            f"of writing it; not overwritten (--force replaces it)")
    if recorded.get("output_sha256") != sha256(existing):
        raise TeiToolsError(f"{target}: changed since tei-tools wrote it (edited by hand?); "
                            f"not overwritten (--force replaces it)")
