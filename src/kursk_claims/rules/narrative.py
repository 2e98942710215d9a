"""A narrative of the past: a statement inside the story of earlier events the text tells, which the
claim-date rules leave undated (`date.narrative_past`), and the present a sentence states."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from kursk_claims.rules.outlet import told_the_outlet
from kursk_claims.rules.phrases import REPORT_VERBS
from kursk_claims.text import dates
from kursk_claims.text.reporting import REPORT_VERB_FORM
from kursk_claims.text.segment import Sentence, quote_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kursk_claims.rules.context import DocContext


def narrative_past(ctx: DocContext, s: Sentence, name: str) -> str | None:
    """The nearest time the text sets before this sentence (within its section), if that time is
    well before the document date: the statement belongs to a narrative of earlier events. Not when
    the sentence speaks of the present ("now", "currently"), nor past a sentence in which the same
    claimant speaks without a time: the figure carries on that statement ("Gerasimov declared ...
    He claimed ...")."""
    base = ctx.base
    if base is None or _PRESENT.search(s.text) or told_the_outlet(ctx.document.outlet, s.text):
        return None  # (a statement made to the page's own outlet is of the page's time)
    own = _name_words(name)
    for j in range(s.idx - 1, max(-1, s.idx - 13), -1):  # its own sentence dates the event, not the statement
        sj = ctx.sentences[j]
        if sj.headline and j != s.idx:
            break
        if sj.furniture:
            continue
        if own & set(re.findall(r"[a-z]+", sj.text.lower())) and REPORT_VERB_FORM.search(sj.text):
            if not dates.TIME_PHRASE.search(sj.text):
                return None
        found: list[str] = []
        for m in dates.TIME_PHRASE.finditer(sj.text):
            before = sj.text[: m.start()].lower()
            if (
                re.search(r"\b(?:since|between|from)\b[^,;]*$", before)
                or ((rel := _RELATIVE_TIME.search(before)) and not REPORT_VERB_FORM.search(rel.group(0)))
                or quote_at(ctx.quotes, sj.start + m.start(), sj.start + m.end())
            ):
                # "since August 2024", "between ... and ...": a period, not the narrative time; "the
                # adventure of the Kiev regime, which began on August 6": when a thing named began (but
                # "Budanov, who said in October ...": when a statement was made)
                continue
            d = ctx.on_page(m.group(0))
            if d:
                found.append(d)
                old = len(d) >= 7 and (base - date(int(d[:4]), int(d[5:7]), 1)).days > 60
                old = old or (len(d) == 4 and int(d) < base.year)
                if not old:
                    return None  # the nearest time set is recent: the present narrative
        if found:
            return found[0]
    return None


# a time in a relative clause: "..., which began on August 6 last year", "that started in August"
_RELATIVE_TIME = re.compile(r"(?i),?\s\b(?:which|that|who)\s+(?:[\w'’]+\s+){0,5}$")
# The present, stated: "Ukraine now risks losing ...", "forces currently hold ...", "said in its latest
# assessment".
_PRESENT = re.compile(
    r"(?i)\b(?:now|currently|at present|today|presently|(?:its|their|his|her)\s+latest\s+(?:assessment|report|update|estimate|briefing|statement|bulletin|summary|figures?|data|map))\b"
)


def states_the_present(sdoc: Doc) -> bool:
    """A sentence whose own verb, not a reporting one, is in the present perfect states what holds
    now ("Russian forces have retaken two-thirds of that area, according to ..."), not a past the
    text narrates; so does a verb in the present, simple or progressive ("Its defence ministry
    claims ...", "Some 2,000 people are still living in temporary centres, according to ...")."""
    root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if root.tag_ in ("VBZ", "VBP"):
        return True  # "Its defence ministry claims that ...": a claim standing now, as the page writes
    if root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in root.children):
        return True  # "Some 2,000 people are still living in temporary centres, according to ..."
    return (
        root.tag_ == "VBN"
        and root.lemma_.lower() not in REPORT_VERBS  # "have repeatedly claimed": said some time, undated
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in root.children)
    )


def _name_words(name: str) -> set[str]:
    """The last distinctive lowercase word of a claimant's name, as a later mention shortens it
    ('Sergei Rudskoi' -> rudskoi; 'South Korea National Intelligence Service' -> intelligence)."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 3 and w not in _GENERIC_NAME_WORDS]
    return set(words[-1:])


_GENERIC_NAME_WORDS = frozenset(
    {"ministry", "defence", "defense", "general", "staff", "forces", "armed", "military", "office", "service"}
)
