"""Attribution spans: a source introduced earlier speaks until another source is introduced.

News relays long statements without repeating "he said" in every sentence: a ministry's daily
bulletin quoted by an agency, an official's report to a head of state, a governor's televised
update, an analysis "according to" an institute, a list of losses after an intro line. The
sentence-level sieve rules decide first (a figure's own sentence, its quotation, its paragraph);
this rule is for the figures they leave in the article's voice. Walking back from the figure:

- A figure earlier in the document whose claimant a sentence-level rule found (or this rule,
  carried on) is the current speaker; so is a sentence without a figure that introduces one (a
  reporting verb with a resolvable subject — "Gerasimov reported to Putin that ..." — or a
  statement noun as the object of its verb — "Smirnov gave a televised update").
- The walk stops without a speaker at a heading, at a figure in the article's voice, at a
  sentence with a reporting verb whose speaker cannot be told (someone else speaks there), at a
  line ending with a colon that names no speaker ("By the numbers:" — the article's own list),
  or after `MAX_SENTENCES` sentences. A figure whose own sentence has a reporting verb of its
  own, or crediting unnamed reports ("reportedly", "allegedly"), takes no earlier speaker. A figure whose own sentence sets a month or a year ("In
  one exchange in mid-September, ...") is the writer's narrative and takes no speaker.

A speaker heard in the sentence just before, in the same paragraph, carries on (reported speech
runs on). Further away only when the style of the text says the report goes on: the speaker's
sentence frames a report (it ends with a colon, or names a bulletin, briefing,
update, list, analysis, assessment, …: `data/attribution.json` "report_framing"), or the
figure's sentence is backshifted indirect speech ("had liberated", "had been recaptured") or uses
a warring side's own words for the other ("the enemy", "the occupiers": `partisan_words`), or the
figure stands on a list line (a bullet, or a line after a line ending with a colon); and at most
`MAX_PARAGRAPHS` paragraphs after the speaker's (a list's lines count as one paragraph).

The figure takes the speaker's claimant, side and statement date (`date.speaker_span`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from kursk_claims.domain.registry import lookup, lookup_tail, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import attribution_data, governed_place_side
from kursk_claims.rules.datalines import caption_source, data_line, time_phrase
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.entries import BULLETIN_PERIOD, in_one_entry, names_it
from kursk_claims.rules.labels import ON_SCREEN
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.outlet import OWN_WORK
from kursk_claims.rules.phrases import (
    MEDIA_OBJECT_NOUNS,
    STATEMENT_NOUNS,
    Found,
    _reporting_verbs,
    is_media_object,
    media_object_author,
)
from kursk_claims.rules.sourced import according_to_source
from kursk_claims.rules.speaker_before import entity_just_before
from kursk_claims.rules.tree import BODY_WORDS, _subject_of
from kursk_claims.text import dates
from kursk_claims.text.reporting import REPORT_FORMS_RX, word_list_rx
from kursk_claims.text.segment import Sentence, ends_with_colon, quote_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kursk_claims.domain.registry import Entity

MAX_SENTENCES = 12  # how far back a speaker is looked for
MAX_PARAGRAPHS = 4  # how many paragraphs a framed report may run on for

# Claimant rules whose speaker a later figure may carry on (a figure's own source, not a fallback).
SPEAKER_RULES = frozenset(
    {
        "claimant.quote_speaker",
        "claimant.reporting_verb",
        "claimant.citing",
        "claimant.according_to",
        "claimant.attribution_pattern",
        "claimant.passive_agent",
        "claimant.reported_as_saying",
        "claimant.paragraph_continuation",
        "claimant.speaker_span",
        "claimant.floating_quote",  # a floated quotation floats the next one too
        "claimant.block_quote",
    }
)

_FRAMING = frozenset(attribution_data()["report_framing"])
# how one side names the other: a sentence using these carries on a warring side's account
_PARTISAN = word_list_rx("partisan_words")
# Words that credit a figure to unnamed reports: it is not the current speaker's
_UNNAMED_SOURCE = re.compile(
    r"(?i)\b(?:reportedly|allegedly|purportedly|is said to|are said to|were said to)\b"
)
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪●]|\d{1,2}[.)])\s+")
# past perfect, the backshift of reported speech: "had liberated", "had been recaptured", "had been taken"
_BACKSHIFT = re.compile(
    r"(?i)\bhad\s+(?:(?:been|already|also|only|just|not)\s+){0,2}\w+(?:ed|en|wn|lt|ght|ck)\b"
)
_REPORT_CUE = re.compile(r"(?i)\b(?:" + REPORT_FORMS_RX + r"|according\s+to)\b")


# the writer's own arithmetic on a figure just reported ("That amounts to a little over 4 per cent of the
# region", "That would mean the salient has lost three-fifths"), and where a place lies ("Sudzha lies
# about 6 miles from the border"), what has happened since ("Moscow has since clawed back ..."): background,
# not what the speaker before said
WRITER_ASIDE = re.compile(
    # (also after an opening phrase that names no one's view, "Taken at face value, that implies ...", "By
    # our arithmetic that means ...", not "In his view, that implies ...", and a figure named as the
    # subject, "The figure implies", "That percentage implies")
    r"^(?:(?!(?:[\w'’-]+\s+){0,5}?(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w-]+['’]s)\b)(?:[\w'’-]+\s+){1,5}[\w'’-]+,\s+"
    r"|(?i:by\s+our\s+\w+)\s+)?(?:(?i:that|this|which)|(?i:the|that|this|these|those)"
    r"\s+(?:figures?|numbers?|percentage|share|rate|total|estimate))\s+(?:would\s+|still\s+)?(?:amounts?|amounted|means?|"
    r"meant|puts?|represents?|represented|equals?|equalled|works?\s+out|impl(?:y|ies|ied)|suggests?|suggested)\b|^(?:The\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:now\s+)?(?:lies|sits)\s"
    # "Russia has since retaken more than half of that territory": the writer bridges to the present
    r"|^(?!(?:He|She|They|It|We)\b)(?:[A-Z][\w'’-]*\s+){1,3}(?:has|have)\s+since\s+(?!"
    + REPORT_FORMS_RX
    + r"\b)\w+"
)


class Speaker(NamedTuple):
    """Who speaks from a sentence on: the claimant, the sentence that introduced them, whether that
    sentence frames a report, and the statement's date when known."""

    name: str
    side: str | None
    head: str
    sent: int
    framed: bool
    date: str | None
    whole: bool = False  # introduced by a line announcing the report as a whole ("ISW reports.")
    kind: str = ""  # what the claimant is (`Found.kind`)


