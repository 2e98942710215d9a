"""The claim-date rules: when a claim was made, at the precision the text allows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup
from kursk_claims.rules.attribution import Attribution
from kursk_claims.rules.context import DocContext, attribution_data, ent_type_of
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.mentions import CAPITALISED_RUN, _reporting_verbs
from kursk_claims.rules.tree import _heads, doc_text
from kursk_claims.text import dates
from kursk_claims.text.segment import Sentence, quote_at

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
            # "in a statement issued on 18 March" still dates the statement
            return not (cur.dep_ == "acl" and cur.head.lemma_.lower() in _STATEMENT_NOUNS)
    return False


_STATEMENT_NOUNS: frozenset[str] = frozenset(attribution_data()["statement_nouns"])


# A bare year ("2024", "in 2024") dates no statement.
_BARE_YEAR = re.compile(r"(?i)(?:in\s+)?\d{4}$")


def _claim_date(ctx: DocContext, att: Attribution, s: Sentence, sdoc: Doc) -> tuple[str | None, Decision]:
    base = ctx.base
    if att.name is None:
        return (
            (ctx.doc_date, Decision("date.article_voice", "article voice: the document date"))
            if ctx.doc_date
            else (None, Decision("date.no_document_date", "no document date"))
        )
    # 0. a figure inside a report an earlier sentence introduced: that statement's date
    if att.decision.rule in ("claimant.speaker_span", "claimant.floating_quote") and att.inherited_date:
        return att.inherited_date, Decision(
            "date.speaker_span", f"the date of {att.name}'s report, which runs on ({att.inherited_date})"
        )
    # 1. a time phrase attached to the reporting verb
    if att.verb is None and att.time_text:
        m = dates.TIME_PHRASE.search(att.time_text)
        if m and not _BARE_YEAR.match(m.group(0).strip()):
            got = dates.resolve_time_phrase(m.group(0), base)
            if got:
                return got, Decision("date.pattern_time", f"'{m.group(0).strip()}' after the reporting verb")
    if att.verb is not None and att.verb.doc is sdoc:
        v = att.verb
        spans: list[tuple[int, int]] = []
        for c in v.children:
            if c.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl") or ent_type_of(c) == "DATE":
                sub = list(c.subtree)
                spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
        for m in dates.TIME_PHRASE.finditer(doc_text(sdoc)):
            inside = any(a <= m.start() and m.end() <= b for a, b in spans)
            if not inside:
                continue
            first = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
            if first is not None and _verb_between(first.root, v):
                continue  # "with 3,000 sent in January": the time of another verb's event
            if _BARE_YEAR.match(m.group(0).strip()):
                continue
            before = doc_text(sdoc)[max(0, m.start() - 8) : m.start()].lower()
            if "since" in before:
                continue
            got = dates.resolve_time_phrase(m.group(0), base)
            if got:
                return got, Decision(
                    "date.statement_time",
                    f"'{m.group(0).strip()}' on '{v.text}'"
                    + (f" relative to {ctx.doc_date}" if ctx.doc_date else ""),
                )
            return None, Decision("date.unresolved_time", f"'{m.group(0).strip()}' but no document date")
    # past perfect: "had earlier put", "had said" -> an earlier, unknown time (for the whole sentence)
    for rv in _reporting_verbs(sdoc):
        if any(c.lower_ == "had" and c.dep_ == "aux" for c in rv.children):
            return None, Decision("date.past_perfect", f"past perfect '{rv.text}': an earlier statement")
    # 2. the same claimant's dated statement earlier in the document, else (a headline or a lede
    # that states the figure before the text dates the statement) the first one after it
    later = [(j, iso) for j, name, iso in ctx.dated_statements if j > s.idx and name == att.name]
    for j, name, iso in reversed(ctx.dated_statements):
        if j <= s.idx and name == att.name:
            return iso, Decision(
                "date.same_claimant", f"same claimant's statement dated {iso} (sentence {j + 1})"
            )
    if later:
        j, iso = min(later)
        return iso, Decision(
            "date.same_claimant_later", f"same claimant's statement dated {iso} later on (sentence {j + 1})"
        )
    if ctx.doc_date is None:
        return None, Decision("date.no_document_date", "no document date")
    # 3. a narrative of the past: an explicit date well before the document date just before
    old = _narrative_past(ctx, s)
    if old:
        return None, Decision("date.narrative_past", f"inside a narrative of earlier events ('{old}')")
    return ctx.doc_date, Decision("date.document_date", "the document date")


def _narrative_past(ctx: DocContext, s: Sentence) -> str | None:
    """The nearest time the text sets before this sentence (within its section), if that time is
    well before the document date: the statement belongs to a narrative of earlier events."""
    base = ctx.base
    if base is None:
        return None
    for j in range(s.idx - 1, max(-1, s.idx - 13), -1):  # its own sentence dates the event, not the statement
        sj = ctx.sentences[j]
        if sj.headline and j != s.idx:
            break
        if sj.furniture:
            continue
        found: list[str] = []
        for m in dates.TIME_PHRASE.finditer(sj.text):
            before = sj.text[: m.start()].lower()
            if re.search(r"\b(?:since|between|from)\b[^,;]*$", before) or quote_at(
                ctx.quotes, sj.start + m.start(), sj.start + m.end()
            ):
                continue  # "since August 2024", "between ... and ...": a period, not the narrative time
            d = dates.resolve_time_phrase(m.group(0), base)
            if d:
                found.append(d)
                old = len(d) >= 7 and (base - date(int(d[:4]), int(d[5:7]), 1)).days > 60
                old = old or (len(d) == 4 and int(d) < base.year)
                if not old:
                    return None  # the nearest time set is recent: the present narrative
        if found:
            return found[0]
    return None


# A day as a statement is dated: "Sunday", "June 21", "21 June".
_DAY = (
    r"(?:"
    + dates.WEEKDAY_RX
    + r"|"
    + dates.MONTH_WORD
    + r"\.?\s+\d{1,2}|\d{1,2}\s+"
    + dates.MONTH_WORD
    + r")"
)


# "Syrskyi told journalists on June 21"
_SAID_ON = re.compile(
    r"(?i)\b(?:said|says|told\s+[\w\s'’-]{0,40}?|(?:stated|announced|reported)(?:\s+to\s+[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"|claimed|wrote|added)\s+((?:on\s+)?" + _DAY + r")"
)


# "gave a televised update on Wednesday", "in a video address on Telegram on Tuesday"
_STATEMENT_ON = re.compile(
    r"(?i)\b(?:address|briefing|bulletin|interview|post|report|speech|statement|update|video)\b"
    r"[^.;:!?]{0,40}?\bon\s+(" + _DAY + r")"
)


# "On Wednesday, Russia's chief of the General Staff, Gen. Valery Gerasimov, told Putin ..."
_FRONTED_TIME = re.compile(r"^((?:On|Last|Earlier\s+on)\s+" + _DAY + r"),\s+")


_SAYS = re.compile(r"(?i)\b(?:said|says|told|stated|announced|reported|claimed)\b")


def _first_known(names: Iterable[str]) -> str | None:
    """The canonical name of the first of `names` the registry knows."""
    for n in names:
        e = lookup(n)
        if e is not None:
            return e.name
    return None


def _dated_statements(sentences: list[Sentence], base: str | None) -> list[tuple[int, str, str]]:
    """Statements the text dates explicitly ('Syrskyi told journalists on June 21'), by named entity."""
    out: list[tuple[int, str, str]] = []
    base_date = dates.parse_iso(base)
    for s in sentences:
        if s.furniture:
            continue
        for m in _SAID_ON.finditer(s.text):
            iso = dates.resolve_time_phrase(m.group(1), base_date)
            if not iso:
                continue
            # the speaker: the nearest known name before the verb
            name = _first_known(reversed(CAPITALISED_RUN.findall(s.text[: m.start()])))
            if name is not None:
                out.append((s.idx, name, iso))
        # "Smirnov gave a televised update on Wednesday evening": a statement noun dated in the
        # sentence of its speaker (the first known name before the time)
        for m in _STATEMENT_ON.finditer(s.text):
            iso = dates.resolve_time_phrase(m.group(1), base_date)
            name = _first_known(CAPITALISED_RUN.findall(s.text[: m.start()])) if iso else None
            if iso and name is not None:
                out.append((s.idx, name, iso))
        # a fronted time: the speaker is the first known name after it
        fm = _FRONTED_TIME.match(s.text)
        if fm and _SAYS.search(s.text):
            iso = dates.resolve_time_phrase(fm.group(1), base_date)
            if iso:
                name = _first_known(CAPITALISED_RUN.findall(s.text[fm.end() :]))
                if name is not None:
                    out.append((s.idx, name, iso))
    return out
