"""The metric rules: what a quantity counts (the unit, else the counted noun, refined by the clause),
or None when it is not a war claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from kursk_claims.models import Claim
from kursk_claims.rules.context import _noun_index, metric_data
from kursk_claims.rules.counted import _civilian_context, _head_noun, _label_metric
from kursk_claims.rules.datalines import data_line, list_heading, on_table_row
from kursk_claims.rules.decision import Decision
from kursk_claims.rules.harm import (
    _EXCHANGE_WORDS,
    _PRISONER_CUES,
    _PRISONER_PEOPLE,
    _REMAINS,
    _civilian_modifier,
    _civilian_object_beside,
    _harm_verb_object,
    _killed_or_wounded,
    _sent,
    befell,
    exchanged,
)
from kursk_claims.rules.referred import (
    CHANGE_VERBS,
    FIGURE_NOUNS,
    FIGURE_SUBJECTS,
    REFERRED,
    referred_back,
)
from kursk_claims.rules.shares import territory_share
from kursk_claims.rules.tree import (
    _ancestors_to_verb,
    _governing_verb,
    _has_cue,
    _num_token,
    _words_lower,
    doc_text,
    nearest_cues,
)
from kursk_claims.text.quantities import Quantity
from kursk_claims.text.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# "put the number of killed and wounded North Koreans at 4,000", "the death toll stood at 300"
_NUMBER_OF = re.compile(
    r"(?i)\b(?:number|toll|tally|count)\s+of\s+([\w\s'’-]{3,90}?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:already\s+|now\s+)?"
    r"(?:at|to|was|is|stood\s+at|stands\s+at|reached|reaches|rose\s+to|risen\s+to|grew\s+to|grown\s+to|"
    r"increased\s+to|fell\s+to|fallen\s+to|exceeded|exceeds|surpassed|topped|"
    r"totals|totalled|totaled|amounted\s+to|amounts\s+to)\s+[\w\s]{0,15}$"
)


# One coordination of casualty words, in any order, with commas, and/or, "both ... and":


@dataclass
class MetricHit:
    metric: str
    noun: Token | None  # head noun token
    decision: Decision  # the rule that decided the metric


class NounMetric(NamedTuple):
    """The metric a noun names and the words that named it ('prisoners of war')."""

    metric: str
    word: str


def _noun_metric(noun: Token) -> NounMetric | None:
    idx = _noun_index()
    doc = noun.doc
    cands = [noun.lemma_.lower(), noun.lower_]
    for k in (2, 3):
        if noun.i - k + 1 >= 0:
            span = doc[noun.i - k + 1 : noun.i + 1]
            cands.append(" ".join(t.lower_ for t in span))
            cands.append(" ".join([t.lower_ for t in span][:-1] + [noun.lemma_.lower()]))
    # "prisoners of war"
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" and doc[noun.i + 2].lower_ == "war":
        return NounMetric("prisoners", "prisoners of war")
    for c in sorted(cands, key=len, reverse=True):
        if c in idx:
            return NounMetric(idx[c], c)
    return None


def _clause_cues(num: Token, noun: Token | None, figure_of: bool = False) -> list[str]:
    """Words and lemmas of the quantity's clause, nearest first: the heads up to the governing
    verb with its objects and prepositional phrases, the phrase's own modifiers, then the words
    right after it. `figure_of`: with the whole subject of a verb by which a figure stands at or
    moves to the number ("the tally of Ukrainian losses stood at around 5,000 personnel"), which
    says what the number counts (not what happened)."""
    anchor = noun if noun is not None else num
    doc = anchor.doc
    toks: list[Token] = [anchor] if anchor.pos_ == "VERB" else []
    for a in _ancestors_to_verb(anchor):
        toks.append(a)
        if a.pos_ in ("VERB", "AUX"):
            # "given back", "won back", "got back" (however the parser hung 'back'): one phrase
            toks.extend(
                c for c in a.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back")
            )
            for c in a.children:
                if c.i == anchor.i or c.dep_ == "prt":
                    continue
                if (
                    figure_of
                    and c.dep_ == "nsubj"
                    and a.lemma_.lower() in CHANGE_VERBS
                    and c.lemma_.lower() in FIGURE_SUBJECTS
                ):
                    # "the tally of Ukrainian losses stood at around 5,000 personnel": what the figure is of
                    toks.extend(c.subtree)
                elif c.dep_ in ("oprd", "dobj", "acomp", "attr", "auxpass", "nsubj"):
                    toks.append(c)
                elif c.dep_ == "conj" and anchor.dep_ in ("nsubj", "nsubjpass") and befell(c):
                    toks.extend([c, *(x for x in c.children if x.dep_ == "xcomp")])
                elif c.dep_ in ("prep", "xcomp"):
                    toks.extend(t for t in c.subtree if t.i - c.i < 5)
    for c in anchor.children:
        if c.dep_ in ("acl", "relcl", "amod"):
            toks.append(c)
            toks.extend(g for g in c.children if g.dep_ in ("oprd", "prt", "dobj"))
    # the words right after it, but not another count's own noun ("released 246 servicemen and 15 wounded")
    after = doc[anchor.i + 1 : min(len(doc), anchor.i + 6)]
    toks.extend(
        w for w in after if not (w.i > num.i + 1 and doc[w.i - 1].like_num and doc[w.i - 2].lower_ == "and")
    )
    return _words_lower(toks)


# Verbs whose object is killed (data killing_verbs).
_KILLING_VERBS: frozenset[str] = frozenset(metric_data()["killing_verbs"])
# a participle right after a count that says what befell those it counts
_HARM_PARTICIPLES = frozenset({"dead", "killed", "wounded", "injured"})
# Verbs by which a source estimates a figure ("put Russian losses at 38,000").
ESTIMATE_VERBS = frozenset({"put", "estimate", "place"})


def ctx_text_before(s: Sentence, earlier: list[Claim]) -> str:
    """The sentence text plus the sentences of the claims just before it (for list context)."""
    return " ".join([c.sentence for c in earlier[-3:]] + [s.text])


def classify_metric(
    q: Quantity,
    sdoc: Doc,
    s: Sentence,
    earlier: list[Claim],
    asked: str | None = None,
    page: str | None = None,
) -> MetricHit | None:
    """What the quantity counts, or None when it is not a war claim. `asked`: the question an
    interview answer replies to ("How many prisoners have you taken?" — "Forty-one."); `page`: the
    document's text, where a table row finds its header."""
    num = _num_token(sdoc, s, q)
    if num is None:
        return None
    if q.unit == "km2":
        return MetricHit("territory_km2", None, Decision("metric.unit", f"unit '{q.unit_text}'"))
    if q.unit == "km":
        return MetricHit("distance_km", None, Decision("metric.unit", f"unit '{q.unit_text}'"))
    if q.unit == "percent":
        return _percent_metric(q, s, earlier)
    if q.unit != "count":
        return None
    noun = _head_noun(sdoc, num)
    hit = _noun_metric(noun) if noun is not None else None
    cues = _clause_cues(num, noun, figure_of=True)
    if hit is not None and noun is not None:
        return _counted_noun_metric(q, sdoc, num, noun, hit, cues, page)
    described = noun is not None and noun.dep_ == "appos" and noun.head.i == num.i  # "1,300 – the area, ..."
    if noun is not None and noun.pos_ == "NOUN" and noun.lower_ not in FIGURE_NOUNS and not described:
        return None  # the number counts something else: "two countries", "71 air strikes"
    bare = _bare_number_metric(q, sdoc, s, num, cues, earlier, page)
    if bare is None and asked is not None and noun is None:
        bare = _asked_metric(asked, q)
    return bare


