"""Block quotations: a text set off in quotation marks after a line that introduces it.

Agencies and monitors reproduce a statement whole: "SPA reproduces the Kursk section of the
ministry's daily bulletin below", "Izvestia publishes the governor's message in full:", "Russia's
Defence Ministry said in its daily bulletin:". The quotation then opens its own paragraph and may run
over several; no reporting verb stands beside it, so every figure in it belongs to whoever the intro
paragraph names: the speaker of a figure there, the subject of a reporting verb or of a statement
given ("The General Staff has published its morning update."), or the owner of the statement it
announces ("the ministry's bulletin", "the post of the acting governor"). The intro announces the text
with a colon or in words ("below", "as follows", "in full": data "block_quote_cues"), or names a
statement its speaker gave. A page passing on a statement ("The Tribune publishes the report as it
was aired.": data "relay_verbs") is no speaker, nor is the page's own outlet; the statement's maker
is, the one an earlier sentence names doing what the statement's noun says ("... reported to
President Putin"). A digest's post header above a post's time line names the post's account and day
("YURI PODOLYAKA (pro-Russian military blogger)" / "10 March, 23:40" / the post).
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.context import attribution_data
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.outlet import outlet_name
from kursk_claims.rules.phrases import STATEMENT_NOUNS
from kursk_claims.rules.spans import SPEAKER_RULES, Speaker, _introduced, _opens_paragraph
from kursk_claims.text.reporting import word_list_rx
from kursk_claims.text.segment import _CLOCK, ends_with_colon, sentences_spanning

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kursk_claims.rules.phrases import Found

_CUES = word_list_rx("block_quote_cues")
# a post's time line above its text: "10 March, 14:05", "March 10, 2025 · 14:05", "14:05 (Kyiv time)"
_STAMP = re.compile(
    r"^\s*(?P<day>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?)?[\s,·|–-]*(?:"
    + _CLOCK
    + r")?\s*$"
)
# a digest's post header: the account's name, what it is in brackets ("YURI PODOLYAKA (pro-Russian
# military blogger)", "RUSSIAN DEFENCE MINISTRY (official channel)")
_HEADER = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})\s*(?:\((?P<desc>[^()]{2,80})\))?\s*$"
)
_RELAY_VERBS = frozenset(attribution_data()["relay_verbs"])
_KINDS = ("person", "body", "group")


def block_quote(r: Resolver, t: Target) -> Attribution | None:
    """The source an intro line names for the quotation that opens the next paragraph (module docstring)."""
    ctx = r.ctx
    quote = t.quote
    if quote is None or not _opens_paragraph(ctx.document.text, quote.start):
        return None
    first = sentences_spanning(ctx.sentences, quote.start, quote.end)[0]
    j = first - 1
    while j >= 0 and ctx.sentences[j].furniture:
        j -= 1
    if j >= 0 and (stamp := _STAMP.match(ctx.sentences[j].text)) is not None and stamp.group(0).strip():
        return _post_header(r, j - 1, ctx.on_page(stamp.group("day")) if stamp.group("day") else None)
    if j < 0 or (ctx.sentences[j].headline and not ends_with_colon(ctx.sentences[j].text)):
        return None  # a heading (an intro line ending with a colon is none)
    # the intro paragraph: the lines of the paragraph just before the quotation, read backwards
    para = list(takewhile(lambda k: ctx.sentences[k].line == ctx.sentences[j].line, range(j, -1, -1)))
    announced = any(
        ends_with_colon(ctx.sentences[k].text) or _CUES.search(ctx.sentences[k].text) for k in para
    )
    wanted: str | None = None  # the statement the intro names without its owner ("the report")
    for k in para:
        sk = ctx.sentences[k]
        earlier = ctx.claims_in(sk)
        if earlier:
            last = earlier[-1]
            if not announced or last.claimant is None:
                return None
            if last.evidence.get("claimant", {}).get("rule") not in SPEAKER_RULES:
                return None
            return _credit(last.claimant, last.claimant_side, last.claim_date, sk.text, "")
        sdoc = ctx.parsed.get(k)
        if sdoc is None:
            continue
        if _relays(sdoc):
            # "Izvestia publishes the governor's message in full:" — the message's owner; "The Tribune
            # publishes the report as it was aired.": the relayer; whose report, before
            owner = _statement_owner(r, sdoc, k, t.s.idx)
            if owner is not None:
                return _credit(owner.name, owner.side, None, sk.text, owner.head)
            wanted, announced = wanted or _bare_statement(sdoc), True
            continue
        if wanted is not None and not any(tok.lemma_.lower() == wanted for tok in sdoc):
            continue  # ("... the report as broadcast." is the one who reported, not who convened a meeting)
        found = _introduced(r, sdoc, k, t.s.idx)
        if isinstance(found, Speaker) and (
            found.kind == "media" or _is_the_page(found.name, ctx.document.outlet)
        ):
            continue  # "The Courier could not verify the figures.": the page itself passes the text on
        if isinstance(found, Speaker):
            # (a paragraph that names a statement and no more announces it: "The General Staff has
            # published its morning update." / "The total combat losses ...")
            return (
                _credit(found.name, found.side, found.date, sk.text, found.head)
                if announced or found.framed
                else None
            )
        if found is False:
            return None
        owner = _statement_owner(r, sdoc, k, t.s.idx) if announced else None
        if owner is not None:
            return _credit(owner.name, owner.side, None, sk.text, owner.head)
        if announced:
            wanted = wanted or _bare_statement(sdoc)
    return None


def _bare_statement(sdoc: Doc) -> str | None:
    """The statement noun a sentence names by its article alone ("the key passages of the report")."""
    return next(
        (
            tok.lemma_.lower()
            for tok in sdoc
            if tok.lemma_.lower() in STATEMENT_NOUNS
            and tok.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
            and not any(c.dep_ == "poss" for c in tok.children)
        ),
        None,
    )


def _post_header(r: Resolver, j: int, when: str | None) -> Attribution | None:
    """The source a digest's post header names above the post's time line ("RUSSIAN DEFENCE MINISTRY
    (official channel)" / "10 March, 14:05" / the quoted post), or the source of the post before when
    the same account posts again (a time line right under an earlier post)."""
    ctx = r.ctx
    if j < 0:
        return None
    sj = ctx.sentences[j]
    head = _HEADER.match(sj.text)
    if head is None:
        earlier = ctx.claims_in(sj)
        if earlier and earlier[-1].evidence.get("claimant", {}).get("rule") == "claimant.block_quote":
            last = earlier[-1]  # the same account's next post
            return _credit(last.claimant or "", last.claimant_side, when or last.claim_date, sj.text, "")
        return None
    written = head.group("name")
    plain = written.title() if written.isupper() else written
    known = lookup(plain)
    desc = head.group("desc") or ""
    if known is not None:
        return _credit(known.name, known.side, when, sj.text, "")
    if not desc or len(plain.split()) > 4:
        return None  # a heading; an account names itself and what it is
    return _credit(plain, side_of_phrase(desc) or side_of_phrase(plain), when, sj.text, "")


def _is_the_page(name: str, outlet: str | None) -> bool:
    """Whether a name is the page's own outlet, or a short form of it ('Courier' on the Prairie Courier)."""
    own = outlet_name(outlet)
    words = set(re.findall(r"\w+", name.lower())) - {"the"}
    return own is not None and bool(words) and words <= set(re.findall(r"\w+", own.lower()))


def _relays(sdoc: Doc) -> bool:
    """Whether a sentence passes on a statement: a relaying verb with the statement as its definite or
    someone else's object ("The Tribune publishes the report as it was aired", "Izvestia publishes the
    governor's message in full"; not "The ministry published its update")."""
    return any(
        tok.dep_ == "dobj"
        and tok.lemma_.lower() in STATEMENT_NOUNS
        and tok.head.lemma_.lower() in _RELAY_VERBS
        and any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
            or (c.dep_ == "poss" and c.pos_ != "PRON")
            for c in tok.children
        )
        for tok in sdoc
    )


def _statement_owner(r: Resolver, sdoc: Doc, j: int, around: int) -> Found | None:
    """Whose statement the intro line announces: the possessive before a statement noun ("the
    ministry's daily bulletin") or a speaker named after it ("the evening post published on the
    official channel of the acting governor, Alexander Khinshtein"; "The answer, given by the
    minister, ...")."""
    for noun in (tok for tok in sdoc if tok.lemma_.lower() in STATEMENT_NOUNS and tok.pos_ == "NOUN"):
        poss = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        after = [
            tok for tok in noun.subtree if tok.i > noun.i and (tok.pos_ == "PROPN" or tok.dep_ == "pobj")
        ]
        for cand in poss + after:
            got = r.resolve_subject(cand, j, around)
            if got is not None and got.kind in _KINDS and got.name.lower() not in ("it", "they", "we", "i"):
                return got
    return None


def _credit(name: str, side: str | None, date: str | None, intro: str, head: str) -> Attribution:
    return Attribution(
        name,
        side,
        Decision("claimant.block_quote", f"a quotation set off after '{intro[:60]}': {name}'s text"),
        None,
        head or name.split()[-1].lower(),
        inherited_date=date,
    )
