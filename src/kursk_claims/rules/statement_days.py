"""Days that date what is said: a day as a statement is dated ("on Sunday", "June 21"), a statement
noun on its day ("an assessment on Monday"), and the day of the event a story reports — the
briefing, hearing, meeting or broadcast its lede dates, or the session a transcript's head dates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup
from kursk_claims.rules.labels import is_transcript, labelled
from kursk_claims.text import dates
from kursk_claims.text.reporting import REPORT_FORMS_RX
from kursk_claims.text.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kursk_claims.rules.context import DocContext

# A day as a statement is dated: "Sunday", "June 21", "21 June".
# a day: a weekday, a month and day, a day and month; a weekday followed by its date and year is
# the date ("on Thursday, 23 January 2025")
_DAY = (
    r"(?:(?:"
    + dates.WEEKDAY_RX
    + r",?\s+)?(?:"
    + dates.MONTH_WORD
    + r"\.?\s+\d{1,2}|\d{1,2}\s+"
    + dates.MONTH_WORD
    + r")(?:,?\s+(?:19|20)\d{2})?|"
    + dates.WEEKDAY_RX
    + r")"
)


# "gave a televised update on Wednesday", "in a video address on Telegram on Tuesday"
# "on Tuesday", "late Wednesday", "early on 12 March": the day (group 1)
# "yesterday", "the day before yesterday", "yesterday evening": a day named relative to the page's own
YESTERDAY = r"(?:the\s+day\s+before\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?"
_ON_DAY = (
    r"(?:(?:late|early)\s+(?:on\s+)?|on\s+|(?=(?:the\s+day\s+before\s+)?yesterday\b))("
    + _DAY
    + "|"
    + YESTERDAY
    + r")"
)


def _alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, in the order given, a space matching any run of white space."""
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in words)


def _noun_on_day(nouns: Iterable[str]) -> re.Pattern[str]:
    """One of `nouns` followed, within the clause, by 'on' a day (group 1): 'an assessment on Monday',
    'a video address late Wednesday'; not one given 'no' ('gave no figures on Monday')."""
    return re.compile(
        r"(?i)(?<!\bno )(?<!\bany )\b(?:" + _alternation(sorted(nouns)) + r")\b[^.;:!?]{0,60}?\b" + _ON_DAY
    )


_EVENTS = ("briefing", "press conference", "news conference", "hearing", "speech", "address", "meeting",
           "broadcast", "programme", "program", "session", "interview", "telethon", "on air", "bulletin",
           "newscast", "edition")  # fmt: skip
_EVENTS_RX = _alternation(_EVENTS)
_EVENT_ON = _noun_on_day(_EVENTS)
# "Sunday evening's programme", "the Tuesday briefing": the day as the event's possessor or modifier
_DAYS_EVENT = re.compile(
    r"(?i)\b("
    + dates.WEEKDAY_RX
    + r")(?:\s+(?:morning|afternoon|evening|night))?(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}(?:"
    + _EVENTS_RX
    + r")\b"
)


# "..., the top US commander in Europe told lawmakers on Thursday": a hearing, its day right after
# the audience (not "told lawmakers that ... began on August 6")
_TOLD_A_HEARING = re.compile(
    r"(?i)\btold\s+(?:lawmakers|legislators|senators|parliament|the\s+committee)\s+" + _ON_DAY
)


def event_day(sentences: list[Sentence], doc_date: str | None, text: str = "") -> tuple[int, str] | None:
    """(lede sentence, day) when the story's lede — its first sentence of prose — reports a briefing,
    press conference, hearing, speech, meeting or broadcast held on a day before the page's ("at a
    joint press conference in Kyiv on Tuesday", "a transcript of Sunday evening's programme"); else
    the session a transcript's head dates (`_session_day`)."""
    lede = next(
        (s for s in sentences if not s.headline and not s.furniture and len(s.text.split()) >= 12), None
    )
    m = (
        (_EVENT_ON.search(lede.text) or _DAYS_EVENT.search(lede.text) or _TOLD_A_HEARING.search(lede.text))
        if lede is not None
        else None
    )
    if m is not None and lede is not None and _NOT_HELD.search(lede.text[max(0, m.start() - 40) : m.start()]):
        m = None  # "negotiators are due to hold a meeting in Istanbul on Friday": not held yet
    iso = dates.resolve_on_page("on " + m.group(1), doc_date) if m is not None else None
    if (
        lede is not None
        and iso is not None
        and doc_date is not None
        and len(iso) == 10
        and iso < doc_date[:10]
    ):
        return lede.idx, iso
    return _session_day(sentences, doc_date, text) if text else None


