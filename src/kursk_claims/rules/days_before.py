"""Days a sentence refers back to: "the same day", "at that meeting", "a day earlier", "the next
day", "comes a day after X said": the day the text named last (a statement's before another day its
sentence names), stepped by the days the phrase counts."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kursk_claims.rules.dated_statements import _FUTURE, same_speaker
from kursk_claims.rules.narrative import month_from, narrative_year
from kursk_claims.rules.phrases import STATEMENT_NOUNS
from kursk_claims.rules.spans import _BULLET
from kursk_claims.text import dates
from kursk_claims.text.dates import COUNT_WORDS
from kursk_claims.text.reporting import REPORT_FORMS_RX

if TYPE_CHECKING:
    from kursk_claims.rules.context import DocContext
    from kursk_claims.text.segment import Sentence


_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
# A day referred back to: "the same day", "that day", "in the same release", "during the meeting",
# "hours later"; "a day earlier".
_SAME_DAY = re.compile(
    # "There, Gerasimov told him ...", "At that meeting, ...": at the event the sentence before dates
    # ("There his chief of staff told him ...", not "There are ...")
    r"(?i)^(?:there,|there\s+(?=(?:his|her|its|their|the)\s|(?-i:[A-Z]))|(?:at|during)\s+(?:that|the(?:\s+same)?)\s+(?:meeting|briefing|session|hearing|event|press\s+conference))"
    # ("Hours later, Syrskyi released ...": later that day)
    r"|^(?:(?:a\s+few|several|two|three|four|five|six)\s+)?hours\s+(?:later|earlier)\b"
    r"|\b(?:(?:on\s+)?the\s+same\s+"
    + _PART_OF_DAY
    + r"|that\s+day|(?P<statement>in\s+the\s+same\s+(?:"
    + "|".join(sorted(STATEMENT_NOUNS))
    + r"))|(?<!over\s)(?<!during\s)(?P<before>(?:a|\w+)\s+(?:days?|weeks?)\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+"
    + _PART_OF_DAY
    + r"|the\s+"
    + _PART_OF_DAY
    + r"\s+before(?!\s+(?:last|the|a|an|his|her|its|their|this|that)\b))"
    r"|(?<!over\s)(?<!during\s)(?<!within\s)(?P<after>the\s+(?:next|following)\s+"
    + _PART_OF_DAY
    + r"|(?:a|\w+)\s+(?:days?|weeks?)\s+(?:later|after\s+(?:that|this)(?:\s+(?:"
    + "|".join(sorted(STATEMENT_NOUNS))
    + r"))?)))\b"  # ("Eight days after that, Syrskyi said ...", "two days after that announcement")
)
# a part of a day referred back to ("the same evening", "the previous night") dates a statement only
# fronted or said then ("Zelensky had said the previous evening", "speaking the same evening"), not an
# event ("killed in a strike the previous evening, the air force said")
_PART_OF_DAY_SAID = re.compile(
    r"(?i)\b(?:speaking|"
    + REPORT_FORMS_RX
    + r")\s+(?:(?:in|on|at|during)\s+[^,.;\d]{1,30}?\s+|(?:[^,.;\d\s]+\s+){0,3})$"
)
# a day written right after a reporting verb ("said on Friday", "announced late on Tuesday")
_ON_THE_VERB = re.compile(r"(?i)\b" + REPORT_FORMS_RX + r"\s+(?:(?:late|early)\s+)?$")


def _offset_days(phrase: str) -> int:
    """How many days 'a day earlier', 'two days later', 'a week before' step (1 for 'the next day')."""
    m = re.match(r"(?i)(\w+)\s+(day|week)s?\b", phrase)
    if m is None or m.group(1).lower() == "the":  # "the next day", "the day before"
        return 1
    n = COUNT_WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
    return n * (7 if m.group(2).lower() == "week" else 1)


def same_day(ctx: DocContext, s: Sentence, name: str | None = None) -> tuple[str, str] | None:
    """(day, phrase) for a sentence that refers back to a day ("the same day", "in the same release":
    the day the text named last; "a day earlier": the day before it; "the next day": the day
    after it), else None. "In the same report" of a speaker `name` whose statement the text dated
    before is that statement's day, whatever day the text named since ("The ISW said in a report on
    Sunday ... Putin met Gerasimov on Monday. In the same report, the ISW estimated ...")."""
    came = _CAME_AFTER.search(s.text)
    if came is not None:
        # "It comes a day after the HUR said ...", "The briefing came two days after Zelensky announced
        # ...": the statement is that many days before the day of the news (named before, or the page's)
        ref = _day_named_before(ctx, s, came.start()) or ctx.doc_date
        step = _offset_days(came.group(1) or came.group(2))
        if ref is not None and len(ref) == 10 and step > 0:
            return (date.fromisoformat(ref) - timedelta(days=step)).isoformat(), came.group(0)
    same = _SAME_DAY.search(s.text)
    said = _statement_day(ctx, s, name) if same is not None and same.group("statement") else None
    if said is not None and same is not None:
        return said, same.group(0)
    got = _day_named_before(ctx, s, same.start()) if same is not None else None
    if same is None or got is None:
        return None
    if same.group("after") and _FUTURE.search(s.text[: same.start()] + s.text[same.end() :]):
        return None  # "Officials will publish a full count the following day": not yet said
    before_it = _BULLET.sub(
        "", s.text[: same.start()], count=1
    )  # (a list item's bullet is no words before it)
    if re.search(r"(?i)(?:morning|afternoon|evening|night)", same.group(0)) and (
        before_it.strip(' "“') and not _PART_OF_DAY_SAID.search(before_it)
    ):
        return None  # "killed in a strike the previous evening": the event's time
    step = _offset_days(same.group("before") or same.group("after") or "")
    if step == 0 or (step > 1 and before_it.strip(' "“')):
        # "several days earlier": no day; "up from 82 a week earlier": the earlier figure's time, not
        # the statement's (a step of days dates the statement only fronted: "Two days earlier, he said")
        return None
    if same.group("before"):
        got = (date.fromisoformat(got) - timedelta(days=step)).isoformat()
    elif same.group("after"):
        got = (date.fromisoformat(got) + timedelta(days=step)).isoformat()
    return got, same.group(0)


