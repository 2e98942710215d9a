"""Day headings: the day a live blog, a weekly digest or a chronology sets over its entries
("Wednesday 7 August", "Thu 8 Aug: ...", "Monday.", "Late December: ...", a timeline's "September
2024"), read for the claim-date
rules (`claim_date`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kursk_claims.rules.context import DocContext
from kursk_claims.rules.statement_days import _DAY
from kursk_claims.text import dates
from kursk_claims.text.segment import Sentence
from kursk_claims.text.stamps import list_items


def day_heading(ctx: DocContext, s: Sentence) -> str | None:
    """The day a live blog or a weekly digest gives the entries under a heading that is a day and
    nothing else ("Wednesday 7 August", "► Feb. 5 — Prisoner swap", "MONDAY"; a page with two such
    headings at least), or an entry that opens with its day ("Thu 8 Aug: ISW says ..."): resolved
    against the page's date, else None."""
    item = _item(ctx, s)
    if item is not None:
        return item[1]  # a list page's item: the day of its own stamp
    # the entry's first sentence opens with its day; the entry's other sentences are of it too
    first = _line_first(ctx, s)
    own = dates.DAY_PREFIX.match(first.text)
    if own is not None:
        day = ctx.on_page("on " + own.group(1))
        if day and ctx.doc_date and day < ctx.doc_date and dates.UPDATE_MARK.match(first.text):
            # an update is added after the story: "Update, Jan. 3:" on a page of Dec. 20 is the next January
            return ctx.on_page("on " + own.group(1) + f" {int(day[:4]) + 1}")
        return day
    labelled = _SOURCE_AND_DAY.match(first.text)
    if labelled is not None:
        # a press review's excerpt headed by its outlet and the day it ran: "KOMMERSANT (13 January): ..."
        return ctx.on_page("on " + (labelled.group("a") or labelled.group("b")))
    bare = _WEEKDAY_LABEL.match(first.text)
    if bare is not None and first.idx != s.idx:
        # a round-up's paragraph labelled with its weekday alone: "Wednesday. The ministry announced ..."
        return ctx.on_page("on " + bare.group(1))
    month = dates.MONTH_PREFIX.match(first.text)
    if month is not None:
        return ctx.on_page("in " + month.group(1))  # "Late December: Zelenskyy says ...": its month
    if ctx.day_headings is None:
        ctx.day_headings = _heading_days(ctx.sentences, ctx.doc_date)  # once per page
    above = [day for idx, day in ctx.day_headings if idx <= s.idx]  # a heading's own figures: its day
    return above[-1] if above else None


def entry_label(text: str) -> re.Match[str] | None:
    """The label opening an entry's first sentence with the entry's own day or month: "Thu 8 Aug: ...",
    "Late December: ...", "Wednesday.", "KOMMERSANT (13 January): ..." (else None)."""
    return (
        dates.DAY_PREFIX.match(text)
        or dates.MONTH_PREFIX.match(text)
        or _WEEKDAY_LABEL.match(text)
        or _SOURCE_AND_DAY.match(text)
    )


def heading_scope(ctx: DocContext, s: Sentence, entry: int | None) -> range:
    """The sentences whose dated statements count for `s` under its day (`day_heading`): an earlier
    statement by the same speaker counts only within the entry — from its own line (`entry`), or its
    day heading — as a live blog runs newest first and the entry above is of another day; on a list
    page, only within the item."""
    heading = max((i for i, _ in ctx.day_headings or () if i <= s.idx), default=0)
    return item_sentences(ctx, s) or range(entry if entry is not None else heading, len(ctx.sentences))


def item_sentences(ctx: DocContext, s: Sentence) -> range | None:
    """The sentences of the list page's item `s` stands in (`day_heading`), else None."""
    item = _item(ctx, s)
    return item[0] if item is not None else None


