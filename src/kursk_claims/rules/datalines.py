"""Data lines: a figure on a line of a fact box or a table, with what the line says about it.

Graphics desks and claims trackers print one figure per line with its label and its source
rather than a sentence: "92 — settlements under Ukrainian control [Zelensky, 19 Aug]",
"Peak area held by Ukraine: about 1,300 sq km (Oleksandr Syrskyi, late August)",
"Settlements retaken in March alone | 24 | Russian Defence Ministry | 16 Mar". The label says
what is counted and whose it is; the source (and its date) who claims it and when. The metric,
actor, claimant and date rules read them from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kursk_claims.domain.registry import lookup
from kursk_claims.text import dates


@dataclass(frozen=True)
class DataLine:
    label: str  # what the line says is counted ("settlements under Ukrainian control")
    source: str | None  # who the line credits ("Zelensky"), as written
    when: str | None  # when the source said it, as a time phrase ("on 19 Aug"), if given
    # the label runs on in prose ("North Korean soldiers sent to Russia, according to ...")
    prose: bool = False


def label_names_speaker(label: str) -> bool:
    """'Ukraine's General Staff, February 14, 2025: 38,000 Russian troops killed': a fact box line whose
    label is a speaker the registry knows (a person or a body), perhaps with the day it spoke, names
    who counts, not whose losses."""
    who = re.sub(r"\s*[,(][^()]*\d{4}\s*\)?\s*$", "", label).strip()
    e = lookup(who)
    return e is not None and e.kind in ("person", "body")


_BULLET = r"(?:[-–—•*·▪●]\s*)?"
# the figure opens the line: "92 — settlements ... [Zelensky, 19 Aug]"
_FIGURE_FIRST_BEFORE = re.compile(r"^\s*" + _BULLET + r"[\"“]?\s*$")
_FIGURE_FIRST_AFTER = re.compile(
    r"^[\"”]?\s*[—–-]\s+(?P<label>[^\[\]()\n|]{3,90}?)\s*(?:[\[(](?P<bracket>[^\]\)\n]{2,90})[\])])?\s*$"
)
# ... or a longer line that goes on to name its source in words: "Over 870 — Russian soldiers taken
# prisoner in Kursk Oblast, according to Ukraine's Coordination Headquarters (as of March 2025).", also
# with a colon for the dash ("More than 4 500: North Korean casualties cited by the same statement")
_FIGURE_FIRST_PROSE = re.compile(
    r"^[\"”]?\s*[—–:-]\s+(?P<label>[A-Za-z][^\[\]()\n|,;:]{2,160}?)"
    # ("1,300 – the area, in square kilometres, that ...": the unit the figure is given in)
    r"(?P<unit>,\s+in\s+(?:square\s+)?(?:kilomet(?:re|er)s|km))?\s*(?:[,;(\[]|$)"
)
# ... crediting the figure in its words: "claimed by Ukraine's General Staff", "per Syrskyi's reports"
_PROSE_CREDIT = re.compile(
    r"\b(?:(?:claimed|cited|reported|given|announced|confirmed|published)\s+by|according\s+to|per)\s+(?:the\s+)?"
    r"(?P<src>[A-Z][\w'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,7})"
)


def _credit(after: str) -> tuple[str | None, str | None]:
    """(source, when) a fact line credits in words after its figure: the name as the registry knows it
    ('Ukraine's Coordination Headquarters for the Treatment of POWs'), else the body after a
    possessive, else the possessor ('per Syrskyi's August reports' -> Syrskyi), else as written; and
    a month the credit names ('in August')."""
    m = _PROSE_CREDIT.search(after)
    if m is None:
        return None, None
    month = re.search(dates.MONTH_RX, after[m.start() :])
    when = time_phrase(month.group(0)) if month else None
    src = m.group("src").replace("’", "'")
    owner, _, owned = src.partition("'s ")
    for cand in (src, owned, owner) if owned else (src,):
        if cand and lookup(cand) is not None:
            return cand, when
    return src, when


# the label opens the line: "Peak area held by Ukraine: about 1,300 sq km (Syrskyi, late August)"
# (a numbered list's line too: "1. personnel ‒ about 718690 (+1770) persons", as the General Staff lists losses)
_LABEL_FIRST_BEFORE = re.compile(
    r"^\s*" + _BULLET + r"(?:\d{1,2}[.)]\s+)?(?P<label>[A-Za-z][^:|\n]{2,90}?)\s*[:‒–—-]\s*"
    r"(?:about|approximately|around|more\s+than|over|up\s+to|some|roughly|nearly|almost)?\s*$"
)
# a list line's figures before this one: "- About 100 killed, " (no verb, no colon, no bracket)
_LIST_BEFORE = re.compile(r"^\s*[-–—•*·▪●]\s*[^\[\]()\n:;]{1,60},\s*$")
# ... or any words of a list item before a later figure, up to a bracket-free sentence: "* 115 Ukrainian
# soldiers returned in exchange for " (its credit must then be a square bracket closing the item)
_ONE_SENTENCE = r"(?![.!?]\s+[A-Z])"  # (a character that ends no sentence before the next)
_ITEM_BEFORE = re.compile(r"^\s*[-–—•*·▪●]\s+(?:" + _ONE_SENTENCE + r"[^\[\]\n:]){1,160}$")
_TRAILING_BRACKET = re.compile(r"^[^\[\]()\n]{0,40}?[\[(](?P<bracket>(?!\+)[^\]\)\n]{2,90})[\])]\s*$")
# the day's increase in brackets after a list line's running total: "tanks ‒ 9290 (+12)", "(+1,480 over the day)"
_INCREMENT_BEFORE = re.compile(r"(?P<total>\d[\d,.\u00a0\u202f ]*)\s*\(\s*\+\s*$")
# a chart's row that opens with its date: "01.09.2024 — ", "- 27 Aug — ", "Aug. 27, 2024 – "
_DATE_FIRST = re.compile(
    r"^\s*"
    + _BULLET
    + r"(?P<when>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+"
    + dates.MONTH_WORD
    + r"\.?(?:\s+\d{4})?"
    r"|" + dates.MONTH_WORD + r"\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*[—–-]\s*$"
)
_DATE_FIRST_AFTER = re.compile(r"^\s*(?:[—–-]\s*(?P<label>[^\n|]{0,90}?))?\s*$")
# a day-first numeric date ("07.08.2024"), as European pages write it
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_MONTHS = ("January February March April May June July August September October November December").split()


def caption_source(text: str, at: int) -> str | None:
    """The source a 'Source: X' line under a chart or a table credits its rows with ('Source: DeepState;
    calculations by Texty.org.ua' -> DeepState), when the line at `at` is one of those rows."""
    start, pos = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    if not is_chart_row(text[start : len(text) if pos < 0 else pos]):
        return None
    while pos >= 0:
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1 : len(text) if nxt < 0 else nxt]
        if not line.strip() or _is_row(line) or _CHART_ROW.match(line):
            pos = nxt
            continue
        m = re.match(r"\s*Sources?:\s*(?!\d[.)])([^;\n]+)", line)  # (not a list of notes, "1) ...")
        return m.group(1).strip(" .") if m else None
    return None


def is_chart_row(line: str) -> bool:
    """A row of a chart or a table: cells between pipes, or a figure between dashes."""
    return _is_row(line) or _CHART_ROW.match(line) is not None


# (a row opens with its figure or its date: "01.09.2024 — 1,170 sq km — day 27", "Aug. 27 — 1,294 sq km")
_CHART_ROW = re.compile(
    r"^\s*" + _BULLET + r"(?:\d|" + dates.MONTH_WORD + r"\.?\s+\d)[^!?\n]{0,80}\s[—–]\s[^\n]{0,90}$"
)
_NO_DATE = {"", "—", "–", "-", "n/a", "none"}
# a bracket closing the line: "... under Ukrainian control [Ukrainian General Staff source, Nov.]"
_LINE_END_BRACKET = re.compile(r"[\[(](?P<bracket>[A-Za-z][^\[\]()\n]{1,90})[\])]\s*\.?\s*$")


def data_line(text: str, start: int, end: int) -> DataLine | None:
    """The data line a figure at text[start:end] stands on, if it stands on one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    a, b = start - line_start, end - line_start
    if _is_row(line):
        return _table_row(line, a, _table_header(text, line_start))
    before, after = line[:a], line[b:]
    increment = _INCREMENT_BEFORE.search(before)
    if increment is not None:
        # "tanks ‒ 9290 (+12)": the day's increase is counted as the running total before it is
        total = line_start + increment.start("total")
        return data_line(text, total, total + len(increment.group("total").rstrip()))
    dated = _DATE_FIRST.match(before)
    if dated is not None and (label := _DATE_FIRST_AFTER.match(after)) is not None:
        # "01.09.2024 — 1,170 sq km — day 27": a chart's row, dated by its first cell (its source is
        # the chart's, `caption_source`)
        return DataLine(label.group("label") or "", None, time_phrase(dated.group("when")))
    if (_LIST_BEFORE.match(before) or _ITEM_BEFORE.match(before)) and not _FIGURE_FIRST_PROSE.match(after):
        # "- About 100 killed, nearly 1,000 wounded [NIS, Dec. 19]": a later figure of the same list line
        boxed = _closing_source(after)
        if boxed is not None:
            return None if time_phrase(boxed.source) else boxed
    if _FIGURE_FIRST_BEFORE.match(before):
        m = _FIGURE_FIRST_AFTER.match(after)
        if m:
            line_ = _with_bracket(m.group("label"), m.group("bracket"))
            return line_ if line_.source else DataLine(line_.label, *_credit(after))
        m = _FIGURE_FIRST_PROSE.match(after)
        if m is None:
            # "- About 100 killed, nearly 1,000 wounded [NIS, Dec. 19, 2024]": the figures, then the bracket
            # closing the line names their source (not a date)
            boxed = _closing_source(after)
            return boxed if boxed is not None and not time_phrase(boxed.source) else None
        src, when = _credit(after)
        closing = _LINE_END_BRACKET.search(after)
        if src is None and closing is not None:
            # "- 665 sq km: area of Kursk still under Ukrainian control [Ukrainian General Staff source, Nov.]"
            # (not a bracket that only dates the figure: "(as of March 2025)")
            # (a fact box's source with its date: "(Kursk region only)" or "(Sudzha district)" is a gloss)
            boxed = _with_bracket(m.group("label"), closing.group("bracket"))
            if boxed.source and boxed.when and not time_phrase(boxed.source):
                src, when = boxed.source, boxed.when
        return DataLine(m.group("label") + (m.group("unit") or ""), src, when, prose=True)
    m = _LABEL_FIRST_BEFORE.match(before)
    if m:
        bracket = _TRAILING_BRACKET.match(after)
        line_ = _with_bracket(m.group("label"), bracket.group("bracket") if bracket else None)
        if line_.source is None or time_phrase(line_.source) is not None:
            # "Russian losses claimed by Ukraine's General Staff: more than 60,000 (April 2025)": the
            # label credits the figure in words; a bracket holding only a time dates it
            src, when = _credit(line_.label)
            if src is not None:
                return DataLine(line_.label, src, when or time_phrase(line_.source))
        return line_
    return None


def _is_row(line: str) -> bool:
    """Whether a line is a table row (cells between pipes)."""
    return line.count("|") >= 2


def on_table_row(text: str, at: int) -> bool:
    """Whether the offset stands on a table row, whose header a reader must look for above it."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _is_row(text[start : len(text) if end < 0 else end])


def _cells(line: str) -> list[tuple[int, str]]:
    """A table row's cells with their offsets, without the outer pipes a scraper's markdown writes
    ('| Label | 100 | 28 |')."""
    cells, pos = [], 0
    for cell in line.split("|"):
        cells.append((pos, cell))
        pos += len(cell) + 1
    if cells and not cells[0][1].strip():
        cells = cells[1:]
    if cells and not cells[-1][1].strip():
        cells = cells[:-1]
    return cells


def _table_header(text: str, line_start: int) -> str | None:
    """The first row of the table a row at `line_start` stands in, if it is another row."""
    header = None
    start = line_start
    while start > 0:
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start : start - 1]
        if not _is_row(prev):
            break
        if not re.fullmatch(r"[\s|:=-]*", prev):  # not a '|---|---|' rule
            header = prev
        start = prev_start
    return header


# a header cell that names who gives the column's figures: "Russia (Gerasimov, April 26)", "Ukraine
# claims", "Kyiv says", "According to Moscow", a country alone; not what is counted ("Russian losses")
_SOURCE_COLUMN = re.compile(
    r"\(|\b(?:claims?|says|said|estimates?|figures?|according|version|count|data)\b|^(?:[A-Z][\w.'’-]*\s?){1,2}$"
)
# a header cell that names no one: the column holds the figures ("Figure", "Value", "Number")
_PLAIN_COLUMN = re.compile(r"(?i)^\s*(?:figure|figures|value|number|total|count|amount|estimate|data)?\s*$")


def _table_row(line: str, at: int, header: str | None = None) -> DataLine | None:
    """'Label | Figure | Source | Date': the first cell labels the row, the cells after the
    figure's give its source and date. A column whose header names a source ('| Figure | Russia
    (Gerasimov, April 26) | Ukraine (General Staff, April 26) |') credits each of its figures to it,
    and a source in brackets in the figure's own cell ('100 (Syrskyi, Aug 27)') to that one."""
    cells = _cells(line)
    k = next((i for i, (p, c) in enumerate(cells) if p <= at < p + len(c)), None)
    if k is None or k == 0:
        return None
    label = cells[0][1].strip()
    if not label or not re.search(r"[A-Za-z]", label):
        return None
    own = re.search(r"\(([^()]{2,90})\)", cells[k][1][at - cells[k][0] :])
    # ("909 Russian POWs (Jan 2025)": a bracket that is a date alone dates the figure; the column credits it)
    own_when = time_phrase(own.group(1)) if own is not None else None
    if own is not None and own_when is None and re.match(r"\s*[A-Za-z]", own.group(1)):
        return _with_bracket(label, own.group(1))  # (not a conversion, "(500 sq mi)")
    heads = _cells(header) if header is not None else []
    head = heads[k][1].strip() if len(heads) == len(cells) else ""
    if (
        head
        and _KEY_COLUMN.match(heads[0][1])
        and not _NAMES_ITS_SOURCE.search(head)
        and lookup(head) is None
    ):
        return _keyed_row(cells, [h.strip() for _, h in heads], k)
    if head and not _PLAIN_COLUMN.match(head) and (_SOURCE_COLUMN.search(head) or lookup(head) is not None):
        m = re.fullmatch(r"(?P<side>[^()]*?)\s*\((?P<bracket>[^()]{2,90})\)", head)
        if m is None:
            return DataLine(label, head, own_when)
        # "Ukraine (General Staff, April 26)": the body is the country's before the bracket
        line_ = _with_bracket(label, m.group("bracket"))
        country = m.group("side").strip()
        if country and line_.source and lookup(line_.source) is None:
            return DataLine(label, f"{country}'s {line_.source}", own_when or line_.when)
        return DataLine(line_.label, line_.source, own_when or line_.when)
    source = cells[k + 1][1].strip() if k + 1 < len(cells) else None
    when = cells[k + 2][1].strip() if k + 2 < len(cells) else None
    return DataLine(label, source or None, own_when or time_phrase(when))


# a table keyed by who gave the figures or when, one row per statement, one column per measure
# ("Date | Area, sq km | Settlements | Stated by", "Source, date of estimate | Killed | Wounded")
_KEY_COLUMN = re.compile(
    r"(?i)^\s*(?:date|day|month|when|as\s+of|source|stated\s+by|claimed\s+by|according\s+to|who|claimant|speaker)\b"
)
# a header that names who gives its column's figures ("Russia (Gerasimov)", "Ukraine claims")
_NAMES_ITS_SOURCE = re.compile(
    r"\((?![^)]*(?:\bsq\b|\bkm|\bmiles?\b|%|\bper\s*cent\b))|\b(?:claims?|says|said|according|version)\b"
)  # (a unit in brackets names no one: "Area (sq km)")
_SOURCE_HEAD = re.compile(
    r"(?i)^\s*(?:source|stated\s+by|claimed\s+by|according\s+to|who|by|claimant|speaker)\b"
)
_DATE_HEAD = re.compile(r"(?i)^\s*(?:date|day|month|when|as\s+of)\b")


def _keyed_row(cells: list[tuple[int, str]], heads: list[str], k: int) -> DataLine:
    """A row of a table keyed by source or date: the figure's column header says what it counts, the
    source column (or a first cell 'South Korea NIS, Dec 19, 2024' under 'Source, date') who gave it,
    the date column (or that first cell) when."""
    source = when = None
    for (_, cell), head in zip(cells, heads, strict=True):
        value = cell.strip()
        if value.lower() in _NO_DATE:
            continue
        if _SOURCE_HEAD.match(head) and source is None:
            # "Valery Gerasimov (Russia)": the bracket describes the source, as a comma would
            value = re.sub(r"^([^()]+?)\s*\(([^()]+)\)$", r"\1, \2", value)
            # "South Korea NIS, Dec 19, 2024", "Zelensky, Jan 6": a source cell may carry its date
            named, _, dated = value.partition(",")
            if time_phrase(dated):
                source, when = named.strip() or None, when or time_phrase(dated)
            else:
                source = value
        elif _DATE_HEAD.match(head) and when is None:
            when = time_phrase(value)
    return DataLine(heads[k], source, when)


def _closing_source(after: str) -> DataLine | None:
    """The source a bracket closing a list line names after its figures ("..., nearly 1,000 wounded [NIS,
    Dec. 19]"), with its date; not a conversion ("(500 square miles)": digits in the source). A square
    bracket closes a longer item too, as a fact box credits each line ("1,294 sq km (about 500 sq miles)
    under Ukrainian control [Syrskyi, Aug 27]"), when the item is one sentence."""
    bracket = _TRAILING_BRACKET.match(after) or _ITEM_CREDIT.match(after)
    boxed = _with_bracket("", bracket.group("bracket")) if bracket is not None else None
    return boxed if boxed is not None and boxed.source and not re.search(r"\d", boxed.source) else None


# a square bracket closing a list item of one sentence: the fact box's credit of the item's figures
_ITEM_CREDIT = re.compile(
    r"^(?:" + _ONE_SENTENCE + r"[^\[\]\n]){0,160}\[(?P<bracket>[A-Za-z][^\[\]\n]{1,90})\]\s*$"
)


def _with_bracket(label: str, bracket: str | None) -> DataLine:
    if not bracket:
        return DataLine(label.strip(), None, None)
    source, _, when = bracket.partition(",")
    return DataLine(label.strip(), source.strip() or None, time_phrase(when))


# a weekday as a bracket abbreviates it
_WEEKDAY_ABBREVIATIONS = {
    **{d[:3]: d.capitalize() for d in dates.WEEKDAYS},
    "tues": "Tuesday",
    "thur": "Thursday",
    "thurs": "Thursday",
}


def time_phrase(text: str | None) -> str | None:
    """A date as a table or a bracket gives it ("19 Aug", "early Mar", "Feb") as a time phrase."""
    if text is None or text.strip().lower() in _NO_DATE:
        return None
    phrase = text.strip()
    dotted = _DOTTED_DATE.fullmatch(phrase)
    if dotted is not None and 1 <= int(dotted.group(2)) <= 12:
        phrase = f"{int(dotted.group(1))} {_MONTHS[int(dotted.group(2)) - 1]} {dotted.group(3)}"
    if re.match(r"(?i)(?:on|in)\s", phrase):
        m = dates.TIME_PHRASE.fullmatch(phrase)
        return m.group(0) if m else None
    day = _WEEKDAY_ABBREVIATIONS.get(phrase.rstrip(".").lower())
    phrase = day or phrase  # ("(Zelensky, Sat)")
    # "19 Aug" and "Wednesday" are days, "Feb" and "April 2025" are months
    for lead in (
        ("on ", "in ")
        if re.search(r"\d", phrase) or re.fullmatch(dates.WEEKDAY_RX, phrase, re.I)
        else ("in ",)
    ):
        m = dates.TIME_PHRASE.fullmatch(lead + phrase)
        if m:
            return m.group(0)
    return None


def list_heading(page: str | None, start: int) -> str:
    """The heading of a list whose line starts at `start`, which holds no figure of its own ("The total
    combat losses of the enemy were approximately:"): the last line ending with a colon within the two
    lines before, else ""."""
    lines = (page or "")[:start].rstrip("\n").split("\n")[-2:]
    return next((line for line in reversed(lines) if line.rstrip().endswith(":")), "")
