"""The stamps a saved page keeps its own day in: a header line among furniture ("Oleh Pavliuk — Sunday,
27 April 2025, 10:14"), a link to the page whose path has the day, a stamp at its foot ("Last updated:
28.08.2024, 11:47"), a digest's header ("The seven days to Sunday, 17 November 2024", "Morning digest,
13 March"). Read by `docdate.document_date`."""

from __future__ import annotations

import re
from datetime import date

from kursk_claims.text.dates import _MONTH, WEEKDAY_RX, _parse_day

# A page's date stamp as scrapers keep it, with the furniture around it: "Oleh Pavliuk — Sunday, 27 April
# 2025, 10:14", "Published : Aug. 22, 2025 - 16:05", "July 31, 2025 7:05 AM GMT+1 Updated 3 hours ago",
# "This content was published on August 28, 2024 - 14:05", "29/05/2025"
_STAMP_DATE = re.compile(
    r"(?i)\b(?:"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th|\.)?\s+"  # ("28. August 2024")
    + _MONTH
    + r",?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b"  # "Posted : 2024-11-13 17:21"
)
# The separators of a stamp line's parts: "12 June 2025, 14:05 | Updated 16:30", "Issue #61 · Mon, Mar 17,
# 2025 · 7 min read", "by Iryna Voitenko | June 5, 2025, 8:14 pm | Kyiv Post"
_STAMP_PARTS = re.compile(r"\s*\|\s*|\s+[·•—]\s+|\s{3,}")
# a time zone of the United States, where numeric dates are written month first ("11/04/2024 at 12:41 PM EST")
_US_ZONE = re.compile(r"\b(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|ET|PT)\b")
# what a stamp line's other parts may hold besides words, beyond the stamp's own furniture (times,
# zones, "3 hours ago"): a reading time, an issue's number, a reader counter
_PART_FURNITURE = re.compile(
    r"(?i)\b\d+\s*min(?:ute)?s?(?:\s+read)?\b|"
    # "Comments (212)", "Views: 3 214", "Comments: 56", "Issue 11/2025", "OSW Commentary NUMBER 658", a print page's "A6"
    r"(?:#|\bno\.\s*|\bissue\s+|\bnumber\s+)\d+(?:/\d{4})?|\(\d[\d,]*\)|\b(?:views?|comments?|shares?|likes?|reads?|reactions?):?\s*\d[\d\s,]*|\b[A-Z]\d{1,2}\b"
    r"|\b\d+h\s+ago\b"  # "Updated 3h ago" ("3 hours ago" is stamp furniture)
    # a site header's weather and exchange rates ("Kyiv +1°C   USD 41.65   EUR 43.09")
    r"|[+\-−]?\d+\s*°[CF]?|\b(?:USD|EUR|GBP|RUB|UAH)\s*\d+[.,]\d{1,4}\b(?!\s*(?:million|billion|bn|trillion)\b)"
)
# an update stamp after the first publication's on one line ("… | Updated: 9:05, 17 Aug 2024", "… - Updated Oct. 9")
_THEN_UPDATED = re.compile(r"(?i)[\s|·•—–-]*\b(?:last\s+)?(?:updated|modified)\b\s*(?:on\s*)?:?\s*\S.*$")
# a feed's date element around a stamp ("<pubDate>Thu, 31 Oct 2024 17:44:00 +0000</pubDate>")
# (or its field, as a feed dumped to text keeps it: "pubDate: Mon, 16 Dec 2024 22:40:00 +0000")
_DATE_ELEMENT = re.compile(
    r"^\s*(?:<((?:\w+:)?(?:pubDate|date|published|updated))>(.*)</\1>|(?:\w+:)?pubDate\s*:\s*(.*\S))\s*$"
)
_SLASH_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b")
_STAMP_FURNITURE = re.compile(
    r"(?i)\b(?:\d+\s*(?:hours?|minutes?|mins?|days?)\s+ago|\d+\s*min(?:ute)?s?\s+read|"
    r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|(?:gmt|utc|bst|cet|cest|edt|est|msk|eet|eest)"
    r"(?:[+-]\d{1,2})?|"
    + WEEKDAY_RX
    + r"|(?:mon|tue|wed|thu|fri|sat|sun)\.?"  # a forum post's "Post by NAME » Sun Apr 27, 2025 10:41 am"
    + r"|published|updated|posted|post|modified|last|first|this|content|was|on|at|"
    r"by|hours?|minutes?|ago|read|min|time)\b"
)


