"""Hard-wrapped text (reports converted from PDF, plain-text mail): lines broken inside sentences.

The reader takes a newline for the end of a sentence, because news pages put headlines, captions
and paragraphs on lines of their own. A page converted from PDF breaks its lines wherever the
column ran out, so a sentence and its speaker end up on different lines, and a word on two
(`bor-` / `der`). `unwrap` joins such lines for reading, and says where each character of the view
stands on the page: a line break inside a paragraph becomes a space, and a word broken across
lines is put back together (`border`), its hyphen dropped unless the word is a compound.

A page is hard-wrapped when its lines stop at a width: most lines are nearly as long as the
longest ordinary ones, and none of them is long. A line break is a wrap when the next line's first
word would not have fitted on the line, as a typesetter breaks a line; table rows, side-by-side
columns, list items, captions, headings in capitals and a line ending in a colon keep their breaks,
and a page number standing between two lines of a paragraph is left out.
"""

from __future__ import annotations

import re

_MIN_LINES = 6
_MAX_WIDTH = 120  # longer lines are paragraphs: the page is not wrapped
_MIN_WIDTH = 35
_FULL_SHARE = 0.6  # of ordinary lines, at least this many nearly as long as the width
_SLACK = 0.15  # a line is full when the next word would have taken it past (1 - slack) of the width

# a gap inside a line: a table row, a fact box, or two columns side by side
_COLUMNS = re.compile(r"\S[ \t]{3,}\S")
# a line that starts an item of its own: a bullet, a numbered item or section, a caption or a note
_ITEM = re.compile(
    r"^\s*(?:[•▪◦*·–-]\s|\(?\d{1,2}(?:\.\d{1,2})+[.)]?\s+[A-Z]|\(?\d{1,2}[.)]\s+[A-Z]|\(?[a-z][.)]\s|"
    r"(?:Table|Figure|Chart|Map|Source|Sources|Note|Notes)\b)"
)
# a table's or a figure's caption, a line of its own above the rows
_CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart|Map)\s+\d")
# a page number, alone on its line between the lines of a paragraph ("14", "Page 4 of 9")
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:Page|p\.)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)
# inside a line: the end of a sentence, perhaps with its note number (the page is prose, not a
# transcript without punctuation)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\d{0,2}\s+[\"“(]?[A-Z]")
# a byline, a line of its own: "By a Staff Correspondent", "By Olena Kovalenko and Mark Hill"
_BYLINE = re.compile(
    r"^(?:By|BY)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Then|Now|Early|Late|Mid)(?:(?:a|an|the|and|of|in|our)\s+|[A-Z][\w.'’-]*,?\s*)+$"
)
# at the end of a line: the end of a sentence
_LINE_END = re.compile(r"\w[.!?][\"”’)]?\s*$")
# words that begin a compound written with a hyphen ("cross-border", "front-line", "pre-war",
# "twenty-eight"): broken after them, the hyphen is the word's own and stays
_COMPOUND_HEADS = frozenset(
    "cross front north south east west self open well non anti pro ex post pre mid full half large "
    "small long short high low first second third so one two three four five six seven eight nine ten "
    "twenty thirty forty fifty sixty seventy eighty ninety semi quasi all fibre fiber air sea land "
    "counter".split()
)
# ... and the participles and nouns that end one after a name ("Kremlin-backed", "Ukrainian-held",
# "Kyiv-based", "North Korean-made"): a capitalised first part keeps its hyphen before them
_COMPOUND_TAILS = frozenset(
    "held backed based controlled made occupied appointed led run linked affiliated aligned leaning "
    "supplied built funded owned installed speaking born allied friendly style era".split()
)
_WORD = re.compile(r"[A-Za-z]+")


def _width(lines: list[str]) -> int | None:
    """The page's line width when it is hard-wrapped, else None (`lines`: its non-empty lines,
    without the page's margin)."""
    lengths = sorted(len(ln) for ln in lines if len(ln) >= 20 and not _COLUMNS.search(ln))
    if len(lengths) < _MIN_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    long = [n for n in lengths if n >= width / 2]
    if sum(1 for n in long if 0.7 * width <= n <= width + 10) < _FULL_SHARE * len(long):
        return None
    # a sentence goes on, in lower case, on the next line: at least one line in five
    runs_on = sum(
        1 for a, b in zip(lines, lines[1:], strict=False) if b.lstrip()[:1].islower() and a[-1:] not in ".:"
    )
    # a sentence that ends inside a line, or at its end (a narrow column ends most of them there)
    ends = sum(len(_SENTENCE_END.findall(ln)) for ln in lines)
    ends += sum(1 for ln in lines if _LINE_END.search(ln))
    return width if 5 * runs_on >= len(lines) and 10 * ends >= len(lines) else None


