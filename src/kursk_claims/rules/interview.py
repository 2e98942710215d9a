"""Interviews: who speaks on each line of a question-and-answer piece or a transcript.

Papers print interviews in many layouts: "Q:"/"A:" labels; the speakers' names as labels
("KOVAL:", "**KOVAL:**", "[19:02:06] LINDQVIST:"); questions set in italics or bold with the
answers plain under them; a dialogue of em dashes ("— How much ground do you hold?" / "— About 30
square kilometres."). An answer is the interviewee's, a labelled line its speaker's; a question
that relays a claim ("Moscow says it retook 24 villages. Is that so?") is left to the sentence
rules, which name who the interviewer quotes. The interview's day dates what is said in it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import DocContext, ents_of, governed_place_side
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.labels import INTERVIEWER, LABEL, QUESTION_LABEL, is_transcript, labelled
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.outlet import outlet_country, outlet_name
from kursk_claims.rules.phrases import (
    CALL_SIGN,
    CAPITALISED_RUN,
    PERSON_TITLES,
    TITLE_WORDS,
    TITLED_NAME,
)
from kursk_claims.rules.tree import BODY_WORDS
from kursk_claims.text.segment import Sentence

# a line that is a question: it ends with a question mark (inside any emphasis or quotation mark)
_ASKS = re.compile(r"\?[\s*_\"”’]*$")
# words that say a piece is an interview
_INTERVIEW_CUE = re.compile(
    r"(?i)\b(?:interview|interviewed|spoke\s+to|talked\s+to|talks?\s+with|conversation|Q\s*&\s*A|questions|"
    r"transcript|broadcast|we\s+met\s+him|we\s+met\s+her|asked)\b"
)
# a person introduced with an apposition: "Taras Hlushko, a Ukrainian battalion commander, ..."
_APPOSED_NAME = re.compile(r"\b([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:a|an|the)\s+([^,.;]{3,80})")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def question_lines(ctx: DocContext) -> list[int]:
    """The sentences that open a question line of an interview ("Q: ...", "*How many ...?*",
    "— How much ground ...?"), in an article that says it is an interview; else [] (once per page:
    the date and claimant rules ask for every figure)."""
    if ctx.question_idx is None:
        ctx.question_idx = _question_lines(ctx)
    return ctx.question_idx


def _question_lines(ctx: DocContext) -> list[int]:
    text = ctx.document.text
    lines: dict[int, int] = {}
    for s in ctx.sentences:
        if s.idx == 0 or s.line in lines:
            continue  # the title may ask a question too
        start = _line_start(text, s.start)
        end = text.find("\n", s.start)
        line = text[start : len(text) if end < 0 else end]
        if s.headline and not _ASKS.search(line):
            continue  # a heading ("*How many stayed?*" is a question set in italics, no heading)
        if QUESTION_LABEL.match(line) or (_ASKS.search(line) and len(line) < 400 and not LABEL.match(line)):
            lines[s.line] = s.idx
    if len(lines) < 2 and not any(QUESTION_LABEL.match(ctx.sentences[i].text) for i in lines.values()):
        return []
    first = min(lines.values(), default=0)
    intro = " ".join(s.text for s in ctx.sentences[: first + 1])
    return sorted(lines.values()) if _INTERVIEW_CUE.search(intro) else []


def interview_answer(r: Resolver, t: Target) -> Attribution | None:
    """A transcript's line labelled with a person's name ("Dzhus: We still control ...") is that
    person's; in an interview, an answer ("A: ...", or any line after the first question that is no
    question itself) is the interviewee's: the person the introduction names (see `_interviewee_of`)."""
    ctx = r.ctx
    text = ctx.document.text
    line_start = _line_start(text, t.s.start)
    if not t.s.headline:
        turn = _speaker_label(r, ctx.sentences, text, line_start) or _turn_goes_on(r, t)
        if turn is not None:
            return _of_the_outlets_country(r, turn) if turn.name else None
    questions = question_lines(ctx)
    if not questions or questions[0] > t.s.idx:
        return None
    if any(ctx.sentences[q].line == t.s.line for q in questions):
        return None  # a question: the sentence rules name whom it quotes
    found = _interviewee_of(r, ctx.sentences[: questions[0]])
    return _of_the_outlets_country(r, found) if found is not None else None


