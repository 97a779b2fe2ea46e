"""Rules a grammar cannot say, each a small function yielding problems (yamllint style).

Every rule has an id (the key in :data:`RULES`) and a message that says what
to fix. They run with the project schema.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Sequence

from lxml import etree

from tei_tools.tei import TEI_NS, text_of, xml_attr
from tei_tools.validation.problems import Problem, problem_at

#: Attributes that hold pointers (``#id`` tokens point inside the document).
POINTER_ATTRIBUTES = ("target", "ref", "corresp", "who", "resp", "ana", "facs", "source", "hand",
                      "wit", "sameAs", "copyOf", "next", "prev", "synch")
#: Attributes that hold ISO dates; @from and @to only on dating elements (on biblScope they are pages).
DATE_ATTRIBUTES = ("when", "notBefore", "notAfter")
RANGE_ATTRIBUTES = ("from", "to")
DATED_ELEMENTS = {"date", "docDate", "origDate", "birth", "death", "floruit", "event", "residence", "change", "time"}
ISO_DATE = re.compile(r"^(?P<year>-?\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


class Context:
    """What every rule sees: the tree, its file name and source lines."""

    def __init__(self, tree: etree._ElementTree, file: str, source_lines: Sequence[str]) -> None:
        self.tree = tree
        self.file = file
        self.source_lines = source_lines
        self.elements = [e for e in tree.iter() if isinstance(e.tag, str)]

    def problem(self, element: etree._Element, message: str, rule: str) -> Problem:
        return problem_at(self.file, element, message, rule, self.source_lines)


def target_exists(context: Context) -> Iterator[Problem]:
    """Every ``#id`` pointer names an ``xml:id`` of the document."""
    ids = {e.get(xml_attr("id")) for e in context.elements if e.get(xml_attr("id"))}
    for element in context.elements:
        for attribute in POINTER_ATTRIBUTES:
            for token in (element.get(attribute) or "").split():
                if token.startswith("#") and token[1:] not in ids:
                    yield context.problem(element, f"@{attribute} points at {token}, but no element has "
                                          f'xml:id="{token[1:]}": fix the pointer or add the id', "target-exists")


def unique_ids(context: Context) -> Iterator[Problem]:
    """No two elements share an ``xml:id``."""
    seen: dict[str, etree._Element] = {}
    for element in context.elements:
        identifier = element.get(xml_attr("id"))
        if identifier in seen:
            first = seen[identifier]
            yield context.problem(element, f'xml:id="{identifier}" is already used on line {first.sourceline}: '
                                  "give this element another id", "unique-ids")
        elif identifier:
            seen[identifier] = element


def real_dates(context: Context) -> Iterator[Problem]:
    """Dating attributes hold real calendar dates (YYYY, YYYY-MM or YYYY-MM-DD)."""
    for element in context.elements:
        ranged = etree.QName(element).localname in DATED_ELEMENTS
        for attribute in DATE_ATTRIBUTES + (RANGE_ATTRIBUTES if ranged else ()):
            value = element.get(attribute)
            if value is None or "T" in value or ":" in value:  # times and date-times: the grammar's business
                continue
            match = ISO_DATE.match(value)
            if not match or not _real(match):
                yield context.problem(element, f'@{attribute}="{value}" is not a real ISO date: '
                                      "write YYYY, YYYY-MM or YYYY-MM-DD", "real-dates")


def _real(match: re.Match[str]) -> bool:
    year = int(match["year"])
    month = int(match["month"] or 1)
    day = int(match["day"] or 1)
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year if year > 0 else 4, month)[1]


def no_empty_blocks(context: Context) -> Iterator[Problem]:
    """Paragraphs and heads hold text."""
    for element in context.elements:
        name = etree.QName(element)
        if name.namespace == TEI_NS and name.localname in ("p", "head") and not text_of(element).strip():
            yield context.problem(element, f"empty <{name.localname}>: give it text or remove it", "no-empty-blocks")


#: rule id -> rule
RULES: dict[str, Callable[[Context], Iterator[Problem]]] = {
    "target-exists": target_exists,
    "unique-ids": unique_ids,
    "real-dates": real_dates,
    "no-empty-blocks": no_empty_blocks,
}


def check_rules(tree: etree._ElementTree, file: str, source_lines: Sequence[str]) -> list[Problem]:
    """Run every rule on ``tree``."""
    context = Context(tree, file, source_lines)
    return [problem for rule in RULES.values() for problem in rule(context)]