# "11,000 (Ukrainian estimate)", "10,000 (South Korea)", "8,000 (US)": a fact box credits each
# figure in brackets right after it
_BRACKETED = re.compile(
    r"^[^()\n;]{0,40}?\(\s*(?:according\s+to\s+|source:\s*|per\s+)?([^()\d\n,]{2,80}?)\s*"
    r"(?:,\s*([^()\n,]{3,30}?(?:,\s*(?:19|20)\d{2})?)\s*)?\)"
)  # "(DeepState, Feb. 5)", "(Zelenskyy, January 6, 2025)": the source, then when it said so
_SOURCE_WORDS = re.compile(r"(?i)\b(?:estimates?|figures?|data|claims?|says|count|tally|assessment)\b")


def bracketed_source(r: Resolver, t: Target) -> Attribution | None:
    """A source named in brackets right after the figure ("11,000 (Ukrainian estimate)"), or by the
    data line the figure stands on (a fact box's "[Zelensky, 19 Aug]", a table's source column):
    the way fact boxes credit each figure. The source must name a registry entity, a side with a
    source word ("Ukrainian estimate", "Russian claim") or as a proper name ("South Korea", "US"),
    or a named body ("Kursk regional authorities"); unit conversions ("(500 square miles)") hold
    digits and never match. A date after the source dates the figure."""
    text = r.ctx.document.text
    line = data_line(text, t.start, t.end)
    if line is not None and line.source is not None:
        got = _credited(line.source, line.when, "the data line's source", column=True)
        if got is not None:
            return _by_context(r, got, t)
    caption = caption_source(text, t.start) if line is not None and line.source is None else None
    if caption is not None:
        # "01.09.2024 — 1,170 sq km — day 27" ... "Source: DeepState; calculations by Texty.org.ua": the
        # chart's source line credits its rows, each on its row's date
        got = _credited(
            caption, line.when if line is not None else None, "the chart's 'Source:' line", column=True
        )
        if got is not None:
            return _by_context(r, got, t)
    line_end = text.find("\n", t.end)
    after = text[t.end : line_end if line_end >= 0 else len(text)]
    m = _BRACKETED.match(after)
    if m:
        got = _credited(m.group(1).strip(), time_phrase(m.group(2)), "after the figure")
        return _by_context(r, got, t) if got is not None else None
    # "- Russian Defense Ministry: Ukraine has lost more than 33,000 troops": a list line that opens
    # with its source, as a fact box sets each side's claim under its name
    line_start = text.rfind("\n", 0, t.start) + 1
    dated = _DATED_SOURCE.fullmatch(text, line_start, t.start)
    if dated is not None:
        # "- 27 August 2024: Syrskyi, 1,294 km²": a timeline's day, then who gave the figure
        who = dated.group("who").strip()
        e = _titled_name(who)
        if e is not None and e.kind != "media":
            why = Decision("claimant.bracketed_source", f"'{dated.group('when')}: {who},' opens the line")
            return Attribution(e.name, e.side, why, None, who, time_text=time_phrase(dated.group("when")))
    plain = _DATED_LABEL.match(text, line_start, t.end)
    if plain is not None and plain.end() <= t.start:
        e = lookup(plain.group("who").strip())
        if e is not None and e.kind in ("person", "body"):
            why = Decision("claimant.bracketed_source", f"'{plain.group(0).strip()}' opens the line")
            when = time_phrase(plain.group("when"))
            return Attribution(e.name, e.side, why, None, plain.group("who").strip(), time_text=when)
    label = _SOURCE_LABEL.match(text, line_start, t.start) or _STATEMENT_LABEL.match(
        text, line_start, t.start
    )
    # "- RU MoD weekly summary (17 Jan): ...": the body whose statement the label names
    named = _STATEMENT_TAIL.sub("", label.group(1)) if label is not None else ""
    e = lookup(named) if label is not None else None
    if label is not None and e is None and named:
        # "The Defence Ministry's evening summary: ...": a body named without its country, by context
        found = r.body_by_name(named, text[line_start : t.end], t.start, named.lower())
        e = lookup(found.name) if found is not None and names_it(named, found.name) else None
    if label is not None and e is not None and e.kind != "media":
        # "- Khinshtein (Telegram, 16 Jan): 5 civilians killed": a bracket after the name dates it
        bracket = label.groupdict().get("bracket") or ""
        when = next((w for w in map(time_phrase, bracket.split(",")) if w), None)
        return Attribution(
            e.name,
            e.side,
            Decision("claimant.bracketed_source", f"'{label.group(1)}:' opens the line"),
            None,
            label.group(1),
            time_text=when,
        )
    return None


