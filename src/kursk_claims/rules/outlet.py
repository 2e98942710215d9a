"""The outlet's own voice: the publisher named in a page's metadata, and the article speaking as
itself ("our mapping", "this newspaper's count") rather than quoting a source."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import Entity, lookup, resolve_role
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import WARRING_SIDES, DocContext, side_of
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.labels import is_transcript, labelled
from kursk_claims.rules.phrases import _RECKONING_NOUNS, PLATFORMS, Found, _reporting_verbs
from kursk_claims.rules.tree import _heads, _phrase
from kursk_claims.text.reporting import REPORT_FORMS_RX
from kursk_claims.text.segment import quote_at

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kursk_claims.models import Document
    from kursk_claims.rules.context import DocContext
    from kursk_claims.rules.mentions import Resolver

# an article presenting its own analysis: "Our analysis shows", "this newspaper's count"
OWN_WORK = re.compile(
    r"(?i)\b(?:our|my|this\s+(?:newspaper|paper|publication|website)['’]s)\s+(?:own\s+)?"
    r"(?:analysis|mapping|maps?|count|tally|estimates?|assessment|review|calculations?|reckoning|investigation|"
    r"research|data|database|journalists|reporters|team|correspondents?|reading|arithmetic)\b"
    r"|\bwe\s+(?:have\s+)?(?:counted|verified|identified|confirmed|tallied|analy[sz]ed|reviewed|mapped|documented)\b"
    r"|\bwe\s+(?:can|could)\s+(?:\w+ly\s+)?(?:verify|confirm)\b"
    r"|\b[Tt]his\s+(?:author|writer)\b"
)
_SELF_NOUNS = frozenset({"newspaper", "paper", "publication", "website", "author", "writer"})
# what the article calls itself when it speaks in its own voice ("we", "our", "this newspaper")
_OWN_VOICE_HEADS = frozenset({"we", "us", "our"}) | _SELF_NOUNS


def outlet_name(outlet: str | None) -> str | None:
    """The outlet's own name from page metadata: "Gamereactor (gamereactor.eu), citing Reuters" ->
    "Gamereactor", "NV / New Voice of Ukraine" -> "NV"."""
    if not outlet:
        return None
    name = re.split(r"\s*[(,;]|\s+[-–—/|]\s", outlet, maxsplit=1)[0].strip()
    return name or None


# what a copy's metadata says of the agency it came from, besides the agency's name ("AFP syndicated feed")
_COPY_WORDS = re.compile(r"(?i)\b(?:copy|wire|syndicated|syndication|feed|story|report|via)\b")


def own_work_source(outlet: str | None) -> str | None:
    """Whose own count the page's first person gives: on a copy of an agency's story that the metadata
    names in brackets ('NDTV (Reuters)', 'The Defense Post (AFP copy)', 'UrduPoint (APP / AFP wire)') the
    agency's, by its registry name; otherwise the outlet's ('Kyiv Independent (reposted on ...)')."""
    for m in re.finditer(r"\(([^()]*)\)", outlet or ""):
        parts = [p.strip() for p in re.split(r"[/,;]", _COPY_WORDS.sub(" ", m.group(1))) if p.strip()]
        agencies = {e.name for p in parts if (e := lookup(p)) is not None and e.kind == "media"}
        if len(agencies) == 1:
            return agencies.pop()
    return outlet_name(outlet)


def outlet_country(outlet: str | None) -> str | None:
    """The warring side whose own outlet the page is (Izvestia -> russia, Ukrinform -> ukraine), from the
    registry's media entry for the page's outlet; None for any other outlet."""
    e = lookup(outlet_name(outlet) or "")
    country = e.country if e is not None and e.kind == "media" else None
    return country if country in ("ukraine", "russia") else None


def own_outlet_side(ctx: DocContext, upto: int) -> str | None:
    """The country of a warring side's own outlet (TASS -> russia) for a body it names bare at `upto`
    ('The Defence Ministry said the enemy had lost ...'), when neither that sentence nor the one before
    names a country ('The Kiev regime ... The General Staff said ...', 'North Korea's defense ministry
    has not commented. The ministry said ...'); else None."""
    at = ctx.sentence_at(upto)
    if at is None:
        return None
    nearby = ctx.document.text[ctx.sentences[max(0, at.idx - 1)].start : at.end]
    return None if _COUNTRY_WORD.search(nearby) else outlet_country(ctx.document.outlet)


# a country, its capital or its people named ("Kiev's military", "Russian forces", "Belarus' Defense Ministry")
_COUNTRY_WORD = re.compile(
    r"\b(?:Ukrain\w*|Kyiv|Kiev|Russia\w*|Moscow|Kremlin|Belarus\w*|Minsk|(?:North\s+|South\s+)?Korea\w*|"
    r"Pyongyang|Seoul|America\w*|U\.S\.|US|United\s+States|Washington|British|Britain|UK)\b"
)


def outlet_president(document: Document, name: str) -> str | None:
    """The country whose president 'The President said', written bare, is on a warring side's own outlet
    (Ukrinform -> ukraine), unless the page names another country's president ('Kazakh President')."""
    if name.lower() != "president" or re.search(
        r"\b(?!Ukrainian\b|Russian\b)[A-Z][a-z]+\s+President\b", document.text
    ):
        return None
    return outlet_country(document.outlet)


def own_outlet(ctx: DocContext, subj: Token, sent_idx: int) -> Found | None:
    """The publishing outlet, when the article speaks as itself: "our mapping put it at ...",
    "we could confirm ...", "this newspaper's count" — outside quotations and labelled lines
    ("Q:", "Dzhus:"), in an article that presents an analysis of its own (`OWN_WORK`); the
    outlet's name is the page's metadata."""
    low = subj.lower_
    ours = low in ("we", "us", "our") or any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children
    )
    this_paper = low in _SELF_NOUNS and any(c.lower_ == "this" for c in subj.children)
    name = outlet_name(ctx.document.outlet) if ours or this_paper else None
    if name is None:
        return None
    text = ctx.document.text
    at = ctx.sentences[sent_idx].start + subj.idx
    on_label = labelled(text, text.rfind("\n", 0, at) + 1)
    line = text[text.rfind("\n", 0, at) + 1 : at]
    if quote_at(ctx.quotes, at, at + 1) is not None or on_label or is_transcript(text):
        return None  # a quotation's or a labelled line's "we"; a transcript has no writer's voice
    if re.match(r"\s*[—–]", line) or re.search(r"\b(?:" + REPORT_FORMS_RX + r")\b[^:.]{0,60}:\s*$", line):
        return None  # an interview's dashed answer ("— We have counted ..."), a speaker's colon ("told reporters: we ...")
    if in_an_answer(ctx, sent_idx):
        return None  # an answer after an interview's first question: the interviewee's "we"
    # (the head is the first-person word, "our" for "our mapping": `own_voice` reads it)
    return (
        Found(name, "media", "media", "our" if low not in _OWN_VOICE_HEADS else low)
        if OWN_WORK.search(text)
        else None
    )


