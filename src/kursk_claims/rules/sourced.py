"""Sources a sentence names by a preposition rather than as a verb's subject: 'according to X',
'per X', 'by X's reckoning', and the statement a figure stands in ('93 in Syrskyi's report')."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import _noun_index, _place_regex, ent_type_of, pronoun_clash
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.governing import nearest_governing
from kursk_claims.rules.harm import _BEFALLEN
from kursk_claims.rules.phrases import (
    _RECKONING_NOUNS,
    PUBLISHING_VERBS,
    REPORT_NOUNS,
    REPORT_VERBS,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
    gives_figure,
)
from kursk_claims.rules.relay import _statement_author, cited_by_relayer
from kursk_claims.rules.tree import _agent_of, _heads, _phrase, _steps_up, _subject_of
from kursk_claims.text import dates
from kursk_claims.text.reporting import attribution_data

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kursk_claims.rules.mentions import Resolver

# estimates counted, not named: "by most estimates", "by some accounts", "by many counts"
_UNNAMED_MANY = frozenset({"most", "some", "many", "several", "various", "all", "other"})
# verbs by which a count is made public: its time is the statement's
_PUBLISHING = PUBLISHING_VERBS | {"update", "give", "announce"}


def in_statement(r: Resolver, t: Target) -> Attribution | None:
    """'92 settlements in Zelensky's post, 93 in Syrskyi's report': the statement a figure stands in
    names its owner, whatever verb the sentence hangs the figure on."""
    if t.sdoc is None:
        return None
    counted = t.num.head if t.num.dep_ == "nummod" else t.num
    for tok in (c for c in counted.children if c.dep_ == "prep" and c.lower_ == "in"):
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None) if pobj is not None else None
        if owner is not None and pobj is not None and pobj.lemma_.lower() in STATEMENT_NOUNS | SOURCE_NOUNS:
            got = r.resolve_subject(owner, t.s.idx, t.s.idx)
            if got is not None and got.kind in ("person", "body", "group", "media"):
                return Attribution.of(got, Decision("claimant.in_statement", f"'in {_phrase(pobj)}'"), None)
    return None


def according_to(r: Resolver, t: Target) -> Attribution | None:
    """'according to X', 'by X's reckoning', 'by Western estimates' ('according to reports' is unnamed)."""
    if t.sdoc is None:
        return None
    sdoc, s = t.sdoc, t.s
    for tok in sdoc:
        # ("by X's count" may be hung as a passive's agent)
        if tok.lower_ == "by" and tok.dep_ in ("prep", "agent"):
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in _RECKONING_NOUNS:
                owner = next((c for c in pobj.children if c.dep_ == "poss"), None) or _of_owner(pobj)
                if owner is None and any(c.lower_ in _UNNAMED_MANY for c in pobj.children):
                    continue  # "by most estimates", "by some accounts": no one in particular
                target = owner if owner is not None else pobj
                got = r.resolve_subject(target, s.idx, s.idx)
                if got is not None:
                    # "By the General Staff's count, published on February 6, ...": when the count was
                    # published (not "based on imagery from 16 March")
                    count = " ".join(
                        t.text
                        for c in pobj.children
                        if c.dep_ == "acl" and c.lemma_.lower() in _PUBLISHING
                        for t in c.subtree
                    )
                    return Attribution.of(
                        got, Decision("claimant.by_reckoning", f"'by {_phrase(pobj)}'"), None, count or None
                    )
        viewed = in_view(r, t, tok)
        if viewed is not None:
            return viewed
        if tok.lower_ == "per" and tok.dep_ == "prep":
            # "59 240 — Russian losses ..., per Ukraine's General Staff": 'per' a named source (not
            # "per day", "per cent")
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            # (or estimates a side's words name: "per current US and South Korean assessments")
            counted = (
                pobj is not None and pobj.lemma_.lower() in SOURCE_NOUNS and side_of_phrase(_phrase(pobj))
            )
            if pobj is not None and (
                ent_type_of(pobj) in ("ORG", "PERSON", "NORP") or pobj.pos_ == "PROPN" or counted
            ):
                got = r.resolve_subject(pobj, s.idx, s.idx)
                if got is not None and (got.kind in ("person", "body", "group", "media") or counted):
                    # ("(per Russia, April 2025)": the month set after the source dates it)
                    # (in a bracket: not "per Seoul, mostly last December", when the losses happened)
                    boxed = tok.i > 0 and sdoc[tok.i - 1].text == "("
                    when = [
                        c for c in tok.head.children if boxed and c.i > pobj.i and ent_type_of(c) == "DATE"
                    ]
                    return Attribution.of(
                        got,
                        Decision("claimant.according_to", f"'per {_phrase(pobj)}'"),
                        None,
                        " ".join(["in", *(t.text for c in when for t in c.subtree)]) if when else None,
                    )
        pobj = _according_to_object(tok)
        if pobj is not None:
            if _unnamed_reports(pobj):
                return Attribution(
                    None,
                    None,
                    Decision("claimant.unnamed_reports", "'according to reports': unnamed"),
                    None,
                )
            got = cited_by_relayer(pobj) or r.resolve_subject(_statement_author(pobj) or pobj, s.idx, s.idx)
            if got is not None:
                # the main verb's time is the event's, not the statement's: no verb for the date;
                # but "a ministry statement on Monday" dates itself
                said = (
                    " ".join(t.text for t in pobj.subtree)
                    if pobj.lemma_.lower() in STATEMENT_NOUNS | SOURCE_NOUNS
                    else _source_time(pobj)
                )  # ("according to an analysis published on Friday by Black Bird Group")
                return Attribution.of(
                    got, Decision("claimant.according_to", f"'according to {_phrase(pobj)}'"), None, said
                )
    return None


