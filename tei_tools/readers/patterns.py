"""What lines of a plain-text source look like: the converter's patterns, as data.

Each pattern describes a *kind* of line found across texts of the same family
(archive header fields, signatures, datelines, navigation residue...), never a
string taken from one particular text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tei_tools.readers.dates import MONTH_NAMES, WEEKDAY_NAME, Date, find_dates, parse_date

# The numbers one to twenty in words, as number and as ordinal: a section's ("Chapter the Second"), a series' part.
NUMBERS_IN_WORDS = [
    ("one", "first"), ("two", "second"), ("three", "third"), ("four", "fourth"), ("five", "fifth"),
    ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"), ("nine", "ninth"), ("ten", "tenth"),
    ("eleven", "eleventh"), ("twelve", "twelfth"), ("thirteen", "thirteenth"), ("fourteen", "fourteenth"),
    ("fifteen", "fifteenth"), ("sixteen", "sixteenth"), ("seventeen", "seventeenth"),
    ("eighteen", "eighteenth"), ("nineteen", "nineteenth"), ("twenty", "twentieth"),
]

# --- header fields such as "Written: 5 January 1930." ------------------------------------
# A field is "Label: value"; the label may carry a qualifier ("Transcription/Mark-up for TIA").
# (A web page may leave a field's first part empty: "Online Source:; 2021"; a space may stand before the colon, as in
# French: "Written : by Ann Roe".)
FIELD_LINE = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ/\\ ,-]{1,40}?(?:\(s\))?)(?P<qualifier> (?:for|by|in) [^:]{1,40})? ?:[\s;]*(?P<value>[^\s;].*)$")

# What a translator or editor added, between commas in the credit: ", with an introduction and notes,".
_ADDED = r"(?:,? with (?:an? )?[a-z]+(?: and (?:an? )?[a-z]+)?,?)?"
# label (lower case, full match) -> field kind; credit kinds carry a MARC relator code.
FIELD_KINDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), kind)
    for p, kind in [
        (r"authors?|written by|by|narrators?|interviewees?", "author"),  # (an oral history's narrator tells the text)
        (r"written|composed|dated?|dictated|adopted|approved|(?:(?:speech|lecture|address|talk) )?(?:delivered|given)|date written"
         r"|date of (?:writing|composition|interview|recording|speech|lecture|address|talk)|interview conducted", "written"),
        (r"first (?:published|printed|printing|appeared|publication)|published|publication"
         r"|(?:year|date) (?:published|of publication)|publication (?:date|year)", "published"),  # a library record's
        (r"(?:original |online )?sources?", "source"),
        # "Translated from the Russian by", "Translated into English", "Translated and Transcribed", "Translated/Edited"
        # ("Translated, with an Introduction, by", "Edited, with Notes and a Preface, by": what the credited added)
        (r"translat(?:ed|ion|or|ors)(?:(?: and | ?/ ?)(?:edited|transcribed))?(?: (?:from|into) (?:the )?[a-z]+)?" + _ADDED + r"(?: by)?", "credit:trl"),
        (r"transcri(?:bed|ption|ber)(?:,? ?(?:[/\\&,]|and) ?(?:(?:html )?mark(?:ed)?[- ]?up|html|proofread(?:ing)?|formatted|edit(?:ed|ing))){0,3}(?: by)?"
         r"|scanned(?:(?:,| and|, and) (?:prepared|annotated))*(?: by)?|prepared(?: by)?|digiti[sz]ed(?: by)?", "credit:trc"),
        (r"(?:html )?mark(?:ed)?[- ]?up(?: ?[/&] ?edit(?:ed|ing))?(?: by)?|html|online version|converted(?: by)?", "credit:mrk"),
        (r"proof-?read(?:ing|ers?)?(?: by)?|copy-?edit(?:ed|ing)?(?: by)?", "credit:pfr"),
        (r"edit(?:ed|or|ors)" + _ADDED + r"(?: by)?", "credit:edt"),
        (r"interview(?:er|ers|ed(?: by)?)|conducted", "credit:ivr"),  # ("conducted by X" under an interview's title)
        # "Art by X" under a byline; "WITH PICTORIAL SIDELIGHTS BY X", "With drawings by X" on a title page
        (r"illustrat(?:ed|ions?|ors?)(?: by)?|(?:art|artwork|drawings)(?: by)?"
         r"|with (?:\w+ )?(?:illustrations|drawings|pictures|sketches|decorations|photographs)(?: by)?|with pictorial \w+(?: by)?", "credit:ill"),
        # the archive's other languages label the same fields: Dutch, German, French, Spanish, Italian, Portuguese, Swedish
        (r"auteurs?|autor(?:/in|in|innen|en|es)?|autore|autori|verfasser(?:/in|in)?|författare", "author"),
        (r"geschreven|geschrieben|verfasst|écrit|rédigé|escrito|scritto|skriven|skrivet", "written"),
        (r"eerste publicatie|(?:eerst )?gepubliceerd|erstveröffentlichung|(?:erstmals )?veröffentlicht|première publication"
         r"|publié|primera publicación|publicado|prima pubblicazione|pubblicato|primeira (?:edição|publicação)"
         r"|(?:först )?publicerad", "published"),
        (r"bron|quelle|fuente|fonte|källa", "source"),
        (r"vertaling|vertaald(?: door)?|übersetzung|übersetzt(?: von)?|traduction|traduit(?: par)?|traducción|traducido(?: por)?"
         r"|traduzione|tradotto(?: da)?|tradução|traduzido(?: por)?|översättning|översatt(?: av)?", "credit:trl"),
        (r"transcriptie(?:/html)?(?: en contact)?|transkription|digitalisierung|transcripción|digitalización|trascrizione"
         r"|transcrição(?:/html)?", "credit:trc"),
        (r"public domain|copyleft|copyright|licen[cs]e", "licence"),
        (r"last updated(?: on)?|updated|laatst bijgewerkt(?: op)?|zuletzt aktualisiert(?: am)?|dernière mise à jour(?: le)?", "updated"),
    ]
]


def field_kind(label: str) -> str | None:
    """Return the field kind of a header label, or None when the label is unknown."""
    label = " ".join(label.lower().replace("(s)", "s").split())  # "Author(s)", a library's plural
    return next((kind for pattern, kind in FIELD_KINDS if pattern.fullmatch(label)), None)


# The same credits written as a sentence: "Transcribed & marked up by Einde O'Callaghan for the Archive."
# What it was done for may stand before "by" ("Prepared © for the Internet by X"); the names may hold initials and an
# e-mail address ("David J. Romagnolo, djr@example.org (September 1999)").
CREDIT_SENTENCE = re.compile(r"^(?P<label>[A-Za-z][\w /&,-]{2,50}?)(?P<purpose>(?: ©)? for (?:the )?[A-Z][\w ]{2,30})? (?i:by) "
                             r"(?P<value>(?:[^.]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|\.(?=[a-z]))+?)(?P<qualifier> for .{3,80}?)?\.?$")
# An oral history's credit, the role after the names: "Ann Roe and Bea Doe Narrators", "Cy Lee Interviewer".
ROLE_AFTER_NAMES = re.compile(r"^(?P<value>[A-Z].{2,80}?) (?P<label>(?:Narrator|Interviewer|Interviewee)s?)$")
# A one-word label typed with a semicolon for its colon: "Source; Hard Times - An Oral History ...; Studs Terkel, 1970."
SEMICOLON_FIELD = re.compile(r"^(?P<label>[A-Z][a-z]{3,15});\s+(?P<value>\S.*)$")
# "Last updated on 8 February 2016": the one field archive pages also write without a colon.
UPDATED_LINE = re.compile(r"^(?P<label>(?:last |most recently )?updated(?: on)?)\s+(?P<value>(?:\w+[ ,.]+){0,3}(?:1[5-9]|20)\d\d)\.?$", re.I)
# A journal's name, its volume and its number, as references give them: "American Communist History", "Vol. 3", "No. 1".
_JOURNAL = r"(?:(?:[A-Z][\w'’&-]*|&|of|and|the)\s+){0,5}[A-Z][\w'’&-]*"
_VOLUME = r"Vol(?:ume)?\.?\s*[IVXLCDM\d]+"
_ISSUE_NUMBER = r"(?:No\.?|Number|Issue)\s*\d+"
# A periodical's issue: "Vol. XLI No. 42 October 15, 2017", "Vol. 75/No. 25      July 11, 2011", "Volume 3, Number 2,
# March 1977", "The Harbour Review No. 95".
ISSUE_LINE = re.compile(rf"^(?:{_VOLUME}\.?(?:,?\s*|\s*/\s*))?(?:No\.|Number|Issue)\s*\d+\b.{{0,40}}\b(?:1[5-9]|20)\d\d\.?(?:\s+(?:Copyright\b|©).*)?$"
                        # a periodical's name and number, maybe with its date: "Against the Current No. 210, January/February 2021"
                        r"|^[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|the|of|and|for|on|in)){0,5}\s+(?:No\.|Number|Issue|#)\s*\d+"
                        r"(?:,\s*(?:[\w./-]+\s+){0,2}(?:1[5-9]|20)\d\d)?$|^Issue:?\s*\d+$"
                        # a journal, its volume, number and year: "American Communist History, Vol. 3, No. 1, 2004", "The
                        # Militant. Vol. 5. No. 15. April 12, 1941."; or
                        # in brackets, its number and month: "(Militant International Review, No. 23, October 1982)"
                        # (after its description: "Salient. Victoria University Student Newspaper. Volume. 34, Number 15. August 4, 1971")
                        rf"|^{_JOURNAL}(?:\.\s+{_JOURNAL})?[,.]\s+{_VOLUME}[,.]?\s+{_ISSUE_NUMBER}[,.]?\s+(?:[\w.-]+,?\s+){{0,2}}(?:1[5-9]|20)\d\d\.?$"
                        # a library's line for a newspaper's page: its title, place, years, day and edition ("South Bend
                        # news-times. (South Bend, Ind.) 1913-1938, September 22, 1919, AFTERNOON EDITION")
                        r"|^[A-Z][^()]{2,60}\.\s+\([^()]{2,40}\)\s+(?:1[5-9]|20)\d\d-(?:(?:1[5-9]|20)\d\d|current)?,\s+[A-Z][a-z]+\s+\d{1,2},\s+"
                        r"(?:1[5-9]|20)\d\d(?:,\s+[A-Z][A-Z ]*EDITION)?$"
                        rf"|^\({_JOURNAL},\s+(?:{_VOLUME},?\s+)?{_ISSUE_NUMBER},?\s+(?:[\w.-]+\s+){{0,2}}(?:1[5-9]|20)\d\d\)\.?$"
                        # or its month and year before its number: "Militant Irish Monthly, June 1974, No. 25", "Socialist
                        # Review Vol. X. JULY 1909 No. 1"
                        rf"|^{_JOURNAL}[,.]?\s+(?:{_VOLUME}[,.]?\s+)?(?:[\w.-]+\s+){{1,2}}(?:1[5-9]|20)\d\d[,.]?\s+{_ISSUE_NUMBER}\.?$"
                        # a journal, its volume and year in brackets, maybe the volume's title: "Fourth International
                        # Vol. 20 (1994): Capital, Labor and the Nation-State", "Science & Society, Vol. 3, No. 2 (Spring 1939)"
                        rf"|^{_JOURNAL},?\s+{_VOLUME},?\s+(?:{_ISSUE_NUMBER},?\s+)?\((?:[\w.]+\s+)?(?:1[5-9]|20)\d\d\)(?::\s+[^.:]{{3,80}})?$"
                        # a periodical, its number and its date: "Platypus Review 157 | June 2023"
                        r"|^(?:[A-Z][\w'’&-]*\s+){1,5}(?:(?:No\.|Number|Issue|#)\s*)?\d{1,4}\s*\|\s*(?:(?i:" + MONTH_NAMES + r")\s+)?(?:1[5-9]|20)\d\d$"
                        # a periodical's month before its volume and number, between bullets: "December 2001 • Vol 1, No. 7 •"
                        r"|^(?:(?i:" + MONTH_NAMES + r")\s+)?(?:1[5-9]|20)\d\d\s*[•|·]\s*" + _VOLUME + r",?\s*" + _ISSUE_NUMBER + r"\s*[•|·]?$"
                        # a parliament's record, its volume and column: "HC Deb 13 July 1925 vol 186 c871"
                        r"|^H[CL] Deb\s+.{0,30}\b(?:1[5-9]|20)\d\d\s+vol\s+\d+\s+cc?\d+(?:-\d+)?$"
                        # a magazine's running head over a page of its PDF: "MARXISM TODAY, SEPTEMBER, 1978 271"
                        r"|^[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,5},\s+(?i:" + MONTH_NAMES + r"),?\s+(?:1[5-9]|20)\d\d\s+\d{1,4}$")
# A speaker in a parliament's record, the name in capitals, maybe with the seat: "Mr. SAKLATVALA", "MR. J.KEIR HARDIE (West Ham, S.)";
# no possessive ("DR. DEE'S DIARY.": a title). Or the office, maybe with the name: "The PRIME MINISTER", "The CHANCELLOR of
# the EXCHEQUER (Mr. Baldwin)"; a question opens with its number on the order paper: "59. Mr. WHITELEY".
_OFFICES = r"MINISTER|SECRETARY|CHANCELLOR|PRESIDENT|SPEAKER|CHAIRMAN|GENERAL|ADVOCATE|PAYMASTER|TREASURER|COMMISSIONER"
PARLIAMENT_SPEAKER = re.compile(r"^(?:\d{1,4}\.\s+)?(?:(?i:Mr|Mrs|Miss|Sir|Dr|Lord|Lady)\.?\s+(?P<name>[A-Z](?:[A-Z. -]|['’](?!S\b))*[A-Z])"
                                rf"|The\s+(?=(?:[A-Z-]+\s+|(?:of|for|to|the)\s+)*(?:[A-Z]+-)?(?:{_OFFICES})\b)[A-Z][A-Z-]*(?:\s+(?:(?:of|for|to|the)\s+)*[A-Z][A-Z-]*)*)"
                                r"(?:\s+\([^()]{2,60}\))?[.:]?$")
# A citation of a book: "Eric Hobsbawm, Revolutionaries, 1973."
CITATION = re.compile(r"^(?P<names>[^,]+),\s+(?P<work>[^,]+),\s+(?:1[5-9]|20)\d\d\.?$")


# The book a chapter is taken from, its author's possessive before its title in quotation marks: "Krupskaya's “Reminiscences
# of Lenin”".
POSSESSIVE_CITATION = re.compile(r"^(?P<names>[^,“”\"]+?)['’]s?\s+[“\"](?P<work>[^“”\"]+)[”\"]$")


def citation(line: str, possessive: bool = False) -> re.Match[str] | None:
    """A citation of a book by its author, title and year (see :data:`CITATION`), or with ``possessive`` by its author's
    possessive before its title (see :data:`POSSESSIVE_CITATION`); None if ``line`` is not one."""
    cited = CITATION.match(line) if line[-1:] in ".0123456789" else POSSESSIVE_CITATION.match(line) if possessive else None
    # (a possessive may give the surname alone: "Marx's “Capital”")
    named = cited and (name_like(cited["names"]) or cited.re is POSSESSIVE_CITATION and _names_only(cited["names"]))
    return cited if named and title_like(cited["work"]) else None


# A source given as "From The Journal, Vol. 2, 1988, pp. 53-64." at the top of a text.
FROM_SOURCE = re.compile(r"^From (?P<value>\S.*(?:(?:1[5-9]|20)\d\d|\bedited by\b).*)$")


# A credit closing a source line: "Source: Letters (London, 1934). Scanned and prepared for the Archive by A. Other."
CREDIT_IN_SOURCE = re.compile(r"^(?P<source>.+?[.;)])\s+(?P<label>[A-Z][\w ,]{2,40}?)(?P<qualifier> for [^.]{3,80}?)? by (?P<names>(?:[A-Z]\.\s?)*[^.]+?(?:\.\s?[A-Z]\.?)*?)\.?$")


# The fields run on after a source, on its line: "..., 1961, pp 19-25. Written : by Ann Roe; Transcribed : by Bea Doe."
FIELD_AFTER_SOURCE = re.compile(r"(?<=[.;])\s+(?=[A-Z][A-Za-z/ -]{1,40}? ?:\s)")


# A translation told inside a source: "New Interventions, Summer 2011, translated by Mike Jones from Utopie kreativ, March 2006".
TRANSLATION_IN_SOURCE = re.compile(r"^(?P<source>.+?),\s+(?P<label>translated(?: into English)?) by (?P<names>[^,()]+?) from (?P<original>(?-i:[A-Z]).+?)\.?$", re.I)


# A source opened by who translated it, maybe after a word on the author: "Translated by Ann Roe, The Harbour, 1915",
# "Unattributed but certainly translated by Ann Roe, The Harbour, October 1915".
LEADING_TRANSLATION = re.compile(r"^(?P<statement>(?P<hedge>\w+(?: \w+){0,3} )?(?P<label>(?i:translated)(?: into English)?) by "
                                 r"(?P<names>[^,()]+?)),\s+(?P<source>(?-i:[A-Z“\"]).+)$")
#: how near its start a source opened by its translator gives "by" (the cheap test before the pattern)
TRANSLATOR_BEFORE = 80
# A source opened by its statement that no author signed: "Unattributed, Vanguard, December 1915".
_UNSIGNED_WORDS = r"unattributed|unsigned|anonymous|author unknown"
UNSIGNED_SOURCE = re.compile(rf"^(?P<statement>{_UNSIGNED_WORDS})[,.;:]\s+(?P<source>\S.*)$", re.I)
UNSIGNED = re.compile(rf"\b(?:{_UNSIGNED_WORDS})\b", re.I)  # said of a text anywhere: "This short, unsigned review"


def split_source_credit(value: str) -> tuple[str, list[tuple[str, str, str]]]:
    """A source value without the credits it tells, and those credits as fields ``(kind, label, value)``.

    Fields run on after the source ("... pp 19-25. Written : by X; Transcribed : by Y.") are
    fields; the credit sentence closing a source ("... Prepared for the Archive by A. Other.") is
    a credit; a translation told inside it (", translated by X from Y") is the
    translator's credit, and the original it was translated from is the first publication.
    A source opened by "Unattributed" gives that statement as a note; the rights closing it
    (", copyright © X. Reproduced here with the permission of X") are its licence; an editor's sentence in
    brackets after it, a note.
    """
    fields: list[tuple[str, str, str]] = []
    runs = FIELD_AFTER_SOURCE.split(value) if ":" in value else [value]
    run_in = [field for run in runs[1:] if (field := parse_field(run.rstrip(";")))]
    if runs[1:] and len(run_in) == len(runs) - 1:  # (every run a field we know, or the colon was the source's own)
        value, fields = runs[0], run_in
    if unsigned := UNSIGNED_SOURCE.match(value):
        value = unsigned["source"]
        fields.append(("note", "", unsigned["statement"]))  # a header note: the text names no author
    match = CREDIT_IN_SOURCE.match(value) if " by " in value else None
    if match and (kind := field_kind(match["label"])) and kind.startswith("credit:"):
        value = match["source"]
        fields.append((kind, match["label"] + " by", match["names"].strip() + (match["qualifier"] or "")))
    if leading := LEADING_TRANSLATION.match(value) if " by " in value[:TRANSLATOR_BEFORE] else None:
        value = leading["source"]  # "Unattributed but certainly translated by Ann Roe, The Harbour, October 1915"
        fields[:0] = [("credit:trl", leading["label"] + " by", leading["names"]), *([("note", "", leading["statement"])] if leading["hedge"] else [])]
    if translated := TRANSLATION_IN_SOURCE.match(value) if " by " in value else None:
        value = translated["source"]
        fields[:0] = [("credit:trl", translated["label"] + " by", translated["names"]), ("published", "from", translated["original"])]
    if rights := RIGHTS_IN_SOURCE.match(value):
        value = rights["source"]
        fields.append(("licence", "", rights["rights"]))
    if noted := NOTE_AFTER_SOURCE.match(value):
        value = noted["source"]
        fields.append(("note", "", noted["note"]))
    return value, fields


# An editor's sentence in brackets after the source: "..., pp. 119-129. (This translation has been slightly edited
# and compared with the original German by a volunteer.)"
NOTE_AFTER_SOURCE = re.compile(r"^(?P<source>.+?[.,;])\s+\((?P<note>[A-Z][^()]*\s[^()]*[.!])\)$")


# The rights closing a source: "..., Basingstoke, 2005, copyright © Ann Roe. Reproduced here with the permission of Ann Roe".
RIGHTS_IN_SOURCE = re.compile(r"^(?P<source>.+?\w[.)]?)[,.;]\s+(?P<rights>(?:(?i:copyright)\b|©).*)$")


# What a credit's value says before its names: "by X", "Translation team organized by X".
CREDIT_WORDING = re.compile(r"(?P<wording>[^,;:]{3,60}?\s)?by\s+(?=(?-i:[A-Z]))", re.I)
PUBLISHED_IN = re.compile(r"(?:first )?(?:published|printed) in\s+(?=(?-i:[A-Z“‘\"']))", re.I)  # a title; not "in 1930", "in full"


def credit_wording(label: str, value: str) -> tuple[str, str]:
    """A credit's label and value, the words before "by" moved from the value to the label: they say what was done.

    "Translated: by X", "Translation: Translation team organized by X", "Credits: Produced by X".
    """
    if (by := CREDIT_WORDING.match(value)) and not (by["wording"] and name_like(by["wording"])):
        return f"{label} {by.group().strip()}", value[by.end():]
    return label, value


def parse_field(line: str) -> tuple[str, str, str] | None:
    """Split a header field line into ``(kind, label, value)``; None if it is not one we know.

    Credits may also be sentences ("Translated by X for Y."): the label is then
    the words up to "by", the value the rest.
    """
    stripped = line.strip()
    match = FIELD_LINE.match(stripped) if ":" in stripped else None  # the cheap test first: most lines hold no colon
    if match and (kind := field_kind(match["label"])) and (kind != "credit:ivr" or name_like(match["value"])):
        # (an interview's transcript labels each question "Interviewer: ...": a credit names no more than the interviewer)
        label, value = match["label"] + (match["qualifier"] or ""), match["value"].strip()
        if kind.startswith("credit:"):
            label, value = credit_wording(label, value)
        elif kind == "written" and value[:3] == "by " and name_like(name := value[3:].rstrip(";.")):
            return "author", f"{label} by", name  # "Written: by Ann Roe": who wrote it, not when
        elif kind in ("source", "published") and (published := PUBLISHED_IN.match(value)):  # "Source: Published in X"
            label, value = f"{label} {published.group().strip()}", value[published.end():]
        return kind, label, value
    # The cheap test first: the label and its purpose take at most 85 characters, so " by " stands near the start.
    sentence = CREDIT_SENTENCE.match(stripped) if " by " in stripped[:90].lower() else None
    if sentence and (kind := field_kind(sentence["label"])) and kind.startswith("credit:"):
        # (the label as written, so that "EDITED BY" keeps its capitals)
        return kind, stripped[:sentence.start("value")].rstrip(), sentence["value"].strip() + (sentence["qualifier"] or "")
    if (stripped[:4] in ("This", "The ") or stripped[:2] == "A " or stripped[:3] == "An ") and DELIVERED_SENTENCE.match(stripped) and find_dates(stripped):
        return "written", "", stripped
    if (credited := ROLE_AFTER_NAMES.match(stripped)) and name_like(credited["value"]) and (kind := field_kind(credited["label"])):
        return kind, credited["label"], credited["value"]
    mistyped = SEMICOLON_FIELD.match(stripped) if ";" in stripped[:20] else None
    if mistyped and (kind := field_kind(mistyped["label"])) and not kind.startswith("credit:"):
        return kind, mistyped["label"], mistyped["value"]
    if stripped[:1] in "Cc©(" and "reserved" in stripped[-RESERVED_END:] and COPYRIGHT_NOTICE.match(stripped):
        return "licence", "", stripped
    if len(stripped) <= REPORTING_CREDIT_LENGTH and (" reported " in stripped or " contributed" in stripped) and REPORTING_CREDIT.match(stripped):
        return "note", "", stripped
    updated = UPDATED_LINE.match(stripped) if "pdated" in stripped[:20] else None
    return ("updated", updated["label"], updated["value"]) if updated and parse_date(updated["value"]) else None


# A news agency's credit to the reporters who helped, closing its story: "Koenig reported from Dallas.", "Associated
# Press writer Ann Roe in Detroit contributed to this report." (a sentence of the story goes on after its verb).
REPORTING_CREDIT = re.compile(r"^(?!(?:He|She|They|It|We|I|You|This|That|Who)\s)(?:(?:[A-Z][\w’'-]*\s+){0,4}(?:writers?|reporters?|correspondents?)\s+)?"
                              r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:(?:,\s+|,?\s+and\s+)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})*"
                              r"(?:\s+in\s+[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,3})?"
                              r"\s+(?:reported\s+(?:from|in)\s+[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,3}"
                              r"|contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?"
                              r"(?:\s+from\s+[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,3})?)\.$")
#: the longest credit to the reporters (a few names and a place)
REPORTING_CREDIT_LENGTH = 200
# A copyright notice on a line of its own, as a news site closes its story: "Copyright 2023 The Associated Press. All
# rights reserved.", "© 2020 Reuters. All rights reserved" (a book's "Copyright 1910 by ..." is its title page's).
COPYRIGHT_NOTICE = re.compile(r"^(?:copyright|©|\(c\))(?:\s*©)?\s*\d{4}(?:\s*[-–]\s*\d{2,4})?,?\s+[^.]{2,60}\.\s*all rights reserved\.?$", re.I)
#: how far from a copyright notice's end "reserved" stands ("All rights reserved.")
RESERVED_END = len("reserved.")


# A sentence telling when the text was made or published, the date soon after the verb and in the same sentence:
# "the speech delivered by Gregory Zinoviev, September 6, 1918, at ...", "The pamphlet was published in 1964 as ...".
# ("He made his maiden speech on 7 February 1893": a speech made, not any thing)
ORIGIN_VERB = re.compile(r"\b(?i:(?P<made>delivered|written|dated|given|spoken|interviewed|made\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+)?"
                         r"(?:speech|address|lecture)"
                         # or the occasion opening the sentence: "Oration by Ann Roe, on Thursday 29th August, 2013 at ..."
                         r"|^(?:oration|speech|address|lecture|sermon|eulogy|remarks)(?=\s+(?:by|at|to|on)\b)"
                         # or the resolution agreed: "Resolution agreed at the Party membership aggregate of December 2 1995."
                         r"|^(?:resolution|motion|statement|theses|programme|program|platform|declaration|manifesto)\s+(?:[\w-]+\s+){0,2}"
                         r"(?:agreed|adopted|approved|passed|carried))"
                         r"|(?P<published>published|appeared|printed))\b")
#: the most characters between the verb and its date
ORIGIN_GAP = 80
#: ... and between the verb and a date with its weekday, which names the occasion's day after its place and hour:
#: "delivered on the occasion of the ... commemoration at the graveside of ..., Dublin, 12.30 pm, Sunday, October 16, 2005"
OCCASION_GAP = 240
WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY_NAME}\.?,?\s*$", re.I)


# A standfirst or note naming who wrote the piece: "... writes Cameron Duodu, in ...", "..., Alan Woods writes about ...",
# "... was written by David Camfield)", "a report delivered March 26 by Chris Marsden"; opening the standfirst, the
# piece itself by its writers: "A biographical article by Mark Derby and Jay Miller of ..." (not "a reply to an article by X");
# "In this piece X demonstrates ...".
_WRITER_NAME = r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+"
_WRITER_NAMES = rf"{_WRITER_NAME}(?:(?:,\s+|\s+and\s+){_WRITER_NAME})*"  # "A, B and C"
# Which of a series' parts: "first", "twelfth", "twenty-first", "thirtieth", "last".
_ORDINAL = r"(?:(?:\w+-)?(?:" + "|".join(ordinal for _, ordinal in NUMBERS_IN_WORDS) + r")|\w+tieth|last|final|latest)"
WRITER = re.compile(rf"\bwrites\s+(?P<after>{_WRITER_NAME})|(?P<before>{_WRITER_NAME})\s+writes\b|\b(?:written|delivered|given)(?: [^.,;]{{1,30}}?)? by\s+(?P<by>{_WRITER_NAME})"
                    rf"|^An?\s+(?:[\w-]+\s+){{0,2}}(?:article|essay|piece|profile|study|biography|review)\s+by\s+"
                    rf"(?P<opening>{_WRITER_NAMES})"
                    # "In this piece Ann Roe demonstrates ...", "In this article, Ann Roe argues ...", "In the first of three
                    # articles Ann Roe appraises ...", "In the twelfth of our series on ..., Ann Roe encounters ..."
                    rf"|\bIn (?:this (?:article|essay|piece|review|talk|paper)|the {_ORDINAL} of\b[^.;]{{0,80}}?),?\s+(?P<this>{_WRITER_NAME})\s+"
                    rf"(?:demonstrates|argues|shows|examines|explores|explains|looks|asks|considers|describes|discusses|traces|sets out"
                    rf"|appraises|assesses|encounters|meets|recalls|remembers|reviews|revisits|reflects)\b")


def named_writer(text: str) -> str | None:
    """The writers a standfirst or a note names ("..., writes Cameron Duodu", "Alan Woods writes about ...",
    "An article by X and Y ..."), as written, or None."""
    for match in WRITER.finditer(text):
        names = match["after"] or match["before"] or match["by"] or match["opening"] or match["this"]
        if all(map(name_like, split_names(names))):
            return names
    return None


# A standfirst's sentence naming the translator: "This document was translated from the Spanish by Chris Andrews."
TRANSLATED_BY = re.compile(rf"\b(?P<label>[Tt]ranslated(?: into English)?(?: from (?:the )?[A-Z][\w-]+)?)\s+by\s+"
                           rf"(?P<names>{_WRITER_NAMES})(?=[.,;)]|\s*$|\s+of\s+(?:the\s+)?[A-Z])")  # "... by X of Y Collective."


def named_translator(text: str) -> tuple[str, str] | None:
    """The wording and the names of a translation a standfirst or a note tells of ("translated from the Spanish",
    "Chris Andrews"), or None."""
    match = TRANSLATED_BY.search(text) if "ranslated" in text else None
    if match and all(name_like(name) for name in split_names(match["names"])):
        return match["label"], match["names"]
    return None


# A headnote opening with how the text was made, closed by when: "Composed during illness, ..., --August, 1849."
MADE_HEADNOTE = re.compile(r"^(?:Composed|Written|Penned)\s+(?:in|on|at|during|while|when|after|before|for|by)\b")


def stated_date(sentence: str) -> tuple[str, Date] | None:
    """("when", date) when ``sentence`` tells when its text was made, ("notAfter", date) when it was published; or None."""
    if MADE_HEADNOTE.match(sentence) and (dates := find_dates(sentence)) and not sentence[dates[-1].end:].strip(" .)"):
        return "when", dates[-1]
    # The date first: "On January 21, 2023, members of the society interviewed Ann Roe ..."
    opening = find_dates(sentence[3:40]) if sentence[:3] == "On " else []
    if opening and opening[0].start == 0:
        clause = re.split(r"(?<!\b[A-Z])[.;!?]\s", sentence[3 + opening[0].end:], maxsplit=1)[0][:ORIGIN_GAP]  # ("C. D. Roe")
        if verb := ORIGIN_VERB.search(clause):
            return ("when" if verb["made"] else "notAfter"), opening[0]
    for verb in ORIGIN_VERB.finditer(sentence):
        for date in find_dates(after := sentence[verb.end(): verb.end() + OCCASION_GAP + 30]):
            if ((date.start <= ORIGIN_GAP or date.start <= OCCASION_GAP and WEEKDAY_BEFORE.search(after[:date.start]))
                    and not re.search(r"[.;!?]\s", after[:date.start])):
                return ("when" if verb["made"] else "notAfter"), date
    return None


# When the text was spoken or written, told in a sentence of its own at the top:
# "This speech was delivered in Hartford, Connecticut on November 13 1913".
DELIVERED_SENTENCE = re.compile(r"^(?:(?:This|The)\s+(?:[\w-]+\s+){1,3}(?:was|were)\s+(?:first\s+)?"
                                r"|An?\s+(?:[\w-]+\s+){0,2}(?:speech|address|lecture|talk|sermon|report)\s+)"  # "A speech delivered at ..."
                                r"(?:delivered|given|made|written|spoken|read|broadcast)\b[^.!?]{0,120}\.?$")


# "Published May 1930": a publication statement without a colon.
PUBLISHED_LINE = re.compile(r"^(?P<label>(?:First )?(?:Published|Printed|Appeared))(?:,\s*|\s+)(?P<value>.*\d{4}.*)$", re.I)  # "First Published, 1919"
# ... or where, with no date: "First published at PolEconJournal.", "Published in Labor Action."; or in a sentence:
# "This article was first published in the August 1944 issue of Fourth International."
# or the issue a reposted column is from, with no verb: "The Political Notes Column from the July 1981 issue of the Socialist Standard".
PUBLISHED_WHERE = re.compile(r"^(?P<label>(?:(?:This|The)\s+(?:[\w-]+\s+){1,3}(?:was|were)\s+)?(?:First |originally )?"
                             r"(?:Published|Printed|Appeared) (?:at|in|on)"
                             r"|(?:This|The)\s+(?:[\w-]+\s+){1,4}from(?=\s+the\s+[^.!?]{0,40}\bissue of\s))"
                             r"\s+(?P<value>(?:the )?(?-i:[A-Z“‘\"])[^.!?]{1,80}?)\.?$", re.I)
# ... or when it was printed again, or first in a translation: "Reprinted July, 1942", "First English Translation published in ..."
REPUBLISHED = re.compile(r"^\W*(?:(?:reprinted|republished|reissued)\b|(?:first |second |new )?(?:\w+ )?(?:translation|edition)"
                         r" (?:published|printed|issued)\b)", re.I)

# --- residue left by web sites --------------------------------------------------------------
# A site's trail of links: "Home > Writings > 1930", "Home » Works of A. Roe » Title" (not French quotes: "« Oui » ...").
BREADCRUMB = re.compile(r"^[^>»«]{1,80}(?:\s[>»]\s[^>»«]{0,80})+\s*[>»]?\s*$|^[^>»«]{1,80}\s[>»]\s*$")
# A trail of short names between colons: "MIA: History: ETOL: Documents: FI: 1938-1949".
COLON_TRAIL = re.compile(r"^(?:[^:.!?]{1,40}:\s){3,}[^:.!?]{1,80}$")
# The printed source's page number alone on its line, as mirrors copy it: "page 117", "p. 12".
PAGE_NUMBER_LINE = re.compile(r"^(?:page|p\.|pg\.?|s\.|seite)\s*\d{1,4}$", re.I)
# The formats a page offers its text in, under "Other formats": "Adobe Portable Document Format file (facsimile images)
# TEI XML file   ePub eBook file".
OFFERED_FORMATS = re.compile(r"^(?:(?:[\w-]+\s+){1,4}file(?:\s+\([^()]{1,40}\))?\s*){2,}$", re.I)
# An e-mail address, maybe labelled: "email: ann@example.org".
_EMAIL = r"(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A site's contact address alone: "email info@socialistviewpoint.org".
EMAIL_LINE = re.compile(rf"^{_EMAIL}$", re.I)
WIKI_CHROME = re.compile(
    r"^(?:jump to:? (?:navigation|search|content)(?:,?\s+(?:jump to:? )?(?:navigation|search|content))*"  # "Jump to: navigation, search"
    r"|navigation menu|retrieved from\s.*|this page was last edited.*|categor(?:y|ies):.*"
    r"|from wikipedia, the free encyclopedia"
    r"|(?-i:page)"  # a scanned page's link, in lower case, where a transcluded page begins ("Page" may label a column)
    # a scan's page status: "This page has been proofread, but needs to be validated."
    r"|this page (?:has (?:been|not been)|needs to be) (?:validated|proofread)(?:,? but needs to be (?:validated|proofread))?\.?)$",
    re.I,
)
SITE_CHROME = re.compile(r"^(?:[•·|]\s*)?(?:(?:see )?other formats?|download|скачать|printable version|share this|readme|comments?|kommentare|commentaires"
                         r"|subscribe to|deel deze tekst|hoe te citeren)\b.{0,80}$"  # (the archive's Dutch pages: "share this text", "how to cite?")
                         r"|^qr-\w+$|^(?:your |het |uw )?e-?mail(?: address|adres):?$"  # a QR code's label; a mail form's
                         r"|^(?:[\w'’-]+\s+){0,4}(?:badge|logo|icon|banner|\(logo\))$|^(?:book|front) cover$|^full text$"  # a picture's alternative text; a tab
                         r"|^share(?: on \w+)?$"  # share buttons: "SHARE", "Share on facebook"
                         r"|^print(?: this (?:page|article|story))?$|^printer[- ]friendly(?: version)?$"  # a print button
                         r"|^(?:read more|continue reading|keep reading)(?: (?:in|on|at) [\w' ]{1,30})?\s*[.…»›→>]*$"  # a link to another article or section
                         # accessibility links: "Skip to main content", "Skip to main content Skip to navigation"
                         # (maybe after the name of its icon, as an icon font's ligature: "help_outline Skip to main content")
                         r"|^(?:[a-z]+(?:_[a-z]+)+\s+)?(?:skip (?:to )?(?:the )?(?:main )?(?:content|navigation|menu)\s*){1,3}$"
                         # ... in the languages of the archive's pages: "Pasar al contenido principal", "Aller au contenu"
                         r"|^(?:(?:pasar|saltar|ir) al contenido(?: principal)?|(?:aller|passer) (?:directement )?au contenu(?: principal)?"
                         r"|(?:direkt )?zum inhalt(?: springen)?|(?:vai|salta|passa) al contenuto(?: principale)?)$"
                         r"|^(?:add me to|join|subscribe to|sign up (?:for|to)) (?:your |our |the )?(?:mailing list|newsletter|e-?mail list)$"  # a sign-up link
                         r"|^(?:donate|give|contribute) (?:now|today|to (?:our|the) [\w ]{1,30})$"  # an appeal's link: "Donate to our crowdfunder"
                         r"|^(?:alert|notify|e-?mail) me (?:about|of|when)\b.{0,60}$"  # a subscription's link: "Alert me about debates like this"
                         # a search box's labels: "Search this Transcript"; a viewer's switch: "Toggle Index/Transcript View Switch."
                         r"|^(?:search(?: this (?:site|page|blog|transcript|document|book))?|close (?:this )?search(?: box| form)?\.?)$"
                         r"|^toggle (?:[\w/-]+ ){0,4}(?:view|menu|navigation|switch|sidebar|search)\.?$"
                         r"|^(?-i:(?:[A-Z][a-z]{3,}){2,3})$"  # a site's name as its logo sets it: "WeeklyWorker"
                         r"|^(?:this (?:page|site|blog) is )?powered by \w.*|^(?:site |page |website )?hosted by \w.*"  # "... by Blogger. Isn't yours?"
                         r"|^see (?:more|also) (?:in|at|on) (?:the )?(?:[\w'’-]+ ){0,3}(?:encyclop(?:a|e)?edia|archive|library|index)\b.{0,40}$"  # "See more in Encyclopedia of Marxism."
                         # a link up the site, or to a page it names: "Return to ‘Theses and resolutions’"
                         r"|^(?:return|back|go(?: back| directly| straight)?) to\b(?:.{0,60}\b(?:page|index|contents|home|top|archive)"
                         r"|\s+[‘“'\"][^‘“'\"]{1,60}[’”'\"])$"
                         r"|^\d+\s+of\s+\d+(?:\s+(?:next|previous|prev|page))*$"  # a pager: "1 of 26 Next Page"
                         r"|^(?:viewing |showing )?page \d+ of \d+$"  # a viewer's pager: "Viewing page 13 of 19"
                         r"|^(?:images?|photos?|pictures?|videos?|attachments?)\s*\(\d+\)$"  # a tab with its count: "Images (2)"
                         # a picture's alternative text or placeholder: "image 1", "Article image" (not a paper's "Figure 1")
                         # (or its thumbnails in a row: "image thumbnail  image thumbnail")
                         r"|^(?:article |news )?(?:image|photo(?:graph)?|picture)(?: \d{1,3})?$|^(?:image thumbnail\s*)+$"
                         r"|^(?:view|download|open) (?:the )?(?:pdf|file|document)\s*\(\d[\d.,]*\s*[kmg]i?b\)$"  # "View PDF (201.8 KB)"
                         # a document host's details of the file: "Total Page:16", "File Type:pdf, Size:1020Kb"
                         r"|^total pages?:\s*\d+$|^file type:\s*\w+,\s*size:\s*[\d.,]+\s*[kmg]i?b$"
                         r"|^\(\d[\d,.]* posts?\)$"  # a forum member's post count: "(36,178 posts)"
                         r"|^(?:header |sidebar |footer |top )?(?:ads?|advertisements?)$"  # a blog's advertising slots: "Header Ads"
                         r"|^(?-i:(?:[a-z]+ ){1,3}ads?)$"  # (its template's name for one, in small letters: "links big ad")
                         # a page's print and text-size buttons: "Resize: A A A Print", "Send to Printer, PDF or Email", "[PDF][Print]"
                         r"|^(?:text ?)?(?:resize|font size|text size):?(?:\s+a){2,3}(?:\s+print)?$|^send to (?:printer|a friend)\b.{0,30}$"
                         r"|^(?:\[(?:pdf|print|e-?mail|share)\]\s*){2,}$", re.I)
# A notice that the site is kept as it was: "This site is a static archive. Visit the current IWW website at ▸".
# A transcription site's notice of the page's state: "This transcription has been completed. Contact us with corrections."
SITE_NOTICE = re.compile(r"^this (?:page|site|website|blog) is (?:a static archive|archived|no longer (?:updated|maintained))\b.*$"
                         r"|^this transcription (?:has been|is) (?:completed|reviewed|in progress|under review)\b.{0,80}$"
                         # where the reader is, and how long the page took: "You are now entering the X archive.",
                         # "Page generated in 0.2537 seconds."
                         r"|^you are (?:now )?(?:entering|viewing|browsing|in) (?:the|an?) .{0,60}\barchived?\b.{0,20}$"
                         r"|^page (?:generated|created|rendered|loaded) in [\d.]+ (?:seconds?|secs?\.?|ms)\.?$"
                         # a blog's label page over its posts: "Showing posts with label Ann Roe. Show all posts"
                         r"|^showing posts (?:with label|from|for query|sorted by)\b.{0,80}$"
                         # a shop's cart: "0 item(s)", "Cart (0)", "Your basket is empty"
                         r"|^\d+ items?\s*\(s\)$|^(?:shopping )?(?:cart|basket)\s*\(\d+\)$|^your (?:shopping )?(?:cart|basket) is empty\.?$"
                         # a digitised newspaper's list of a page's articles: "Hide Articles List", "5 articles on this Page"
                         r"|^(?:hide|show) (?:the )?articles? list$|^\d+ articles? on this page$", re.I)
# A speech's note on its text, over it: "(As prepared for delivery)", "Check against delivery", "Remarks as delivered".
DELIVERY_LABEL = re.compile(r"^[(\[]?(?:(?:remarks|text|speech)\s+)?(?:as\s+(?:prepared(?:\s+for\s+delivery)?|delivered)"
                            r"|check\s+against\s+delivery)[)\]]?\.?$", re.I)
#: the longest delivery label
DELIVERY_LABEL_LENGTH = 40


def delivery_label(line: str) -> bool:
    """True when ``line`` is a speech's delivery label ("(As prepared for delivery)")."""
    return len(line) <= DELIVERY_LABEL_LENGTH and bool(DELIVERY_LABEL.match(line))