# a statement made to the outlet itself: "told DW", "speaking to the Gulf Herald on condition of ..."
_TO_AN_OUTLET = (
    r"(?i:\b(?:told|telling|speaking\s+to|spoke\s+to|talking\s+to|in\s+an\s+interview\s+with)\s+(?:the\s+)?)"
)


def in_an_answer(ctx: DocContext, sent_idx: int) -> bool:
    """Whether a sentence is in an interview's answer: after its first question, on no question's line
    (where "we", "our count", "by my estimate" are the interviewee's)."""
    from kursk_claims.rules.interview import question_lines

    questions = question_lines(ctx)
    line = ctx.sentences[sent_idx].line
    return (
        bool(questions) and questions[0] < sent_idx and all(ctx.sentences[q].line != line for q in questions)
    )


def told_the_outlet(outlet: str | None, text: str) -> bool:
    """Whether a sentence reports a statement made to the page's own outlet ('Kravets told DW', 'she told
    The New Humanitarian'): the outlet's reporting, of the page's own time."""
    name = outlet_name(outlet)
    if name is None:
        return False
    return re.search(_TO_AN_OUTLET + re.escape(_without_the(name)) + r"\b", text) is not None


def names_the_outlet(outlet: str | None, phrase: str) -> bool:
    """Whether a phrase is the page's own outlet by name, with or without 'the' ('As the Kyiv Independent
    reported' on the Kyiv Independent's page)."""
    name = outlet_name(outlet)
    return name is not None and _without_the(phrase).lower() == _without_the(name).lower()


def _without_the(name: str) -> str:
    return re.sub(r"(?i)^the\s+", "", name)


# what reporters do with their own eyes: "reporters counted 14 destroyed vehicles"
_OBSERVING = frozenset({"count", "see", "observe", "witness", "tally"})
_REPORTERS = frozenset({"reporter", "journalist", "correspondent"})


