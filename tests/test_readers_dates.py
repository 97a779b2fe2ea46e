"""Dates as written in sources, read as ISO values."""

from __future__ import annotations

import pytest

from tei_tools.readers.dates import earlier, find_dates, parse_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("5 January 1930", "1930-01-05"),
        ("January 4, 1932", "1932-01-04"),
        ("Aug l9, 1919", "1919-08-19"),  # the letter l typed for the figure one
        ("September 1,1870", "1870-09-01"),
        ("19 August,1919", "1919-08-19"),  # so too with the day first
        ("January 5th, 1930", "1930-01-05"),
        ("5th of January, 1930", "1930-01-05"),
        ("29 de abril de 1921", "1921-04-29"),
        ("3 maart 1921", "1921-03-03"),  # Dutch
        ("15 de março de 1922", "1922-03-15"),  # Portuguese
        ("12 marzo 1921", "1921-03-12"),
        ("14.05.1998", "1998-05-14"),
        ("Jan. 1928", "1928-01"),
        ("December 1934.", "1934-12"),
        ("(March 1932)", "1932-03"),
        ("1979", "1979"),
        ("Sept 3, 1901", "1901-09-03"),
        ("29 February 1932", "1932-02-29"),
        ("Thu Dec 9 15:54:50 MST 1999", "1999-12-09"),  # a mail archive's date
        ("Sat, Jan 1 10:00 2000", "2000-01-01"),
        ("Tuesday August 13, 1918", "1918-08-13"),  # a journal's entry, with its weekday
        ("Mon., 3 May 2004", "2004-05-03"),
        ("Thursday afternoon, November 20, 1816", "1816-11-20"),  # with the time of day
    ],
)
def test_a_date_alone_is_read(written: str, iso: str) -> None:
    date = parse_date(written)
    assert date is not None and date.when == iso


def test_impossible_days_and_non_dates_are_not_dates() -> None:
    assert parse_date("31 February 1930") is None
    assert parse_date("29 February 1930") is None
    assert parse_date("Vol. 13") is None
    assert parse_date("May we go?") is None


def test_ranges_use_from_and_to() -> None:
    date = parse_date("1929-1933")
    assert date is not None and date.attributes() == {"from": "1929", "to": "1933"}
    assert parse_date("1933-1929") is None
    date = parse_date("1946 through 1949")  # a span in words
    assert date is not None and date.attributes() == {"from": "1946", "to": "1949"}
    date = parse_date("Winter 1969–70")  # a season over two years, the second cut short
    assert date is not None and date.attributes() == {"from": "1969", "to": "1970"}
    date = parse_date("1910-12")  # with a hyphen, a month in ISO 8601; with a dash, two years
    assert date is not None and date.attributes() == {"when": "1910-12"}
    date = parse_date("1910–12")
    assert date is not None and date.attributes() == {"from": "1910", "to": "1912"}
    assert parse_date("1999–00") is None  # (a century's turn: no way back)


def test_dates_are_found_in_running_text_with_their_positions() -> None:
    text = "The Militant, Vol. V No. 15 (Whole No. 111), 9 April 1932, pp. 1 & 2."
    (date,) = find_dates(text)
    assert (date.text, date.when, text[date.start:date.end]) == ("9 April 1932", "1932-04-09", "9 April 1932")
    # An issue number closed by a stop is no day: "No. 1. February, 1919" (a day with a stop is German: "5. Dezember 1890").
    assert [d.when for d in find_dates("Class Struggle. Vol. 3 No. 1. February, 1919.")] == ["1919-02"]
    # nor one without its stop: "No. 7 July 1919", "#3 May 1920"
    assert [d.when for d in find_dates("The Liberator, Vol. 2 No. 7 July 1919")] == ["1919-07"]
    assert [d.when for d in find_dates("Bulletin #3 May 1920")] == ["1920-05"]
    assert [d.when for d in find_dates("London, 5. Dezember 1890")] == ["1890-12-05"]


def test_earlier_compares_at_the_common_precision() -> None:
    assert earlier("1920-03-01", "1930-01-05")
    assert not earlier("1930-01", "1930-01-05")
    assert not earlier("1935-02", "1934-12")


def test_iso_dates_and_day_ranges() -> None:
    assert parse_date("1921-03").when == "1921-03" and parse_date("1921-03-05").when == "1921-03-05"
    assert parse_date("1921-13") is None and parse_date("1921-00") is None and parse_date("1921-02-30") is None
    assert parse_date("April 4-5, 1917").attributes() == {"from": "1917-04-04", "to": "1917-04-05"}
    # a weekly's two issues in one: "Nos. 8 & 9. June 7 & 14, 1919"
    assert parse_date("June 7 & 14, 1919").attributes() == {"from": "1919-06-07", "to": "1919-06-14"}
    assert parse_date("May 3 and 4, 1920").attributes() == {"from": "1920-05-03", "to": "1920-05-04"}
    # a congress's days, listed or from the first to the last
    assert parse_date("NOVEMBER 6, 7, 8, 9, and 10, 1888").attributes() == {"from": "1888-11-06", "to": "1888-11-10"}
    assert parse_date("September 3 to 5, 1888").attributes() == {"from": "1888-09-03", "to": "1888-09-05"}
    # ... the days before the month: "11-12 March 1944", "the 11th and 12th of March, 1944"
    assert parse_date("11-12 March 1944").attributes() == {"from": "1944-03-11", "to": "1944-03-12"}
    assert find_dates("Held on the 11th and 12th of March, 1944")[0].attributes() == {"from": "1944-03-11", "to": "1944-03-12"}
    assert parse_date("30-31 February 1944") is None


def test_old_and_new_style_pairs_give_the_gregorian_day() -> None:
    assert parse_date("May 18 (31), 1917").when == "1917-05-31"
    assert parse_date("June 1 (May 19), 1917").when == "1917-06-01"
    assert parse_date("August 25 (September 7), 1913").when == "1913-09-07"


def test_day_and_roman_month_as_letters_are_dated() -> None:
    assert parse_date("9/VIII.1921").when == "1921-08-09"  # type: ignore[union-attr]
    assert parse_date("20/XII.") is None  # no year: no date


def test_a_date_between_two_months_and_a_date_placed_roughly_in_its_month() -> None:
    assert parse_date("July or August 1918").attributes() == {"from": "1918-07", "to": "1918-08"}
    assert parse_date("end of July or beginning of August 1918").attributes() == {"from": "1918-07", "to": "1918-08"}
    assert parse_date("early May 1920").attributes() == {"when": "1920-05"}
    assert parse_date("mid-June 1931").attributes() == {"when": "1931-06"}
    assert parse_date("the ends of 1920") is None
