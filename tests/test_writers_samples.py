"""Every well-formed real TEI file in shared/tei-samples exports to HTML and text.

The samples live beside the repository (``../shared/tei-samples``) and are
never copied into it; elsewhere these tests are skipped.
"""

import pytest
from conftest import SAMPLES, sample_rows
from export_checks import html_problems, missing_word, word_sequences

from tei_tools.tei import parse
from tei_tools.writers import to_html, to_text
from tei_tools.writers.document import Document


def well_formed_samples() -> list[str]:
    return [row["path"] for row in sample_rows() if row["well_formed"] == "yes"]


@pytest.mark.skipif(not well_formed_samples(), reason=f"no TEI samples at {SAMPLES}")
@pytest.mark.parametrize("sample", well_formed_samples())
def test_sample_exports_to_html_and_text(sample):
    tree = parse(SAMPLES / sample)
    assert html_problems(to_html(tree)) == []
    text = to_text(tree)
    for text_element in Document(tree).texts():
        for words in word_sequences(text_element):
            assert missing_word(words, text) is None, sample
