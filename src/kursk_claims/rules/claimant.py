"""The claimant sieve: who asserts a figure, from precise rules to weak ones."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from kursk_claims.domain.registry import lookup
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.block_quotes import block_quote
from kursk_claims.rules.claim_nouns import claim_owner
from kursk_claims.rules.context import (
    ent_type_of,
    ents_of,
    metric_data,
)
from kursk_claims.rules.continuation import paragraph_continuation
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.described import CAPTIVE
from kursk_claims.rules.documents import bare_document, document_source
from kursk_claims.rules.footnotes import footnote, unmarked
from kursk_claims.rules.governing import _CONTRAST, _verbs_by_depth
from kursk_claims.rules.interview import interview_answer
from kursk_claims.rules.intro import intro_line
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.orders import ordered_by
from kursk_claims.rules.outlet import (
    outlet_country,
    own_reckoning,
    own_reporters,
    own_voice,
    publisher_voice,
)
from kursk_claims.rules.patterns import attribution_pattern
from kursk_claims.rules.phrases import (
    FORMATION_NOUNS,
    RANKS,
    REPORT_NOUNS,
    REPORT_VERBS,
    _reporting_verbs,
    is_media_object,
)
from kursk_claims.rules.posts import page_writer, social_post
from kursk_claims.rules.relay import (
    _briefer,
    _outer_report,
    _relayed_by_outlet,
    _relayed_owner,
    _reported_as_saying,
    _speaker_relays_own_body,
    _statement_author,
    as_reported,
    joined_report,
    own_story_pointer,
    speaker_for_own,
    speakers_institution,
    told_outlet_side,
)
from kursk_claims.rules.source_lines import pull_quote, source_line
from kursk_claims.rules.source_nouns import nearer_source, source_noun
from kursk_claims.rules.sourced import (
    according_in_report,
    according_to,
    according_to_source,
    according_to_which,
    figure_owner,
    in_statement,
    named_in_quote,
    reckoned_by_another,
)
from kursk_claims.rules.spans import (
    bracketed_source,
    floating_quote,
    speaker_span,
)
from kursk_claims.rules.speaker_before import entity_just_before
from kursk_claims.rules.tree import _agent_of, _is_ancestor, _phrase, _steps_up, _subject_of, may_speak
from kursk_claims.text.dates import COUNT_WORDS, MONTH_NAME_RX, WEEKDAY_RX
from kursk_claims.text.quantities import PRE_HEDGES_RX
from kursk_claims.text.reporting import REPORT_VERB_FORM, report_verbs
from kursk_claims.text.segment import Quote, sentences_spanning

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def quote_speaker(r: Resolver, t: Target) -> Attribution | None:
    """The speaker of a quotation: the subject of a reporting verb after its closing mark, before
    its opening mark, or near the start of the next sentence; but a source the speaker cites by name
    in their own words before the figure asserts it ('"According to the Defense Ministry, more than
    430 ... have been taken prisoner," he said'), on the day the speaker said so."""
    got = _quote_speaker(r, t)
    if got is None or t.sdoc is None or t.quote is None:
        return got
    if got.name is not None and (inner := named_in_quote(r, t, got)) is not None:
        return inner
    src = according_to_source(t.sdoc)
    if src is None:
        # '"Casualties are quite high, at least 1,100 in total by the NIS' count," Lee told reporters'
        if not reckoned_by_another(t):
            # ('"Gerasimov's own number, a thousand men, tells you ...," Hnatiuk said': the number's owner)
            owned = claim_owner(r, t)
            return owned if owned is not None and owned.name is not None else got
    elif src.i > t.num.i or not t.quote.start <= t.s.start + src.idx < t.quote.end:
        return got
    else:
        phrase = next((a for a in src.ancestors if a.lower_ == "according"), None)
        if phrase is None or not _is_ancestor(phrase.head, t.num) or ";" in t.sdoc[src.i : t.num.i].text:
            return got  # '"According to Russia, it lost only 200; we killed 3,000," Zelensky said': his own
    cited = according_to(r, t)
    if cited is None or cited.name is None or cited.side == "media" or cited.name == got.name:
        return got
    if not cited.name[:1].isupper():
        # "according to preliminary data", "according to various estimates": unnamed, the speaker's
        return got
    why = Decision("claimant.according_to", f"{cited.decision.why} in the words of {got.name}")
    return replace(cited, decision=why, verb=got.verb)


def _quote_speaker(r: Resolver, t: Target) -> Attribution | None:
    ctx = r.ctx
    quote, s = t.quote, t.s
    if quote is None:
        return None
    idxs = sentences_spanning(ctx.sentences, quote.start, quote.end)
    if not idxs:
        return None
    first, last = idxs[0], idxs[-1]
    if first == last == s.idx and t.sdoc is not None:
        # a quoted fragment inside a sentence ('a spokesman said on Tuesday that troops had suffered
        # "several hundred" casualties, without specifying ...'): the reporting verb governing it speaks
        governing = [
            v
            for v in _reporting_verbs(t.sdoc)
            if _is_ancestor(v, t.num) and not quote.start <= s.start + v.idx < quote.end
        ]
        for v in sorted(governing, key=lambda v: _steps_up(v, t.num) or 0):
            # "Lee quoted the agency as saying ..."
            subj = _outside(quote, s.start, v, _reported_as_saying(v) or _subject_of(v))
            got = r.resolve_subject(subj, s.idx, s.idx) if subj is not None else None
            if got is not None:
                cited = _relayed_by_outlet(r, v, got, s.idx)
                if cited is not None:
                    return cited
                return Attribution.of(
                    got,
                    Decision("claimant.quote_speaker", f"speaker of the quoted words ('{subj}' {v.text})"),
                    v,
                )
    # after the closing mark, in the sentence that holds it: '... ," Rudskoi told Krasnaya Zvezda.'
    candidates: list[tuple[int, str]] = [(last, "after"), (first, "before")]
    tail = ctx.document.text[quote.end : ctx.sentences[last].end]
    if (
        last + 1 < len(ctx.sentences)
        and not re.search(r"\w", tail)
        and (ctx.sentences[last + 1].line == ctx.sentences[last].line or block_quote(r, t) is None)
    ):
        # a quotation ending its sentence may be attributed at the start of the next; a quoted
        # fragment inside a sentence ('captured "about a dozen" soldiers') belongs to its own sentence.
        # A block quotation's text is its intro line's source, not the next paragraph's subject (after
        # '... our forces reaching the state border."' comes 'Putin described the incursion as ...')
        candidates.append((last + 1, "next"))
    for j, where in candidates:
        sdoc = ctx.parsed.get(j)  # a quotation's sentences and the one after are always parsed
        if sdoc is None:
            continue
        sj = ctx.sentences[j]
        for v in _reporting_verbs(sdoc):
            pos = sj.start + v.idx
            if quote.start <= pos < quote.end:
                continue
            if where == "after" and pos < quote.end:
                continue
            if where == "before" and pos > quote.start:
                continue
            if where == "next" and v.i > 6:
                continue
            subj = _outside(quote, sj.start, v, _reported_as_saying(v) or _subject_of(v))
            if subj is None:
                continue
            spos = sj.start + subj.idx
            if quote.start <= spos < quote.end:
                continue
            got = r.resolve_subject(subj, j, s.idx)
            if got is not None:
                return Attribution.of(
                    got,
                    Decision("claimant.quote_speaker", f"speaker of the quotation ('{subj.text} {v.text}')"),
                    v,
                )
    return None


def _outside(quote: Quote, offset: int, v: Token, subj: Token | None) -> Token | None:
    """The speaker of `v`: '"... 1,500 men on our sector alone," Hrytsenko, 41, told ...' — when
    the parser took a noun inside the quotation for the subject, the subject outside it."""
    if subj is None or not quote.start <= offset + subj.idx < quote.end:
        return subj
    return next(
        (c for c in v.children if c.dep_ == "nsubj" and not quote.start <= offset + c.idx < quote.end), subj
    )


def reporting_verb(r: Resolver, t: Target) -> Attribution | None:
    """The subject of a reporting verb in the sentence (the one governing the number first), or the
    source it cites ('citing X'); 'reports said' is unnamed."""
    if t.sdoc is None:
        return None
    sdoc, s, num, quote = t.sdoc, t.s, t.num, t.quote
    ordered, depth = _verbs_by_depth(sdoc, num)
    footage = False
    for v in ordered:
        # "Zelensky summed up the results: Ukrainian forces now control N": a colon after the
        # speaker's verb opens what they say, however the parser hung the two clauses
        governs = (
            v.i in depth
            or (
                v.i < num.i
                and any(c.dep_ == "nsubj" for c in v.children)  # not a label ("claimed by Moscow: ...")
                and any(t.text == ":" for t in sdoc[v.i + 1 : num.i])
            )
        )
        if quote is not None and quote.start <= s.start + v.idx < quote.end:
            continue
        if joined_report(v, num):
            continue
        if own_story_pointer(r, v):
            continue
        if governs and _speaker_relays_own_body(r, v, s.idx):
            continue  # "He said the hospital had admitted 212 wounded": the person speaking for it asserts
        relayed = _reported_as_saying(v)
        subj: Token | None
        agent = _agent_of(v)
        if agent is not None and agent.lower_ == "name":
            agent = None  # "identified by name": a manner, nobody's agency
        owner = _relayed_owner(v)
        briefer = _briefer(v) if owner is None and relayed is None else None
        if briefer is not None:
            subj = briefer  # "told reporters after a closed-door briefing by the NIS": the briefer
        elif owner is not None:
            subj = owner  # "the ministry's tally, as published by RIA": the relayer only passes it on
        elif relayed is not None:
            subj = relayed
        elif v.dep_ == "acl" and v.tag_ == "VBN" and agent is not None and may_speak(agent):
            subj = agent  # "the North Korean units, estimated by Washington at about 11,000": its agent
        elif _is_passive(v):
            # "100 soldiers are believed to have been killed": the speaker of a passive reporting
            # verb is its 'by X' agent, or nobody (never its grammatical subject)
            if agent is None:
                continue
            subj = agent
        else:
            subj = _subject_of(v) if v.dep_ not in ("ccomp",) or governs else None
            outer = _outer_report(v)
            if outer is not None:
                subj = _subject_of(outer)
            if subj is not None and subj.lower_ in ("which", "who", "that") and v.dep_ == "relcl":
                # "... the agency (HUR), which said on Jan. 6 that ...": what the clause hangs on; on a
                # description of a name ("Otkrytaya Lenta, an exiled news site, which ..."), the name
                subj = v.head.head if v.head.dep_ == "appos" and v.head.head.pos_ == "PROPN" else v.head
                if ent_type_of(subj) == "DATE":
                    # "a statement published by Ukraine's General Staff on Wednesday, which claimed": the
                    # clause hangs on the day the parser saw last; it is the statement's
                    subj = next(
                        (
                            a
                            for a in subj.ancestors
                            if a.pos_ in ("NOUN", "PROPN") and ent_type_of(a) != "DATE"
                        ),
                        subj,
                    )
                    subj = _statement_author(subj) or subj
        if subj is not None and subj.dep_ == "csubj" and subj.tag_ == "VBG":
            subj = None  # "Speaking on state TV, Colonel X, spokesman for ..., said": an opening participle
        if subj is not None and subj.pos_ == "NOUN":
            subj = _person_described(sdoc, subj) or subj
        if subj is None:
            subj = agent
        if subj is None:
            subj = entity_just_before(sdoc, v)
        if subj is None:
            continue
        sub = list(subj.subtree)
        if v.dep_ in ("acl", "relcl") and subj.i in (v.head.i, v.head.head.i):
            sub = [tok for tok in sub if tok.i < v.i]  # the noun the verb hangs on, without the verb's clause
        inside = sub[0].i <= num.i <= sub[-1].i < v.i
        if subj.i < num.i < v.i or (v.dep_ == "conj" and inside):
            # "Ukrainian forces hold N km², Ukraine's commander, Oleksandr Syrskyi, said": the parser
            # took the clause's subject for the speaker; the speaker is named right before the verb
            # ("More than 6,000 residents have been evacuated ..., the head of the district, Pavel
            # Zolotaryov, told TASS": a verb joined to the figure's clause shares its subject)
            named = entity_just_before(sdoc, v)
            if named is not None:
                subj, sub = named, list(named.subtree)
        elif inside and v.lemma_.lower() in report_verbs():
            # "Russian forces have retaken more than 800 square kilometres ..., Colonel General Sergei
            # Rudskoi, first deputy chief of Russia's General Staff, said": the figure taken for the
            # subject; the speaker is the one set off by a comma right before the verb
            named = entity_just_before(sdoc, v)
            if named is not None and named.left_edge.i > 0 and sdoc[named.left_edge.i - 1].text == ",":
                subj, sub = named, list(named.subtree)
        if sub[0].i <= num.i <= sub[-1].i:
            continue  # the number sits inside the subject: not this verb's statement
        # "..., contradicted by Russian military bloggers, who reported on Thursday that ... N": a
        # relative clause's report before the figure, however the parser hung the figure
        relative_report = (
            v.dep_ == "relcl"
            and v.i < num.i
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in v.children)
        )
        if (
            not governs
            and relayed is None
            and v.dep_ not in ("ROOT", "parataxis", "advcl", "conj")
            and not relative_report
        ):
            continue
        if v.dep_ == "conj" and not governs and v.i < num.i:
            continue
        if not governs and v.dep_ == "advcl" and _CONTRAST.intersection(c.lower_ for c in v.children):
            continue  # "N ..., while Moscow puts Ukrainian losses at M": the other source's own figure
        if (
            subj.lemma_.lower() in REPORT_NOUNS
            and not any(c.dep_ == "prep" for c in subj.children)
            and not (bare_document(subj) and document_source(r, subj, s.idx, s.idx))
        ):
            # ("The report says ...": unnamed, unless the page gave a source its report before)
            return Attribution(
                None,
                None,
                Decision("claimant.unnamed_reports", f"'{subj.text} {v.text}': unnamed reports"),
                v,
            )
        got = r.resolve_subject(subj, s.idx, s.idx)
        if got is None and governs and is_media_object(subj):
            footage = (
                True  # "footage shows that ...": no author named here; only a verb above it may name one
            )
            continue
        if footage and not governs:
            continue
        if got is not None:
            if got.name.lower() in ("i", "we"):
                continue
            own = speaker_for_own(r, v, subj, got, s.idx)
            if own is not None:
                return own
            relayed_by = _relayed_by_outlet(r, v, got, s.idx)
            if relayed_by is not None:
                return relayed_by
            got = told_outlet_side(v, subj, got)
            if got.kind == "media":
                # "As Ukrinform reported, ..., according to the General Staff": the outlet relays
                acc = according_to(r, t)
                if acc is not None and acc.name is not None and acc.side != "media":
                    return replace(
                        acc, decision=Decision("claimant.citing", f"'{v.text}' relays {acc.decision.why}")
                    )
            why = (
                (
                    "claimant.reported_as_saying",
                    f"'{relayed.head.text} {relayed.text} as saying': the one quoted asserts it",
                )
                if relayed is not None
                else ("claimant.briefer", f"'{v.text}' after a briefing by {_phrase(briefer)}")
                if briefer is not None
                else (
                    "claimant.relayed_owner",
                    f"'{owner.text}'s {owner.head.text}, as {v.text} by ...': its owner asserts it",
                )
                if owner is not None
                else ("claimant.passive_agent", f"'{v.text} by {_phrase(subj)}'")
                if subj is agent
                else ("claimant.reporting_verb", f"subject of reporting verb '{v.text}'")
            )
            return Attribution.of(got, Decision(*why), v)
    return None


