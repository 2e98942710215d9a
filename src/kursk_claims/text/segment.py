"""Cheap, deterministic document structure: lines, sentences, quotations and page furniture.

Sentence boundaries come from rules, not from the parser, so extraction can run the statistical
pipeline on just the sentences that matter and still see exactly the same sentences as a
full-document run. A newline always ends a sentence (news pages put headlines, captions and
paragraphs on their own lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kursk_claims.text.dates import MONTH_WORD, WEEKDAY_RX

# Abbreviations after which a period does not end a sentence.
_ABBREV = {
    "gen", "lt", "col", "maj", "capt", "sgt", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "approx", "est", "gov", "sen",
    "rep", "adm", "brig", "cmdr", "corp", "inc", "ltd", "co", "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e",
    "etc", "sq", "fig", "pp", "vol", "art", "ave", "mt", "pres",
}  # fmt: skip
# A sentence ends at final punctuation before whitespace and a capital or digit, or (run-together
# copy, a common scraping and typing slip: "in the region.The ministry said") at a full stop
# between a lower-case word and a capitalised one with no space.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9])|(?<=[a-z]{2})\.(?=[A-Z][a-z])")

# Lines that are page furniture rather than reporting (captions, bylines, prompts, counters).
_FURNITURE = re.compile(
    r"(?i)(?:\bmin(?:ute)?s?\s+read\b|\bmembers?\s+on\s+board\b|\bpart\s+of\s+(?:the|our)\b.*\bcommunity\b|"
    r"\bsubscribe\b|\bnewsletter\b|\bsign\s+up\b|\bdonat(?:e|ion)\b|\bsupport\s+us\b|"
    r"\(AP\s+Photo|\bPhoto:|^\s*FILE\s+-|\bGetty\s+Images\b|"
    r"\bis\s+a\s+(?:reporter|correspondent|journalist|editor)\s+(?:for|at|with)\b|"
    r"\bAll\s+rights\s+reserved\b|\bprivacy\s+policy\b)"
)
# Short lines only: bylines, timestamps and link lists ("By The Associated Press", "Read more").
_SHORT_FURNITURE = re.compile(
    r"(?i)^\s*(?:(?-i:By\s+(?:[A-Z][\w'’-]*\.?\s*(?:,|and)?\s*){1,6})$|Updated\b|Published\b|Read\s+more\b|Related\b|Show\s+more\b|More\s+from\b|"
    r"Support\s+(?:The|the|our)\b|Thank\s+you\b|Reporter\s*$|Video\s*$|News\s+Feed\s*$)"
)
_SHORT = 80
# a line of names only: a byline's second line
_NAMES_ONLY = re.compile(r"^\s*(?:[A-Z][\w'’-]*\.?\s*(?:,|and)?\s*){1,6}$")


# A picture credit ("... via Reuters") marks a caption, not reporting that credits a wire
# ("According to Russian officials (via Reuters), ..."): only with a picture word or on a short line.
_VIA_CREDIT = re.compile(r"\bvia\s+(?:AP|Getty|Reuters|AFP)\b")
_PICTURE = re.compile(r"(?i)\b(?:photo\w*|image|picture[ds]?|pictured|file)\b")


def is_furniture(line: str) -> bool:
    """Whether a line is page furniture (caption, byline, prompt, counter) rather than reporting."""
    short = len(line.strip()) < _SHORT
    caption = bool(_VIA_CREDIT.search(line)) and (short or bool(_PICTURE.search(line)))
    return bool(_FURNITURE.search(line) or caption or (short and _SHORT_FURNITURE.search(line)))


# A scraped "date 2025-04-26" header glued to the first line (page furniture, not a sentence).
_DATE_HEADER = re.compile(r"^\s*(date\s+\d{4}-\d{2}-\d{2})\s+")


# A wire dateline: "MOSCOW, March 3 (Reuters) - ", "KYIV, Ukraine (AP) — ", "KYIV/MOSCOW, Aug 15
# (Reuters) - " (the place, not a subject).
_DATELINE = re.compile(
    r"^\s*((?:[A-Z][A-Z.'/-]+(?:\s+[A-Z][A-Z.'/-]+)*)(?:,\s+[A-Z][A-Za-z.]+)*(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua|TASS|Interfax|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\))?"
    r"\s*[-—–]+)\s+(?=[A-Z\"“‘'])"
)


# A live blog's clock time: "18:40 GMT", "09:15 (Kyiv time)", "9.05am"
_CLOCK = (
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|"
    r"Kyiv\s+time|Moscow\s+time)\)?)?"
)
# A live-blog entry's timestamp opening its text: "18:40 GMT — ", "09:15 (Kyiv time): "
_TIMESTAMP = re.compile(r"^\s*(" + _CLOCK + r"\s*[-—–:|])\s+")
# ... or alone on its line, above the entry: "09.40 GMT"
TIME_LINE = re.compile(r"^\s*" + _CLOCK + r"\s*$")


@dataclass(frozen=True)
class Sentence:
    idx: int
    start: int
    end: int
    text: str
    line: int  # index of the line (paragraph) it sits on
    headline: bool  # a line without sentence-final punctuation (title, standfirst heading)
    furniture: bool


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the end of the line when unclosed)
    closed: bool


# a label line that is a day heading ("Wednesday 13 November", "November 13")
_DAY_HEADING_START = re.compile(r"(?i)^(?:" + WEEKDAY_RX + r"\b|" + MONTH_WORD + r"\.?\s+\d)")
# A key-figure card's number alone on its line, its label on the next ("1,300" / "square kilometres
# held at the peak, per Syrskyi"; "More than 4,000" / "North Korean troops killed or wounded"): a bare
# year is a heading, not a figure.
STAT_LINE = re.compile(
    r"(?i)^\s*(?:(?:more\s+than|over|about|around|nearly|almost|at\s+least|up\s+to|some|under|fewer\s+than|"
    r"roughly|approximately|~|>|<|≈)\s*)?(?!(?:19|20)\d\d\s*$)\d[\d,.\u00a0\u202f ]*\+?\s*(?:%|km²|sq\s*km|km)?\s*$"
)


# what a number line is not: a date ("14.03.2025"), a clock ("11.40"), an age rating ("18+")
_NOT_A_FIGURE = re.compile(r"^\s*(?:\d{1,4}[./]\d{1,2}[./]\d{1,4}|\d{1,2}\+)\s*$")
# a bare small number above a capitalised line is a list's numbering ("1" / "Ukrainian troops advance ...")
_NUMBERING = re.compile(r"^\s*\d{1,2}\s*$")


def _card_lines(lines: list[str]) -> list[str]:
    """The page's lines, with a key-figure card's number line joined to the label line under it (one
    line of text holding a newline): the label says what the number counts. Cards put the number
    first: in a run of lines that ends with a number line the labels stand above their numbers
    ("Tanks" / "412" / "Armoured vehicles" / "890") and nothing is joined; a date, a clock, a day
    heading under a number and a list's numbering are no cards."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _is_card(lines, i):  # (then there is a next line, the label)
            out.append(lines[i] + "\n" + lines[i + 1])
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _is_card(lines: list[str], i: int) -> bool:
    line, nxt = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
    if not STAT_LINE.match(line) or _NOT_A_FIGURE.match(line) or TIME_LINE.match(line) or not nxt.strip():
        return False
    label = nxt.lstrip()
    if STAT_LINE.match(nxt) or label[:1].isdigit() or is_furniture(nxt) or _DAY_HEADING_START.match(label):
        return False
    if _NUMBERING.match(line) and label[:1].isupper():
        return False
    end = next((k for k in range(i + 1, len(lines)) if not lines[k].strip()), len(lines))
    return not STAT_LINE.match(lines[end - 1])  # (a run ending with a number puts labels above them)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets; lines are hard boundaries (but for a key-figure card, whose
    number line and label line make one sentence)."""
    out: list[Sentence] = []
    pos = 0
    line_no = 0
    byline_goes_on = False  # the line before is a byline that ends in "and" or a comma
    for raw_line in _card_lines(text.split("\n")):
        line_start = pos
        pos += len(raw_line) + 1
        if not raw_line.strip():
            continue
        # "By KATERYNA SHEVCHUK and" / "MARK DALTON": a byline's names go on on the next line
        furniture = is_furniture(raw_line) or (byline_goes_on and _NAMES_ONLY.match(raw_line) is not None)
        byline_goes_on = furniture and re.search(r"(?:\band|,)\s*$", raw_line) is not None
        stripped = raw_line.rstrip()
        headline = not re.search(r"[.!?…:\"”’')\]]$", stripped) and len(stripped) < 200
        header = _DATE_HEADER.match(raw_line) or _DATELINE.match(raw_line) or _TIMESTAMP.match(raw_line)
        if header:
            a, b = line_start + header.start(1), line_start + header.end(1)
            out.append(Sentence(len(out), a, b, text[a:b], line_no, True, True))
        for s, e in _sentence_spans(raw_line, header.end() if header else 0):
            seg = raw_line[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail <= lead:
                continue
            a, b = line_start + s + lead, line_start + s + trail
            out.append(Sentence(len(out), a, b, text[a:b], line_no, headline, furniture))
        line_no += 1
    return out


def _sentence_spans(line: str, offset: int = 0) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = offset
    for m in _BOUNDARY.finditer(line, offset):
        end = m.end()
        word = re.search(r"([A-Za-z.]+)\.+[\"”’'»)\]]*$", line[start:end])
        if word and m.group(0).startswith("."):
            w = word.group(1).lower().rstrip(".")
            if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, len(line)))
    return spans


# British house style: ‘single curly quotes’; the closing ’ must not be an apostrophe (a letter follows one).
_SINGLE_QUOTE = re.compile(r"(?:^|(?<=[\s(\[—–-]))(‘[^‘’\n]{2,}?’)(?![A-Za-z])")


def find_quotes(text: str) -> list[Quote]:
    """Quotation spans, pairing marks by kind; a newline closes an open straight quote.

    Curly quotes pair “ with ”; straight double quotes alternate within a line. A curly quote
    left open at the end of a paragraph stays open into the next paragraph only when that
    paragraph starts with an opening mark (the newspaper convention for multi-paragraph quotes).
    """
    quotes: list[Quote] = []
    line_start = 0
    for line in text.split("\n"):
        i = 0
        open_at: int | None = None
        open_kind = ""
        while i < len(line):
            ch = line[i]
            if open_at is None:
                if ch in '"“«„':
                    open_at, open_kind = i, ch
            else:
                closes = {'"': '"”', "“": '”"', "«": "»", "„": '“"'}[open_kind]
                if ch in closes:
                    quotes.append(Quote(line_start + open_at, line_start + i + 1, True))
                    open_at = None
                elif ch in "“«„" and open_kind in "“«„":
                    open_at, open_kind = i, ch  # an unbalanced opener: restart
            i += 1
        if open_at is not None:
            quotes.append(Quote(line_start + open_at, line_start + len(line), False))
        for m in _SINGLE_QUOTE.finditer(line):
            a, b = line_start + m.start(1), line_start + m.end(1)
            if not any(q.start <= a < q.end for q in quotes):
                quotes.append(Quote(a, b, True))
        line_start += len(line) + 1
    quotes.sort(key=lambda q: q.start)
    return _closing_paragraph_ends(text, quotes)


def _closing_paragraph_ends(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quotation left open at a paragraph's end and closed by a lone mark ending a later paragraph
    ('... killed."'), with no quotation between them, ran over the paragraphs between: writers who
    do not reopen each paragraph of a long quotation still close it once."""
    out: list[Quote] = []
    for q in quotes:
        lone_close = (
            not q.closed
            and q.end - q.start == 1
            and text[q.start] in '"”'
            and q.start > 0
            and text[q.start - 1] in ".!?,"
        )
        if lone_close and out and not out[-1].closed and "\n" in text[out[-1].end : q.start]:
            out[-1] = Quote(out[-1].start, q.end, True)
            continue
        out.append(q)
    return out


def sentences_spanning(sentences: list[Sentence], start: int, end: int) -> list[int]:
    """Indexes of the sentences that overlap [start, end) — e.g. the sentences a quotation runs over."""
    return [s.idx for s in sentences if s.end > start and s.start < end]


def quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The quotation that contains [start, end), if any."""
    for q in quotes:
        if q.start <= start and end <= q.end:
            return q
    return None


def ends_with_colon(text: str) -> bool:
    """Whether a line introduces what follows with a colon, also inside a closing quotation mark
    ('Here is what the brigade did, in numbers:"')."""
    return text.rstrip().rstrip("\"”’'»").rstrip().endswith(":")
