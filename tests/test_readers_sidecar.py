"""Header fields from NAME.toml beside the text and from --meta: checked, then applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_tools.errors import TeiToolsError
from tei_tools.readers.plaintext import convert_file
from tei_tools.readers.sidecar import Person, check, parse_meta, read_sidecar
from tei_tools.tei import NSMAP

SIDECAR = """\
title = "The Lighthouse Keeper"
author = [{ name = "Ann Smith", ref = "viaf:12345" }, "Bo Lee <https://www.wikidata.org/entity/Q42>"]
translator = "Cy Moor"
date = "1921-03"
language = "de"
licence = "CC BY 4.0"
source = "The Review, Vol. 2, 1921, pp. 3-9"
publisher = "Review Press"
"""


def test_a_sidecar_overrides_and_adds_header_fields(tmp_path: Path) -> None:
    (tmp_path / "keeper.txt").write_text("Keeper\n\nDer Wärter stieg jeden Abend die Treppe hinauf.\n", encoding="utf-8")
    (tmp_path / "keeper.toml").write_text(SIDECAR, encoding="utf-8")
    root = convert_file(tmp_path / "keeper.txt").tree.getroot()

    def xpath(path: str) -> list:
        return root.xpath(path, namespaces=NSMAP)

    assert xpath("//tei:titleStmt/tei:title/text()") == ["The Lighthouse Keeper"]
    assert [(p.text, p.get("ref")) for p in xpath("//tei:titleStmt/tei:author/tei:persName")] == [
        ("Ann Smith", "https://viaf.org/viaf/12345"), ("Bo Lee", "https://www.wikidata.org/entity/Q42")]
    assert xpath("//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Cy Moor"]
    assert xpath("//tei:creation/tei:date/@when") == ["1921-03"]
    assert xpath("/tei:TEI/@xml:lang") == ["de"] and xpath("//tei:language/text()") == ["German"]
    assert xpath("//tei:licence/text()") == ["CC BY 4.0"]
    assert xpath("//tei:bibl[@type='source']/tei:publisher/text()") == ["Review Press"]
    assert xpath("//tei:bibl[@type='source']/tei:biblScope[@unit='volume']/@from") == ["2"]


def test_meta_options_override_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nText of the piece.\n", encoding="utf-8")
    (tmp_path / "a.toml").write_text('title = "From the file"\n', encoding="utf-8")
    conversion = convert_file(tmp_path / "a.txt", meta={"--meta": parse_meta(("title=From the command line",))})
    assert conversion.tree.getroot().xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["From the command line"]


def test_meta_repeats_make_lists_of_persons() -> None:
    assert parse_meta(("author=A B", "author=C D <viaf:9>")) == {"author": [Person("A B"), Person("C D", "https://viaf.org/viaf/9")]}


@pytest.mark.parametrize(("values", "message"), [
    ({"titel": "x"}, "here: unknown key 'titel'"),
    ({"title": 3}, "here: title must be a non-empty string"),
    ({"date": "1921-02-30"}, "here: date '1921-02-30' is not a real date"),
    ({"date": "March 1921"}, "here: date 'March 1921' is not a real date"),
    ({"language": "English"}, "here: language 'English' is not a language tag"),
    ({"author": {"name": "A", "viaf": "1"}}, "here: author must be a table"),
    ({"author": "A <not a uri>"}, "here: author must be a name"),
    ({"author": "A <ftp:x>"}, "is not a URI"),
])
def test_bad_values_are_one_clear_error(values: dict, message: str) -> None:
    with pytest.raises(TeiToolsError, match=message.replace("(", r"\(")):
        check(values, "here")


def test_bad_toml_and_bad_meta_name_the_file_or_option(tmp_path: Path) -> None:
    broken = tmp_path / "x.toml"
    broken.write_text("title = \n", encoding="utf-8")
    with pytest.raises(TeiToolsError, match=f"{broken}: not valid TOML"):
        read_sidecar(broken)
    with pytest.raises(TeiToolsError, match="--meta 'title': write KEY=VALUE"):
        parse_meta(("title",))
