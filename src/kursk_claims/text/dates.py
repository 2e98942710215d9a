"""Dates: when a document was written and when a claim was made, at the precision the text allows.

A document's date comes from metadata, else a `date YYYY-MM-DD` header, else a dateline line,
else the latest date the text attaches to a reporting verb ("said on Dec. 17"). A claim's date is
an explicit time attached to its reporting verb ("said on Sunday", "in late April", "In January"),
resolved against the document date. dateparser (imported lazily, explicit settings, past
preference) parses the day-level spans; month, season and year phrases are ruled here. Never
today's date: without a document date, relative phrases stay unknown.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from kursk_claims.text.reporting import DATING_FORMS_RX

MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A month word as written ("Feb", "February", "Sept"): the one month pattern the rules build on.
MONTH_WORD = r"(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")[a-z]*"
MONTH_RX = r"(?i:\b" + MONTH_WORD + r"\b)"
WEEKDAY_RX = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# Lowercase forms for matching inside a normalised (lowercased) phrase.
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_MONTH_LOWER = re.compile(_MONTH.lower())
_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")[a-z]*\.?")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")

# Time phrases, most specific first. Each is matched case-insensitively inside a clause.
TIME_PHRASE = re.compile(
    r"(?i)(?<![A-Za-z])(?:"
    r"(?:on\s+)?(?:" + WEEKDAY_RX + r",?\s+)?" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{4})?"
    r"|(?:on\s+)?(?:"
    + WEEKDAY_RX
    + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH
    + r"(?:,?\s+\d{4})?"
    r"|(?:on\s+|last\s+)?" + WEEKDAY_RX + r"(?:\s+(?:night|morning|evening))?"
    r"|(?:in|at|by)\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]+)?"
    + _MONTH
    + r"(?!\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))(?:\s+\d{4})?"  # "by August 27" is the day
    r"|(?:in|during)\s+(?:the\s+)?(?:(?:early|late)\s+)?" + _SEASON + r"(?:\s+of\s+\d{4})?"
    r"|(?:in\s+)?(?:early|mid|late)[\s-]+(?:19|20)\d{2}"
    r"|last\s+(?:week|month|year|"
    + _SEASON
    + r"|"
    + _MONTH
    + r")|(?:earlier|later)\s+this\s+(?:week|month|year)"
    r"|this\s+(?:week|month|year|morning|afternoon|evening)|yesterday(?:\s+(?:morning|afternoon|evening))?|today"
    r"|tonight|last\s+night"
    r")(?![A-Za-z])"
)
_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_DATELINE = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?,?\s*)?(?:"
    + WEEKDAY_RX
    + r",?\s+)?"
    + _MONTH
    + r"\s+\d{1,2},?\s+(\d{4})\s*(?:\d{1,2}:\d{2}.*)?$"
)
_FULL_DATE = re.compile(r"(?i)\b" + _MONTH + r"\s+\d{1,2},\s+(\d{4})|\b\d{1,2}\s+" + _MONTH + r"\s+(\d{4})")
_REPORT_DATE = re.compile(
    r"(?i)\b(?:told\s+[\w\s'’-]{0,40}?|" + DATING_FORMS_RX + r")\s+"
    r"(on\s+(?:"
    + WEEKDAY_RX
    + r",?\s+)?(?:"
    + _MONTH
    + r"\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+"
    + _MONTH
    + r"(?:\s+\d{4})?))"
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
    if _MONTH_LOWER.search(phrase.lower()) or _YEAR.search(phrase):
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return resolve_time_phrase(phrase, end)
    if anchor is not None and anchor.day[:7] == doc_date and _WEEKDAY_WORD.search(phrase.lower()):
        base = parse_iso(anchor.day)
        if base is not None and anchor.forward:
            base += timedelta(days=4)  # the days around it, mostly those after: from two before to four after
        got = resolve_time_phrase(phrase, base)
        return got if got is None or got[:7] == doc_date else doc_date  # never past the page's month
    if _WEEKDAY_WORD.search(phrase.lower()) or re.search(r"(?i)\b(?:today|this\s+(?:week|month))\b", phrase):
        return doc_date
    return None


class Anchor(NamedTuple):
    """A day a month-dated page states with its weekday, and which way its weekdays count from it."""

    day: str  # YYYY-MM-DD
    forward: bool  # weekdays after it ("Monday, March 10. ... On Tuesday"), else before ("Week ending ...")


# "Week ending Sunday, Oct. 27", "the seven days to Sunday, 27 October": a day that ends what it dates
_ENDING = re.compile(r"(?i)\b(?:ending|ended|through|until|to)\s*$")


def weekday_anchor(text: str, doc_date: str | None) -> Anchor | None:
    """On a page dated only to its month, the latest day of that month it states with its weekday
    ("Tuesday, 11 March", "Week ending Sunday, Oct. 27, 2024"): what its weekdays count from."""
    if doc_date is None or len(doc_date) != 7:
        return None
    year = _text_year(text) or int(doc_date[:4])
    lede = _lede(text)
    own_part = text.find(lede) + len(lede) if lede else len(text)  # the page's head and lede
    days = [
        (d, not ending)
        for m in _DAY_MENTION.finditer(text)
        if m.group(1)
        and (d := _stated_day(m, year)) is not None
        and d.isoformat()[:7] == doc_date
        # the page's own day: in its head or lede, or a day that ends what the page dates
        and (
            (ending := bool(_ENDING.search(text[max(0, m.start() - 20) : m.start()]))) or m.start() < own_part
        )
    ]
    if not days:
        return None
    day, forward = max(days)
    return Anchor(day.isoformat(), forward)


def _span_of_days(first: date, last: date) -> str | None:
    """The precision a run of days supports: the day when it is one, its month when it has one, else
    nothing ('last week' on a page of Tuesday 3 December runs over two months)."""
    if first == last:
        return first.isoformat()
    return f"{first:%Y-%m}" if (first.year, first.month) == (last.year, last.month) else None


def resolve_time_phrase(phrase: str, base: date | None) -> str | None:
    """'on Sunday' + 2025-06-22 -> '2025-06-22'; 'in late April' -> '2025-04'; 'In the fall' -> '2024'."""
    p = re.sub(r"\s+", " ", phrase.strip().lower())
    has_year = _YEAR.search(p)
    wd = _WEEKDAY_WORD.search(p)
    if re.search(r"\d{1,2}", _YEAR.sub("", p)) and re.search(r"[a-z]{3}", p):
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
    if p.endswith("this year"):
        return str(base.year) if base else None
    if p == "last year":
        return str(base.year - 1) if base else None
    m = _MONTH_WORD.search(p)
    if m and not re.search(r"\b" + _SEASON + r"\b", p):
        month = MONTH_NAMES[m.group(1)]
        if has_year:
            return f"{has_year.group(0)}-{month:02d}"
        assert base is not None
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


def _lede(text: str) -> str:
    """The first paragraph of reporting: a long line that is not page furniture."""
    from kursk_claims.text.segment import is_furniture

    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped) >= 40 and re.search(r"[.!?\"”’)]$", stripped) and not is_furniture(stripped):
            return stripped
    return ""


# "December 2024", "OPINION | APRIL 2025": a header line that is only a month, after a section label
_MONTH_HEADER = re.compile(
    r"^\s*(?:[A-Z][A-Za-z&' ]{0,30}\s*[|·•]\s*)?((?i:" + _MONTH + r"))\s+((?:19|20)\d{2})\s*$"
)
# "Month YYYY" anywhere ("since October 2024"): evidence of the year the page is about.
_MONTH_YEAR = re.compile(r"(?i)\b" + _MONTH + r"\s+((?:19|20)\d{2})\b")
# "As of August 12": a page's own as-of date (live blogs, tallies, fact boxes).
AS_OF = re.compile(
    r"(?i)\bas\s+of\s+((?:"
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
# an entry's day or month is set off by a colon or a spaced em or en dash ("Aug. 12, 2024 — Syrskyi
# reports ..."); a hyphen is a wire dateline's ("KYIV, Aug 14 (Reuters) - ")
_ENTRY_MARK = r"\s*(?::|\s[—–])\s+\S"
# ... and an update added to a story opens with its day ("Update, Dec. 14: ...", "UPDATED Feb 3 — ...")
_UPDATE = r"^\s*(?i:update|updated)\s*,?\s*(?:(?i:on)\s+)?(?=[A-Z0-9])"
UPDATE_MARK = re.compile(_UPDATE)
DAY_PREFIX = re.compile(
    "(?:" + _UPDATE + ")?" + _DAY_OF_HEADING.removeprefix("^") + _TIME_OF_DAY + _ENTRY_MARK
)
# MONTH_PREFIX: a chronology entry that opens with its month ("Late December: Zelenskyy says ...").
MONTH_PREFIX = re.compile(
    r"^\s*((?:(?i:early|mid|late|end\s+of)[\s-]+)?" + _MONTH + r"(?:\s+(?:19|20)\d{2})?)" + _ENTRY_MARK
)
_HEAD_LINES = 6  # a month header stands among the first lines
# a line that opens with the page's own day: a weekday and a date, or "Last updated:" and a full date
_DATED_OPENING = re.compile(
    r"^\s*(?:(?i:last\s+updated|updated)\s*:?\s*)?((?:"
    + WEEKDAY_RX
    + r"),?\s+(?:\d{1,2}\s+"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+\d{1,2})(?:,?\s+\d{4})?)\s*[.:—–-]"
    r"|^\s*(?i:last\s+updated|updated)\s*:?\s*(\d{1,2}\s+" + _MONTH + r"\s+\d{4})"
)


def document_date(text: str, published: str | None) -> tuple[str | None, str | None, float | None]:
    """(ISO date, how it was found, confidence) for a document; never today's date.

    In order: metadata; a `date YYYY-MM-DD` header; a dateline line; a line opening the body with
    the page's own day; then, for pages without metadata, the evidence the text gives: a header
    line that is only a month and a year, after a section label or not ("December 2024", "OPINION |
    APRIL 2025", month precision: ``YYYY-MM`` — a day the page reports only bounds it); else the
    latest "as of <date>" (the page's own as-of date) or date a reporting verb carries ("said on
    Nov. 11"), a year taken from the text when the phrase has none (the latest year of a full date
    or of a "Month YYYY"); else the month a feature says it is written in or counts from the
    story's start; else the month of the latest day the page names as recent (``YYYY-MM``: the
    page is on or after it). News style
    gives no year for dates of the current year and a weekday only for dates of the past week, so
    a day with a year and no weekday ("launched on August 6, 2024") is background and does not
    count; a day without a year takes the text's latest year (the year before when that puts it
    past the story's end), else the year its weekday fixes
    within the story's period (data/story.json), else the first such day on or after its start.
    Without any of these the date stays unknown.
    """
    d = parse_iso(published)
    if d is not None:
        return d.isoformat(), "metadata", 1.0
    head = text[:300]
    m = _HEADER.search(head)
    if m and parse_iso(m.group(1)):
        return m.group(1), "header", 0.9
    for line in text.split("\n")[:15]:
        if _DATELINE.match(line.strip()) and len(line) < 80:
            dd = _parse_day(re.sub(r"^.*?(?=" + _MONTH + r"\s+\d)", "", line.strip()), None)
            if dd:
                return dd.isoformat(), "dateline", 0.8
    for line in text.split("\n")[: _HEAD_LINES + 4]:
        # "Monday, 14 October. Ukraine's operation ...": a page that opens its body with its own day
        # (the weekday fixes the year); also "Last updated: 21 February 2025"
        mo = _DATED_OPENING.match(line)
        if mo:
            if mo.group(2):
                dd = _parse_day(mo.group(2), None)  # "Last updated: 21 February 2025"
            else:
                day_match = _DAY_MENTION.match(mo.group(1))
                dd = _stated_day(day_match, None) if day_match else None
            if dd is not None:
                return dd.isoformat(), "dated-opening", 0.7
    year = _text_year(text)
    # a wire story's dateline gives its day without a year ("KYIV, Aug 27 (Reuters) - ...", "MOSCOW,
    # September 6. ..."); a republished story says when it first ran ("originally published in
    # Russian on October 3"): the text's year, else the one its story period gives
    opening = "\n".join(text.split("\n")[:25])
    for rx, how in ((_WIRE_DATELINE, "wire-dateline"), (_FIRST_PUBLISHED, "first-published")):
        for m5 in rx.finditer(opening):
            day_match = _DAY_MENTION.search(m5.group(1))
            own_year = m5.group(2) if rx is _WIRE_DATELINE else None
            if own_year:
                dd = _parse_day(f"{m5.group(1)} {own_year}", None)  # "KYIV, Aug 27, 2024 (Reuters) -"
            else:
                dd = _stated_day(day_match, year) if day_match is not None else None
            if dd is not None:
                return dd.isoformat(), how, 0.7
    # a page headed by its month is of that month: a day it reports ("said on 26 April") only bounds it
    for line in text.split("\n")[:_HEAD_LINES]:
        mh = _MONTH_HEADER.match(line)
        if mh:
            month = MONTH_NAMES[mh.group(1)[:3].lower()]
            return f"{mh.group(2)}-{month:02d}", "header-month", 0.6
    aftermath = _only_story_start(text, year)
    # the lede carries the news peg; past it, the page's own "as of" or a dated statement
    for past_lede, where in ((False, _lede(text)), (True, text)):
        found: list[tuple[date, str, float]] = []
        for rx, how, conf in ((AS_OF, "as-of", 0.6), (_REPORT_DATE, "reported-date", 0.5)):
            for m3 in rx.finditer(where):
                phrase = m3.group(1)
                if not re.search(r"\d", phrase):
                    continue  # "as of Saturday": a weekday dates nothing without the page's day
                if past_lede and re.search(r"\d{4}", phrase):
                    continue  # past the lede, a statement dated with its year is background
                if re.search(r"\d{4}", phrase):
                    dd = _parse_day(phrase, None)
                elif year is None or (day_match := _DAY_MENTION.search(phrase)) is None:
                    continue
                else:
                    dd = _stated_day(day_match, year, aftermath)
                if dd:
                    found.append((dd, how, conf))
        if found:
            best = max(found, key=lambda f: (f[0], f[2]))
            return best[0].isoformat(), best[1], best[2]
    told = _told_month(text, year)
    if told is not None:
        return told
    stated = [
        dd for m4 in _DAY_MENTION.finditer(text) if (dd := _stated_day(m4, year, aftermath)) is not None
    ]
    if stated:
        # the page is on or after the latest date it states, most likely within that month
        return f"{max(stated):%Y-%m}", "latest-date", 0.3
    return None, None, None


# "KYIV, Aug 27 (Reuters) - ", "SEOUL, South Korea, Nov. 13 (Yonhap) -- ", "MOSCOW, September 6. ": a
# wire dateline opening a paragraph, its day without a year
_WIRE_DATELINE = re.compile(
    r"(?m)^\s*[A-Z][A-Z .'’/-]{2,30}(?:,\s*[A-Z][\w .'’-]{2,30})?,\s+("
    + _MONTH
    + r"\s+\d{1,2}|\d{1,2}\s+"
    + _MONTH
    + r")(?:,?\s+((?:19|20)\d{2}))?(?:\s*\([A-Za-z .-]{2,30}\))?\s*(?:[-—–]{1,2}|\.)\s+[A-Z]"
)
# "This story was originally published in Russian on October 3."
_FIRST_PUBLISHED = re.compile(
    r"(?i)\b(?:originally|first)\s+(?:published|appeared|ran)\b[^.\n]{0,30}?\bon\s+((?:"
    + _MONTH
    + r")\s+\d{1,2}|\d{1,2}\s+(?:"
    + _MONTH
    + r"))(?![\d,]*\s*\d{4})"
)
# "© 2025 Sumy Today", "Copyright 2024 The Associated Press": the year a page's footer claims.
_COPYRIGHT = re.compile(
    r"(?im)^\W{0,3}(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})(?:\s*[–—-]\s*((?:19|20)\d{2}))?\b"
)


def _only_story_start(text: str, year: int | None) -> bool:
    """Whether the text names `year` only for the story's start ("the incursion began in August
    2024"): a page written after it, whose days without a year may be of the year after."""
    start, _end = story_period()
    if year != start.year:
        return False
    months = [
        MONTH_NAMES[w.group(1)]
        for rx in (_FULL_DATE, _MONTH_YEAR)
        for m in rx.finditer(text)
        if str(year) in m.group(0) and (w := _MONTH_WORD.search(m.group(0).lower())) is not None
    ]
    return bool(months) and all(month <= start.month for month in months)