# "The Ukrainian General Staff's morning update: over the past 24 hours, ...", "Volodymyr Zelensky in his
# evening address: Ukrainian forces control 74 settlements": a statement named before a colon
_STATEMENT_LABEL = re.compile(
    r"\s*(?:The\s+)?([A-Z][^:\n\d|]{1,60}?)(?:['’]s|\s+in\s+(?:his|her|its|their))\s+(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(sorted(STATEMENT_NOUNS))
    + r")\s*:\s"
)
_STATEMENT_TAIL = re.compile(
    r"(?:\s+(?:daily|weekly|monthly|morning|evening|latest|official))?\s+(?:"
    + "|".join(sorted(STATEMENT_NOUNS))
    + r")$"
)
# a day with its year: "12 March 2025", "March 12, 2025", "Oct. 25, 2024"
_DAY_RX = r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
_DATED_SOURCE = re.compile(
    r"\s*[-–—•*·▪●]?\s*(?P<when>" + _DAY_RX + r")\s*:\s*"
    r"(?P<who>[A-Z][^,:;\n\d\"“]{1,60}?),\s*[\"“]?"
)
# (or a broadcast's on-screen line opening with its source: "TICKER: General Staff: Russian losses ...")
_SOURCE_LABEL = re.compile(
    r"\s*(?:[-–—•*·▪●]|"
    + ON_SCREEN
    + r")\s*([A-Z][^:\n\d|()]{1,80}?)\s*(?:\((?P<bracket>[^()\n]{2,40})\)\s*)?:\s"
)
# "Russian General Staff, March 12, 2025: 67,000 killed and wounded", "NIS (January 13, 2025): about
# 300 killed": a fact box's line with no bullet that opens with its source and the day it spoke, then
# the figures
_DATED_LABEL = re.compile(
    r"\s*(?P<who>[A-Z][^:\n\d|()]{1,80}?)\s*(?:,\s*|\(\s*)(?P<when>"
    + _DAY_RX
    + r")\)?\s*:\s+(?=(?:(?:more|less|fewer)\s+than|over|under|about|around|some|nearly|almost|at\s+least|up\s+to|"
    r"roughly|approximately|~)?\s*\d)"
)


