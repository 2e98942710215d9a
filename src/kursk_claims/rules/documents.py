"""A source's documents: the reports, assessments and tallies a page gives to a source ('The service
published its annual assessment', 'a report by the ministry') and names further on by their noun alone
('the assessment said', 'According to the report, ...'), which are that source's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup
from kursk_claims.rules.context import attribution_data
from kursk_claims.rules.phrases import (
    ANAPHOR_SYNONYMS,
    OUTLET_NOUNS,
    PUBLISHING_VERBS,
    REPORT_VERBS,
    SHORT_NAME,
    Found,
)
from kursk_claims.rules.tree import _subject_of, a_time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kursk_claims.rules.earlier import EarlierMentions


# a source's document the page may name by its noun alone (data document_nouns)
DOCUMENT_NOUNS: frozenset[str] = frozenset(attribution_data()["document_nouns"])
# what any source publishes; a bare one is only ever the document of a source the page said published one
PUBLICATION_NOUNS: frozenset[str] = frozenset(attribution_data()["publication_nouns"])


def bare_document(subj: Token) -> bool:
    """'The tally', 'the same count' (a relative clause or an aside may follow): a source's document
    named by its noun alone, with no owner and no name, which is the source's that spoke last."""
    if subj.lemma_.lower() not in DOCUMENT_NOUNS | PUBLICATION_NOUNS or subj.pos_ != "NOUN":
        return False
    kids = [c for c in subj.children if c.i < subj.i]
    return (
        any(c.lower_ in ("the", "this", "that") for c in kids)
        and all(
            c.dep_ == "det" or (c.dep_ == "amod" and c.lower_ in ("same", "latest", "new", "updated", "full"))
            for c in kids
        )
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in subj.children)
    )


def _publisher(n: Token) -> Token | None:
    """The subject of the verb of publishing a noun is the object of ('The service published its annual
    assessment' -> the service)."""
    return _subject_of(n.head) if n.dep_ == "dobj" and n.head.lemma_.lower() in PUBLISHING_VERBS else None


def document_owners(sdoc: Doc) -> list[tuple[Token, str]]:
    """(owner, document noun) for the documents (data document_nouns, publication_nouns; an outlet noun
    only when published) a sentence gives to a source:
    its own ('the service's report', 'the ISW assessment'), one by it ('a report by the service'), one
    it published or spoke in ('The service published its annual assessment', 'X said in a report').
    The page's 'the assessment' further on is that source's. Pronoun owners are left out."""
    out: list[tuple[Token, str]] = []
    for n in sdoc:
        if n.lemma_.lower() in OUTLET_NOUNS and _publisher(n) is not None:
            # "Researchers published a paper" ... "the paper estimates": theirs, not a newspaper's (an outlet
            # noun is a document only when published: "the Kremlin's newspaper" is an outlet)
            owner = _publisher(n)
            if owner is not None and owner.pos_ != "PRON":
                out.append((owner, n.lemma_.lower()))
            continue
        if n.lemma_.lower() not in DOCUMENT_NOUNS | PUBLICATION_NOUNS or n.pos_ != "NOUN":
            continue
        if n.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in n.children):
            continue  # ("posts by relatives, reports in regional media": no one document)
        # its own ("the service's report", "the ISW assessment"), or one by or from it ("a report by the
        # ministry"; "of" only before a name, a translated genitive: "the report of the General Staff", not
        # "an analysis of the ministry's figures", which is about them)
        owner = next(
            (
                c
                for c in n.children
                if (c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"))
                or (c.dep_ == "compound" and c.pos_ == "PROPN")
            ),
            None,
        )
        for prep in (c for c in n.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if (
                owner is None
                and pobj is not None
                and not a_time(pobj)
                and (prep.lower_ != "of" or pobj.pos_ == "PROPN")
            ):
                owner = pobj
        if owner is None:
            owner = _publisher(n)  # "The service published its annual assessment"
        if (
            owner is None
            and n.dep_ == "pobj"
            and n.head.lower_ == "in"
            and n.head.head.lemma_.lower() in REPORT_VERBS
        ):
            owner = _subject_of(n.head.head)  # "The ministry said in a report that ..."
        if owner is not None and owner.pos_ != "PRON":
            out.append((owner, n.lemma_.lower()))
    return out


def document_source(r: EarlierMentions, subj: Token, sent_idx: int, around: int) -> Found | None:
    """Whose a bare document is ("The tally, which only includes ..., lists 14 tanks", "According to the
    count, ..."): a source named by its kind ("the project") or one the page gave such a document; for a
    document noun, else the group or outlet that spoke last (a ministry's figures are claims, not a
    tally); for a publication noun, any document a source was said to publish ("The ministry published
    its daily summary. According to the report, ...")."""
    low = subj.lower_
    named = r.last_mention(sent_idx, around, heads=ANAPHOR_SYNONYMS.get(low, (low,)), before=subj.idx)
    if named is None and low in PUBLICATION_NOUNS:
        owned = tuple(sorted(DOCUMENT_NOUNS | PUBLICATION_NOUNS))
        named = r.last_mention(sent_idx, around, heads=owned, before=subj.idx)
    spoke = (
        r.last_mention(sent_idx, around, kinds=("group", "media"), before=subj.idx, speakers=True)
        if low in DOCUMENT_NOUNS
        else None
    )
    m = max((x for x in (named, spoke) if x is not None), key=lambda x: x.sent, default=None)
    if m is None:
        return None
    known = lookup(m.name)
    if known is None and SHORT_NAME.fullmatch(m.name):
        spelled = r.spelled_out(m.name)  # "the Russian Ministry of Defense (MoD) said in a statement"
        if spelled is not None:
            return spelled._replace(head=low)
    return Found(m.name, m.side or (known.side if known else None), m.kind, low)
