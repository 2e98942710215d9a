"""A line that introduces the paragraph below it by naming a source's statement and nothing else:
"The Russian Defence Ministry's bulletin on Tuesday:", "Today's General Staff update, in full:". The
figures of that paragraph, a quotation of the statement or its text as given, are the source's.

A line with a reporting verb ("The ministry said:") is read by the speaker rules; this is the verbless
lead-in a blog, a live page or a digest sets above a pasted statement. The source is the possessor
or the words before the statement noun, resolved by the registry or, for a body named without its
country ("MoD", "General Staff"), by whose losses the paragraph counts (a side's body counts its
enemy's), else not at all: "the enemy has lost ..." says no side.
"""

from __future__ import annotations

import re

from kursk_claims.domain.registry import lookup
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.harm import losses_counted
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.phrases import STATEMENT_NOUNS
from kursk_claims.text import dates
from kursk_claims.text.reporting import REPORT_FORMS_RX

# a whole line that ends with a colon
_LEAD_IN = re.compile(r"^\s*(?P<line>[^:\n]{3,120}?)\s*:\s*$")
# "Today's MoD bulletin", "The Russian Defence Ministry's bulletin", "General Staff morning update"
_STATEMENT = re.compile(
    r"^(?:(?:the|this|today|yesterday|[A-Z][a-z]+day)['’]s\s+|the\s+)?(?P<who>[A-Z][\w.'’ -]{1,60}?)(?:['’]s?)?\s+"
    r"(?:(?:daily|morning|evening|latest|weekly|nightly|full|official|new)\s+){0,2}"
    r"(?P<noun>" + "|".join(sorted(STATEMENT_NOUNS, key=len, reverse=True)) + r")\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_REPORTS = re.compile(r"(?i)\b" + REPORT_FORMS_RX + r"\b")
# abbreviations of a ministry of defence
_MOD = re.compile(r"^(?:MoD|MOD|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)$")


def intro_line(r: Resolver, t: Target) -> Attribution | None:
    """The source a verbless lead-in line names, for the figures of the paragraph right below it."""
    text = r.ctx.document.text
    blank = text.rfind("\n\n", 0, t.start)
    if blank < 0:
        return None
    line_start = text.rfind("\n", 0, blank) + 1
    lead = _LEAD_IN.match(text[line_start:blank])
    m = _STATEMENT.match(lead.group("line")) if lead is not None else None
    if lead is None or m is None or any(_REPORTS.search(m.group(g)) for g in ("who", "rest")):
        return None  # ("The ministry's report on Tuesday said:": the speaker rules read it)
    who = m.group("who").strip()
    e = lookup(who)
    side: str | None
    if e is not None and e.kind in ("person", "body"):
        name, side = e.name, e.side
    else:
        around = text[blank : t.end]
        if losses_counted(around) is None:
            return None  # ("the enemy has lost ...": whose ministry, the paragraph does not say)
        body = "Defense Ministry" if _MOD.match(who) else who
        found = r.body_by_name(body, around, line_start, who.split()[-1].lower())
        if found is None:
            return None
        name, side = found.name, found.side
    when = dates.TIME_PHRASE.search(m.group("rest"))
    why = Decision("claimant.intro_line", f"the paragraph under '{lead.group('line')[:60]}:'")
    return Attribution(name, side, why, None, who, time_text=when.group(0) if when else None)
