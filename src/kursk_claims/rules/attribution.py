"""What the claimant sieve decides (`Attribution`) about which figure (`Target`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kursk_claims.rules.context import DocContext
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.phrases import Found
from kursk_claims.text.segment import Quote, Sentence, quote_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Attribution:
    name: str | None
    side: str | None
    decision: Decision  # the rule that found the claimant
    verb: Token | None = None  # the reporting verb token (for the claim date)
    head: str = ""
    time_text: str | None = None  # text around a reporting verb found by pattern ('said on Feb. 6')
    inherited_date: str | None = None  # the statement date of a speaker whose report runs on

    @classmethod
    def of(
        cls, found: Found, decision: Decision, verb: Token | None, time_text: str | None = None
    ) -> Attribution:
        """The attribution to what a phrase was resolved to."""
        return cls(found.name, found.side, decision, verb, found.head, time_text)


@dataclass(frozen=True)
class Target:
    """The figure the sieve attributes: its span, its sentence (and that sentence's parse, if any),
    its number token and the quotation it stands in (if any)."""

    start: int
    end: int
    s: Sentence
    num: Token
    sdoc: Doc | None
    quote: Quote | None

    @classmethod
    def of(cls, ctx: DocContext, start: int, end: int, s: Sentence, num: Token) -> Target:
        return cls(start, end, s, num, ctx.sent_doc(s.idx, s.idx), quote_at(ctx.quotes, start, end))
