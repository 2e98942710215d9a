"""Relayer versus asserter: who passes a figure on and who asserts it — an outlet citing a source
(along a chain of outlets), 'X reported Y as saying', 'X's tally, as published by Y', a second
reporting verb sharing the first one's subject."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from kursk_claims.domain.registry import load_registry, lookup, resolve_role, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import WARRING_SIDES, attribution_data, ent_type_of, ents_of
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.outlet import names_the_outlet
from kursk_claims.rules.phrases import (
    INSTITUTION_HEADS,
    METONYMS,
    PERSON_TITLES,
    REPORT_VERBS,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
    Found,
    _reporting_verbs,
)
from kursk_claims.rules.tree import _agent_of, _phrase, _subject_of, a_time, apposed_speaker, word_before_verb

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs by which an outlet names the source it passes on ('citing the ministry', 'quoting RIA').
_CITING_VERBS = frozenset({"cite", "quote"})
# ... and by which a statement is passed on ('a ministry statement cited by AFP', 'relayed by TASS').
_RELAY_VERBS = _CITING_VERBS | {"relay"}


class Cited(NamedTuple):
    found: Found
    chain: bool  # reached through another outlet: whoever reports it only relays
    named: bool = False  # the source cited is named ("citing the NIS"), not only described


def _cited_source(
    r: Resolver, verb: Token, sent_idx: int, home: str | None = None, outlet_home: str | None = None
) -> Cited | None:
    """'Ukrainian media reported, citing Syrskyi': a named person or body the reporter cites; along
    a chain of outlets ('citing RIA Novosti, which in turn quoted the defence ministry') the last link,
    an unnamed institution resolved in the country of the outlet that quoted it."""
    # ("Citing the defense ministry, Russian news agency TASS reported ...": a participle opening the
    # sentence cites for its verb, however the parser hung the two)
    opening = next((t for t in verb.doc if not t.is_punct), None)
    first_verb = next(
        (
            t
            for t in verb.doc
            if opening is not None
            and t.i > opening.i
            and t.pos_ == "VERB"
            and t.lemma_.lower() in REPORT_VERBS
        ),
        None,
    )  # (its own verb only: not a later speaker's, "..., while Zelensky said 3,800")
    own = first_verb is not None and (
        first_verb.i == verb.i or (verb.dep_ == "conj" and verb.head.i == first_verb.i)
    )
    fronted = [opening] if opening is not None and opening.tag_ == "VBG" and own else []
    for c in [*verb.subtree, *(t for t in fronted if t not in verb.subtree)]:
        refers = _refers_to(c)
        if c.lemma_.lower() in _CITING_VERBS and c.pos_ == "VERB" or refers:
            obj = _referred(c) if refers else next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is None:
                continue
            named = any(e.label_ in ("PERSON", "ORG") and e.start <= obj.i < e.end for e in ents_of(obj.doc))
            inside = _source_inside(obj)
            if inside is not None:
                # "citing a source in the Russian security services": that source, as written; its
                # institution named without its country ("a source in the General Staff") is resolved
                # as the article's context names it
                phrase, where = inside
                side = side_of_phrase(phrase)
                body = None if side is not None else _unnamed_body(r, where, sent_idx, home or outlet_home)
                if body is not None:
                    phrase, side = phrase.replace(_phrase(where), body.name), body.side
                return Cited(Found(phrase, side, "other", obj.lower_), False)
            if not named and obj.lemma_.lower() not in INSTITUTION_HEADS:
                return None  # "citing Ukrainian soldiers": the outlet stays the claimant
            got = r.resolve_subject(obj, sent_idx, sent_idx)
            if home is not None and not named:
                got = _home_body(r, obj, home) or got
            if got is not None and got.kind == "media":
                link = next(
                    (g for g in obj.children if g.dep_ == "relcl" and g.lemma_.lower() in _CITING_VERBS),
                    None,
                )
                outlet = lookup(got.name)
                further = (
                    _cited_source(r, link, sent_idx, outlet.country if outlet else None) if link else None
                )
                if further is not None:
                    return Cited(further.found, True)
            if got is not None and (got.kind in ("person", "body", "group") or not named):
                return Cited(got, False, named)
    return None


def _refers_to(c: Token) -> bool:
    """'referring to data of the General Staff', 'with reference to the Coordination Headquarters': how
    translated copy cites its source."""
    return (c.lemma_.lower() == "refer" and c.pos_ == "VERB") or (
        c.lower_ == "reference" and c.head.lower_ == "with"
    )


def _referred(c: Token) -> Token | None:
    """The source a 'refer to' names: the body whose data or information it is ('data of the General
    Staff' -> the General Staff)."""
    to = next((g for g in c.subtree if g.dep_ in ("prep", "dative") and g.lower_ == "to"), None)
    obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if obj is not None and obj.lower_ in ("data", "information", "figures", "report", "reports"):
        of = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ in ("of", "from")), None)
        return next((g for g in of.children if g.dep_ == "pobj"), obj) if of is not None else obj
    return obj