def _item(ctx: DocContext, s: Sentence) -> tuple[range, str] | None:
    """(sentences, day) of the list page's item that `s` stands in, else None."""
    if ctx.item_days is None:
        ctx.item_days = list_items(ctx.document.text)  # once per page
    for start, end, day in ctx.item_days:
        if start <= s.start < end:
            return range(
                *(
                    next((x.idx for x in ctx.sentences if x.end > at), len(ctx.sentences))
                    for at in (start, end)
                )
            ), day
    return None


# an excerpt's label: its source and the day it ran, then a colon ("KOMMERSANT (13 January): The paper
# writes ...", "Izvestia, Monday: ..."), as a press review or a media monitor sets its items
_SOURCE_AND_DAY = re.compile(
    r"^\s*[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4}?\s*(?:\(\s*(?P<a>"
    + _DAY
    + r")\s*\)|,\s*(?P<b>"
    + _DAY
    + r"))\s*:\s"
)
# a paragraph's label that is a weekday alone, set off as a sentence of its own ("Monday.", "Friday:")
_WEEKDAY_LABEL = re.compile(r"^\s*((?i:" + "|".join(dates.WEEKDAYS) + r"))\s*[.:]\s*$")


def _line_first(ctx: DocContext, s: Sentence) -> Sentence:
    """The first sentence of the line `s` stands on (a chronology entry's, a paragraph's)."""
    i = s.idx
    while i > 0 and ctx.sentences[i - 1].line == s.line:
        i -= 1
    return ctx.sentences[i]


def _heading_days(sentences: list[Sentence], doc_date: str | None) -> list[tuple[int, str | None]]:
    """The day headings of a page in order, (sentence index, day), when it has two at least.

    Weekday headings run in order and end on or before the page's day: each is the latest such
    weekday before the heading after it ("MONDAY" ... "SUNDAY" in a digest sent on a Monday)."""
    found: list[tuple[int, str | None, int | None]] = []  # (sentence, day, weekday of a weekday heading)
    for h in sentences:
        if not h.headline:
            continue
        m = dates.DAY_HEADING.match(h.text)
        if m is not None:
            found.append((h.idx, dates.resolve_on_page("on " + m.group(1), doc_date), None))
            continue
        mh = dates.MONTH_HEADING.match(h.text)
        if mh is not None:
            # a timeline's month section ("September 2024"): its entries are of that month
            found.append((h.idx, f"{mh.group(2)}-{dates.MONTH_NAMES[mh.group(1)[:3].lower()]:02d}", None))
            continue
        if (
            found
            and found[-1][1] is not None
            and len(found[-1][1]) == 7
            and not dates.DAY_HEADING.match(h.text)
            and not any(dates.MONTH_HEADING.match(x.text) for x in sentences[h.idx :] if x.headline)
        ):
            # a heading of another kind after a timeline's last month section ("Where things stand") ends
            # it (a subheading between two month sections does not)
            found.append((h.idx, None, None))
            continue
        w = dates.WEEKDAY_HEADING.match(h.text)
        if w is not None:
            weekday = dates.WEEKDAYS.index(w.group(1).lower())
            found.append((h.idx, dates.resolve_on_page("on " + w.group(1), doc_date), weekday))
    weekdays = [w for _, _, w in found if w is not None]
    if weekdays and (len(weekdays) < 3 or weekdays != sorted(set(weekdays))):
        # a digest's days run Monday to Sunday, three at least; a "week ahead" list or two
        # weekday lines are no record of days past
        found = [f for f in found if f[2] is None]
    out: list[tuple[int, str | None]] = []
    later: date | None = None
    for idx, day, by_weekday in reversed(found if sum(f[1] is not None for f in found) >= 2 else []):
        d = dates.parse_iso(day) if day is not None and len(day) == 10 else None
        if by_weekday is not None and d is not None and later is not None:
            while d >= later:
                d -= timedelta(days=7)
            day = d.isoformat()
        later = d if d is not None else later
        out.append((idx, day))
    out.reverse()
    return out