def _of_the_outlets_country(r: Resolver, att: Attribution) -> Attribution:
    """A speaker the page gives no side, interviewed by a warring side's own outlet (Izvestia, Ukrinform),
    speaks from that side, as one who `told Izvestia` does."""
    if att.side is not None:
        return att
    country = outlet_country(r.ctx.document.outlet)
    return replace(att, side=country) if country is not None else att


TURN_PARAGRAPHS = 6  # how many paragraphs without a label a transcript's speaker may go on for


def _turn_goes_on(r: Resolver, t: Target) -> Attribution | None:
    """A paragraph without a label in a transcript whose lines are labelled goes on with the
    speaker of the labelled paragraph before it (an official transcript sets a long answer over
    several paragraphs and labels only the first), up to `TURN_PARAGRAPHS` paragraphs back."""
    ctx = r.ctx
    text = ctx.document.text
    if not is_transcript(text):
        return None  # (checked first: this runs for every figure on a line without a label)
    if labelled(text, _line_start(text, t.s.start)):
        return None  # "Q: Ukraine captured two soldiers": a line of its own turn
    firsts: dict[int, Sentence] = {}  # the first sentence of each line before the figure's
    for x in ctx.sentences[: t.s.idx]:
        if x.line != t.s.line:
            firsts.setdefault(_line_start(text, x.start), x)
    for seen, start in enumerate(sorted(firsts, reverse=True)):
        s = firsts[start]
        if seen >= TURN_PARAGRAPHS:
            return None
        if LABEL.match(text, start):
            # (a label line may read as a heading: "Valery Gerasimov: Comrade Supreme Commander-in-Chief,")
            return _speaker_label(r, ctx.sentences, text, start)
        if labelled(text, start):
            return None  # a question or an answer mark: another turn
        if s.headline or s.furniture:
            return None
    return None


def _interviewee_of(r: Resolver, intro: list[Sentence]) -> Attribution | None:
    """The person an interview's introduction presents: one the registry knows, one named with a
    rank or a description, one known by a call sign, else the first person the recogniser finds
    (in the headline last)."""
    ctx = r.ctx
    for s in intro:
        for run in CAPITALISED_RUN.findall(s.text):
            e = lookup(run)
            if e is not None and e.kind == "person":
                return _interviewee(e.name, e.side)
    for s in intro:
        if s.headline:
            continue
        m = TITLED_NAME.search(s.text)
        if m:
            # the side the description right after the name gives ("... of a Ukrainian brigade")
            described = re.split(r"[;.]|\bthat\b|\bwhich\b", s.text[m.end() :], maxsplit=1)[0]
            return _interviewee(m.group(1), side_of_phrase(described) or side_of_phrase(s.text))
        m = _APPOSED_NAME.search(s.text)
        if m and not BODY_WORDS.search(m.group(1)) and lookup(m.group(1)) is None:
            return _interviewee(m.group(1), side_of_phrase(m.group(2)))
        m = CALL_SIGN.search(s.text)
        if m:
            return _interviewee(m.group(1), side_of_phrase(s.text[: m.start()]))
    for s in sorted(intro, key=lambda s: s.headline):  # the headline last
        sdoc = ctx.parsed.get(s.idx)
        for ent in ents_of(sdoc) if sdoc is not None else ():
            if ent.label_ == "PERSON" and len(ent.text.split()) >= 2 and lookup(ent.text) is None:
                described = " ".join(t.text for t in ent.root.subtree)
                return _interviewee(ent.text, side_of_phrase(described) or side_of_phrase(s.text))
    return None


