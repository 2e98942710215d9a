"""Dated statements: the statements a page dates explicitly, by speaker ('Syrskyi told journalists on
June 21', 'Smirnov gave a televised update on Wednesday evening', 'On Wednesday, Gerasimov told
Putin ...', 'Source: General Staff on Telegram, 6 February'), which date the speaker's figures that
carry no time of their own (`claim_date`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kursk_claims.domain.registry import lookup, lookup_tail, side_of_phrase
from kursk_claims.rules.described import is_institution
from kursk_claims.rules.phrases import (
    ANAPHOR_HEADS,
    CAPITALISED_RUN,
    PERSON_TITLES,
    PLATFORMS,
    STATEMENT_NOUNS,
)
from kursk_claims.rules.statement_days import _DAY, _ON_DAY, YESTERDAY, _noun_on_day
from kursk_claims.text import dates
from kursk_claims.text.reporting import DATING_FORMS_RX, REPORT_FORMS_RX, REPORT_VERB_FORM, attribution_data
from kursk_claims.text.segment import Sentence

# what a statement goes out on besides platforms and statement nouns ("on national television": data)
_MEDIA = frozenset(attribution_data()["statement_media"])
# "Syrskyi told journalists on June 21", "reported this to President Volodymyr Zelensky on Thursday"
_SAID_ON = re.compile(
    r"(?i)\b(?:told\s+[\w\s'’-]{0,40}?|"
    + DATING_FORMS_RX
    # ("reported this to Zelensky on Thursday"; not "said that on Thursday troops ...", a day of what was said)
    + r"(?:\s+(?:this|it))?(?:\s+to\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)?"
    # ("wrote on Facebook on Thursday", "said in a video address on Monday": the medium, then when)
    + r"(?:\s+(?:on|in|via)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+)?(?:"
    + "|".join(re.escape(w) for w in sorted(PLATFORMS | STATEMENT_NOUNS | _MEDIA, key=len, reverse=True))
    + r")s?)?)\s+((?:on\s+)?"
    + _DAY
    + "|"
    + YESTERDAY
    + r")\b"
)


_STATEMENT_ON = _noun_on_day(STATEMENT_NOUNS)


# "The General Staff published the figures on Thursday", "released its tally on Monday": a verb of
# publishing with its object is a statement made that day (unlike "the photo posted on 3 September")
_PUBLISHED_ON = re.compile(
    r"(?i)\b(?:published|released|posted|issued|updated)\s+(?:(?:the|its|their|his|her|a|an|new|fresh)\s+)?"
    r"(?:[\w'’-]+\s+){1,3}?" + _ON_DAY
)


# "Syrskyi gave the figures on Thursday", "made the claim on Tuesday at a briefing": giving or making a
# statement, named by its noun, on a day
_GAVE_ON = re.compile(
    r"(?i)(?<!had )\b(?:gave|made|delivered|presented|provided|repeated|offered)\s+(?:(?:the|its|their|his|her|a|"
    r"an|these|those|new|fresh|latest|same)\s+)?(?!(?:no|not|any)\b)(?:[\w'’-]+\s+)?(?:figures?|numbers?|claims?|estimates?|tally|count|"
    r"assessment|update|briefing|report|statement|announcement|remarks)\s+" + _ON_DAY
)


# "Ukraine's General Staff rejected the claim on Saturday evening", "denied the reports on Monday": a
# statement answering another's, dated
_ANSWERED_ON = re.compile(
    r"(?i)(?<!had )\b(?:rejected|denied|dismissed|refuted|disputed|contradicted|challenged)\s+(?:(?:the|this|that|"
    r"these|those|its|their|his|her|such)\s+)?(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|figures?|statements?|"
    r"assertions?|allegations?|account|version|numbers?|it|them)\s+" + _ON_DAY
)


# "On Wednesday, Russia's chief of the General Staff, Gen. Valery Gerasimov, told Putin ...", "Yesterday
# Russia's Chief of the General Staff Valery Gerasimov reported to Vladimir Putin ..."
_FRONTED_TIME = re.compile(
    r"^((?:On|Last|Earlier\s+on)\s+" + _DAY + r"),\s+|^((?:The\s+day\s+before\s+)?[Yy]esterday)\s+"
)


# "Source: General Staff on Telegram, 6 February", "Source: Syrskyi's address, 12 August"
_SOURCE_WITH_DAY = re.compile(
    r"^\s*Source:\s*([^,\d]+?)(?:\s+on\s+\w+)?,\s*((?:on\s+)?" + _DAY + r")\s*\.?\s*$"
)
# "In a video released on Saturday, ...", "At a briefing on Monday, ...": a statement set before its speaker
_FRONTED_STATEMENT = re.compile(r"^(?:In|At|During|Speaking\s+(?:in|at|on|during))\s[^,]{3,100},\s+")
# "Speaking at a forum in Kyiv on Tuesday alongside ..., Oleksandr Syrskyi said ...": the occasion of
# speech set before its speaker, with its day
_FRONTED_SPEAKING = re.compile(
    r"^(?:Speaking|Talking|Addressing|Writing|Appearing)\b(?P<occasion>[^,;]{3,140}?"
    + _DAY
    + r"[^,;]{0,80}?),\s+"
)


def said_before_news(text: str, name: str) -> bool:
    """Whether a sentence has `name` (by its last word's stem, an aside between commas allowed) make a
    statement in the past perfect, which the text places before its news ("On Monday, August 12, Syrskyi had put the area at about 1,000 square
    kilometers"): such a statement dates no figure stated ahead of it. Not a past perfect elsewhere
    in the sentence ("Syrskyi said on Sunday that Moscow had claimed ...", "Syrskyi, who had said
    earlier ..., told reporters on Sunday")."""
    stem = re.escape(name.split()[-1][:6])  # "Zelensky" for "Zelenskyy", "Zelenskiy"
    return (
        re.search(
            r"(?i)\b" + stem + r"\w*(?:,[^,;.]{1,40},)?(?:\s+\w+){0,2}?\s+had\s+"
            r"(?:(?:\w+ly|already|earlier|also|first)\s+)?(?:gave|given|made|" + REPORT_FORMS_RX + r")\b",
            text,
        )
        is not None
    )


_FUTURE = re.compile(r"(?i)\b(?:will|won['’]t|shall|is\s+to|are\s+to|next)\b")


def _known_right_before(text: str) -> str | None:
    """The body the registry knows whose name, written in lower case, ends right before the verb ("The
    Ukrainian general staff said on Saturday ..."), else None."""
    words = re.findall(r"[\w'’.-]+", text)[-4:]
    for k in range(len(words), 1, -1):
        e = lookup(" ".join(words[-k:]))
        if e is not None and e.kind == "body":
            return e.name
    return None


def _first_known(names: Iterable[str]) -> str | None:
    """The canonical name of the first of `names` the registry knows (or of its last words); else the first run of two
    words or more ending in an institution's head ('General Staff', 'Defence Ministry'), which
    names whichever body the article's context makes it (see `same_speaker`)."""
    runs = list(names)
    for n in runs:
        # "Ukraine Oleksandr Syrskyi" (of "... Armed Forces of Ukraine Oleksandr Syrskyi"): a title's
        # last words run into the name
        e = lookup_tail(n.split(), max_drop=2)
        if e is not None:
            return e.name
    # (a sentence's first word is capitalised: "The General Staff published ..." names the General Staff)
    return next((re.sub(r"^(?:The|A|An)\s+", "", n) for n in runs if is_institution(n)), None)


def same_speaker(stated: str, claimant: str | None, others: Iterable[str] = ()) -> bool:
    """Whether a dated statement's speaker (`_first_known`) is the claimant: the same name, or an
    institution named as written ('General Staff') inside the claimant's canonical name
    ('Ukrainian General Staff') — unless it is inside another of the document's claimants too
    (`others`: Moscow's and Kyiv's General Staff both)."""
    if claimant is None:
        return False
    if stated == claimant:
        return True
    inside = re.compile(r"\b" + re.escape(stated) + r"\b")
    return (
        lookup(stated) is None
        and inside.search(claimant) is not None
        and not any(o != claimant and inside.search(o) for o in others)
    )


def _dated_statements(
    sentences: list[Sentence], page_date: str | None, items: Sequence[tuple[int, int, str]] = ()
) -> list[tuple[int, str, str]]:
    """Statements the text dates explicitly ('Syrskyi told journalists on June 21'), by named entity;
    a list page's item (`stamps.list_items`) resolves its times against its own stamp."""
    out: list[tuple[int, str, str]] = []
    for s in sentences:
        if s.furniture:
            continue
        base = next((day for start, end, day in items if start <= s.start < end), page_date)
        for m in _SAID_ON.finditer(s.text):
            iso = dates.resolve_on_page(m.group(1), base)
            if not iso:
                continue
            # the speaker: the nearest known name before the verb, else the one a description names next
            name = _first_known(reversed(CAPITALISED_RUN.findall(s.text[: m.start()])))
            if name is None:
                name = _known_right_before(s.text[: m.start()])
            if name is None:
                name = _named_next(sentences, s.idx, s.text[: m.start()])
            if name is not None:
                out.append((s.idx, name, iso))
        # "Smirnov gave a televised update on Wednesday evening": a statement noun dated in the
        # sentence of its speaker (the first known name before the time)
        for m in _STATEMENT_ON.finditer(s.text):
            if _FUTURE.search(s.text[: m.end()]):
                continue  # "will not publish an assessment on Monday": no statement made
            iso = dates.resolve_on_page(m.group(1), base)
            name = _first_known(CAPITALISED_RUN.findall(s.text[: m.start()])) if iso else None
            fronted = _FRONTED_STATEMENT.match(s.text)
            if iso and name is None and fronted and m.end() <= fronted.end():
                # "In a video released by the Kremlin on Saturday, the chief of the general staff,
                # Valery Gerasimov, said ...": the statement fronted, its speaker after it
                name = _speaker_after(s.text[fronted.end() :])
            if iso and name is not None:
                out.append((s.idx, name, iso))
        for m in (
            *_PUBLISHED_ON.finditer(s.text),
            *_GAVE_ON.finditer(s.text),
            *_ANSWERED_ON.finditer(s.text),
        ):
            iso = dates.resolve_on_page(m.group(1), base)
            # (not a name in an aside before the verb: "Moscow, responding to Zelensky, rejected ...")
            before = re.sub(r",\s+[a-z][^,]{0,60},\s*$", " ", s.text[: m.start()])
            name = _first_known(reversed(CAPITALISED_RUN.findall(before))) if iso else None
            if iso and name is not None:
                out.append((s.idx, name, iso))
        sp = _FRONTED_SPEAKING.match(s.text)
        day = dates.TIME_PHRASE.search(sp.group("occasion")) if sp is not None else None
        iso = dates.resolve_on_page(day.group(0), base) if day is not None else None
        name = _speaker_after(s.text[sp.end() :]) if sp is not None and iso else None
        if iso and name is not None:
            out.append((s.idx, name, iso))
        # "Source: General Staff on Telegram, 6 February": the source a news page credits, and when
        sl = _SOURCE_WITH_DAY.match(s.text)
        if sl is not None:
            iso = dates.resolve_on_page(sl.group(2), base)
            name = _first_known([sl.group(1)])
            if iso and name is not None:
                out.append((s.idx, name, iso))
        # a fronted time: the speaker is the first known name after it
        fm = _FRONTED_TIME.match(s.text)
        verb = REPORT_VERB_FORM.search(s.text)
        if fm and fm.group(2) and verb is not None and "," in s.text[fm.end() : verb.start()]:
            fm = None  # "Yesterday, the hospital received 30 wounded, Artiukh said": the event's day
        if fm and verb is not None:
            iso = dates.resolve_on_page(fm.group(1) or fm.group(2), base)
            if iso:
                name = _first_known(CAPITALISED_RUN.findall(s.text[fm.end() :]))
                if name is not None:
                    out.append((s.idx, name, iso))
    return out


def _speaker_after(rest: str) -> str | None:
    """The speaker of a statement fronted before them: the first known name in what follows, when a
    reporting verb follows too."""
    return _first_known(CAPITALISED_RUN.findall(rest)) if REPORT_VERB_FORM.search(rest) else None


# a speaker described by a title or a body's head noun ("the local governor said on Monday", "the
# ministry said on Thursday"): the words of the description
_DESCRIBED = re.compile(
    r"(?i)\bthe\s+(?:[a-z][\w'’-]*\s+){0,3}?("
    + "|".join(sorted(PERSON_TITLES | ANAPHOR_HEADS))
    + r")\s*,?\s*$"
)


def _named_next(sentences: list[Sentence], idx: int, before_verb: str) -> str | None:
    """The speaker a lede describes ("..., the local governor said on Monday") as the next two
    sentences name them with the description's word ("Governor Alexei Smirnov said on Telegram"): news
    style names the source after a delayed lede."""
    described = _DESCRIBED.search(before_verb)
    if described is None or _OTHER_HOLDER.search(described.group(0)) or side_of_phrase(described.group(0)):
        return None  # (not "the deputy governor", "the Ukrainian general": another may hold the title)
    word = described.group(1).lower()
    for j in range(idx + 1, min(len(sentences), idx + 3)):
        for run in CAPITALISED_RUN.findall(sentences[j].text):
            words = run.lower().split()
            # a person's title before their name ("Governor Alexei Smirnov"), a body's head ending its name
            if word in PERSON_TITLES and word in words[:-1]:
                known = lookup_tail(run.split(), max_drop=2)
                return known.name if known is not None and known.kind == "person" else None
            if word not in PERSON_TITLES and words[-1] == word:
                return _first_known([run])
    return None


_OTHER_HOLDER = re.compile(r"(?i)\b(?:deputy|former|vice|ex|assistant|first|outgoing|previous)\b")