def _person_described(sdoc: Doc, subj: Token) -> Token | None:
    """'Yevhen, a 34-year-old former bus driver who runs evacuation trips, said ...': the parser took the
    description for the subject; the person it describes opens the sentence right before its comma, or
    stands anywhere before it when it is an apposition ('... came from Alexei Smirnov, then acting
    governor of Kursk region, who told Putin ...', the parser having hung it elsewhere)."""
    left = subj.left_edge.i
    while left > 0 and sdoc[left - 1].pos_ == "ADV" and subj.dep_ == "appos":
        left -= 1  # ("Alexei Smirnov, then acting governor ...")
    if left < 2 or sdoc[left - 1].text != ",":
        return None
    person = next((e for e in ents_of(sdoc) if e.label_ == "PERSON" and e.end == left - 1), None)
    return person.root if person is not None and (person.start == 0 or subj.dep_ == "appos") else None


# a soldier's words: a rank before a name, or their own unit ("Colonel X", "his battalion", "our brigade")
# a soldier's words: a rank written before a name ("Colonel Vitalii Sarenko", "Maj. Dmytro Ostapenko"; not
# "a major gamble"), or the speaker's own unit ("his battalion", "our brigade"); not a captive's
_UNIFORM = re.compile(
    r"\b(?:"
    + "|".join(sorted(r.capitalize() for r in RANKS - {"commander", "general", "gen"}))
    + r")\.?\s+[A-Z]"
    r"|(?i:\b(?:his|her|our|my)\s+(?:own\s+)?(?:"
    + "|".join(sorted(FORMATION_NOUNS - {"group", "team", "crew"}))
    + r")\b)"
)