def _speaker_label(r: Resolver, sentences: list[Sentence], text: str, line_start: int) -> Attribution | None:
    """The person a line's speaker label names: a registry person, or someone the text named in
    full (or with a rank) before the line; an interviewer's label ("INTERVIEWER:", "HOST:") names
    nobody (an Attribution without a name)."""
    m = LABEL.match(text, line_start)
    if not m or m.group("label") in ("Q", "A"):
        return None
    label = m.group("label")
    if INTERVIEWER.match(label) or re.search(r"(?i)\((?:host|interviewer|presenter)\)", m.group(0)):
        return Attribution(None, None, Decision("claimant.interview_answer", f"'{label}': the interviewer"))
    e = lookup(label)
    if e is not None:
        return _interviewee(e.name, e.side) if e.kind == "person" else None
    desc = m.group("desc") or ""
    if _CALLER.match(label) and desc:
        # "Caller (Valentina Ivanovna, Lgov):": a phone-in's caller, named in the brackets with their town
        name, _, where = desc.partition(",")
        side = side_of_phrase(desc) or governed_place_side(where or desc) or r.home_side()
        return _interviewee(name.strip(), side)
    in_office = _in_office(r, label, desc)
    if in_office is not None:
        return in_office
    words = label.split()
    for k in (3, 2):
        # "Chief of the General Staff of the Armed Forces Valery Gerasimov": the name after the title
        e = lookup(" ".join(words[-k:])) if len(words) > k else None
        if e is not None and e.kind == "person":
            return _interviewee(e.name, e.side)
    if (
        label.isupper()
        and 2 <= len(label.split()) <= 4
        and len(desc) > 12
        and not m.group("title")
        and is_transcript(text)
    ):
        # "DR ANDERS LUND (senior fellow, Nordic Institute for Conflict Studies):": a panel's cast
        # named in capitals with who they are in brackets
        name = _unranked(label.title().split())
        known = lookup(name)
        if known is not None and known.kind == "person":
            return _interviewee(known.name, known.side)
        return _interviewee(name, side_of_phrase(desc) or governed_place_side(desc))
    if label.isupper() and len(label.split()) >= 2 and m.group("title"):
        # "ALEXEI SMIRNOV, ACTING GOVERNOR, KURSK REGION:": a full name in capitals with its title
        titled = TITLED_NAME.search(label.title())
        name = titled.group(1) if titled else label.title()
        known = lookup(name)
        if known is not None and known.kind == "person":
            return _interviewee(known.name, known.side)
        title = m.group("title")
        return _interviewee(name, side_of_phrase(title) or governed_place_side(title))
    last = words[-1].lower()
    for s in sentences:
        if s.start >= line_start:
            break
        for run in CAPITALISED_RUN.findall(s.text):
            found = _named_in_run(run.split(), last, len(words) == 1)
            if found is not None and not BODY_WORDS.search(run):
                after = s.text[s.text.find(run) + len(run) :]
                described = re.split(r"[;.]", after, maxsplit=1)[0]
                titled = TITLED_NAME.search(s.text)
                name = (
                    titled.group(1)
                    if titled and titled.group(1).split()[-1].lower() == found.split()[-1].lower()
                    else found
                )
                if name.isupper():
                    name = name.title()  # "CLARA NEUMANN" in a transcript's cast list
                name = _unranked(name.split())
                side = side_of_phrase(described) or r.described_side(name, s.idx, s.idx)
                return _interviewee(name, side or _publisher_side(r))
    member = _member(r, sentences, label, line_start)
    if member is not None:
        return member
    if label.split()[-1].lower() in PERSON_TITLES and len(label.split()) >= 2:
        # "SENIOR MILITARY OFFICIAL:", "UKRAINIAN COMMANDER:": a speaker the transcript names by role,
        # of the government body that publishes the transcript when the label names no country
        outlet = outlet_name(r.ctx.document.outlet)
        publisher = lookup(outlet) if outlet else None
        side = side_of_phrase(label) or (publisher.side if publisher and publisher.kind == "body" else None)
        return _interviewee(label.title() if label.isupper() else label, side)
    return _named_by_label(r, sentences, text, label)


