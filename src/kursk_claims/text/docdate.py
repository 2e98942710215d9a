"""A document's date when its metadata gives none, and the weekday anchor of a page: from a `date
YYYY-MM-DD` header, a dateline, a wire dateline without a year, the day a republished story first ran,
a month header, the latest day the text attaches to a reporting verb — at the precision the evidence
supports, with how it was found. Never today's date (`dates` resolves the phrases)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kursk_claims.text.dates import (
    _MONTH,
    _MONTH_WORD,
    AS_OF,
    MONTH_HEADING,
    MONTH_NAMES,
    NUMERIC_DAY,
    WEEKDAY_RX,
    WEEKDAYS,
    Anchor,
    _numeric_day,
    _parse_day,
    parse_iso,
    resolve_time_phrase,
)
from kursk_claims.text.reporting import DATING_FORMS_RX, REPORT_FORMS_RX
from kursk_claims.text.stamps import (
    EDITION_DAY,
    FOOT_LINES,
    FOOT_STAMP,
    PERIOD_END,
    foot_day,
    linked_day,
    stamp_line_day,
)
from kursk_claims.text.story import COUNTS, elapsed, elapsed_other, story_period

_ENDING = re.compile(r"(?i)\b(?:ending|ended|through|until|to)\s*$")


def weekday_anchor(text: str, doc_date: str | None, how: str | None) -> Anchor | None:
    """On a page dated only to its month, the latest day of that month it states with its weekday
    ("Tuesday, 11 March", "Week ending Sunday, Oct. 27, 2024") in its head or lede, or — on a page
    known only to be on or after the latest day it states — that day anywhere when it has its weekday:
    what its weekdays count from. `how` is how `document_date` found the page's date."""
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
    if not days and how == "latest-date":
        # a page known only to be on or after the latest day it states, when that day has its weekday
        # ("On Wednesday, March 12, Gerasimov told Putin"): news style names a weekday for days of the
        # week just past (not on a page headed by its month, which may be of any day of it)
        stated = [(d, bool(m.group(1))) for m in _DAY_MENTION.finditer(text) if (d := _stated_day(m, year))]
        latest = max(stated, default=None)
        days = [latest] if latest is not None and latest[1] and latest[0].isoformat()[:7] == doc_date else []
    if not days:
        return None
    day, forward = max(days)
    return Anchor(day.isoformat(), forward)


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

_TODAY_LINES = 25  # a greeting stands at the top of a newsletter or a programme
_TODAY_IS = re.compile(
    r"(?m)(?:^\s*(?:Good\s+(?:morning|afternoon|evening)[.,!]?\s+)?(?:It['’]s|It\s+is|Today\s+is|Today,\s+on)"
    # ... or today's date set off after the word ("He said this today, Tuesday, 27 August, ...")
    r"|(?P<named>(?<![A-Za-z])[Tt]oday,))\s+(?P<day>(?:"
    + WEEKDAY_RX
    + r"),?\s+(?:\d{1,2}\s+"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\.?\s+\d{1,2}))\b(?!,?\s+\d{4})"
)


_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
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


# a line that is the page's date: "August 20, 2024", "10:42 AM EDT, Tue August 20, 2024", a byline's
# "Published Mar 14, 2025 at 5:12 AM EDT"
_DATELINE = re.compile(
    r"^\s*(?:(?i:published|posted|updated|first\s+published)(?:\s+on)?\s*:?\s+)?"
    r"(?:\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?,?\s*)?(?:"
    + WEEKDAY_RX
    + r",?\s+)?"
    + _MONTH
    + r"\s+\d{1,2},?\s+(\d{4})\s*(?:(?:at\s+)?\d{1,2}:\d{2}.*)?$"
)
# a header line that is the page's date written with dots, day first: "19.03.2025 17:05"
_NUMERIC_DATE_LINE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(20\d{2})(?:,?\s+\d{1,2}:\d{2})?\s*$")


