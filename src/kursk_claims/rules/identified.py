"""Delayed identification: a source described before it is named ('a senior Russian military
official said ...', then 'The official, Sergei Rudskoi, ...'; 'a Washington-based think tank', then the
Institute for the Study of War) is the one the story names next."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.models import Claim
from kursk_claims.rules.context import DocContext, ents_of
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.phrases import (
    ANAPHOR_HEADS,
    ANAPHOR_SYNONYMS,
    PERSON_TITLES,
    REPORT_VERBS,
    _canon_entity,
    _reporting_verbs,
)
from kursk_claims.rules.tree import title_words


class Identified(NamedTuple):
    """A person named after an unnamed source: the sentence that names them, their name and side."""

    sent: int
    name: str
    side: str | None


def _named_person_after(ctx: DocContext, s_idx: int, side: str | None, reach: int = 2) -> Identified | None:
    """The first named person of the same side in the next `reach` sentences ('The official, Sergei
    Rudskoi, ...')."""
    for j in range(s_idx + 1, min(len(ctx.sentences), s_idx + 1 + reach)):
        sdoc = ctx.sent_doc(j, s_idx)
        if sdoc is None or ctx.sentences[j].furniture:
            continue
        for e in ents_of(sdoc):
            if e.label_ != "PERSON" or e.root.dep_ not in ("nsubj", "nsubjpass", "appos"):
                continue  # the identification is the subject or an apposition, not any mention
            ce = _canon_entity(e)
            if ce is None:
                continue
            if side is None or ce.side in (side, None):
                return Identified(j, ce.name, ce.side)
    return None


_ANONYMOUS = re.compile(
    r"(?i)\b(?:asked\s+not\s+to\s+be\s+(?:named|identified)|(?:declined|refused)\s+to\s+be\s+(?:named|identified)"
    r"|on\s+(?:the\s+)?condition\s+of\s+anonymity|speaking\s+anonymously|not\s+authori[sz]ed\s+to\s+speak)\b"
)


def _described_title(claimant: str | None, sentence: str) -> tuple[str, bool] | None:
    """'a Ukrainian colonel said', 'Ukrainian colonel says' (a headline), 'the spokesperson for the
    Kursk group said': a person described by a title and nothing that names them — the title, and
    whether the description is definite ('the spokesperson ...')."""
    head = re.split(r"\s+(?:for|of|in|at|with|from|on)\s+", claimant or "", maxsplit=1)[0]
    words = head.split()
    if not words or lookup(claimant or "") is not None or words[-1].lower() not in PERSON_TITLES:
        return None
    named = [w for w in words[:-1] if w[0].isupper() and side_of_phrase(w) is None]
    if named and lookup(" ".join(named)) is None:
        return None  # a name, or a body's ("a General Staff spokesman" is a body's spokesman)
    at = sentence.find(claimant or "")
    if at < 0:
        return None
    return words[-1].lower(), re.search(r"(?i)\bthe\s+$", sentence[:at]) is not None


def _named_with_title_after(
    ctx: DocContext, s_idx: int, side: str | None, title: str, definite: bool
) -> Identified | None:
    """The first person in the next two sentences whose own title has `title` ('Colonel Taras Melnyk',
    'Taras Melnyk, a colonel ...'), of the same side, or the person the next paragraph opens with as
    its speaker ('the spokesperson ... said yesterday.' / 'Major Oleksandr Tymoshenko, speaking on the
    national telethon, said ...'); a definite description is named in the next sentence or not at all."""
    lede = ctx.sent_doc(s_idx, s_idx)
    one_speaker = lede is not None and len(_reporting_verbs(lede)) == 1  # not "X said, while Y said"
    # the body before the description (a headline naming the person first does not count)
    before = " ".join(x.text for x in ctx.sentences[:s_idx] if not (x.headline or x.furniture))
    for j in range(s_idx + 1, min(len(ctx.sentences), s_idx + 3)):
        sdoc = ctx.sent_doc(j, s_idx)
        if sdoc is None or ctx.sentences[j].furniture:
            continue
        new_paragraph = j == s_idx + 1 and ctx.sentences[j].line != ctx.sentences[s_idx].line and one_speaker
        for e in ents_of(sdoc):
            ce = _canon_entity(e) if e.label_ == "PERSON" else None
            if ce is None or (side is not None and ce.side not in (side, None)):
                continue
            if re.search(r"\b" + re.escape(ce.name) + r"\b", before):
                continue  # someone the body named before the description is not who it turns out to be
            if title in title_words(e, ce.name, ctx.doc_date):
                return Identified(j, ce.name, ce.side)
            opens = e.start <= 3 and e.root.dep_ == "nsubj" and e.root.head.lemma_.lower() in REPORT_VERBS
            if new_paragraph and opens:
                return Identified(j, ce.name, ce.side)
        if definite:
            return None  # a definite description is named in the sentence right after it, or not at all
    return None


def identified_after(
    ctx: DocContext, s_idx: int, claimant: str | None, side: str | None, head: str = ""
) -> Identified | None:
    """The person a described speaker turns out to be, named just after (`_named_with_title_after`);
    None in a sentence that says the source is anonymous. `head`: the noun the claimant's phrase was
    headed by — 'a General Staff spokesman told a briefing' resolves to the body but describes a person."""
    s = ctx.sentences[s_idx]
    described = _described_title(claimant, s.text)
    known = lookup(claimant or "")
    if described is None and head in PERSON_TITLES and known is not None and known.kind == "body":
        at = re.search(r"(?i)\b(a|an|the)\s+(?:[\w'’-]+\s+){0,4}?" + re.escape(head) + r"\b", s.text)
        described = (head, at.group(1).lower() == "the") if at else None
    if described is None or _ANONYMOUS.search(s.text):
        return None
    return _named_with_title_after(ctx, s_idx, side, *described)


def delayed_identification(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """'..., a senior Russian military official said.' followed by the named official -> that person;
    'a Ukrainian colonel said' followed by the colonel named (`Colonel Taras Melnyk told ...`)."""
    out: list[Claim] = []
    for c in claims:
        body = _body_named_after(ctx, c, claims)
        if body is not None:
            out.append(body)
            continue
        cs = ctx.sentence_at(c.start)
        head = ctx.claimant_heads.get(c.start, "")
        titled = identified_after(ctx, cs.idx, c.claimant, c.claimant_side, head) if cs is not None else None
        if titled is not None:
            why = f"'{c.claimant}' identified as {titled.name} in sentence {titled.sent + 1}"
            claimant = Decision("claimant.delayed_identification", why).record()
            out.append(
                replace(
                    c,
                    claimant=titled.name,
                    claimant_side=titled.side or c.claimant_side,
                    evidence={**c.evidence, "claimant": claimant},
                )
            )
            continue
        if (
            c.claimant
            and re.match(r"(?i)^(?:a|an)\s", c.claimant) is None
            and not re.match(r"(?i)^(?:senior|top|high-ranking)\s", c.claimant)
        ) or (c.claimant and re.search(r"(?i)\bofficials$", c.claimant)):  # "Ukrainian officials said"
            out.append(c)
            continue
        if not c.claimant:
            out.append(c)
            continue
        later = [
            b for b in claims if b.start > c.start and b.claimant
            and (c.claimant_side is None or b.claimant_side == c.claimant_side)
            and (known := lookup(b.claimant)) is not None and known.kind == "person"
        ]  # fmt: skip
        cs = ctx.sentence_at(c.start)
        if cs is not None and _ANONYMOUS.search(cs.text):
            out.append(c)  # "who asked not to be named": a source the story never names
            continue
        s_idx = cs.idx if cs is not None else None
        reach = 2  # (officials in the plural stay a collective source: see above)
        named = _named_person_after(ctx, s_idx, c.claimant_side, reach) if s_idx is not None else None
        if named is not None and (not later or (later[0].start > ctx.sentences[named.sent].start)):
            c = replace(
                c, claimant=named.name, claimant_side=named.side or c.claimant_side,
                evidence={**c.evidence, "claimant": Decision("claimant.delayed_identification", f"'{c.claimant}' identified as {named.name} in sentence {named.sent + 1}").record()},
            )  # fmt: skip
            out.append(c)
            continue
        if later and s_idx is not None:
            b = later[0]
            bs = ctx.sentence_at(b.start)
            b_idx = bs.idx if bs is not None else None
            if b_idx is not None and b_idx - s_idx <= reach:
                c = replace(
                    c, claimant=b.claimant, claimant_side=b.claimant_side,
                    evidence={**c.evidence, "claimant": Decision("claimant.delayed_identification", f"'{c.claimant}' identified as {b.claimant} in sentence {b_idx + 1}").record()},
                )  # fmt: skip
        out.append(c)
    return out


def _body_named_after(ctx: DocContext, c: Claim, claims: list[Claim]) -> Claim | None:
    """'a Washington-based think tank' said ..., then 'The Institute for the Study of War assesses ...'
    within three sentences: an institution described before it is named is the one named."""
    if not c.claimant or lookup(c.claimant) is not None or c.claimant.split()[-1][:1].isupper():
        return None  # (a name of its own, its head capitalised, "US State Department", is no description)
    # the description's head noun ("think tank", not "military" of "a senior military official")
    words = re.findall(r"[a-z]+", c.claimant.lower())
    heads = [h for h in ANAPHOR_HEADS if words and h == words[-1] and h in ANAPHOR_SYNONYMS]
    cs = ctx.sentence_at(c.start)
    if not heads or cs is None:
        return None
    for b in claims:
        bs = ctx.sentence_at(b.start)
        known = lookup(b.claimant) if b.claimant else None
        if b.start <= c.start or bs is None or bs.idx - cs.idx > 3 or known is None or known.kind != "body":
            continue
        if c.claimant_side not in (None, known.side):
            continue  # ("South Korea's military said ... the Russian Defense Ministry": another side's body)
        if any(w in known.name.lower() for h in heads for w in ANAPHOR_SYNONYMS[h]):
            return replace(
                c, claimant=known.name, claimant_side=known.side,
                evidence={**c.evidence, "claimant": Decision("claimant.delayed_identification", f"'{c.claimant}' identified as {known.name} in sentence {bs.idx + 1}").record()},
            )  # fmt: skip
    return None
