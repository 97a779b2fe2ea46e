"""Measure the converter on real texts against hand-made gold annotations.

Usage: python bench/eval_converter.py FOLDER [--schemas ../shared/schemas]

FOLDER holds NAME.txt files, each with NAME.json beside it: the gold annotation,
with any of these keys (absent keys are not scored):

    {"kind": "archive|gutenberg|prose", "title": "...", "authors": ["..."],
     "date": "1890-09-21" (or "FROM/TO"; a date known only as a bound, @notAfter, counts), "source": "...", "translators": ["..."],
     "ebook": "1342", "language": "en",
     "headings": ["CHAPTER I. Down the Rabbit-Hole", ...],
     "paragraphs": ["first words of each paragraph", ...], "notes": ["1", "A", "*"]}

For each text it prints validity against tei_all.rng and the project schema,
the share of the source's words kept (in the TEI or in the report's removed
list), header fields correct, and precision/recall/F1 of headings (a division's
heads, joined), paragraphs (matched on their first four words; a speech's first
paragraph with its speaker's label, when the gold gives it so) and notes (by label); then the totals over all texts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from itertools import takewhile
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tei_tools.errors import TeiToolsError  # noqa: E402
from tei_tools.readers.plaintext import convert_file  # noqa: E402
from tei_tools.tei import NSMAP, XML_NS, text_of  # noqa: E402
from tei_tools.validation import (  # noqa: E402
    VALIDATORS,  # noqa: E402
    validate_tree,
)
from tei_tools.validation.rules import check_rules  # noqa: E402

WORD = re.compile(r"\w+")


def normal(text: str) -> str:
    """Lower case words, punctuation and underscores dropped: how texts are compared."""
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def key(text: str, words: int = 4) -> str:
    return " ".join(normal(text).split()[:words])


def xpath(tree: etree._ElementTree, path: str) -> list:
    return tree.getroot().xpath(path, namespaces=NSMAP)


def texts_of(path: str, tree: etree._ElementTree) -> list[str]:
    return [" ".join(text_of(e).split()) for e in xpath(tree, path)]


def paragraph_key(paragraph: etree._Element, gold: set[str]) -> str:
    """A paragraph's key; a speech's first paragraph keyed after its speaker's label (and any direction between), a
    letter's after the salutation closing its opener, when the gold gives them so: the gold keeps a label or a
    salutation that opens the paragraph's line ("My dear Sir--Last evening ..."), not one set over it alone."""
    # (key() compares words alone, so the texts need no spacing of their own)
    own = key(text_of(paragraph))
    if paragraph.getparent().tag == f"{{{NSMAP['tei']}}}sp":
        before = list(takewhile(lambda sibling: sibling.tag != paragraph.tag, paragraph.itersiblings(preceding=True)))
    else:
        opener = paragraph.getprevious()
        before = opener[-1:] if opener is not None and opener.tag == f"{{{NSMAP['tei']}}}opener" else []
        before = [salute for salute in before if salute.tag == f"{{{NSMAP['tei']}}}salute"]
    labelled = key(" ".join([*(text_of(sibling) for sibling in reversed(before)), text_of(paragraph)]))
    return labelled if before and labelled in gold else own


def pair(predicted: list[str], gold: list[str], match=None) -> tuple[list[str], list[str]]:
    """The predicted items no gold item matches, and the gold items left unmatched
    (each gold item matched at most once)."""
    left = list(gold)
    spurious = []
    for item in predicted:
        hit = next((g for g in left if (match(item, g) if match else item == g)), None)
        if hit is None:
            spurious.append(item)
        else:
            left.remove(hit)
    return spurious, left


def scores(predicted: list[str], gold: list[str], match=None) -> tuple[int, int, int]:
    """True positives, predicted and gold counts."""
    spurious, _ = pair(predicted, gold, match)
    return len(predicted) - len(spurious), len(predicted), len(gold)


