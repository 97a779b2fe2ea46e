"""Dates as people write them, turned into ISO 8601 values for ``@when``.

Handles "1930-01-05", "5 January 1930", "January 4, 1932", "January 5th, 1930", "the 5th of January, 1930",
"29 de abril de 1921", "14.05.1998", "April 4-5, 1917", "November 6, 7, 8, 9, and 10, 1888",
"May 18 (31), 1917" (Old and New Style: the Gregorian, later, day), "Aug l9, 1919" (typed with the letter l),
"Jan. 1928", "9/VIII.1921", "December 1934", "1979" and ranges such as "1929-1933", "1946 through 1949", "Winter 1969–70"
and "July/August 2011".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French and German, in which Marx, Engels and their correspondents often dated letters
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    # Spanish and Italian, as the editions of the Comintern's and the Italian movement's letters date them
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Dutch and Portuguese, as the archive's sections in those languages date their sources
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "dezembro": 12,
}
ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

#: the months' names as alternatives of a pattern, longest first ("September" before "Sep")
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = r"_?(?P<month{i}>" + MONTH_NAMES + r")\.?_?"  # "_February_, 1892" (italics)
# (A typewriter without a key for one had its typist type the letter l: "Aug l9, 1919", "2l May".)
_DAY = r"(?P<day{i}>[0-3]?\d|l\d|[12]l)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year{i}>1[0-9]\d\d|20\d\d)"
# Not after an issue's number sign: "No. 1. February, 1919", "#3".
_NOT_AN_ISSUE = r"(?<!no\.\s)(?<!no\s)(?<!nr\.\s)(?<!#)"
# A season, as a periodical's issue is dated: "Autumn 1988".
SEASON_NAMES = r"(?:spring|summer|autumn|fall|winter)"
# A part of the month before its name: "the beginning of", "end of", "early", "late".
_PART_OF_MONTH = r"(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+|early\s+|late\s+"

# Alternatives are tried longest first, so "5 January 1930" is not read as "January 1930".
_FORMS = [
    _YEAR + r"-(?P<isomonth{i}>[01]\d)(?:-(?P<isoday{i}>[0-3]\d))?",  # 1921-03-05, 1921-03 (ISO 8601)
    # April 4-5, 1917; June 7 & 14, 1919 (a weekly's two issues in one); a congress's days: "November 6, 7, 8, 9, and 10,
    # 1888", "September 3 to 5, 1888"
    _MONTH + r"\s+" + _DAY + r"(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?)*\s*(?:[-–&]|,?\s*\b(?:and|to)\b)\s*(?P<lastday{i}>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    + _YEAR,
    # May 18 (31), 1917 or June 1 (May 19), 1917: Old and New Style; the later day is the Gregorian one
    _MONTH + r"\s+" + _DAY + r"\s*\((?:(?P<altmonth{i}>" + MONTH_NAMES
    + r")\.?\s+)?(?P<altday{i}>[0-3]?\d)\),?\s+" + _YEAR,
    # the days first: "11-12 March 1944", "the 11th and 12th of March, 1944"
    _NOT_AN_ISSUE + _DAY + r"\s*(?:[-–&]|\s(?:and|to)\s)\s*(?P<lastday{i}>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH + r",?\s+" + _YEAR,
    # 5 January 1930, 5. Dezember 1890, the 5th of January, 1930, 29 de abril de 1921, "19 August,1919" as typed;
    # not "No. 1. February, 1919" nor "Vol. 2 No. 7 July 1919" (an issue's number, then the month and year)
    _NOT_AN_ISSUE + _DAY + r"(?P<dot{i}>\.)?\s+(?:(?:of|de)\s+)?" + _MONTH
    + r"(?(dot{i})\s+|(?:,\s*|\s+))(?:de\s+)?" + _YEAR,
    r"(?P<day{i}>[0-3]?\d)\.(?P<isomonth{i}>[01]?\d)\.(?P<year{i}>1[0-9]\d\d|20\d\d)",  # 14.05.1998, day first
    _DAY + r"/(?P<romanmonth{i}>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.\s*" + _YEAR,  # 9/VIII.1921 (Russian usage)
    # Thu Dec 9 15:54:50 MST 1999: a mail archive's date, with the weekday, time and zone
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?" + _MONTH + r"\s+" + _DAY + r"\s+\d\d?:\d\d(?::\d\d)?(?:\s+[A-Z]{{2,5}})?\s+" + _YEAR,
    _MONTH + r"\s+" + _DAY + r"(?:,\s*|\s+)" + _YEAR,  # January 4, 1932; "September 1,1870" as typed
    # July/August 2011; July or August 1918, "July or beginning of August 1918"
    _MONTH + r"(?:\s*[/–-]\s*|\s+or\s+(?:" + _PART_OF_MONTH + r")?)(?P<lastmonth{i}>"
    + MONTH_NAMES + r")\.?,?\s+" + _YEAR,
    _MONTH + r",?\s+" + _YEAR,  # December 1934
    # a season or years over two years, the second cut short: "Winter 1969–70", "1917-18"
    r"(?:" + SEASON_NAMES + r"\s+)?(?P<from{i}>1[0-9]\d\d|20\d\d)\s*[-–/]\s*(?P<short{i}>\d\d)",
    SEASON_NAMES + r"\s+" + _YEAR,  # Autumn 1988
    r"(?P<from{i}>1[0-9]\d\d|20\d\d)(?:\s*[-–]\s*|\s+(?:to|through|until)\s+)(?P<to{i}>1[0-9]\d\d|20\d\d)",  # 1929-1933, 1946 through 1949
    _YEAR,  # 1979
]
DATE_PATTERN = re.compile(
    r"(?<![^\W_])(?<!(?<!-)-)(?:" + "|".join(f"(?:{form.format(i=i)})" for i, form in enumerate(_FORMS)) + r")(?![\w-])",
    re.IGNORECASE,
)


# The letter typed for the figure one (see _DAY), read as the figure.
TYPED_ONE = str.maketrans("lL", "11")


@dataclass(frozen=True)
class Date:
    """A date found in text: where it stands and its ISO value(s)."""

    start: int
    end: int
    text: str
    when: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    range: tuple[str, str] | None = None  # (from, to) years, or days of one month

    @property
    def to_the_day(self) -> bool:
        """True when the date names its day (YYYY-MM-DD), not only a month or a year."""
        return len(self.when or "") == 10

    def attributes(self) -> dict[str, str]:
        """The TEI dating attributes: ``when``, or ``from`` and ``to``."""
        if self.range:
            return {"from": self.range[0], "to": self.range[1]}
        return {"when": self.when or ""}


def _from_match(match: re.Match[str]) -> Date | None:
    groups = {name.rstrip("0123456789"): value for name, value in match.groupdict().items() if value}
    if "day" in groups:
        groups["day"] = groups["day"].translate(TYPED_ONE)
    span = (match.start(), match.end(), match.group(0))
    if "short" in groups:  # "1969–70": the second year in the first's century
        groups["to"] = groups["from"][:2] + groups["short"]
    if "from" in groups:
        if int(groups["to"]) < int(groups["from"]) or "short" in groups and groups["to"] == groups["from"]:
            return None
        return Date(*span, range=(groups["from"], groups["to"]))
    when = groups["year"]
    month = (int(groups["isomonth"]) if "isomonth" in groups else MONTHS[groups["month"].lower()] if "month" in groups
             else ROMAN_MONTHS.index(groups["romanmonth"].upper()) + 1 if "romanmonth" in groups else None)
    if month is None:
        return Date(*span, when=when)
    if not 1 <= month <= 12:
        return None
    if "lastmonth" in groups:  # an issue of two months: from the first to the second
        last = MONTHS[groups["lastmonth"].lower()]
        return Date(*span, range=(f"{when}-{month:02d}", f"{when}-{last:02d}")) if last > month else None
    when += f"-{month:02d}"
    day = groups.get("day") or groups.get("isoday")
    if "altday" in groups:  # the other calendar's day, in the month given or the same month
        other_month = MONTHS[groups["altmonth"].lower()] if "altmonth" in groups else month
        if (other_month, int(groups["altday"])) > (month, int(day)):
            when, day = f"{groups['year']}-{other_month:02d}", groups["altday"]
            month = other_month
    if day:
        days = _days_in_month(int(groups["year"]), month)
        first, last = int(day), int(groups.get("lastday", day))
        if not 1 <= first <= last <= days:
            return None
        if "lastday" in groups:
            return Date(*span, range=(f"{when}-{first:02d}", f"{when}-{last:02d}"))
        when += f"-{first:02d}"
    return Date(*span, when=when)


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def find_dates(text: str) -> list[Date]:
    """Return every date written in ``text``, in order."""
    return [date for match in DATE_PATTERN.finditer(text) if (date := _from_match(match))]


#: a day of the week, in full or cut short: "Tuesday", "Mon", "Thurs"
WEEKDAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
# The day of the week before a date, maybe with the time of day: "Tuesday August 13, 1918", "Mon., 3 May 2004",
# "Thursday afternoon, November 20, 1816".
WEEKDAY = re.compile(rf"^{WEEKDAY_NAME}\.?(?:\s+(?:morning|afternoon|evening|night))?(?:,\s*|\s+)(?=\d|[a-z])", re.I)


def parse_date(text: str) -> Date | None:
    """Return the date if ``text`` is nothing but a date (brackets and a final stop allowed), maybe after its weekday
    or a word placing it in its month ("end of July 1918")."""
    stripped = text.strip().strip("()[]").rstrip(".").strip()
    if not stripped[-1:].isdecimal():
        return None  # every form ends with a digit (\d) of its year, month or day: the cheap test first
    match = DATE_PATTERN.fullmatch(stripped)
    if not match and stripped[:1].isalpha() and (prefix := WEEKDAY.match(stripped) or ROUGHLY.match(stripped)):
        match = DATE_PATTERN.fullmatch(stripped[prefix.end():])
    return _from_match(match) if match else None


# A date given roughly, by a part of its month: "end of July 1918", "early May 1920", "mid-June 1931".
ROUGHLY = re.compile(r"(?:" + _PART_OF_MONTH + r"|mid-?\s*)(?=[A-Z])", re.I)


def refines(precise: Date | None, rough: Date | None) -> bool:
    """True when ``precise`` names a day or month within the year or month ``rough`` names."""
    return bool(precise and rough and precise.when and rough.when and len(precise.when) > len(rough.when)
                and precise.when.startswith(rough.when))


def earlier(first: str, second: str) -> bool:
    """True when ISO date ``first`` certainly lies before ``second`` (by their common precision)."""
    size = min(len(first), len(second))
    return first[:size] < second[:size]