# a description of a person before their name: "a captured Russian conscript, Daniil K."
_DESCRIBES_A_PERSON = re.compile(
    r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:"
    + "|".join(
        map(
            re.escape,
            sorted(PERSON_TITLES | {"conscript", "soldier", "prisoner", "serviceman", "pilot", "operator"}),
        )
    )
    + r")s?\s*$"
)
# the sentence after a name that says who they are: "He commands an assault battalion ..."
_DESCRIBED_NEXT = re.compile(
    r"(?:He|She)\s+(?:is|was|commands|commanded|serves|served|leads|led|heads|headed)\b"
)
# the label of someone from the public whose name follows in brackets: "Caller (Nikolai, Rylsk):"
_CALLER = re.compile(r"(?i)^(?:caller|listener|viewer|reader|resident|guest)$")
_NAME_AND_INITIAL = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.$")


def _named_by_label(r: Resolver, sentences: list[Sentence], text: str, label: str) -> Attribution | None:
    """A speaker the page knows only by the label it gives every answer ("Tesla:" after "identified
    only by his call sign, Tesla"; "Daniil K.:" for a prisoner named by first name and initial): a
    name-like label that opens two lines or more, none of them a question (the one who asks is the
    interviewer), of the side the introduction gives the person interviewed."""
    lines = [line for line in text.splitlines() if (m := LABEL.match(line)) and m.group("label") == label]
    if len(lines) < 2 or any(_ASKS.search(line) for line in lines):
        return None
    first = text.find(lines[0])
    called = any(m.group(1) == label for m in CALL_SIGN.finditer(text, 0, first))
    if not called and not _NAME_AND_INITIAL.match(label):
        return None  # ("Claim:", "Verdict:" in a fact-check: a heading's word, nobody's name)
    intro = [s for s in sentences if s.end <= first and s.idx > 0 and not s.headline]  # (not the title)
    return _interviewee(label.title() if label.isupper() else label, _label_side(r, intro, label))


def _label_side(r: Resolver, intro: list[Sentence], label: str) -> str | None:
    """The side of the person a label names, as the introduction describes them: the words right before
    the name where it names them ("a captured Russian conscript, Daniil K.,") or the sentence describing
    them after it ("He commands an assault battalion ..."), else what follows the word saying it is an
    interview ("an interview with a Russian serviceman captured in ..."), else the side of the whole
    sentence saying so, else the side the article is about."""
    named = re.compile(r"(?<![\w-])" + re.escape(label.split()[0]) + r"(?![\w-])")
    for k, s in enumerate(intro):
        at = named.search(s.text)
        if at is None:
            continue
        # the description set right before the name, a person's ("a captured Russian conscript, ")
        parts = [p for p in re.split(r"[,;:(]", s.text[: at.start()]) if p.strip()]
        side = side_of_phrase(parts[-1]) if parts and _DESCRIBES_A_PERSON.search(parts[-1]) else None
        if side is not None:
            return side
        # "... by his call sign, "Tur," .... He commands an assault battalion ..., which crossed into
        # Russia's Kursk Oblast": the sentence describing them next
        after = intro[k + 1].text if k + 1 < len(intro) else ""
        side = side_of_phrase(after) if _DESCRIBED_NEXT.match(after) else None
        if side is not None:
            return side
    for s in intro:
        cue = _INTERVIEW_CUE.search(s.text)
        side = side_of_phrase(re.split(r"[,;.]", s.text[cue.end() :], maxsplit=1)[0]) if cue else None
        if side is not None:
            return side
    cued = (side_of_phrase(s.text) for s in intro if _INTERVIEW_CUE.search(s.text))
    return next((side for side in cued if side is not None), None) or r.home_side()


def _named_in_run(words: list[str], last: str, first_name: bool) -> str | None:
    """The name a run of capitalised words gives a label's last word ("Tulloch" in "Lieutenant
    General Sir Andrew Tulloch", "Hammond" in "Rachel Hammond MP"; with `first_name`, "Ilkka" in
    "Ilkka Varonen" for a podcast's first-name label): the name's words, without ranks before them."""
    low = [w.lower() for w in words]
    if first_name and len(words) >= 2 and low[0] == last:
        return " ".join(words[:2])
    if last not in low[1:]:
        return None
    k = low.index(last, 1)
    name = _unranked(words[: k + 1])
    return name if 2 <= len(name.split()) <= 4 else None