def figure_owner(r: Resolver, t: Target) -> Attribution | None:
    """'If Syrskyi's 1,294 km² was the peak and DeepState's 650 km² is today's reality': a person's, a
    known body's or a source's possessive on the figure itself names whose figure it is, when the figure
    is a bare number, an area, a distance or settlements; not people or things, which the possessive may
    own or hold ('Russia's 50,000 troops', 'Syrskyi's 500 wounded', 'Zelensky's 3,000 Russian prisoners')."""
    if t.sdoc is None:
        return None
    num = t.num
    holder = num.head if num.dep_ in ("nummod", "quantmod", "compound") else num
    owner = next((c for c in holder.children if c.dep_ == "poss" and c.i < num.i), None)
    if (
        owner is None
        or owner.pos_ == "PRON"
        or _noun_index().get(holder.lemma_.lower()) not in (None, "settlements")
        or _counts_people(t.sdoc[num.i + 1 : num.i + 2])
    ):
        return None
    after = owner.doc[owner.i + 1 : owner.i + 2]
    if not (
        after and after[0].dep_ == "case" and t.s.start + after[0].idx + len(after[0].text) + 1 >= t.start
    ):
        return None  # (the possessive right before the figure: not "KIM'S CANNON FODDER Hundreds Of ...")
    got = r.resolve_subject(owner, t.s.idx, t.s.idx)
    # (a body by its own name, not one the context resolves: "The Defence Ministry's 12,000 dead Ukrainian
    # soldiers figure" names no country)
    if got is None or not (got.kind in ("person", "media", "group") or lookup(_phrase(owner)) is not None):
        return None
    # ("Syrskyi's 1,294 square kilometres, reported to Zelensky on 27 August 2024": when it was given)
    # (a participle set off right after it, however the parser hung it)
    nxt = t.sdoc[holder.i + 2] if holder.i + 2 < len(t.sdoc) and t.sdoc[holder.i + 1].text == "," else None
    told = [c for c in holder.children if c.dep_ == "acl"] + (
        [nxt] if nxt is not None and nxt.tag_ == "VBN" else []
    )
    given = " ".join(
        w.text for c in told if c.lemma_.lower() in REPORT_VERBS | _PUBLISHING for w in c.subtree
    )
    figure = t.s.text[t.start - t.s.start : t.end - t.s.start]
    return Attribution.of(
        got, Decision("claimant.figure_owner", f"'{_phrase(owner)} {figure}'"), None, given or None
    )