# Nouns of an unnamed source placed inside an institution (data inside_sources).
_INSIDE_SOURCES: frozenset[str] = frozenset(attribution_data()["inside_sources"])


def _unnamed_body(r: Resolver, where: Token, sent_idx: int, home: str | None) -> Found | None:
    """The registry body an institution written without its country stands for ('the General Staff'):
    in the citing outlet's country, else as the article's context names it."""
    found = _home_body(r, where, home) if home else None
    if found is not None:
        return found
    upto = r.ctx.sentences[sent_idx].start + where.idx
    return r.body_by_name(_strip_det(_phrase(where)), where.doc.text, upto, where.lower_)


def _home_body(r: Resolver, tok: Token, home: str) -> Found | None:
    """The registry body an unnamed institution ('the defence ministry') is in a given country."""
    e = resolve_role(f"{home} {_strip_det(_phrase(tok))}", r.when())
    return Found(e.name, e.side, e.kind, tok.lower_) if e is not None and e.kind == "body" else None


def _source_inside(obj: Token) -> tuple[str, Token] | None:
    """'a source in the Russian security services', 'an official at the defence ministry', 'a source
    close to Russia's defence ministry': an unnamed source placed inside (or next to) an institution,
    as written without its article."""
    if obj.lemma_.lower() not in _INSIDE_SOURCES:
        return None
    inside = ("in", "at", "from", "within")
    close = [g for c in obj.children if c.dep_ == "amod" and c.lower_ == "close" for g in c.children]
    preps = [c for c in obj.children if c.lower_ in inside] + [
        g for g in close if g.lower_ in (*inside, "to")
    ]
    for c in preps:
        if c.dep_ == "prep":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            named = any(e.label_ == "ORG" and e.start <= pobj.i < e.end for e in ents_of(pobj.doc))
            if named or pobj.lemma_.lower() in INSTITUTION_HEADS:
                return _strip_det(_phrase(obj)), pobj
    return None


def _strip_det(phrase: str) -> str:
    return re.sub(r"(?i)^(?:the|a|an|its|their)\s+", "", phrase)


def _in_home_country(cited: Found, outlet: Found, r: Resolver) -> Found:
    """An outlet cites its own country's bodies: 'RIA Novosti, quoting the defence ministry'."""
    e = lookup(outlet.name)
    if e is None or not e.country or cited.kind != "body":
        return cited
    home = resolve_role(f"{e.country} {re.sub(r'(?i)^(?:ukrainian|russian) ', '', cited.name)}", r.when())
    return (
        Found(home.name, home.side, home.kind, cited.head)
        if home is not None and home.kind == "body"
        else cited
    )