def _in_uniform(text: str) -> bool:
    """Whether a sentence gives its speaker a soldier's words (`_UNIFORM`) and does not describe them as a
    captive before its reporting verb ("A captured soldier, Sergeant Ivan Petrov, said ...")."""
    said = REPORT_VERB_FORM.search(text)
    return _UNIFORM.search(text) is not None and CAPTIVE.search(text[: said.start() if said else 0]) is None


# "our intelligence", "my battalion": a first-person phrase names its speaker, not itself
# ("Our intelligence says", "the data which we have"; not "a commander that I met")
_FIRST_PERSON = re.compile(
    r"(?i)^(?:our|my)\s|^(?:the\s+)?(?:data|information|figures?|estimates?|numbers?)\s+(?:which|that)\s+(?:we|I)\s"
)
# a phrase that counts something ("10,000 Ukrainian troops"), never a speaker (see `_counts_a_figure`)
_COUNTED = re.compile(r"^\d[\d,.]*\s+[A-Za-z]")
_HEDGED_NUMBER = re.compile(
    r"(?i)^(?:" + PRE_HEDGES_RX + r")\s+[\"“]?\d[\d,.]*(?:\s+(?:thousand|million))?[\"”]?\s+(.+)$"
)
# a month or a weekday, with a day or not ("Mar 14", "Friday"), is no speaker ('("Kyiv's costly foothold", Mar 14) stated')
_A_DAY = re.compile(
    r"^(?:" + MONTH_NAME_RX + r"(?:\s+\d{1,2})?|" + WEEKDAY_RX + r")$"
)  # (not "Marta", "Mayor")
# (a clock time or a transcript's timecode, "16:05", "0:54", is no speaker either)
_BARE_NUMBER = re.compile(r"(?i)^(?:\d[\d,.:]*|" + "|".join(w for w in COUNT_WORDS if len(w) > 2) + r")$")
# the nouns that count people in a figure ("persons", "young men", "servicemen": metrics.json)
_PEOPLE_COUNTED = frozenset(
    n
    for m in ("personnel", "killed", "wounded", "casualties", "prisoners", "civilians")
    for n in metric_data()["metrics"][m]["nouns"]
)