def _counts_people(after: Span) -> bool:
    """Whether the word right after a number says it counts people ('500 wounded', '300 dead')."""
    return any(
        _noun_index().get(w.lemma_.lower()) not in (None, "settlements") or w.lower_ in _BEFALLEN
        for w in after
    )


# verbs by which a source presents figures of its own (not 'read out', 'cite', which relay them)
_PRESENTING = frozenset({"present", "publish", "release", "unveil", "issue"})


def according_to_which(r: Resolver, t: Target) -> Attribution | None:
    """'He read out the latest Defence Ministry figures, according to which Ukraine had lost 12,400
    servicemen': the figures' owner asserts what follows 'according to which', not the one reading them
    out; figures with no owner named are the one's who presents them ('Syrskyi presented the figures to
    Zelensky, according to which ...'), else they leave the sentence to the other rules."""
    if t.sdoc is None:
        return None
    for tok in t.sdoc[: t.num.i]:
        if tok.lower_ != "which" or tok.i < 2 or t.sdoc[tok.i - 1].lower_ != "to":
            continue
        to = t.sdoc[tok.i - 1]
        statement = (
            _relative_antecedent(to) if re.search(r"(?i)\baccording\s*$", to.doc.text[: to.idx]) else None
        )
        if statement is None or any(w.text in (";", ":") for w in t.sdoc[tok.i : t.num.i]):
            continue
        # (its author, 'figures released by Ukraine's General Staff', or its owner, 'the Defence Ministry figures')
        released = (_agent_of(c) for c in statement.children if c.dep_ == "acl")
        # (no owner named: the one who presents it as theirs, 'Syrskyi presented the figures to Zelensky')
        presented = statement.head.lemma_.lower() in _PRESENTING and statement.dep_ == "dobj"
        owner = (
            _statement_author(statement)
            or next((a for a in released if a is not None), None)
            or next((c for c in statement.children if c.dep_ in ("poss", "compound")), None)
            or (_subject_of(statement.head) if presented else None)
        )
        got = r.resolve_subject(owner, t.s.idx, t.s.idx) if owner is not None else None
        if got is not None and got.kind in ("person", "body", "group", "media"):
            why = Decision("claimant.according_to_which", f"'{_phrase(statement)}, according to which'")
            return Attribution.of(got, why, None, " ".join(w.text for w in statement.subtree))
    return None


def _source_time(pobj: Token) -> str | None:
    """The time an 'according to' phrase gives its source's statement: a date set on the source ('according
    to the then acting governor Alexei Smirnov in August 2024', 'the information of ... Syrskyi from
    August 20'), or in a clause saying when it gave the figure ('according to Syrskyi, who gave the figure
    in an interview ... in July'). Not a period ('since August')."""
    parts = [
        c
        for c in pobj.children
        if c.dep_ == "prep"
        and c.lower_ in ("in", "on", "from", "of")
        and any(ent_type_of(g) == "DATE" for g in c.subtree)
        and not any(ent_type_of(g) in ("PERSON", "ORG") for g in c.subtree)
    ]
    # (the times of the clause's verb, not of what it reports: "who said ... the land Ukraine seized last
    # August")
    parts += [
        g
        for c in pobj.children
        if c.dep_ == "relcl"
        and (c.lemma_.lower() in REPORT_VERBS or (c.lemma_.lower() == "give" and gives_figure(c)))
        for g in c.children
        if g.dep_ in ("prep", "npadvmod", "tmod")
        and g.lower_ not in ("since", "until", "for", "before", "after")
        and dates.TIME_PHRASE.search(" ".join(d.text for d in g.subtree)) is not None
    ]
    return " ".join(t.text for c in parts for t in c.subtree) or None