def _briefer(v: Token) -> Token | None:
    """'Lee Seong-kweun told reporters after a closed-door briefing by the NIS that ...', 'South Korean
    lawmakers, briefed by the National Intelligence Service, said ...': who speaks after a briefing only
    passes on what the briefer told them; the briefer asserts it."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # ("said on Thursday, after a closed-door briefing by the NIS, that ...": hung on the clause, before
    # its 'that')
    marks = [m for c in v.children if c.dep_ in ("ccomp", "advcl") for m in c.children if m.dep_ == "mark"]
    before = [c for m in marks for c in m.head.children if c.i < m.i]
    for c in (*v.children, *(subj.children if subj is not None else ()), *before):
        if c.dep_ == "prep" and c.lower_ == "after":
            briefing = next(
                (g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "briefing"), None
            )
            by: list[Token] = (
                [g for g in briefing.children if g.dep_ == "prep" and g.lower_ in ("by", "from")]
                if briefing is not None
                else []
            )
            briefed_by: Token | None = next((g for p in by for g in p.children if g.dep_ == "pobj"), None)
            if briefed_by is not None and _an_institution(briefed_by):
                return briefed_by
        if c.dep_ == "acl" and c.lower_ == "briefed" and c.head == subj:
            got = _agent_of(c)
            if got is not None and _an_institution(got):
                return got
    return None


def _an_institution(tok: Token) -> bool:
    """A briefer whose figures a speaker passes on: an agency or a body ('the NIS', 'the spy agency'), not a
    person briefing a superior ('after a briefing from Gerasimov'), a means or a place ('by video link')."""
    if ent_type_of(tok) == "PERSON":
        return False
    e = lookup(_phrase(tok))
    return (
        (e is not None and e.kind == "body")
        or ent_type_of(tok) == "ORG"
        or tok.lemma_.lower() in INSTITUTION_HEADS
    )


def _relayed_owner(v: Token) -> Token | None:
    """'the ministry's weekly tally, as published by RIA Novosti': a figure noun whose owner is
    named, relayed by an 'as <verb> by X' clause — the owner asserts it, X only publishes it."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
        return None
    if not any(c.dep_ == "agent" for c in v.children) or v.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in v.head.children if c.dep_ == "poss"), None)


def _reported_as_saying(v: Token) -> Token | None:
    """'state media reported Smirnov as saying ...', 'quoted Syrskyi as saying': the object of the
    relaying verb is the one who asserts (the relayer only passes it on); so is the statement an agency
    quotes or cites ('..., TASS quoted the statement': its author, resolved from the statement noun)."""
    statement = next(
        (c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS), None
    )
    if v.lemma_.lower() in ("quote", "cite") and statement is not None:
        return statement  # "..., the Russian agency TASS quoted the statement": the statement's author speaks
    relayer: Token | None = None
    # "as saying", never "..., as Syrskyi said in March" (a speaker's own clause)
    saying = v.tag_ == "VBG" or any(c.lower_ == "having" for c in v.children)  # ("as having said")
    if v.dep_ in ("pcomp", "advcl") and v.lemma_.lower() in _AS_SAYING and saying:
        as_ = v.head if v.dep_ == "pcomp" else next((c for c in v.children if c.lower_ == "as"), None)
        if as_ is not None and as_.lower_ == "as":
            relayer = as_.head if v.dep_ == "pcomp" else v.head
    elif any(
        c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_.lower() in _AS_SAYING for g in c.children)
        for c in v.children
    ):
        relayer = v  # the relaying verb itself: "..., state media reported Smirnov as saying."
    if relayer is None:
        return None
    # "..., the NIS was quoted as saying": in the passive the one quoted is the subject
    quoted = "nsubjpass" if any(c.dep_ == "auxpass" for c in relayer.children) else "dobj"
    return next((c for c in relayer.children if c.dep_ == quoted and c.pos_ in ("PROPN", "NOUN")), None)


_AS_SAYING = frozenset({"say", "state", "claim", "tell", "write"})


def _outer_report(v: Token) -> Token | None:
    """'Syrskyi has reported that Russia has lost 27,460 soldiers, and says Ukrainian forces hold ...':
    a reporting verb without a subject of its own, joined by the parser to the first report's clause,
    shares the subject of that first reporting verb."""
    if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    clause = v.head
    outer = clause.head
    if (
        clause.dep_ == "ccomp"
        and outer.pos_ == "VERB"
        and outer.lemma_.lower() in REPORT_VERBS
        and outer.i < v.i
    ):
        return outer
    return None