# A link to the page kept alone on a line of its head (a share line, a short link) whose path carries
# the day: "ukrinform.net/rubric-ato/2024/12/17/sso-...", "sputnikglobe.com/20241031/..." (a slug's
# first word is no day: ".../2024/08/10-facts-about-..."; an image is no page)
_LINK_LINE = re.compile(
    r"(?i)^(?:(?:link|url|share|permalink|short\s+link)\s*:\s*)?(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*$"
)
_URL_DAY = re.compile(
    r"/(?:((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$)|((?:19|20)\d{2})(\d{2})(\d{2})(?=[/-]|$))"
)
# A page's stamp at its foot, where printed and saved pages keep it: "Last updated: 27 August 2024, 16:20
# BST", "Published: Aug. 22, 2025"
FOOT_STAMP = re.compile(
    r"^\W{0,3}(?i:last\s+updated|updated|published|first\s+published|posted)(?:\s+on)?\s*:?\s*(?:"
    + WEEKDAY_RX
    + r",?\s+)?(\d{1,2}\s+"
    + _MONTH
    + r",?\s+(?:19|20)\d{2}|"
    + _MONTH
    + r"\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})\b"
)
FOOT_LINES = 8  # the page's last lines


def foot_day(stamp: str) -> date | None:
    """The day of a foot stamp: "27 August 2024, 16:20", "Aug. 22, 2025", "28.08.2024" (day first)."""
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", stamp)
    if dotted is None:
        return _parse_day(re.sub(r",", " ", stamp), None)
    try:
        return date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
    except ValueError:
        return None


# a digest's header naming the day its period ends: "The seven days to Sunday, 17 November 2024",
# "Week ending 9 March 2025"
PERIOD_END = re.compile(
    r"(?i)\b(?:week|seven\s+days|days)\s+(?:to|ending|ended|through)\s+(?:"
    + WEEKDAY_RX
    + r",?\s+)?(\d{1,2}\s+"
    + _MONTH
    + r",?\s+(?:19|20)\d{2}|"
    + _MONTH
    + r"\s+\d{1,2},?\s+(?:19|20)\d{2})\b"
)
# an edition's header with its day and no year: "Morning digest, 13 March", "Evening briefing | March 13"
EDITION_DAY = re.compile(
    r"(?i)\b(?:digest|edition|briefing|newsletter|bulletin|round-?up)\s*[,|:—–-]\s*((?:"
    + WEEKDAY_RX
    + r",?\s+)?(?:\d{1,2}\s+"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+\d{1,2}))\s*$"
)


def linked_day(lines: list[str]) -> date | None:
    """The day in the path of a link to the page that its head keeps on a line of its own."""
    for line in lines:
        line = line.strip()
        if (
            len(line) > 300
            or not _LINK_LINE.match(line)
            or re.search(r"(?i)\.(?:jpe?g|png|gif|webp|svg)$", line.split("?")[0])
        ):
            continue
        m = _URL_DAY.search(line)
        if m is None:
            continue
        y, mo, d = (int(g) for g in (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)))
        try:
            return date(y, mo, d)
        except ValueError:
            continue
    return None


# a part of a line that reads as a headline or a sentence, a name and its verb ("Russia retakes Sudzha",
# "Ukraine crosses the border", "Sudzha retaken by Russian forces"), not a stamp's furniture
_HEADLINE_PART = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?!(?:news|stories|reporters|updates|events|readers|subscribers|comments|views)\b)"
    r"[a-z]{3,}(?:s|ed|en)\b|^\s*[a-z]{3,}(?:ed|en)\b"
)