def in_view(r: Resolver, t: Target, tok: Token) -> Attribution | None:
    """Whose telling, account or view `tok` ('in') gives the figure's own clause in: "Ukrainian
    columns were, in Pritchard's telling, 25km deep", "In his view, Russia lost ...", "in the view of
    the ISW" (not the writer's: "in our view"; not across a semicolon)."""
    assert t.sdoc is not None
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in _VIEW_NOUNS:
        return None
    owner = next((c for c in pobj.children if c.dep_ == "poss"), None) or _of_owner(pobj)
    governs = tok.head == t.num or tok.head in t.num.ancestors  # (the figure's own clause)
    between = t.sdoc[min(tok.i, t.num.i) : max(tok.i, t.num.i)]
    if owner is None or not governs or any(w.text == ";" for w in between) or owner.lower_ in ("our", "my"):
        return None
    got = r.resolve_subject(owner, t.s.idx, t.s.idx)
    # (a pronoun's owner is someone named: "In his opinion" is not the analysts' before)
    him = {"his": "he", "her": "she"}.get(owner.lower_)
    if (
        got is None
        or not got.name
        or (owner.pos_ == "PRON" and not got.name[:1].isupper())
        or (him and (got.kind != "person" or pronoun_clash(him, got.name)))
    ):
        return None
    return Attribution.of(got, Decision("claimant.in_view", f"'in {_phrase(pobj)}'"), None)


def according_in_report(r: Resolver, t: Target) -> Attribution | None:
    """'He noted that, according to the Russian Defense Ministry, more than 40 settlements have been
    liberated': an 'according to X' inside the reported clause, nearer the figure than the reporting
    verb that governs it, names who asserts the figure; the one speaking passes it on."""
    if t.sdoc is None:
        return None
    v, depth = nearest_governing(t.sdoc, t.num)
    if v is None:
        return None
    for tok in t.sdoc:
        viewed = in_view(r, t, tok) if v.i < tok.i < t.num.i else None
        if viewed is not None:
            # ("Russia claims Ukraine lost 76,000 troops, but in Kyiv's view the true number is 20,000")
            return viewed
        if _according_to_object(tok) is not None and tok.head.dep_ == "prep":
            hung = tok.head.head
        elif _named_reckoning(tok):
            # ("Supporters point out that it cost Russia, by Ukrainian count, more than 60,000")
            hung = tok.head
        else:
            continue
        steps = _steps_up(hung, t.num)
        # (a count set off just before the figure, however the parser hung it)
        set_off = tok.lower_ == "by" and not any(w.pos_ in ("VERB", "AUX") for w in t.sdoc[tok.i : t.num.i])
        if steps is None and set_off:
            steps = 0
        if steps is None or steps >= depth[v.i] or tok.i > max(v.i, t.num.i):
            # ("..., according to lawmakers who attended", "Officials say 130,000 people have left, according
            # to Tass": set after the verb and the figure, the source relays what the verb's subject said;
            # set before the verb, "According to the Russian authorities, 31 civilians have been killed, she
            # said", it is whose the figure is)
            return None
        own_verb = next((h for h in _heads(t.num, 8) if h.pos_ in ("VERB", "AUX")), None)
        if own_verb is not None and hung not in (own_verb, t.num, t.num.head) and not set_off:
            return (
                None  # ("according to Rosgvardia, 120 were evacuated while, by his own count, 300 remained")
            )
        cited = according_to(r, t)
        if cited is None or cited.name is None or not cited.name[:1].isupper():
            return None  # ("he said that, according to preliminary data, ...": he asserts it)
        why = f"{cited.decision.why} inside what '{v.text}' reports"
        return replace(cited, decision=Decision("claimant.according_in_report", why))
    return None