# "When I met Rustem Umerov ... on Sunday", "when we spoke to him on Friday": an interview's day
_MET_ON = re.compile(
    r"(?i)\bwhen\s+(?:I|we|our\s+correspondent)\s+(?:met|spoke\s+(?:to|with)|interviewed|visited)\b"
    r"[^.;:!?]{0,80}?\b" + _ON_DAY
)


# A sentence with an occasion of its own: a list item, an event it names ("told a televised government
# meeting"), a speaker it introduces ("Kim Seong-ho, a former army captain who ...", "The project Nashi
# Poteri, which ...", "speaking on condition of anonymity"): not one at the event named before
_OWN_OCCASION = re.compile(
    r"(?i)^\s*(?:[-•*]|\d+[.)])\s|\b(?:meeting|briefing|conference|hearing|speech|address|interview|session)\b"
    r"|^[^,]{0,60},\s+(?:a|an|who|which)\b|\bon\s+condition\s+of\s+anonymity\b"
)


def paragraph_event_day(
    sentences: list[Sentence], at: int, doc_date: str | None, name: str
) -> tuple[int, str] | None:
    """(sentence, day) of a briefing, meeting, speech or interview held on a day, named in one of the
    three sentences before `at` ("During a televised meeting on Monday, Putin heard from the governor.
    Smirnov told him that ..."; "When I met Rustem Umerov ... on Sunday, ... He said ..."), where the
    speaker `name` takes part: named in that sentence, or referred back to by a pronoun or a role in
    the sentence at `at`. No other time set in the sentences before `at` up to it, at most one
    paragraph break, and not an event to come or called off ("are due to hold a meeting on Friday"), nor for a
    sentence with an occasion of its own (`_OWN_OCCASION`) or one that turns elsewhere ("Separately,").
    What is said there is of that day, before the page's."""
    text = sentences[at].text
    if doc_date is None or _OWN_OCCASION.search(text) or _ELSEWHERE.match(text):
        return None
    breaks = 0
    for j in range(at - 1, max(-1, at - 4), -1):
        sj = sentences[j]
        if sentences[j + 1].line != sj.line:
            breaks += 1
        if sj.headline or breaks > 1:
            return None
        m = _EVENT_ON.search(sj.text) or _DAYS_EVENT.search(sj.text) or _MET_ON.search(sj.text)
        if m is not None:
            iso = dates.resolve_on_page("on " + m.group(1), doc_date)
            there = _named_in(name, sj.text) or _REFERS_BACK.search(text) is not None
            if (
                iso is None
                or len(iso) != 10
                or iso >= doc_date[:10]
                or not there
                or _NOT_HELD.search(sj.text[max(0, m.start() - 40) : m.start()])
            ):
                return None
            return j, iso
        if dates.TIME_PHRASE.search(sj.text):
            return None  # another time set nearer
    return None


def _named_in(name: str, text: str) -> bool:
    """Whether a text names the claimant `name`: by a registry alias, or a person by their surname, as
    whole words (not "war" of "Institute for the Study of War")."""
    e = lookup(name)
    names = [name, *(e.aliases if e is not None else ())]
    if e is None or e.kind == "person":
        names.append(name.split()[-1])
    return any(len(n) > 2 and re.search(r"\b" + re.escape(n) + r"\b", text) for n in names)


