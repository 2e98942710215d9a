"""Resolving a phrase to a claimant: the registry, NER, roles by date, as written; reporting verbs."""

from __future__ import annotations

import re
from typing import Any

from kursk_claims.domain.registry import Entity, entity_named, lookup, resolve_role, side_of_phrase
from kursk_claims.rules.context import _norm, side_of
from kursk_claims.rules.tree import _phrase, _subtree_text

REPORT_VERBS = {
    "say", "tell", "state", "report", "claim", "estimate", "write", "add", "note", "announce", "confirm",
    "assert", "indicate", "emphasize", "emphasise", "affirm", "insist", "acknowledge", "admit", "concede",
    "explain", "stress", "declare", "inform", "assess", "believe", "suggest", "show", "reveal", "publish",
    "post", "warn", "argue", "maintain", "put", "observe", "brief", "testify", "calculate", "count", "tally",
    "record", "allege", "boast", "specify", "clarify", "conclude", "mention", "accuse",
}  # fmt: skip


_RECKONING_NOUNS = {
    "reckoning",
    "estimate",
    "count",
    "calculation",
    "tally",
    "assessment",
    "account",
    "figure",
    "data",
}


SOURCE_NOUNS = {
    "estimate",
    "estimates",
    "assessment",
    "assessments",
    "figure",
    "figures",
    "data",
    "tally",
    "count",
    "intelligence",
    "analysis",
}


REPORT_NOUNS = {"report", "reports"}


ANAPHOR_HEADS = {
    "ministry", "statement", "source", "informant", "commander", "general", "official", "governor", "staff",
    "military", "army", "spokesman", "spokeswoman", "agency", "service", "president", "minister", "chief",
    "office", "command", "department", "head", "leader", "officer", "mod", "report",
}  # fmt: skip


ANAPHOR_SYNONYMS = {"mod": ("ministry",), "command": ("command", "staff", "ministry", "military")}


METONYMS = {
    "moscow": "Russia", "kremlin": "Kremlin", "kyiv": "Ukraine", "kiev": "Ukraine", "pyongyang": "North Korea",
    "seoul": "South Korea", "washington": "United States",
}  # fmt: skip


def _entity_for_phrase(tok: Any, when: str | None) -> tuple[str, str | None, str, str] | None:
    """(name, side, kind, head) for the phrase headed by tok, via registry, NER, roles or as written.

    A person the registry does not know takes the side their phrase names ('Col. X, a Ukrainian
    military analyst' -> ukraine)."""
    found = _entity_for_phrase_raw(tok, when)
    if found is not None and found[2] == "person" and found[1] is None:
        found = (found[0], side_of_phrase(_norm(_subtree_text(tok))), found[2], found[3])
    return found