def _relayed_by_outlet(r: Resolver, v: Token, got: Found, sent_idx: int) -> Attribution | None:
    """'RIA Novosti, citing the Russian Defense Ministry, reported ...': an outlet (or an unplaced
    speaker) that cites a named source only relays; the source asserts (`claimant.citing`)."""
    outlet = lookup(got.name)
    via = _cited_source(r, v, sent_idx, outlet_home=outlet.country if outlet is not None else None)
    cited = _in_home_country(via.found, got, r) if via is not None else None
    # (a person citing a named source relays it: "Lee said, quoting the NIS"; "he wrote, citing the
    # regional health ministry" keeps the official who passes on his own administration's figures); so
    # does a body citing a person it names ("Citing ... observer Kostyantyn Mashovets, the ISW said")
    named = via.named and (got.kind == "person" or via.found.kind == "person") if via is not None else False
    relays = got.kind in ("media", "other") or named
    if cited is not None and (relays or (via is not None and via.chain)):
        return Attribution.of(
            cited, Decision("claimant.citing", f"'{v.text}, citing ...': the cited source"), v
        )
    return None


# ... and by which an outlet has a source's figures in hand ('an estimate seen by Reuters', 'a document
# obtained by the AP'): the source asserts them
_PASSED_ON = _RELAY_VERBS | {"see", "obtain"}


def cited_by_relayer(pobj: Token) -> Found | None:
    """'according to South Korean estimates cited by the Yonhap news agency', 'Russian milbloggers
    cited by the ISW', 'a Western intelligence estimate seen by Reuters': the source the relayer
    cites asserts (as the registry names it, else as written), not the relayer the phrase goes on
    to name."""
    relay = next(
        (c for c in pobj.children if c.dep_ == "acl" and c.lemma_.lower() in _PASSED_ON and _agent_of(c)),
        None,
    )
    if relay is None or pobj.lemma_.lower() in STATEMENT_NOUNS:
        return None  # (a statement cited by an outlet is its author's: `_statement_author`)
    first = min(t.i for t in pobj.subtree)
    phrase = _strip_det(pobj.doc[first : relay.i].text.strip(" ,"))
    if " " not in phrase:
        return None  # "estimates cited by Reuters": no source named but the one citing
    e = lookup(phrase)
    return (
        Found(e.name, e.side, e.kind, pobj.lower_)
        if e
        else Found(phrase, side_of_phrase(phrase), "other", pobj.lower_)
    )


def _statement_author(noun: Token) -> Token | None:
    """Who made a statement the phrase names by what they did: 'a post he published on January 9',
    'a statement issued by the ministry'."""
    if noun.lemma_.lower() not in STATEMENT_NOUNS | SOURCE_NOUNS:
        return None
    by_author = None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            # "according to a tally by the open-source project Oryx": the one who made it (not a time,
            # "a tally by mid-September", nor a bare noun, "a count by region")
            by = next((g for g in c.children if g.dep_ == "pobj"), None)
            if by is None or a_time(by):
                continue
            if by.pos_ != "PROPN" and not any(g.dep_ in ("det", "poss") for g in by.children):
                continue
            # (its name set right after a description: "the open-source project Oryx")
            after = by.doc[by.i + 1] if by.i + 1 < len(by.doc) else None
            named = after is not None and by.pos_ == "NOUN" and ent_type_of(after) in ("ORG", "PERSON")
            by_author = after if named else by
            continue
        if noun.lemma_.lower() not in STATEMENT_NOUNS:
            continue
        if c.dep_ == "relcl":
            subj = next(
                (
                    g
                    for g in c.children
                    if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in ("that", "which")
                ),
                None,
            )
            if subj is not None:
                return subj
        if c.dep_ == "acl" and (by := _agent_of(c)) is not None:
            if c.lemma_.lower() in _RELAY_VERBS:
                # "a ministry statement cited by the AFP news agency": AFP only passes it on
                return next((g for g in noun.children if g.dep_ in ("compound", "poss")), None)
            return by
    return by_author


# a country or its capital speaking ('Washington believed', 'Ukraine says'), as the registry resolves it
_COUNTRY_VOICES = frozenset(METONYMS.values()) | {"Ukraine", "Russia", "North Korea"}