def _counts_a_figure(name: str) -> bool:
    """Whether a candidate claimant is a figure's own phrase, which cannot claim: a number first ("10,000
    Ukrainian troops were killed, saying ..."), a hedged count of people ("more than 52 thousand persons",
    '"at least 270" young men'), a bare number ("eight"), a timecode ("0:54") or a day ("Mar 14"); not a source counted ("Some 20 lawmakers said",
    "Two Western officials")."""
    hedged = _HEDGED_NUMBER.match(name)
    # (the phrase's head, before an 'of': "Nearly 100 relatives of missing soldiers" counts relatives)
    last = re.split(r"\s+of\s+", hedged.group(1))[0].split()[-1].lower() if hedged is not None else ""
    return (
        _COUNTED.match(name) is not None
        or _BARE_NUMBER.match(name) is not None
        or _A_DAY.match(name) is not None
        or (hedged is not None and (last in _PEOPLE_COUNTED or last.rstrip("s") in _PEOPLE_COUNTED))
    )


def _is_passive(v: Token) -> bool:
    """'are believed', 'is estimated', 'has been confirmed': a reporting verb in the passive."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


_STATED_BY = re.compile(
    r"^\s*(?:this|that|these|the figures?|the numbers?)\s+(?:is|are|was|were|has been|have been)\s+\w+\s+"
    r"(?:by|with\s+reference\s+to)\b"  # ("This is reported with reference to the press service of ...")
)


# "X reported this to ...", "X said this in ...": a report of what the sentence before said
_SAID_THIS = re.compile(r"\b(?:reported|said|stated|announced|wrote|confirmed|told)\s+(?:this|these)\b")


def stated_by_next(r: Resolver, t: Target) -> Attribution | None:
    """'This was stated by X' / 'X said this' in the next sentence credits this one."""
    s = t.s
    text = r.ctx.sent_text(s.idx + 1, s.idx)  # the wording first: the sentence is parsed only on a match
    if text is None or not (_STATED_BY.match(text.lower()) or _SAID_THIS.search(text)):
        return None
    nxt = r.ctx.sent_doc(s.idx + 1, s.idx)
    assert nxt is not None  # sent_text is None exactly when sent_doc is
    for tok in nxt:
        if tok.lower_ in ("this", "these") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in REPORT_VERBS:
            # "Oleksandr Syrskyi reported this to President Volodymyr Zelensky during a video call"
            subj = _subject_of(tok.head)
            got = r.resolve_subject(subj, s.idx + 1, s.idx) if subj is not None else None
            if subj is not None and got is not None and got.kind in ("person", "body", "group", "media"):
                return Attribution.of(
                    got,
                    Decision(
                        "claimant.stated_by_next", f"'{subj.text} {tok.head.text} this' in the next sentence"
                    ),
                    tok.head,
                )
        reference = tok.lower_ == "to" and tok.head.lower_ == "reference"
        if tok.dep_ == "agent" or reference:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                got = r.resolve_subject(pobj, s.idx + 1, s.idx)
                if got is not None:
                    return Attribution.of(
                        got,
                        Decision(
                            "claimant.stated_by_next",
                            f"'{tok.head.text} {tok.text} {_phrase(pobj)}' in the next sentence",
                        ),
                        tok.head,
                    )
    return None


def article_voice(r: Resolver, t: Target) -> Attribution | None:
    """Nothing names a source: the article says it in its own voice (claimant null) — unless the page
    is a government body's own (a ministry's press release): then the publisher speaks (`publisher_voice`)."""
    return Attribution(None, None, Decision("claimant.article_voice", "article voice"))


class SieveRule(NamedTuple):
    """One rule of the claimant sieve: a stable id and the function that tries it."""

    rule_id: str
    apply: Callable[[Resolver, Target], Attribution | None]


# The claimant sieve, precise first: the first rule that decides wins (README: "The claimant sieve").
# "Nikolaevo-Daryino (1.5 kilometers north of the Sumy Oblast border)": a gloss locating a place
_PLACE_GLOSS = re.compile(
    r"[A-Z][\w'’-]+\s*\(\s*(?:about\s+|some\s+|roughly\s+)?(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s*(?:km|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|from|inside|into)\b[^()]*\)"
)


def place_gloss(r: Resolver, t: Target) -> Attribution | None:
    """A distance in brackets glossing where a place lies is the writer's aside, whoever the sentence
    reports: the speaker of the surrounding report, else the article's voice."""
    text = r.ctx.document.text
    m = _PLACE_GLOSS.search(text, max(0, t.start - 60), min(len(text), t.end + 80))
    if m is None or not (m.start() < t.start and t.end <= m.end()):
        return None
    span = speaker_span(r, t, aside=True)
    if span is not None:
        return span
    return Attribution(
        None, None, Decision("claimant.place_gloss", "a bracketed gloss locating a place: the writer's")
    )