def _text_year(text: str) -> int | None:
    """The year an undated page is about: the latest year of a full date or a "Month YYYY" in it
    ("since October 2024"), ignoring years before the story began ("the full-scale invasion in
    February 2022" is background); else the year of its copyright line, when within the story."""
    start, end = story_period()
    years = [int(y) for m in _FULL_DATE.finditer(text) for y in m.groups() if y]
    years += [int(m.group(1)) for m in _MONTH_YEAR.finditer(text)]
    years = [y for y in years if y >= start.year]
    if years:
        return max(years)
    marks = [int(m.group(2) or m.group(1)) for m in _COPYRIGHT.finditer(text)]  # "© 2014–2025": 2025
    marks = [y for y in marks if start.year <= y <= end.year]
    return max(marks) if marks else None


# A day the text names: "Saturday, March 8", "August 6", "March 10, 2025", "8 March".
_DAY_MENTION = re.compile(
    r"(?<![A-Za-z])(?:(" + WEEKDAY_RX + r"),?\s+(?:the\s+)?)?(?:(" + _MONTH + r")\s+(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+((?:19|20)\d{2}))?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + _MONTH
    + r")(?:,?\s+((?:19|20)\d{2}))?)"
    r"(?![A-Za-z0-9])"
)


@cache
def _story() -> dict[str, Any]:
    """data/story.json: the story the tool reads (its period and what starts it), read once."""
    import json
    from importlib import resources

    raw: dict[str, Any] = json.loads(
        resources.files("kursk_claims").joinpath("data/story.json").read_text(encoding="utf-8")
    )
    return raw