# The licence a site gives its copy, at its foot: "Creative Commons BY-NC-SA", "This item has a Creative Commons
# license for re-use. ..." (the text's own rights stand in the header's fields).
LICENCE_NOTICE = re.compile(r"^creative commons(?: (?:by|attribution)(?:[- ](?:nc|sa|nd|non-?commercial|share-?alike|no-?deriv(?:ative)?s))*"
                            r"(?: \d\.\d)?(?: (?:international|unported))?)?(?: licen[cs]e)?\.?$"
                            r"|^this (?:item|work|page|text|article|document|content) (?:has|is licensed under|is available under) a"
                            r" creative commons licen[cs]e\b.*$", re.I)
# A digitised newspaper's notice on its machine-read text: "This article contains searchable text which was automatically
# generated and may contain errors. ...", "Thank you for correcting the text in this article. ..."
OCR_NOTICE = re.compile(r"^(?:this (?:article|text|page|item|newspaper) (?:contains|was|is|has)\b.{0,80}?\b(?:automatically generated"
                        r"|(?:produced|generated|created) (?:by|with|using) (?:OCR|optical character recognition)|uncorrected OCR)\b"
                        r"|thank you for correcting the text\b).*$", re.I)
# A site's appeal for its own upkeep, over any page: "We need your support to keep X running and ...".
APPEAL_BANNER = re.compile(r"^we need your (?:support|help|donations?) to (?:keep|help|continue|run|fund)\b.{0,200}$", re.I)
# Who posted the page, and when, maybe to the minute: "Submitted by libcom on December 8, 2005",
# "Submitted by Anon on 25 November, 2003 - 5:10".
SUBMITTED_BY = re.compile(r"^(?:submitted|posted) by \S+(?: \S+)? (?:on|at) .*\d{4}(?:\s*[-–,]?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?$", re.I)
# A mail archive's links around a mail: "• Next message: Jane Roe: "[list] Re: the strike"", "Messages sorted by: [ date ]".
MAIL_NAVIGATION = re.compile(r"^(?:[•·*]\s*)?(?:(?:next|previous|prev) (?:message|in thread)|messages sorted by|(?:maybe )?in reply to)"
                             r"\s*:.*$", re.I)
