"""The claimant sieve: who asserts a figure, from precise rules to weak ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kursk_claims.domain.registry import lookup, resolve_role, side_of_phrase
from kursk_claims.rules.context import (
    WINDOW_BACK,
    WINDOW_FWD,
    DocContext,
    Mention,
    _norm,
    _place_regex,
    _side_word,
    place_data,
)
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.mentions import (
    _RECKONING_NOUNS,
    ANAPHOR_HEADS,
    ANAPHOR_SYNONYMS,
    REPORT_NOUNS,
    REPORT_VERBS,
    SOURCE_NOUNS,
    _canon_entity,
    _entity_for_phrase,
    _entity_just_before,
    _reporting_verbs,
)
from kursk_claims.rules.place import _main_place
from kursk_claims.rules.tree import _is_ancestor, _phrase, _steps_up, _subject_of, _subtree_text
from kursk_claims.text import dates
from kursk_claims.text.segment import Quote, Sentence, quote_at, sentences_spanning

_SAY = r"(?P<verb>said|says|told|wrote|added|reported|stated|claimed|claims|announced|noted|estimated|estimates|believes)"


# "..., Commander-in-Chief Oleksandr Syrskyi said on Feb. 6."
_TAIL_ATTRIBUTION = re.compile(
    r",\s+(?P<who>[A-Z][^,;\"“”]{1,90}?)\s+" + _SAY + r"\b[^,;\"“”]{0,60}[.!?]?[\"”’]?\s*$"
)


# "Russia's Defense Ministry claims that ..."
_HEAD_ATTRIBUTION = re.compile(r"^(?P<who>[A-Z][^,;\"“”]{1,60}?)\s+" + _SAY + r"\s+(?:that\s+)?")


@dataclass
class Attribution:
    name: str | None
    side: str | None
    decision: Decision  # the rule that found the claimant
    verb: Any | None = None  # the reporting verb token (for the claim date)
    head: str = ""
    time_text: str | None = None  # text around a reporting verb found by pattern ('said on Feb. 6')


class Attributor:
    """Finds the claimant of a quantity: a sieve from precise to weak rules."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx

    def when(self) -> str | None:
        """The date roles are resolved at: the document date."""
        return self.ctx.doc_date

    # -- resolving a subject token to a claimant ---------------------------------------------

    def resolve_subject(
        self, subj: Any, sent_idx: int, around: int
    ) -> tuple[str, str | None, str, str] | None:
        """(name, side, kind, head) of the claimant a subject token names, or None.

        Pronouns, "its"/"their", "one of them" and unnamed spokespeople resolve to earlier mentions;
        definite role phrases ("the ministry", "the source") to the last matching mention; anything
        else through the registry, NER, roles or as written, with its side guessed from context.
        """
        low = subj.lower_
        if low in ("he", "she", "him", "her"):
            m = self.last_mention(sent_idx, around, kinds=("person",), before=subj.idx, speakers=True)
            m = m or self.last_mention(sent_idx, around, kinds=("person",), before=subj.idx)
            m = m or self.next_person(sent_idx, around)
            return (m.name, m.side, m.kind, low) if m else None
        if low == "it" and subj.dep_ == "nsubj" and subj.head.lemma_.lower() in REPORT_VERBS:
            m = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx)
            return (m.name, m.side, m.kind, low) if m else None
        if low in ("i", "we", "they", "it", "this", "that", "you", "who", "which"):
            return None
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is not None:
            # "Its maps show ...": the body named before
            m = self.last_mention(sent_idx, around, kinds=("body", "group", "media"), before=subj.idx)
            return (m.name, m.side, m.kind, low) if m else None
        if low in ("one", "some", "both", "all") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "those") for g in c.children)
            for c in subj.children
        ):
            # "One of them said": one of the sources named just before
            m = self.last_mention(sent_idx, around, before=subj.idx)
            return (m.name, m.side, m.kind, low) if m else None
        sub_ids = {t.i for t in subj.subtree}
        if low in ("spokesman", "spokeswoman", "spokesperson") and not any(
            e.label_ in ("PERSON", "ORG")
            and e.root.i in sub_ids
            and e.root.dep_ in ("appos", "compound", "nsubj")
            for e in subj.doc.ents
        ):
            m = self.last_mention(sent_idx, around, kinds=("body",), before=subj.idx)
            if m is not None:
                return m.name, m.side, m.kind, low
        found = _entity_for_phrase(subj, self.when())
        if found is None:
            return None
        name, side, kind, head = found
        is_definite = bool(re.match(r"(?i)^the\s", _phrase(subj)))
        start_idx = min(t.idx for t in subj.subtree)  # mentions must precede the phrase itself
        if lookup(name) is None and kind in ("body", "other") and head in ANAPHOR_HEADS and is_definite:
            kind = "other"
        if kind == "other" and head in ANAPHOR_HEADS and is_definite:
            m = self.last_mention(
                sent_idx, around, heads=ANAPHOR_SYNONYMS.get(head, (head,)), before=start_idx
            )
            if m is None and head in ("statement", "report"):
                m = self.last_mention(sent_idx, around, kinds=("body",), before=start_idx)
            if m is not None:
                return m.name, m.side, m.kind, head
        if kind == "other" and head in ("source", "informant") and is_definite:
            m = self.last_mention(sent_idx, around, heads=("source", "informant"), before=start_idx)
            if m is not None:
                return m.name, m.side, m.kind, head
        if side is None and lookup(name) is None:
            whole_side = side_of_phrase(_norm(_phrase(subj)))
            if whole_side is not None:
                return name, whole_side, kind, head
            title_text = " ".join(t.text for t in (subj.head if subj.dep_ == "appos" else subj).subtree)
            if re.search(r"(?i)\b(?:governor|regional|mayor|oblast|administration)\b", title_text):
                region_side = self.region_side(subj)
                if region_side:
                    return name, region_side, kind, head
            guessed = self.country_from_context(subj, sent_idx, around)
            if guessed is not None:
                # "the defence ministry said" in a story about Russia's side -> Russian Defense Ministry
                role = resolve_role(f"{guessed} {re.sub(r'(?i)defence', 'defense', name)}", self.when())
                if role is not None and (head in ANAPHOR_HEADS or role.kind == "body"):
                    return role.name, role.side, role.kind, head
                if head in ANAPHOR_HEADS:
                    return name, guessed, kind, head
        return name, side, kind, head

    def country_from_context(self, subj: Any, sent_idx: int, around: int) -> str | None:
        """The side a sentence (or the one before it) is about, from its first demonym or country."""
        sub = {t.i for t in subj.subtree}
        for t in subj.doc:
            if t.i in sub:
                continue
            sw = _side_word(t)
            if sw:
                return sw
        prev = self.ctx.sent_doc(sent_idx - 1, around) if sent_idx > 0 else None
        if prev is not None:
            for t in prev:
                sw = _side_word(t)
                if sw:
                    return sw
        return None

    def region_side(self, subj: Any) -> str | None:
        """An unnamed regional official: the country governing the region the sentence names."""
        rx, names = _place_regex()
        sides: dict[str, str] = place_data().get("sides", {})
        for m in rx.finditer(subj.doc.text):
            side = sides.get(names[m.group(0)])
            if side:
                return side
        main = _main_place(self.ctx.document.text)
        return sides.get(main) if main else None

    def next_person(self, sent_idx: int, around: int) -> Mention | None:
        """A pronoun with nothing before it (a page that starts mid-article): the next named person."""
        if any(
            self.ctx.sent_doc(j, around) is not None and not self.ctx.sentences[j].furniture
            for j in range(max(0, sent_idx - WINDOW_BACK), sent_idx)
        ):
            return None
        for j in range(sent_idx + 1, sent_idx + WINDOW_FWD + 1):
            sdoc = self.ctx.sent_doc(j, around)
            if sdoc is None:
                continue
            for e in sdoc.ents:
                ce = _canon_entity(e) if e.label_ == "PERSON" else None
                if ce is not None:
                    return Mention(j, ce[0], ce[1], "person", ce[2])
        return None

    def _speaker_tokens(self, sdoc: Any) -> set[int]:
        out: set[int] = set()
        for v in _reporting_verbs(sdoc):
            subj = _subject_of(v)
            if subj is not None:
                out.update(t.i for t in subj.subtree)
        return out

    def last_mention(
        self,
        sent_idx: int,
        around: int,
        *,
        kinds: tuple[str, ...] = (),
        heads: tuple[str, ...] = (),
        before: int | None = None,
        speakers: bool = False,
    ) -> Mention | None:
        """The latest entity mention before this point: earlier claims' claimants and window mentions."""
        cands: list[tuple[int, int, Mention]] = []
        for j in self.ctx.window(around):
            if j > sent_idx:
                break
            sdoc = self.ctx.sent_doc(j, around)
            if sdoc is None or self.ctx.sentences[j].furniture:
                continue
            speaker_toks = self._speaker_tokens(sdoc) if speakers else set()
            for e in sdoc.ents:
                if speakers and e.root.i not in speaker_toks:
                    continue
                if j == sent_idx and before is not None and e.start_char >= before:
                    continue
                ce = _canon_entity(e) if e.label_ in ("PERSON", "ORG") else None
                if ce is None:
                    continue
                if ce[2] == "person" and ce[1] is None:
                    ce = (ce[0], side_of_phrase(_norm(_subtree_text(e.root))), ce[2])
                head = "person" if ce[2] == "person" else e.root.lemma_.lower()
                name_low = ce[0].lower()
                heads_here = {head} | {w for w in ANAPHOR_HEADS if w in name_low}
                if "intelligence" in name_low or "service" in name_low:
                    heads_here |= {"agency", "service"}
                if ce[2] == "person":
                    heads_here |= {
                        "commander",
                        "general",
                        "official",
                        "governor",
                        "president",
                        "minister",
                        "chief",
                        "head",
                        "officer",
                        "leader",
                    }
                cands.append((j, e.start_char, Mention(j, ce[0], ce[1], " ".join(sorted(heads_here)), ce[2])))
            for t in sdoc if not speakers else ():
                if t.lemma_.lower() in ("source", "informant") and t.dep_ in ("nsubj", "nsubjpass"):
                    if j == sent_idx and before is not None and t.idx >= before:
                        continue
                    got = _entity_for_phrase(t, self.when())
                    if got and got[2] != "other":
                        cands.append((j, t.idx, Mention(j, got[0], got[1], "source informant", got[2])))
        for c in self.ctx.claims:
            cs = self.ctx.sentence_at(c.start)
            sidx = cs.idx if cs is not None else None
            if c.claimant and sidx is not None and sidx <= sent_idx and sidx in self.ctx.window(around):
                known = lookup(c.claimant)
                kind = known.kind if known else "other"
                head = self.ctx.claimant_heads.get(c.start, "")
                cands.append((sidx, c.start, Mention(sidx, c.claimant, c.claimant_side, head, kind)))
        cands.sort(key=lambda x: (x[0], x[1]))
        for _, _, m in reversed(cands):
            if kinds and m.kind not in kinds:
                continue
            if heads and not (set(heads) & set(m.head.split())):
                continue
            return m
        return None

    # -- the sieve -------------------------------------------------------------------------

    def attribute(self, q_start: int, q_end: int, s: Sentence, num: Any) -> Attribution:
        """The claimant of the figure at [q_start, q_end) in sentence s, through the sieve: a
        quotation's speaker, the sentence itself, 'This was stated by X' next, the paragraph's
        speaker, a 'Source:' line, else the article's own voice."""
        ctx = self.ctx
        sdoc = ctx.sent_doc(s.idx, s.idx)
        quote = quote_at(ctx.quotes, q_start, q_end)
        if quote is not None:
            att = self.quote_speaker(quote, s)
            if att is not None:
                return att
        if sdoc is not None:
            att = self.in_sentence(sdoc, s, num, quote)
            if att is not None:
                return att
        nxt = ctx.sent_doc(s.idx + 1, s.idx)
        if nxt is not None:
            att = self.stated_by_next(nxt, s)
            if att is not None:
                return att
        att = self.paragraph_continuation(s)
        if att is not None:
            return att
        if ctx.source_line is not None and ctx.source_line[0] < s.idx:
            return Attribution(
                ctx.source_line[1], ctx.source_line[2], Decision("claimant.source_line", "'Source:' line")
            )
        return Attribution(None, None, Decision("claimant.article_voice", "article voice"))

    def in_sentence(self, sdoc: Any, s: Sentence, num: Any, quote: Quote | None) -> Attribution | None:
        """A claimant the sentence names itself: the subject of a reporting verb (the one governing
        the number first), 'according to X' / 'by X's reckoning', a pattern, or a source noun."""
        verbs = _reporting_verbs(sdoc)
        # 1. a reporting verb that governs the number, the nearest first
        depth = {v.i: d for v in verbs if (d := _steps_up(v, num)) is not None}
        governing = sorted((v for v in verbs if v.i in depth), key=lambda v: depth[v.i])
        ordered = governing + [v for v in verbs if v.i not in depth]
        source = self.source_noun(sdoc, num)
        source_depth = _steps_up(source.verb, num) if source is not None and source.verb is not None else None
        if source is not None and source_depth is not None:
            if not governing or source_depth < depth[governing[0].i]:
                return source  # the nearer clause's source: "X put it at 4,000, although U.S. estimates were ..."
        for v in ordered:
            governs = v.i in depth
            if quote is not None and quote.start <= s.start + v.idx < quote.end:
                continue
            subj = _subject_of(v) if v.dep_ not in ("ccomp",) or governs else None
            if subj is None:
                subj = next((c for c in v.children if c.dep_ == "agent"), None)
                subj = (
                    next((g for g in subj.children if g.dep_ == "pobj"), None) if subj is not None else None
                )
            if subj is None:
                subj = _entity_just_before(sdoc, v)
            if subj is None:
                continue
            sub = list(subj.subtree)
            if subj.i < num.i < v.i:
                # "Ukrainian forces hold N km², Ukraine's commander, Oleksandr Syrskyi, said": the parser
                # took the clause's subject for the speaker; the speaker is named right before the verb
                named = _entity_just_before(sdoc, v)
                if named is not None:
                    subj, sub = named, list(named.subtree)
            if sub[0].i <= num.i <= sub[-1].i:
                continue  # the number sits inside the subject: not this verb's statement
            if not governs and v.dep_ not in ("ROOT", "parataxis", "advcl", "conj"):
                continue
            if v.dep_ == "conj" and not governs and v.i < num.i:
                continue
            if subj.lemma_.lower() in REPORT_NOUNS and not any(c.dep_ == "prep" for c in subj.children):
                return Attribution(
                    None,
                    None,
                    Decision("claimant.unnamed_reports", f"'{subj.text} {v.text}': unnamed reports"),
                    v,
                )
            got = self.resolve_subject(subj, s.idx, s.idx)
            if got is not None:
                if got[0].lower() in ("i", "we"):
                    continue
                cited = self.cited_source(v, s.idx)
                if cited is not None and got[2] in ("media", "other"):
                    return Attribution(
                        cited[0],
                        cited[1],
                        Decision("claimant.citing", f"'{v.text}, citing ...': the cited source"),
                        v,
                        cited[3],
                    )
                return Attribution(
                    got[0],
                    got[1],
                    Decision("claimant.reporting_verb", f"subject of reporting verb '{v.text}'"),
                    v,
                    got[3],
                )
        # 2. according to X / by X's reckoning / by Western estimates
        for t in sdoc:
            if t.lower_ == "by" and t.dep_ == "prep":
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in _RECKONING_NOUNS:
                    owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
                    target = owner if owner is not None else pobj
                    got = self.resolve_subject(target, s.idx, s.idx)
                    if got is not None:
                        return Attribution(
                            got[0],
                            got[1],
                            Decision("claimant.by_reckoning", f"'by {_phrase(pobj)}'"),
                            None,
                            got[3],
                        )
            if t.lower_ == "according" and t.i + 1 < len(sdoc) and sdoc[t.i + 1].lower_ == "to":
                pobj = next((c for c in sdoc[t.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                definite_report = pobj.lower_ == "report" and any(c.lower_ == "the" for c in pobj.children)
                if (
                    pobj.lemma_.lower() in REPORT_NOUNS | {"media"}
                    and not definite_report
                    and not any(c.dep_ == "prep" for c in pobj.children)
                ):
                    return Attribution(
                        None,
                        None,
                        Decision("claimant.unnamed_reports", "'according to reports': unnamed"),
                        None,
                    )
                got = self.resolve_subject(pobj, s.idx, s.idx)
                if got is not None:
                    # the main verb's time is the event's, not the statement's: no verb for the date
                    return Attribution(
                        got[0],
                        got[1],
                        Decision("claimant.according_to", f"'according to {_phrase(pobj)}'"),
                        None,
                        got[3],
                    )
        tail = self.attribution_by_pattern(sdoc, s, num)
        if tail is not None:
            return tail
        return self.source_noun(sdoc, num)

    def attribution_by_pattern(self, sdoc: Any, s: Sentence, num: Any) -> Attribution | None:
        """When the parse garbles a plain attribution, read it off the words: '..., X said on Feb. 6.'
        at the end of the sentence, or 'X says/claims that ...' at its start."""
        text = sdoc.text
        for rx, after_number in ((_TAIL_ATTRIBUTION, True), (_HEAD_ATTRIBUTION, False)):
            m = rx.search(text)
            if not m:
                continue
            if after_number and m.start("who") < num.idx:
                continue
            if not after_number and m.end() > num.idx:
                continue
            span = sdoc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            root = span.root
            got = self.resolve_subject(root, s.idx, s.idx)
            if got is not None and got[2] in ("person", "body", "group", "media", "other"):
                if got[2] == "other" and not (got[1] or root.lemma_.lower() in ANAPHOR_HEADS | SOURCE_NOUNS):
                    continue
                return Attribution(
                    got[0],
                    got[1],
                    Decision(
                        "claimant.attribution_pattern",
                        f"'{m.group('who')} {m.group('verb')}' (attribution pattern)",
                    ),
                    None,
                    got[3],
                    text[m.start("verb") :],
                )
        return None

    def cited_source(self, verb: Any, sent_idx: int) -> tuple[str, str | None, str, str] | None:
        """'Ukrainian media reported, citing Syrskyi': a named person or body the reporter cites."""
        for c in verb.subtree:
            if c.lemma_.lower() == "cite" and c.pos_ == "VERB":
                obj = next((g for g in c.children if g.dep_ == "dobj"), None)
                if obj is None:
                    continue
                if not any(e.label_ in ("PERSON", "ORG") and e.start <= obj.i < e.end for e in obj.doc.ents):
                    return None  # "citing Ukrainian soldiers": the outlet stays the claimant
                got = self.resolve_subject(obj, sent_idx, sent_idx)
                if got is not None and got[2] in ("person", "body", "group"):
                    return got
        return None

    def source_noun(self, sdoc: Any, num: Any) -> Attribution | None:
        """A source noun as subject of any verb: 'U.S. estimates were lower, about 1,200'."""
        for t in sdoc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in SOURCE_NOUNS:
                sub = list(t.subtree)
                if sub[0].i <= num.i <= sub[-1].i:
                    continue
                if t.i > num.i and not _is_ancestor(t.head, num):
                    continue
                phrase = re.sub(r"(?i)^(?:the|a|an)\s+", "", _norm(_phrase(t)))
                if not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.children):
                    continue  # "The figure for Ukrainian losses is ...": no source named
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                found = _entity_for_phrase(owner, self.when()) if owner is not None else None
                if owner is not None and found is not None and found[2] != "other":
                    # "Moscow's figure for Ukrainian losses": the owner of the figure claims it
                    return Attribution(
                        found[0],
                        found[1],
                        Decision("claimant.source_owner", f"'{owner.text} {t.text}'"),
                        t.head,
                        t.lemma_.lower(),
                    )
                if len(sub) >= 2:
                    return Attribution(
                        phrase,
                        side_of_phrase(phrase),
                        Decision("claimant.source_noun", f"source noun '{t.text}' as subject"),
                        t.head,
                        t.lemma_.lower(),
                    )
        return None

    def quote_speaker(self, quote: Quote, s: Sentence) -> Attribution | None:
        """The speaker of a quotation: the subject of a reporting verb after its closing mark, before
        its opening mark, or near the start of the next sentence."""
        ctx = self.ctx
        idxs = sentences_spanning(ctx.sentences, quote.start, quote.end)
        if not idxs:
            return None
        first, last = idxs[0], idxs[-1]
        # after the closing mark, in the sentence that holds it: '... ," Rudskoi told Krasnaya Zvezda.'
        candidates: list[tuple[int, str]] = [(last, "after"), (first, "before")]
        if last + 1 < len(ctx.sentences):
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
                subj = _subject_of(v)
                if subj is None:
                    continue
                spos = sj.start + subj.idx
                if quote.start <= spos < quote.end:
                    continue
                got = self.resolve_subject(subj, j, s.idx)
                if got is not None:
                    return Attribution(
                        got[0],
                        got[1],
                        Decision(
                            "claimant.quote_speaker", f"speaker of the quotation ('{subj.text} {v.text}')"
                        ),
                        v,
                        got[3],
                    )
        return None

    def paragraph_continuation(self, s: Sentence) -> Attribution | None:
        """Reported speech runs on within a paragraph: an unattributed sentence right after an
        attributed one on the same line continues that speaker ('Smirnov said ... At the same time, ...')."""
        if s.idx == 0:
            return None
        if any(re.search(r"\d{4}|" + dates.MONTH_RX, m.group(0)) for m in dates.TIME_PHRASE.finditer(s.text)):
            return None  # a dated event ("In a surprise offensive launched in August 2024, ...") is narrative
        prev = self.ctx.sentences[s.idx - 1]
        if prev.line != s.line:
            return None
        pdoc = self.ctx.sent_doc(prev.idx, s.idx)
        if pdoc is None:
            return None
        for v in _reporting_verbs(pdoc):
            if v.dep_ != "ROOT":
                continue
            subj = _subject_of(v) or _entity_just_before(pdoc, v)
            if subj is None:
                continue
            got = self.resolve_subject(subj, prev.idx, s.idx)
            if got is not None and got[2] in ("person", "body", "group", "media"):
                return Attribution(
                    got[0],
                    got[1],
                    Decision(
                        "claimant.paragraph_continuation",
                        f"continues the reported speech of the previous sentence ('{subj.text} {v.text}')",
                    ),
                    None,
                    got[3],
                )
        return None

    def stated_by_next(self, nxt: Any, s: Sentence) -> Attribution | None:
        """'This was stated by X' / 'X said this' in the next sentence credits this one."""
        text = nxt.text.lower()
        if not re.match(
            r"^\s*(?:this|that|these|the figures?|the numbers?)\s+(?:was|were|has been|have been)\s+\w+\s+by\b",
            text,
        ):
            return None
        for t in nxt:
            if t.dep_ == "agent":
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    got = self.resolve_subject(pobj, s.idx + 1, s.idx)
                    if got is not None:
                        return Attribution(
                            got[0],
                            got[1],
                            Decision(
                                "claimant.stated_by_next",
                                f"'{t.head.text} by {_phrase(pobj)}' in the next sentence",
                            ),
                            t.head,
                            got[3],
                        )
        return None


_SOURCE_LINE = re.compile(r"^\s*Source:\s*(.+?)\s*$")


def _source_line(sentences: list[Sentence]) -> tuple[int, str, str | None] | None:
    """The first 'Source: X' line: (sentence index, claimant name, side)."""
    for s in sentences:
        m = _SOURCE_LINE.match(s.text)
        if m:
            raw = re.sub(r"\s+on\s+(?:Facebook|Telegram|X|Twitter)\b.*$", "", m.group(1)).strip(" .")
            e = lookup(raw)
            name = e.name if e else raw
            return s.idx, name, e.side if e else side_of_phrase(raw)
    return None
