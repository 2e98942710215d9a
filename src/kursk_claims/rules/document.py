"""The per-sentence claim builder and the document-level passes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from kursk_claims.domain.registry import side_of_phrase
from kursk_claims.models import Claim, Document
from kursk_claims.rules.actor import (
    _actor,
    _last_side_before,
    _side_of_np,
    claimant_counts,
    document_actor,
    page_actor,
    speaker_sides,
)
from kursk_claims.rules.attribution import Attribution, Target
from kursk_claims.rules.claim_date import _claim_date
from kursk_claims.rules.claimant import attribute
from kursk_claims.rules.context import WARRING_SIDES, DocContext, ents_of, opposite
from kursk_claims.rules.dated_statements import _dated_statements
from kursk_claims.rules.decision import Decision, rule_of
from kursk_claims.rules.described import call_sign_names
from kursk_claims.rules.headlines import credit_headlines
from kursk_claims.rules.identified import delayed_identification, identified_after
from kursk_claims.rules.interview import question_lines
from kursk_claims.rules.mentions import Resolver
from kursk_claims.rules.metric import classify_metric
from kursk_claims.rules.phrases import Found, _canon_entity, _reporting_verbs
from kursk_claims.rules.place import _in_russia, location_for
from kursk_claims.rules.predicate import FULL_CONTROL, _predicate
from kursk_claims.rules.source_lines import page_source_line
from kursk_claims.rules.sourced import _according_to_object
from kursk_claims.rules.spans import _BULLET
from kursk_claims.rules.statement_days import event_day
from kursk_claims.rules.summaries import date_summaries
from kursk_claims.rules.tree import _governing_verb, _heads, _num_token, _subject_of, _tokens_for
from kursk_claims.text.docdate import weekday_anchor
from kursk_claims.text.quantities import Quantity, tidy
from kursk_claims.text.segment import Quote, Sentence, ends_with_colon
from kursk_claims.text.stamps import list_items

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# the date rules whose statement dates the same speaker's later figures: a time on the statement itself,
# or the occasion it was made at
_STATEMENT_DATES = ("date.statement_time", "date.pattern_time")
_OCCASION_DATES = ("date.event_day", "date.same_occasion")


def sentence_claims(ctx: DocContext, s: Sentence, quantities: list[Quantity]) -> list[Claim]:
    """Claims for the quantities of one sentence (quantities already filtered to this sentence)."""
    if s.furniture or not any(q.is_measure for q in quantities):
        return []  # nothing here can be a claim (so the sentence is not parsed for it)
    sdoc = ctx.sent_doc(s.idx, s.idx)
    if sdoc is None:
        return []
    out: list[Claim] = []
    resolver = Resolver(ctx)
    asked = _asked(ctx, s)

    def prev_doc() -> Doc | None:  # the previous sentence on the line, parsed only if the actor rules read it
        if s.idx > 0 and ctx.sentences[s.idx - 1].line == s.line:
            return ctx.sent_doc(s.idx - 1, s.idx)
        return None

    for q in quantities:
        if not q.is_measure:
            continue
        earlier = ctx.claims + out
        hit = classify_metric(q, sdoc, s, earlier, asked, ctx.document.text)
        if hit is None:
            continue
        num = _num_token(sdoc, s, q)
        assert num is not None
        att = attribute(resolver, Target.of(ctx, q.start, q.end, s, num))
        full = call_sign_names(ctx).get(att.name or "")
        if full is not None:
            # "Yastreb:" after "Andrei Voloshin, who goes by the call sign Yastreb": the person
            att = replace(att, name=full, decision=att.decision._replace(why=f"{att.decision.why} ({full})"))
        # "our", "the enemy", "liberated" (no agent) speak for a warring side; analysts and media speak for none
        side = att.side or ctx.learned_sides.get(att.name or "")
        speaker_side = side if side in WARRING_SIDES else None
        location, loc_why = location_for(ctx, s, q.start)
        predicate, pred_why = _predicate(hit.metric, num, hit.noun, q, s)
        if hit.decision.rule == "metric.share_shrunk":
            # "the Ukrainian-held area had shrunk by roughly a third": the share its holder lost
            predicate, pred_why = "lost", Decision("predicate.shrunk_by", hit.decision.why)
        same_sentence = [c for c in earlier if c.start >= s.start and c.actor != "unknown"]
        earlier_actor = same_sentence[-1].actor if same_sentence else None
        # the side of the figure just before (within the two sentences before): what "it" may refer to
        reach = ctx.sentences[max(0, s.idx - 2)].start
        before = [c for c in earlier if reach <= c.start < s.start and c.actor in WARRING_SIDES]
        actor, actor_why = _actor(
            hit.metric, predicate, num, hit.noun, q, s, speaker_side, sdoc, prev_doc, earlier_actor,
            before[-1].actor if before else None,
        )  # fmt: skip
        if (
            hit.metric in ("territory_km2", "territory_pct", "settlements")
            and actor == "russia"
            and _in_russia(location)
        ):
            if predicate in ("captured",) or (
                predicate == "controls"
                and pred_why.rule
                in ("predicate.take_control", "predicate.control_cue", "predicate.claimed_area")
            ):
                predicate, pred_why = (
                    "retaken",
                    Decision(
                        "predicate.russia_retakes", f"{pred_why.why}; Russia taking ground in {location}"
                    ),
                )
        # "the total has reached approximately 829,050", "Of them, 600 are dead": what the figure it
        # refers back to counted, of the same side
        if hit.decision.rule == "metric.anaphor" and earlier and earlier[-1].actor != "unknown":
            actor = earlier[-1].actor
            actor_why = Decision(
                "actor.anaphor", f"the side of '{earlier[-1].text}', which it refers back to"
            )
        # demonstrative repeat: "these 28 settlements" restates an earlier claim
        prev_tok = sdoc[num.i - 1] if num.i > 0 else None
        if prev_tok is not None and prev_tok.lower_ in ("these", "those", "the"):
            same = [c for c in earlier if c.metric == hit.metric and abs(c.value - q.value) < 1e-9]
            if same and prev_tok.lower_ != "the":
                actor, predicate = same[-1].actor, same[-1].predicate
                why = f"'{prev_tok.text} {q.text}' repeats an earlier claim"
                actor_why, pred_why = Decision("actor.repeat", why), Decision("predicate.repeat", why)
        # partitive: "several hundred of them", "25,200 of which" -> the antecedent figure's actor
        if num.i + 2 < len(sdoc) and sdoc[num.i + 1].lower_ == "of" and sdoc[num.i + 2].lower_ in (
            "them", "those", "these", "which", "whom",
        ):  # fmt: skip
            antecedents = [c for c in earlier if c.actor != "unknown" and c.unit == "count"]
            if antecedents:
                actor, actor_why = (
                    antecedents[-1].actor,
                    Decision(
                        "actor.partitive",
                        f"'{q.text} of {sdoc[num.i + 2].text}': antecedent '{antecedents[-1].text}'",
                    ),
                )
        # ellipsis: a bare number continuing an earlier figure inherits its actor
        if hit.noun is None and actor == "unknown" and q.unit == "count":
            # (an earlier figure whose side is still unknown lends none: later passes may find it)
            prev = [c for c in earlier if c.start >= s.start]
            if prev and prev[-1].actor != "unknown":
                actor, actor_why = (
                    prev[-1].actor,
                    Decision("actor.ellipsis_fallback", f"ellipsis after '{prev[-1].text}'"),
                )
        if predicate == "region_size":
            att = Attribution(
                None, None, Decision("claimant.background_fact", "size of a region: background fact")
            )
        claim_date, date_why = _claim_date(ctx, att, s, sdoc, num)
        if claim_date and att.name and date_why.rule in _STATEMENT_DATES + _OCCASION_DATES:
            ctx.dated_statements.append((s.idx, att.name, claim_date))  # later figures of this statement
            if date_why.rule in _OCCASION_DATES:
                ctx.occasions.add(s.idx)  # (they carry on only while nothing sets another time)
            # "a Ukrainian colonel said on Monday ... Colonel Taras Melnyk told reporters ...": the
            # person named after the description made the same statement
            named = identified_after(ctx, s.idx, att.name, att.side, att.head)
            if named is not None:
                ctx.dated_statements.append((s.idx, named.name, claim_date))
        ents = tuple(
            sorted(
                {
                    ce.name
                    for e in ents_of(sdoc)
                    if e.label_ in ("PERSON", "ORG")
                    for ce in [_canon_entity(e)]
                    if ce
                }
            )
        )
        value, low, high = q.value, q.low, q.high
        end = q.end
        if hit.noun is not None and 0 < hit.noun.i - num.i <= 6 and q.unit == "count":
            end = max(
                end, s.start + hit.noun.idx + len(hit.noun.text)
            )  # "approximately 10,000 Russian troops"
        out.append(
            Claim(
                doc_id=ctx.document.id,
                metric=hit.metric,
                value=tidy(value) or 0.0,
                value_low=None if low is None else tidy(low),
                value_high=None if high is None else tidy(high),
                unit=q.unit,
                qualifier=q.qualifier,
                text=ctx.document.text[q.start : end],
                start=q.start,
                end=end,
                sentence=s.text,
                actor=actor,
                predicate=predicate,
                claimant=att.name,
                claimant_side=att.side if att.name else None,
                claim_date=claim_date,
                location=location,
                unit_text=q.unit_text,
                conversion=q.conversion,
                conversion_ok=q.conversion_ok,
                entities=ents,
                evidence={
                    "metric": hit.decision.record(),
                    "actor": actor_why.record(),
                    "predicate": pred_why.record(),
                    "claimant": att.decision.record(),
                    "claim_date": date_why.record(),
                    "location": loc_why.record(),
                },
            )
        )
        ctx.claimant_heads[q.start] = att.head  # what later phrases ('the ministry') may refer back to
    return out


def _claim_noun_owner(tok: Token) -> Token | None:
    """The possessor of a 'claim'/'announcement' noun the phrase hangs on ('Moscow's claim of ...')."""
    for cur in _heads(tok, 4):
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in (
            "claim",
            "assertion",
            "announcement",
            "statement",
            "report",
        ):
            return next((c for c in cur.children if c.dep_ == "poss"), None)
    return None


def full_control_claims(ctx: DocContext, s: Sentence) -> list[Claim]:
    """'fully reclaimed', 'regained complete control' -> territory_pct 100 (predicate retaken)."""
    if s.furniture:
        return []  # page furniture never claims (and is not parsed for it)
    sdoc = ctx.sent_doc(s.idx, s.idx)
    if sdoc is None:
        return []
    out: list[Claim] = []
    for m in FULL_CONTROL.finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        toks = _tokens_for(sdoc, s, start, end)
        if not toks:
            continue
        verb = toks[0] if toks[0].pos_ in ("VERB", "AUX") else _governing_verb(toks[0]) or toks[0]
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        att = attribute(Resolver(ctx), Target.of(ctx, start, end, s, verb))
        subj = _subject_of(verb)
        owner = _claim_noun_owner(verb)
        if owner is not None:
            # "Ukraine dismissed Moscow's claim of retaking full control": the claim is Moscow's
            got = Resolver(ctx).resolve_subject(owner, s.idx, s.idx)
            if got is not None:
                att = Attribution.of(got, Decision("claimant.claim_owner", f"'{owner.text}'s claim'"), None)
                subj = None
        actor = _side_of_np(subj, att.side) if subj is not None else None
        nearest = _last_side_before(sdoc, m.start())
        actor = actor or att.side or (nearest[0] if nearest else None) or "unknown"
        if actor == "russia" and att.name is None:
            att = Attribution(
                "Russia",
                "russia",
                Decision("claimant.full_control_side", "full-control statement by Russia's side"),
                att.verb,
            )
        location, loc_why = location_for(ctx, s, start)
        claim_date, date_why = _claim_date(ctx, att, s, sdoc)
        wording = m.group(0).lower()
        retake_words = (
            "liberat",
            "reclaim",
            "retak",
            "recaptur",
            "regain",
            "restor",
            "clear",
            "freed",
            "expel",
        )
        predicate = (
            "retaken"
            if actor == "russia" and _in_russia(location) or any(w in wording for w in retake_words)
            else "controls"
        )
        out.append(
            Claim(
                doc_id=ctx.document.id, metric="territory_pct", value=100.0, value_low=100.0, value_high=100.0,
                unit="percent", qualifier="exact", text=s.text[m.start() : m.end()], start=start, end=end,
                sentence=s.text, actor=actor, predicate=predicate, claimant=att.name,
                claimant_side=att.side if att.name else None, claim_date=claim_date, location=location,
                evidence={"metric": Decision("metric.full_control", f"full-control statement '{m.group(0)}'").record(),
                          "claimant": att.decision.record(), "claim_date": date_why.record(), "location": loc_why.record(),
                          "actor": Decision("actor.full_control", "subject or speaker").record(),
                          "predicate": Decision("predicate.full_control", "full control").record()},
            )
        )  # fmt: skip
    return out


def _asked(ctx: DocContext, s: Sentence) -> str | None:
    """The question an interview answer replies to: the nearest question line before it, or in a
    transcript the line just before the answer's when it asks ("JAMES: How many came? / ILKKA: Up
    to 60,000.")."""
    questions = [q for q in question_lines(ctx) if q <= s.idx]
    if questions and ctx.sentences[questions[-1]].line != s.line and s.idx - questions[-1] <= 3:
        return ctx.sentences[questions[-1]].text
    before = [x for x in ctx.sentences[max(0, s.idx - 4) : s.idx] if x.line != s.line]
    if before and before[-1].text.rstrip().endswith("?") and ctx.sentences[s.idx - 1].line != s.line:
        return before[-1].text  # the answer opens its line right after a line that asks
    return None


# (metric, predicate) of a tally of losses' items: its equipment and its personnel ("losses ... amounted
# to: - personnel – 39,840") were lost
_LOST_IN_TALLY = {"equipment": ("equipment", "lost"), "personnel": ("casualties", "killed_or_wounded")}


def inherit_list_context(ctx: DocContext, claims: list[Claim]) -> list[Claim]:
    """Items of a tally ('tanks ‒ 10,199') under an intro line ending in ':' take the intro's
    source, date and side from the figure stated just before the list."""
    out: list[Claim] = []
    anchor: Claim | None = None
    named_by: dict[int, Found | None] = {}  # the source each intro line names, read once per intro
    for c in claims:
        if rule_of(c.evidence, "metric") != "metric.list_line":
            anchor = c
            out.append(_bullet_under_losses(ctx, c))
            continue
        s = ctx.sentence_at(c.start)
        intro = None
        if s is not None:
            for j in range(s.idx - 1, max(-1, s.idx - 25), -1):
                if ends_with_colon(ctx.sentences[j].text):
                    intro = ctx.sentences[j]
                    break
        if intro is None or (anchor is not None and anchor.start > intro.start + len(intro.text) + 2000):
            out.append(c)
            continue
        losses = re.search(r"(?i)\bloss", intro.text) is not None
        lost = _LOST_IN_TALLY.get(c.metric) if losses else None
        # ("His breakdown:", "According to the ministry, over the past week:"): the source the intro line
        # names, when there is no figure before the list or that figure is the article's own
        named = None
        if c.claimant is None and (anchor is None or anchor.claimant is None):
            if intro.idx not in named_by:
                named_by[intro.idx] = _intro_source(ctx, intro)
            named = named_by[intro.idx]
        if named is not None:
            anchor = replace(anchor or c, claimant=named.name, claimant_side=named.side, actor="unknown")
        if anchor is None:
            out.append(c)
            continue
        actor = c.actor
        if actor == "unknown":
            if anchor.actor not in ("unknown", "civilians"):
                actor = anchor.actor
            elif re.search(r"(?i)\benemy\b", intro.text):
                actor = opposite(anchor.claimant_side) or "unknown"
        c = replace(
            c,
            claimant=c.claimant or anchor.claimant,
            claimant_side=c.claimant_side if c.claimant else anchor.claimant_side,
            claim_date=c.claim_date if c.claimant else anchor.claim_date,
            actor=actor,
            metric=lost[0] if lost else c.metric,
            predicate=lost[1] if lost else c.predicate,
            evidence={
                **c.evidence,
                "claimant": Decision(
                    "claimant.list_intro",
                    f"list under '{intro.text.strip()[:60]}', "
                    + (f"which names {named.name}" if named is not None else f"as '{anchor.text}'"),
                ).record(),
            },
        )
        out.append(c)
    return out


def _intro_source(ctx: DocContext, intro: Sentence) -> Found | None:
    """The source an intro line names: 'according to X', the subject of its reporting verb, or the
    owner its possessive pronoun refers back to ('His breakdown:')."""
    sdoc = ctx.sent_doc(intro.idx, intro.idx)
    if sdoc is None:
        return None
    r = Resolver(ctx)
    heads = [o for tok in sdoc if (o := _according_to_object(tok)) is not None]
    heads += [s for v in _reporting_verbs(sdoc) if (s := _subject_of(v)) is not None]
    heads += [tok for tok in sdoc if tok.dep_ == "poss" and tok.pos_ == "PRON" and tok.i == 0]
    for h in heads:
        got = r.resolve_subject(h, intro.idx, intro.idx)
        if got is not None and got.kind in ("person", "body", "group", "media"):
            return got
    return None


# "Russian losses in the Kursk zone amounted to:", "the enemy's losses were:": whose losses a list counts
_LOSSES_INTRO = re.compile(r"(?i)\b(Russian|Ukrainian|North\s+Korean|enemy(?:['’]s)?)\s+losses\b")


def _bullet_under_losses(ctx: DocContext, c: Claim) -> Claim:
    """A bullet item with no side of its own under an intro line that names whose losses follow
    ('Russian losses ... amounted to:' / '- 142 tanks and 318 armoured combat vehicles;') counts them."""
    s = ctx.sentence_at(c.start)
    if c.actor != "unknown" or s is None or not _BULLET.match(ctx.document.text[s.start : s.end]):
        return c
    for j in range(s.idx - 1, max(-1, s.idx - 12), -1):
        sj = ctx.sentences[j]
        if not _BULLET.match(sj.text) and not ends_with_colon(sj.text):
            return c  # the list ended before an intro
        m = _LOSSES_INTRO.search(sj.text) if ends_with_colon(sj.text) else None
        if m is not None:
            word = m.group(1).lower()
            side = opposite(c.claimant_side) if word.startswith("enemy") else side_of_phrase(word)
            if side not in WARRING_SIDES:
                return c
            why = Decision("actor.list_losses", f"a list under '{sj.text.strip()[:60]}'")
            return replace(c, actor=side, evidence={**c.evidence, "actor": why.record()})
    return c


# a source granted anonymity: "who asked not to be named", "on condition of anonymity"
class DocPass(NamedTuple):
    """One document-level pass: a stable name and the function that rewrites the claim list."""

    name: str
    apply: Callable[[DocContext, list[Claim]], list[Claim]]


# After every sentence has its claims, in this order (README: "Document passes").
DOC_PASSES: tuple[DocPass, ...] = (
    DocPass("inherit_list_context", inherit_list_context),
    DocPass("delayed_identification", delayed_identification),
    DocPass("credit_headlines", credit_headlines),
    DocPass("date_summaries", date_summaries),
    DocPass("document_actor", document_actor),
    DocPass("speaker_sides", speaker_sides),
)

_BACKGROUND_LINE = re.compile(r"^\s*(?:Background|Context|Reminder)\s*:", re.I)


# how a page's date is found when the page does not state it (text.docdate.document_date), or not at all
_INFERRED_DATES = (
    None,
    "as-of",
    "reported-date",
    "relative-day",
    "latest-date",
    "present-month",
    "elapsed-time",
)


def document_context(
    document: Document,
    sentences: list[Sentence],
    parsed: dict[int, Doc],
    quotes: list[Quote],
    doc_date: str | None,
    date_source: str | None,
    parse_text: Callable[[int], str] | None = None,
) -> DocContext:
    """What the rules read of a document: its sentences and parses, its dated statements and 'Source:'
    line; `date_source` is how its date was found (`document_date`); `parse_text(i)` is the text
    sentence i's parse holds (read before deciding to parse it)."""
    items = list_items(document.text)
    return DocContext(
        document=document,
        sentences=sentences,
        parsed=parsed,
        quotes=quotes,
        doc_date=doc_date,
        anchor=weekday_anchor(document.text, doc_date, date_source),
        dated_statements=_dated_statements(sentences, doc_date, items),
        item_days=items,
        event=event_day(sentences, doc_date, document.text),
        date_inferred=date_source in _INFERRED_DATES,
        source_line=page_source_line(sentences, document.outlet),
        parse_text=parse_text,
    )


def document_claims(
    ctx: DocContext, by_sentence: dict[int, list[Quantity]], full_control: set[int]
) -> list[Claim]:
    """The claims of a document: each sentence's quantities and full-control phrases in order, then
    `DOC_PASSES`. A 'Background:' line ends the reach of the 'Source:' line."""
    background_from = next((s.idx for s in ctx.sentences if _BACKGROUND_LINE.match(s.text)), None)
    claims: list[Claim] = []
    for s in ctx.sentences:
        if background_from is not None and s.idx >= background_from:
            ctx.source_line = None
        qs = by_sentence.get(s.idx, [])
        got: list[Claim] = []
        if qs:
            got.extend(sentence_claims(ctx, s, qs))
        if s.idx in full_control:
            got.extend(full_control_claims(ctx, s))
        got.sort(key=lambda c: c.start)
        claims.extend(got)
        ctx.claims = claims
    for doc_pass in DOC_PASSES:
        claims = doc_pass.apply(ctx, claims)
    # last, after the second look: a claimant's other counts of people lend theirs a side, then the
    # page's other figures of the kind
    return page_actor(claimant_counts(ctx, _actors_with_learned_sides(ctx, by_sentence, claims)))


# document passes that give a speaker a side the sentence rules could not
_LEARNED_SIDE_RULES = frozenset(
    {"claimant.speaker_side", "claimant.described_side", "claimant.own_words_side"}
)


def _actors_with_learned_sides(
    ctx: DocContext, by_sentence: dict[int, list[Quantity]], claims: list[Claim]
) -> list[Claim]:
    """A second look at the sentences of speakers whose side only the document passes learned ('My
    battalion lost 11 men', said by a commander the article places later): the actor rules read the
    speaker's side there as if the sentence had known it. Only an actor left unknown changes."""
    learned = {
        c.claimant: c.claimant_side
        for c in claims
        if c.claimant
        and c.claimant_side in WARRING_SIDES
        and c.evidence.get("claimant_side", {}).get("rule") in _LEARNED_SIDE_RULES
    }
    starts = {c.start for c in claims if c.actor == "unknown" and c.claimant in learned}
    redo = [s for s in ctx.sentences if any(s.start <= x < s.end for x in starts)]
    if not redo:
        return claims
    ctx.learned_sides = {k: v for k, v in learned.items() if k is not None and v is not None}
    again: dict[int, Claim] = {}
    for s in redo:
        ctx.claims = [c for c in claims if c.start < s.start]
        again.update((c.start, c) for c in sentence_claims(ctx, s, by_sentence.get(s.idx, [])))
    ctx.claims = claims
    out = []
    for c in claims:
        new = again.get(c.start)
        if c.actor == "unknown" and c.claimant in learned and new is not None and new.actor != "unknown":
            c = replace(c, actor=new.actor, evidence={**c.evidence, "actor": new.evidence["actor"]})
        out.append(c)
    return out
