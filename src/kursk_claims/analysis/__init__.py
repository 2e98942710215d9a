"""Compare numeric claims: timelines, conflicts, revisions, repetitions, agreements and arithmetic checks.

Pure functions over plain claim dicts (the shape `store.query_claims` returns: the export keys
plus `location`, `conversion_ok`, `doc_date`, ...). Nothing here reads files, prints or imports
anything heavy.

Choices (documented here because the markers depend on them):

Time
    A claim's time is its ``claim_date``, else its document's ``doc_date``. Dates may be
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and are read as intervals of days (a month covers
    all its days). Two claims are within a window of N days when the gap between their date
    intervals is at most N days (overlapping intervals have a gap of 0). Undated claims of one
    document are simultaneous with each other; an undated claim is never within the window of a
    claim from another document or of a dated claim.

Intervals (all bounds closed; quantities are non-negative, so "less than" starts at 0)
    exact      [v - 1 %, v + 1 %]            rounding and unit-conversion noise
    approx     [low - 10 %, high + 10 %]     low/high default to the value
    nearly     [0.9 v, v]
    more_than  [low, +inf)                    "more than 800" admits 800 and above
    at_least   [low, +inf)
    less_than  [0, high]
    at_most    [0, high]
    range      [low - 1 %, high + 1 %]
    Two intervals overlap when neither lies entirely above the other; an open bound therefore
    only overlaps what it admits (>800 overlaps 900, not 500; <1 does not overlap 5).

Places
    Locations are compared after normalisation (case, and a trailing "region"/"oblast"/
    "province" dropped, so "Kursk region" == "Kursk Oblast" == "Kursk"). An unknown location
    (None) matches only another unknown location: 90 km² in Kursk and 90 km² in Sumy are never
    set against each other, and neither is a located claim against an unlocated one.

Markers
    conflict (disjoint)   different, known claimant sides; same metric, predicate, actor and place;
                          within the window; disjoint intervals. The actor must match because
                          "Ukraine lost 50" and "Russia lost 5,000" are not contradictions.
    conflict (full control)  a territory_pct claim of (about) 100 % with predicate retaken/controls
                          by side A against a territory_km2 "controls" claim > 0 about another
                          actor, made by a different known side, same place, within the window.
    revision              same claimant, metric, predicate, actor and place; the dated figures in
                          time order, consecutive equal figures merged; reported when the figure
                          changes at least once.
    repetition            same claimant, metric, predicate, actor and place, each value admitted by
                          the other's interval, within the window of the group's earliest claim,
                          in at least two independent syndication groups (documents' group_id;
                          a document without one is its own group); copies inside one group never
                          count, however many documents carry them. The earliest document is the
                          origin. (Formerly "corroboration", which counted documents: ten copies
                          of one wire story made ten.)
    agreement             two claims by different named claimants (compared by name key) with the
                          same metric, predicate, actor and place, within the window, each value
                          admitted by the other's interval; every such pair is listed, with
                          whether the claimants' sides are both known and different ("Ukraine and
                          South Korea's NIS both put North Korean troops at about 11,000").
    arithmetic            a territory_pct and a territory_km2 claim in one document by the same
                          claimant and predicate about the same place, standing in the same
                          sentence or in adjacent sentences (see "Share/area pairs" below; the
                          nearest in the text when several), imply a baseline km2 / (pct / 100);
                          pairs repeating the same figures (same claimant, predicate, place, area
                          and share values) make one check, marked on all their claims; it is checked
                          against the nearest reference of another claimant (their implied
                          baselines, and their "captured"/"region_size" km² figures about the same
                          place, or either place unknown): within 10 % passes, otherwise fails;
                          with no reference the implied baseline is still listed (verdict n/a).
                          Stated unit conversions give a check each: conversion_ok False fails,
                          True passes.

Share/area pairs
    A claim's sentence is located in its document from its `sentence` text, its `text` and its
    `start` offset (the sentence is the document's text between two offsets, and the claim's text
    stands in it at `start`): the sentence starts at `start` minus the position of `text` in
    `sentence`. Two claims stand in the same sentence when these spans overlap, and in adjacent
    sentences when the one ends at most SENTENCE_GAP_CHARS (4) characters before the other
    starts: the segmenter strips the whitespace around sentences, so such a gap holds only the
    spaces or line breaks between them, with no room for a sentence in between (one of three or
    more characters, with a separator on each side, needs at least five). If `text` occurs several times in `sentence`, every
    candidate position is tried (pairs when any fits). Claims whose sentence cannot be located
    (no sentence text, or a text not in it: hand-built claims) fall back to their offsets: at most
    PAIR_FALLBACK_CHARS (250) characters apart, about one sentence of news prose. So "86 % of the
    territory has been liberated" is not paired with "259 square kilometers over the past five
    days" two sentences later.

Copies
    A claim with ``copy_of`` restates a claim of its syndication group's earliest document (same
    metric, predicate, actor and claimant, values admitting each other; see
    `analysis.syndication`). Copies take part in no marker: conflicts, revisions, repetitions and
    agreements are computed on the other claims only (a conflict between a claim and its own copy
    is impossible). `compare` shows each statement once — copies are not rows unless
    ``all_copies`` — and every row carries the number of documents and of independent groups
    carrying its statement: the claims of its repetition (else the claim alone) and their copies.

Filters (`side`, `since`, `until`, `predicate`) select the timeline rows; markers are computed on
all claims of the metric (and of its territory twin) and kept when they touch a shown row, so a
conflict with a filtered-out side is still visible from the side that is shown.
"""

from __future__ import annotations

from kursk_claims.analysis.arithmetic import check_verdict, find_arithmetic, same_or_adjacent_sentence
from kursk_claims.analysis.compare import (
    ClaimContext,
    claim_context,
    compare,
    related_metrics,
    validate_choice,
)
from kursk_claims.analysis.intervals import claim_interval, claim_time, gap_days, within_window
from kursk_claims.analysis.markers import find_agreements, find_conflicts, find_repetitions, find_revisions
from kursk_claims.analysis.records import (
    DEFAULT_WINDOW_DAYS,
    TERRITORY_TWINS,
    Agreement,
    AnalysisError,
    ArithmeticCheck,
    ClaimRef,
    CompareResult,
    Conflict,
    Interval,
    Repetition,
    Revision,
    TimelineRow,
)

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "TERRITORY_TWINS",
    "Agreement",
    "AnalysisError",
    "ArithmeticCheck",
    "ClaimContext",
    "ClaimRef",
    "CompareResult",
    "Conflict",
    "Interval",
    "Repetition",
    "Revision",
    "TimelineRow",
    "check_verdict",
    "claim_context",
    "claim_interval",
    "claim_time",
    "compare",
    "find_arithmetic",
    "find_conflicts",
    "find_repetitions",
    "find_agreements",
    "find_revisions",
    "gap_days",
    "related_metrics",
    "same_or_adjacent_sentence",
    "validate_choice",
    "within_window",
]