# A blog's footer under a post: WordPress's "Posted on September 21, 2011, in History. Bookmark the permalink. ..." or
# "This entry was posted in History. Bookmark the permalink.", and its like button: "%d bloggers like this:", "Like this:";
# a reblog's link to the rest of the post: "View original post 1,688 more words".
BLOG_POST_FOOTER = re.compile(r"^(?:this entry was )?posted (?:on|in)\b.*\bbookmark the permalink\b.*$"
                              r"|^view original post(?: [\d,]+ more words)?$"
                              r"|^(?:%d|\d+) bloggers? likes? this:?$|^like this:$|^like loading\W*$", re.I)
# What marks a line as a picture's caption: "... (left) and Thomas MacDonagh Photo: Joseph McGarrity Collection",
# "Jim Larkin, (Photo via YouTube/)".
_PICTURE = r"(?:photo(?:graph)?|picture|image)"
#: the longest line left in a picture's place (see :data:`PICTURE_GONE`)
PICTURE_GONE_LENGTH = 25
CAPTION = re.compile(rf"\b(?:{_PICTURE}|illustration)(?: credits?)?:\s|\((?:left|right|centre|center|above|below|pictured)\)"
                     rf"|\({_PICTURE} (?:via|by|from|courtesy of) \S"
                     rf"|^(?:from )?left to right:\s|\(\d{{4}} {_PICTURE}\)$", re.I)  # "Left to right: Ann Roe, ... (1933 photo)"
# A picture's caption naming what it shows: "Portrait of Ann Roe by Bob Lee, 1981", "A photograph of the strike committee".
# What a copy left in a picture's place: "Image removed.", "[Photo not available]". Under a headline it stands where
# the picture's caption would.
PICTURE_GONE = re.compile(rf"^\[?{_PICTURE}\s+(?:removed|not available|not shown)\.?\]?$", re.I)
CAPTION_LINE = re.compile(rf"^(?:(?:a|an|the)\s+)?(?:portrait|{_PICTURE}|drawing|painting|sketch|cartoon|poster"
                          r"|engraving|bust|statue|mural)s?\s+(?:of|from)\s+\S", re.I)
# Or the name of who or what it shows before the kind of picture, in small letters: "Tom Mann postcard".
NAMED_PICTURE = re.compile(rf"^(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{_PICTURE}|postcard|portrait|poster|cartoon)$")
# A photograph's caption naming the people it shows, where and when, with no verb after their names: "Max Eastman
# and Claude McKay at the 4th Congress of the Comintern, Moscow, 1923." (not "Ann Roe spoke at the congress, 1923.").
_PICTURED_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:de |van |von |la |le )?[A-Z][\w.'’-]+){1,3}"
PEOPLE_PICTURED = re.compile(rf"^(?P<names>{_PICTURED_NAME}(?:(?:,\s+|,?\s+and\s+){_PICTURED_NAME})*)\s+(?:\((?:left|right)\)\s+)?"
                             r"(?:at|in|with|during|on|outside|inside|addressing|speaking|among)\s+[^.!?]{3,150}?"
                             r"(?:,\s+|\s+\(|\s+in\s+)(?:c\.\s*)?(?:1[6-9]|20)\d\d\)?\.?$")
# A picture's credit, its photographer over the agency, its picture gone: "Earchiel Lee Johnson / People's World".
PHOTO_CREDIT = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+/\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}$")
#: the most words of a caption line between paragraphs (a longer one is a paragraph about the picture)
CAPTION_LINE_WORDS = 25
# A picture's credit closing its caption after a slash or as its lender's in brackets, which marks a caption of any
# length (its alternative text glued to it): "Henk Sneevliet Image ...Sneevliet devoted his whole life to ... China /
# Image: public domain", "IWW leaders convicted of ..., possibly en route to ... (courtesy UW Libraries Special Collections)".
CLOSING_PICTURE_CREDIT = re.compile(rf"\s/\s{_PICTURE}(?: credits?)?:\s[^/]{{1,60}}$"
                                    r"|\s\((?:photo |image )?courtesy (?:of )?[^()]{2,80}\)$", re.I)