# A source as a fact box names it: a capitalised name, no figures ("Rosstat", "Eastern Ledger calculation").
_NAMED_SOURCE = re.compile(r"^[A-Z][^\d]{1,60}$")


def _by_context(r: Resolver, att: Attribution, t: Target) -> Attribution:
    """A bracket's institution named without its country ("(General Staff, August 2024)") as the
    article's context resolves it (`Resolver.body_by_name`): the line's own words, then the article."""
    if att.name is None or att.side is not None or lookup(att.name) is not None:
        return att  # (a name with its country or side, "Ukrainian General Staff source", stays as written)
    text = r.ctx.document.text
    line = text[text.rfind("\n", 0, t.start) + 1 : max(t.end, text.find("\n", t.end))]
    found = r.body_by_name(att.name, line, t.start, att.name.lower())
    return replace(att, name=found.name, side=found.side) if found is not None else att


def _credited(inside: str, when: str | None, where: str, column: bool = False) -> Attribution | None:
    """The claimant a fact box's source names, if it names one (see `bracketed_source`); a data
    line's own source (`column`) names its source whatever it is ("[Rosstat]", "[Eastern Ledger
    calculation]"), as long as it is a capitalised name without figures."""
    decision = Decision("claimant.bracketed_source", f"'({inside})' {where}")
    name, comma, described = inside.partition(",")
    if column and comma and described.strip():
        # a source column's "Oleksandr Syrskyi, Ukrainian commander-in-chief", "General Staff source,
        # speaking to Reuters": the name, with the side its description gives when it has none
        got = _credited(name.strip(), when, where, column)
        if got is not None and got.side is None:
            got = replace(got, side=side_of_phrase(described))
        if got is not None:
            return replace(got, decision=decision)
    # "South Korea's National Intelligence Service", "South Korea's NIS"; "Syrskyi to Zelenskyy", "Syrskyi
    # briefing": a speaker and whom they told, or their statement
    e = (
        lookup(inside)
        or lookup(re.sub(r"^.*?['’]s\s+", "", inside))
        or lookup(re.sub(r"\s+(?:to|before)\s+[A-Z].*$|" + _STATEMENT_TAIL.pattern, "", inside))
        # ("NIS briefing to lawmakers": the statement, then its audience)
        or lookup(_STATEMENT_TAIL.sub("", re.sub(r"\s+(?:to|before)\s+\w+$", "", inside)))
    )
    if e is not None and e.kind != "media":
        return Attribution(e.name, e.side, decision, None, inside, time_text=when)
    side = side_of_phrase(inside)
    words = inside.split()
    named = len(words) <= 3 and all(w[:1].isupper() for w in words)  # "(South Korea)", "(US)"
    if side is not None and (_SOURCE_WORDS.search(inside) or named):
        return Attribution(inside, side, decision, None, inside, time_text=when)
    if (named and len(words) >= 2 and when is not None) or BODY_WORDS.search(inside):
        # "(Coordination Headquarters, Feb. 5)", "(Kursk regional authorities)": a named source
        # with its date, as a fact box lists them
        return Attribution(
            inside, side or governed_place_side(inside), decision, None, inside, time_text=when
        )
    if column and _NAMED_SOURCE.match(inside):
        return Attribution(inside, side, decision, None, inside, time_text=when)
    return None