def stamp_line_day(line: str, us: bool | None = None) -> date | None:
    """The day a short header line stamps the page with: a full date (or a day-first numeric one)
    among furniture only — times, zones, weekdays, "Published", "Updated", a byline of two or three
    names — never a sentence of the body. A line of parts set apart by bars or dots stamps the day
    of its one dated part when the others hold no figure (a place, a byline, a section, a time)."""
    element = _DATE_ELEMENT.match(line)
    if element is not None:
        # (its seconds and its zone's offset; an Atom feed's ISO time, "2024-08-12T19:02:00Z")
        line = re.sub(
            r"(\d:\d\d):\d\d\b|\s[+-]\d{4}\s*$|(?<=\d)T\d\d:\d\d\S*$",
            r"\1",
            element.group(2) or element.group(3),
        )
    # a stamp run together by a scraper ("Published On 14 Jan 202514 Jan 2025"); an update after the first
    # publication ("Published: 14:32, 16 Aug 2024 | Updated: 9:05, 17 Aug 2024"): the page is of its first day
    line = re.sub(r"((?:19|20)\d{2})(?=\d{1,2}\s+[A-Z])", r"\1 ", line)
    first = _THEN_UPDATED.search(line)
    if first is not None and (
        _STAMP_DATE.search(line, 0, first.start()) or _SLASH_DATE.search(line, 0, first.start())
    ):
        line = line[: first.start()].rstrip(" .,;|")  # ("... 11:47 a.m. EDT. Updated 2:05 p.m. EDT")
    us = bool(_US_ZONE.search(line)) if us is None else us
    parts = _STAMP_PARTS.split(line.strip())
    if len(parts) > 1 and len(line) <= 160:
        dated = [p for p in parts if _STAMP_DATE.search(p) or _SLASH_DATE.search(p)]
        others = [_STAMP_FURNITURE.sub(" ", _PART_FURNITURE.sub(" ", p)) for p in parts if p not in dated]
        if (
            not dated
            or re.match(r"\s*[-–—•*·▪●]\s", line)  # a list's item ("- 6 August 2024 | Ukraine crosses ...")
            or any(re.search(r"\d", p) for p in others)
            or any(_HEADLINE_PART.search(p) and not re.search(r"(?i)\bby\b", p) for p in others)
        ):
            return None
        # (one day in all its dated parts: "Published : Nov. 27, 2024   Updated : Nov. 27, 2024")
        days = {stamp_line_day(p, us) for p in dated}
        return days.pop() if len(days) == 1 else None
    if len(line) > 90 or (line.rstrip().endswith(".") and not re.search(r"[ap]\.m\.$", line.rstrip())):
        return None
    m = _STAMP_DATE.search(line)
    numeric = _SLASH_DATE.search(line) if m is None else None
    if m is None and numeric is None:
        return None
    found = (m or numeric).group(0)  # type: ignore[union-attr]
    # (the same date again, "16.08.2024 - Update : 16.08.2024", is furniture too)
    rest = _STAMP_FURNITURE.sub(" ", line.replace(found, " "))
    words = re.findall(r"[A-Za-z]{2,}", rest)
    if "|" in line or re.search(r"\d", rest) or len(words) > 3 or any(w[:1].islower() for w in words):
        return None  # more than a byline's name is left: a sentence, a headline, a table row
    if m is not None:
        return _parse_day(re.sub(r",", " ", m.group(0)), None)
    d, mo, y = (int(g) for g in numeric.group(1, 3, 4))  # type: ignore[union-attr]
    if mo > 12 and d <= 12:
        d, mo = mo, d  # "05/29/2025": month first
    elif d <= 12 and mo <= 12 and d != mo and "/" in numeric.group(0) and us:  # type: ignore[union-attr]
        d, mo = mo, d  # "11/04/2024 at 12:41 PM EST": month first in the United States; elsewhere day first
    try:
        return date(y, mo, d)
    except ValueError:
        return None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def list_items(text: str) -> list[tuple[int, int, str]]:
    """A list page's items, (start, end, day): each a block of lines between blank lines that holds
    its headline or text and one stamp line, a date among furniture only (`stamp_line_day`: "Feb. 6,
    2025 · 18:40 · War", "14.09.2024 18:05", an RSS item's pubDate). A tag page, search results, a
    feed or an archive dates each item by its own stamp; a page with fewer than two such items is no
    list. On a page whose items are mostly blocks of title lines only, three at least (a live blog's
    entry headings: "Russia's health ministry: 66 people hospitalized" / "From our Moscow bureau" /
    "6:30 p.m. ET, August 8, 2024") of one or two days, each heads the blocks of text after it, up to the
    next item (not an article's byline and its "Read also" boxes, whose text is the article's)."""
    items: list[tuple[int, int, str]] = []
    heads: list[bool] = []
    pos = 0
    for gap in [*_BLANK_LINE.finditer(text), None]:
        end = gap.start() if gap is not None else len(text)
        lines = text[pos:end].strip("\n").split("\n")
        days = {d for d in map(stamp_line_day, lines) if d is not None}  # (a feed's published and updated)
        if len(days) == 1 and len(lines) > 1:
            items.append((pos, end, days.pop().isoformat()))
            heads.append(not any(_SENTENCE_END.search(line) for line in lines))
        pos = gap.end() if gap is not None else end
    if len(items) < 2:
        return []
    ends = [*(start for start, _, _ in items[1:]), len(text)]
    head_days = [date.fromisoformat(day) for (_, _, day), head in zip(items, heads, strict=True) if head]
    if sum(heads) < 3 or 2 * sum(heads) <= len(heads) or (max(head_days) - min(head_days)).days > 2:
        heads = [False] * len(heads)  # (not "Read also" boxes of other days over an article's text)
    return [
        (start, nxt if head else end, day)
        for (start, end, day), head, nxt in zip(items, heads, ends, strict=True)
    ]


# a line that ends a sentence (a title line does not)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