@cache
def story_period() -> tuple[date, date]:
    """The period of the story the tool reads (data/story.json): dates pages that give no year."""
    raw = _story()
    return date.fromisoformat(raw["start"]), date.fromisoformat(raw["end"])


_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# "It is early November", "It's mid-January": a feature stating the month it is written in.
_PRESENT_MONTH = re.compile(
    r"\b(?:It\s+is|It['’]s)\s+(?:(?:early|mid|late)[\s-]+)?(" + _MONTH + r")(?![\w-])"
)


@cache
def _elapsed() -> re.Pattern[str]:
    """'Five months after Ukraine's incursion', 'three months into the offensive': time counted from
    the story's opening event (data/story.json: start_nouns)."""
    story = _story()
    nouns = "|".join(re.escape(n) for n in story["start_nouns"])
    verbs = "|".join(re.escape(v) for v in story["start_verbs"])
    actors = "|".join(re.escape(a) for a in story["start_actors"])
    return re.compile(
        r"(?i)\b(nearly\s+|almost\s+)?("
        + "|".join(_COUNT_WORDS)
        + r"|\d{1,2})\s+(days?|weeks?|months?)\s+(?:after|into|since)\s+"
        r"(?:(?:(?:Ukraine|Kyiv)['’]s|the)\s+(?:[\w-]+\s+){0,3}?(?:" + nouns + r")\b"
        # "Ukrainian troops first crossed the border": the story's actors opening it
        r"|(?:" + actors + r")(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}?(?:" + verbs + r")\b)"
        # the day right after the event ("... on August 6", "... in Sept. 2024"), not a later clause's
        r"(?P<rest>[^!?\n,;]{0,40})"
    )