FLOAT_BACK = 5  # how many sentences back a floating quotation's speaker is looked for


def floating_quote(r: Resolver, t: Target) -> Attribution | None:
    """A quotation that no reporting verb attributes ('"In some sectors we have gone 28 to 35
    kilometres deep."' standing alone after a speaker's paragraph) is the last person quoted or
    reported within `FLOAT_BACK` sentences before it: news floats a speaker's further quotations
    without repeating "he said". A heading, a figure in the article's voice or another unknown
    speaker in between ends the search."""
    ctx = r.ctx
    s = t.s
    if t.quote is None:
        return None
    for j in range(s.idx - 1, max(-1, s.idx - FLOAT_BACK - 1), -1):
        sj = ctx.sentences[j]
        if sj.furniture:
            continue
        if sj.headline and not _BULLET.match(sj.text):
            return None  # a heading (a quotation's list line is none)
        earlier = ctx.claims_in(sj)
        for c in reversed(earlier):
            rule = c.evidence.get("claimant", {}).get("rule")
            if c.claimant is None or rule not in SPEAKER_RULES:
                return None
            if _is_person(c.claimant) or rule == "claimant.floating_quote":
                return _floating(c.claimant, c.claimant_side, c.claim_date, sj.text)
        if earlier:
            continue
        sdoc = ctx.parsed.get(j)
        if sdoc is None:
            continue
        found = _introduced(r, sdoc, j, s.idx)
        # (a body too when its line introduces the quotation: "The ministry said in its bulletin:")
        if isinstance(found, Speaker) and (
            found.kind == "person" or (j == s.idx - 1 and ends_with_colon(sj.text))
        ):
            return _floating(found.name, found.side, found.date, sj.text)
        if found is None and j == s.idx - 1 and _opens_paragraph(ctx.document.text, t.quote.start):
            # the paragraph before a quotation that opens its own paragraph is its lead-in: "Bereza
            # answered for ten minutes." / "She spoke to us last week." — its subject is the speaker
            lead = _lead_in_person(r, sdoc, j, s.idx)
            if lead is not None:
                return _floating(lead.name, lead.side, None, sj.text)
    return None


def _opens_paragraph(text: str, pos: int) -> bool:
    return pos == 0 or text[text.rfind("\n", 0, pos) + 1 : pos].strip() == ""


def _lead_in_person(r: Resolver, sdoc: Doc, j: int, around: int) -> Found | None:
    """The person a lead-in sentence is about: the subject of its main verb, when it resolves to a person."""
    root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
    subj = _subject_of(root) if root is not None else None
    if subj is None:
        return None
    got = r.resolve_subject(subj, j, around)
    return got if got is not None and got.kind == "person" else None


def _is_person(name: str) -> bool:
    e = lookup(name)
    if e is not None:
        return e.kind == "person"
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not BODY_WORDS.search(name)


def _floating(name: str, side: str | None, date: str | None, where: str) -> Attribution:
    return Attribution(
        name,
        side,
        Decision("claimant.floating_quote", f"a quotation after '{where[:60]}': {name}, quoted last"),
        None,
        name.split()[-1].lower(),
        inherited_date=date,
    )