def own_reporters(r: Resolver, t: Target) -> Attribution | None:
    """'Reuters reporters counted 63 people', 'reporters saw at least a dozen wrecked trucks': what the
    page's own reporters count or see is the article's own voice (no claimant), outside quotations and
    when no one else in the sentence reports it; reporters described any other way ('BBC reporters',
    'Russian reporters', 'correspondents embedded with the unit') are left to the other rules."""
    if t.sdoc is None or t.quote is not None:
        return None
    v = next((h for h in _heads(t.num, 6) if h.pos_ == "VERB"), None)
    if v is None or v.lemma_.lower() not in _OBSERVING:
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _REPORTERS:
        return None
    if any(w.i != v.i and t.num in w.subtree for w in _reporting_verbs(t.sdoc)):
        return None  # ("Reporters counted 50 dead, the governor said"): the one reporting it asserts
    own = set(re.findall(r"\w+", (outlet_name(r.ctx.document.outlet) or "").lower()))
    for c in subj.children:
        if c.dep_ == "det" or (c.dep_ == "poss" and c.lower_ == "our"):
            continue
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ in own:
            continue  # "Reuters reporters" on a Reuters page
        return None  # "Russian reporters", "State TV correspondents", "correspondents embedded with ..."
    why = f"'{_phrase(subj)} {v.text}': the outlet's own reporters"
    return Attribution(None, None, Decision("claimant.own_reporters", why))


def own_voice(att: Attribution, outlet: str | None) -> Attribution:
    """What the article says in its own first person ('we estimate', 'By our count', 'Our own
    assessment puts', 'this author estimates') is the outlet's own count or analysis: attributed, as
    an agency's 'according to an AFP tally' is, to the outlet (side media), not left unattributed.
    Its outlet named in the third person ('The Kyiv Independent's review found') is the same source."""
    name = outlet_name(outlet)
    if att.name is None or name is None or att.name != name or att.head.lower() not in _OWN_VOICE_HEADS:
        return att
    why = f"the outlet's own '{att.head}' ({att.decision.why})"
    source = own_work_source(outlet)
    return Attribution(source, _own_side(source), Decision("claimant.own_voice", why), att.verb)


def _own_side(source: str | None) -> str | None:
    """The side of a page's own count: the registry's for a source it knows (a think tank's
    'our estimates' is third_party), else media."""
    e = lookup(source) if source else None
    return None if source is None else e.side if e is not None and e.side else "media"


def publisher_voice(att: Attribution, outlet: str | None) -> Attribution:
    """The page's own voice on a page a government body or an international organisation publishes
    (a ministry's press release, an ICRC update: 'Some 6,500 evacuees received …', 'According to our
    estimates, …') is that body's; on any other page it stays the article's (claimant null) or, in
    the first person, the outlet's own count (`own_voice`)."""
    if att.decision.rule not in ("claimant.article_voice", "claimant.own_voice") or (
        att.name is not None and att.decision.rule != "claimant.own_voice"
    ):
        return att
    publisher = government_publisher(outlet)
    if publisher is None:
        return att
    name, side = publisher
    why = f"the page's publisher, {name}, speaks" + (
        f" ({att.decision.why})" if att.decision.rule == "claimant.own_voice" else ""
    )
    return Attribution(name, side, Decision("claimant.publisher", why), att.verb)


# what a writer keeps their own count in: the reckoning nouns (data), and a spreadsheet
_OWN_RECKONING = _RECKONING_NOUNS | {"spreadsheet"}


def own_reckoning(r: Resolver, t: Target) -> Attribution | None:
    """'By our count, the ministry's daily bulletins added up to about 74,500', 'the authorities have
    reported at least 60 deaths, according to our tally of the governor's statements', 'By our count,
    Ukrainian soldiers have been filmed in at least 35 settlements': the writer's own count (`by` or
    `according to` `our`/`my` reckoning, hung on the sentence's main verb) frames the whole sentence, so
    a figure in it, even one a source's verb reports, is the writer's count, sum or average of claims:
    the outlet's own count (side media; no claimant on a page whose outlet is unknown), outside
    quotations and labelled lines. The writer's first person singular is then a contributor's where
    the page names one."""
    if t.sdoc is None or t.quote is not None:
        return None
    root = next((w for w in t.sdoc if w.dep_ == "ROOT"), None)
    if root is None:
        return None
    framed = None
    for prep in (c for c in root.children if c.dep_ in ("prep", "agent")):
        word = prep.lower_
        if word == "according":
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), prep)
        if word not in ("by", "according"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lemma_.lower() in _OWN_RECKONING:
            owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ in ("our", "my"):
                framed = f"{'according to' if word == 'according' else 'by'} {owner.text} {pobj.text}"
    if framed is None:
        return None
    text = r.ctx.document.text
    at = t.s.start
    if labelled(text, text.rfind("\n", 0, at + 1) + 1) or is_transcript(text) or in_an_answer(r.ctx, t.s.idx):
        return None
    verbs = [v for v in _reporting_verbs(t.sdoc) if t.num in v.subtree]
    subject = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in ("we", "i") for c in subject):
        return None  # ("by our count we found ..."): the first person's own rule reads it
    name = own_work_source(r.ctx.document.outlet)
    if not subject and name is None:
        return None  # no source's verb over the figure and no outlet known: the other rules read it
    why = f"'{framed}' frames the sentence: the writer's own count"
    return Attribution(name, _own_side(name), Decision("claimant.own_voice", why))