def _statement_day(ctx: DocContext, s: Sentence, name: str | None) -> str | None:
    """The day of the last statement of the speaker `name` the text dated before sentence `s`."""
    if not name:
        return None
    others = {c.claimant for c in ctx.claims if c.claimant}
    last = max(
        ((j, iso) for j, n, iso in ctx.dated_statements if j < s.idx and same_speaker(n, name, others)),
        default=None,
    )
    return last[1] if last is not None and len(last[1]) == 10 else None


# "comes a day after X said", "came two days after Zelensky announced", "..., a day after it told
# lawmakers that ...": a statement some days before the news
_CAME_AFTER = re.compile(
    r"(?i)(?:\b(?:comes?|came)\s+((?:a|an|\w+)\s+(?:days?|weeks?))\s+after\s+[^.;]{0,100}?"
    # (after a comma, within its own clause: not the sentence's verb, "…, a week after the incursion
    # began, Syrskyi told him")
    r"|,\s+((?:a|an|\w+)\s+(?:days?|weeks?))\s+after\s+[^.;,]{0,100}?)\b"
    r"(?:said|announced|reported|claimed|told|wrote|stated|confirmed)\b"
)


def _day_named_before(ctx: DocContext, s: Sentence, at: int) -> str | None:
    """The last day (YYYY-MM-DD) the text names before offset `at` of this sentence (`_named_before`)."""
    return _named_before(ctx, s, at, 10)


def _named_before(ctx: DocContext, s: Sentence, at: int, precision: int) -> str | None:
    """The last time the text names before offset `at` of this sentence, known to at least `precision`
    characters of ISO (10: a day; 7: a month, given as YYYY-MM), within its section (never a period's
    start or a deadline: 'since 6 August', 'before 1 February', nor a relative clause's time: 'a
    ceasefire that would start on March 30'); within a sentence, the time of a
    statement ('said on Friday') before any other time it names."""
    for j in range(s.idx, max(-1, s.idx - 9), -1):
        sj = ctx.sentences[j]
        if sj.headline:
            break
        text = sj.text[:at] if j == s.idx else sj.text
        days = [
            (bool(_ON_THE_VERB.search(text[: m.start()])), got)
            for m in dates.TIME_PHRASE.finditer(text)
            if not re.search(r"(?i)\b(?:since|from|between|before|until|till)\s+$", text[: m.start()])
            # (nor a time a relative clause gives: "a ceasefire that would start on March 30")
            and not _RELATIVE_DAY.search(text[: m.start()])
            and (got := ctx.on_page(m.group(0))) is not None
            and len(got) >= precision
        ]
        # "The ministry said on Friday that Ukraine had lost ... since it crossed on Tuesday. A day
        # earlier ...": the day of the statement before the other days its sentence names
        said = [got for on_verb, got in days if on_verb]
        if said or days:
            return (said or [got for _, got in days])[-1][:precision]
    return None