def _entity_for_phrase_raw(tok: Any, when: str | None) -> tuple[str, str | None, str, str] | None:
    sub = list(tok.subtree)
    span_start, span_end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    doc = tok.doc
    head_low = tok.lemma_.lower()
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if conj and tok.pos_ == "PROPN":
        # "Ukraine, the United States and South Korea said": a joint claimant
        joint = doc[sub[0].i : max(t.i for c in conj for t in c.subtree) + 1].text
        joint = re.sub(r"(?i)^the\s+", "", _norm(joint)).strip(" ,")
        parts = [lookup(p.text) for p in (tok, *conj)]
        side = side_of_phrase(joint)
        if side is None and all(e is not None and e.side == "media" for e in parts):
            side = "media"  # "the BBC and Mediazona"
        return joint, side, "group", head_low
    phrase = _phrase(tok)
    whole = lookup(_norm(phrase))
    if whole is not None:
        return whole.name, whole.side, whole.kind, head_low
    ents = [e for e in doc.ents if e.start_char >= span_start and e.end_char <= span_end]
    # an appositive person names the role: "the Commander-in-Chief of Ukraine's Armed Forces, Oleksandr Syrskyi"
    for e in ents:
        if e.label_ == "PERSON" and any(t.dep_ == "appos" and e.start <= t.i < e.end for t in tok.subtree):
            ent = _canon_entity(e)
            if ent is not None:
                return ent[0], ent[1], ent[2], head_low
    phrase_end = span_start + len(phrase) + 1
    # keep what the phrase itself names, or a person set off right after it by a comma (an apposition
    # the parser attached elsewhere), but not "speaking to Ukrainska Pravda" further on
    ents = [
        e for e in ents
        if e.end_char <= phrase_end or e.start <= tok.i < e.end
        or (e.label_ in ("PERSON", "ORG") and re.fullmatch(r",?\s*", doc.text[phrase_end - 1 : e.start_char]))
    ]  # fmt: skip
    # the entity that contains the head token wins
    for e in ents:
        if e.start <= tok.i < e.end and e.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            ent = _canon_entity(e)
            if ent is not None:
                return ent[0], ent[1], ent[2], head_low
    persons = [e for e in ents if e.label_ == "PERSON"]
    for e in persons:
        ent = _canon_entity(e)
        if ent is not None:
            return ent[0], ent[1], ent[2], head_low
    for e in ents:
        if e.label_ == "ORG" and e.ent_id_:
            ent = _canon_entity(e)
            if ent is not None:
                return ent[0], ent[1], ent[2], head_low
    text = _norm(phrase)
    if head_low in REPORT_NOUNS and not (tok.lower_ == "report" and re.match(r"(?i)^the\s", phrase)):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return _entity_for_phrase(g, when)
        return None  # "reports" alone: unattributed
    role = resolve_role(text, when)
    if role is not None and (head_low in ANAPHOR_HEADS | {"commander-in-chief"} or role.kind == "body"):
        return role.name, role.side, role.kind, head_low
    for e in ents:
        if e.label_ in ("ORG", "GPE", "NORP", "PERSON"):
            ent = _canon_entity(e)
            if ent is not None and (e.label_ != "GPE" or e.root.i == tok.i):
                return ent[0], ent[1], ent[2], head_low
    if tok.pos_ == "PRON":
        return None
    cleaned = re.sub(r"(?i)^(?:the|a|an)\s+", "", text).strip()
    if not cleaned or len(cleaned) > 80:
        return None
    low = cleaned.lower()
    known = lookup(cleaned)
    if known is not None:
        return known.name, known.side, known.kind, head_low
    if low in METONYMS:
        name = METONYMS[low]
        return name, side_of(name), "body", head_low
    if low in ("ukraine", "russia", "north korea"):
        return cleaned, side_of(cleaned), "body", head_low
    return cleaned, side_of_phrase(cleaned), "other", head_low


def _canon_entity(span: Any) -> tuple[str, str | None, str] | None:
    if span.ent_id_:
        e = entity_named(span.ent_id_)
        if e is not None:
            return e.name, e.side, e.kind
    text = _norm(span.text).strip()
    text = re.sub(r"(?i)^the\s+", "", text)
    found: Entity | None = lookup(text)
    if found is not None:
        return found.name, found.side, found.kind
    low = text.lower()
    if low in METONYMS:
        return METONYMS[low], side_of(METONYMS[low]), "body"
    if span.label_ == "PERSON":
        return text, None, "person"
    if span.label_ == "ORG":
        return text, side_of_phrase(text), "body"
    if span.label_ == "GPE" and low in ("ukraine", "russia", "north korea"):
        return text, side_of_phrase(text), "body"
    return None


def _reporting_verbs(sdoc: Any) -> list[Any]:
    """Reporting verbs of a sentence (cached on the Doc: the rules ask for them often)."""
    cached = sdoc.user_data.get("kursk_reporting_verbs")
    if cached is not None:
        return [sdoc[i] for i in cached]
    out = _find_reporting_verbs(sdoc)
    sdoc.user_data["kursk_reporting_verbs"] = [t.i for t in out]
    return out


def _find_reporting_verbs(sdoc: Any) -> list[Any]:
    out = []
    for t in sdoc:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORT_VERBS:
            if t.lemma_.lower() == "put" and not any(c.lower_ in ("at", "in") for c in t.subtree):
                continue
            if t.lemma_.lower() in ("show", "count", "record") and not any(
                c.dep_ in ("nsubj",) for c in t.children
            ):
                continue
            out.append(t)
    return out


def _entity_just_before(sdoc: Any, verb: Any) -> Any | None:
    """A reporting verb the parser left without a subject: the person or body named right before it."""
    for e in reversed(sdoc.ents):
        if e.end <= verb.i and verb.i - e.end <= 2 and e.label_ in ("PERSON", "ORG"):
            if all(t.is_punct for t in sdoc[e.end : verb.i]):
                return e.root
    return None