def _outer_speaker(v: Token) -> Token | None:
    """The reporting verb a report sits inside: 'X said [that] his unit counted ...' (the report is
    the speaker's clause) or 'his unit counted ..., he said' (the speaker's verb set in it)."""
    for c in v.children:
        if c.dep_ == "parataxis" and c.lemma_.lower() in REPORT_VERBS and _subject_of(c) is not None:
            return c
    up = v
    while up.dep_ in ("ccomp", "conj", "xcomp") and up.head.i != up.i:
        up = up.head
        if up.lemma_.lower() in REPORT_VERBS and up.pos_ in ("VERB", "AUX") and _subject_of(up) is not None:
            return up
    return None


def speaker_for_own(r: Resolver, v: Token, subj: Token, got: Found, sent_idx: int) -> Attribution | None:
    """'Moriak said his platoon counted roughly 30 bodies', 'Singh said Washington believed about
    10,000 troops ...': a report inside a speaker's report, made by the speaker's own people (a
    possessive pronoun) or the government they speak for, is the speaker's account — the one the
    reporter heard it from; so is the speaker's own report told with a pronoun ('Mediazona said it
    had confirmed the names of 1,100 servicemen')."""
    own_people = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in subj.children)
    own_country = got.name in _COUNTRY_VOICES
    pronoun = subj.pos_ == "PRON" and subj.lower_ in ("it", "he", "she", "they")
    if not (own_people or own_country or pronoun) or ent_type_of(subj) in ("PERSON", "ORG"):
        return None
    outer = _outer_speaker(v)
    speaker = _subject_of(outer) if outer is not None else None
    if outer is None or speaker is None or (pronoun and outer.i > v.i):
        return None  # ("He added that ..., RT reported": the outlet only relays the one named before)
    said = r.resolve_subject(speaker, sent_idx, sent_idx)
    if said is None or (said.kind == "media" and not pronoun) or said.name in _COUNTRY_VOICES:
        return None
    if own_country and (said.side != got.side or said.kind not in ("person", "body")):
        return None  # "Zelensky said Moscow claimed ...": the other side's claim, relayed
    # ("announced the recapture of villages, and on 12 September it said ...": a second statement of
    # its own, made when its own verb says)
    second = v.dep_ == "conj" and v.head.i == outer.i and v.lemma_.lower() in REPORT_VERBS
    return Attribution.of(
        said,
        Decision(
            "claimant.speaker_for_own",
            f"'{_phrase(subj)} {v.text}' inside '{outer.text}': the speaker reports for their own",
        ),
        v if second else outer,
    )


def _speaker_relays_own_body(r: Resolver, v: Token, sent_idx: int) -> bool:
    """'She said the mission had documented strikes on 38 settlements', 'Rinne told Yle that the group's
    latest map showed ...': a report whose subject is a body or a record written as a common noun
    ('the hospital', 'the group's map'), inside what a person says, is that person's claim: they speak
    for it. (A body named by its name, 'Zelensky said the General Staff had recorded ...', is not.)"""
    outer = v.head
    if v.dep_ != "ccomp" or outer.pos_ not in ("VERB", "AUX") or outer.lemma_.lower() not in REPORT_VERBS:
        return False
    inner, speaker = _subject_of(v), _subject_of(outer)
    if inner is None or speaker is None or inner.pos_ != "NOUN":
        return False
    if any(t.pos_ == "PROPN" for t in inner.subtree) or inner.lemma_.lower() in PERSON_TITLES:
        return False  # a named body, or people ('commanders had told him ...'): they assert it
    if speaker.lower_ not in ("he", "she") and ent_type_of(speaker) != "PERSON":
        return False
    known = r.resolve_subject(inner, sent_idx, sent_idx)
    return known is None or lookup(known.name) is None  # "the agency" for the NIS a lawmaker relays: the NIS