SIEVE: tuple[SieveRule, ...] = (
    SieveRule("claimant.place_gloss", place_gloss),
    SieveRule("claimant.as_reported", as_reported),
    SieveRule("claimant.pull_quote", pull_quote),
    SieveRule("claimant.quote_speaker", quote_speaker),
    SieveRule("claimant.claim_owner", claim_owner),
    SieveRule("claimant.figure_owner", figure_owner),
    SieveRule("claimant.in_statement", in_statement),
    SieveRule("claimant.nearer_source", nearer_source),
    SieveRule("claimant.according_in_report", according_in_report),
    SieveRule("claimant.according_to_which", according_to_which),
    SieveRule("claimant.own_reporters", own_reporters),
    SieveRule("claimant.own_voice", own_reckoning),
    SieveRule("claimant.reporting_verb", reporting_verb),
    SieveRule("claimant.according_to", according_to),
    SieveRule("claimant.attribution_pattern", attribution_pattern),
    SieveRule("claimant.source_noun", source_noun),
    SieveRule("claimant.stated_by_next", stated_by_next),
    SieveRule("claimant.ordered_by", ordered_by),
    SieveRule("claimant.bracketed_source", bracketed_source),
    SieveRule("claimant.footnote", footnote),
    SieveRule("claimant.block_quote", block_quote),
    SieveRule("claimant.paragraph_continuation", paragraph_continuation),
    SieveRule("claimant.interview_answer", interview_answer),
    SieveRule("claimant.social_post", social_post),
    SieveRule("claimant.intro_line", intro_line),
    SieveRule("claimant.floating_quote", floating_quote),
    SieveRule("claimant.speaker_span", speaker_span),
    SieveRule("claimant.source_line", source_line),
    SieveRule("claimant.article_voice", article_voice),
)


