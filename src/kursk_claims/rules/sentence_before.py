"""The sentence before a pronoun or a role: whom 'he said' or 'the channel' refers to when the sentence
just before, in the same paragraph, names or describes them (`Resolver` asks these)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kursk_claims.domain.registry import lookup, side_of_phrase
from kursk_claims.rules.context import ent_type_of, ents_of, place_side
from kursk_claims.rules.phrases import (
    _SPEAKING_PEOPLE,
    CALL_SIGN,
    DESCRIBED_HEADS,
    INSTITUTION_HEADS,
    PERSON_TITLES,
    Found,
)
from kursk_claims.rules.tree import BODY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kursk_claims.rules.mentions import Resolver


# the nouns a person is described by, for 'She added' after 'the ombudswoman said' (or 'the third
# speaker, the head of ...')
PEOPLE = PERSON_TITLES | _SPEAKING_PEOPLE | {"speaker"}


def subject_of_sentence_before(r: Resolver, subj: Token, sent_idx: int, around: int) -> Found | None:
    """'Zelensky offered a higher count. "...," he said': a pronoun opening its clause refers to
    the named person who is the subject of the sentence just before it, in the same paragraph."""
    if any(ent_type_of(t) == "PERSON" for t in subj.doc[: subj.i]):
        # a person named earlier in the pronoun's own sentence comes first: the subject of a clause set
        # before it ("When Valery Gerasimov ... appeared beside Putin on March 12, he told the president")
        fronted = [c for c in subj.head.children if c.dep_ == "advcl" and c.i < subj.i]
        named = [g for c in fronted for g in c.children if g.dep_ == "nsubj" and ent_type_of(g) == "PERSON"]
        got = r.resolve_subject(named[0], sent_idx, around) if named else None
        return got._replace(head=subj.lower_) if got is not None and got.kind == "person" else None
    before = sentence_before(r, sent_idx, around)
    if before is None:
        return None
    j, sdoc, lead = before
    if lead is not None and lead.lower_ == subj.lower_ and lead.lower_ in ("he", "she"):
        # "A lieutenant colonel walked us through a map. He said ... "...," he told us": the one
        # the pronoun before refers to (a sentence back each time, within the paragraph)
        got = r.resolve_subject(lead, j, around)
        return got if got is not None and got.kind != "body" else None
    # "... a Russian officer who identified himself only by the call sign Tundra. ..., he claimed"
    # (the recogniser may take the call sign for a name: it is the only one)
    called = list(CALL_SIGN.finditer(sdoc.text))
    if len(called) == 1 and all(e.text == called[0].group(1) for e in ents_of(sdoc) if e.label_ == "PERSON"):
        side = side_of_phrase(sdoc.text[: called[0].start()]) or r.home_side()
        return Found(called[0].group(1), side, "person", subj.lower_)
    if not any(e.label_ == "PERSON" for e in ents_of(sdoc)):
        # "Asked about those figures, the ombudswoman said ... She added": the person the title is;
        # "The third speaker, the head of the Sumy Regional Military Administration, spoke ... He said":
        # the one the subject describes
        appos = (
            next((c for c in lead.children if c.dep_ == "appos" and c.lemma_.lower() in PEOPLE), None)
            if lead is not None
            else None
        )
        if (
            lead is not None
            and (lead.lemma_.lower() in PEOPLE or appos is not None)
            and lead.pos_ == "NOUN"
            and any(c.lower_ == "the" for c in lead.children)
        ):
            got = r.resolve_subject(appos if appos is not None else lead, j, around)
            if got is not None and got.name[:1].isupper():
                return got  # (a title left as written, 'ombudswoman', names no one yet)
        if (
            lead is not None
            and lead.lemma_.lower() in PEOPLE
            and lead.pos_ == "NOUN"
            and any(c.lower_ in ("a", "an") for c in lead.children)
        ):
            # "A Ukrainian lieutenant colonel walked us through a map. He said ...": the unnamed
            # person the sentence before introduced, as it describes them
            got = r.resolve_subject(lead, j, around)
            if got is not None and got.kind != "body" and side_of_phrase(got.name):
                return got._replace(head=subj.lower_)
    if lead is not None and ent_type_of(lead) != "PERSON" and _untagged_name(lead):
        # "Natalia Guseva, from a village near Oryol, says ... She told Mediazona that ...": a first name and
        # a surname the recogniser took for a place are whom 'he' or 'she' refers to
        got = r.resolve_subject(lead, j, around)
        return (
            got._replace(kind="person", head=subj.lower_) if got is not None and got.kind != "body" else None
        )
    if lead is not None and ent_type_of(lead) != "PERSON":
        # "The head of the Sumy regional military administration, Volodymyr Artiukh, offered ...";
        # "Chief of the General Staff Valery Gerasimov told Putin ...": the parser gave the title
        # and the name each a subject's place
        lead = next(
            (c for c in lead.children if c.dep_ == "appos" and ent_type_of(c) == "PERSON"), None
        ) or next(
            (
                c
                for c in lead.head.children
                if c.dep_ == "nsubj" and c.i > lead.i and ent_type_of(c) == "PERSON"
            ),
            None,
        )
    if lead is None or ent_type_of(lead) != "PERSON":
        return None
    # "Gerasimov appeared beside Putin. He told the president ...": the subject of the sentence
    # before, however many men it names; "Yermak met Kaja Kallas. She said ...": which of them, the
    # pronoun's sex says, which only some surnames mark
    if subj.lower_ not in ("he", "him", "his") and sum(e.label_ == "PERSON" for e in ents_of(sdoc)) > 1:
        return None
    got = r.resolve_subject(lead, j, around)
    return got if got is not None and got.kind == "person" else None


def _untagged_name(lead: Token) -> bool:
    """Whether a subject is a full name the recogniser did not tag a person: a proper noun after one or
    two capitalised proper nouns of its compound, none of them a place, a side or a body's word."""
    words = [c for c in lead.children if c.dep_ == "compound" and c.i < lead.i] + [lead]
    if not 2 <= len(words) <= 3 or words[-1].i - words[0].i != len(words) - 1:
        return False
    if not all(
        w.pos_ == "PROPN" and w.text.isalpha() and w.text[:1].isupper() and w.text[1:].islower()
        for w in words
    ):
        return False
    name = " ".join(w.text for w in words)
    known = lookup(name)
    return (known is None or known.kind == "person") and not (
        BODY_WORDS.search(name) or side_of_phrase(name) or any(place_side(w.text) for w in words)
    )


def sentence_before(r: Resolver, sent_idx: int, around: int) -> tuple[int, Doc, Token | None] | None:
    """(index, parse, subject of its root) of the sentence just before, in the same paragraph."""
    j = sent_idx - 1
    if j < 0 or r.ctx.sentences[j].line != r.ctx.sentences[sent_idx].line:
        return None
    sdoc = r.ctx.sent_doc(j, around)
    if sdoc is None:
        return None
    root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
    lead = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    return j, sdoc, lead


def body_of_sentence_before(r: Resolver, sent_idx: int, around: int) -> Found | None:
    """The channel, group or institution that is the subject of the sentence just before, in the
    same paragraph ('Within hours, the Two Majors channel ... posted a very different summary.')."""
    before = sentence_before(r, sent_idx, around)
    if before is None:
        return None
    j, _, lead = before
    if lead is None or lead.lemma_.lower() not in DESCRIBED_HEADS | INSTITUTION_HEADS:
        return None
    got = r.resolve_subject(lead, j, around)
    return got if got is not None and got.kind != "person" else None
