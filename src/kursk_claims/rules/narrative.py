"""A narrative of the past: a statement inside the story of earlier events the text tells, which the
claim-date rules leave undated (`date.narrative_past`), and the present a sentence states."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kursk_claims.rules.decision import Decision
from kursk_claims.rules.outlet import told_the_outlet
from kursk_claims.rules.phrases import REPORT_VERBS
from kursk_claims.text import dates
from kursk_claims.text.reporting import REPORT_FORMS_RX, REPORT_VERB_FORM
from kursk_claims.text.segment import Sentence, quote_at
from kursk_claims.text.story import story_period

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kursk_claims.rules.attribution import Attribution
    from kursk_claims.rules.context import DocContext


def narrative_past(ctx: DocContext, s: Sentence, name: str, rule: str = "") -> str | None:
    """The nearest time the text sets before this sentence (within its section), if that time is
    well before the document date: the statement belongs to a narrative of earlier events. Not when
    the sentence speaks of the present ("now", "currently"), nor past a sentence in which the same
    claimant speaks without a time: the figure carries on that statement ("Gerasimov declared ...
    He claimed ..."), nor for words said to the page (`_said_to_the_page`)."""
    base = ctx.base
    if base is None or _PRESENT.search(s.text) or told_the_outlet(ctx.document.outlet, s.text):
        return None  # (a statement made to the page's own outlet is of the page's time)
    own = _name_words(name)
    for j in range(s.idx - 1, max(-1, s.idx - 13), -1):  # its own sentence dates the event, not the statement
        sj = ctx.sentences[j]
        if sj.headline and j != s.idx:
            break
        if sj.furniture:
            continue
        if own & set(re.findall(r"[a-z]+", sj.text.lower())) and REPORT_VERB_FORM.search(sj.text):
            if not dates.TIME_PHRASE.search(sj.text):
                return None
        found: list[str] = []
        for m in dates.TIME_PHRASE.finditer(sj.text):
            before = sj.text[: m.start()].lower()
            if (
                re.search(r"\b(?:since|between|from)\b[^,;]*$", before)
                or ((rel := _RELATIVE_TIME.search(before)) and not REPORT_VERB_FORM.search(rel.group(0)))
                or quote_at(ctx.quotes, sj.start + m.start(), sj.start + m.end())
            ):
                # "since August 2024", "between ... and ...": a period, not the narrative time; "the
                # adventure of the Kiev regime, which began on August 6": when a thing named began (but
                # "Budanov, who said in October ...": when a statement was made)
                continue
            d = ctx.on_page(m.group(0))
            if d:
                found.append(d)
                if not _well_before(base, d):
                    return None  # the nearest time set is recent: the present narrative
        if found:
            return None if _said_to_the_page(ctx, s, rule, j) else found[0]
    return None


def _said_to_the_page(ctx: DocContext, s: Sentence, rule: str, j: int) -> bool:
    """Words the page gathered for itself, of its own time whatever narrative stands before them (their
    claimant found by `rule`): an answer in the page's interview, or direct speech, a sentence opening a
    quotation or inside one ('"After one attack we counted more than 40 bodies," he said'). Not a
    fragment quoted inside the writer's sentence ('stated that North Korea has experienced "several
    hundred" casualties'), speech whose tag sends it back ('..., Singh said at the time', 'Gerasimov told
    Putin then', 'Putin said in reply'), nor speech right after the writer's own sentence that set the
    narrative's time in the same paragraph ('Last August, Kyiv's top commander addressed the nation.
    "...," Syrskyi said')."""
    if rule == "claimant.interview_answer":
        return True
    first = s.start + len(s.text) - len(s.text.lstrip())
    q = quote_at(ctx.quotes, first, first + 1)
    if rule != "claimant.quote_speaker" or q is None:
        return False
    tag = s.text[max(0, q.end - s.start) :]
    sj = ctx.sentences[j]
    # (the writer's sentence opening on that time: "Last summer, the general staff set out its goals.")
    # (a time in its opening phrase: "Days into the incursion in August 2024, Zelensky was jubilant.")
    head, comma, _ = sj.text.partition(",")
    fronted = bool(comma) and dates.TIME_PHRASE.search(head) is not None
    scene = j == s.idx - 1 and sj.line == s.line and fronted
    return not (scene or _BACK_THEN.search(tag))


# a speech tag that sends the words back to the narrative's time: "..., Singh said at the time"
_BACK_THEN = re.compile(
    r"(?i)\b(?:then|later|afterwards|subsequently|at\s+(?:the|that)\s+time|in\s+(?:reply|response)|that\s+(?:same\s+)?"
    r"(?:day|week|month|year|morning|afternoon|evening|night|summer|autumn|spring|winter))\b"
)


# a time in a relative clause: "..., which began on August 6 last year", "that started in August"
_RELATIVE_TIME = re.compile(r"(?i),?\s\b(?:which|that|who)\s+(?:[\w'’]+\s+){0,5}$")
# The present, stated: "Ukraine now risks losing ...", "forces currently hold ...", "said in its latest
# assessment".
_PRESENT = re.compile(
    r"(?i)\b(?:now|currently|at present|today|presently|(?:its|their|his|her)\s+latest\s+(?:assessment|report|update|estimate|briefing|statement|bulletin|summary|figures?|data|map))\b"
)


def states_the_present(sdoc: Doc) -> bool:
    """A sentence whose own verb, not a reporting one, is in the present perfect states what holds
    now ("Russian forces have retaken two-thirds of that area, according to ..."), not a past the
    text narrates; so does a verb in the present, simple or progressive ("Its defence ministry
    claims ...", "Some 2,000 people are still living in temporary centres, according to ...")."""
    root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if root.tag_ in ("VBZ", "VBP"):
        return True  # "Its defence ministry claims that ...": a claim standing now, as the page writes
    if root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in root.children):
        return True  # "Some 2,000 people are still living in temporary centres, according to ..."
    return (
        root.tag_ == "VBN"
        and root.lemma_.lower() not in REPORT_VERBS  # "have repeatedly claimed": said some time, undated
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in root.children)
    )