def _repeats_caption(caption: str, line: str) -> bool:
    """True when ``line`` repeats the end of the caption over it, as a picture's alternative text and its caption do
    ("Image of postcard showing ‘Mrs Despard ..." / "Postcard showing ‘Mrs Despard ...")."""
    return len(line.split()) > 2 and caption.casefold().endswith(line.casefold())


def caption_lines(lines: list[str]) -> int:
    """How many of ``lines`` from the first are a picture's captions (see :data:`CAPTION_LINE`, :data:`CAPTION`), with
    the credit in brackets under them ("(National Galleries of Scotland)"); 0 if the first is no caption."""
    count = 0  # (the cheap tests first: most lines are a paragraph's, long)
    while count < len(lines) and (len(lines[count]) <= CAPTION_LINE_WORDS * 12 and lines[count][:1] != "["
            and len(lines[count].split()) <= CAPTION_LINE_WORDS and (
            CAPTION_LINE.match(lines[count]) or CAPTION.search(lines[count]) or PICTURE_GONE.match(lines[count])
            or NAMED_PICTURE.match(lines[count])
            or (credit := PHOTO_CREDIT.match(lines[count])) and name_like(credit["name"])
            or (pictured := PEOPLE_PICTURED.match(lines[count])) and all(map(name_like, split_names(pictured["names"])))
            or count and _repeats_caption(lines[count - 1], lines[count])) or CLOSING_PICTURE_CREDIT.search(lines[count])):
        count += 1
    return count + 1 if count and count < len(lines) and PARENTHESISED.match(lines[count]) else count


# How many comments a post has: "2 comments", "One Response", "3 thoughts".
_COMMENT_COUNT = r"(?:\d{1,5}|one|two|three) (?:comments?|responses?|replies|thoughts?)"
# A blog's comment form under the text: "Leave a Reply", "Your email address will not be published. Required fields ..."
COMMENT_FORM = re.compile(r"^(?:leave a (?:reply|comment)|post a comment|your email address will not be published\b.*"
                          r"|required fields are marked\b.*|be the first to comment\b.{0,40}|no comments(?: yet)?[.:]?"
                          r"|post comments \(atom\)"  # Blogger's feed link under a post
                          # WordPress's form to log in with an account, its pictures' alternative text and its script's
                          # unfilled message: "You are commenting using your Twitter account. Log Out / Change )",
                          # "Google+ photo", "Connecting to %s"
                          r"|fill in your details below\b.{0,40}|you are commenting using your \S+ account\b.{0,30}"
                          r"|(?:wordpress\.com|twitter|facebook|google\+?) (?:picture|photo|logo)|connecting to %s"
                          r"|" + _COMMENT_COUNT +  # (and the count of comments: "2 comments")
                          # the anti-spam plugin's line under the form
                          r"|this site uses akismet to reduce spam\b.{0,80})$", re.I)
# Readers' comments under a post: their count naming the post ("1 Response to Big Jim Larkin", "3 thoughts on “X”")
# over the first commenter's line ("1. Ann Roe says:", "Bob Doe said...").
COMMENTS_HEADER = re.compile(r"^" + _COMMENT_COUNT + r"(?: (?:to|on) \S.{0,150})?$", re.I)
COMMENTER = re.compile(r"^(?:\d{1,4}\.\s+)?\S.{0,60}\s(?:says|said|wrote)(?: on \S.{0,40})?(?::|\.\.\.|…)$")
# A prompt to log in: "Please Login to save notes.", "If you are not a registered user, then click here.",
# "Not Logged In: Login?"
LOGIN_PROMPT = re.compile(r"^(?:please\s+)?(?:log\s?in|sign\s?in|sign\s?up)\b.{0,60}$"
                          r"|^if you are not (?:yet )?(?:a )?(?:registered|logged in|signed in|member)\b.{0,60}$|^not logged in\b.{0,30}$", re.I)
# A site's links to its feeds and social media, each name twice (the icon's text, then the link's):
# "RSS FeedRSS FeedYouTubeYouTubeTwitterTwitterFacebook GroupFacebook Group"; a row of share buttons, "Facebook Twitter Share".
SOCIAL_LINKS = re.compile(r"^(?:share\s+)?(?:(?:rss(?: feed)?|atom feed|youtube|twitter|facebook(?: group| page)?|instagram|linkedin|mastodon"
                          r"|telegram|tiktok|pinterest|reddit|whatsapp|bluesky|soundcloud|vimeo|flickr|tumblr)\s*[|•·]?\s*){2,}(?:share)?$", re.I)
# A picture's file name left where the picture stood, maybe with its size: "Paul-Levi-1920.jpg", "TULogo9.jpg (33484 bytes)".
# (or a scan's name by its resolution: "Issue 3-2023-200dpi")
IMAGE_FILE_NAME = re.compile(r"^[\w()%.,'’/-]+\.(?:jpe?g|png|gif|webp|svg|tiff?)(?:\s\(\d+ bytes\))?$|^[\w()%.,'’ -]{0,40}[-_ ]\d{2,4}dpi$", re.I)
# A row of share buttons run together: "Submit to DeliciousSubmit to DiggSubmit to Facebook".
SHARE_BUTTONS = re.compile(r"^(?:(?:submit|share|post|add|save)\s+(?:to|on)\s+[\w ]+?){2,}$", re.I)
# A bar of links ("Works Index | Volume 24 | Collected Works") or the bare separators of one ("| | |");
# a lower-case "l" may stand for the bar ("Home l Back issues l Contact us").
LINK_BAR = re.compile(r"^[|•·\s]+$|^[^|!?]{1,40}(?:\s[|l]\s+[^|!?]{1,40}){2,}$")  # "Works Index | Volume 42 | L.I.A. Index"
# Two links: "ISJ 2 Index | Main Newspaper Index", "Encyclopedia of Trotskyism | Marxists’ Internet Archive".
TWO_LINKS = re.compile(r"^[^|!?]{1,40}\s\|\s+[^|!?]{1,40}$")
# A site's or blog's name before the bar of a page's title broken after it: "Mavi Boncuk |" over the title (not a
# clause of a sentence set in a table, "right, |").
NAME_BEFORE_BAR = re.compile(r"^[^|]{0,39}[^|\s,;:]\s\|$")
SITE_WORDS = re.compile(r"\b(?:index|archive|main page|home|library|encyclopedia)\b", re.I)
SITE_NAME = re.compile(r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4})Archives?$")  # a person's archive, named over its pages


def archive_owner(line: str) -> str | None:
    """The person a site's name over the page names as its archive's owner ("Guy A. Aldred Archive"), or None."""
    site = SITE_NAME.match(line) if line.endswith(("Archive", "Archives")) else None
    return name if site and name_like(name := site["name"].strip()) else None


# An on-line collection named over its pages, maybe with the section: "Encyclopedia of Anti-Revisionism On-Line",
# "Marxists Internet Archive", "Encyclopedia of Trotskyism On-Line: Revolutionary History".
ONLINE_SITE = re.compile(r"^(?:[A-Z][\w'’-]*(?:\s+of)?\s+){1,6}(?:On-?[Ll]ine|Internet Archive)(?::\s+[^:]{1,60})?$")
# "From <site>": a wiki's tagline, only next to wiki chrome ("From Marxists-en", "From Notes from the Margins")
WIKI_TAGLINE = re.compile(r"^From \S+$|^From [A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|from|and|for|on|in)){1,5}$")
#: the reason a wiki's tagline is removed (the line over it is the page's title)
WIKI_TAGLINE_REASON = "wiki page tagline"
#: the reasons a site's navigation is removed (the lines over it are the site's header, not the page's title)
NAVIGATION_REASON, MENU_REASON = "navigation words", "the site's menu"
# An archive page's label over the titles of its related pages, in its languages ("Verwant:" / "De linkse stroming").
RELATED_LABEL = re.compile(r"^(?:related(?: (?:pages|articles|posts|links|texts|works))?|verwant|siehe auch|voir aussi|zie ook):$", re.I)
#: the longest title of a related page
RELATED_TITLE_LENGTH = 100


def related_title(line: str) -> bool:
    """True when ``line`` may be a related page's title under :data:`RELATED_LABEL`: short, closed by no stop or comma."""
    return len(line) <= RELATED_TITLE_LENGTH and line.rstrip()[-1:] not in ".!?,;:"


# A blog's label over the categories its post is filed under ("Categories" / "AIA"): with the categories, chrome.
CATEGORIES_LABEL = re.compile(r"^(?:categories|categorised in|filed under|tags|tagged|labels)\s*:?$", re.I)
#: the longest line of a blog's categories, under their label
CATEGORY_LENGTH = 40
# A wiki's subpage name, the work's title before the page's: "Harbour Days/Main", "The Manifesto/Chapter 1".
WIKI_SUBPAGE = re.compile(r"^(?P<work>[^/]*\w[^/]*)/[^/]+$")
# A wiki page's name in a namespace, over its tagline: "Page:Pentagon-Papers-Part I.djvu/263".
WIKI_PAGE_NAME = re.compile(r"^(?:Page|File|Index|Author|Talk|User|Category|Template|Portal):\S.*$")
NAVIGATION_WORDS = re.compile(
    r"^[<«‹-]*\s*(?:(?:return|back|top|next|previous|prev|home|up|index|contents|table of contents)\b[\s|·•>«»<.-]*){1,12}$"  # "<< Home", "<--Previous Up Next-->"
    r"|^[<>«»‹›←→]{1,3}$"  # a pager's arrow alone: "<<"
    r"|^select page$",  # a site's menu folded on a small screen
    re.I,
)
# A pager's row of page numbers, maybe with its arrows: "|<   70   71   72 ... 92", "95   96 ... 119   >>   >|".
# (no year: "1917 1918 1919 1920" heads a table's columns)
PAGER = re.compile(r"^(?:[|<>«»]{1,2}\s+)*(?P<numbers>(?:\d{1,3}\s+){3,}\d{1,3})(?:\s+[|<>«»]{1,2})*$")


def _counts_on(numbers: list[str]) -> bool:
    """True when ``numbers`` count on one by one ("70", "71", "72"): pages, not a table's figures."""
    return all(int(later) == int(earlier) + 1 for earlier, later in zip(numbers, numbers[1:]))


# A link of a site's menu, chrome beside another ("Home" / "Contents" / "Subscribe", "Ozleft home"; not a title,
# "Coming Home"); a mail address the site hid.
MENU_LINK = re.compile(r"^(?:[\w'’-]+ (?-i:home|links)|home|links|contents|index|subscribe|contact(?: us)?|write (?:to )?us!?|about(?: us)?|archives?"
                       r"|donate|search|\[email(?:&#160;|\s)protected\])$", re.I)
#: the longest link of a site's menu
MENU_LINK_LENGTH = 20
# An archive listing line: an eight-digit archive identifier (yyyymmdd) amid author and title.
ARCHIVE_ID = re.compile(r"(?<!\d)(?P<id>1[5-9]\d{2}[01]\d[0-3]\d|20\d{2}[01]\d[0-3]\d)(?!\d)")


# A line set in italics ("_CONTENTS._") or fenced as a wiki heading ("== PREFACE =="): the words inside.
MARKED_LINE = re.compile(r"^_(?P<italic>[^_]+)_$|^(?P<fence>={2,})\s*(?P<fenced>[^=]+?)\s*(?P=fence)$")


def unmarked(line: str) -> str:
    """The words of a line without the italics or heading fences around them ("_CONTENTS._" -> "CONTENTS.")."""
    match = MARKED_LINE.match(line) if line[:1] in "_=" else None
    return (match["italic"] or match["fenced"]) if match else line


# A line that only underlines the heading above it (plain-text and Markdown convention).
UNDERLINE = re.compile(r"^([=~^*#_-])\1{2,}$")
# A page's instruction to follow a link: "Click on the headline to link to the ... website for the article listed below:".
# (Not a sentence that carries the link itself, the post's document: "To download the above file please click on the
# following link: SPI MANIFESTO".)
LINK_INSTRUCTION = re.compile(r"^click (?:here|on)\b[^.!?]{0,180}[.:]?$", re.I)
#: the longest instruction to follow a link
LINK_INSTRUCTION_LENGTH = 240
# A line that is only an HTML tag, left from the page the text was copied from: "</pre>", "<pre id="pg-footer">".
HTML_TAG_LINE = re.compile(r"^</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+=\"[^\"]*\")*\s*/?>$")


#: the longest line of a site's chrome: a button, a link
CHROME_LENGTH = 90


def residue_reason(line: str, neighbours: tuple[str, ...] = (), web: bool = True) -> str | None:
    """Why ``line`` is residue rather than text, or None if it is text.

    ``neighbours`` are the lines around it: a wiki tagline ("From <site>") only
    counts as residue next to other wiki chrome. With ``web=False`` (texts that
    never were web pages) only heading underlines and lines holding only an HTML tag are residue.
    """
    stripped = line.strip()
    if UNDERLINE.match(stripped) and not SEPARATOR.match(stripped):
        return "heading underline"
    if stripped[:1] == "<" and HTML_TAG_LINE.match(stripped):
        return "an HTML tag"
    if len(stripped) <= PICTURE_GONE_LENGTH and PICTURE_GONE.match(stripped):
        return "what the copy left in a picture's place"
    if not web:
        return None
    if WIKI_CHROME.match(stripped):
        return "wiki page chrome"
    # The cheap test first: most lines are text, longer than a button or a link.
    if len(stripped) <= CHROME_LENGTH and (SITE_CHROME.match(stripped) and len(stripped.split()) <= 8
                                           or SUBMITTED_BY.match(stripped) or OFFERED_FORMATS.match(stripped)
                                           or SITE_NOTICE.match(stripped)):
        return "site chrome"
    if len(stripped) <= LINK_INSTRUCTION_LENGTH and stripped[:6].lower() == "click " and LINK_INSTRUCTION.match(stripped):
        return "site chrome"
    if stripped[:8].lower() == "we need " and APPEAL_BANNER.match(stripped):
        return "site chrome"
    if stripped[:1] in "TtIi" and OCR_NOTICE.match(stripped):
        return "the site's notice on its machine-read text"
    if stripped[:1] in "CcTt" and LICENCE_NOTICE.match(stripped):
        return "the site's licence for its copy"
    if ":" in stripped[:24] and MAIL_NAVIGATION.match(stripped):
        return "mail archive navigation"
    if "{" in stripped and len(stripped) <= CHROME_LENGTH and TEMPLATE_FIELD.search(stripped):
        return "web page template residue"  # a placeholder the site left unfilled: "Major Theme - {title}"
    if stripped[:1] in "LlPpYyRrBbNnFfTtGgWwCcOo0123456789" and COMMENT_FORM.match(stripped):
        return "comment form"
    if stripped[:1] in "PpTt%LlVv0123456789" and BLOG_POST_FOOTER.match(stripped):
        return "blog post footer"
    if stripped[:1] in "SsAaPp" and SHARE_BUTTONS.match(stripped):
        return "share buttons"
    if stripped[:1] in "RrAaYyTtFfIiLlMmPpWwBbSsVv" and SOCIAL_LINKS.match(stripped):
        return "links to the site's feeds and social media"
    if ("." in stripped[-5:] and " " not in stripped or stripped[-3:].lower() == "dpi" or stripped[-6:] == "bytes)") \
            and IMAGE_FILE_NAME.match(stripped):
        return "a picture's file name"
    if stripped[:1] in "PpLlSsIiNn" and LOGIN_PROMPT.match(stripped):
        return "login prompt"
    if len(stripped) <= CATEGORY_LENGTH and (CATEGORIES_LABEL.match(stripped) or stripped[-1] not in ".!?"
                                             and any(CATEGORIES_LABEL.match(n.strip()) for n in neighbours)):
        return "a blog's categories"
    if stripped[-1:] == ":" and field_kind(stripped[:-1]) == "updated":
        return "an empty date of last update"  # its label alone: "Laatst bijgewerkt:"
    if WIKI_TAGLINE.match(stripped) and any(WIKI_CHROME.match(n.strip()) for n in neighbours):
        return WIKI_TAGLINE_REASON
    if ":" in stripped and WIKI_PAGE_NAME.match(stripped) and any(WIKI_TAGLINE.match(n.strip()) for n in neighbours):
        return "wiki page name"
    if (stripped[-1:].isdigit() or stripped[-1:] in "<>|«»") and (pager := PAGER.match(stripped)) and _counts_on(pager["numbers"].split()):
        return "a pager's page numbers"
    if NAVIGATION_WORDS.match(stripped) and (len(stripped.split()) > 1 or stripped.lower() in {"return", "back", "top"} or len(stripped) <= 3):
        return NAVIGATION_REASON
    if len(stripped) <= MENU_LINK_LENGTH and MENU_LINK.match(stripped) and any(MENU_LINK.match(other) for n in neighbours if (other := n.strip()) != stripped):
        return MENU_REASON  # a link beside another: "Home" / "Contents" / "Subscribe" / "Write us!"
    if (">" in stripped or "»" in stripped) and BREADCRUMB.match(stripped) or stripped.count(": ") >= 3 and COLON_TRAIL.match(stripped) \
            or stripped[:13].lower() == "you are here:":  # "You are here: The Society/Trotsky in Tijuana"
        return "breadcrumb trail"  # (the cheap tests first: the patterns backtrack over paragraphs)
    if stripped[:1] in "PpSs" and PAGE_NUMBER_LINE.match(stripped):
        return "page number of the printed source"
    if "@" in stripped and EMAIL_LINE.match(stripped):
        return "e-mail address"
    if ("|" in stripped or "•" in stripped or "·" in stripped or " l " in stripped) and (
            LINK_BAR.match(stripped) or TWO_LINKS.match(stripped) and SITE_WORDS.search(stripped)):  # every bar holds one
        return "navigation bar"
    if stripped[-1:] == "|" and NAME_BEFORE_BAR.match(stripped) and not any(
            other.endswith(" |") for n in neighbours if (other := n.strip()) != stripped):
        return "site name"  # (lines closed by bars one under another are a table's cells: "Apologia |" / "3 |")
    if archive_owner(stripped):
        return "site name"  # "Antonie Pannekoek Archives" over the page
    if (stripped.endswith(("ine", "Archive")) or ("ine: " in stripped or "Archive: " in stripped)) and ONLINE_SITE.match(stripped):
        return "site name"
    return None