def document_date(text: str, published: str | None) -> tuple[str | None, str | None, float | None]:
    """(ISO date, how it was found, confidence) for a document; never today's date.

    In order: metadata; a `date YYYY-MM-DD` header; a dateline line (a byline's stamp, a forum
    post's); a line opening the body with the page's own day; a wire dateline or the day a
    republished story first ran; a link to the page on a line of its head whose path has the day;
    a "Last updated:" or "Published:" stamp at the page's foot; then, for pages without metadata, the evidence the text gives: a header
    line that is only a month and a year, after a section label or not ("December 2024", "OPINION |
    APRIL 2025", month precision: ``YYYY-MM`` — a day the page reports only bounds it); else the
    latest "as of <date>" (the page's own as-of date) or date a reporting verb carries ("said on
    Nov. 11"), a year taken from the text when the phrase has none (the latest year of a full date
    or of a "Month YYYY"); else a relative day the page writes out with its date ("From tomorrow,
    Monday 19 August"); else the month a feature says it is written in or counts from the
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
        numeric = _NUMERIC_DATE_LINE.match(line)
        if numeric:  # "19.03.2025 17:05": day, month, year
            try:
                return (
                    date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1))).isoformat(),
                    "dateline",
                    0.8,
                )
            except ValueError:
                pass
        if _DATELINE.match(line.strip()) and len(line) < 80:
            dd = _parse_day(re.sub(r"^.*?(?=" + _MONTH + r"\s+\d)", "", line.strip()), None)
            if dd:
                return dd.isoformat(), "dateline", 0.8
    # the head's lines with words and the line after them, each line's stamp read once
    head_lines = [line for line in text.split("\n")[:15] if line.strip()]
    after = next((line for line in text.split("\n")[15:] if line.strip()), None)
    stamps = [stamp_line_day(line) for line in (*head_lines, *([after] if after is not None else []))]
    for i, line in enumerate(head_lines):
        stamped = None if _DATED_OPENING.match(line) else stamps[i]
        # (not a contents list of dated sections, "1 August 2024" above "2 September 2024"; a published
        # and an updated stamp are days apart at most)
        near = [d for d in stamps[max(0, i - 1) : i] + stamps[i + 1 : i + 2] if d is not None]
        listed = stamped is not None and any(abs((d - stamped).days) > 7 for d in near)
        if stamped is not None and not listed:
            return stamped.isoformat(), "dateline", 0.75
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
    aftermath = _only_story_start(text, year)
    # a digest's header gives the day it covers up to ("The seven days to Sunday, 17 November 2024") or
    # its edition's day without a year ("Morning digest, 13 March")
    for line in text.split("\n")[:_HEAD_LINES]:
        if len(line) > 90 or (line.rstrip().endswith(".") and len(line) > 60):
            continue  # a header line, not a sentence ("... in the week to 17 November, the ministry said.")
        ended = PERIOD_END.search(line)
        if ended is not None and (dd := _parse_day(re.sub(r",", " ", ended.group(1)), None)) is not None:
            return dd.isoformat(), "digest-header", 0.7
        edition = EDITION_DAY.search(line)
        day_match = _DAY_MENTION.search(edition.group(1)) if edition is not None else None
        if day_match is not None and (dd := _stated_day(day_match, year, aftermath)) is not None:
            return dd.isoformat(), "digest-header", 0.6
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
                dd = _stated_day(day_match, year, aftermath) if day_match is not None else None
            if dd is not None:
                return dd.isoformat(), how, 0.7
    # a link to the page kept in its head; a stamp at its foot ("Last updated: 27 August 2024, 16:20")
    lines = [line for line in text.split("\n") if line.strip()]
    linked = linked_day(lines[:15])
    if linked is not None:
        return linked.isoformat(), "linked-url", 0.75
    for line in lines[-FOOT_LINES:]:
        foot = FOOT_STAMP.match(line.strip())
        if foot is not None and (dd := foot_day(foot.group(1))) is not None:
            return dd.isoformat(), "footer-stamp", 0.7
    # "It's Wednesday, March 12. Good morning.": a newsletter's or a programme's greeting opening a line
    # names its own day, the weekday fixing the year (not one quoted, nor a flashback's with its year)
    today = _TODAY_IS.search("\n".join(text.split("\n")[:_TODAY_LINES]))
    day_today = _DAY_MENTION.match(today.group("day")) if today is not None else None
    if day_today is not None and (dd := _stated_day(day_today, None)) is not None:
        how = "today-named" if today is not None and today.group("named") else "greeting"
        return dd.isoformat(), how, 0.6
    # a page headed by its month is of that month: a day it reports ("said on 26 April") only bounds it
    # (a timeline whose sections are months, "August 2024" ... "March 2025", is of its latest section)
    for line in text.split("\n")[:_HEAD_LINES]:
        mh = _MONTH_HEADER.match(line)
        if mh:
            sections = [m for m in map(MONTH_HEADING.match, text.split("\n")) if m is not None]
            heads = [mh, *sections] if len(sections) >= 2 else [mh]  # (not a related-reports list)
            latest = max((int(m.group(2)), MONTH_NAMES[m.group(1)[:3].lower()]) for m in heads)
            return f"{latest[0]}-{latest[1]:02d}", "header-month", 0.6
    # the lede carries the news peg; past it, the page's own "as of" or a dated statement
    lede = _lede(text)
    # (the page's head too: "Information as of 18:00, 28.08.2024" above the lede)
    head_and_lede = text[: text.find(lede) + len(lede)] if lede else ""
    for past_lede, where in ((False, head_and_lede), (True, text)):
        found: list[tuple[date, str, float]] = []
        for rx, how, conf in ((AS_OF, "as-of", 0.6), (_REPORT_DATE, "reported-date", 0.5)):
            for m3 in rx.finditer(where):
                phrase = m3.group(1)
                if not re.search(r"\d", phrase):
                    continue  # "as of Saturday": a weekday dates nothing without the page's day
                if past_lede and re.search(r"\d{4}", phrase):
                    continue  # past the lede, a statement dated with its year is background
                if re.fullmatch(NUMERIC_DAY, phrase):
                    dd = parse_iso(_numeric_day(phrase))  # ("as of 18:00, 28.08.2024": day first)
                elif re.search(r"\d{4}", phrase):
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
    relative = _relative_day(text, year, aftermath)
    if relative is not None:
        return relative.isoformat(), "relative-day", 0.6
    stated = [
        dd for m4 in _DAY_MENTION.finditer(text) if (dd := _stated_day(m4, year, aftermath)) is not None
    ] + _numeric_days(text)
    told = _told_month(text, year, max(stated) if stated else None)
    if told is not None:
        return told
    if stated:
        # the page is on or after the latest date it states, most likely within that month, or a month
        # after it the text names as past ("Since the beginning of May, ..." after "On April 26, ...")
        last = max(stated)
        return f"{_named_month_after(text, last) or last:%Y-%m}", "latest-date", 0.3
    return None, None, None


# a relative day followed by the day it is: "tomorrow, Monday 19 August", "yesterday (Aug. 12)"
_RELATIVE_DAY = re.compile(r"(?i)\b(tomorrow|yesterday|today)\s*(?:,|\(|\s[—–-])\s*(?=[A-Z0-9])")
_LINK_LINE = re.compile(r"(?i)\s*(?:related|read\s+(?:more|also)|see\s+also|more\s+on)\b")


def _relative_day(text: str, year: int | None, aftermath: bool) -> date | None:
    """The page's own day a relative day it writes out with its date names, in its own voice ("From
    tomorrow, Monday 19 August, the payment ...", "Smirnov said yesterday (Aug. 12) that ..."): the day
    before or after that date. Not in a quotation, a link to another story, nor a sentence that dates
    anything else ("On August 10, Smirnov said evacuations would begin tomorrow, August 11": the
    speaker's tomorrow), nor what a statement reports ("He said the shelling would stop tomorrow, …"), nor a
    plan's tomorrow ("the counteroffensive will start tomorrow, September 10")."""
    for m in _RELATIVE_DAY.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _quoted(text, m.start()) or _LINK_LINE.match(text, line_start):
            continue
        opens = max(line_start, *(text.rfind(p, 0, m.start()) + 2 for p in (". ", "! ", "? ")))
        ends = [e for e in (text.find(p, m.end()) for p in (". ", "\n")) if e >= 0]
        sentence = text[opens : min(ends, default=len(text))]
        day_named = _DAY_MENTION.match(text, m.end())
        if day_named is None or len(_DAY_MENTION.findall(sentence)) > 1:
            continue
        # (the relative word's own clause: "Yesterday the ministry announced …, and today, March 14, …")
        clause = re.split(r",\s+(?:and|but)\s+|;", text[opens : m.start()])[-1]
        said = list(re.finditer(r"(?i)\b" + REPORT_FORMS_RX + r"\b", clause))
        if m.group(1).lower() == "tomorrow" and re.search(
            r"(?i)\b(?:will|would|shall)\b|['’]ll\b", text[opens : m.start()]
        ):
            continue  # ("the counteroffensive will start tomorrow, September 10": a plan's day, from whenever)
        if said and said[-1].end() != len(clause) - 1:
            continue  # (only "said yesterday (Aug. 12)" right after the verb)
        dd = _stated_day(day_named, year, aftermath)
        if dd is not None:
            return dd + timedelta(days={"tomorrow": -1, "yesterday": 1}.get(m.group(1).lower(), 0))
    return None


def _numeric_days(text: str) -> list[date]:
    """The days a page writes in figures ("said on 14.08.2024", as European and Russian pages write them,
    with their year), within the story's period and its aftermath."""
    start, end = story_period()
    days = [parse_iso(resolve_time_phrase(m.group(0), None)) for m in re.finditer(NUMERIC_DAY, text)]
    return [d for d in days if d is not None and start <= d <= end + timedelta(days=_AFTERMATH_DAYS)]


# a month named as past or begun: "since (the beginning of | early) May", "in early May", "at the start of
# May", "in the second week of May", "throughout May" (not its end, which may be to come: "by the end of May")
_PAST_MONTH = re.compile(
    r"\b(?:[Ss]ince\s+|(?:[Ii]n|[Aa]t|[Tt]hroughout)\s+)(?:(?:early|mid|late)[\s-]+|the\s+(?:beginning|start|middle|"
    r"first\s+(?:week|days|half)|second\s+(?:week|half))\s+of\s+)?(" + _MONTH + r")(?![\w-])(?!\s*,?\s*\d)"
)
# words before a month that put it ahead ("is expected in early May", "hopes to retake the initiative in June",
# "are to meet again in June"; "may" in lower case only: "into May. In mid-May"), or make it an event's
# ("the invasion in February", "re-elected in March")
_AHEAD = re.compile(
    r"\b(?i:will|would|expected|due|plans?|planned|scheduled|next|until|before|could|hopes?|aims?|intends?|"
    r"likely|should|might|set\s+to|(?:is|are)\s+to)\b|\bmay\b"
)
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:invasion|incursion|offensive|elected|election|summit|talks|attack|raid)\s+$"
)