def prf(found: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = found / predicted if predicted else 1.0
    recall = found / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def heading_match(predicted: str, gold: str) -> bool:
    a, b = normal(predicted), normal(gold)
    return bool(a) and (a == b or (len(min(a, b, key=len)) >= 3 and (a.startswith(b) or b.startswith(a))))


# The header fields a gold annotation may give, as header_fields() reads them.
FIELDS = ("title", "authors", "date", "source", "translators", "ebook", "language")


def header_fields(tree: etree._ElementTree, gold: dict) -> list[tuple[str, bool, str]]:
    """(field, correct, what the TEI has) for each header field the gold annotation gives."""
    results = []
    checks = {
        "title": lambda: texts_of("//tei:titleStmt/tei:title[@type='main']", tree)[:1],
        "authors": lambda: texts_of("//tei:titleStmt/tei:author/*[self::tei:persName or self::tei:orgName]", tree),
        # A text dated only by its publication is dated "not after" it: that bound is its date.
        "date": lambda: [d.get("when") or d.get("notAfter") or f"{d.get('from')}/{d.get('to')}"
                         for d in xpath(tree, "//tei:creation/tei:date[@when or @from or @notAfter]")][:1],
        "source": lambda: texts_of("//tei:sourceDesc/tei:bibl[@type='source']", tree)[:1],
        "translators": lambda: texts_of("//tei:respStmt[tei:resp/@key='trl']/*[self::tei:persName or self::tei:name]", tree),
        "ebook": lambda: texts_of("//tei:idno[@type='gutenberg']", tree),
        "language": lambda: [tree.getroot().get(f"{{{XML_NS}}}lang") or ""],
    }
    for field, found in checks.items():
        if field not in gold:
            continue
        expected = gold[field] if isinstance(gold[field], list) else [gold[field]]
        actual = [str(value) for value in found()]
        results.append((field, sorted(map(normal, actual)) == sorted(map(normal, expected)), "; ".join(actual)))
    return results


def kept_words(source: Path, tree: etree._ElementTree, removed: list[str]) -> float:
    original = Counter(WORD.findall(source.read_text(encoding="utf-8", errors="replace")))
    kept = Counter(WORD.findall(" ".join(tree.getroot().itertext())))
    kept.update(n for n in xpath(tree, "//tei:note/@n | //tei:p/@n"))  # numbers kept as attributes
    for text in removed:
        kept.update(WORD.findall(text))
    missing = sum((original - kept).values())
    return 1 - missing / max(1, sum(original.values()))


def refused(gold: dict, error: TeiToolsError) -> dict:
    """The scores of a text the converter refused: no TEI, no words kept, every field wrong, nothing found."""
    names = ("headings", "paragraphs", "notes")
    expected = {name: [key(p) for p in gold.get(name, [])] if name == "paragraphs" else list(gold.get(name, [])) for name in names}
    return {"profile": "REFUSED", "tei_all": False, "project": False, "problems": [str(error)], "words": 0.0,
            "fields": [(field, False, "(refused)") for field in FIELDS if field in gold],
            **{name: (0, 0, len(expected[name])) for name in names},
            "misses": {name: ([], expected[name]) for name in names}}


def evaluate(source: Path, gold: dict, tei_all: Path | None, project: Path) -> dict:
    try:
        conversion = convert_file(source)
    except TeiToolsError as error:
        return refused(gold, error)
    tree = conversion.tree
    lines = etree.tostring(tree, encoding="unicode").splitlines()
    project_problems = VALIDATORS["xsd"](tree, project, source.name, lines) + check_rules(tree, source.name, lines)
    tei_problems = validate_tree(tree, source.name, schemas=(tei_all,)) if tei_all else []
    # (a book's back matter is its text too; the notes are counted apart)
    divisions = xpath(tree, "//tei:text/tei:front//tei:div | //tei:text/tei:body//tei:div | //tei:back/tei:div[@type='backmatter']//tei:div")
    headings = [" ".join(" ".join(text_of(h).split()) for h in d.findall("{http://www.tei-c.org/ns/1.0}head")) for d in divisions]
    headings = [h for h in headings if h]
    # An epigraph's quotation in prose is no paragraph of the text.
    gold_paragraphs = [key(p) for p in gold.get("paragraphs", [])]
    paragraphs = [paragraph_key(p, set(gold_paragraphs)) for p in xpath(
        tree, "(//tei:text/tei:front//tei:p | //tei:text/tei:body//tei:p | //tei:back/tei:div[@type='backmatter']//tei:p)"
              "[not(ancestor::tei:epigraph)]")]
    notes = [str(n) for n in xpath(tree, "//tei:text//tei:note/@n")]
    return {
        "profile": conversion.report.profile,
        "tei_all": not tei_problems, "project": not project_problems,
        "problems": [p.message for p in tei_problems + project_problems][:3],
        "words": kept_words(source, tree, [e.text for e in conversion.report.removed]),
        "fields": header_fields(tree, gold),
        "headings": scores(headings, gold.get("headings", []), heading_match),
        "paragraphs": scores(paragraphs, gold_paragraphs),
        "notes": scores(notes, gold.get("notes", [])),
        "misses": {"headings": pair(headings, gold.get("headings", []), heading_match),
                   "paragraphs": pair(paragraphs, gold_paragraphs),
                   "notes": pair(notes, gold.get("notes", []))},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--schemas", type=Path, default=REPO.parent / "shared" / "schemas",
                        help="folder holding tei_all.rng (validity against it is skipped where absent)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list wrong fields and headings")
    arguments = parser.parse_args()
    tei_all = arguments.schemas / "tei_all.rng"
    project = REPO / "schemas" / "tei-tools.xsd"
    totals: dict[str, list[int]] = {name: [0, 0, 0] for name in ("headings", "paragraphs", "notes")}
    fields_right = fields_all = valid_all = valid_project = 0
    words: list[float] = []
    sources = sorted(p for p in arguments.folder.glob("*.txt") if p.with_suffix(".json").is_file())
    print(f"{'text':44} {'profile':9} {'tei_all':7} {'project':7} {'words':>7} {'fields':>6}  {'head F1':>7} {'para F1':>7} {'note F1':>7}")
    for source in sources:
        gold = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
        result = evaluate(source, gold, tei_all if tei_all.is_file() else None, project)
        right = sum(ok for _, ok, _ in result["fields"])
        fields_right += right
        fields_all += len(result["fields"])
        valid_all += result["tei_all"]
        valid_project += result["project"]
        words.append(result["words"])
        row = []
        for name in totals:
            found, predicted, expected = result[name]
            totals[name] = [t + v for t, v in zip(totals[name], (found, predicted, expected))]
            row.append(prf(found, predicted, expected)[2])
        print(f"{source.stem[:44]:44} {result['profile']:9} {'yes' if result['tei_all'] else 'NO':7} "
              f"{'yes' if result['project'] else 'NO':7} {result['words']:7.1%} {right:>2}/{len(result['fields']):<3}  "
              + " ".join(f"{f1:7.2f}" for f1 in row))
        if arguments.verbose:
            for field, ok, actual in result["fields"]:
                if not ok:
                    print(f"    field {field}: got {actual!r}, expected {gold[field]!r}")
            for name, (spurious, missed) in result["misses"].items():
                if spurious:
                    print(f"    spurious {name}: {spurious}")
                if missed:
                    print(f"    missed {name}: {missed}")
            for message in result["problems"]:
                print(f"    invalid: {message}")
    count = len(sources)
    print(f"\noverall ({count} texts): valid tei_all {valid_all}/{count}, project schema {valid_project}/{count}, "
          f"words kept {min(words, default=0):.1%} (lowest), header fields {fields_right}/{fields_all} "
          f"({fields_right / max(1, fields_all):.1%})")
    for name, (found, predicted, expected) in totals.items():
        precision, recall, f1 = prf(found, predicted, expected)
        print(f"  {name:10} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  ({found} of {expected} found, {predicted} predicted)")


if __name__ == "__main__":
    main()