# A publisher that governs rather than reports: "Ministry of Defence of Ukraine", "Kursk regional government".
_GOVERNMENT = re.compile(
    r"(?i)\b(?:ministry|government|administration|general\s+staff|presidential\s+office|"
    r"(?:office|website)\s+of\s+the\s+president|embassy|prosecutor['’]s\s+office|investigative\s+committee|"
    r"headquarters)\b"
)


@functools.lru_cache(maxsize=256)
def government_publisher(outlet: str | None) -> tuple[str, str | None] | None:
    """(name, side) of a page's publisher that is a government body or an international organisation,
    not an outlet or a think tank, or the president whose office publishes an address ('Office of the
    President of Ukraine, evening address'); else None.
    A description around the body's name is not its name: 'Russian Ministry of Defence official
    statement', 'Telegram web preview of the Russian Defence Ministry's channel' are the ministry's."""
    if not outlet:
        return None
    named = lookup(outlet_name(outlet) or "")
    if named is not None and named.kind == "media":
        return None  # ("Reuters, citing the Russian Defence Ministry": a news outlet's page)
    if re.search(r"(?i)\((?:[^)]*\b(?:blog|independent|newsletter|unofficial))", outlet):
        return None  # ("Russian Embassy Watch (blog, independent)": a page about the body)
    plain = re.sub(r"\s*\((?:[^)]*)\)", "", outlet).strip()  # "(synthetic)", "(press release)"
    e = lookup(plain) or _body_inside(plain)
    if e is not None and e.side not in WARRING_SIDES and side_of(plain.split()[0]) in WARRING_SIDES:
        # ("Russian Red Cross Society": a warring country's own society, not the international body)
        return None
    if e is not None:  # a government's or an international body's; a think tank's page is an article's voice
        return (e.name, e.side) if _issues_statements(e) else None
    governs = _GOVERNMENT.search(plain)
    before = plain[: governs.start()].split() if governs is not None else []
    if governs is None or not all(
        w[:1].isupper() or w.lower() in _PAGE_WORDS | _BODY_ADJECTIVES for w in before
    ):
        return None  # (not "Meduza analysis of Russian Ministry of Defence data": a page about the body)
    # ("Embassy of the Russian Federation in the UK": Russia's, wherever it sits)
    side = side_of(re.split(r"\s+in\s+", plain)[0])
    speech = (
        re.search(r"(?i)\b(?:address|speech|transcript|remarks)\b", outlet) and "president" in plain.lower()
    )
    if speech and side in WARRING_SIDES and (head := resolve_role(f"{side} president", None)) is not None:
        return head.name, head.side
    # ("Government of the Kursk region, press release in English translation": the body before the comma)
    body = plain.split(",")[0].strip()
    return (body, side) if side in WARRING_SIDES else None


def _body_inside(plain: str) -> Entity | None:
    """The longest run of the description's words (a possessive's ending dropped) that names a body in
    the registry that issues statements (`_issues_statements`), after nothing but words for the page itself ('Telegram web preview of
    the', 'Press release of the'; not 'Meduza analysis of', 'Reuters report on a')."""
    words = plain.replace(",", " ").split()
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            run = re.sub(r"['’]s$", "", " ".join(words[i : i + n]))
            e = lookup(run)
            if e is not None and _issues_statements(e):
                # (nor a title that goes on after the body's name, "White House Watch newsletter"; but "the
                # Ministry's English-language channel", "HUR, Telegram channel", "OCHA Ukraine flash update")
                owner = re.search(r"['’]s$", words[i + n - 1]) is not None
                after = words[i + n] if i + n < len(words) else ""
                titled = (
                    after[:1].isupper()
                    and after.lower() not in _PAGE_WORDS | PLATFORMS
                    and side_of(after) is None
                    and not owner
                )
                return e if all(w.lower() in _PAGE_WORDS for w in words[:i]) and not titled else None
    return None


def _issues_statements(e: Entity) -> bool:
    """Whether a registry entity's own page speaks as it: a body of a government (a ministry, the
    Pentagon, the UK's Defence Intelligence) or of nations together (NATO, the UN, the ICRC), not a body
    that publishes analysis as an outlet does (a think tank's assessment is an article's own voice)."""
    return e.kind == "body" and not e.analyst


# lowercase words of a body's own name before its head ("Kursk regional government")
_BODY_ADJECTIVES = frozenset(
    "regional state federal national military city district oblast presidential".split()
)
# what a body's own page is called before the body's name
_PAGE_WORDS = frozenset(
    "official website site page web preview telegram channel press release service statement archived copy "
    "english-language english translated text of the from by news update flash report annual periodic "
    "briefing summary bulletin transcript version".split()
)
