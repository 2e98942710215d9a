"""Headlines credited: a figure in a headline or the lede goes to the source the body names for it
(`credit_headlines`, a document pass)."""

from __future__ import annotations

import re
from dataclasses import replace

from kursk_claims.domain.registry import Entity, lookup
from kursk_claims.models import Claim
from kursk_claims.rules.context import DocContext, _norm
from kursk_claims.rules.dated_statements import said_before_news, same_speaker
from kursk_claims.rules.day_headings import item_sentences
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.interview import question_lines
from kursk_claims.rules.phrases import ANAPHOR_HEADS
from kursk_claims.rules.summaries import same_figure_later


def credit_headlines(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """A figure in a headline or standfirst is credited to the source the body names for it, and so is one
    of the lede's paragraph credited to a country or another generic source, when the body's source is
    of the same side ("Moscow saying it has recaptured 10 villages" -> the defence ministry's figure)."""
    out: list[Claim] = []
    lead_lines = {s.line for s in ctx.sentences[:3]}
    # the lede's paragraph, however much page furniture stands before it, for a source it names
    lede = next((s.line for s in ctx.sentences if not s.headline and not s.furniture), None)
    for c in claims:
        s = ctx.sentence_at(c.start)
        top = s is not None and (s.line in lead_lines or (s.line == lede and c.claimant is not None))
        # (an interview's question set in italics is no headline: "*Kyiv says it evacuated ...?*")
        is_lead = s is not None and (s.headline or top) and s.idx not in question_lines(ctx)
        # (a lede's figure credited to a country, however near the top, goes only to a body source of its side)
        in_lede = top and s is not None and not s.headline and bool(c.claimant)
        generic = c.claimant is None or (
            lookup(c.claimant) is None
            and (_is_generic(c.claimant) or (_norm(c.claimant).lower().split() or [""])[-1] in ANAPHOR_HEADS)
        )  # "Spy agency says ...": a headline's role phrase is a description the body names
        explicit = _headline_source(s.text) if s is not None and s.headline else None
        if explicit is not None and c.claimant != explicit.name:
            # "Ukrainian troops confirm advance of 10 km - ISW": the headline's own credit names who
            # says the whole line, whatever its subject does
            generic = True
        # (a list page's item: its headline is credited only from the item's own text)
        item = (item_sentences(ctx, s) if s is not None else None) or range(len(ctx.sentences))
        if s is not None and is_lead and generic:
            body = [
                b
                for b in claims
                if b is not c
                and _sentence_idx(ctx, b) in item
                and b.claimant
                and same_figure_later(c, b)
                and not _is_generic(b.claimant)
                and (not in_lede or b.claimant_side == c.claimant_side)
            ]
            if body and explicit is None:
                b = body[0]
                evidence = {
                    **c.evidence,
                    "claimant": Decision(
                        "claimant.headline_body_source",
                        f"headline figure credited to the body's source (claim at {b.start})",
                    ).record(),
                }
                own = c.evidence.get("claim_date", {}).get("rule") in (
                    "date.statement_time",
                    "date.pattern_time",
                )
                claim_date = (
                    b.claim_date if not own and (c.claim_date is None or b.claim_date) else c.claim_date
                )
                if claim_date != c.claim_date:
                    evidence["claim_date"] = Decision(
                        "date.headline_body_source", f"the date of the body's figure (claim at {b.start})"
                    ).record()
                c = replace(
                    c,
                    claimant=b.claimant,
                    claimant_side=b.claimant_side,
                    claim_date=claim_date,
                    evidence=evidence,
                )
            elif s.headline:
                credited = _headline_source(s.text) or _credit_named_in_body(s.text, claims)
                if credited is not None:
                    # the day the body gives the credited source's same figure, else the first
                    # statement of theirs the body dates
                    said = next(
                        (
                            b.claim_date
                            for b in claims
                            if b.claimant
                            and _sentence_idx(ctx, b) in item
                            and same_figure_later(c, b)
                            and same_speaker(b.claimant, credited.name)
                            and len(b.claim_date or "") == 10
                        ),
                        None,
                    ) or next(
                        (
                            iso
                            for j, name, iso in sorted(ctx.dated_statements)
                            if j in item
                            and same_speaker(name, credited.name)
                            and not said_before_news(ctx.sentences[j].text, name)
                        ),
                        None,
                    )
                    if said is not None and said != c.claim_date:
                        c = replace(
                            c,
                            claim_date=said,
                            evidence={
                                **c.evidence,
                                "claim_date": Decision(
                                    "date.headline_credit",
                                    f"the date of {credited.name}'s statement ({said})",
                                ).record(),
                            },
                        )
                    c = replace(
                        c,
                        claimant=credited.name,
                        claimant_side=credited.side,
                        evidence={
                            **c.evidence,
                            "claimant": Decision(
                                "claimant.headline_credit", f"headline credit '{credited.name}'"
                            ).record(),
                        },
                    )
        out.append(c)
    return out


def _sentence_idx(ctx: DocContext, c: Claim) -> int:
    """The index of the sentence claim `c` stands in (-1 when none)."""
    s = ctx.sentence_at(c.start)
    return s.idx if s is not None else -1


# A headline's credit: before a colon ('Russian MoD: ...'), after a dash ('... - MoD') or, in wire
# style, after a final colon ('... estimated at 3,000: JCS')
_HEADLINE_CREDIT = re.compile(
    r"^\s*([^:]{2,40}):\s+\S|\s[-–—]\s*([A-Z][\w.' ]{1,40})\s*$|\S:\s+([A-Z][\w.' ]{1,30})\s*$"
)


def _headline_source(text: str) -> Entity | None:
    """Headline attribution conventions: 'Russian MoD: Ukraine loses ...', '... - MoD'."""
    m = _HEADLINE_CREDIT.search(text)
    if not m:
        return None
    who = _norm((m.group(1) or m.group(2) or m.group(3) or "").strip())
    return lookup(who) or lookup(re.sub(r"\bMoD\b", "Defense Ministry", who))


def _credit_named_in_body(text: str, claims: list[Claim]) -> Entity | None:
    """A headline credit without a country ('... — Defense Ministry'): the registry body the body
    of the article credits figures to whose name ends with it ('Russian Defense Ministry')."""
    m = _HEADLINE_CREDIT.search(text)
    who = _norm((m.group(1) or m.group(2) or m.group(3) or "").strip()).lower() if m else ""
    if not who:
        return None
    for b in claims:
        e = lookup(b.claimant) if b.claimant else None
        names = [e.name, *e.aliases] if e is not None else []
        if e is not None and any(n.lower().endswith(who) for n in names):
            return e
    return None


def _is_generic(name: str) -> bool:
    low = _norm(name).lower()
    low = re.sub(r"^(?:the|a|an)\s+", "", low)
    generic_words = {
        "ukraine",
        "russia",
        "ukraine's military",
        "russia's military",
        "moscow",
        "kyiv",
        "military",
        "officials",
        "the military",
    }
    return low in generic_words or bool(
        re.match(r"^(?:ukraine|russia)(?:'s)?\s+(?:military|army|forces|officials)$", low)
    )