def told_outlet_side(v: Token, subj: Token, got: Found) -> Found:
    """A speaker the article gives no country who tells a warring side's own outlet speaks from that
    side ('Military expert Vasily Dandykin told Izvestia', 'A source in the law enforcement agencies
    told TASS'): a Russian outlet's experts and sources are Russian, a Ukrainian outlet's Ukrainian.
    A speaker the registry knows, or whose description names a country ('a Western analyst'), keeps
    their side."""
    if v.lemma_.lower() != "tell" or got.kind not in ("person", "other") or lookup(got.name) is not None:
        return got
    if got.side not in (None, "third_party") or _names_a_country(_phrase(subj)):
        return got
    outlet = next((c for c in v.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
    e = lookup(_phrase(outlet)) if outlet is not None else None
    if e is None or e.kind != "media" or e.country not in ("ukraine", "russia"):
        return got
    return got._replace(side=e.country)


def _names_a_country(phrase: str) -> bool:
    """Whether a phrase names a side or a third country ('a Western analyst', 'a Russian expert')."""
    low = " " + re.sub(r"[^a-z'. ]+", " ", phrase.lower()) + " "
    return any(" " + w + " " in low for words in load_registry().side_words.values() for w in words)


# "our intelligence", "our General Staff", "our defence ministry": an institution the speaker calls theirs
_OUR_INSTITUTION = re.compile(
    r"(?i)^our\s+(?:own\s+)?((?:[\w-]+\s+){0,2}(?:intelligence|general\s+staff|ministry|services?))$"
)


# a country's office, whose holder's "our intelligence" is the country's service
_NATIONAL_OFFICE = re.compile(
    r"(?i)\b(?:president|prime minister|minister|commander-in-chief|chief of|intelligence chief|press secretary)\b"
)


def speakers_institution(r: Resolver, ours: Attribution, speaker: Attribution) -> Attribution:
    """'Our intelligence says Russia has pulled about 30,000 troops in' on a line the sieve gives to a
    warring side's official the registry knows (a president, a minister, a commander-in-chief): that
    side's institution asserts the figure (the registry's body, else the institution with the side's
    name: Ukrainian intelligence), dated as the speaker's words. A unit commander's "our intelligence"
    is his unit's own reconnaissance: his figure."""
    m = _OUR_INSTITUTION.match(ours.name or "")
    known = lookup(speaker.name) if speaker.name is not None else None
    if m is None or speaker.side not in WARRING_SIDES or known is None or known.kind != "person":
        return speaker
    if not any(_NATIONAL_OFFICE.search(role.title) for role in known.roles):
        return speaker  # (a unit commander the registry knows, Akhmat's Alaudinov: his unit's)
    institution = re.sub(r"(?i)defence", "defense", m.group(1))
    body = resolve_role(f"{speaker.side} {institution}", r.when())
    name = (
        body.name
        if body is not None and body.kind == "body"
        else f"{'Ukrainian' if speaker.side == 'ukraine' else 'Russian'} {m.group(1)}"
    )
    why = f"'{ours.name}' on the words of {speaker.name} ({speaker.decision.why})"
    return replace(speaker, name=name, decision=Decision(speaker.decision.rule, why))


def as_reported(r: Resolver, t: Target) -> Attribution | None:
    """'..., as Commander-in-Chief Oleksandr Syrskyi reported at the end of August, the Defense Forces
    control almost 1,300 square kilometres': a figure in the clause that an 'as X reported' clause opens
    or closes is X's, whoever relays the sentence (a spokesman recalling it, an anchor quoting it).
    Not when the clause reports a thing of its own ('as Syrskyi reported heavy fighting': two events),
    nor after 'just' or 'even', nor when X is an outlet ('As Ukrinform reported earlier, ...': a pointer
    to a story, which relays), nor past another reporting verb, a semicolon or another clause joined by
    'and', 'but', 'while' or 'whereas' between the two, nor when 'according to' names a source after the
    clause."""
    sdoc, num = t.sdoc, t.num
    if sdoc is None:
        return None
    verbs = _reporting_verbs(sdoc)
    for v in verbs:
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "as"), None)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if mark is None or subj is None or v.tag_ == "VBG" or not mark.i < subj.i < v.i:
            continue
        if mark.i > 0 and sdoc[mark.i - 1].lower_ in _NOT_A_SOURCE_AS:
            continue
        last = word_before_verb(subj, v) or subj
        if (last not in subj.subtree and last.text not in (",", "—")) or apposed_speaker(subj, v) is not None:
            # another noun phrase speaks: "as Moscow's forces, now backed by ..., press counterattacks, a
            # senior officer said" (the parser's apposition, with no comma before the verb)
            continue
        own = (
            ("ccomp", "xcomp", "attr")
            if v.lemma_.lower() in _ADDRESS_VERBS
            else ("dobj", "ccomp", "xcomp", "attr")
        )
        if any(c.dep_ in own for c in v.children):
            continue  # "as Syrskyi reported heavy fighting near Sudzha": an event beside another
        close = next((tok.i for tok in sdoc[v.i + 1 :] if tok.text in (",", "—", ";")), len(sdoc))
        if mark.i < num.i < close:
            continue  # the figure is the clause's own object: the reporting verb rule reads it
        if num.i > close:
            between = sdoc[close : num.i]
        elif num.i < mark.i and mark.i > 0 and sdoc[mark.i - 1].text in (",", "—"):
            between = sdoc[num.i : mark.i]
        else:
            continue
        if any(w.i != v.i and between.start <= w.i < between.end for w in verbs) or any(
            tok.text == ";" or _joins_clauses(tok) for tok in between
        ):
            continue
        if any(tok.lower_ == "according" for tok in sdoc[min(close, num.i) :]):
            continue  # ("..., according to the ISW"): the source named after it
        got = r.resolve_subject(subj, t.s.idx, t.s.idx)
        if got is None or got.kind == "media" or got.name.lower() in ("i", "we"):
            continue
        why = f"'as {_phrase(subj)} {v.text}': the one the clause names asserts it"
        return Attribution.of(got, Decision("claimant.as_reported", why), v)
    return None


