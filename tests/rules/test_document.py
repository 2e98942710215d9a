"""The document passes, each on hand-made claims (and a hand-built parse where the pass reads one)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hand import context, parse

from kursk_claims.models import Claim
from kursk_claims.rules.actor import claimant_counts, document_actor, page_actor, speaker_sides
from kursk_claims.rules.context import DocContext
from kursk_claims.rules.decision import Decision, rule_of
from kursk_claims.rules.document import DOC_PASSES, credit_headlines, inherit_list_context
from kursk_claims.rules.identified import delayed_identification


def claim(ctx: DocContext, phrase: str, metric: str, value: float, nth: int = 0, **kw: Any) -> Claim:
    text = ctx.document.text
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    s = ctx.sentence_at(at)
    assert s is not None
    unit = "km2" if metric == "territory_km2" else "count"
    return Claim("t", metric, value, value, value, unit, "exact", phrase, at, at + len(phrase), s.text, **kw)


def test_passes_run_in_the_documented_order() -> None:
    assert [p.name for p in DOC_PASSES] == [
        "inherit_list_context",
        "delayed_identification",
        "credit_headlines",
        "date_summaries",
        "document_actor",
        "speaker_sides",
    ]


def test_credit_headlines_takes_the_body_source_for_the_same_figure() -> None:
    text = "Ukraine holds 1,000 sq km in Kursk\nUkraine holds 1,000 sq km in Kursk, Syrskyi said."
    ctx = context(text, {})
    head = claim(ctx, "1,000 sq km", "territory_km2", 1000.0)
    body = claim(
        ctx,
        "1,000 sq km",
        "territory_km2",
        1000.0,
        nth=1,
        claimant="Oleksandr Syrskyi",
        claimant_side="ukraine",
    )
    got = credit_headlines(ctx, [head, body])
    assert (got[0].claimant, rule_of(got[0].evidence, "claimant")) == (
        "Oleksandr Syrskyi",
        "claimant.headline_body_source",
    )
    assert got[1] == body


def test_a_headline_s_own_credit_names_who_says_the_whole_line() -> None:
    text = (
        "Ukrainian troops confirm advance of 10 km in Kursk region - ISW\n"
        "Ukrainian forces confirm they have advanced up to 10 km, the institute said."
    )
    ctx = context(text, {})
    head = claim(ctx, "10 km", "distance_km", 10.0, claimant="Ukrainian troops", claimant_side="ukraine")
    body = claim(
        ctx, "10 km", "distance_km", 10.0, nth=1, claimant="Ukrainian forces", claimant_side="ukraine"
    )
    got = credit_headlines(ctx, [head, body])
    assert (got[0].claimant, got[0].claimant_side, rule_of(got[0].evidence, "claimant")) == (
        "Institute for the Study of War",
        "third_party",
        "claimant.headline_credit",
    )


def test_inherit_list_context_credits_the_intro_source() -> None:
    text = "Russia lost 500 soldiers, the General Staff said.\nEnemy losses:\ntanks – 10,199"
    ctx = context(text, {})
    first = claim(
        ctx, "500", "personnel", 500.0, actor="russia", claimant="General Staff", claimant_side="ukraine"
    )
    item = claim(
        ctx,
        "10,199",
        "equipment",
        10199.0,
        evidence={"metric": Decision("metric.list_line", "list line 'tanks'").record()},
    )
    got = inherit_list_context(ctx, [first, item])
    assert (got[1].claimant, got[1].actor, got[1].predicate) == ("General Staff", "russia", "lost")
    assert rule_of(got[1].evidence, "claimant") == "claimant.list_intro"
    plain = claim(ctx, "10,199", "equipment", 10199.0)  # not a list line: left alone
    assert inherit_list_context(ctx, [first, plain])[1] == plain


def test_delayed_identification_names_the_official() -> None:
    first = "Russia lost 500 soldiers, a senior Russian official said."
    second = "Gerasimov spoke later."
    text = first + " " + second
    rows = """
