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
    profile: str = ""  # the source profile the text was read with (archive, gutenberg, prose)
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

    def to_text(self) -> str:
        """The report for people: one item a line, ``SOURCE:LINE: kind: what: text``, in source order."""
        entries = [("recognised", e) for e in self.recognised if e.reason != "normalised: joined lines"]
        entries += [("removed", e) for e in self.removed] + [("warning", e) for e in self.warnings]
        lines = [f"{self.source}: profile: {self.profile}"] if self.profile else []
        for kind, entry in sorted(entries, key=lambda pair: pair[1].line):
            text = " ".join(entry.text.split())
            lines.append(f"{self.source}:{entry.line}: {kind}: {entry.reason}" + (f": {text}" if text else ""))
        return "\n".join(lines) + "\n"