def named_in_quote(r: Resolver, t: Target, speaker: Attribution) -> Attribution | None:
    """'"The NIS estimates that North Korean casualties have exceeded 3,000," Lee said': a source the
    speaker names in their own words, as the subject of the reporting verb nearest the figure,
    asserts it, on the day the speaker said so ('Our intelligence says ...' stays the speaker's)."""
    if t.sdoc is None or t.quote is None:
        return None
    v, _ = nearest_governing(t.sdoc, t.num)
    if v is None or not t.quote.start <= t.s.start + v.idx < t.quote.end:
        return None
    below = next((a for a in [t.num, *t.num.ancestors] if a.head == v), None)
    if below is None or below.dep_ not in ("ccomp", "dobj"):
        return None  # ('"Russia says it lost 200, but we know it is 3,000"': 3,000 is his own)
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    if any(c.lower_ in ("our", "my", "we", "us") for c in subj.subtree):
        return None
    got = r.resolve_subject(subj, t.s.idx, t.s.idx)
    if got is None or got.kind not in ("person", "body", "group") or not got.name[:1].isupper():
        return None
    if got.name == speaker.name:
        return None
    why = f"'{_phrase(subj)} {v.text}' in the words of {speaker.name}"
    # ('"Last week the NIS estimated that ...," Lee said on Monday': the estimate keeps its own time)
    timed = any(
        ent_type_of(w) in ("DATE", "TIME") for c in v.children if c.dep_ != "ccomp" for w in c.subtree
    )
    return Attribution.of(got, Decision("claimant.named_in_quote", why), v if timed else speaker.verb)


def _unnamed_reports(pobj: Token) -> bool:
    """'according to reports', 'according to media': no one named ('according to the report',
    'according to a Russian Defense Ministry report' name theirs)."""
    definite_report = pobj.lower_ == "report" and any(c.lower_ == "the" for c in pobj.children)
    named_report = any(  # not "a Monday report", "a Kursk report"
        c.dep_ in ("compound", "poss") and ent_type_of(c) in ("ORG", "PERSON") for c in pobj.children
    )
    return (
        pobj.lemma_.lower() in REPORT_NOUNS | {"media"}
        and not definite_report
        and not named_report
        and not any(c.dep_ == "prep" for c in pobj.children)
    )


# "in X's telling", "in his view": whose account a figure is given in (data/attribution.json)
_VIEW_NOUNS = frozenset(attribution_data()["view_nouns"])