def speaker_span(r: Resolver, t: Target, aside: bool = False) -> Attribution | None:
    """The speaker an earlier sentence introduced, while their report runs on (module docstring).
    With `aside`, the figure is the writer's aside inside its sentence (a bracketed gloss): what
    the rest of the sentence says or dates does not count."""
    ctx = r.ctx
    s = t.s
    if t.quote is not None:
        return None  # a quotation nobody was found to speak is not the narrator's report either
    # (a tally's period, "since 6 August", only right after a sentence that frames a report)
    tally = (s.idx > 0 and _framed(ctx.sentences[s.idx - 1].text)) or bool(_BACKSHIFT.search(s.text))
    if not aside and (_own_sentence_decides(s.text, t.sdoc, tally) or WRITER_ASIDE.match(s.text)):
        return None
    # "Geolocated footage from August 9 shows ...": the footage is evidence; whose, only a report
    # announced as a whole ("The Institute for the Study of War reports.") says
    footage = not aside and (
        _dated_narrative(s.text, tally=tally) or (t.sdoc is not None and _has_own_speaker(t.sdoc))
    )
    for j in range(s.idx - 1, max(-1, s.idx - MAX_SENTENCES - 1), -1):
        sj = ctx.sentences[j]
        if sj.furniture:
            continue
        if sj.headline and not _BULLET.match(sj.text) and not ends_with_colon(sj.text):
            return None  # a heading (a list line or an intro line is no heading)
        earlier = ctx.claims_in(sj)
        if not earlier and quote_at(ctx.quotes, sj.start + 1, sj.end - 1) is not None:
            continue  # '"... Here is what the brigade did, in numbers:"': the speaker's own words; who, further back
        speaker: Speaker | None = None
        if earlier:
            last = earlier[-1]
            rule = last.evidence.get("claimant", {}).get("rule")
            if last.claimant is None or rule not in SPEAKER_RULES:
                return None  # the article's own voice (or a background fact) stands between
            opener, framed, whole = ctx.span_openers.get(last.start, (j, _framed(sj.text), False))
            speaker = Speaker(
                last.claimant,
                last.claimant_side,
                ctx.claimant_heads.get(last.start, ""),
                opener,
                framed,
                last.claim_date,
                whole=whole,
            )
        else:
            sdoc = ctx.parsed.get(j)
            if sdoc is None:
                if _REPORT_CUE.search(sj.text):
                    return None  # someone speaks there whom the rules cannot see
                continue
            found = _introduced(r, sdoc, j, s.idx)
            if isinstance(found, bool):
                return None  # someone unknown speaks there
            speaker = found
        if speaker is None:
            if ends_with_colon(sj.text):
                return None  # "By the numbers:": the article introduces its own list
            continue
        if not speaker.framed:
            speaker = _earlier_framing(r, speaker, j, s.idx)
        if footage and not speaker.whole:
            return None
        if not _runs_on(ctx.sentences, speaker, j, s.idx):
            return None
        ctx.span_openers[t.start] = (speaker.sent, speaker.framed, speaker.whole)
        if speaker.date is None:
            # "He also listed equipment.": the day the speaker was last heard on
            said = [c.claim_date for c in ctx.claims if c.claimant == speaker.name and c.start < sj.start]
            speaker = speaker._replace(date=said[-1] if said else None)
        return Attribution(
            speaker.name,
            speaker.side,
            Decision(
                "claimant.speaker_span",
                f"'{ctx.sentences[speaker.sent].text[:60]}' introduced {speaker.name}, whose report runs on",
            ),
            None,
            speaker.head,
            inherited_date=speaker.date or ctx.doc_date,
        )
    return None