def _named_month_after(text: str, latest: date) -> date | None:
    """The latest month an undated page names as past or begun in the two after its latest stated day's
    ("On April 26, Gerasimov ... Since the beginning of May, ..." -> May), else None."""
    found = []
    for m in _PAST_MONTH.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _quoted(text, m.start()) or _AHEAD.search(before) or _EVENT_BEFORE.search(before):
            continue
        month = MONTH_NAMES[m.group(1)[:3].lower()]
        ahead = (month - latest.month) % 12
        if 1 <= ahead <= 2:
            found.append(date(latest.year + (month < latest.month), month, 1))
    return max(found, default=None)


# "KYIV, Aug 27 (Reuters) - ", "SEOUL, South Korea, Nov. 13 (Yonhap) -- ", "MOSCOW, September 6. ",
# "MOSCOW, September 12. /TASS/. ": a wire dateline opening a paragraph, its day without a year
_WIRE_DATELINE = re.compile(
    r"(?m)^\s*[A-Z][A-Z .'’/-]{2,30}(?:,\s*[A-Z][\w .'’-]{2,30})?,\s+("
    + _MONTH
    + r"\s+\d{1,2}|\d{1,2}\s+"
    + _MONTH
    + r")(?:,?\s+((?:19|20)\d{2}))?(?:\s*\([A-Za-z .-]{2,30}\))?\s*(?:[-—–]{1,2}|\.)\s+(?:/[A-Za-z-]{2,20}/\.?\s+)?[A-Z]"
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
# (a full month's name and a full stop end a sentence: "since mid-August.\n5 hospitals" names no day)
_SENTENCE_END = "".join(
    f"(?<!{w}\\.)" for w in ("uary", "March", "April", "May", "June", "July", "ugust", "ember", "tober")
)
_DAY_MENTION = re.compile(
    r"(?<![A-Za-z])(?:("
    + WEEKDAY_RX
    + r"),?\s+(?:the\s+)?)?(?:("
    + _MONTH
    + r")"
    + _SENTENCE_END
    + r"\s+(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+((?:19|20)\d{2}))?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + _MONTH
    + r")(?:,?\s+((?:19|20)\d{2}))?)"
    r"(?![A-Za-z0-9])"
)


# "It is early November", "It's mid-January": a feature stating the month it is written in.
_PRESENT_MONTH = re.compile(
    r"\b(?:It\s+is|It['’]s)\s+(?:(?:early|mid|late)[\s-]+)?(" + _MONTH + r")(?![\w-])"
)
# "have retaken 11 settlements so far in October": the month the page counts up to
_SO_FAR_MONTH = re.compile(r"\b[Ss]o\s+far\s+in\s+(" + _MONTH + r")(?![\w-])(?!\s*,?\s*\d)")


# how long after the story's end a page may still count time from its start (anniversaries, retrospectives)
_AFTERMATH_DAYS = 730


def _told_month(text: str, year: int | None, latest: date | None = None) -> tuple[str, str, float] | None:
    """The month an undated page says it is written in: 'It is early November' (the year the text
    gives, else the first such month in the story's period), or time counted from the story's start
    ('five months after Ukraine's incursion'): (YYYY-MM, how, confidence)."""
    start, _end = story_period()
    so_far = _SO_FAR_MONTH.search(text)
    if so_far is not None and latest is not None and not _quoted(text, so_far.start()):
        # (the year of the latest day the page states, and never before that day's month)
        month = MONTH_NAMES[so_far.group(1)[:3].lower()]
        if month >= latest.month:
            return f"{latest.year}-{month:02d}", "present-month", 0.4
    m = _PRESENT_MONTH.search(text)
    if m:
        month = MONTH_NAMES[m.group(1)[:3].lower()]
        y = year if year is not None else start.year
        if (y, month) < (start.year, start.month):
            y += 1  # a month before the story began is the next year's
        return f"{y}-{month:02d}", "present-month", 0.4
    # the page is written at or after the latest time it counts ("Six days into the operation, on Aug.
    # 12, ..." in a chronology under "Wednesday marks one year since Ukrainian troops smashed through")
    counted = [_counted_day(m2) for m2 in elapsed().finditer(text)] + [
        _counted_day(m2) for m2 in elapsed_other().finditer(text) if not _quoted(text, m2.start())
    ]
    # (a time counted past the story's end and its aftermath is not this story's: "Three years in, ...")
    counted = [d for d in counted if d <= _end + timedelta(days=_AFTERMATH_DAYS)]
    if counted:
        return f"{max(counted):%Y-%m}", "elapsed-time", 0.4
    return None


def _quoted(text: str, at: int) -> bool:
    """Whether an offset stands inside a quotation on its line."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return (line.count('"') + line.count("“") - line.count("”")) % 2 == 1


def _counted_day(m: re.Match[str]) -> date:
    """The day an `elapsed` match counts to from the story's start (or from the day it names)."""
    start, _end = story_period()
    g = m.groups()
    first = next(k for k in range(0, len(g) - 1, 3) if g[k + 1] is not None)
    nearly, count, unit = g[first], g[first + 1], g[first + 2]
    count, unit = count.lower(), unit.lower()
    rest = re.split(r"\.\s+[A-Z]", m.group("rest"))[0]  # up to the sentence's end ("Sept. 2024" stays)
    # "... crossed the border on August 6", "... began in August 2024": counted from that day
    base = start
    day = _DAY_MENTION.search(rest)
    if day is not None and re.search(r"(?i)\b(?:on|in)\s+$", rest[: day.start()]):
        base = _stated_day(day, None) or start
    elif (month_year := _MONTH_YEAR.search(rest)) is not None:
        base = date(int(month_year.group(1)), MONTH_NAMES[month_year.group(0)[:3].lower()], 1)
    length = {"d": 1.0, "w": 7.0, "m": 30.44, "y": 365.25}[unit[0]]
    n = COUNTS.get(re.sub(r"\s+", " ", count)) or int(count)
    # "nearly nine months after": half a unit short of it ("nearly half a year": a tenth short)
    return base + timedelta(days=round(length * (n - (min(0.5, n / 10) if nearly else 0))))


def story_time(sentence: str) -> tuple[str, str] | None:
    """A statement a sentence dates by the time since the story's start, set before its verb: 'Ten days
    into the operation, President Volodymyr Zelensky said ...' -> (the day, or the month for weeks and
    months, as the count is that precise; the phrase)."""
    text = sentence.lstrip(' "“')
    m = elapsed().match(text)
    if m is None or not text[m.end() :].startswith(","):
        return None  # (the phrase must set the time for what follows: "Ten days into the operation, ...")
    day = _counted_day(m)
    precise = m.group(3).lower().startswith("day")
    return (day.isoformat() if precise else f"{day:%Y-%m}"), m.group(0).strip()


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