# A web page template's placeholder left unfilled: "{title}", "{{ author }}", "{$date}".
TEMPLATE_FIELD = re.compile(r"\{\{?\s*\$?[a-z][a-z_.]*\s*\}\}?")


# --- names, titles, signatures --------------------------------------------------------------
NAME_PARTICLES = {"de", "del", "della", "der", "di", "du", "da", "van", "von", "la", "le", "y", "ibn", "al", "bin", "ten", "ter", "zu",
                  "Ó"}  # Irish: "Aodhán Ó Ríordáin"
NAME_JOINERS = {"and", "&", "und", "et"}
NOT_IN_NAMES = {"the", "of", "a", "an", "to", "in", "on", "at", "by", "for", "with", "from", "is", "are", "was",
                "without", "against", "about", "into", "through", "between", "beyond", "towards", "upon", "after", "before",
                "note", "notes", "speech", "delivered",  # nor labels: "Editor’s Note: ...", "Speech Delivered: ..."
                "inc", "ltd", "co", "company", "press",  # nor firms: "Video Group, Inc."
                "publishers", "publishing", "publication", "publications",  # nor a publisher: "I.L.P. Publication Department"
                "history", "interview", "interviews", "transcript", "project", "journal", "magazine", "review",  # nor works: "Oral History"
                "resolution", "resolutions", "report", "minutes",  # nor a meeting's papers: "Defense Resolutions"
                "conference", "congress", "meeting",  # nor a meeting: "Our Easter Conference"
                "correspondence", "letters", "works", "writings",  # nor a collection: "Marx-Engels Correspondence"
                "library", "archive", "archives", "section", "institute",  # nor who keeps it: "X Library"
                "video", "audio", "podcast", "photos", "update", "breaking", "exclusive", "watch", "listen", "opinion",
                "analysis", "editorial",  # nor a web page's kicker: "VIDEO: Title"
                "but", "not", "nor", "has", "have", "had", "were", "shall"}  # nor a headline's clause: "BUT FIGHT NOT ENDED"
# "N.", "A.L.", "J.-P.", and an initial without its stop ("K Marx"), but not the words "A" and "I"
_INITIAL = re.compile(r"^(?:[A-Z]\.)+(?:-[A-Z]\.)?$|^[A-Z]\.[A-Z]\.?$|^[B-HJ-Z]$")
# Names come from across Europe: Latin letters up to Extended-A ("Émile", "Łukasz", "Dzierżyński").
_LATIN = [chr(code) for code in range(0x41, 0x180) if chr(code).isalpha()]
_CAPITAL, _SMALL = "".join(c for c in _LATIN if c.isupper()), "".join(c for c in _LATIN if c.islower())
# "Ann", "Smith-Jones", "Jean-Paul", "ROE", "MacDonald", "O'Brien", "D'Arcy", "O'CASEY"
_NAME_WORD = re.compile(rf"^[{_CAPITAL}][{_SMALL}'’]*[{_SMALL}](?:-[{_CAPITAL}]?[{_SMALL}'’]*[{_SMALL}])*$|^[{_CAPITAL}]{{2,}}(?:-[{_CAPITAL}]{{2,}})*$"
                        rf"|^[{_CAPITAL}][{_SMALL}]*[{_CAPITAL}][{_SMALL}]+$|^[ODL]['’][{_CAPITAL}][{_SMALL}]+$|^O['’][{_CAPITAL}]{{2,}}$")
POSSESSIVE_WORD = re.compile(r"[a-z]['’]s$")
# (The slashes of an address, "at http://www.pgdp.net", separate nothing.)
# ("AND" in a credit set in capitals: "BOB LEE AND CY DOE")
NAME_SEPARATORS = re.compile(r"\s*(?:(?<![:/])/(?!/)|;|,\s*(?:and|AND)\s+|\s+(?:and|AND)\s+|\s*&\s*|,)\s*")
NAME_SEPARATORS_NOT_COMMAS = re.compile(r"\s*(?:(?<![:/])/(?!/)|;|,?\s+(?:and|AND)\s+|\s*&\s*)\s*")


