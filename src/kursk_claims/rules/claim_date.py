"""The claim-date rules: when a claim was made, at the precision the text allows."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.attribution import Attribution
from kursk_claims.rules.claim_nouns import CLAIM_NOUNS
from kursk_claims.rules.clause_times import conjunct_time, shared_subject, times_of, when_clause_time
from kursk_claims.rules.context import DocContext, ent_type_of
from kursk_claims.rules.dated_statements import _FUTURE, _SAID_ON, said_before_news, same_speaker
from kursk_claims.rules.day_headings import _line_first, day_heading, entry_label, heading_scope
from kursk_claims.rules.days_before import same_day, same_month
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.interview import question_lines
from kursk_claims.rules.labels import is_transcript, labelled
from kursk_claims.rules.narrative import (
    BARE_YEAR,
    earlier_count,
    into_story,
    narrative_anchor,
    narrative_past,
    peak_time,
    read_against,
    said_at_the_time,
    said_of_now,
    states_the_present,
    time_on_page,
)
from kursk_claims.rules.noun_time import before_copula, noun_time, own_noun
from kursk_claims.rules.phrases import (
    MEDIA_OBJECT_NOUNS,
    PUBLISHING_VERBS,
    REPORT_VERBS,
    STATEMENT_NOUNS,
    _reporting_verbs,
    publishing_of,
)
from kursk_claims.rules.statement_days import SAME_OCCASION, carries_on, paragraph_day, paragraph_event_day
from kursk_claims.rules.summaries import is_summary
from kursk_claims.rules.tree import _heads, _is_ancestor, opens_with_when, past_perfect
from kursk_claims.text import dates
from kursk_claims.text.docdate import story_time
from kursk_claims.text.segment import TIME_LINE, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _verb_between(tok: Token, verb: Token) -> bool:
    """Another verb stands on the way up from tok to verb."""
    if tok.i == verb.i:
        return False
    for cur in _heads(tok, 12):
        if cur.i == verb.i:
            return False
        if cur.pos_ == "VERB":
            if cur.dep_ == "xcomp" and cur.head.i == verb.i and cur.lemma_.lower() in _HOLDING:
                continue  # "claimed to hold 1,300 sq km in late August": a claim to hold holds when made
            # "in a statement issued on 18 March", "In footage aired by state television on Wednesday,
            # Gerasimov told Putin" still date the statement
            return not (cur.dep_ == "acl" and cur.head.lemma_.lower() in STATEMENT_NOUNS | MEDIA_OBJECT_NOUNS)
    return False


# a claim to hold ground holds when it is made ("claimed to hold 1,300 sq km last August")
_HOLDING = frozenset({"hold", "control", "occupy", "have"})


def _claim_date(
    ctx: DocContext, att: Attribution, s: Sentence, sdoc: Doc, num: Token | None = None
) -> tuple[str | None, Decision]:
    return into_story(ctx, s.text, *_day_or_dated(ctx, att, s, sdoc, num))


def _day_or_dated(
    ctx: DocContext, att: Attribution, s: Sentence, sdoc: Doc, num: Token | None = None
) -> tuple[str | None, Decision]:
    day = day_heading(ctx, s)
    if day is not None and len(day) == 7 and (ctx.doc_date or "").startswith(day):
        day = None  # a timeline's month section on a page of that month: the page's own day is finer
    if day is not None and day != ctx.doc_date:
        # a live blog's entries are of the day their heading gives: that day stands in for the page's
        first = _line_first(ctx, s)
        entry = entry_label(first.text)
        scope = heading_scope(ctx, s, first.idx if entry else None)
        within = [d for d in ctx.dated_statements if d[0] in scope]
        got, why = _dated(replace(ctx, doc_date=day, dated_statements=within), att, s, sdoc, num)
        if (
            got is None
            and why.rule == "date.narrative_past"
            and entry is not None
            and not _OWN_TIME.search(s.text[entry.end() - 1 :] if first is s else s.text)
        ):
            # a chronology entry's own day ("January 6, 2025: ... Zelenskyy says") is the news it
            # tells, unless the sentence names a time of its own ("In March 2022, ...")
            return day, Decision("date.day_heading", f"the entry's day ({day})")
        return got, why._replace(why=f"{why.why} (under the day heading {day})")
    text = ctx.document.text
    if _on_question_line(ctx, s) or (
        is_transcript(text) and labelled(text, text.rfind("\n", 0, s.start) + 1)
    ):
        # an interview's question or answer, a transcript's turn, speak from the day it was held:
        # "said last week" in an interview recorded on 2 November is the week before that day
        held = _interview_date(ctx, s)
        if held is not None and held != ctx.doc_date:
            got, why = _dated(replace(ctx, doc_date=held), att, s, sdoc, num)
            return got, why._replace(why=f"{why.why} (in the interview held {held})")
    return _dated(ctx, att, s, sdoc, num)


# claimant rules whose source carries its own date: (date rule id, what the date is)
_OWN_DATES = {
    "claimant.social_post": ("date.social_post", "the post's own date"),
    "claimant.footnote": ("date.footnote", "the date of the figure's source note"),
}


def _dated(
    ctx: DocContext, att: Attribution, s: Sentence, sdoc: Doc, num: Token | None = None
) -> tuple[str | None, Decision]:
    if (
        att.name is None
        or att.decision.rule == "claimant.own_voice"
        or (att.decision.rule == "claimant.publisher" and not dates.AS_OF.search(s.text))
    ):
        # (the outlet's own count is of the page's day; a government's own page speaking as its publisher
        # is the page's voice too, unless 'as of' a day)
        return (
            (ctx.doc_date, Decision("date.article_voice", "article voice: the document date"))
            if ctx.doc_date
            else (None, Decision("date.no_document_date", "no document date"))
        )
    # 0. a figure in a post or under a source note: the post's or the note's date
    own = _OWN_DATES.get(att.decision.rule)
    if own is not None and att.inherited_date:
        return att.inherited_date, Decision(own[0], f"{own[1]} ({att.inherited_date})")
    # a figure inside a report an earlier sentence introduced: that statement's date
    if (
        att.decision.rule in ("claimant.speaker_span", "claimant.floating_quote", "claimant.block_quote")
        and att.inherited_date
    ):
        return att.inherited_date, Decision(
            "date.speaker_span", f"the date of {att.name}'s report, which runs on ({att.inherited_date})"
        )
    # an interviewee speaks on the day of the interview ("conducted by phone on Wednesday"), not in
    # the past the questions recall
    if att.decision.rule == "claimant.interview_answer":
        held = _interview_date(ctx, s)
        if held is not None:
            return held, Decision("date.interview", f"the interview's date ({held})")
    # a tally "As of 5 January, ..." is of that day
    as_of = dates.AS_OF.search(s.text)
    if as_of is not None:
        got = ctx.on_page("on " + as_of.group(1))
        if got:
            return got, Decision("date.as_of", f"'as of {as_of.group(1)}'")
    # 1. a time phrase opening the figure's own conjunct (not a bare year), or attached to the reporting verb
    conjunct = conjunct_time(num) if num is not None else None
    if conjunct is not None and len(got := ctx.on_page(conjunct) or "") >= 7:
        return got, Decision("date.conjunct_time", f"'{conjunct.strip()}' opens the figure's conjunct")
    if att.verb is None and att.time_text:
        m = dates.TIME_PHRASE.search(att.time_text)
        if m and not BARE_YEAR.match(m.group(0).strip()):
            got = ctx.on_page(m.group(0))
            if got:
                return got, Decision("date.pattern_time", f"'{m.group(0).strip()}' after the reporting verb")
    if att.verb is not None and att.verb.doc is sdoc:
        v = att.verb
        when = when_clause_time(v, ctx.doc_date)
        if when is not None:
            return when, Decision("date.when_clause", f"'{v.head.text}, when ... {v.text}'")
        spans: list[tuple[int, int]] = []
        # a participle's statement is made when its head's act is ("hit back yesterday, insisting ...",
        # "ordered the evacuation on Monday, saying ...")
        participle = (
            v.tag_ == "VBG"
            and v.dep_ in ("advcl", "xcomp")
            and v.head.pos_ in ("VERB", "AUX")
            and _earlier_undated(sdoc, att, num)
            is None  # "launched ... on Aug. 6, claiming to initially seize"
        )
        joined_to = _joined_to(v)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ == "conj":
            # "Twelve months ago, Syrskyi sat ... and told him": the subject it shares, if it names the claimant
            subj = shared_subject(v, att.name)
        # "The general, speaking on Thursday in a video, said ...": the speaker's participle dates it, and
        # the publishing of figures that speak ("Figures for August, published by HRMMU on 6 September, show")
        speaking = (
            [c for c in subj.children if c.dep_ in ("acl", "advcl", "conj") and c.tag_ == "VBG"]
            + [p for p in (publishing_of(subj),) if p is not None]
            if subj is not None
            else []
        )
        # "Speaking on Monday at a ceremony, Syrskyi claimed ...": a speaking participle set before the verb
        speaking += [
            c
            for c in v.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < v.i and c.lemma_.lower() in _SPEAKING
        ]
        # "When Putin toured the region on Tuesday, the governor told him ...": a 'when' clause set
        # before the verb gives the time it was said
        when_clauses = [c for c in v.children if c.dep_ == "advcl" and c.i < v.i and opens_with_when(c)]
        if when_clauses and not any(
            dates.TIME_PHRASE.search(" ".join(t.text for t in c.subtree))
            for c in v.children
            if c.dep_ in ("prep", "npadvmod", "tmod")
        ):  # (only when the verb has no time of its own)
            speaking += when_clauses
        else:
            when_clauses = []
        # (a 'when' clause's time is the statement's wherever in the clause it stands: "When Gerasimov
        # declared the region liberated on April 26, 2025, he put ...")
        when_spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in when_clauses]
        spans += when_spans
        # (not a time a relative clause inside it gives: "When asked about the incursion that began on August 6")
        nested = {
            t.i for c in when_clauses for r in c.subtree if r.dep_ in ("relcl", "acl") for t in r.subtree
        }
        for c in (
            *v.children,
            *(v.head.children if participle else ()),
            # "The figure given by Syrskyi on 27 August was 1,294 sq km": the time set before the copula
            *before_copula(v),
            # "Syrskyi spoke on television on August 12 and said ...": the verb it is joined to dates it
            *(times_of(joined_to) if joined_to is not None else ()),
            *(g for p in speaking for g in p.children),
            # "claimed to hold ... in August"
            *(
                g
                for x in v.children
                if x.dep_ == "xcomp" and x.lemma_.lower() in _HOLDING
                for g in x.children
            ),
        ):
            if c.i == v.i:
                continue
            if c.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl") or ent_type_of(c) == "DATE":
                sub = list(c.subtree)
                spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
        # "announced the forced evacuation of a further 10 settlements ... on Monday": a day that closes
        # the sentence on the verb's own object (a noun, no clause of its own) is when it was announced
        num_i = num.i if num is not None else v.i
        spans += [
            (d.idx, d.right_edge.idx + len(d.right_edge.text))
            for o in v.children
            if o.dep_ == "dobj" and o.pos_ == "NOUN"
            for d in o.subtree
            if d.dep_ == "prep" and d.i > num_i and all(t.is_punct for t in sdoc[d.right_edge.i + 1 :])
        ]
        for p in speaking:
            if p.lemma_.lower() in PUBLISHING_VERBS:  # (the parser may hang the day on the publisher)
                sub = list(p.subtree)
                spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
        after = sdoc.text[v.idx + len(v.text) :]
        right_after = v.idx + len(v.text) + len(after) - len(after.lstrip())
        for m in dates.TIME_PHRASE.finditer(sdoc.text):
            # "Kyiv said in November it still controlled ...": a time right after the verb is the
            # statement's, wherever the parser hung it
            # (or starts with the verb's preposition, the parser having hung its day elsewhere: "On 12
            # August Syrskyi told ...")
            # (or opening the verb's clause right before its subject, or set off by a comma after it closing
            # the sentence or a bracket: `dates.beside_speaker`)
            opening = subj is not None and dates.beside_speaker(
                sdoc.text, m.start(), m.end(), subj.left_edge.idx, subj.idx
            )
            # (or set off by commas right before the verb: "The NIS, on Monday this week, gave ...")
            inside = (
                opening
                or dates.time_aside(sdoc.text[: v.idx], m.start())
                or m.start() == right_after
                or any(a <= m.start() and (m.end() <= b or a == m.start()) for a, b in spans)
            )
            if not inside:
                continue
            first = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
            joined = v.head if participle else joined_to
            anchor = (
                joined if joined is not None and first is not None and not _is_ancestor(v, first.root) else v
            )
            if first is not None:
                anchor = next((c for c in speaking if _is_ancestor(c, first.root)), anchor)
            in_when = any(a <= m.start() and m.end() <= b for a, b in when_spans) and not (
                first is not None and first.root.i in nested
            )
            if (
                first is not None
                and m.start() != right_after
                and not in_when
                and not opening
                and _verb_between(first.root, anchor)
            ):
                continue  # "with 3,000 sent in January": the time of another verb's event
            if BARE_YEAR.match(m.group(0).strip()):
                continue
            before = sdoc.text[max(0, m.start() - 8) : m.start()].lower()
            owned = re.match(r"['’]s\s+(\w+)(?:\s+(\w+))?", sdoc.text[m.end() :])
            if "since" in before or (owned is not None and not set(owned.groups()) & STATEMENT_NOUNS):
                continue  # (nor a day that owns an event: "in response to Friday's strike"; not "At Wednesday's meeting")
            got = time_on_page(ctx, s, m.group(0))
            if got:
                why = f"'{m.group(0).strip()}' on '{v.text}'{read_against(ctx, m.group(0), got)}"
                return got, Decision("date.statement_time", why)
            return None, Decision("date.unresolved_time", f"'{m.group(0).strip()}' but no document date")
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORT_VERBS:
            # "Mediazona said on Thursday it had confirmed the deaths of ...": the verb that reports it dates it
            return _dated(ctx, replace(att, verb=v.head), s, sdoc, num)
        if participle and v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in REPORT_VERBS:
            # "The ministry said on Sunday that its troops had repelled the attack, claiming Ukraine threw
            # 12 vehicles into it": a participle on the reported act is said in the statement reporting it
            return _dated(ctx, replace(att, verb=v.head.head), s, sdoc, num)
    # "Syrskyi's assertion in July that ...", "the ministry's bulletin of January 5 claimed ...": the
    # statement's noun dated where it stands
    named = noun_time(sdoc, num) if num is not None else None
    got = ctx.on_page(named[0]) if named is not None and own_noun(att, sdoc, named[1]) else None
    if named is not None and got:
        return got, Decision("date.statement_noun", f"'{named[0]}' on the statement's noun")
    at_the_time = said_at_the_time(ctx, s, sdoc, att)
    if at_the_time is not None:
        return at_the_time, Decision(
            "date.at_the_time", f"said 'at the time' the sentence names ({at_the_time})"
        )
    # (no time on the verb) "the same day", "in the same release", "a day earlier": the day the text named last
    same = same_day(ctx, s, att.name)
    if same is not None:
        return same[0], Decision("date.same_day", f"'{same[1]}': the day it refers back to")
    month = same_month(ctx, s)
    if month is not None:
        by_name = re.match(r"(?i)that\s+" + dates.MONTH_WORD, month[1]) is not None
        what = "that month of the narrative's time" if by_name else "the month named before"
        return month[0], Decision("date.same_month", f"'{month[1]}': {what}")
    counted = story_time(s.text)
    if counted is not None:
        return counted[0], Decision("date.story_time", f"'{counted[1]}': counted from the story's start")
    # "Ukraine earlier claimed ...", "claiming to initially seize ...", "previous claims that ...":
    # a statement the text places before the news without saying when
    earlier = _earlier_undated(sdoc, att, num)
    if earlier is not None:
        return None, Decision("date.earlier_statement", f"'{earlier}': an earlier statement, undated")
    # past perfect: "had earlier put", "had said" -> an earlier, unknown time (for the whole sentence)
    for rv in _reporting_verbs(sdoc):
        if num is not None and att.verb is not None and not _is_ancestor(rv, num):
            continue  # "..., adding that it had not yet observed ...": another clause's past
        if _backshifted(rv):
            continue  # "He said the authorities had confirmed 38 deaths": reported speech, not an older statement
        if past_perfect(rv):
            return earlier_count(ctx, s, rv)
    # 2. the same claimant's dated statement earlier in the document, else (a headline or a lede
    # that states the figure before the text dates the statement) the first one after it, within the
    # next few paragraphs that carry the news (`_LATER_REACH` sentences: further on, a dated
    # statement is background, "On 12 August, Syrskyi reported ..."; a headline or a summary's list
    # item restates the entries below it, however far) and not one the text places before its news
    # ("On Monday, August 12, Syrskyi had put the area at ...")
    others = {c.claimant for c in ctx.claims if c.claimant}
    summary = is_summary(ctx, s)
    later = [
        (j, iso)
        for j, name, iso in ctx.dated_statements
        if s.idx < j < (len(ctx.sentences) if summary else s.idx + _LATER_REACH)
        and same_speaker(name, att.name, others)
        and not said_before_news(ctx.sentences[j].text, name)
    ]
    speaks_on_doc_date = any(
        same_speaker(name, att.name, others) and iso == ctx.doc_date for _, name, iso in ctx.dated_statements
    )
    for j, name, iso in sorted(ctx.dated_statements, key=lambda d: d[0], reverse=True):
        if j <= s.idx and same_speaker(name, att.name, others) and carries_on(ctx, j, s.idx):
            news = ctx.doc_date is not None and iso != ctx.doc_date and speaks_on_doc_date
            if news and ctx.sentences[j].line != s.line and _own_verb(sdoc, att):
                # "In January, the NIS told lawmakers ..." then, paragraphs on, "..., the NIS told
                # lawmakers.": an older statement carries on within its paragraph; further on, the
                # claimant speaking again is the article's news (their statement on its date)
                return ctx.doc_date, Decision(
                    "date.same_claimant_news",
                    f"{att.name} speaks again after an older statement (sentence {j + 1}): the article's news",
                )
            return iso, Decision(
                "date.same_claimant", f"same claimant's statement dated {iso} (sentence {j + 1})"
            )
    went_on = _speaker_went_on(ctx, s, att.name, others)
    if went_on is not None:
        return went_on[1], Decision(
            "date.goes_on", f"{att.name} goes on from a statement dated {went_on[1]} ('{went_on[0]}')"
        )
    told = None if lookup(att.name) is not None else _named_told_on(ctx, s, att.name)
    if told is not None:
        return told[1], Decision(
            "date.same_claimant", f"same claimant's statement dated {told[1]} (sentence {told[0] + 1})"
        )
    if later:
        j, iso = min(later)
        return iso, Decision(
            "date.same_claimant_later", f"same claimant's statement dated {iso} later on (sentence {j + 1})"
        )
    if ctx.doc_date is None:
        return None, Decision("date.no_document_date", "no document date")
    # an interview's questions and answers are of the day it was held
    if _on_question_line(ctx, s):
        held = _interview_date(ctx, s)
        if held is not None:
            return held, Decision("date.interview", f"a question of the interview held {held}")
    # 3. a narrative of the past: an explicit date well before the document date just before
    old = None if states_the_present(sdoc) else narrative_past(ctx, s, att.name, att.decision.rule)
    anchored = narrative_anchor(s.text)
    if old and anchored:
        # "At the time, Kiev claimed ...", "Within three weeks, Kyiv said ...", "The ministry said that day
        # ...": said at the time the narrative has reached, known to its month (to its day, for "that day")
        when = old if anchored[1] else old[:7]
        return when, Decision(
            "date.narrative_time", f"'{anchored[0]}': said at the narrative's time ({when})"
        )
    if old and not said_of_now(att.verb, num, s, ctx):
        return None, Decision("date.narrative_past", f"inside a narrative of earlier events ('{old}')")
    there = (
        None
        if s.headline or att.side == "media"
        else paragraph_event_day(ctx.sentences, s.idx, ctx.doc_date, att.name)
    )
    if there is not None:
        # "... during a televised meeting on Monday. Kursk's acting governor told Putin that ...": said there
        return there[1], Decision("date.event_day", f"said at the event a sentence before dates ({there[1]})")
    if ctx.event is not None and s.idx >= ctx.event[0] and not s.headline and att.side != "media":
        # "..., a General Staff spokesman told a joint briefing in Kyiv on Monday evening": what is
        # said at the briefing the story reports is of its day (an outlet's own count is not said there)
        return ctx.event[1], Decision("date.event_day", f"said at the event the lede dates ({ctx.event[1]})")
    # a day the paragraph set an occasion of speech on ("Syrskyi briefed Zelensky on Wednesday. ... told him")
    day = None if s.headline else paragraph_day(ctx.sentences, s.idx, ctx.doc_date, att.verb, att.name)
    if day is not None:
        # (at "the same televised meeting" as a day the paragraph named: that occasion's, date.same_occasion)
        rule = "date.same_occasion" if SAME_OCCASION.search(s.text) else "date.paragraph_day"
        return day[1], Decision(rule, f"a paragraph set at {day[1]} (sentence {day[0] + 1})")
    peak = peak_time(ctx, s, att)
    if peak is not None:
        return peak, Decision(
            "date.peak_time", f"a peak figure, given at the peak the sentence dates ({peak})"
        )
    return ctx.doc_date, Decision("date.document_date", "the document date")


# A time a sentence names for itself: a year, or a month (a chronology entry's own day aside).
_OWN_TIME = re.compile(r"\b(?:19|20)\d{2}\b|" + dates.MONTH_RX)


# verbs of speaking whose participle dates the statement it opens ("Speaking on Monday, ...")
_SPEAKING = REPORT_VERBS | {"speak", "talk", "address"}
# verbs of taking the floor, whose time is a joined reporting verb's ("spoke on television on August 12
# and said", "on Wednesday reported ... and said"; not "put its troops on alert in August")
_FLOOR_VERBS = frozenset(
    {
        "speak",
        "talk",
        "address",
        "appear",
        "brief",
        "post",
        "write",
        "report",
        "announce",
        "say",
        "tell",
        "state",
        "claim",
        "declare",
        "publish",
    }
)


def _backshifted(rv: Token) -> bool:
    """A past perfect in reported speech: 'He said the authorities had confirmed ...' (the tense
    shifts back under a reporting verb in the past; the statement is the outer verb's)."""
    return any(
        h.lemma_.lower() in REPORT_VERBS and h.pos_ in ("VERB", "AUX") and not past_perfect(h)
        for h in _heads(rv, 4)
    )


def _joined_to(v: Token) -> Token | None:
    """The earlier speaking verb of the same subject a reporting verb with no time of its own is joined
    to ('Syrskyi spoke on TV on August 12 and said ...', not an act's: 'launched its offensive on Aug. 6
    and at one point claimed ...'), whose time is the statement's; also past the content clause the
    parser joined it to ('Yesterday the ministry reported that ... had tried to break through ..., and
    claimed to have destroyed four tanks')."""
    if v.dep_ != "conj" or any(
        c.dep_ in ("nsubj", "nsubjpass", "prep", "npadvmod", "tmod", "advmod") for c in v.children
    ):
        return None
    head = v.head
    if head.dep_ == "ccomp" and head.pos_ == "VERB" and v.lemma_.lower() in REPORT_VERBS:
        head = head.head
    return head if head.pos_ == "VERB" and head.i < v.i and head.lemma_.lower() in _FLOOR_VERBS else None


# How far after a figure a statement of its claimant that the text dates may date it (sentences)
_LATER_REACH = 10


def _own_verb(sdoc: Doc, att: Attribution) -> bool:
    """Whether the claimant was found as the subject of a reporting verb of the figure's own sentence."""
    return att.verb is not None and att.verb.doc is sdoc


_EARLIER_WORDS = frozenset({"earlier", "previously", "initially", "originally"})
_EARLIER_ADJ = frozenset({"earlier", "previous", "initial", "original", "prior"})
_AT_SOME_POINT = re.compile(r"at (?:one point|some point|(?:its|the) (?:peak|height)(?: of [a-z' ]+)?)")


def _earlier_undated(sdoc: Doc, att: Attribution, num: Token | None) -> str | None:
    """The word that places the figure's statement before the news, with no time given: a bare
    "earlier"/"previously"/"initially" on the reporting verb or on a clause it governs, or a claim
    noun qualified as earlier over the figure ("down from previous claims that it held 1,400");
    else None."""
    v = att.verb
    if v is None or v.doc is not sdoc:
        return None
    for tok in (v, *(c for c in v.children if c.dep_ in ("xcomp", "ccomp"))):
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in _EARLIER_WORDS and not list(c.children):
                return c.text
    for c in v.children:
        # "at one point claimed to hold 1,200 square kilometers", "At its peak, Ukraine said ...": a
        # claim of some earlier moment the text does not date
        words = " ".join(t.lower_ for t in c.subtree)
        if c.dep_ == "prep" and _AT_SOME_POINT.fullmatch(words):
            return words
    if num is None:
        return None
    for tok in sdoc:
        if tok.lemma_.lower() in CLAIM_NOUNS and num in tok.subtree and tok not in num.subtree:
            adj = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in _EARLIER_ADJ), None)
            if adj is not None:
                return f"{adj.text} {tok.text}"
    return None


