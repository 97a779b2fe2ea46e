"""Archive pages in their variations: separators, lettered and starred notes, section signs, joint authors."""

from __future__ import annotations

from conftest import TeiAll
from tei_tools.readers.plaintext import Conversion, convert_text
from tei_tools.tei import NSMAP

JOINT = """\
Karl Marx and Frederick Engels, March 1850

Address of the Central Committee to the League

Source: Marx & Engels Collected Works, Volume 10, p. 277;

§ 1

The relation of the workers' party to the democrats is this.[note]

§ 2

Their battle-cry must be: The Revolution in Permanence.

[note] The leaflet was printed later that year.
"""
LETTERED = """\
Rosa Luxemburg

The Russian Revolution

Written: 1918
Translated: Bertram Wolfe

a) The Outbreak

The Russian Revolution is the mightiest event of the World War.[A]

* * *

The Bolsheviks solved the problem of winning a majority.[B]

b) Freedom

Freedom only for the supporters of the government is no freedom at all.*

[A] Written in prison at Breslau.

[B] In the margin of the manuscript.
"""
STARRED = """\
Leon Trotsky

The Program

Written: April 4-5, 1938

The chief obstacle is the opportunist character of the leadership.*

N. Trotsky

* The Third International followed the path of the Second.
"""


def xpath(conversion: Conversion, path: str) -> list:
    return conversion.tree.getroot().xpath(path, namespaces=NSMAP)


def test_joint_authors_dated_on_their_line_section_signs_and_note_words() -> None:
    joint = convert_text(JOINT, "address.txt")
    assert joint.report.profile == "archive"
    assert xpath(joint, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Karl Marx", "Frederick Engels"]
    assert xpath(joint, "//tei:creation/tei:date/@when") == ["1850-03"]
    assert xpath(joint, "//tei:body/tei:div/@n") == ["1", "2"]
    assert xpath(joint, "//tei:ref/@target") == ["#note-note"] and xpath(joint, "//tei:note/@n") == ["note"]


def test_lettered_sections_separators_and_lettered_notes() -> None:
    lettered = convert_text(LETTERED, "revolution.txt")
    assert xpath(lettered, "//tei:body/tei:div/@n") == ["a", "b"]
    assert len(xpath(lettered, "//tei:div[@n='a']/tei:milestone[@unit='section']")) == 1
    assert xpath(lettered, "//tei:note/@n") == ["A", "B"]
    assert xpath(lettered, "//tei:ref/@target") == ["#note-A", "#note-B"]
    assert any("*" in p for p in xpath(lettered, "//tei:div[@n='b']/tei:p/text()"))  # an asterisk without a note stays


def test_starred_notes_day_ranges_and_a_signature_after_an_initial() -> None:
    starred = convert_text(STARRED, "program.txt")
    assert xpath(starred, "//tei:creation/tei:date/@from") == ["1938-04-04"]
    assert xpath(starred, "//tei:note/@n") == ["*"] and xpath(starred, "//tei:ref/@target") == ["#note-star"]
    assert xpath(starred, "//tei:closer/tei:signed/text()") == ["N. Trotsky"]


def test_archive_variations_are_valid(tei_all: TeiAll) -> None:
    for name, text in (("a.txt", JOINT), ("b.txt", LETTERED), ("c.txt", STARRED)):
        assert tei_all(convert_text(text, name).tree) == [], name
