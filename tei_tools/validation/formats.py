"""Problems as text for people and machines; formatting never detects anything.

Each formatter takes the problems and the files checked and returns the whole
output. ``text`` is jing's ``file:line:column: severity: message`` shape
(plus the rule id and element path), which editors and CI problem matchers read.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from lxml import etree

from tei_tools.validation.problems import Problem


def as_text(problems: list[Problem], files: list[str]) -> str:
    """One line per problem, then a summary line."""
    lines = [f"{problem} [{problem.rule}]" + (f" at {problem.path}" if problem.path else "") for problem in problems]
    invalid = len({problem.file for problem in problems if problem.severity == "error"})
    lines.append(f"{len(files)} file(s) checked, {invalid} invalid, {len(problems)} problem(s)")
    return "\n".join(lines) + "\n"


def as_json(problems: list[Problem], files: list[str]) -> str:
    """A JSON object: every file with its validity, and every problem."""
    report = {
        "files": [{"file": file, "valid": not any(p.file == file and p.severity == "error" for p in problems)}
                  for file in files],
        "problems": [problem.as_dict() for problem in problems],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def as_junit(problems: list[Problem], files: list[str]) -> str:
    """JUnit XML: one test case per file, one failure per problem."""
    suite = etree.Element("testsuite", name="tei-tools validate", tests=str(len(files)),
                          failures=str(len({p.file for p in problems})))
    for file in files:
        case = etree.SubElement(suite, "testcase", classname="tei-tools.validate", name=file)
        for problem in (p for p in problems if p.file == file):
            failure = etree.SubElement(case, "failure", type=problem.rule, message=problem.message)
            failure.text = str(problem) + (f" at {problem.path}" if problem.path else "")
    return etree.tostring(suite, encoding="unicode", pretty_print=True)


def as_github(problems: list[Problem], files: list[str]) -> str:
    """GitHub Actions workflow commands: each problem becomes an annotation on its line."""
    def escape(value: str) -> str:
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    return "".join(
        f"::{problem.severity} file={escape(problem.file)},line={problem.line},col={problem.column},"
        f"title={escape(problem.rule)}::{escape(problem.message)}\n"
        for problem in problems
    )


#: --format name -> formatter
FORMATS: dict[str, Callable[[list[Problem], list[str]], str]] = {
    "text": as_text,
    "json": as_json,
    "junit": as_junit,
    "github": as_github,
}