# "How many North Korean soldiers are fighting in Kursk?": what the question counts
_HOW_MANY = re.compile(
    r"(?i)\bhow\s+many\s+([\w'’ -]{3,60}?)(?=\s+(?:have|has|had|did|do|does|are|is|were|was|will|would|can|could)\b|\?)"
)


def _asked_metric(asked: str, q: Quantity) -> MetricHit | None:
    """A bare number answering 'How many X ...?' counts X."""
    m = _HOW_MANY.search(asked)
    if not m:
        return None
    listed = _label_metric(m.group(1))
    if listed is None:
        return None
    words = re.findall(r"[a-z'-]+", asked.lower())
    refined = next((t for t, cue in metric_data()["refine_person"] if _has_cue(words, cue)), None)
    if listed == "personnel" and refined is not None:
        listed = refined
    return MetricHit(listed, None, Decision("metric.asked", f"answer to 'how many {m.group(1).strip()}'"))


_PLACES = frozenset({"town", "city", "village", "settlement", "community", "district", "region"})


def _percent_metric(q: Quantity, s: Sentence, earlier: list[Claim]) -> MetricHit | None:
    """A percentage or fraction is a claim only as a share of territory (`rules/shares.py`)."""
    why = territory_share(q, s, ctx_text_before(s, earlier))
    return MetricHit("territory_pct", None, why) if why is not None else None


