"""Tables that fit the console without cutting a value: declared columns with a priority, and layouts.

A table is declared as one or more `Layout`s (the widest first): columns (`Col`) with a priority
and the cells of every row. `fit_table` takes the first layout whose columns all fit the console
width at their narrowest; when none does, it drops columns of the last layout, lowest priority
(highest number) first, until the rest fit, and names the dropped columns in a one-line note.
A column's narrowest width is its longest word, or its `min_width` when its cells are wider
(wrapping columns fold long cells within the column, but prose squeezed below `min_width` reads
badly: then the next layout is tried), or its longest line (`wrap=False`: ids, dates, numbers stay
on one line). Widths are set
explicitly, so Rich never shortens a cell with "…".

Adding a column to a table is one `Col` in each of its layouts, with the priority that says how
early it goes when the console is narrow.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.cells import cell_len
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

KEEP = 0  # the priority of a column that is never dropped

DEFAULT_HINT = "widen the terminal or use --format json"


@dataclass(frozen=True)
class Col:
    """One declared column: header, priority (0 = never dropped; higher numbers go first), whether
    long cells wrap within it, and Rich's justify/style."""

    header: str
    priority: int = KEEP
    wrap: bool = True
    justify: str = "left"
    style: str = ""
    max_width: int | None = None  # a wrapping column never grows wider than this
    min_width: int = 0  # a wrapping column narrower than this (or its widest cell) does not fit
    fold_words: bool = False  # long words (URLs) may fold across lines: only min_width must fit


@dataclass(frozen=True)
class Layout:
    """Columns and the rows' cells (one `Text` per column, in order)."""

    columns: Sequence[Col]
    rows: Sequence[Sequence[Text]]
    options: Mapping[str, Any] = field(default_factory=dict)  # Rich Table options of this layout


@dataclass(frozen=True)
class Fitted:
    """The table, and the headers of the columns left out to fit the width."""

    table: Table
    dropped: tuple[str, ...] = field(default=())

    def renderables(self, hint: str = DEFAULT_HINT) -> list[RenderableType]:
        """The table, then the note naming the dropped columns (if any)."""
        out: list[RenderableType] = [self.table]
        note = dropped_note(self.dropped, hint)
        if note is not None:
            out.append(note)
        return out


def dropped_note(dropped: Sequence[str], hint: str = DEFAULT_HINT) -> Text | None:
    """One line naming the columns left out, or None."""
    if not dropped:
        return None
    names = ", ".join(" / ".join(header.split("\n")) for header in dropped)
    return Text(f"not shown at this width: {names} ({hint})", style="dim")


def _lines(cell: Text) -> list[str]:
    return cell.plain.split("\n")


def _natural(col: Col, cells: Sequence[Text]) -> int:
    lines = [line for c in cells for line in _lines(c)] + col.header.split("\n")
    return max((cell_len(line) for line in lines), default=1) or 1


def _narrowest(col: Col, cells: Sequence[Text]) -> int:
    if not col.wrap:
        return _natural(col, cells)
    if col.fold_words:
        header = max((cell_len(w) for w in col.header.split()), default=1)
        return max(header, min(col.min_width, _natural(col, cells)))
    words = [w for c in cells for line in _lines(c) for w in line.split()] + col.header.split()
    longest_word = max((cell_len(w) for w in words), default=1) or 1
    return max(longest_word, min(col.min_width, _natural(col, cells)))


def table_width(widths: Sequence[int]) -> int:
    """The width of a Rich table with edges, one space of padding each side and these content widths."""
    return sum(widths) + 3 * len(widths) + 1


def _widths(layout: Layout, keep: Sequence[int], width: int) -> list[int]:
    cols = [layout.columns[i] for i in keep]
    cells = [[row[i] for row in layout.rows] for i in keep]
    narrow = [_narrowest(c, cs) for c, cs in zip(cols, cells, strict=True)]
    natural = [
        min(_natural(c, cs), max(c.max_width, n)) if c.max_width else _natural(c, cs)
        for c, cs, n in zip(cols, cells, narrow, strict=True)
    ]
    widths = list(narrow)
    spare = width - table_width(widths)
    # share the spare width out in proportion to how far each column is below its natural width
    while spare > 0:
        deficit = [natural[i] - widths[i] for i in range(len(widths))]
        total = sum(d for d in deficit if d > 0)
        if total == 0:
            break
        given = 0
        for i, d in enumerate(deficit):
            if d > 0:
                step = min(d, spare * d // total)
                widths[i] += step
                given += step
        if given == 0:  # less spare than columns wanting it: one cell each, neediest first
            for i in sorted((i for i, d in enumerate(deficit) if d > 0), key=lambda j: -deficit[j])[:spare]:
                widths[i] += 1
                given += 1
        spare -= given
    return widths


def _fits(layout: Layout, keep: Sequence[int], width: int) -> bool:
    narrow = [_narrowest(layout.columns[i], [row[i] for row in layout.rows]) for i in keep]
    return table_width(narrow) <= width


def fit_table(layouts: Sequence[Layout], width: int, **table_kw: Any) -> Fitted:
    """A Rich table of the first layout that fits `width`, else the last layout with its
    lowest-priority columns dropped until it fits (`Fitted.dropped` names them)."""
    if not layouts:
        raise ValueError("fit_table needs at least one layout")
    chosen = layouts[-1]
    keep = list(range(len(chosen.columns)))
    for layout in layouts:
        if _fits(layout, range(len(layout.columns)), width):
            chosen = layout
            keep = list(range(len(layout.columns)))
            break
    dropped: list[int] = []
    if keep and chosen is layouts[-1] and not _fits(chosen, keep, width):
        while not _fits(chosen, keep, width):
            droppable = [i for i in keep if chosen.columns[i].priority != KEEP]
            if not droppable:
                break
            # the highest priority number goes first; among equals, the rightmost
            victim = max(droppable, key=lambda i: (chosen.columns[i].priority, i))
            keep.remove(victim)
            dropped.append(victim)
    widths = _widths(chosen, keep, width)
    squeezed = table_width(widths) > width  # even the columns kept cannot fit: fold them all
    if squeezed:
        widths = _squeeze(widths, width)
    table = Table(**{**table_kw, **chosen.options})
    for i, w in zip(keep, widths, strict=True):
        col = chosen.columns[i]
        table.add_column(
            col.header,
            width=w,
            justify=col.justify,  # type: ignore[arg-type]
            style=col.style,
            no_wrap=not col.wrap and not squeezed,
            overflow="fold",
        )
    for row in chosen.rows:
        table.add_row(*(row[i] for i in keep))
    return Fitted(table, tuple(chosen.columns[i].header for i in dropped))


def _squeeze(widths: Sequence[int], width: int) -> list[int]:
    """Narrow the widest columns until the table fits `width` (cells then fold: whole, on more lines)."""
    out = list(widths)
    while table_width(out) > width and max(out) > 1:
        i = max(range(len(out)), key=lambda j: out[j])
        out[i] -= 1
    return out