# an event to come or called off, in the words before it: "are due to hold a meeting on Friday", "cancelled
# an interview"
_NOT_HELD = re.compile(
    r"(?i)\b(?:will|would|due\s+to|is\s+to|are\s+to|plans?\s+to|scheduled|expected\s+to|"
    r"cancel\w*|postpone\w*|called\s+off)\b"
)
# a sentence turning to other news
_ELSEWHERE = re.compile(r"(?i)^\W*(?:separately|meanwhile|elsewhere|in\s+other\s+news)\b")
# a speaker referred back to: "He said", "According to him", "..., the colonel said", "The governor told"
_REFERS_BACK = re.compile(
    r"(?i)(?:\b(?:he|she|they)|\bthe\s+(?:[a-z-]+\s+){0,2}(?:governor|minister|colonel|general|commander|"
    r"president|spokesman|spokeswoman|official|chief|head))\s+(?:also\s+)?(?:said|says|told|added|stressed|noted|"
    r"claimed|estimated|reported)\b|\baccording\s+to\s+(?:him|her|them)\b|\btold\s+(?:him|her)\b"
)


def _session_day(sentences: list[Sentence], doc_date: str | None, text: str) -> tuple[int, str] | None:
    """A transcript headed by the day of its session, before the day it was published ("Oral
    evidence ... Tuesday 10 December 2024 / Published on 13 December 2024"): (that line, its day)."""
    if doc_date is None or not is_transcript(text):
        return None
    for s in sentences[:12]:
        if labelled(text, text.rfind("\n", 0, s.start) + 1):
            return None  # the transcript has begun
        m = dates.DAY_HEADING.match(s.text)
        if m is not None and re.search(r"\d{4}", m.group(1)):
            day = dates.resolve_on_page("on " + m.group(1), doc_date)
            if day is not None and len(day) == 10 and day < doc_date[:10]:
                return s.idx, day
    return None


# an occasion of speech a day can be the day of ("during a televised meeting on Monday", "Syrskyi briefed
# Zelensky on Wednesday", "toured the plant on Tuesday", "the ministry said on Sunday"): a session, a
# visit, an order or a reporting verb
_SPEECH_OCCASION = re.compile(
    r"(?i)\b(?:"
    + _EVENTS_RX
    + r"|briefed|talks|call|visit|visited|toured|trip|ordered|met|meets?|spoke|speaks?|talked|pronounced|declared)\b"
    + r"|\b(?:"
    + REPORT_FORMS_RX
    + r")\b"
)
# a statement of an occasion of its own: an indefinite or possessive occasion ("told Reuters in an interview
# in Sumy", "In a later statement, it said"), a speaker the sentence introduces ("Kim Seong-ho, a former
# army captain who defected in 2014, said", "speaking on condition of anonymity"), a time referred back
# ("killed in a strike the previous evening"), or a turn elsewhere ("later said")
_OWN_STATEMENT = re.compile(
    r"(?i)\b(?:in|at|during)\s+(?:an?|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|briefing|conference|"
    r"hearing|speech|address|interview|session|statement|post|video|update|report)\b"
    r"|\b(?:later|separate|subsequent|earlier)\s+(?:statement|post|update|report)\b"
    r"|\blater\s+(?:said|told|added|wrote|claimed|reported)\b|\b(?:said|told|added|wrote)\s+later\b"
    r"|^[^,]{0,60},\s+(?:a|an|who|which)\b|\bon\s+condition\s+of\s+anonymity\b"
    r"|\b(?:previous|same|following|next|earlier|later|that)\s+(?:day|evening|night|morning|afternoon)\b"
)
# a run of capitalised words, as a name is written ("Vladimir Putin", "Ukraine's General Staff")
_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
# a weekday or "yesterday" the paragraph set its narrative at (not a span's bound or a day off the
# narrative: "since Tuesday", "before Monday", "last Tuesday")
_PARAGRAPH_DAY = re.compile(
    r"(?i)(?<!since )(?<!until )(?<!from )(?<!by )(?<!before )(?<!after )(?<!last )(?<!next )(?<!this )"
    r"\b(?:on\s+)?(" + dates.WEEKDAY_RX + r"|yesterday)\b(?!['’]s)"
)