def _told_month(text: str, year: int | None) -> tuple[str, str, float] | None:
    """The month an undated page says it is written in: 'It is early November' (the year the text
    gives, else the first such month in the story's period), or time counted from the story's start
    ('five months after Ukraine's incursion'): (YYYY-MM, how, confidence)."""
    start, _end = story_period()
    m = _PRESENT_MONTH.search(text)
    if m:
        month = MONTH_NAMES[m.group(1)[:3].lower()]
        y = year if year is not None else start.year
        if (y, month) < (start.year, start.month):
            y += 1  # a month before the story began is the next year's
        return f"{y}-{month:02d}", "present-month", 0.4
    m2 = _elapsed().search(text)
    if m2:
        nearly, count, unit = m2.group(1), m2.group(2).lower(), m2.group(3).lower()
        rest = re.split(r"\.\s+[A-Z]", m2.group("rest"))[0]  # up to the sentence's end ("Sept. 2024" stays)
        # "... crossed the border on August 6", "... began in August 2024": counted from that day
        base = start
        day = _DAY_MENTION.search(rest)
        if day is not None and re.search(r"(?i)\b(?:on|in)\s+$", rest[: day.start()]):
            base = _stated_day(day, None) or start
        elif (month_year := _MONTH_YEAR.search(rest)) is not None:
            base = date(int(month_year.group(1)), MONTH_NAMES[month_year.group(0)[:3].lower()], 1)
        length = {"d": 1.0, "w": 7.0, "m": 30.44}[unit[0]]
        n = _COUNT_WORDS.get(count) or int(count)
        # "nearly nine months after": half a unit short of it
        later = base + timedelta(days=round(length * (n - (0.5 if nearly else 0))))
        return f"{later:%Y-%m}", "elapsed-time", 0.4
    return None