def _wraps(line: str, nxt: str, width: int, margin: int = 0) -> bool:
    """Whether the break between `line` and the `nxt` line is a wrap inside a paragraph (`margin`:
    the indent every line of the page has; a column's further indent counts to its line's length)."""
    length = len(line.rstrip()) - margin
    line, nxt = line.strip(), nxt.strip()
    if not nxt or not line or line.endswith(":") or _CAPTION.match(line):
        return False
    if _COLUMNS.search(line) or _COLUMNS.search(nxt) or _ITEM.match(nxt):
        return False
    if any(_capitals_only(x) for x in (line, nxt)) or _PAGE_NUMBER.match(nxt):
        return False  # a heading in capitals, a page number
    first = nxt.split(None, 1)[0]
    return length + 1 + len(first) > (1 - _SLACK) * width


def _capitals_only(line: str) -> bool:
    """A line of letters none of which is lower case: a heading."""
    return any(ch.isalpha() for ch in line) and not any(ch.islower() for ch in line)


def _broken_word(line: str, words: set[str], nxt: str) -> bool:
    """Whether the hyphen ending `line` (after a letter) only breaks a word the `nxt` line goes on
    with, so that it goes (`words`: the page's words and hyphened words, in lower case)."""
    tail = _WORD.match(nxt)
    if tail is None or not tail.group().islower():
        return False
    h, t = re.findall(r"[A-Za-z]+", line)[-1], tail.group()
    if f"{h}-{t}".lower() in words:
        return False  # the page writes it with its hyphen
    if (h + t).lower() in words:
        return True
    return not (h.lower() in _COMPOUND_HEADS or (h[:1].isupper() and t in _COMPOUND_TAILS))


def unwrap(page: str) -> tuple[str, list[int] | None]:
    """`page` with the line breaks inside its wrapped paragraphs read as spaces and its words broken
    across lines put back together, and where each character of that view stands on the page, one
    more for its end (None when the view keeps the page's offsets)."""
    lines = page.split("\n")
    filled = [ln.rstrip() for ln in lines if ln.strip()]
    margin = min((len(ln) - len(ln.lstrip()) for ln in filled), default=0)
    width = _width([ln[margin:] for ln in filled])
    if width is None:
        return page, None
    text = list(page)
    words: set[str] | None = None  # the page's words, read when a line first ends in a hyphen
    dropped: list[tuple[int, int]] = []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    k, joined = 0, False  # joined: the line goes on the one before it
    while k + 1 < len(lines):
        line, nxt, skip = lines[k], lines[k + 1], 1
        if _PAGE_NUMBER.match(nxt) and k + 2 < len(lines) and _wraps(line, lines[k + 2], width, margin):
            nxt, skip = lines[k + 2], 2  # (a page number between two lines of a paragraph goes)
        core = line.rstrip()
        end = starts[k] + len(core)  # where the line's text ends: its newline, a space or a \r
        nxt_start = starts[k + skip] + (len(nxt) - len(nxt.lstrip()))
        # a byline opening a paragraph is a line of its own
        joined = _wraps(line, nxt, width, margin) and (joined or not _BYLINE.match(line.strip()))
        if joined:
            text[end : starts[k + 1]] = [" "] * (starts[k + 1] - end)  # trailing spaces, \r, newline
            if skip == 2:
                dropped.append((end + 1, nxt_start))
            if re.search(r"[A-Za-z]-$", core):
                if words is None:
                    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", page.lower()))
                # the hyphen goes when it only breaks a word; a compound's stays ("cross-border")
                dropped.append((end - 1 if _broken_word(core, words, nxt.lstrip()) else end, nxt_start))
        k += skip
    if not dropped:
        return "".join(text), None
    keep = [True] * len(page)
    for a, b in dropped:
        keep[a:b] = [False] * (b - a)
    back = [i for i in range(len(page)) if keep[i]] + [len(page)]
    return "".join(text[i] for i in back[:-1]), back