Gerasimov PROPN nsubj 1
spoke VERB ROOT 1 speak VBD
later ADV advmod 1
. PUNCT punct 1
"""
    ctx = context(text, {1: parse(second, rows, ((0, 1, "PERSON"),))})
    c = claim(ctx, "500", "personnel", 500.0, claimant="a senior Russian official", claimant_side="russia")
    got = delayed_identification(ctx, [c])[0]
    assert got.claimant == "Valery Gerasimov"
    assert rule_of(got.evidence, "claimant") == "claimant.delayed_identification"


def _no_cue(c: Claim) -> Claim:
    return Claim(**{**c.__dict__, "evidence": {"actor": Decision("actor.no_cue", "no cue").record()}})


def test_document_actor_lends_the_one_side_every_count_of_people_counts() -> None:
    text = "Pyongyang sent 11,000 troops. Some 300 were killed. Seoul put losses at 1,100."
    ctx = context(text, {})
    sent = claim(ctx, "11,000 troops", "personnel", 11000.0, actor="north_korea")
    killed = claim(ctx, "300", "killed", 300.0, actor="north_korea")
    losses = _no_cue(claim(ctx, "1,100", "casualties", 1100.0, actor="unknown"))
    out = document_actor(ctx, [sent, killed, losses])
    assert [c.actor for c in out] == ["north_korea", "north_korea", "north_korea"]
    assert rule_of(out[2].evidence, "actor") == "actor.document_side"


def test_document_actor_lends_the_one_side_every_area_counts() -> None:
    text = "Kyiv held 1,300 sq km in August. It kept 800 sq km. The strip is now 80 sq km."
    ctx = context(text, {})
    peak = claim(ctx, "1,300 sq km", "territory_km2", 1300.0, actor="ukraine")
    kept = claim(ctx, "800 sq km", "territory_km2", 800.0, actor="ukraine")
    strip = _no_cue(claim(ctx, "80 sq km", "territory_km2", 80.0, actor="unknown"))
    out = document_actor(ctx, [peak, kept, strip])
    assert out[2].actor == "ukraine"
    assert out[2].evidence["actor"]["why"] == "every other area in the document is ukraine's"


def test_document_actor_keeps_kinds_apart() -> None:
    # two Russian tanks say nothing of whose area the bare figure is
    text = "Russia lost 2 tanks and 3 tanks. The strip is now 80 sq km."
    ctx = context(text, {})
    a = claim(ctx, "2 tanks", "equipment", 2.0, actor="russia")
    b = claim(ctx, "3 tanks", "equipment", 3.0, actor="russia")
    strip = _no_cue(claim(ctx, "80 sq km", "territory_km2", 80.0, actor="unknown"))
    assert document_actor(ctx, [a, b, strip])[2].actor == "unknown"


def test_document_actor_lends_nothing_when_the_counts_are_of_two_sides() -> None:
    text = "Kyiv lost 1,000 troops. Moscow lost 2,000 troops. Seoul put losses at 1,100."
    ctx = context(text, {})
    a = claim(ctx, "1,000 troops", "casualties", 1000.0, actor="ukraine")
    b = claim(ctx, "2,000 troops", "casualties", 2000.0, actor="russia")
    losses = _no_cue(claim(ctx, "1,100", "casualties", 1100.0, actor="unknown"))
    assert document_actor(ctx, [a, b, losses])[2].actor == "unknown"


def test_page_actor_lends_the_side_most_ground_figures_count_two_to_one() -> None:
    text = "Kyiv held 1,300 sq km. It took 74 settlements. Moscow retook 5 settlements. Troops pushed 2 km."
    ctx = context(text, {})
    held = claim(ctx, "1,300 sq km", "territory_km2", 1300.0, actor="ukraine", predicate="controls")
    took = claim(ctx, "74 settlements", "settlements", 74.0, actor="ukraine", predicate="captured")
    retook = claim(ctx, "5 settlements", "settlements", 5.0, actor="russia", predicate="captured")
    pushed = _no_cue(claim(ctx, "2 km", "distance_km", 2.0, actor="unknown", predicate="advanced"))
    out = page_actor([held, took, retook, pushed])
    assert out[3].actor == "ukraine"
    assert rule_of(out[3].evidence, "actor") == "actor.page_side"
    # not by less than two to one, and never a distance saying where a place lies
    assert page_actor([held, retook, pushed])[2].actor == "unknown"
    lies = _no_cue(claim(ctx, "2 km", "distance_km", 2.0, actor="unknown", predicate="other"))
    assert page_actor([held, took, lies])[2].actor == "unknown"


def test_page_actor_leaves_prisoners_and_claims_already_given_a_side() -> None:
    text = "Kyiv lost 1,000 troops. It took 40 prisoners. Russia lost 9 tanks and 3 tanks."
    ctx = context(text, {})
    lost = claim(ctx, "1,000 troops", "casualties", 1000.0, actor="ukraine")
    taken = _no_cue(claim(ctx, "40 prisoners", "prisoners", 40.0, actor="unknown"))
    nine = claim(ctx, "9 tanks", "equipment", 9.0, actor="russia")
    three = _no_cue(claim(ctx, "3 tanks", "equipment", 3.0, actor="russia"))
    out = page_actor([lost, taken, nine, three])
    assert [c.actor for c in out] == ["ukraine", "unknown", "russia", "russia"]


def test_claimant_counts_lends_the_side_the_same_claimant_s_counts_of_people_count() -> None:
    text = (
        "Kyiv lost 1,000 troops. Seoul said 11,000 troops were sent. Seoul put losses at 1,100. Ivo saw 40."
    )
    ctx = context(text, {})
    a = claim(ctx, "1,000 troops", "casualties", 1000.0, actor="ukraine", claimant="Ukraine")
    sent = claim(ctx, "11,000 troops", "personnel", 11000.0, actor="north_korea", claimant="NIS")
    losses = _no_cue(claim(ctx, "1,100", "casualties", 1100.0, actor="unknown", claimant="NIS"))
    seen = _no_cue(claim(ctx, "40", "casualties", 40.0, actor="unknown", claimant="Ivo"))
    assert document_actor(ctx, [a, sent, losses, seen]) == [
        a,
        sent,
        losses,
        seen,
    ]  # two sides: no document side
    out = claimant_counts(ctx, [a, sent, losses, seen])
    assert [c.actor for c in out] == ["ukraine", "north_korea", "north_korea", "unknown"]
    assert rule_of(out[2].evidence, "actor") == "actor.claimant_counts"


def test_speaker_sides_gives_a_speaker_the_one_side_the_document_gives_them() -> None:
    text = '"We moved 15 kilometres," Tavr said. Ukraine holds 800 sq km, according to Tavr. Ivo said 3 fell.'
    ctx = context(text, {})
    quoted = claim(ctx, "15 kilometres", "distance_km", 15.0, claimant="Tavr", claimant_side=None)
    held = claim(ctx, "800 sq km", "territory_km2", 800.0, claimant="Tavr", claimant_side="ukraine")
    other = claim(ctx, "3", "killed", 3.0, claimant="Ivo", claimant_side=None)
    out = speaker_sides(ctx, [quoted, held, other])
    assert [c.claimant_side for c in out] == ["ukraine", "ukraine", None]


def test_speaker_sides_leaves_a_speaker_given_two_sides() -> None:
    text = "Kim said 5 fell. Kim said 6 fell. Kim said 7 fell."
    ctx = context(text, {})
    a = claim(ctx, "5", "killed", 5.0, claimant="Kim", claimant_side="russia")
    b = claim(ctx, "6", "killed", 6.0, claimant="Kim", claimant_side="ukraine")
    c = claim(ctx, "7", "killed", 7.0, claimant="Kim", claimant_side=None)
    assert speaker_sides(ctx, [a, b, c])[2].claimant_side is None


def test_speaker_sides_gives_an_unknown_source_the_side_its_description_gives() -> None:
    text = "Kaira Analytics, a volunteer open-source group in Helsinki, mapped the front. Kaira Analytics said 600 km2 were held."
    ctx = context(text, {})
    held = claim(ctx, "600 km2", "territory_km2", 600.0, claimant="Kaira Analytics", claimant_side=None)
    out = speaker_sides(ctx, [held])
    assert out[0].claimant_side == "third_party"
    assert rule_of(out[0].evidence, "claimant_side") == "claimant.described_side"


def test_speaker_sides_gives_a_surname_the_side_of_the_full_name() -> None:
    text = "Oleh Zorin said 5 fell. Later, Zorin said 6 fell."
    ctx = context(text, {})
    a = claim(ctx, "5", "killed", 5.0, claimant="Oleh Zorin", claimant_side="ukraine")
    b = claim(ctx, "6", "killed", 6.0, claimant="Zorin", claimant_side=None)
    out = speaker_sides(ctx, [a, b])
    assert out[1].claimant_side == "ukraine"
    assert rule_of(out[1].evidence, "claimant_side") == "claimant.speaker_side"


def test_claimant_counts_lends_a_warring_claimant_found_late_its_enemy_for_what_the_enemy_lost() -> None:
    text = '"In our sector, the enemy lost 19 armoured vehicles," Tavr said. Ivo said 40 trucks burned.'
    ctx = context(text, {})
    lost = _no_cue(claim(ctx, "19 armoured vehicles", "equipment", 19.0, actor="unknown", claimant="Tavr"))
    lost = replace(lost, claimant_side="russia", predicate="other")
    burned = _no_cue(claim(ctx, "40 trucks", "equipment", 40.0, actor="unknown", claimant="Ivo"))
    out = claimant_counts(ctx, [lost, burned])
    assert [c.actor for c in out] == ["ukraine", "unknown"]
    assert rule_of(out[0].evidence, "actor") == "actor.speaker_enemy"