# Who writes or signs as a body: "The Editors", "The Editorial Board", "Central Committee".
COLLECTIVE_AUTHOR = re.compile(r"^(?:the )?(?:editors|editorial (?:board|committee)|(?:central|executive|national|political) committee)\.?$", re.I)
# An organisation that writes as one: "Marxist-Leninist Organizing Committee", "Revolutionary Workers League".
ORGANISATION = re.compile(r"^(?:The )?(?:[A-Z][\w'’-]*\s+){1,6}(?:Committee|Party|League|Union|Group|Organi[sz]ation|Federation|"
                          r"Council|Bureau|Collective|Caucus|Tendency)$"
                          # a party of a country, with no article ("The Communist Party of Ireland" is a history's title)
                          r"|^(?!The\s)(?:[A-Z][\w'’-]*\s+){1,4}(?:Party|League|Federation)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
LAST_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")


# A pamphlet's price in words, as its cover prints it: "ONE PENNY", "Price Twopence", "TEN CENTS".
PRICE = re.compile(r"^(?:price:?\s+)?(?:(?:one|two|three|four|five|six|ten|twenty|fifty)\s+)?(?:penny|pence|twopence|threepence"
                   r"|sixpence|halfpenny|shillings?|cents?|dollars?)\.?$", re.I)


# An initial glued to the name after it: "H.Canne" (not "A.L.", initials alone).
GLUED_INITIAL = re.compile(r"(\b[A-Z]\.)(?=[A-Z][a-z])")


# The news agencies that sign the stories they send ("By The Associated Press"); a publisher's "Harbour Press" is no
# writer.
NEWS_AGENCY = re.compile(r"^(?:the )?(?:associated press|canadian press|press association|pa media|reuters|agence france[- ]presse|afp"
                         r"|united press(?: international)?|upi|bloomberg(?: news)?|xinhua|tass|kyodo(?: news)?|dpa|efe|ansa)$", re.I)


def organisation_like(text: str) -> bool:
    """True when ``text`` names a body rather than a person ("The Editors", "The Associated Press")."""
    return bool(COLLECTIVE_AUTHOR.match(text) or ORGANISATION.match(text) or NEWS_AGENCY.match(text))


def name_like(text: str) -> bool:
    """True when ``text`` reads as a personal name or names ("L. Trotsky", "A.L.", "Marx and Engels").

    A note marker after a name ("Richard Greeman [1]") leaves it a name, and so does an initial typed without its space
    ("H.Canne Meijer").
    """
    text = without_note_markers(text)
    if COLLECTIVE_AUTHOR.match(text) or ORGANISATION.match(text):
        return True
    if PRICE.match(text):
        return False  # "ONE PENNY" on a pamphlet's cover
    words = text.rstrip(",").split(maxsplit=10)  # eleven pieces tell a paragraph without splitting it all
    if not 1 <= len(words) <= 10 or any(ch.isdigit() for ch in text):
        return False
    if "." in text and GLUED_INITIAL.search(text):
        words = GLUED_INITIAL.sub(r"\1 ", text).rstrip(",").split()
    if len(words) > 1 and words[-1].endswith("."):  # "SIDNEY COLVIN." (a word alone with a stop, "ETYMOLOGY.", heads)
        words[-1] = LAST_STOP.sub("", words[-1])  # ("A.L." keeps its initials' stops)
    if len(words) == 1:
        return bool(_INITIAL.match(words[0])) or (words[0].isupper() and len(words[0]) > 2 and words[0].isalpha()
                                                   and words[0].lower() not in NOT_IN_NAMES)
    if any(POSSESSIVE_WORD.search(word) for word in words[:-1]):
        return False  # "John Maclean's Trial": a name's possessive is followed by what is his, not by more of his name
    names = 0
    for word in words:
        bare = word.rstrip(",").strip("()")  # "V. Ulyanov (Lenin)": the name he wrote under
        if bare.lower() in NAME_JOINERS or bare in NAME_PARTICLES:
            continue
        if bare.lower() in NOT_IN_NAMES:
            return False  # "THE PROLOGUE" is no name, though in capitals
        if not (_INITIAL.match(bare) or _NAME_WORD.match(bare)):
            return False
        names += 1
    return names >= 2 or any(_INITIAL.match(w) for w in words)


def joiners(names: str) -> list[str]:
    """The words joining a list of names ("and" in "A, B and C"), which splitting it leaves out."""
    return [word for word in names.replace(",", " ").split() if word.lower() in NAME_JOINERS]


# One name as catalogues give it, surname first: "Rühle, Otto", "Smith, John A.", "O'Connor, Garry" (two single names
# after one another are rarely a list of authors).
SURNAME_FIRST = re.compile(r"^[A-ZÀ-Þ](?:[^\W\d_]|['’](?=[A-ZÀ-Þ]))+(?:-[A-ZÀ-Þ][^\W\d_]+)?, [A-ZÀ-Þ][^\W\d_]+(?: [A-Z]\.)*$")


def normal_case(name: str) -> str:
    """A name as the header gives it: in normal case if printed in capitals ("ANN ROE" -> "Ann Roe")."""
    return name.title() if name.isupper() else name


def split_names(text: str, commas: bool = True) -> list[str]:
    """Split a list of names written "A/B", "A, B and C" or "A & B".

    With ``commas=False`` a comma does not separate names ("Dickens, Charles").
    """
    separators = NAME_SEPARATORS if commas and not SURNAME_FIRST.match(text) else NAME_SEPARATORS_NOT_COMMAS
    return [part.strip(" .;") for part in separators.split(without_note_markers(text).rstrip(".;")) if part.strip(" .;")]


# Where a credit's names end and what it says of them begins: "X for the Archive" (or "voor het ...", "für das ..."), "X in 1967",
# "X (August 2011)", "X and Y, November, 2005", the degrees after a name: "LIONEL GILES, M.A. (1910)", another's
# hand after it: "William Melmoth [revised by F. C. T. Bosanquet]".
CREDIT_NOTE = re.compile(r"\s(?:(?:for|voor|für|pour)\s|(?=\[?(?:revised|corrected|abridged)\s+by\s)|(?:in|on)\s(?=.*\b(?:1[5-9]|20)\d\d\b)|\((?=[^()]*\b(?:1[5-9]|20)\d\d\)\.?$))"
                         r"|,(?=\s+(?:[A-Z][a-z]+\.?,?\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\.?$)"
                         r"|,(?=\s+(?:[BM]\.A|M\.D|Ph\.D|LL\.[BD]|D\.D|D\.Litt|F\.R\.S|B\.Sc|M\.Sc)\.)")


def split_credit(value: str) -> tuple[str, str]:
    """A credit's value as its names and what it says of them: ("X", "for the Archive")."""
    match = CREDIT_NOTE.search(value)
    return (value[:match.start()], value[match.start() + 1:].strip().rstrip(".")) if match else (value, "")


SMALL_WORDS = {
    "a", "an", "the", "and", "or", "nor", "but", "for", "of", "to", "in", "on", "at", "by", "as",
    "is", "are", "was", "with", "from", "into", "its", "it", "be", "not", "no", "vs", "via", "per",
}
# A closing stop, but not the one ending an abbreviation such as "U.S.S.R."
_TERMINAL_PUNCTUATION = re.compile(r"[,;:!]$|[:\s]-$|(?<!\b[A-Z])\.$")


#: the fewest words of a line of prose going on under the first (a title's second line has fewer)
PROSE_LINE_WORDS = 9


def carries_on_title(previous: str, line: str, adjacent: bool, title: str | None = None) -> bool:
    """True when ``line`` goes on with the title line above it (``title``: the title so far, ending with it):
    a few words in lower case ("For the Twentieth Anniversary" / "of Comrade Ann Roe" / "as General Secretary"),
    title words under a colon ("The Long March:" / "A History"); or, right under it (``adjacent``), whatever
    follows a line left hanging on a word that cannot end a title ("Ernest Mandel, central leader of" /
    "Fourth International, dies in Antwerp"), title words or years under a comma ("Ann Roe," / "Socialist,"
    / "1924-1994"), a long title's next line of title words (a title wrapped over lines: "Hold the Great Red
    Banner of ... Still" / "Higher, Bring the Mass Movement of ...") or lower-case words under a comma or
    colon ("Isaac Deutscher:" / "the prophet, his biographer and the watchtower"); a title in capitals
    set one word a line ("THE" / "KRONSTADT" / "REVOLT")."""
    short = len(without_note_markers(line).split()) < PROSE_LINE_WORDS  # (a note marker is no word: "... in 1918 [1]")
    return (line[:1].islower() and short and title_like(title or previous)
            or previous.endswith(":") and short and title_like(line)
            or adjacent and (dangles(previous)
                             or previous.endswith(",") and short and (title_like(line.rstrip(",")) or bool(YEARS_LINE.match(line)))
                             or previous[-1:] in ",:" and line[:1].islower() and short
                             or len(previous.split()) >= PROSE_LINE_WORDS and title_like(previous) and title_like(line))
            or _word_a_block(previous, line, title or previous))


# Two names broken after the second's first name: "Ann Roe and Bob" / "Lee".
NAMES_BROKEN = re.compile(r"\s(?:and|&)\s+[A-Z][a-z]+$")


def carries_on_name(previous: str, line: str) -> bool:
    """True when ``line`` is the surname broken off the names above it ("Ann Roe and Bob" / "Lee")."""
    return bool(NAMES_BROKEN.search(previous)) and " " not in line and name_like(f"{previous} {line}")


def _word_a_block(previous: str, line: str, title: str) -> bool:
    """True when a title in capitals is set one word a line from a small word on ("THE" / "KRONSTADT" / "REVOLT")."""
    return " " not in previous and " " not in line and line.isupper() and previous.isupper() and (
        title.split(None, 1)[0].lower() in DANGLING_WORDS)


# Years alone on a title's last line: "1924-1994", "1871".
YEARS_LINE = re.compile(r"^\d{4}(?:\s*[-–—]\s*\d{4})?$")


def opens_paragraph(pair: list[tuple[int, str]]) -> bool:
    """The first of two (line index, line) opens a paragraph: a line of prose goes on in lower case right under it
    ("Today it" / "pays to take an unbiased look at the ideological and political"), or under a blank line after a line
    as long as prose left open on a word, as an OCR's text breaks a sentence ("We greatly regret to record that the
    dock strike still" / "" / "remains unsettled. On Wednesday ...")."""
    if len(pair) != 2 or not pair[1][1][:1].islower() or len(pair[1][1].split()) < PROSE_LINE_WORDS:
        return False
    return pair[1][0] == pair[0][0] + 1 or len(pair[0][1].split()) >= PROSE_LINE_WORDS and pair[0][1][-1:].isalpha()


#: the most words of a heading written like a sentence ("Introduction: The nature of capitalism")
SENTENCE_HEADING_WORDS = 7


def sentence_heading(text: str) -> bool:
    """True when ``text`` could head a section though written like a sentence: a few words from a capital to
    a letter (no stop, question or note number at the end), not broken off after a small word ("... of the"); maybe
    in quotation marks ("‘A small instrument that makes revolutions’")."""
    if text[:1] in "“‘\"" and text[-1:] in "”’\"":
        text = text[1:-1]
    words = text.split()
    return (0 < len(words) <= SENTENCE_HEADING_WORDS and text[:1].isupper() and text[-1].isalpha()
            and words[-1].lower() not in SMALL_WORDS)


def title_like(text: str) -> bool:
    """True when ``text`` reads as a heading: short, capitalised words, no closing stop.

    A question mark may close a heading ("Are They Terrorists?"), a full stop,
    comma, colon or exclamation mark may not.
    """
    stripped = re.sub(r"\s*\[\w{1,3}\]", "", text).strip().rstrip("”’\"'")
    if not stripped or len(stripped) > 120 or _TERMINAL_PUNCTUATION.search(stripped):
        return False
    first = stripped.lstrip("“‘\"'(")[:1]
    if not (first.isupper() or first.isdigit()) or stripped[:1] in "“‘\"'" and stripped[-1:] in "?!" and stripped != text.strip():
        return False  # (a line of dialogue, its question inside the quotation marks: "“Why?”")
    words = [w.strip("“”‘’\"'()[],;:") for w in stripped.split()]
    content_words = [w for w in words if w and w.lower() not in SMALL_WORDS and w[0].isalpha()]
    if not content_words:
        return False
    capitalised = sum(1 for w in content_words if w[0].isupper())
    return capitalised / len(content_words) >= 0.6


# The mark of a copied signature before the name: "(Signed) H.B. Stowe.", "Signed: A. Roe", "Sgd. A. Roe".
SIGNED_MARK = re.compile(r"^(?:\(signed\)|\[signed\]|signed:|sgd\.)\s+", re.I)


# Who signs a book's note by the part taken in it, in capitals: "THE AUTHOR", "THE TRANSLATOR." (Over a text, a heading:
# "THE AUTHOR" over a note on the author's life.)
SIGNING_ROLE = re.compile(r"^THE (?:AUTHOR|EDITORS?|TRANSLATORS?|COMPILER|PUBLISHERS?)\.?$")
# The body on whose behalf a letter is signed, over the signer's name: "For the Executive Committee", "On behalf of the
# Central Committee:", "p. il Comitato Esecutivo", "Pour le Comité exécutif", "Für den Vorstand".
ON_BEHALF_OF = re.compile(r"^(?:for|on behalf of|p\.|per|pour|für|por|namens)\s+(?:(?:the|il|lo|la|le|l['’]|das|den|die|der|el|het|de)\s*)?"
                          r"(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’.-]+){0,5}[:,]?$", re.I)


def is_signature(line: str) -> bool:
    """A signature: a name in capitals ("LEON TROTSKY"), initials ("A.L.") or after an initial ("N. Lenin"), maybe after
    a dash or a mark that it was signed ("(Signed) H.B. Stowe.")."""
    line = unmarked(line.strip()) if line.strip().startswith("_") else line  # "_A. L. H._": initials in italics
    stripped = line.strip()
    text = SIGNED_MARK.sub("", stripped.lstrip("—–-").strip())
    dashed = stripped[:1] in "—–" or stripped[:2] == "--"  # (not a hyphen alone: "- Harbour Street" is a list's item)
    if dashed and INITIALS.match(text):
        return True  # a transcriber's initials after a dash: "---JT"
    if not name_like(text):
        return False
    words = text.split()
    return text.isupper() or all(_INITIAL.match(w) for w in words) or len(words) <= 4 and (
        words[-1].isupper() or bool(_INITIAL.match(words[0])) and len(words) <= 3 or dashed)


# Initials in capitals without stops, maybe with an apostrophe: "JT", "ML", "FO’G".
INITIALS = re.compile(r"^[A-Z](?:['’]?[A-Z]){1,3}$")


# What a word of a place is not: a month's name, which begins the date ("New York, October, 1917.").
_NOT_MONTH = rf"(?!(?i:{MONTH_NAMES})\b)"
PLACE = (r"(?P<place>(?:\d{1,4}[a-z]?,?\s)?[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}"
         rf"(?:,\s*{_NOT_MONTH}[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?){{0,2}})")
# A place alone on its line, capitalised, closed by a comma or a stop: "VAILIMA,", "Upolu, Samoa.", or an address
# with its house number and district: "187 PICCADILLY, W."
PLACE_ALONE = re.compile(r"^(?:\d{1,4}[a-z]?,?\s)?[A-Z][\w'’-]{2,}(?:[ -][A-Z][\w'’-]+){0,3}(?:,\s[A-Z][\w'’-]*)?[,.]?$")
# A place and the comma or dash after it ("London - 13th April 1914"); the rest of the line is the date. (A pattern for
# the date too, ending in "(?P<date>.+?)\.?$", would step through every character of each paragraph tried.)
PLACE_COMMA = re.compile(r"^" + PLACE + r"(?:,|(?P<dash>\s+(?:-|--|–|—)))\s+")
# A state or country after the town, then the date with no comma between: the "Ohio " of "Ohio Sep. 7, 1927", "Mass. "
# (words that are not a month's name, so that the date keeps its month).
_REGION_WORD = rf"{_NOT_MONTH}[A-Z][a-z]+\.?"
REGION_BEFORE_DATE = re.compile(rf"^(?P<region>{_REGION_WORD}(?: {_REGION_WORD})?)\s+(?=[A-Z0-9])")
# A place and the day with no comma between, as letters in Italian, French or German date them: "Roma 5 agosto 1922",
# "Paris 12 mars 1871".
PLACE_THEN_DAY = re.compile(r"^(?P<place>[A-Z][^\W\d_]{2,20})\s+(?P<date>\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+(?:1[5-9]|20)\d\d)\.?$")
# ... where a word opening a sentence or a heading stands as no place does: "Since 5 August 1922", "Born 3 May 1870".
NOT_PLACES = {"since", "until", "till", "dated", "born", "died", "chapter", "written", "posted", "updated", "published"} \
    | NOT_IN_NAMES | SMALL_WORDS
# A book's printing, named where a dateline names its place: "First Impression", "Second Edition".
PRINTING = re.compile(r"\b(?:impression|edition|printing)$", re.I)
# A day's date and then the place, as some letters open: "December 22, 1868. Geneva".
# (a month may be cut short, "16 Feb. 1881, Genève,"; a letter's dateline may close with a comma)
DATE_THEN_PLACE = re.compile(r"^(?P<date>[A-Z0-9](?:[^.]|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.){4,25}\d)[.,]\s+"
                             r"(?P<place>[A-Z][\w'’-]{2,}(?:[ -][A-Z][\w'’-]+){0,3}(?:,\s[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}){0,3})[.,]?$")
#: the longest line read as a dateline that does not end with its date (a place may name a hall, a town and a state)
DATELINE_LENGTH = 80
# A day's date and then, after a dash, the place, as papers open ("February 20, 2014 — New York"), or a speech's venue
# and address: "March 28, 1909 — Students’ National Literary Society, 25 Rutland Square, Dublin, Ireland" (each part
# names in capitals, maybe after a street's number).
_PLACE_PART = r"(?:\d{1,4}[a-z]?\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for|de|la)\s+)?[A-Z][\w'’.-]*){0,6}"
# (a day's date and a dash, what a place or an occasion follows)
DATE_DASH = r"^(?P<date>[A-Z0-9][^.]{4,25}\d)\s+(?:--|—|–)\s+"
DATE_DASH_PLACE = re.compile(rf"{DATE_DASH}(?P<place>{_PLACE_PART}(?:,\s+{_PLACE_PART}){{0,5}})\.?$")
#: the longest line read as a date, a dash and the place (a venue with its address)
DASHED_DATELINE_LENGTH = 160


# A reader's comment signed under it on a blog, with the day and the hour: "Comment by Ann Roe — November 8, 2017 @ 2:15
# pm", "Posted by Ann Roe at 10:15 PM", "Reply by annroe on 8 November 2017 at 14:15".
COMMENT_SIGNATURE = re.compile(r"^(?:comment|posted|reply|submitted|written)\s+by\s+\S.{0,60}?\s+(?:—|–|-|\||on|at|@)\s+"
                               r"\S.{0,40}?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$", re.I)


def dated_signature(line: str) -> int | None:
    """Where the date starts in a signature dated on its line ("WILLIAM HOPE HODGSON December 17, 1907"), or None."""
    if not _ends_with_digit(line):
        return None
    dates = find_dates(line)
    date = dates[-1] if dates else None
    if date is None or date.start == 0 or date.end < len(line.rstrip(".")):
        return None
    return date.start if is_signature(line[:date.start].rstrip(" ,")) else None


# A rule's or a constitution's making before its day: "Chartered September 1, 1952", "As amended to December 12, 1997".
ENACTED = re.compile(r"^(?:as\s+)?(?:chartered|adopted|amended|revised|ratified|enacted|effective)(?:\s+(?:on|in|to|from))?\s+(?=\w)", re.I)


#: the marks that close a quotation
CLOSING_QUOTES = "'’\"”"


def parse_dateline(line: str) -> tuple[str | None, Date] | None:
    """Read a dateline: a date alone ("May 1, 1956"), a place and a date ("Prinkipo, March 1, 1932"),
    or a date and then the place ("December 22, 1868. Geneva", "February 20, 2014 — New York"); in italics too
    ("_Washington, August 19, 1911._")."""
    line = unmarked(line)
    if line[-1:] in CLOSING_QUOTES and line[-2:-1] in ".0123456789":
        line = line[:-1]  # the dateline closing a quoted text: "22nd October, 1917.'"
    if not _ends_with_digit(line):
        # the cheap test first: most lines tried are paragraphs, which the patterns below scan whole
        match = DATE_THEN_PLACE.match(line.strip()) if len(line) <= DATELINE_LENGTH else None
        if match is None and len(line) <= DASHED_DATELINE_LENGTH and ("—" in (head := line[:40]) or "–" in head or "--" in head):
            match = DATE_DASH_PLACE.match(line.strip())
        if match is None:
            return None
        date = parse_date(match["date"])
        return (match["place"], date) if date and date.to_the_day else None
    line = without_note_markers(line)  # "13 août[1] 1866"
    date = parse_date(line) or ((enacted := ENACTED.match(line)) and parse_date(line[enacted.end():]))
    if date:
        return None, date
    if "[" in line:  # an editor's brackets around the place, "[London,] 24 February 1869": the date alone is read
        unbracketed = parse_dateline(line.replace("[", "").replace("]", ""))
        return (None, unbracketed[1]) if unbracketed else None
    stripped = line.strip()
    if (placed := PLACE_THEN_DAY.match(stripped)) and placed["place"].lower() not in NOT_PLACES \
            and (date := parse_date(placed["date"])):
        return placed["place"], date
    match = PLACE_COMMA.match(stripped)
    if not match or match["place"].isupper() or match["dash"] and set(match["place"].lower().split()) & NOT_IN_NAMES \
            or PRINTING.search(match["place"]):
        # (a periodical's name and its day stand so too: "Hellraisers Journal – Wednesday August 7, 1912"; and a
        # book's printing on its copyright page: "First Impression, August, 1908")
        return None
    rest = stripped[match.end():]
    rest = rest[:-1] if len(rest) > 1 and rest.endswith(".") else rest  # less a final stop
    place, date = match["place"], parse_date(rest)
    if date is None and (region := REGION_BEFORE_DATE.match(rest)):
        # the state after the town without a comma before the date: "Cleveland, Ohio Sep. 7, 1927"
        place, date = f"{place}, {region['region']}", parse_date(rest[region.end():])
    # A place needs a date to at least the month: "Leon Trotsky, 1932" is no dateline.
    return (place, date) if date and len(date.when or "") >= 7 else None


def signers_dateline(line: str) -> bool:
    """True when ``line`` is a place and a date to the year at least, the place maybe in capitals, as a signature's
    dateline under the name: "LONDON, 1895.", "28 WORCESTER STREET, BOSTON, July 4, 1890" (where a place in capitals
    opening a line elsewhere may be a periodical's name, and a year alone no dateline)."""
    stripped = line.strip()
    match = PLACE_COMMA.match(stripped) if _ends_with_digit(stripped) else None
    return bool(match and not match["dash"] and parse_date(stripped[match.end():]))


def _ends_with_digit(line: str) -> bool:
    """True when ``line`` ends with a digit, maybe followed by spaces, brackets, braces and stops.

    Every dateline does: its date ends with a digit, and after it may stand only what
    :func:`parse_dateline` and :func:`~tei_tools.readers.dates.parse_date` strip (spaces,
    brackets, stops) and note markers ("[1]", "{1}": braces and digits).
    """
    end = line
    while (shorter := end.rstrip().rstrip("()[]{}.")) != end:
        end = shorter
    return end[-1:].isdecimal()


# The heading of a letter in a correspondence: "MARX TO ENGELS", "Engels to Sorge (Excerpt)", maybe
# with a note marker; a line "IN MANCHESTER" under it says where the addressee was.
LETTER_HEADING = re.compile(r"^(?P<writer>.+?)\s+to\s+(?P<addressee>[^()\[\]]+?)(?:\s*\[\w{1,3}\])?(?:\s*\([^()]*\))?$", re.I)
# A letter's heading naming its kind before its writer, maybe as a comrade: "Letter from Vera Zasulich to Marx",
# "A Letter from Comrade A. Roe to B. Lee".
LETTER_FROM_WORDS = re.compile(r"^(?:(?:an?|the)\s+)?(?:open\s+)?letter\s+from\s+(?:(?:comrade|fellow[- ]worker|brother|sister)\s+)?", re.I)
#: the longest line read as a letter heading (six names either side of "to", and a note)
LETTER_HEADING_LENGTH = 160
# A word in brackets after a name: "Union Communiste (Trotskyste)", what the writer calls itself.
BRACKETED_ASIDE = re.compile(r"\s*\([^()]*\)")
DATED_ENDING = re.compile(r"^(?P<name>.+?),\s*(?P<date>[^,]+)$")
# The addressee's name, then their address and where and when the letter was dated:
# "Ann Roe, 2 Harbour Street, Leith, dated Moscow, 9.11.22."
ADDRESSED_AND_DATED = re.compile(r"^(?P<name>[^,]+),.*?\bdated\s+\S", re.I)
ADDRESSEE_PLACE = re.compile(r"^in\s+[A-Z][\w'’. -]{1,40}$", re.I)
# Words that name the kind of a text or a section, not its writer ("LETTER TO KAUTSKY", "REPLY TO CRITICS",
# "Reform or Revolution - Conclusion").
GENRE_WORDS = {"resolution", "resolutions", "motion", "petition", "declaration", "manifesto", "proposal", "theses", "documents",
               "writings", "works", "letters", "speeches", "articles", "letter", "open", "reply", "answer", "address", "appeal",
               "message", "telegram", "note", "notes", "preface",
               "introduction", "postscript", "greetings", "speech", "report", "draft", "statement", "the", "a", "an", "from",
               "foreword", "afterword", "conclusion", "appendix", "chapter", "part", "contents", "epilogue", "prologue",
               "preamble", "supplement", "addendum", "annex", "amendment", "amendments", "guide", "companion"}


def letter_heading(line: str) -> tuple[str, str] | None:
    """The writer and the addressee named by a letter heading ("MARX TO ENGELS"), or None."""
    if len(line) > LETTER_HEADING_LENGTH:  # a paragraph: trying every " to " in it would take long
        return None
    match = LETTER_HEADING.match(line.strip())
    if not match:
        return None
    writer, addressee = LETTER_FROM_WORDS.sub("", match["writer"].strip()), match["addressee"].strip()
    # (a writer wholly in brackets is the editor's naming of him: "(M.N. Roy) to ...")
    writer = whole["inner"] if (whole := PARENTHESISED.match(writer)) else BRACKETED_ASIDE.sub("", writer).strip()
    if (dated := ADDRESSED_AND_DATED.match(addressee)) or (dated := DATED_ENDING.match(addressee)) and parse_date(dated["date"]):
        addressee = dated["name"]  # "Karl Marx to Ludwig Kugelmann, 26 March 1870"
    if addressee[:4].lower() == "the " and name_like(writer):
        addressee = addressee[4:]  # a person writing to a body: "Ann Roe to the Union Communiste (Trotskyste)"
    if not (_names_only(writer) and _names_only(addressee)) or any(w.lower() in GENRE_WORDS for w in writer.split()):
        return None
    return writer, addressee


def _names_only(text: str) -> bool:
    """Every word a name, an initial or a word joining names ("Marx", "FRIEDRICH ADOLPH SORGE", "Marx and Engels")."""
    words = text.replace(",", " ").split()
    return 1 <= len(words) <= 6 and all(
        _INITIAL.match(w) or _NAME_WORD.match(w) or w.lower() in NAME_JOINERS or w in NAME_PARTICLES for w in words)


# "THE END", "Finis": the last line of a book, a trailer.
THE_END = re.compile(r"^(?:the end|finis|end of (?:the )?(?:book|volume|part) \w+)\.?$", re.I)
# An illustration's place in a transcribed book: "[Illustration]", "[Illustration: Birthplace of Franklin.]"; in a
# transcription site's markup, its pictures and their caption: "[[2 images]]", "[[caption]] Ann Roe in 1916. [[/caption]]".
ILLUSTRATION = re.compile(r"^\[(?:illustration|picture|figure)(?::\s*(?P<description>[^\]]*))?\]$"
                          r"|^\[\[\d*\s*(?:images?|pictures?|photos?|illustrations?)\]\]$"
                          r"|^\[\[caption\]\]\s*(?P<caption>.*?)\s*\[\[/caption\]\]$", re.I)
PARENTHESISED = re.compile(r"^\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)$")
BRACKETED = re.compile(r"^\[(?P<inner>[^\[\]]+)\]$")
# The last line of an epigraph names its author or work: "--Shakespeare", "— PLOTINUS.", "(Hamlet, Act I, Sc. 2)";
# a web page may set a hyphen for the dash, close to the name ("-Vincent St. John").
_DASHED_ATTRIBUTION = re.compile(r"^(?:--|—|–)\s*\S|^-(?=[A-Z])")
#: the longest line of an epigraph or of a title page's block
EPIGRAPH_LINE = 70


# A quotation of one line, in quotation marks: "‘Thus sang they in the English boat.’".
QUOTED_LINE = re.compile(r"^[‘“\"'].{3,}[’”\"'][.!?]?$")


def attribution(line: str) -> bool:
    """True when ``line`` attributes a quotation: after a dash, or wholly in brackets."""
    return bool(_DASHED_ATTRIBUTION.match(line) and not UNDERLINE.match(line) or PARENTHESISED.match(line))


# A quotation with its attribution on the same line: "... his character-image fluctuates in history. — Schiller, Wallenstein";
# after a hyphen set apart for the dash, only a name ("... Let us rise! - Jim Larkin"), as a spaced hyphen also joins clauses.
INLINE_ATTRIBUTION = re.compile(r"^(?P<quote>.{20,}?[.!?\"”’'])\s+(?P<attribution>(?:--|—|–)\s*[A-Z][^.!?—–]{1,80}"
                                r"|-\s+(?:[A-Z][a-z]*\.?\s+){0,3}[A-Z][a-z]+)$")
# An author and the work quoted, under a quotation: "Leon Trotsky, History of the Russian Revolution."
# (a web copy may lose the space after the comma, where the title was set in italics).
_NAMED_WORK = re.compile(r"^(?P<name>[^,]{3,40}),\s*(?P<work>[^\s,].{1,80})$")


def named_work(line: str) -> bool:
    """True when ``line`` names an author and a work: the attribution of a quotation in prose."""
    match = _NAMED_WORK.match(line)
    return bool(match and name_like(match["name"]) and title_like(match["work"].rstrip(".")))


# --- letters -----------------------------------------------------------------------------
CLASSIFICATION = re.compile(r"^(?:(?:absolutely|strictly|top|most|highly)\s+)?(?:secret|confidential|private|personal|urgent|not for publication)[.!]?$", re.I)
# A salutation's close as old books print it: a comma and a dash ("SIR,--").
DASHED_SALUTE = re.compile(r",\s?(?:--|—|–)$")
# Those a speech addresses: "ladies and gentlemen", "Friends and fellow workers", "Gentlemen of the Jury".
HEARERS = (r"(?:ladies|gentlemen|friends|fellow[- ]\w+|brothers|sisters|citizens|comrades)"
           r"(?:\s+(?:and|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)*")
# A speech's address to its hearers, closed by a colon, a comma or "!": "Mr. Chairman, ladies and gentlemen:",
# "Friends and fellow workers!".
ADDRESS_TO_HEARERS = (r"(?:" + HEARERS + r"|(?:mr\.?|madam)\s+(?:chairman|chair|president|speaker|foreman)\b[^.?]{0,80})"
                      r"[:!,]")
# A salutation: "Dear Comrade,", or any few words closed by a comma and a dash, as old books print them ("MY GOOD ADJUTANT,--").
# (And in the languages of the archive's letters: "Chers camarades !", "Liebe Genossen!", "Queridos compañeros:".)
SALUTE = re.compile(r"^(?:(?:to|dear(?:est)?|my (?:dear(?:est)?|beloved)|comrades?|gentlemen|sirs?|madam|dear sirs?"
                    r"|ch[eè]re?s?|liebe[rn]?|werte[rn]?|genossen|querid[oa]s?|estimad[oa]s?|camarad[ae]s?|cari|care|compagni"
                    # Dutch, and the Latin "friend" Dutch letters of old open with: "Waarde vriend,", "Amice,"
                    r"|waarde|beste|geachte|lieve|kameraden|partijgenoten|amice|amici"
                    # the respect a letter of old pays its reader: "Honoured Citizen,", "Esteemed Comrade del Vayo,"
                    r"|(?:much[- ])?(?:honou?red|esteemed|respected) (?:comrades?|citizens?|sirs?|madam|friends?|colleagues?"
                    r"|mr|mrs|ms|miss|dr|professor|editors?))\b.{0,120}|" + ADDRESS_TO_HEARERS
                    + r"|[^.!?]{2,60}" + DASHED_SALUTE.pattern.removesuffix("$") + r")$", re.I)

# --- sections and notes ----------------------------------------------------------------------
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
NUMBER_WORDS = {word: value for value, words in enumerate(NUMBERS_IN_WORDS, start=1) for word in words}


def arabic(number: str) -> str:
    """The arabic form of a section or volume number: "IV" -> "4", "09" -> "9", "Three" -> "3", "b" -> "b"."""
    if (figures := number.rstrip("stndrh")).isdigit():  # (an ordinal in figures: "2nd")
        return str(int(figures))
    if number.lower() in NUMBER_WORDS:
        return str(NUMBER_WORDS[number.lower()])
    if len(number) == 1 and number.islower() and number not in "ivxlc":
        return number  # a lettered section, "a)"
    total = 0
    for current, following in zip(number.upper(), number.upper()[1:] + " "):
        value = ROMAN_VALUES[current]
        total += -value if ROMAN_VALUES.get(following, 0) > value else value
    return str(total)


# Keywords that name numbered divisions, with their rank: a division of a smaller rank holds
# those of larger ranks (a book holds chapters, an act holds scenes).
DIVISION_RANKS = {
    "volume": 0, "part": 1, "book": 1, "act": 2, "chapter": 3, "letter": 3, "stave": 3, "canto": 3,
    "adventure": 3, "lecture": 3, "essay": 3, "sermon": 3, "discourse": 3, "episode": 3, "lesson": 3,
    "eclogue": 3, "idyll": 3, "georgic": 3, "elegy": 3, "satire": 3, "epistle": 3, "dialogue": 3, "day": 3,
    "scene": 4, "section": 4, "article": 4, "proposition": 4, "§": 5,
    "%": 5,  # the section sign typed in ASCII, where a text had none: "% 1.  Property as a Natural Right."
    "chap.": 3, "ch.": 3,  # as old books' contents abbreviate it: "CHAP. IV."
}
_KEYWORD = r"(?:" + "|".join(map(re.escape, DIVISION_RANKS)) + r")"
_ROMAN = r"(?=[IVXLCM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_WORD_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "CHAPTER IV", "Act the Second", "FIRST ACT", "THE FIRST CHAPTER", "IV." or "a)", then maybe a title.
NUMBERED_HEAD = re.compile(
    r"^(?:(?P<keyword>" + _KEYWORD + r")\s*(?:the\s+)?"
    r"(?P<kn>\d{1,3}|(?i:" + _ROMAN + r")|(?i:" + _WORD_NUMBER + r"))"
    r"|(?:the\s+)?(?P<ordinal>" + _WORD_NUMBER + r")\s+(?P<okeyword>" + _KEYWORD + r")"
    r"|(?P<n>\d{1,3}(?:st|nd|rd|th)?|(?-i:" + _ROMAN + r")(?!\.\s*[A-Z]\.)|[a-z](?=\))))"  # (a numeral before an initial is one: "L. C.")
    # "I. – THE AIMS": a stop and a dash; "XVIII  MY WORKSHOP": two spaces before a capital, as a contents aligns it
    # (not in a line of words all two spaces apart, as scans print them: "4  TESTIMONY  OF")
    r"(?:(?:\s*(?:--|[.):—–-])(?:\s*(?:--|[—–-]))?\s*|\s{2,}(?=(?-i:[A-Z]))(?!.*\S\s{2}))(?P<title>\S.{0,118})|[.):]?)$",
    re.I,
)