def _unranked(words: list[str]) -> str:
    """A name without the ranks, honorifics and titles before it ("Sir Andrew Tulloch" -> Andrew
    Tulloch, "Deputy Press Secretary Laura Benning" -> Laura Benning)."""
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


# An honorific before a name in a record's label: "Lord Coaker (Lab):", "Ms Quayle:", "Senator Reed:"
_HONORIFIC = re.compile(
    r"^(?:The\s+)?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Earl|Viscount|Senator|Sen|Rep|"
    r"Representative|Congressman|Congresswoman)\.?\s+(?=[A-Z])"
)
# a person's name in brackets after an office: "(Luke Pollard)", "(Lord Coaker)"
_BRACKETED_NAME = re.compile(
    r"^(?:(?:Lord|Lady|Baroness|Sir|Dame)\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}$"
)


def _in_office(r: Resolver, label: str, desc: str) -> Attribution | None:
    """A record that labels a speaker by their office with their name in brackets ("The Minister for
    the Armed Forces (Luke Pollard):", "The Parliamentary Under-Secretary of State (Lord Coaker):"):
    the person named, of the side of the body publishing the record."""
    words = label.split()
    if words[0] != "The" or not _BRACKETED_NAME.match(desc):
        return None
    if not any(w.lower() in PERSON_TITLES or w.lower() in _OFFICES for w in words[1:]):
        return None
    known = lookup(desc)
    if known is not None and known.kind == "person":
        return _interviewee(known.name, known.side)
    return _interviewee(desc, _publisher_side(r))


_OFFICES = frozenset({"minister", "secretary", "under-secretary", "chancellor", "speaker", "chair", "leader"})


def _member(r: Resolver, sentences: list[Sentence], label: str, line_start: int) -> Attribution | None:
    """A member of a parliament or a hearing labelled by an honorific and their name ("Ms Harriet Quayle
    (Bicester and Woodstock) (LD):", "Lord Coaker (Lab):"; by the surname alone after the page named them
    in full, "Ms Quayle:"), of the side of the body publishing the record."""
    honoured = _HONORIFIC.match(label)
    if honoured is None:
        return None
    rest = label[honoured.end() :].split()
    name = " ".join(rest) if len(rest) >= 2 else label.removeprefix("The ")
    if len(rest) == 1:
        last = rest[0].lower()
        for s in sentences:
            if s.start >= line_start:
                break
            for run in CAPITALISED_RUN.findall(s.text):
                found = _named_in_run(_HONORIFIC.sub("", run).split(), last, False)
                name = found if found is not None and not BODY_WORDS.search(found) else name
    known = lookup(name)
    if known is not None and known.kind == "person":
        return _interviewee(known.name, known.side)
    return _interviewee(name, _publisher_side(r))


def _publisher_side(r: Resolver) -> str | None:
    """The side of the government body that publishes a transcript ("UK Parliament Defence
    Committee", "President of Russia website"): its witnesses and officials speak for it."""
    outlet = r.ctx.document.outlet or ""
    if not _PUBLISHING_BODY.search(outlet):
        return None
    known = lookup(outlet_name(outlet) or "")
    return known.side if known is not None else side_of_phrase(outlet)


_PUBLISHING_BODY = re.compile(
    r"(?i)\b(?:parliament|committee|ministry|government|president|kremlin|congress|senate|hansard|"
    r"house\s+of\s+(?:commons|lords|representatives)|bundestag|duma|rada)\b"
)


def _interviewee(name: str, side: str | None) -> Attribution:
    return Attribution(
        name,
        side,
        Decision("claimant.interview_answer", f"answer of the interview with {name}"),
        None,
        name.split()[-1].lower(),
    )
