"""The speaker named right before a reporting verb the parser left without a subject
(`entity_just_before`: "..., Col. Ants Kiviselg, head of the military intelligence centre, said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kursk_claims.rules.context import ents_of
from kursk_claims.rules.phrases import _ADDRESSING, PERSON_TITLES, RANKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def entity_just_before(sdoc: Doc, verb: Token) -> Token | None:
    """A reporting verb the parser left without a subject: the person or body named right before it
    (a person set off with a description first: "Colonel General Sergei Rudskoi, first deputy chief of
    Russia's General Staff, said" is Rudskoi, not the General Staff), else a titled name the recogniser
    missed ("..., Prosecutor General of Russia Igor Krasnov said")."""
    for e in reversed(ents_of(sdoc)):
        between = sdoc[e.end : verb.i]
        if (
            (e.label_ == "PERSON" or (e.label_ == "ORG" and e[0].lower_.rstrip(".") in RANKS))
            and e.end < verb.i <= e.end + 16
            and between[0].text == ","
            and between[-1].text == ","
            and sum(t.text == "," for t in between) == 2
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in between)  # no finite verb
        ):
            return e.root  # "Col. Ants Kiviselg, head of the military intelligence centre, said"
    for e in reversed(ents_of(sdoc)):
        if e.end <= verb.i and verb.i - e.end <= 4 and e.label_ in ("PERSON", "ORG"):
            # "Mykola Riabets, 63, said": commas, and an age set off by them
            if all(t.is_punct or (t.text.isdigit() and int(t.text) < 120) for t in sdoc[e.end : verb.i]):
                # "a source in the General Staff, speaking to Ukrainska Pravda, said": the outlet
                # spoken to relays; the one speaking is the noun the participle hangs on
                addressing = next(
                    (
                        h
                        for h in e.root.ancestors
                        if h.dep_ in ("acl", "relcl") and h.lemma_.lower() in _ADDRESSING
                    ),
                    None,
                )
                if addressing is not None:
                    return addressing.head
                # "..., the Chief of the General Staff said": the title whose body it is speaks
                of = e.root.head if e.root.dep_ == "pobj" and e.root.head.lower_ == "of" else None
                titled = of is not None and of.head.lower_ in PERSON_TITLES | {"chief", "head", "director"}
                return of.head if of is not None and titled else e.root
    comma = next((t.i for t in reversed(sdoc[: verb.i]) if t.text == ","), None)
    run = sdoc[comma + 1 : verb.i] if comma is not None else None
    if (
        run is not None
        and len(run) >= 2
        and run[-1].pos_ == "PROPN"
        and run[-1].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in ("of", "the") for t in run)
    ):
        # the run's head: "the Chief of the General Staff" is the chief, not the staff
        return next((t for t in run if not run.start <= t.head.i < run.end), run[-1])
    return None