def numbered_entries(lines: list[str]) -> bool:
    """Three or more numbered entries, a line each, in one block ("I  MY FIRST LOVE" / "II  THE BIRTH OF ..."): a
    table of contents."""
    return len(lines) >= 3 and all(NUMBERED_HEAD.match(line) for line in lines)


def head_number(match: re.Match[str]) -> str:
    """The number of a numbered head, in arabic figures ("CHAPTER IV." -> "4")."""
    return arabic(match["kn"] or match["ordinal"] or match["n"])


def head_keyword(match: re.Match[str]) -> str | None:
    """The keyword of a numbered head, in lower case ("CHAPTER IV." and "THE FOURTH CHAPTER": "chapter"), None without one."""
    keyword = match["keyword"] or match["okeyword"]
    return keyword.lower() if keyword else None


def head_rank(match: re.Match[str]) -> int | None:
    """The rank of a numbered head's keyword ("ACT" 2, "SCENE" 4), None without a keyword."""
    keyword = head_keyword(match)
    return DIVISION_RANKS[keyword] if keyword else None


NOTES_HEAD = re.compile(r"^(?:foot|end)?notes?(?: and references)?[.:]?$", re.I)
# A note at the foot of a text: "1. ...", "[1] ...", "{1} ...", "[A] ...", "[note] ...", "[*] ...", "* ...", or a wiki's
# back-link note "- ↑ ..." ("^ ..." on Wikipedia), which has no label: the n-th of them is note n. Project Gutenberg
# sets its notes in brackets under their paragraphs: "[Footnote 1: ...]". A bracket may close on the note's first
# word, copied from a page without its space: "[1]Trotsky, Leon".
NOTE_ITEM = re.compile(r"^(?:\[?(?P<n>\d{1,3})[\].)]?|\{(?P<braced>\d{1,3})\}|\[(?P<label>[A-Za-z]|note|\*{1,3})\.?\]"
                       r"|\[Footnote\s+(?P<footnote>\d{1,3}|[A-Za-z]|\*{1,3})\s*:"
                       r"|(?:[-–•*]\s*)?(?P<backlink>[↑^])|(?P<star>\*{1,3}))(?:\s+|(?<=[\]}])(?=[A-Z]))(?P<text>\S.*)$")
# A note marker in running text: "[1]", "[1*]" (an editor's), "{1}", "[A]", "[note]", "[*]", or asterisks after a word ("the end.*").
NOTE_MARKER = re.compile(r"\s?(?:\[(?P<n>\d{1,3}\*?|[A-Za-z]|note|\*{1,3})\]|\{(?P<braced>\d{1,3})\})"
                         r"|(?<=[^\s*\[])(?P<star>\*{1,3})(?=[\s,.;:!?)\"”’]|$)")
# Markers a sentence mentions, not places: a range of them ("represented them as [01] through [15]"), or a list after
# a colon ("Footnotes to the Diary have small letters: [a], [b].").
MENTIONED_MARKERS = re.compile(r"\[\w{1,3}\]\s+through\s+\[\w{1,3}\]|:\s+\[\w{1,3}\](?:(?:,|,? and|,? or)\s+\[\w{1,3}\])+")


def note_markers(text: str) -> list[re.Match[str]]:
    """The note markers in ``text``, in order (markers a sentence mentions are no markers: see :data:`MENTIONED_MARKERS`).

    A marker needs a bracket, a brace or an asterisk, which most paragraphs lack: that
    test is cheap, while the pattern (its look-behind tried at every character) is not.
    """
    if not _may_hold_markers(text):
        return []
    mentioned = [range(*mention.span()) for mention in MENTIONED_MARKERS.finditer(text)] \
        if ": [" in text or " through [" in text else []
    # (a marker's closing bracket tells whether the mention holds it: a marker may take the space before it)
    return [marker for marker in NOTE_MARKER.finditer(text) if not any(marker.end() - 1 in span for span in mentioned)]


def without_note_markers(text: str) -> str:
    """``text`` with its note markers taken out ("Mohr [2]" -> "Mohr")."""
    return NOTE_MARKER.sub("", text).strip() if _may_hold_markers(text) else text


def _may_hold_markers(text: str) -> bool:
    return "[" in text or "*" in text or "{" in text


def note_label(match: re.Match[str]) -> str:
    """The label of a note item or marker: "1", "A", "note" or "*"."""
    return next(value for name, value in match.groupdict().items() if name != "text" and value)


# A footnote number glued after a quotation or punctuation: conditions,"19
STRAY_NOTE_NUMBER = re.compile(r"(?<=[^\W\d_])(?:[.,;:!?]?[\"”’]|[.,;:!?])(?P<n>\d{1,3})(?!\w)")
# What every glued number has, found fast (the pattern above opens with a look-behind tried at every
# character): a stop or a closing quotation mark right before a digit.
_GLUED_DIGIT = re.compile(r"[.,;:!?\"”’]\d")


def stray_note_numbers(text: str) -> list[re.Match[str]]:
    """Numbers glued after a word's punctuation that look like note markers (conditions,"19), in order."""
    return list(STRAY_NOTE_NUMBER.finditer(text)) if _GLUED_DIGIT.search(text) else []


QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»", "„": "“", '"': '"'}

# A line that only separates sections: "* * *", "*****", "· · ·".
SEPARATOR = re.compile(r"^(?:[*·•⁂]\s*){3,}$|^⁂$")

# --- books and plays ---------------------------------------------------------------------------
# A book's price or its number of pages, as a review gives its details: "$28.", "456 pages", "195 pp".
BOOK_PRICE_OR_PAGES = re.compile(r"[£$€]\s?\d|\b\d+\s?(?:pp|pages)\b")
# A book's dedication over a few short blocks: "TO MY DAUGHTER" / "MARY E. HARPER," / "THIS BOOK IS LOVINGLY DEDICATED.",
# "TO ONE" / "whose name may not be written ... this finished work is herewith dedicated",
# or a line to a block: "TO THE" / "LADY NOEL BYRON" / "THIS BOOK" / "IS ... INSCRIBED," / "BY HER FRIEND," / "THE AUTHOR."
# It may open with the word alone: "DEDICATED" / "TO THAT SMALL PORTION OF THE BRITISH PUBLIC ...".
DEDICATION_WORD = re.compile(r"^(?:dedicated|inscribed|dedication)\.?$", re.I)
# A dedication to the memory of someone or of a time: "In loving memory of my mother", "IN PLEASANT MEMORY OF MANY HAPPY YEARS".
IN_MEMORY = r"^in\s+(?:[\w'’-]+\s+){0,2}memory\s+of\b"
# (or "To" and a name, in a block set line by line over the book: "To Borys And All Others Who, / ..."; not a title
# page's "TO WHICH ARE ADDED ...")
DEDICATION_START = re.compile(r"^to\s+(?:my|his|her|our|the|one|all|those)\b"
                              r"|^(?-i:TO|To)\s+(?!(?:which|whom|whose|what|where|when|this|these|be)\b)(?-i:[A-Z])"
                              r"|" + IN_MEMORY + "|" + DEDICATION_WORD.pattern, re.I)
DEDICATED = re.compile(r"\b(?:dedicated|inscribed|dedication)\b|" + IN_MEMORY, re.I)
#: the most blocks of a dedication, and the most lines of one of its blocks
DEDICATION_BLOCKS = 8
DEDICATION_LINES = 4
#: the most lines of a dedication set line by line in capitals or with every word capitalised
SET_DEDICATION_LINES = 8
#: the most words of a dedication in one short line ("TO MY MOTHER")
DEDICATION_LINE_WORDS = 6
#: the most blocks of short lines of a dedication that says no "dedicated", over the preface
SHORT_DEDICATION_BLOCKS = 3