def _stated_day(m: re.Match[str], year: int | None, aftermath: bool = False) -> date | None:
    """The day a `_DAY_MENTION` names. Its year is its own, else the text's (`year`; the year before
    when that puts the day past the story's end), else the year the weekday fixes within the
    story's period, else the first such day on or after its start."""
    weekday, month_a, day_a, year_a, day_b, month_b, year_b = m.groups()
    month_name, day_s, own_year = (month_a, day_a, year_a) if month_a else (month_b, day_b, year_b)
    if own_year and not weekday:
        return None  # news style drops the year of recent dates: a dated year is background
    month = MONTH_NAMES[month_name[:3].lower()]
    day = int(day_s)
    candidates: list[int]
    start, end = story_period()
    if own_year:
        candidates = [int(own_year)]
    elif year is not None:
        # "12 September" on a page whose latest year is 2025: 2024's; "Friday 14 March" on a page
        # whose latest year is 2024 (the story began in August 2024): 2025's, as its weekday says
        candidates = [year, year - 1, year + 1]
    else:
        candidates = list(range(start.year, end.year + 2))
    found = _candidate_day(candidates, month, day, weekday, year, own_year, aftermath)
    if found is None and weekday and not own_year and year is not None:
        # a weekday that fits none of the years is a mistake: the day as the text's year places it
        found = _candidate_day(candidates, month, day, None, year, own_year, aftermath)
    return found


def _candidate_day(
    candidates: list[int],
    month: int,
    day: int,
    weekday: str | None,
    year: int | None,
    own_year: str | None,
    aftermath: bool,
) -> date | None:
    """The first of `candidates` (years) that places the day as `_stated_day` says."""
    start, end = story_period()
    for y in candidates:
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if own_year:
            return d
        if weekday and WEEKDAYS[d.weekday()] != weekday.lower():
            continue  # "Friday 14 March": the weekday fixes the year
        if d < start:
            continue  # a day without its year is of the story, not before it
        if year is not None and d > end and y == year:
            continue  # past the story's end: the text's latest year is not this day's
        if (
            year is not None
            and y == year + 1
            and (not (weekday or aftermath) or d > end + timedelta(days=365))
        ):
            # the year after only when its weekday says so or the page names the text's year only
            # for the story's start (`aftermath`), and within a year of the story's end
            continue
        return d
    return None