# a time a relative clause gives ("a ceasefire that would start on March 30", ", which began on"; not a
# complementizer, "said that Putin spoke on Tuesday", nor a clause about the call itself, "who spoke to Putin")
_RELATIVE_DAY = re.compile(
    r"(?i)(?:,|\b(?:a|an|the)\s+[a-z]+)\s+(?:that|which|who)\s+(?!(?:\w+\s+){0,2}(?:spoke|talked|called|phoned)\b)"
    r"(?:[\w'’]+\s+){0,5}$"
)


# A month referred back to: "By the end of that month, Kyiv said ...", "HUR said the same month that
# ...", "U.S. officials put the figure at 12,000 the following month", "Two months later, ...".
_SAME_MONTH = re.compile(
    r"(?i)\b(?:(?:by|at|towards?|before)\s+the\s+(?:end|close|start|beginning)\s+of\s+|(?:later|earlier)\s+(?:in\s+)?)?"
    r"(?:that|the\s+same)\s+month\b"
    # "Moscow claimed around the same time that ...": the month of the statement named before
    r"|\b(?:around|at\s+about|at\s+roughly)\s+the\s+same\s+time\b"
    # "Syrskyi said that January", "In an interview that September, he said": the next such month on
    # (a month's name as written, not the subject of what is said: "said that January had been the costliest")
    r"|\bthat\s+(?P<named>(?-i:"
    + dates.MONTH_NAME_RX
    + r"))(?![A-Za-z])(?!['’]s|\s+(?:alone|had|has|have|was|is|were|saw|will|would|ended|began|brought|cost)\b)"
    r"|\b(?P<after>the\s+(?:following|next)\s+month|(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+months?\s+later)\b"
)


# what is awaited, not yet said: "expected another 3,000 troops to arrive the following month"
_EXPECTED = re.compile(r"(?i)\b(?:expect(?:s|ed)?|due|plan(?:s|ned)?|likely)\s+(?:\S+\s+){0,6}?to\b")


def same_month(ctx: DocContext, s: Sentence) -> tuple[str, str] | None:
    """(YYYY-MM, phrase) for a statement the sentence dates by a month it refers back to ("By the end of
    that month, Kyiv said ...", "around the same time": the month the text named last, a statement's
    before any other time; "the following month": the month after it; "that January": the next January
    on from the narrative's last year), else None. The phrase must date the statement, not
    the figure's period: set before the sentence's first reporting verb, right after one, or closing
    the sentence ("... put the figure at 12,000 the following month."); never after 'during', 'in',
    'over' ("21 civilians were killed during that month": the period counted) nor of what is still to
    come ("expected 3,000 more to arrive the following month")."""
    m = _SAME_MONTH.search(s.text)
    verb = re.search(r"(?i)\b" + REPORT_FORMS_RX + r"\b", s.text) if m is not None else None
    if (
        m is None
        or verb is None
        or re.search(r"(?i)\b(?:over|during|in|throughout|for)\s+$", s.text[: m.start()])
    ):
        return None
    if m.group("after") and (_FUTURE.search(s.text) or _EXPECTED.search(s.text)):
        return None
    fronted = m.end() <= verb.start()
    on_verb = _ON_THE_VERB.search(s.text[: m.start()]) is not None
    closing = m.start() > verb.end() and not s.text[m.end() :].strip(" .\"”'’")
    got = _named_before(ctx, s, m.start(), 7) if fronted or on_verb or closing else None
    if got is None:
        return None
    if m.group("named"):
        # read on from the narrative's last year ("Ukraine crossed on August 6, 2024. By October ...
        # Syrskyi said that January": 2025-01)
        since = narrative_year(ctx, s, m.start()) or got
        named = month_from(since, "in " + m.group("named"))
        return (named, m.group(0)) if named else None
    year, month = int(got[:4]), int(got[5:7])
    if m.group("after"):
        n = (m.group("n") or "one").lower()
        month += int(n) if n.isdigit() else COUNT_WORDS.get(n, 1)
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}", m.group(0)
