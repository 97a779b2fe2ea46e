"""The conversion report: what the converter removed, recognised and doubted.

Nothing leaves a source silently: every line or label that does not reach the
TEI is listed here as removed, with its line number and the reason.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Entry:
    """One reported item: a source line number, the text concerned, and why."""

    line: int
    text: str
    reason: str


@dataclass
class Report:
    """Everything one conversion has to say about itself."""

    source: str
    removed: list[Entry] = field(default_factory=list)
    warnings: list[Entry] = field(default_factory=list)
    recognised: list[Entry] = field(default_factory=list)

    def remove(self, line: int, text: str, reason: str) -> None:
        """Record text that was taken out of the source."""
        self.removed.append(Entry(line, text, reason))

    def warn(self, line: int, text: str, reason: str) -> None:
        """Record something a person should look at."""
        self.warnings.append(Entry(line, text, reason))

    def recognise(self, line: int, text: str, what: str) -> None:
        """Record a structure the converter recognised (a header field, a head, a closer...)."""
        self.recognised.append(Entry(line, text, what))

    def to_json(self) -> str:
        """The report as indented JSON."""
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"