def _on_question_line(ctx: DocContext, s: Sentence) -> bool:
    """Whether the sentence stands on a line that opens with one of the interview's questions."""
    return any(ctx.sentences[q].line == s.line for q in question_lines(ctx))


def _interview_date(ctx: DocContext, s: Sentence) -> str | None:
    """The day an interview was held, as its introduction (the lines before its first question)
    states it ("This interview was conducted on Wednesday")."""
    questions = question_lines(ctx)
    intro = ctx.sentences[: min(s.idx, questions[0]) if questions else s.idx]
    # a verb that says when they spoke ("We spoke on 14 November") before a label's noun
    # ("Interview — Monday, 18 November 2024": the day the page ran it)
    for cues in (_INTERVIEW_SPOKE, _INTERVIEW_HELD):
        for sj in intro:
            cue = cues.search(sj.text)
            m = dates.TIME_PHRASE.search(sj.text, cue.end()) if cue else None
            if cue and m and m.start() - cue.end() <= 60:
                return ctx.on_page(m.group(0))
    for sj in intro:
        # "On Sunday evening, 18 August, the programme ... devoted its entire broadcast to ...": the
        # time set before a sentence about the broadcast itself (when no sentence says when they spoke)
        fronted = _FRONTED_DAY.match(sj.text) if _BROADCAST.search(sj.text) else None
        if fronted is not None:
            return ctx.on_page(fronted.group(1))
    return None