def _name_words(name: str) -> set[str]:
    """The last distinctive lowercase word of a claimant's name, as a later mention shortens it
    ('Sergei Rudskoi' -> rudskoi; 'South Korea National Intelligence Service' -> intelligence)."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 3 and w not in _GENERIC_NAME_WORDS]
    return set(words[-1:])


_GENERIC_NAME_WORDS = frozenset(
    {"ministry", "defence", "defense", "general", "staff", "forces", "armed", "military", "office", "service"}
)


def _well_before(base: date, iso: str) -> bool:
    """Whether a time (YYYY, YYYY-MM or YYYY-MM-DD) lies well before the page's: more than 60 days, or
    an earlier year when only the year is known."""
    return (len(iso) >= 7 and _days_back(base, iso) > 60) or (len(iso) == 4 and int(iso) < base.year)


def _days_back(base: date, iso: str) -> int:
    """How many days before `base` the month of an ISO time (YYYY-MM or longer) begins."""
    return (base - date(int(iso[:4]), int(iso[5:7]), 1)).days


def narrative_year(ctx: DocContext, s: Sentence, upto: int) -> str | None:
    """The time with a year the text set last before character `upto` of sentence `s`
    (`last_time_set`), when that time is well before the document date: the year a retrospective's
    narrative has reached ('Ukraine crossed the border on August 6, 2024. ... By mid-October, ...')."""
    base, d = ctx.base, last_time_set(ctx, s, upto)
    return d if base is not None and d is not None and _days_back(base, d) > 60 else None


def last_time_set(ctx: DocContext, s: Sentence, upto: int) -> str | None:
    """The time with a year (to the month at least) the text set last before character `upto` of
    sentence `s`, its own words first, then up to 12 sentences back within the section; not when a
    period began ('since the invasion on Feb. 24, 2022') nor a time in a relative clause ('the
    incursion that began on August 6, 2024', 'Zelensky, who launched it in August 2024,')."""
    for j in range(s.idx, max(-1, s.idx - 13), -1):
        sj = ctx.sentences[j]
        if sj.headline and j != s.idx:
            break
        text = sj.text[:upto] if j == s.idx else sj.text
        for m in reversed(list(dates.TIME_PHRASE.finditer(text))):
            before = text[: m.start()]
            if (
                not dates.YEAR.search(m.group(0))
                or re.search(r"(?i)\b(?:since|between|from)\b[^,;]*$", before)
                or _RELATIVE_TIME.search(before)
                or re.search(r"(?i),\s+(?:which|who|that)\s[^,]*$", before)
            ):
                continue
            d = ctx.on_page(m.group(0))
            if d and len(d) >= 7:
                return d
    return None


def month_from(anchor: str, phrase: str) -> str | None:
    """A month named without its year, read forward from the narrative's time: the first such month
    on or after `anchor` ('By mid-October' after August 2024 -> 2024-10; 'that January' after
    October 2024 -> 2025-01)."""
    y, m = int(anchor[:4]), int(anchor[5:7])
    y, m = y + (m + 10) // 12, (m + 10) % 12 + 1  # eleven months on: the latest such month up to there
    end = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    return dates.resolve_time_phrase(phrase, end)


def time_on_page(ctx: DocContext, s: Sentence, phrase: str) -> str | None:
    """A time phrase resolved against the page's date; in an update appended to a page dated to the
    day, a weekday is the one on or after the page's day (an update reports what came later); a day of
    the month alone ("on the 20th") is of the month the sentence or the one before names, if any;
    "the previous August" is the one before the time the text set last; a month without its year more
    than half a year before the page's date, in a narrative of earlier events, is read on from the
    narrative's year (`narrative_year`, `month_from`); on a page with no date, a month is the first
    such month on or after the story's start."""
    text = ctx.document.text
    if (
        ctx.doc_date is not None
        and len(ctx.doc_date) == 10
        and dates.UPDATE_LINE.match(text, text.rfind("\n", 0, s.start) + 1)
        and re.search(dates.WEEKDAY_RX, phrase, re.IGNORECASE)
        and not re.match(r"(?i)last\b", phrase)  # ("last Friday" is the week before)
    ):
        return dates.resolve_time_phrase(phrase, date.fromisoformat(ctx.doc_date) + timedelta(days=6))
    nth = re.fullmatch(r"(?i)on\s+the\s+(\d{1,2})(?:st|nd|rd|th)", phrase.strip())
    if nth is not None:
        # "On February 18, Russian forces attacked. The ministry said on the 20th ...": the month named last
        # before it, with a day or a year (not "may", "marines"), if that day is not after the page's
        before = (ctx.sentences[s.idx - 1].text if s.idx else "") + " " + s.text[: s.text.find(phrase)]
        named = [a or b for a, b in _NAMED_MONTH.findall(before)]
        got = ctx.on_page(f"{named[-1]} {nth.group(1)}") if named else None
        if got is not None and (ctx.doc_date is None or got <= ctx.doc_date):
            return got
    if re.match(r"(?i)(?:the\s+)?previous\s", phrase.strip()):
        # "In March 2025, Gerasimov claimed ... The previous August, Syrskyi had said ...": the month
        # before the time the text set last
        told = last_time_set(ctx, s, max(0, s.text.find(phrase)))
        last = dates.parse_iso(told if len(told or "") == 10 else f"{told}-01" if told else None)
        if last is not None:
            return dates.resolve_time_phrase(phrase, last - timedelta(days=1))
    got = ctx.on_page(phrase)
    if (
        got is None
        and ctx.doc_date is None
        and re.search(dates.MONTH_RX, phrase)
        and not dates.YEAR.search(phrase)
    ):
        # a page with no date of its own: "in January", "on January 13" is the first such month on or
        # after the story's start, as a day named without its year dates an undated page (data/story.json)
        start = story_period()[0]
        return month_from(f"{start:%Y-%m}", phrase)
    base = ctx.base
    if (
        got
        and len(got) >= 7
        and base is not None
        and re.search(dates.MONTH_RX, phrase)
        and not dates.YEAR.search(phrase)
        and not re.search(r"(?i)\byear\b", phrase)  # ("in April last year" names its year)
        and _days_back(base, got) > _RECENT_DAYS
    ):
        # "Ukraine crossed on August 6, 2024. ... By mid-October, its tally had reached ...": a month
        # without its year in a narrative of earlier events is read on from the narrative's year
        anchor = narrative_year(ctx, s, max(0, s.text.find(phrase)))
        alt = month_from(anchor, phrase) if anchor else None
        # (a month well before the page's, and within the two years before it: not 'August' after 1943)
        return alt if alt and got[:4] > alt[:4] >= str(int(got[:4]) - 2) else got
    return got


def into_story(ctx: DocContext, text: str, got: str | None, why: Decision) -> tuple[str | None, Decision]:
    """A claim date before the story's start, on a page whose own date is only inferred (`date_inferred`)
    and in a sentence that states no year, is the first such date on or after the start: "On 14
    September, the ministry announced ..." on a page dated by its text to August 27 is not 2023."""
    start = story_period()[0]
    if (
        not ctx.date_inferred
        or got is None
        or len(got) < 7
        or got[:7] >= f"{start:%Y-%m}"
        or dates.YEAR.search(text)
    ):
        return got, why
    moved = f"{start.year + (int(got[5:7]) < start.month):04d}{got[4:]}"
    moved = moved if len(moved) == 7 or dates.parse_iso(moved) is not None else moved[:7]
    return moved, why._replace(why=f"{why.why}; no year stated: moved into the story's period ({moved})")


def read_against(ctx: DocContext, phrase: str, got: str) -> str:
    """How `time_on_page` read a phrase, for a decision's explanation."""
    if got == ctx.on_page(phrase):
        return f" relative to {ctx.doc_date}" if ctx.doc_date else ""
    if not ctx.doc_date:
        return " in the story's period (the page has no date)"
    return (
        " read on from the narrative's year"
        if re.search(dates.MONTH_RX, phrase)
        else f" relative to {ctx.doc_date}"
    )


# a month written with its day or its year: "February 18", "18 February", "February 2025"
_NAMED_MONTH = re.compile(
    r"\b(?:\d{1,2}\s+)?(" + dates.MONTH_WORD + r")\.?(?=\s+\d)|\b\d{1,2}\s+(" + dates.MONTH_WORD + r")\b"
)


# a month without its year within about half a year of the page is the page's own, whatever narrative
# precedes it; an older one is read on from the narrative's year when the text set one (a time set more
# than 60 days before the page, `narrative_year`)
_RECENT_DAYS = 183


def said_of_now(verb: Token | None, num: Token | None, s: Sentence, ctx: DocContext) -> bool:
    """A statement in the simple past about what holds now ('Demchenko said that Russia was trying to
    push Ukrainian troops back', 'Khinshtein said 1,200-plus residents could begin returning', '"Russian
    casualties are probably in the tens of thousands," Albers said') tells the news, even amid a
    narrative of earlier events, when its own paragraph sets no earlier time: its content is an action
    in progress with its aim or object ('was trying to push'), a modal other than 'would', or a quoted
    clause in the present. Past content ('said Kyiv's forces captured', 'said Pyongyang had shipped',
    also inside a quotation), a participle ('..., destroying 7 tanks'), a backshifted 'would' and a
    paragraph that opened with an earlier date ('On August 12, 2024, Putin held a televised meeting.
    Smirnov told Putin ...') narrate with the rest."""
    if verb is None or num is None or verb.doc is not num.doc or verb.tag_ != "VBD" or ctx.base is None:
        return False
    if _paragraph_dates_back(ctx, s):
        return False
    chain = [num, *(h for h in num.ancestors if h.i != verb.i and verb in h.ancestors)]
    words = [*chain, *(c for h in chain for c in h.children if c.dep_ in ("aux", "auxpass"))]
    if any(w.lower_ == "had" for w in words):
        return False
    quote = quote_at(ctx.quotes, s.start + num.idx, s.start + num.idx + 1)
    if quote is not None and len(ctx.document.text[quote.start : quote.end].split()) >= 5:
        inside = [t for t in num.doc if quote.start <= s.start + t.idx < quote.end]
        return any(t.tag_ in ("VBZ", "VBP") for t in inside)  # ("Russian casualties are probably ...")
    clause = next((h for h in chain if h.pos_ in ("VERB", "AUX")), None)
    while clause is not None and clause.dep_ == "xcomp" and clause.head.i != verb.i:
        clause = clause.head  # ("was trying to push them back 10 km": the finite verb)
    if clause is None or verb not in clause.ancestors:
        return False
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    # (an action in progress, with its aim or object: not a state, "were still missing", nor a participle)
    ongoing = (
        clause.tag_ == "VBG"
        and any(a.lemma_ == "be" for a in aux)
        and any(c.dep_ in ("xcomp", "dobj") for c in clause.children)
    )
    return ongoing or any(a.tag_ == "MD" and a.lower_ != "would" for a in aux)


def _paragraph_dates_back(ctx: DocContext, s: Sentence) -> bool:
    """Whether a sentence of the paragraph up to this one sets a time well before the page's."""
    base = ctx.base
    if base is None:
        return False
    for j in range(s.idx, -1, -1):
        sj = ctx.sentences[j]
        if sj.line != s.line:
            break  # (the page's sentences run in order: the paragraph has begun)
        for m in dates.TIME_PHRASE.finditer(sj.text):
            d = ctx.on_page(m.group(0))
            if d and _well_before(base, d):
                return True
    return False


# A sentence set at the time the narrative has reached: "At the time,", "Within three weeks,", "By the end
# of that month,", "In the first days of the operation,"
_AT_THE_TIME = re.compile(
    r"(?i)^(?:at\s+(?:the|that)\s+time|back\s+then|within\s+(?:a|\w+)\s+(?:days?|weeks?|fortnights?)"
    r"|by\s+the\s+end\s+of\s+(?:that|the)\s+month|in\s+the\s+first\s+(?:\w+\s+)?(?:days?|weeks?)"
    r"(?:\s+of\s+the\s+\w+)?)\b,?"
)
# ... or a statement the sentence places there: "Ukraine said at the time ...", "The ministry said that day
# ...", "that same afternoon", "Syrskyi then spoke about ..." (not "at the time of writing", "the then
# acting governor"); a day's word dates it to the narrative's day
_THEN_SAID = re.compile(
    r"(?i)\b(?:at\s+(?:the|that)\s+time(?!\s+of\b)|(that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))"
    r"|then(?=\s+(?:" + REPORT_FORMS_RX + r")\b))"
)


def narrative_anchor(text: str) -> tuple[str, bool] | None:
    """The words that set a sentence's statement at the time the narrative has reached (`_AT_THE_TIME`
    fronted, or `_THEN_SAID`), and whether they name its day."""
    m = _AT_THE_TIME.match(text) or _THEN_SAID.search(text)
    if m is None:
        return None
    return m.group(0).strip(" ,"), m.re is _THEN_SAID and m.group(1) is not None


def earlier_count(ctx: DocContext, s: Sentence, verb: Token) -> tuple[str | None, Decision]:
    """A figure told in the past perfect ('had said') is of an earlier, unknown time; an earlier count
    told with the time it had reached ('Oryx had recorded 22 Ukrainian tanks lost in Kursk by late
    September', 'Mediazona had by April 2025 confirmed ...') is of that time: a 'by' on the verb itself or
    on a participle describing what it counted, never a deadline ('would be returned by December')."""
    for by in verb.subtree:
        if by.lower_ != "by" or not _on_the_count(by, verb):
            continue
        m = dates.TIME_PHRASE.match(verb.doc.text[by.idx : by.right_edge.idx + len(by.right_edge.text)])
        got = time_on_page(ctx, s, m.group(0)) if m is not None else None
        if m is not None and got:
            why = f"'{m.group(0).strip()}': the time an earlier count had reached"
            return got, Decision("date.counted_by", why)
    return None, Decision("date.past_perfect", f"past perfect '{verb.text}': an earlier statement")


# how what a past-perfect verb counted hangs under it: its object and the participles describing it
_ON_THE_COUNTED = frozenset({"acl", "amod", "conj", "dobj", "nsubjpass", "pobj", "appos", "compound"})


def _on_the_count(by: Token, verb: Token) -> bool:
    """Whether a 'by' belongs to the count a past-perfect verb reports: on the verb, or on what it counted
    through its object and the participles describing it ('had recorded 22 tanks lost … by late
    September', 'had documented 41 tanks destroyed, damaged or abandoned … by January'), never through
    another verb ('would be returned by December', 'expected to arrive by November', 'compared with 40 by
    late October')."""
    tok = by.head
    if tok.dep_ == "aux" and tok.head == verb:
        return True  # ("Mediazona had by April 2025 confirmed ...": hung on the auxiliary)
    while tok != verb:
        if tok.dep_ == "conj" and tok.head == verb:
            return False  # ("…, but by early September had stopped publishing figures": another clause)
        finite = tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBN"
        if finite or tok.dep_ not in _ON_THE_COUNTED:
            return False
        if any(c.lower_ in ("would", "will", "to") for c in tok.children if c.dep_ in ("aux", "auxpass")):
            return False
        if tok.head == tok:
            return False
        tok = tok.head
    return True


# a year alone, which dates no statement ("in 2024")
BARE_YEAR = re.compile(r"(?i)(?:in\s+)?\d{4}$")
# a claim made then: "Ukraine claimed to control ...", "the area Kyiv said it held ...", "Kyiv's peak claim"
_CLAIMED = re.compile(r"(?i)\bclaim(?:ed|s|ing)?\b|\bsaid\s+(?:it|they)\s+(?:held|controlled|had)\b")
_PEAK = re.compile(r"(?i)\bat\s+(?:the|its|their)\s+(?:height|peak|high[- ]water\s+mark)\b|\bpeak\s+claim\b")


def said_at_the_time(ctx: DocContext, s: Sentence, sdoc: Doc, att: Attribution) -> str | None:
    """'At its peak in late August, the zone stretched across some 1,300 square kilometers, Syrskyi said
    at the time': a statement made at the time the sentence names (its month or day), not on the
    page's date ('at the time of writing' is the page's)."""
    verb = att.verb if att.verb is not None and att.verb.doc is sdoc else None
    if verb is None or not any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and any(g.lower_ == "time" and not any(x.dep_ == "prep" for x in g.children) for g in c.children)
        for c in verb.children
    ):
        return None
    return _time_named(ctx, s)


def peak_time(ctx: DocContext, s: Sentence, att: Attribution) -> str | None:
    """'Ukraine claimed to control around 1,300 square kilometers at the height of the operation in late
    August': a source's peak claim, the sentence's one figure, made at the peak the sentence dates (not
    the outlet's own count, nor a figure set beside another, "now holds 400, down from 1,300 at its peak")."""
    if _PEAK.search(s.text) is None or _CLAIMED.search(s.text) is None or att.side == "media":
        return None  # (a peak someone describes now is theirs now: "At its peak, Ukraine held 1,350 sq km, he said")
    figures = re.findall(r"\d[\d,.]*", dates.TIME_PHRASE.sub(" ", s.text))
    return _time_named(ctx, s) if len(figures) == 1 else None


def _time_named(ctx: DocContext, s: Sentence) -> str | None:
    """The first time the sentence names that resolves on the page (not a bare year, nor one after 'since')."""
    for m in dates.TIME_PHRASE.finditer(s.text):
        if "since" in s.text[max(0, m.start() - 8) : m.start()].lower() or BARE_YEAR.match(
            m.group(0).strip()
        ):
            continue
        got = ctx.on_page(m.group(0))
        if got:
            return got
    return None