def paragraph_day(
    sentences: list[Sentence], at: int, doc_date: str | None, verb: Token | None, name: str
) -> tuple[int, str] | None:
    """(sentence, day) of a day an earlier sentence of the same paragraph set an occasion of speech on
    ("The official picture caught up during a televised meeting on Monday. Kursk's acting governor,
    Alexei Smirnov, told Vladimir Putin that ..."; "Syrskyi briefed Zelensky on Wednesday. ..., Syrskyi
    told him."): the last weekday or "yesterday" outside a quotation, with no other time named after
    it, before the page's day. A statement reported in the simple past (`verb`: 'told', 'said'; not
    'says', 'has said') with no time or occasion of its own is of that day. Not the day of a war event
    ("Ukrainian troops crossed into the region on Tuesday, August 6."), nor a day of someone else's the
    registry knows ("Putin held a meeting with his Security Council on Monday. Ukraine's General Staff
    reported ..."), unless that sentence names the speaker `name` too."""
    past = verb is not None and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
    text = sentences[at].text
    if doc_date is None or len(doc_date) != 10 or not past or dates.TIME_PHRASE.search(text):
        return None  # (a sentence that names a time of its own: "were killed today")
    if _OWN_STATEMENT.search(text) or _ELSEWHERE.match(text):
        return None
    for j in range(at - 1, -1, -1):
        sj = sentences[j]
        if sj.line != sentences[at].line or sj.headline:
            return None
        days = [m for m in _PARAGRAPH_DAY.finditer(sj.text) if not _quoted(sj.text, m.start())]
        times = list(dates.TIME_PHRASE.finditer(sj.text))
        if times and (not days or times[-1].start() > days[-1].end()):
            return None  # another time named after the day, or instead of one
        if not days:
            continue
        day = days[-1]
        # the whole time phrase the weekday stands in ("on Tuesday, August 6" is August 6)
        phrase = next((t.group(0) for t in times if t.start() <= day.start() < t.end()), day.group(0))
        iso = dates.resolve_on_page(phrase, doc_date)
        known = {e.name for run in re.findall(_NAME_RUN, sj.text) if (e := lookup(run)) is not None}
        if (
            iso is None
            or len(iso) != 10
            or iso >= doc_date
            or _NOT_HELD.search(sj.text[max(0, day.start() - 40) : day.start()])
            or not _SPEECH_OCCASION.search(sj.text)
            or (known and not _named_in(name, sj.text) and not SAME_OCCASION.search(text))
        ):
            return None
        return j, iso
    return None


# a sentence that refers back to the occasion named before ("At the same televised meeting, Kursk's acting
# governor told him ...", "In the same briefing, ..."): said there, whoever else the registry knows was there
SAME_OCCASION = re.compile(
    r"(?i)\b(?:at|during|in)\s+the\s+same\s+(?:[\w-]+\s+)?(?:"
    + _EVENTS_RX
    + r"|call|statement|report|bulletin|update|post|video)\b"
)


# a statement or figures given on an occasion of their own: "On Thursday the ministry gave fresh figures."
_GIVEN = re.compile(
    r"(?i)\b(?:figures?|statement|update|report|post|bulletin|gave|published|announced|briefed|"
    + REPORT_FORMS_RX
    + r")\b"
)
# words by which a text moves on from an occasion: "Smirnov later gave an interview", "has since revised"
_MOVED_ON = re.compile(r"(?i)\b(?:later|subsequently|afterwards|since\s+then)\b|\b(?:has|have|had)\s+since\b")


def carries_on(ctx: DocContext, j: int, at: int) -> bool:
    """Whether a statement an occasion dated (sentence `j`: `ctx.occasions`) still dates what its speaker
    says at sentence `at`: no sentence after it up to `at` sets another time for a statement or moves on
    from it ("On Thursday the ministry gave fresh figures.", "Smirnov later gave an interview ..."), and the
    sentence at `at` has no occasion of its own ("In a Telegram post, ..."). Any other dated statement
    carries on as it is."""
    if j not in ctx.occasions or j == at:
        return True
    for t in (ctx.sentences[k].text for k in range(j + 1, at + 1)):
        if _MOVED_ON.search(t) or (dates.TIME_PHRASE.search(t) and _GIVEN.search(t)):
            return False  # (not the time of an event: "On Saturday, the two countries swapped 103 prisoners")
    return _OWN_STATEMENT.search(ctx.sentences[at].text) is None


def _quoted(text: str, at: int) -> bool:
    """Whether a position of a sentence stands inside a quotation (straight or curly marks)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