def _introduced(r: Resolver, sdoc: Doc, j: int, around: int) -> Speaker | bool | None:
    """The speaker a sentence without figures introduces; False when someone unknown speaks there."""
    ctx = r.ctx
    sj = ctx.sentences[j]
    verbs = [v for v in _reporting_verbs(sdoc) if v.dep_ in ("ROOT", "conj", "parataxis", "ccomp", "advcl")]
    if ends_with_colon(sj.text):
        # "It listed the following:": whoever introduces a list speaks for it, whatever the verb
        verbs += [t for t in sdoc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and t not in verbs]
    # "He also listed equipment.", "The ministry gave a tally.": a verb that is, or whose object
    # is, a report's framing word
    verbs += [
        t
        for t in sdoc
        if t.dep_ == "ROOT"
        and t.pos_ == "VERB"
        and t not in verbs
        and (t.lower_ in _FRAMING or any(c.dep_ == "dobj" and c.lower_ in _FRAMING for c in t.children))
    ]
    # "X gave a televised update", "X issued a statement": a statement noun as the verb's object; "X
    # marked the milestone with its usual morning update"
    verbs += [
        t.head
        for t in sdoc
        if t.dep_ == "dobj" and t.lemma_.lower() in STATEMENT_NOUNS and t.head.pos_ in ("VERB", "AUX")
    ]
    verbs += [
        t.head.head
        for t in sdoc
        if t.dep_ == "pobj"
        and t.lemma_.lower() in STATEMENT_NOUNS
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)  # its own: "with its update"
        and t.head.lower_ == "with"
        and t.head.head.dep_ == "ROOT"
        and t.head.head.pos_ == "VERB"
    ]
    unknown = False
    subjects = [(v, _subject_of(v) or entity_just_before(sdoc, v)) for v in verbs]
    if ends_with_colon(sj.text) and (cited := according_to_source(sdoc)) is not None:
        # "According to the Russian Defense Ministry's summary on Tuesday, over the past day:"
        subjects.insert(0, (cited, cited))
    for v, subj in subjects:
        if subj is None:
            unknown = unknown or v.dep_ == "ROOT"
            continue
        got: Found | None = r.resolve_subject(subj, j, around)
        if (got is None or got.name.lower() in ("it", "they")) and subj.lower_ in ("it", "they") and j > 0:
            # "It listed the following:": the body the sentence before introduced
            prev = ctx.parsed.get(j - 1)
            before = _introduced(r, prev, j - 1, around) if prev is not None else None
            if isinstance(before, Speaker):
                return before._replace(sent=j, framed=before.framed or _framed(sj.text))
        if got is None or got.name.lower() in ("i", "we", "it", "they"):
            unknown = True
            continue
        if got.kind not in ("person", "body", "group", "media"):
            continue
        when = None
        for m in dates.TIME_PHRASE.finditer(sj.text):
            if _PERIOD_BEFORE.search(sj.text[: m.start()]) or quote_at(
                ctx.quotes, sj.start + m.start(), sj.start + m.end()
            ):
                continue  # "during the week of December 21–27": the period reported on, not the report's day; a
                # time the quotation speaks of ("On this day a year ago we went across," he wrote on Wednesday)
            when = ctx.on_page(m.group(0))
            if when:
                break
        bare = _bare_report(v)
        framed = _framed(sj.text) or bare
        return Speaker(got.name, got.side, got.head, j, framed, when, bare, got.kind)
    return False if unknown else None


# A time phrase that starts a period: "since 6 August", "during the week of December 21", "between ..."
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:since|from|between|during|over|week\s+of|period\s+of)\s+(?:the\s+)?$")


def _earlier_framing(r: Resolver, speaker: Speaker, j: int, around: int) -> Speaker:
    """The same speaker's earlier framing of the report ("X posted a video address. He said ..."):
    the speaker as introduced there, else as found."""
    ctx = r.ctx
    for k in range(j - 1, max(-1, j - MAX_SENTENCES), -1):
        sk = ctx.sentences[k]
        if sk.headline:
            break
        if sk.furniture or not _framed(sk.text):
            continue
        sdoc = ctx.parsed.get(k)
        if sdoc is None:
            continue
        found = _introduced(r, sdoc, k, around)
        if isinstance(found, Speaker) and found.name == speaker.name:
            return speaker._replace(sent=k, framed=True, date=speaker.date or found.date)
    return speaker


def _has_own_speaker(sdoc: Doc, footage: bool = False) -> bool:
    """Whether a sentence has a reporting verb with a subject of its own ("ISW estimated that ...").
    With `footage`, footage that "shows" something is no speaker (unless it names an author)."""
    for v in _reporting_verbs(sdoc):
        if v.dep_ not in ("ROOT", "conj", "parataxis", "advcl"):
            continue
        subj = _subject_of(v)
        if subj is None:
            continue
        if footage and is_media_object(subj) and media_object_author(subj, None) is None:
            continue
        return True
    return False