def _counted_noun_metric(
    q: Quantity, sdoc: Doc, num: Token, noun: Token, hit: NounMetric, cues: list[str], page: str | None = None
) -> MetricHit | None:
    """The metric of a number whose head noun names one ('10,000 troops'), refined by the cues around it."""
    md = metric_data()
    metric, word = hit
    if (
        metric == "civilians"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_ in _PLACES
    ):
        return None  # "Sudzha, a town of about 5,000 people": a population, not a count of what happened
    if metric in md["person_metrics"] and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        held = noun.head.head
        if held.i == num.i and held.dep_ == "pobj" and held.head.lower_ == "of":
            held = held.head.head  # "the bodies of 89 of its servicemen"
        if held.lemma_.lower() in _REMAINS:
            # "the bodies of 338 soldiers", "the remains of 1,212 servicemen": the dead
            return MetricHit("killed", noun, Decision("metric.bodies_of", f"'{held.text} of {q.text}'"))
    if metric in ("killed", "wounded", "casualties") and _civilian_modifier(noun):
        # "12 civilian deaths", "11,973 civilian deaths and 25,943 injuries": civilians harmed
        return MetricHit("civilians", noun, Decision("metric.civilian_context", f"civilian '{noun.text}'"))
    if word in ("woman", "women") and _EXCHANGE_WORDS.search(doc_text(sdoc)):
        # "the Ukrainians freed included 23 women": prisoners of war
        return MetricHit("prisoners", noun, Decision("metric.prisoner_exchange", f"'{word}' in an exchange"))
    harmed = _harm_verb_object(noun)
    if harmed is not None and (metric in md["person_metrics"] or metric == "civilians"):
        # "killing one woman and wounding two men": the verb whose object the count is says which
        target = "civilians" if metric == "civilians" or _civilian_object_beside(noun) else harmed
        return MetricHit(target, noun, Decision("metric.harm_verb", f"'{noun.head.text} {noun.text}'"))
    sent = _sent(noun)
    if metric in md["person_metrics"] and sent is not None:
        # "of about 15,000 North Korean soldiers sent to Russia, some 600 had been killed", "has sent about
        # 11,000 troops, with at least 300 killed": those sent, whatever befell some of them
        return MetricHit(
            "personnel", noun, Decision("metric.sent", f"'{noun.text} … {sent.text}': those sent")
        )
    swapped = exchanged(num, noun, metric, word, cues, page)
    if swapped is not None:  # "303 Ukrainian defenders are home" on a page about the swap
        return MetricHit("prisoners", noun, Decision("metric.prisoner_exchange", swapped))
    if metric in md["person_metrics"] or metric == "civilians" and word in ("people", "person"):
        around = sdoc[max(0, num.i - 8) : min(len(sdoc), noun.i + 13)].text.lower()
        if _killed_or_wounded(around):
            return MetricHit(
                "casualties", noun, Decision("metric.killed_or_wounded", f"'{word}' killed or wounded")
            )
        if re.search(r"\b(?:home|in return|in exchange)\b", around) and re.search(
            _EXCHANGE_WORDS, doc_text(sdoc)
        ):
            return MetricHit(
                "prisoners",
                noun,
                Decision("metric.prisoner_exchange", f"'{word}' brought home in an exchange"),
            )
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if (
            metric != "civilians"
            and after is not None
            and after.lower_ in ("killed", "dead", "wounded", "injured")
        ):
            # "lost 96 soldiers killed and 142 wounded": the participle after the noun says which
            target = "killed" if after.lower_ in ("killed", "dead") else "wounded"
            return MetricHit(target, noun, Decision("metric.participle", f"'{word} {after.text}'"))
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _KILLING_VERBS:
            # "Russian forces executed at least 79 Ukrainian soldiers" (not "troops executed the incursion")
            target = "civilians" if metric == "civilians" else "killed"
            return MetricHit(target, noun, Decision("metric.killed_by_verb", f"'{noun.head.text} {word}'"))
        captivity = _has_cue(cues, _PRISONER_CUES)  # a word of captivity in the clause
        # the cue nearest the count says what it counts ("lost 63,000 troops ..., and 1,032 servicemen had
        # been taken prisoner"; "600 soldiers have been killed, out of some 4,700 casualties"); one half of
        # a "killed and wounded" before the count names both, however the parser hung the count on it
        # ("lost 63,000 killed and wounded ..., among them 4,000 North Koreans")
        ranked = nearest_cues(cues, md["refine_person"])
        pair = _killed_or_wounded(sdoc.text[: num.idx])
        if (
            ranked
            and pair is not None
            and any(w.startswith(ranked[0][1]) for w in pair.group(0).lower().split())
        ):
            ranked = [("casualties", pair.group(0)), *ranked]
        for target, c in ranked:
            if target == "wounded" and captivity:
                target, c = "prisoners", captivity  # "captured two soldiers alive, both wounded": prisoners
            captive = word in ("woman", "women") or (word in _PRISONER_PEOPLE and captivity is not None)
            if metric == "civilians" and target == "prisoners" and not captive:
                continue  # (but "the Ukrainians freed included 23 women", "189 people from captivity")
            if metric == "civilians" and target in ("killed", "wounded"):
                return MetricHit("civilians", noun, Decision("metric.clause_cue", f"'{word}' {c}"))
            return MetricHit(target, noun, Decision("metric.clause_cue", f"'{word}' with cue '{c}'"))
        if (
            metric == "civilians"
            and not _has_cue(cues, md["civilian_cues"])  # "Russia says it has evacuated 76,000 people"
            and _has_cue(_words_lower(list(sdoc)), ["personnel", "soldiers", "troops", "losses"])
        ):
            return MetricHit(
                "casualties", noun, Decision("metric.military_losses", f"'{word}' among military losses")
            )
    participle = noun.lower_ in ("killed", "wounded", "injured", "dead")
    if metric in ("killed", "wounded") and participle:
        if _killed_or_wounded(sdoc[noun.i : min(len(sdoc), noun.i + 4)].text.lower()):
            return MetricHit(
                "casualties", noun, Decision("metric.killed_or_wounded", f"'{q.text} killed and wounded'")
            )
    if metric in ("killed", "wounded") and participle and _civilian_context(sdoc):
        return MetricHit(
            "civilians", noun, Decision("metric.civilian_context", f"'{q.text} {noun.text}' among civilians")
        )
    if metric == "casualties":
        if _killed_or_wounded(sdoc[noun.i : min(len(sdoc), noun.i + 8)].text):
            return MetricHit(
                "casualties", noun, Decision("metric.killed_or_wounded", f"'{word}', killed and wounded")
            )
        right = _words_lower(list(noun.doc[noun.i + 1 : noun.i + 5]))
        for target, words in md["refine_person"]:
            if target in ("killed", "wounded") and _has_cue(right, words):
                return MetricHit(
                    target,
                    noun,
                    Decision("metric.clause_cue", f"'{word}' with cue '{_has_cue(right, words)}'"),
                )
    if (
        metric == "personnel"
        and word in md["nation_nouns"]
        and (not _has_cue(cues, md["military_context"]) or _has_cue(cues, md["evacuation_words"]))
    ):
        return None  # "100,000 Ukrainians have arrived in Ireland": people of a nation, not troops
    return MetricHit(metric, noun, Decision("metric.counted_noun", f"head noun '{word}'"))