def _of_owner(noun: Token) -> Token | None:
    """The named owner 'of' gives a count or a view ('by the count of the ISW'), or None (not a
    thing counted: 'by a count of bodies')."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (
        pobj
        if pobj is not None and (pobj.pos_ == "PROPN" or ent_type_of(pobj) in ("ORG", "PERSON"))
        else None
    )


def _named_reckoning(tok: Token) -> bool:
    """Whether `tok` is the 'by' of a count whose owner is named ('by the NIS's count', 'by Ukrainian
    count'; not 'by our count', 'by its count')."""
    if tok.lower_ != "by" or tok.dep_ not in ("prep", "agent"):
        return False
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in _RECKONING_NOUNS:
        return False
    owner = [c for c in pobj.children if c.dep_ in ("poss", "amod", "compound")]
    owner += [o for o in [_of_owner(pobj)] if o is not None]

    def names_source(c: Token) -> bool:
        # a body, a person, a people or a country; not a day ("by Tuesday's count") nor a town
        kind = ent_type_of(c)
        if kind in ("DATE", "TIME") or re.fullmatch(dates.WEEKDAY_RX + "|" + dates.MONTH_WORD, c.text):
            return False
        if kind in ("GPE", "LOC") or c.text in _place_regex()[1]:
            return side_of_phrase(c.text) is not None
        return c.pos_ == "PROPN" or kind in ("NORP", "ORG", "PERSON")

    return any(names_source(c) for c in owner)  # (never a pronoun: "by our count", "by its count")


def _according_to_object(tok: Token) -> Token | None:
    """X of 'according to X' (and its abbreviation 'acc. to X') when `tok` is that 'to', else None."""
    if tok.lower_ != "to" or not re.search(r"(?i)\b(?:according|acc\.?)\s*$", tok.doc.text[: tok.idx]):
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.lower_ == "which":
        return None  # (what it refers back to: `according_to_which`)
    comma = (
        next((w for w in tok.doc[tok.i + 1 : pobj.i] if w.text == ","), None) if pobj is not None else None
    )
    if comma is not None and tok.doc[comma.i - 1].pos_ in ("PROPN", "NOUN"):
        # "According to the MoD, 420 Russian soldiers were killed": the parser ran the source into the
        # clause after it; the source ends at the comma
        return tok.doc[comma.i - 1]
    return pobj


def _relative_antecedent(tok: Token) -> Token | None:
    """The statement 'according to which' refers back to: the noun before it, up through the phrases and
    participle clauses that describe it ('read out the latest Defence Ministry figures, according to which
    ...', 'figures released by the General Staff to mark the six months, according to which ...'), when it
    is a statement or source noun; else None ('unveiled a new plan, according to which', 'citing a map by
    DeepState according to which': a plan, a map)."""
    nouns = STATEMENT_NOUNS | SOURCE_NOUNS
    w = next((w for w in reversed(tok.doc[tok.sent.start : tok.i - 1]) if w.pos_ in ("NOUN", "PROPN")), None)
    while w is not None:
        if w.lemma_.lower() in nouns:
            return w
        if w.dep_ == "pobj" and w.head.pos_ == "ADP" and w.head.head.pos_ == "VERB" and w.head.lower_ == "to":
            # ("presented the figures to Zelensky, according to which": past the one they were given to)
            return next(
                (o for o in w.head.head.children if o.dep_ == "dobj" and o.lemma_.lower() in nouns), None
            )
        if w.dep_ in ("pobj", "compound") and w.head.pos_ in ("ADP", "NOUN", "PROPN"):
            w = w.head.head if w.head.pos_ == "ADP" else w.head  # ("... by the General Staff" -> released)
        elif w.dep_ in ("dobj", "npadvmod") and w.head.dep_ in ("acl", "advcl", "xcomp"):
            w = w.head  # ("to mark the six months" -> mark)
        elif w.pos_ in ("VERB", "AUX") and w.dep_ in ("acl", "advcl", "xcomp"):
            w = w.head  # ("released ..." -> figures)
        else:
            return None
    return None


def according_to_source(sdoc: Doc) -> Token | None:
    """Who a sentence's 'according to X' names ('According to the Russian Defense Ministry's summary
    on Tuesday, over the past day:' -> the ministry), or None (none, or unnamed reports)."""
    for tok in sdoc:
        pobj = _according_to_object(tok)
        if pobj is not None and not _unnamed_reports(pobj):
            return _statement_author(pobj) or pobj
    return None


def reckoned_by_another(t: Target) -> bool:
    """A named owner's count in the speaker's own words, in the figure's sentence ('at least 1,100 in
    total by the NIS' count') in the clause the 'by' hangs on, no verb of another clause between: not the
    speaker's own ('by our count') nor one referred back ('its')."""
    assert t.sdoc is not None and t.quote is not None
    return any(
        tok.lower_ == "by"
        and t.quote.start <= t.s.start + tok.idx < t.quote.end
        and pobj.dep_ == "pobj"
        and pobj.lemma_.lower() in _RECKONING_NOUNS
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in pobj.children)
        and (up := _steps_up(tok.head, t.num)) is not None
        # (a verb between is a clause of its own: "by Kyiv's count, Russia has lost 40,000, but our own
        # estimate is closer to 20,000")
        and not any(w.pos_ in ("VERB", "AUX") for w in _heads(t.num, max(0, up - 1)))
        for tok in t.sdoc
        for pobj in tok.children
    )
