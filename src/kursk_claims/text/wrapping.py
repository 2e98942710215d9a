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
columns, list items, headings and a line ending in a colon keep their breaks.
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
    r"^\s*(?:[•▪◦*·–—-]\s|\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-Z]|\(?[a-z][.)]\s|"
    r"(?:Table|Figure|Chart|Map|Source|Sources|Note|Notes)\b)"
)
# a table's or a figure's caption, a line of its own above the rows
_CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart|Map)\s+\d")
# inside a line: the end of a sentence (the page is prose, not a transcript without punctuation)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“(]?[A-Z]")
# words that begin a compound written with a hyphen ("cross-border", "front-line", "pre-war"):
# broken after them, the hyphen is the word's own and stays
_COMPOUND_HEADS = frozenset(
    "cross front north south east west self open well non anti pro ex post pre mid full half large "
    "small long short high low first second third two three four five six seven eight nine ten "
    "one semi quasi all fibre fiber air sea land counter".split()
)
_WORD = re.compile(r"[A-Za-z]+")


def _width(lines: list[str]) -> int | None:
    """The page's line width when it is hard-wrapped, else None."""
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
    runs_on = sum(1 for a, b in zip(lines, lines[1:], strict=False) if b[:1].islower() and a[-1:] not in ".:")
    ends = sum(len(_SENTENCE_END.findall(ln)) for ln in lines)
    return width if 5 * runs_on >= len(lines) and 10 * ends >= len(lines) else None


def _wraps(line: str, nxt: str, width: int) -> bool:
    """Whether the break between `line` and the `nxt` line is a wrap inside a paragraph."""
    if not nxt.strip() or not line.strip() or line.rstrip().endswith(":") or _CAPTION.match(line):
        return False
    if _COLUMNS.search(line) or _COLUMNS.search(nxt) or _ITEM.match(nxt):
        return False
    first = nxt.split(None, 1)[0]
    return len(line.rstrip()) + 1 + len(first) > (1 - _SLACK) * width


def _broken_word(page: str, hyphen: int, nxt_start: int) -> tuple[int, int] | None:
    """The characters to drop to put back together a word broken by the hyphen at `hyphen` and
    continued at `nxt_start` (the hyphen too, unless the word is a compound), or None."""
    head = re.search(r"([A-Za-z]+)-$", page[: hyphen + 1])
    tail = _WORD.match(page, nxt_start)
    if head is None or tail is None or not tail.group().islower():
        return None
    h, t = head.group(1), tail.group()
    low = page.lower()
    keep = f"{h}-{t}".lower() in low or (h.lower() in _COMPOUND_HEADS and (h + t).lower() not in low)
    return (hyphen + 1 if keep else hyphen), nxt_start


def unwrap(page: str) -> tuple[str, list[int] | None]:
    """`page` with the line breaks inside its wrapped paragraphs read as spaces and its words broken
    across lines put back together, and where each character of that view stands on the page, one
    more for its end (None when the view keeps the page's offsets)."""
    lines = page.split("\n")
    width = _width([ln.rstrip() for ln in lines if ln.strip()])
    if width is None:
        return page, None
    text = list(page)
    dropped: list[tuple[int, int]] = []
    pos = 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        end = pos + len(line)  # the newline
        nxt_start = end + 1 + (len(nxt) - len(nxt.lstrip()))
        if _wraps(line, nxt, width):
            text[end] = " "
            if line.endswith("-"):
                cut = _broken_word(page, end - 1, nxt_start)
                if cut is not None:
                    dropped.append(cut)
        pos = end + 1
    if not dropped:
        return "".join(text), None
    keep = [True] * len(page)
    for a, b in dropped:
        keep[a:b] = [False] * (b - a)
    back = [i for i in range(len(page)) if keep[i]] + [len(page)]
    return "".join(text[i] for i in back[:-1]), back