# rules that may give a country as a whole ("according to Ukraine", "Kyiv's estimate")
_COUNTRY_WIDE = ("claimant.according_to", "claimant.claim_owner", "claimant.nearer_source")


def attribute(r: Resolver, t: Target) -> Attribution:
    """The claimant of a figure: the decision of the first rule of `SIEVE` that makes one."""
    ours: Attribution | None = None
    for rule in SIEVE:
        att = rule.apply(r, t)
        if att is not None and att.name is not None and _FIRST_PERSON.search(att.name):
            # "Our intelligence says ...": names the one speaking on the line; a later rule finds them
            ours = ours or att
            continue
        if att is not None and att.name is not None and _counts_a_figure(att.name):
            continue  # "10,000 Ukrainian troops were killed, saying ...": a figure's phrase cannot claim
        if att is not None and att.decision.rule in _COUNTRY_WIDE and att.name and lookup(att.name) is None:
            # "Kyiv's estimate: more than 3,000 (Zelenskyy, December 23, 2024)": a fact box's bracket
            # names which of that country's sources gave the figure, and when
            named = bracketed_source(r, t)
            if named is not None and named.side == att.side and named.name and lookup(named.name):
                att = named
        if att is not None:
            if ours is not None:
                att = speakers_institution(r, ours, att)
            att = publisher_voice(own_voice(att, r.ctx.document.outlet), r.ctx.document.outlet)
            if att.name and att.side is None and lookup(att.name) is None and _in_uniform(t.s.text):
                # "Colonel Vitalii Sarenko told reporters ...", "His battalion, he said, had lost ...": a
                # soldier the page gives no side fights for the side the article is about
                described = r.described_side(att.name, t.s.idx, t.s.idx)
                side = described or outlet_country(r.ctx.document.outlet) or r.home_side()
                why = att.decision._replace(why=f"{att.decision.why}; a soldier's words: side {side}")
                att = replace(att, side=side, decision=why) if side is not None else att
            if att.name and (bare := unmarked(att.name)) != att.name:
                known = lookup(bare)  # ("according to DeepState¹": the source, not its note marker)
                att = replace(att, name=known.name if known else bare, side=known.side if known else att.side)
            return page_writer(r, t, att)
    raise AssertionError("the sieve ends with claimant.article_voice, which always decides")