def _as_modified(noun: Token, metric: str) -> str:
    """'Our count of civilian deaths stood at 21', 'the tally of captured soldiers rose to 300': the
    counted noun's own modifiers say whose deaths, which soldiers."""
    if metric in ("killed", "wounded", "casualties") and _civilian_modifier(noun):
        return "civilians"
    mods = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")]
    if metric == "personnel" and _has_cue(mods, _PRISONER_CUES):
        return "prisoners"
    return metric


# a label giving its figure's unit: an area ("Area, sq km", "Territory held (km²)"), a distance ("in km")
_UNIT_LABEL = re.compile(
    r"(?i)(?<!\d\s)(?<!\d)\b(?:sq\.?\s*km|km²|km2|square\s+kilomet(?:re|er)s)\b|\bin\s+(?P<km>kilomet(?:re|er)s|km)\b"
)


_NEAR = ("near", "at", "around", "about", "above", "over", "nearly", "past", "under", "below")
_RATE = re.compile(r"(?i)\s*(?:a|per|each)\s+(?:day|week|month)\b|\s*%")  # ("losses near 1,500 a day")
_HARM_METRICS = ("casualties", "killed", "wounded", "prisoners", "personnel", "equipment")


def _bare_number_metric(
    q: Quantity,
    sdoc: Doc,
    s: Sentence,
    num: Token,
    cues: list[str],
    earlier: list[Claim],
    page: str | None = None,
) -> MetricHit | None:
    """The metric of a number with no counting noun: from the noun it hangs on, its verb's subject or
    object, a list label, cue words, 'the number of ...', or the figure before it (ellipsis)."""
    md = metric_data()
    # "suffered losses of 40,000": the noun before "of" counts the number; so does a title's noun with no
    # verb before a figure it is near, at or over ("Russian losses in Kursk near 50,000", "Zelensky: ...")
    prep, noun = num.head, num.head.head
    top = noun.head if noun.dep_ == "appos" else noun
    title = prep.lower_ in _NEAR and top.dep_ == "ROOT" and not _RATE.match(s.text[q.end - s.start :])
    if num.dep_ == "pobj" and noun.pos_ == "NOUN" and (prep.lower_ == "of" or title):
        got = _noun_metric(noun)
        why = f"'{noun.text} {q.text}'" if title else f"'{noun.text} of {q.text}'"
        if got is not None and (not title or got.metric in _HARM_METRICS):
            return MetricHit(got.metric, None, Decision("metric.noun_of_number", why))
    # A data line: "tanks ‒ 10,199 (+9)" (a General Staff tally), "92 — settlements under Ukrainian
    # control [Zelensky, 19 Aug]", a table's row label
    line = (
        data_line(page, q.start, q.end)  # a table row finds its header above it
        if page is not None and on_table_row(page, q.start)
        else data_line(s.text, q.start - s.start, q.end - s.start)
    )
    if line is not None:
        unit = _UNIT_LABEL.search(line.label)  # a unit the label gives outranks what else it names
        km = unit is not None and unit.group("km")
        listed = ("distance_km" if km else "territory_km2") if unit else _label_metric(line.label)
        if listed is None and re.search(r"(?i)\b(?:losses|casualties)\b", line.label):
            listed = "personnel"  # "Ukrainian losses in Kursk since August | over 67,000": people lost
        if listed is not None:
            label_words = re.findall(r"[a-z'-]+", line.label.lower())
            refined = next(
                (target for target, cue_words in md["refine_person"] if _has_cue(label_words, cue_words)),
                None,
            )
            if listed in ("personnel", "killed", "wounded") and _killed_or_wounded(line.label.lower()):
                listed = "casualties"  # "Source | Killed | Wounded | Killed or wounded"
            elif listed == "personnel" and refined is not None:
                listed = refined  # "Russian troops killed and wounded: 38,000", "servicemen captured: 900"
            elif (
                listed == "personnel"
                and not line.prose
                and re.search(r"(?i)\bloss", ctx_text_before(s, earlier) + list_heading(page, s.start))
            ):
                listed = "casualties"
            return MetricHit(listed, None, Decision("metric.list_line", f"list line '{line.label}'"))
    # "Russian losses exceeded 62,000": the subject of the number's verb says what it counts
    gverb = _governing_verb(num)  # the number's verb, read by the rules below
    role = num.head.dep_ if num.dep_ == "nummod" and num.head.lower_ in ("plus", "odd") else num.dep_
    estimator = gverb is not None and gverb.lemma_.lower() in ESTIMATE_VERBS
    if gverb is not None and role in ("dobj", "attr", "pobj", "npadvmod", "advmod") and not estimator:
        # ("The General Staff put Russian losses at 38,000": the subject only estimates)
        subj_tok = next((c for c in gverb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj_tok is not None and subj_tok.i < num.i:
            counted: Token = subj_tok
            got = _noun_metric(subj_tok)
            if got is None:  # "Moscow's figure for Ukrainian losses is 76,000-plus"
                inner = [
                    g
                    for c in subj_tok.children
                    if c.dep_ == "prep" and c.lower_ in ("for", "of")
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                counted = inner[0] if inner else subj_tok
                got = _noun_metric(counted) if inner else None
            number_of = _NUMBER_OF.search(s.text[: q.num_start - s.start])
            if (
                got is not None
                and got.metric == "personnel"
                and number_of
                and _killed_or_wounded(number_of.group(1))
            ):
                # "the number of killed and wounded North Korean soldiers has exceeded 3,000"
                got = got._replace(metric="casualties")
            if got is not None and got.metric in _HARM_METRICS:
                return MetricHit(
                    _as_modified(counted, got.metric),
                    None,
                    Decision("metric.verb_subject", f"'{subj_tok.text} {gverb.text} {q.text}'"),
                )
    # "Russia had about 11,000 troops there. Today it is between 30 and 45 thousand."
    if (
        gverb is not None
        and gverb.lemma_ == "be"
        and (num.head if num.dep_ == "conj" else num).dep_ == "attr"
    ):
        referred = referred_back(q, s, num, gverb, earlier)
        if referred is not None:
            return MetricHit(*referred)
    # "put the contingent at 11,000-12,000", "put North Korean casualties in the several hundred range"
    partitive = [t.lower_ for t in num.doc[num.i + 1 : num.i + 3]] in (["of", "them"], ["of", "those"])
    counts = estimator or (gverb is not None and gverb.lemma_.lower() == "number")  # "numbers some 60,000"
    # "put the toll at about 300 dead and 2,700 wounded", "..., including about 8,000 dead": the count's
    # own participle says what it counts, unless it opens a list of them ("20,000 killed, wounded and captured")
    after = sdoc[num.i + 1 : num.i + 6]
    own_harm = bool(after) and after[0].lower_ in _HARM_PARTICIPLES and not _killed_or_wounded(after.text)
    if gverb is not None and counts and not partitive and not own_harm:  # "roughly 400 of them fatal" too
        # the object counts; the subject only when there is none ("casualties estimated at 3,800")
        objs = (
            [c for c in gverb.children if c.dep_ == "dobj"]
            or [c for c in gverb.children if c.dep_ in ("nsubj", "nsubjpass")]
            or ([gverb.head] if gverb.dep_ == "acl" else [])  # "casualties estimated at around 3,800"
        )
        # "put the death toll at 300 and the number of wounded at 2,700": the object nearest before the figure
        gapped = [c for c in gverb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # (the parser's)
        objs = sorted(
            {c for o in objs + gapped for c in (o, *o.conjuncts)}, key=lambda c: (c.i > num.i, -c.i)
        )
        for o in objs:
            if o.lemma_.lower() in FIGURE_NOUNS:
                # "put the number of North Korean soldiers at 11,000": what the figure is of
                # (a nation's people are counted by what the clause says of them: 'Ukrainians in captivity')
                of = next((c for c in o.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                of_what = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if of_what is not None and of_what.lemma_.lower() not in metric_data()["nation_nouns"]:
                    o = of_what
            got = _noun_metric(o)
            kind = next((k for c in o.children if c.dep_ == "compound" and (k := _noun_metric(c))), None)
            got = kind if kind is not None and kind.metric == "equipment" else got  # "tank losses at 271"
            if got is not None:
                return MetricHit(
                    got.metric, None, Decision("metric.put_at", f"'{gverb.text} {o.text} at {q.text}'")
                )
    # A bare number: "2,700 had been injured", "47 more", "about 1,200" after an earlier figure.
    right = _words_lower(list(sdoc[num.i + 1 : num.i + 4]))
    if (
        gverb is not None
        and num.dep_ in ("nsubj", "nsubjpass", "dobj")
        or num.head.dep_ in ("nsubj", "nsubjpass")
    ):
        # "several hundred of them had been killed", "2,700 had been injured", "Hundreds were taken prisoner"
        vt = gverb if gverb is not None else num.head
        right += _words_lower([vt, *(c for c in vt.children if c.dep_ in ("oprd", "dobj", "acomp"))])
    coord = _killed_or_wounded(sdoc[num.i + 1 : min(len(sdoc), num.i + 9)].text)
    if coord is not None and not _civilian_context(sdoc):
        return MetricHit(
            "casualties", None, Decision("metric.killed_or_wounded", f"bare number '{coord.group(0)}'")
        )
    for target, words in md["refine_person"]:
        c = _has_cue(right, words)
        if c and target in ("killed", "wounded", "casualties", "prisoners"):
            if target in ("killed", "wounded") and _civilian_context(sdoc):
                return MetricHit(
                    "civilians",
                    None,
                    Decision("metric.civilian_context", f"bare number with '{c}' among civilians"),
                )
            return MetricHit(target, None, Decision("metric.bare_number_cue", f"bare number with '{c}'"))
    if gverb is not None and gverb.lemma_ == "put":
        obj_words = _words_lower([t for c in gverb.children if c.dep_ == "dobj" for t in c.subtree])
        for target, words in md["refine_person"]:
            c = _has_cue(obj_words, words)
            if c:
                return MetricHit(
                    target, None, Decision("metric.put_number_of", f"'put the number of ... at', cue '{c}'")
                )
    nm = _NUMBER_OF.search(s.text[: q.num_start - s.start])
    if nm:
        words = re.findall(r"[a-z'-]+", nm.group(1).lower())
        noun_metric = next((_noun_index()[w] for w in words if w in _noun_index()), None)
        if "civilians" in words or (
            noun_metric == "civilians" and not _has_cue(words, ["killed", "wounded", "dead", "injured"])
        ):  # "the number of civilians killed" counts civilians; "the number of people killed" need not
            return MetricHit(
                "civilians", None, Decision("metric.number_of", f"'the number of {nm.group(1).strip()}'")
            )
        for target, cue_words in md["refine_person"]:
            c = _has_cue(words, cue_words)
            if c:
                return MetricHit(
                    target,
                    None,
                    Decision("metric.number_of", f"'the number of {nm.group(1).strip()}' at the figure"),
                )
        # "the number of settlements under Ukrainian control had risen to 74": what the number is of
        known = (_noun_index().get(w) or _noun_index().get(w.rstrip("s")) for w in words)
        of_metric = next((m for m in known if m is not None), None)  # its first counted noun
        if of_metric in ("settlements", "equipment", "prisoners") and not partitive:
            return MetricHit(
                of_metric,
                None,
                Decision("metric.number_of", f"'the number of {nm.group(1).strip()}' at the figure"),
            )
    prev = [c for c in earlier if c.start >= s.start and c.end <= q.start]
    if prev:
        base = prev[-1].metric
        if base in ("killed", "wounded", "casualties", "personnel", "prisoners"):
            near_toks = (
                [gverb, *(c for c in gverb.children if c.dep_ in ("acomp", "attr", "oprd"))]
                if gverb is not None
                else []
            )
            near_toks.extend(num.doc[num.i + 1 : num.i + 5])
            near = _words_lower(near_toks)
            for target, words in md["refine_person"]:
                # (after a count of troops sent, what befell a part of them: "Of the roughly 11,000
                # soldiers sent, about 500 are believed to have been killed")
                c = _has_cue(near, words) or (_has_cue(cues, words) if base == "personnel" else None)
                if c and target in ("killed", "wounded"):
                    return MetricHit(
                        target,
                        None,
                        Decision("metric.ellipsis_cue", f"ellipsis after '{prev[-1].text}', cue '{c}'"),
                    )
        if base in REFERRED or base == "settlements":
            return MetricHit(
                base, None, Decision("metric.ellipsis", f"ellipsis: same kind as '{prev[-1].text}'")
            )
    for target, words in md["refine_person"]:
        c = _has_cue(cues, words)
        if c and _has_cue(cues, ["number"]):
            return MetricHit(target, None, Decision("metric.number_of_cue", f"'number of' with '{c}'"))
    referred = referred_back(q, s, num, gverb, earlier)
    return MetricHit(*referred) if referred is not None else None
