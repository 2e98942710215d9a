"""Dates: time phrases resolved at the precision the text allows.

A claim's date is an explicit time attached to its reporting verb ("said on Sunday", "in late April",
"In January", "last week"), resolved against the document date (`docdate` finds that date when the
metadata gives none). dateparser (imported lazily, explicit settings, past preference) parses the
day-level spans; month, season, week and year phrases are ruled here. Never today's date: without a
document date, relative phrases stay unknown.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES_RX = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# ... or in capitals, as wire factboxes write an entry's day ("AUG 27 - Syrskyi says ...")
_MONTH = r"(?:" + _MONTH_NAMES_RX + r"|" + _MONTH_NAMES_RX.upper() + r")\.?"
# A month's name, full or short ("January", "Jan.", "Sept"), capitalised: matched case-sensitively and
# followed by no letter, it is never a longer word that starts like one ("Marines", "decision").
MONTH_NAME_RX = _MONTH
# A month word as written ("Feb", "February", "Sept"): the one month pattern the rules build on.
MONTH_WORD = r"(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")[a-z]*"
MONTH_RX = r"(?i:\b" + MONTH_WORD + r"\b)"
WEEKDAY_RX = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# Lowercase forms for matching inside a normalised (lowercased) phrase.
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_MONTH_LOWER = re.compile(_MONTH.lower())
_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")[a-z]*\.?")
YEAR = re.compile(r"\b(19|20)\d{2}\b")

# Counts written as words ("a week ago", "two days later", "five months after")
COUNT_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# "a week ago", "two days ago", "10 days ago": counted back from the page's day (a whole number: "110
# days ago", not the end of "1,000 days ago")
_AGO = r"(?<![\d,.])(?:" + "|".join(COUNT_WORDS) + r"|\d{1,3})\s+(?:days?|weeks?|months?|years?)\s+ago"
# "a year ago", "six months ago": the month that many months before the page's
_MONTHS_AGO = re.compile(r"(?i)^(" + "|".join(COUNT_WORDS) + r"|\d{1,2}) (month|year)s? ago$")


def months_ago(phrase: str, year: int, month: int) -> str | None:
    """'a year ago' on a page of August 2025 -> '2024-08'; 'six months ago' -> '2025-02'; else None."""
    m = _MONTHS_AGO.match(re.sub(r"\s+", " ", phrase.strip()))
    if m is None:
        return None
    n = COUNT_WORDS[m.group(1).lower()] if m.group(1).lower() in COUNT_WORDS else int(m.group(1))
    back = year * 12 + month - 1 - n * (12 if m.group(2).lower() == "year" else 1)
    return f"{back // 12}-{back % 12 + 1:02d}"


# "the ministry said on the 20th", "he wrote on the 12th": a day of the month the page is in (not "on the
# 47th day", "on the 12th of August")
_ON_THE_NTH = (
    r"on\s+the\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*[,.;:)]|\s+(?:and|but|when|that|at|in)\b|\s*$)"
    # (not a list of units: "attacks on the 22nd and 24th brigades", "on the 11th, the 810th and ..."; but
    # "said on the 20th and 21st that ...")
    r"(?!(?:\s*,|\s+and)\s+(?:the\s+)?(?:\d{3,}|[4-9]\d)(?:st|nd|rd|th)\b)"
    r"(?!(?:\s*,|\s+and)\s+(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:brigade|regiment|division|battalion|corps|arm)\w*)"
)

# A day written in figures, as European and Russian pages and ISO stamps write it: day first with points
# ("14.08.2024"), or year first with hyphens ("2024-08-14"); not a slashed day (month first in the United
# States, day first elsewhere), nor inside a longer run of figures
NUMERIC_DAY = (
    r"(?<![\d.])(?:(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?!\d|\.\d)"
)


def _numeric_day(phrase: str) -> str | None:
    """The ISO day a phrase written in figures names ("on 07.08.2024" -> 2024-08-07), else None."""
    p = re.sub(r"(?i)^(?:on|by)\s+", "", phrase.strip())
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2})", p)
    if m is None:
        return None
    y, mo, d = (m.group(3), m.group(2), m.group(1)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


# A day's year named from the page's ("on Jan. 11 last year", "on 5 March this year").
_OF_YEAR = r",?\s+(?:last|this)\s+year"

# Time phrases, most specific first. Each is matched case-insensitively inside a clause.
TIME_PHRASE = re.compile(
    r"(?i)(?<![A-Za-z])(?:"
    r"(?:on\s+|by\s+)?"
    + NUMERIC_DAY
    + r"|(?:on\s+)?(?:"
    + WEEKDAY_RX
    + r",?\s+)?"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{4}|"
    + _OF_YEAR
    + r")?"
    r"|(?:on\s+)?(?:"
    + WEEKDAY_RX
    + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH
    + r"(?:,?\s+\d{4}|"
    + _OF_YEAR
    + r")?"
    r"|(?:on\s+|last\s+)?" + WEEKDAY_RX + r"(?:\s+(?:night|morning|evening))?"
    r"|(?:in|at|by)\s+(?:the\s+|(?:an?|his|her|its|their)\s+)?(?:(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|(?:first|second|third|fourth|last|final)\s+(?:week|days|fortnight|half)\s+of)[\s-]+)?"
    + _MONTH
    + r"(?-i:(?!(?<=\bJan)\s+[A-Z][a-z]))"  # ("by Jan Wendtland": a first name, not January)
    + r"(?!\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))(?:\s+\d{4}|\s+(?:of\s+)?(?:this|last|the\s+previous)\s+year)?"  # "by August 27", "in his Nov. 11 address" is the day; "in late August last year"
    r"|(?:in|during)\s+(?:the\s+)?(?:(?:early|late)\s+)?" + _SEASON + r"(?:\s+of\s+\d{4})?"
    r"|(?:in\s+)?(?:early|mid|late)[\s-]+(?:19|20)\d{2}"
    r"|(?:the\s+)?previous\s+"
    + _MONTH
    + r"(?![a-z])"  # ("The previous August he had spoken of ...")
    + r"|last\s+(?:week|month|year|"
    + _SEASON
    + r"|"
    + _MONTH
    + r")|(?:earlier|later)\s+this\s+(?:week|month|year)"
    r"|this\s+(?:week|month|year|morning|afternoon|evening)|(?:the\s+)?day\s+before\s+yesterday"
    r"|yesterday(?:\s+(?:morning|afternoon|evening))?|today"
    r"|tonight|last\s+night"
    r"|" + _AGO + r"|" + _ON_THE_NTH + r")(?![A-Za-z])"
)


@cache
def _dateparser() -> Any:
    import dateparser  # lazy: keep dateparser off the query path and off the import of this module

    return dateparser


def _parse_day(phrase: str, base: date | None) -> date | None:
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    else:
        if not re.search(r"\d{4}", phrase):
            return None  # no year and no document date: unknowable
        settings["RELATIVE_BASE"] = datetime(2000, 1, 1)  # unused: the phrase carries its year
    cleaned = re.sub(r"(?i)^(?:on|in|at|by)\s+", "", phrase.strip())
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = (
        re.sub(r"(?i)\b(" + WEEKDAY_RX + r"),?\s+(?=[A-Z0-9])", "", cleaned)
        if re.search(r"\d", cleaned)
        else cleaned
    )
    try:
        dt = _dateparser().parse(cleaned, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a date is then unknown
        return None
    if dt is None:
        return None
    d: date = dt.date()
    if base is not None and d > base and not re.search(r"\d{4}", phrase):
        try:
            d = d.replace(year=d.year - 1)
        except ValueError:
            return None
    weekday = _WEEKDAY_WORD.search(phrase.lower())
    if weekday and WEEKDAYS[d.weekday()] != weekday.group(1) and not re.search(r"\d{4}", phrase):
        # "On Monday 17 March": the weekday fixes the year, even a few days past the page's own day
        for year in (d.year + 1, d.year - 1):
            try:
                other = d.replace(year=year)
            except ValueError:
                continue
            if WEEKDAYS[other.weekday()] == weekday.group(1) and (
                base is None or abs((other - base).days) <= 7
            ):
                return other  # a week from the page's day at most: a mistaken weekday moves nothing far
    return d


def parse_iso(s: str | None) -> date | None:
    """The date an ISO string starts with ('2025-03-10T12:00' -> 2025-03-10); None if there is none."""
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def resolve_on_page(phrase: str, doc_date: str | None, anchor: Anchor | None = None) -> str | None:
    """A time phrase resolved against the page's own date at the precision it is known: a day
    (``YYYY-MM-DD``) resolves everything; a month (``YYYY-MM``) resolves a day of a named month
    ("on 5 January" -> that day, taken on or before the month's end) and dates a weekday or "today"
    only to that month — unless the page states a day of that month with its weekday (`anchor`):
    a weekday is then the one in the days around it, from two before to four after ("On Tuesday,
    11 March, while ... On Wednesday" -> the 12th, "On Sunday" -> the 9th), or the latest on or before it
    when the page counts back from it ("Week ending Sunday, Oct. 27")."""
    if doc_date is None or len(doc_date) != 7:
        return resolve_time_phrase(phrase, parse_iso(doc_date))
    year, month = int(doc_date[:4]), int(doc_date[5:7])
    if _MONTH_LOWER.search(phrase.lower()) or YEAR.search(phrase):
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return resolve_time_phrase(phrase, end)
    if anchor is not None and anchor.day[:7] == doc_date and _WEEKDAY_WORD.search(phrase.lower()):
        base = parse_iso(anchor.day)
        if base is not None and anchor.forward:
            base += timedelta(days=4)  # the days around it, mostly those after: from two before to four after
        got = resolve_time_phrase(phrase, base)
        return got if got is None or got[:7] == doc_date else doc_date  # never past the page's month
    if (long_ago := months_ago(phrase, year, month)) is not None:
        return long_ago
    if _WEEKDAY_WORD.search(phrase.lower()) or _DAYS_AGO.search(phrase):
        return doc_date  # a day or a week near the page's: as near as the page is known, its month
    if re.search(r"(?i)\blast\s+month\b", phrase):
        return f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
    if re.search(r"(?i)\bthis\s+year\b", phrase):
        return str(year)
    return None


# days near a month-dated page's own: "today", "yesterday", "overnight", "last night", "this week",
# "last week", "earlier this week"
_DAYS_AGO = re.compile(
    r"(?i)\b(?:today|yesterday|overnight|last\s+night|this\s+(?:week|month)|last\s+week)\b"
)


class Anchor(NamedTuple):
    """A day a month-dated page states with its weekday, and which way its weekdays count from it."""

    day: str  # YYYY-MM-DD
    forward: bool  # weekdays after it ("Monday, March 10. ... On Tuesday"), else before ("Week ending ...")


# "Week ending Sunday, Oct. 27", "the seven days to Sunday, 27 October": a day that ends what it dates
def _span_of_days(first: date, last: date) -> str | None:
    """The precision a run of days supports: the day when it is one, its month when it has one, else
    nothing ('last week' on a page of Tuesday 3 December runs over two months)."""
    if first == last:
        return first.isoformat()
    return f"{first:%Y-%m}" if (first.year, first.month) == (last.year, last.month) else None


def resolve_time_phrase(phrase: str, base: date | None) -> str | None:
    """'on Sunday' + 2025-06-22 -> '2025-06-22'; 'in late April' -> '2025-04'; 'In the fall' -> '2024'."""
    numeric = _numeric_day(phrase)
    if numeric is not None:
        return numeric
    p = re.sub(r"\s+", " ", phrase.strip().lower())
    of_year = re.search(_OF_YEAR + r"$", p)
    if of_year is not None and re.search(r"\d", p):
        # "on Jan. 11 last year": the day in the year the phrase names
        if base is None:
            return None
        year = base.year - ("last" in of_year.group(0))
        return resolve_time_phrase(f"{p[: of_year.start()]} {year}", base)
    nth = re.fullmatch(r"on the (\d{1,2})(?:st|nd|rd|th)", p)
    if nth is not None:
        # the latest such day on or before the page's day ("on the 20th" of a page of 22 March: 20 March)
        if base is None:
            return None
        day, first = int(nth.group(1)), base.replace(day=1)
        if day <= base.day:
            return base.replace(day=day).isoformat()
        prev = first - timedelta(days=1)
        return prev.replace(day=day).isoformat() if day <= prev.day else None
    has_year = YEAR.search(p)
    wd = _WEEKDAY_WORD.search(p)
    if re.search(r"\d{1,2}", YEAR.sub("", p)) and re.search(r"[a-z]{3}", p):
        d = _parse_day(phrase, base)
        return d.isoformat() if d else None
    if wd and not _MONTH_LOWER.search(_WEEKDAY_WORD.sub("", p)):
        if base is None:
            return None
        target = WEEKDAYS.index(wd.group(1))
        back = (base.weekday() - target) % 7
        if p.startswith("last ") and back == 0:
            back = 7
        return (base - timedelta(days=back)).isoformat()
    if base is None and not has_year:
        return None
    if base is not None and (long_ago := months_ago(p, base.year, base.month)) is not None:
        return long_ago
    ago = re.fullmatch(r"([a-z]+) (day|week)s? ago", p)  # (in figures, "10 days ago", dateparser reads it)
    if ago is not None and base is not None and ago.group(1) in COUNT_WORDS:
        return (
            base - timedelta(days=COUNT_WORDS[ago.group(1)] * (7 if ago.group(2) == "week" else 1))
        ).isoformat()
    if re.match(r"(?:the )?day before yesterday", p):
        return (base - timedelta(days=2)).isoformat() if base else None
    if p.startswith("yesterday") or p == "last night":
        return (base - timedelta(days=1)).isoformat() if base else None
    if p in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return base.isoformat() if base else None
    if p.endswith("this week") and base is not None:
        # "earlier this week": from its Monday to the day before; "this week": to the day itself
        monday = base - timedelta(days=base.weekday())
        last = base - timedelta(days=1) if p.startswith("earlier") and base > monday else base
        return _span_of_days(monday, last)
    if p == "last week" and base is not None:
        monday = base - timedelta(days=base.weekday() + 7)
        return _span_of_days(monday, monday + timedelta(days=6))
    if p.endswith("this month"):
        return f"{base:%Y-%m}" if base else None
    if p == "last month":
        if base is None:
            return None
        prev = base.replace(day=1) - timedelta(days=1)
        return f"{prev:%Y-%m}"
    m = _MONTH_WORD.search(p)
    # "in late August last year", "in early March this year": the month of the year the phrase names
    of_year = re.search(r"\b(?:(this)|last|previous)\s+year$", p) if m else None
    if p.endswith("this year") and of_year is None:
        return str(base.year) if base else None
    if p == "last year":
        return str(base.year - 1) if base else None
    if m and not re.search(r"\b" + _SEASON + r"\b", p):
        month = MONTH_NAMES[m.group(1)]
        if has_year:
            return f"{has_year.group(0)}-{month:02d}"
        assert base is not None
        if of_year is not None:
            return f"{base.year if of_year.group(1) else base.year - 1}-{month:02d}"
        year = base.year if month <= base.month else base.year - 1
        if re.search(r"\blast\s+" + re.escape(m.group(0)), p) and month == base.month:
            year -= 1  # "last August" written in August is a year back
        return f"{year}-{month:02d}"
    if re.fullmatch(r"(?:in )?(?:early|mid|late)[ -]+(?:19|20)\d{2}", p) and has_year:
        return has_year.group(0)
    s = re.search(r"\b(spring|summer|fall|autumn|winter)\b", p)
    if s:
        if has_year:
            return has_year.group(0)
        assert base is not None
        start_month = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[s.group(1)]
        year = base.year if start_month <= base.month else base.year - 1
        if p.startswith("last "):
            year -= 1 if start_month <= base.month else 0
        return str(year)
    return None


# "As of August 12": a page's own as-of date (live blogs, tallies, fact boxes).
# (a clock time may come first: "Information as of 18:00, 28.08.2024"; the day may be in figures)
AS_OF = re.compile(
    r"(?i)\bas\s+of\s+(?:\d{1,2}[:.]\d{2}\s*(?:hrs\b|h\b)?\s*,?\s*(?:on\s+)?)?("
    + NUMERIC_DAY
    + r"|(?:"
    + WEEKDAY_RX
    + r",?\s+)?(?:"
    + _MONTH
    + r"\s+(?:\d{1,2}(?!\d)(?:,?\s+\d{4})?|\d{4})|\d{1,2}\s+"  # "as of March 2025": the month
    + _MONTH
    + r"(?:\s+\d{4})?)|"
    + WEEKDAY_RX
    + r")"
)
# A live blog's day heading: a line that is a day and nothing else ("Wednesday 7 August",
# "Thu, August 8, 2024", "► Feb. 5 — Prisoner swap": a bullet mark before it, a title after a dash);
# DAY_PREFIX: an entry that opens with its day ("Thu 8 Aug: ISW says ...", "Aug. 12, 2024 — ...").
_HEADING_MARK = r"^\s*(?:[►▶▸•*#▪●◆■]\s*)?"
_HEADING_TITLE = r"\s*(?::|\s[—–-]\s+[^.!?]{1,60})?\s*$"
_DAY_OF_HEADING = (
    _HEADING_MARK
    + r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?((?:\d{1,2}\s+"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+\d{1,2})(?:,?\s+\d{4})?)"
)
# the time of day after the day ("13 August 2024, 21:47", "UPDATE, March 13, 09:40: ...")
_TIME_OF_DAY = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?)?"
DAY_HEADING = re.compile(_DAY_OF_HEADING + _TIME_OF_DAY + _HEADING_TITLE)
# A weekly digest's heading that is a weekday and nothing else ("MONDAY", "Friday — Talks").
WEEKDAY_HEADING = re.compile(
    _HEADING_MARK + r"((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))" + _HEADING_TITLE
)
# an entry's day or month is set off by a colon or a spaced dash ("Aug. 12, 2024 — Syrskyi reports
# ...", "7 August - Gerasimov tells ...": a spaced hyphen as plain text writes a dash; a wire
# dateline's hyphen, "KYIV, Aug 14 (Reuters) - ", follows a place and never opens the line)
_ENTRY_MARK = r"\s*(?::|\s[—–-])\s+\S"
# ... and an update added to a story opens with its day ("Update, Dec. 14: ...", "UPDATED Feb 3 — ...")
_UPDATE = r"^\s*(?i:update|updated)\s*,?\s*(?:(?i:on)\s+)?(?=[A-Z0-9])"
UPDATE_MARK = re.compile(_UPDATE)
# a paragraph added after publication, with or without its day ("UPDATE: On Thursday morning, ...",
# "UPDATE (07 January, 09:25): ..."), matched at a line's start
UPDATE_LINE = re.compile(r"[ \t]*(?:UPDATE|Update)\b")
# (a chronology's entry may open with its day in figures: "07.08.2024 — Gerasimov tells Putin ...")
_DAY_OF_ENTRY = _DAY_OF_HEADING.removesuffix(")") + "|" + NUMERIC_DAY + ")"
DAY_PREFIX = re.compile("(?:" + _UPDATE + ")?" + _DAY_OF_ENTRY.removeprefix("^") + _TIME_OF_DAY + _ENTRY_MARK)
# A timeline's section heading that is a month and its year and nothing else ("September 2024"), or a
# span of months ("September-December 2024": the span's last month in the group)
MONTH_HEADING = re.compile(
    _HEADING_MARK + r"(?:" + _MONTH + r"\s*[-–—]\s*)?(" + _MONTH + r")\s+((?:19|20)\d{2})\s*$"
)
# MONTH_PREFIX: a chronology entry that opens with its month ("Late December: Zelenskyy says ...").
MONTH_PREFIX = re.compile(
    r"^\s*((?:(?i:early|mid|late|end\s+of)[\s-]+)?" + _MONTH + r"(?:\s+(?:19|20)\d{2})?)" + _ENTRY_MARK
)


def time_aside(before: str, at: int) -> bool:
    """Whether the time phrase at `at` stands in an aside of times alone that commas set off at the end
    of `before` (the words up to a verb): "The NIS, on Monday this week, gave ...", however the parser
    hung it."""
    bracket = re.search(r",\s*([^,]{1,40}?),\s*$", before)
    return (
        bracket is not None
        and bracket.start(1) <= at < bracket.end(1)
        and not TIME_PHRASE.sub("", bracket.group(1)).strip()
    )


def beside_speaker(text: str, start: int, end: int, subject_left: int, subject_at: int) -> bool:
    """Whether the time phrase at `start`-`end` of `text` dates its speaker's statement by where it stands,
    however the parser hung it: opening the verb's clause right before the subject (which begins at
    `subject_left`): "As Interfax-Ukraine reported, on October 21 ... Syrskyi said that ..."; or set off
    by a comma after the subject (at `subject_at`), closing the sentence or a bracket: "..., the HUR, in
    early November.", "(Gerasimov, 12 March)"; not an event's day, "on a single day, 24 June"."""
    if end <= subject_left:
        return (
            re.fullmatch(r"[\s,]*", text[end:subject_left]) is not None
            and re.search(r"(?:^|,)\s*$", text[:start]) is not None
        )
    return (
        start > subject_at
        and re.search(r"(?<!\bday),\s*$", text[:start]) is not None
        and re.match(r"\s*(?:[.;)\]]|$)", text[end:]) is not None
    )