def same_words(text: str, other: str) -> bool:
    """True when two texts give the same words, whatever their case, spacing and stops ("Easy outlines of economics"
    set again as "EASY OUTLINES" / "OF ECONOMICS", "Harbour Days' Labour" as "Harbour Days’ Labour.")."""
    return re.findall(r"\w+", text.casefold()) == re.findall(r"\w+", other.casefold())


def _capitalised(line: str) -> bool:
    """Every word of ``line`` opens with a capital (or is in capitals)."""
    return all(word[:1].isupper() for word in line.split() if word[:1].isalpha())


def opens_dedication(lines: list[str]) -> bool:
    """True when a block (its lines) may open a dedication: "To my ...", or see :func:`_offered_to_person`."""
    return bool(DEDICATION_START.match(lines[0])) or _offered_to_person(lines)


def _offered_to_person(lines: list[str]) -> bool:
    """True when a later line of a block set line by line offers it to a person: "TO" over the name, or with it
    ("THIS PORTION" / ... / "TO" / "ANN ROE"; not a title going on, "FROM THE HARBOUR" / "TO THE MOON")."""
    return 1 < len(lines) <= SET_DEDICATION_LINES and any(
        line == "TO" and name_like(following) or line[:3] == "TO " and name_like(line[3:])
        for line, following in zip(lines[1:], [*lines[2:], ""]))


def dedication_length(blocks: list[list[str]]) -> int:
    """How many of ``blocks`` (each its lines) form a dedication that opens with the first; 0 if none.

    It opens "To my ..." and ends with the block that says it is dedicated, all of them short lines, or
    with the blocks its sentence runs on to after a comma ("BY HER GRATEFUL FRIEND," / "THE AUTHOR.").
    """
    if not blocks or not opens_dedication(blocks[0]):
        return 0
    following = (blocks[0][1:2] or [block[0] for block in blocks[1:2]] or [""])[0].lower()  # the line under the first
    if DEDICATION_WORD.match(blocks[0][0]) and not (following == "to" or following.startswith("to ")):
        return 0  # ("DEDICATED" / "TO MY FATHER", maybe in one block)
    if (_offered_to_person(blocks[0]) or len(blocks) > 1 and (CONTENTS_HEAD.match(blocks[1][0]) or NUMBERED_HEAD.match(blocks[1][0]))) \
            and len(blocks[0]) <= SET_DEDICATION_LINES and not blocks[0][-1].endswith(".") \
            and all(len(line) <= EPIGRAPH_LINE and _capitalised(line) for line in blocks[0]):
        # one block set line by line, offered to a person or over the contents or the first part: "TO ALL THOSE WHO
        # LEAD" / ... / "ADVENTURE", "To Borys And All Others Who," / ... / "The Shadow-Line Of Their Generation With Love"
        return 1
    # "TO MY MOTHER" alone over the preface, or a few short lines: "TO MY AUNT" / "AND SECOND MOTHER" / "JULIA ROSS LOW"
    for length, block in enumerate(blocks[:SHORT_DEDICATION_BLOCKS], start=1):
        if len(block) > DEDICATION_LINES or any(len(line.split()) > DEDICATION_LINE_WORDS for line in block):
            break
        if length < len(blocks) and names_editorial(blocks[length][0]):
            return length
    dedicated = False
    for length, block in enumerate(blocks[:DEDICATION_BLOCKS], start=1):
        if len(block) > DEDICATION_LINES or any(len(line) > EPIGRAPH_LINE for line in block):
            return length - 1 if dedicated and not DEDICATION_WORD.match(blocks[length - 2][-1]) else 0
        dedicated = dedicated or any(DEDICATED.search(line) for line in block)
        if dedicated and not block[-1].endswith(",") and not DEDICATION_WORD.match(block[-1]):
            return length
    return 0


# Heads of editorial matter that precedes the work itself and belongs in <front>.
EDITORIAL_HEAD = re.compile(
    # (an edition's own, or of a kind: "PG Editor's Notes:", "SPECIAL INTRODUCTION", "A Biographical Note")
    r"^(?:an?\s+|the\s+)?(?:(?:pg|special|general|historical|biographical|critical)\s+)?"
    r"(?:(?:editor|publisher|translator|transcriber)s?['’]?s?\s+)?"
    r"(?P<kind>introduction|introductory note|preface|prefatory note|foreword|editorial note|note|notes)\b",
    re.I,
)


def names_editorial(line: str) -> bool:
    """A line that only names editorial matter ("Transcriber's note", "PREFACE."), unlike "PREFACE, INTRODUCTION,";
    maybe opening the bracket the note closes ("[Transcriber's Note:")."""
    if line.startswith("[") and "]" not in line:
        line = line[1:]
    editorial = EDITORIAL_HEAD.match(line)
    return bool(editorial and editorial.end() >= len(line.rstrip(".:")))


def names_matter(line: str) -> bool:
    """A line that only names a list or editorial matter ("CONTENTS.", "Transcriber's note")."""
    return bool(CONTENTS_HEAD.match(line) or CAST_HEAD.match(line)) or names_editorial(line)


CONTENTS_HEAD = re.compile(r"^(?:table of )?contents(?: of (?:the )?(?:volume|vol\.|part|book) [\w.]+?)?[.:]?$|^list of (?:chapters|contents)[.:]?$", re.I)
# The head of a play's list of persons (or of its scenes): a cast list.
CAST_HEAD = re.compile(
    r"^(?:dramatis person(?:ae|æ)|persons represented|cast of characters|(?:the )?(?:persons|characters)"
    r"(?: (?:in|of) the (?:play|drama|comedy|tragedy|piece))?|(?:the )?scenes (?:in|of) the (?:play|drama|comedy|tragedy|piece))[.:]?"
    r"(?:\s{3,}\w+(?: \w+){0,2}[.:]?)?$",  # a second column's head: "CHARACTERS        ORIGINAL CAST"
    re.I)
# The head of a list of the author's other books, on a book's first pages: "Other books by X", "By the same author".
WORKS_HEAD = re.compile(r"^(?:(?:some )?other (?:books|works|novels|titles|volumes)(?: by .+)?|(?:(?:books|works|novels) )?by the same author"
                        r"|also by .+)[.:]?$", re.I)
# The head of a book's list of its pictures: "List of Illustrations in the Text", "List of Plates", "Maps".
ILLUSTRATIONS_HEAD = re.compile(r"^(?:(?:a )?list of )?(?:the )?(?:full-page )?(?:illustrations|plates|maps|figures)(?: in the text)?[.:]?$", re.I)
# A speaker's label in capitals opening what they said, in an interview or a transcript: "ANN ROE: It's good to be here."
SPEAKER_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.'’ -]{0,40}[A-Z.]):\s")


def speaker_labels(texts: Iterable[str]) -> set[str]:
    """The labels in capitals that open two of the ``texts`` or more: the speakers of an interview. What follows a label
    is speech, not in capitals: "P. J. PROUDHON:  HIS LIFE AND HIS WORKS" in the contents and over the chapter is a title."""
    counts = Counter(match["label"] for text in texts if (match := SPEAKER_LABEL.match(text)) and not text[match.end():].isupper())
    return {label for label, count in counts.items() if count >= 2}


def labelled(text: str, labels: set[str]) -> bool:
    """True when one of the speakers ``labels`` opens ``text``."""
    return bool(labels) and bool(match := SPEAKER_LABEL.match(text)) and match["label"] in labels


# A speaker's name alone on its line before the speech: "HAMLET.", "First Gravedigger."
SPEAKER_LINE = re.compile(r"^(?P<speaker>[A-Z][A-Za-z'’ -]{0,40}[A-Za-z])\.$")
# A speaker's name in capitals alone over the speech, with no stop: "MELIBOEUS" over his verse.
SPEAKER_ALONE = re.compile(r"^(?P<speaker>[A-Z][A-Z'’ -]{0,40}[A-Z])$")
# A speaker's name alone over what they said, closed by a colon, as an interview's transcript sets it: "Esteban Volkov:".
SPEAKER_COLON = re.compile(r"^(?P<speaker>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}):$")
# A speaker's name in italics alone over the speech, as a transcription marks them: "_Ogre_" over his verse.
SPEAKER_MARKED = re.compile(r"^_(?P<speaker>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})\.?_$")
# A speaker's name (in capitals, or abbreviated) opening the speech: "HAM. To be, or not to be".
# (in italics, as a transcription marks them: "_Filch._ Sir, Black Moll hath sent word"; with how it is said between the
# name and its stop: "RAINA (dreamily). I am so happy."; in mixed case, a name of two words: "Mrs. Stockmann. You see ...",
# "Peter Stockmann. Good evening.")
SPEAKER_INLINE = re.compile(r"^(?P<written>(?P<mark>_?)(?P<speaker>[A-Z][A-Z'’ -]*[A-Z]|(?:(?:[A-Z][a-z]{0,2}\.|[A-Z][a-z]{1,12})\s)?[A-Z][a-z]{1,12})"
                            r"(?P<direction>\s\([^()]{1,80}\))?\.(?P=mark))\s+(?P<speech>\S.*)$")
# Abbreviations that open prose sentences, never a speaker.
NOT_SPEAKERS = {"MR", "MRS", "DR", "ST", "MME", "MM", "MESSRS", "NO", "VOL", "CH", "SIR", "P", "PP", "ETC",
                "PROLOGUE", "THE PROLOGUE", "EPILOGUE", "THE EPILOGUE",  # (a play's prologue heads; the Chorus speaks it)
                "CURTAIN", "THE CURTAIN"}  # (closing each act)
STAGE_DIRECTION = re.compile(r"^\[[^\]]*\]?$|^\([^)]*\)$|^(?:enter|exit|exeunt|re-enter|manet|manent|flourish)\b", re.I)
# The hearers' response set alone in a speech's report, in brackets: "[Applause]", "(Loud and prolonged cheers.)",
# "[Cries of “Shame!”]": a direction, as a play's.
AUDIENCE_RESPONSE = re.compile(r"^[(\[](?=[^)\]]{0,50}\b(?:applause|cheers|cheering|laughter|ovation|hear,? hear|cries|shouts"
                               r"|boos|booing|uproar|interruptions?|heckling)\b)[^)\]]{3,60}[)\]]\.?$", re.I)
DRAMA_HEAD = re.compile(r"^(?:the\s+(?:first|second|third|fourth|fifth|last)\s+)?(?:act|scene)\b|^(?:dramatis person(?:ae|æ)|persons represented|characters in the play)\b", re.I)

# A clause of a resolution, each its own paragraph though the one before closes on "; and": "WHEREAS in unity there is
# strength; and", "BE IT FURTHER RESOLVED that ...", "Resolved, That ...".
RESOLUTION_CLAUSE = re.compile(r"^(?:WHEREAS|Whereas|(?:(?:AND|And|NOW|Now),?\s+)?(?:(?:THEREFORE|Therefore),?\s+)?"
                               r"(?:BE IT (?:\w+ )?RESOLVED|Be [Ii]t (?:\w+ )?[Rr]esolved|RESOLVED|Resolved))\b")


# --- letters (closing) -------------------------------------------------------------------------
VALEDICTION = re.compile(
    r"^(?:(?:ever |very |as ever,? )?(?:yours?|your(?:s)? (?:\w+ )?(?:affectionate|loving|faithful|devoted|sincere|obedient|humble|true)\b.*)"
    # (what the writer is, after "Yours," and closed by a comma: "Yours, doomed to die,")
    r"|yours,\s[\w’' ]{1,40},"
    r"|(?:yours )?(?:(?:very|most|ever) )?(?:sincerely|faithfully|truly|affectionately|respectfully|cordially|ever|always"
    r"|fraternally|comradely|gratefully|warmly)(?: yours)?|believe me\b.*"
    r"|with (?:best|kind|warm)\w* (?:wishes|regards)\b.*|salut(?:ations)?|greetings|farewell|adieu"
    # regards sent on to those around the reader: "Kindest regards to you, your wife, and your son."
    r"|(?:best|kind|warm)\w* (?:regards|greetings|wishes)(?: to\b[\w,’' ]{1,60})?(?:,? wishing you\b[\w’' ]{1,40})?"  # "..., wishing you good health,"
    r"|(?:in|with) (?:\w+ )?(?:gratitude|solidarity|friendship|comradeship|appreciation)"
    r"|all (?:the )?(?:very )?best(?: wishes)?(?: to\b[\w,’' ]{1,60})?"  # "All the very best,"
    r"|with (?:[\w-]+,? (?:and )?){0,3}greetings(?: to\b[\w,’' ]{1,60})?"  # "With fraternal and communist greetings,"
    # a sentence as French letters close: "Receive, dear comrade, my fraternal salutation."
    r"|(?:[\w ]{1,40},\s*)?(?:receive|accept)\b[\w, ]{1,40}\b(?:salutations?|greetings|regards)"
    # greetings as letters in Italian, Spanish, German and Dutch close: "Saluti comunisti.", "Saludos fraternales,",
    # "Mit kommunistischem Gruß", "Met kameraadschappelijke groeten,"
    r"|(?:\w+ ){0,2}(?:saluti|saludos|gr(?:u|ü|ue)(?:ß|ss)e?|groet(?:en)?)(?: \w+){0,2}"
    # the authority an order is signed under: "By order of the Secretary of War:", "By command of Major General Roe:"
    r"|by (?:order|command|direction) of\b[\w.’' ]{1,60}:)[,.!]?$",
    re.I,
)
# An office held: "Sec’y", "General Secretary", "Chairman", "Deputy Leader" (matched without regard to case).
OFFICE = (r"(?:(?:general|national|acting|executive|corresponding|recording|financial|international|deputy|former|vice)[\s-]+)?"
          r"(?:sec(?:retary|['’]y|y)|chair(?:man|woman|person)?|president|treasurer|editor|organi[sz]er|director|manager|convener"
          r"|clerk|leader|minister|spokes(?:man|woman|person)|mayor|governor)")
# The office a signer writes after the name and a comma: "Bessie Kimmelman, Sec’y", "J. Roe, General Secretary".
SIGNERS_OFFICE = re.compile(rf",\s+{OFFICE}\.?$", re.I)
# A single name signing after a valediction ("Yours," over "Lenin", "BEETHOVEN.").
SINGLE_NAME = re.compile(r"^[A-Z](?:[a-zà-ÿ'’-]+|[A-ZÀ-Þ'’-]+)\.?$")
# A postscript after the signature: "P.S. ...", "P.P.S.", "PS: ...".
POSTSCRIPT = re.compile(r"^(?:P\.\s?)+S\.|^P\.?S\b[.:]?")
# A dateline whose date the calendar cannot read ("St. Petersburgh, Dec. 11th, 17—."): place, month, day.
# Or a day and a roman month without the year ("20/XII."); or a place and a day in figures with the year's last two
# ("Coyoacan, 28.1.47": which century the calendar cannot tell).
LOOSE_DATELINE = re.compile(r"^" + PLACE + r",\s+(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b).{0,20}"
                            r"|[0-3]?\d\.[01]?\d\.\d\d\.?)$"
                            r"|^[0-3]?\d/(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.?$")

# Verse: lines that open with a capital, maybe after quotation marks, brackets or a dash.
VERSE_LINE = re.compile(r"^[\"“‘'(\[—–-]*[A-Z]")
# Words that join the lines of a title page into one title ("WALDEN" / "and" / "ON THE DUTY...").
TITLE_JOINERS = {"and", "or", "&", "with"}
# Words a title cannot end on: a line ending so goes on on the next.
DANGLING_WORDS = {"of", "the", "a", "an", "and", "to", "in", "for", "on", "with", "by", "from", "at"}


def dangles(line: str) -> bool:
    """True when ``line`` (with text) stops on a small word no sentence or title ends on ("... the history of the")."""
    return line.rsplit(None, 1)[-1].lower() in DANGLING_WORDS


# A credit line under the header or at the top of the book: "Produced by Anonymous Volunteers", "Transcribed from the
# 1836 George Dearborn edition by David Price", "Music transcribed by Linda Cantoni".
PRODUCED_BY = re.compile(r"^(?P<label>(?:(?:music|html|e-?text|images?)\s+)?(?:produced|prepared|transcribed|proofread)"
                         r"(?: from (?:the )?[^,;:]{1,60}? edition)? by)\s+(?P<value>\S.*)$", re.I)
# An e-mail address in a credit, maybe labelled: ", email ccx074@pglaf.org" (not a name; a copy of the credit may omit it).
CREDIT_EMAIL = re.compile(rf",?\s*{_EMAIL}", re.I)