def _own_sentence_decides(text: str, sdoc: Doc | None, tally: bool = False) -> bool:
    """Whether the figure's own sentence rules out an earlier speaker: it tells an event in the
    writer's voice ("In one exchange in mid-September, ..."), credits unnamed reports ("Russia
    reportedly deployed ..."), or has a speaker of its own the sieve could not place."""
    return (
        _dated_narrative(text, footage=True, tally=tally)
        or bool(_UNNAMED_SOURCE.search(text))
        or bool(OWN_WORK.search(text))  # "By our reading of the maps, ...": the writer's own
        or (sdoc is not None and _has_own_speaker(sdoc, footage=True))
    )


def _bare_report(v: Token) -> bool:
    """ "The Institute for the Study of War reports.": a reporting verb that ends its sentence with
    nothing reported frames what follows, as a colon would."""
    rest = [t for t in v.doc[v.i + 1 :] if not t.is_punct and not t.is_space]
    return not rest and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in v.children)


def _framed(text: str) -> bool:
    """Whether a sentence frames a report that goes on: it ends with a colon or names one."""
    if ends_with_colon(text):
        return True
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & _FRAMING)


# a media object right before a time phrase: "footage from August 9", "imagery posted on August 9"
_MEDIA_DATED = re.compile(r"(?i)\b(?:" + "|".join(sorted(MEDIA_OBJECT_NOUNS)) + r")\b(?:\s+[a-z]+){0,2}\s*$")


def _dated_narrative(text: str, footage: bool = False, tally: bool = False) -> bool:
    """A sentence that sets its own time with a month or a year tells an event in the writer's voice.
    With `footage`, the date of a piece of footage ("footage from August 9 shows ...") dates the
    footage, not the telling."""
    return any(
        re.search(r"\d{4}|" + dates.MONTH_RX, m.group(0))
        and not (footage and _MEDIA_DATED.search(text[: m.start()]))
        # (a tally's period is no event: "Ukraine has lost more than 31,200 servicemen since 6 August")
        and not (tally and re.search(r"(?i)\bsince\s+$", text[: m.start()]))
        for m in dates.TIME_PHRASE.finditer(text)
    )


def _runs_on(sentences: list[Sentence], speaker: Speaker, last: int, idx: int) -> bool:
    """Whether the speaker's report (last heard in sentence `last`) still runs at sentence `idx`."""
    here, there = sentences[idx], sentences[last]
    if last == idx - 1 and here.line == there.line:
        return True  # the next sentence of the same paragraph
    # (a list's lines are one paragraph: "— tanks destroyed: 41" / "— UAVs downed: 1,040" ...)
    between = sentences[speaker.sent : idx + 1]
    listed = any(_BULLET.match(s.text) for s in between)
    paragraphs = len({s.line for s in between if not _BULLET.match(s.text)}) + listed - 1
    if paragraphs > MAX_PARAGRAPHS:
        return False
    if speaker.framed:
        return True
    if in_one_entry(sentences, speaker.sent, idx) and BULLETIN_PERIOD.search(here.text):
        return True
    if _BACKSHIFT.search(here.text):
        return True
    if speaker.side in ("ukraine", "russia") and _PARTISAN.search(here.text):
        return True  # "the enemy has lost ...": a side's own words, not the writer's
    prev_line_end = sentences[idx - 1].text.rstrip() if idx > 0 else ""
    return bool(_BULLET.match(here.text)) or (
        ends_with_colon(prev_line_end) and sentences[idx - 1].line != here.line
    )


def _titled_name(who: str) -> Entity | None:
    """The registry entity a source credit names, also after a title ('Acting Kursk governor Alexei
    Smirnov', 'Commander-in-chief Oleksandr Syrskyi')."""
    return lookup(who) or lookup_tail(who.split(), shortest=1, max_drop=4)