# verbs whose object is whom they address, not what they report ("as Gerasimov told the president")
_ADDRESS_VERBS = frozenset({"tell", "inform", "brief"})
# "just as Moscow claimed", "even as Kyiv insisted", "such as", "so as": no 'as X reported' source
_NOT_A_SOURCE_AS = frozenset({"such", "so", "same", "just", "even"})


def _joins_clauses(tok: Token) -> bool:
    """'and', 'but' joining two clauses (not two nouns), or 'while', 'whereas' opening one."""
    if tok.lower_ in _SUBORDINATING:
        return True
    return tok.dep_ == "cc" and tok.lower_ in _COORDINATING and tok.head.pos_ in ("VERB", "AUX")


# the words a speaker is named with, which `joined_report` steps back over to what joins the report
_SPEAKER_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "AUX", "ADV"})
# what joins a report to the figure's clause before it (one source for both rules)
_COORDINATING = frozenset({"and", "but"})
_SUBORDINATING = frozenset({"while", "whereas"})
_JOINING = _COORDINATING | _SUBORDINATING | {"as"}


def own_story_pointer(r: Resolver, v: Token) -> bool:
    """'As Ukrinform reported earlier, ...' on Ukrinform's own page: a pointer to the outlet's own earlier
    story, not a source; the sentence's other words decide who asserts its figures."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
        and names_the_outlet(r.ctx.document.outlet, _phrase(subj))
    )


def joined_report(v: Token, num: Token) -> bool:
    """'Ukraine captured two North Korean soldiers ..., and South Korea's spy agency said it would accept
    them', '... swap 190 POWs as Seoul says North Korean troops shipped to Russia': a report joined after
    the figure's clause by 'and', 'but', 'as', 'while' or 'whereas', whose own content follows it, does not
    report the figure before it; one whose content speaks of the figure does ('..., and Syrskyi said that
    this was the highest daily toll')."""
    if num.i > v.i:
        return False
    before = v.i - 1  # back over the speaker's words (however the parser hung them) to what joins them
    while before > num.i and v.doc[before].pos_ in _SPEAKER_WORDS:
        before -= 1
    if v.doc[before].text == ",":
        before -= 1
    return (
        before > num.i
        and v.doc[before].lower_ in _JOINING
        # (not "villages and towns Syrskyi said", "Western and Ukrainian officials said")
        and v.doc[before].head.pos_ not in ("NOUN", "PROPN")
        and v.doc[before].head.dep_ != "amod"
        and any(
            c.dep_ == "ccomp"
            and c.i > v.i
            and num not in c.subtree
            and not any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _BACK for g in c.children)
            for c in v.children
        )
    )


_BACK = frozenset({"this"})  # a content clause about the figure just given ("said that this was ...")
