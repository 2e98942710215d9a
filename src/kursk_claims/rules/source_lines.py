"""'Source:' lines: a fact check's 'Claim:' line credited by the 'Source:' line under it, a page's
own 'Source: X' line crediting what follows it (not a chart's caption, not the page's own outlet), and
a pull quote's credit after a dash."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.attribution import Attribution
from kursk_claims.rules.context import SourceLine, governed_place_side
from kursk_claims.rules.datalines import is_chart_row, time_phrase
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.spans import _titled_name
from kursk_claims.text.reporting import REPORT_FORMS_RX

if TYPE_CHECKING:
    from kursk_claims.rules.attribution import Target
    from kursk_claims.rules.mentions import Resolver
    from kursk_claims.text.segment import Sentence


SOURCE_LINE = re.compile(r"^\s*Source:\s*(.+?)\s*$")
# a pull quote: a line that is one quotation, credited after a dash ('"About 300 killed" — South
# Korea's National Intelligence Service, briefing lawmakers')
# (also after a label, as a fact check sets the claim it checks: 'THE CLAIM: "Our forces control 1,150
# square kilometres ..." — Oleksandr Syrskyi, commander-in-chief ..., Thursday.')
_PULL_QUOTE = re.compile(
    r"\s*(?:[A-Z][A-Za-z ]{0,20}:\s*)?[\"“‘'](?P<said>.+)[\"”’']\s*(?:—|–|--?)\s*(?P<who>[^\"“”—–]+?)\s*$"
)
# where the credited words were said, after the name ('Donald Trump on Truth Social, Friday')
_SAID_WHERE = re.compile(r"\s+(?:on|in|at|to|via|during)\s+.*$")
_CLAIM_BOX = re.compile(r"(?i)^\s*claim\s*:\s")


def source_line(r: Resolver, t: Target) -> Attribution | None:
    """A fact check's 'Claim: ...' line is credited by the 'Source: X, <day>' line right under it; else a
    'Source: X' line earlier in the document (until a 'Background:' line), its body resolved by context."""
    below = claim_box_source(r.ctx.sentences, t.s)
    if below is not None:
        return below
    line = r.ctx.source_line
    if line is None or line.sent >= t.s.idx:
        return None
    # ("Source: General Staff": a body named without its country, as the article's context names it)
    got = r.body_by_name(line.name, t.s.text, t.s.start, line.name.lower()) if line.side is None else None
    return Attribution(
        got.name if got else line.name,
        got.side if got else line.side,
        Decision("claimant.source_line", "'Source:' line"),
    )


# a credit that is a clause, not a name or a description ("— Ukraine's General Staff rejected that claim")
_CLAUSE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|\w+ed)\b|\b(?:" + REPORT_FORMS_RX + r")\b")


def pull_quote(r: Resolver, t: Target) -> Attribution | None:
    """A line that is one quotation and a dash-set credit, as a page sets a pull quote: its figures are
    the credited speaker's (the name before the credit's first comma, known to the registry or written
    as the credit gives it, with the side its description names)."""
    text = r.ctx.document.text
    start = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end)
    m = _PULL_QUOTE.match(text, start, len(text) if end < 0 else end)
    if m is None or not m.start("said") <= t.start < m.end("said"):
        return None
    who = m.group("who")
    name, *rest = who.split(",")
    name = _SAID_WHERE.sub("", name.strip())
    # (a day the credit closes with dates the words: '— Donald Trump, March 14')
    when = time_phrase(rest[-1].strip(" .")) if rest else None
    e = _titled_name(name)
    side = e.side if e else side_of_phrase(who) or governed_place_side(who)
    if e is None and (
        side is None or not name[:1].isupper() or len(name.split()) > 8 or _CLAUSE.search(name)
    ):
        return None  # ('"We have liberated 12 villages" — Ukraine's General Staff rejected that claim')
    return Attribution(
        e.name if e else name,
        side,
        Decision("claimant.pull_quote", f"pull quote credited to '{who}'"),
        time_text=when,
    )


def claim_box_source(sentences: list[Sentence], s: Sentence) -> Attribution | None:
    """A fact check's 'Claim: ...' line is credited by the 'Source: X, <day>' line right under it
    ('Source: Acting Kursk governor Alexei Smirnov, August 12'): X (the name after a title), on that day."""
    if not _CLAIM_BOX.match(s.text):
        return None
    for below in sentences[s.idx + 1 : s.idx + 3]:
        m = SOURCE_LINE.match(below.text)
        if m is not None:
            raw, _, when = m.group(1).strip(" .").partition(",")
            raw = raw.strip()
            e = _titled_name(raw)
            why = Decision("claimant.source_line", "the 'Source:' line under the claim")
            side = e.side if e else side_of_phrase(raw) or governed_place_side(raw)
            return Attribution(e.name if e else raw, side, why, None, raw, time_text=time_phrase(when))
    return None


def page_source_line(sentences: list[Sentence], outlet: str | None = None) -> SourceLine | None:
    """The first 'Source: X' line: (sentence index, claimant name, side). A line that credits the
    page's own outlet ('02:14 - Source: USNN' under a video) is a media credit, not a source."""
    own = set(re.findall(r"[a-z0-9]+", outlet.lower())) if outlet else set()
    for s in sentences:
        m = SOURCE_LINE.match(s.text)
        if m and s.idx > 1 and all(is_chart_row(p.text) for p in sentences[s.idx - 2 : s.idx]):
            continue  # the caption of a chart or table above it, not the page's source
        if m:
            raw = re.sub(r"\s+on\s+(?:Facebook|Telegram|X|Twitter)\b.*$", "", m.group(1)).strip(" .")
            if own and set(re.findall(r"[a-z0-9]+", raw.lower())) <= own:
                continue
            e = lookup(raw)
            name = e.name if e else raw
            return SourceLine(s.idx, name, e.side if e else side_of_phrase(raw))
    return None