# the broadcast a sentence is about: "the programme ... devoted its entire broadcast to ..."
_BROADCAST = re.compile(r"(?i)\b(?:broadcast|programme|program|show|episode|podcast)\b")
# a day set at the head of a sentence: "On Sunday evening, 18 August, ...", "On 14 November, ..."
_FRONTED_DAY = re.compile(
    r"^On\s+((?:"
    + dates.WEEKDAY_RX
    + r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?(?:\d{1,2}\s+"
    + dates.MONTH_WORD
    + r"|"
    + dates.MONTH_WORD
    + r"\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d{2})?),\s"
)


# when an interview or broadcast took place: "spoke to us by video link on December 18", "We met
# him on Saturday", "This interview was conducted on Wednesday", "the broadcast of Thursday, 13 March",
# "Budanov received DER SPIEGEL on Tuesday afternoon"
_SPOKE = (
    r"interviewed|spoke|talked|met\s+(?:him|her|them)|conducted|recorded"
    # "Budanov received DER SPIEGEL", "received us" (not "received 40 wounded", "received its first jets")
    r"|received\s+(?-i:us\b|reporters\b|journalists\b|our\s+(?:reporters?|correspondents?|journalists?)\b|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:on|in|at)\b)"
)
_INTERVIEW_SPOKE = re.compile(r"(?i)\b(?:" + _SPOKE + r")\b")
_INTERVIEW_HELD = re.compile(r"(?i)\b(?:" + _SPOKE + r"|interview|broadcast|conversation)\b")


def _named_told_on(ctx: DocContext, s: Sentence, name: str) -> tuple[int, str] | None:
    """(sentence, day) of a dated statement, in the ten sentences before, by a speaker the registry does
    not know, named by their surname before the verb ('Mykola Terletskyi, a reserve colonel ..., told
    Ukrainska Pravda on Thursday that ...' for 'Terletskyi said')."""
    surname = name.split()[-1] if name.split() else ""
    if len(surname) < 3 or not surname[:1].isupper() or side_of_phrase(name) is not None:
        return None  # (not 'Moscow says ...': a capital speaks for its government, dated elsewhere)
    at = re.compile(r"\b" + re.escape(surname) + r"\b")
    for j in range(s.idx - 1, max(-1, s.idx - 11), -1):
        sj = ctx.sentences[j]
        if sj.headline and not TIME_LINE.match(sj.text):
            break  # (a live blog's "09.40 GMT" between two entries is no new story)
        named = at.search(sj.text)
        said = _SAID_ON.search(sj.text, named.end()) if named is not None else None
        if said is not None and not _FUTURE.search(sj.text[: said.end()]):
            iso = ctx.on_page(said.group(1))
            if iso:
                return j, iso
    return None


# date rules that read a figure's own sentence for when it was said
_OWN_SENTENCE_DATES = frozenset(
    {"date.statement_time", "date.same_day", "date.when_clause", "date.pattern_time", "date.as_of"}
)
GO_ON_SENTENCES = 4  # how far back a speaker's dated figure dates what they go on to say


def _speaker_went_on(ctx: DocContext, s: Sentence, name: str, others: set[str]) -> tuple[str, str] | None:
    """(the figure, its date) when the latest figure before this one, at most `GO_ON_SENTENCES`
    sentences back, is the same speaker's and its own sentence dated it: "The day before, Gerasimov
    told Putin ... 1,100 square kilometres ... Gerasimov said 430 soldiers had been taken prisoner"
    goes on with that statement. Another speaker's figure in between ends it."""
    first = _line_first(ctx, s)
    entry = dates.DAY_PREFIX.match(first.text) or dates.MONTH_PREFIX.match(first.text)
    for c in reversed(ctx.claims):
        cs = ctx.sentence_at(c.start)
        if cs is None or cs.idx >= s.idx:
            continue
        if entry and cs.idx < first.idx:
            return None  # "August 20, 2024 – Syrskyi raises the figure ...": a dated entry of its own
        if s.idx - cs.idx > GO_ON_SENTENCES or not c.claimant or not same_speaker(c.claimant, name, others):
            return None
        if any(x.headline for x in ctx.sentences[cs.idx + 1 : s.idx]):
            return None  # a heading between (a live blog's entry time, a subhead): another entry
        # another time named between ("Smirnov was dismissed in December ..."): a new occasion
        if any(dates.TIME_PHRASE.search(x.text) for x in ctx.sentences[cs.idx + 1 : s.idx]):
            return None
        rule = c.evidence.get("claim_date", {}).get("rule")
        # (a figure that itself went on from a dated statement passes the date on: "Hours earlier, Smirnov
        # told Putin ... He said ... Mr Smirnov said")
        return (
            (c.text, c.claim_date)
            if rule in _OWN_SENTENCE_DATES | {"date.goes_on"} and c.claim_date
            else None
        )
    return None
