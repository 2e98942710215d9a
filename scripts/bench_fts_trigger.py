"""The full-text update trigger, schema 5 against schema 6, on a store of realistic size.

Schema 5's ``claims_fts_update`` fired on every UPDATE of a claim, so each ``copy_of`` that the
syndication pass sets or clears deleted the claim's unchanged sentence from the FTS5 index and
inserted it again; schema 6's fires only when the sentence changes. This script builds one
synthetic store (`bench.build_store`: 10 claims per document), groups its documents ten by ten
as syndicated copies of the group's first (each copy's claims restate the first document's, so
that the pass links them), copies it twice, puts schema 5's trigger in one copy ("before") and
keeps schema 6's in the other ("after"), and times on each, in alternating order:

- ``syndication_pass_s``: `analysis.syndication._set_copies` for every member of every group
  (what `GroupIndex.assign` runs when a group's earliest document changes), one transaction per
  group, as in extraction; it sets ``copy_of`` on 90 % of the claims;
- ``bulk_clear_s``: one ``UPDATE claims SET copy_of = NULL WHERE copy_of IS NOT NULL`` (which
  also resets the store for the next round).

It prints the median and the range of each, the rows one pass wrote (``total_changes``: the
claims' and, before, the FTS index's shadow tables'), and checks that both stores link the same
claims and answer a full-text query the same (and pass FTS5's integrity check).

    .venv/bin/python scripts/bench_fts_trigger.py [--claims 100000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import build_store  # noqa: E402

GROUP = 10  # documents per syndication group


def make_groups(path: Path) -> None:
    """Documents d0000000..d0000009 form a group (its id the first's), and so on; each member's
    claim at offset k restates the first document's claim at offset k (same metric, predicate,
    actor, claimant and value), as in wire copies. Sentences are left alone."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.create_function(
            "kc_first", 1, lambda d: f"d{int(d[1:]) // GROUP * GROUP:07d}", deterministic=True
        )
        conn.execute("BEGIN")
        conn.execute("UPDATE documents SET group_id = kc_first(id)")
        conn.execute(
            "UPDATE claims SET (metric, predicate, actor, claimant, claimant_key, claimant_side, value, "
            "value_low, value_high, qualifier) = (SELECT o.metric, o.predicate, o.actor, o.claimant, "
            "o.claimant_key, o.claimant_side, o.value, o.value_low, o.value_high, o.qualifier "
            "FROM claims o WHERE o.id = kc_first(claims.doc_id) || ':' || claims.start) "
            "WHERE doc_id != kc_first(doc_id)"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def set_trigger(path: Path, trigger: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DROP TRIGGER claims_fts_update")
        conn.execute(trigger)
    finally:
        conn.close()


def syndication_pass(conn: sqlite3.Connection, groups: list[list[str]]) -> tuple[float, int]:
    """(seconds, rows written) of a pass."""
    from kursk_claims.analysis.syndication import _set_copies

    changes = conn.total_changes
    t0 = time.perf_counter()
    for members in groups:
        conn.execute("BEGIN IMMEDIATE")
        for member in members:
            _set_copies(conn, member, members[0])
        conn.execute("COMMIT")
    return time.perf_counter() - t0, conn.total_changes - changes


def bulk_clear(conn: sqlite3.Connection) -> float:
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE claims SET copy_of = NULL WHERE copy_of IS NOT NULL")
    conn.execute("COMMIT")
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from kursk_claims.store import open_store
    from kursk_claims.store.schema import FTS_UPDATE_TRIGGER, FTS_UPDATE_TRIGGER_5, SCHEMA_VERSION

    tmp = Path(tempfile.mkdtemp(prefix="kc-fts-"))
    try:
        base = tmp / "base.db"
        built = build_store(base, args.claims)
        make_groups(base)
        print(
            f"store: {built['claims']} claims, {built['documents']} documents, built in {built['build_s']:.1f} s"
        )
        stores = {"before": tmp / "before.db", "after": tmp / "after.db"}
        for path in stores.values():
            shutil.copyfile(base, path)
        set_trigger(stores["before"], FTS_UPDATE_TRIGGER_5)
        set_trigger(stores["after"], FTS_UPDATE_TRIGGER)
        conns = {name: open_store(path) for name, path in stores.items()}
        doc_ids = [str(r[0]) for r in conns["after"].execute("SELECT id FROM documents ORDER BY id")]
        groups = [doc_ids[i : i + GROUP] for i in range(0, len(doc_ids), GROUP)]
        times: dict[str, dict[str, list[float]]] = {
            n: {"syndication_pass_s": [], "bulk_clear_s": []} for n in conns
        }
        linked: dict[str, int] = {}
        written: dict[str, int] = {}
        for r in range(args.rounds):
            order = ["before", "after"] if r % 2 == 0 else ["after", "before"]
            for name in order:
                conn = conns[name]
                seconds, written[name] = syndication_pass(conn, groups)
                times[name]["syndication_pass_s"].append(seconds)
                linked[name] = int(
                    conn.execute("SELECT count(*) FROM claims WHERE copy_of IS NOT NULL").fetchone()[0]
                )
                times[name]["bulk_clear_s"].append(bulk_clear(conn))
            print(f"  round {r + 1}/{args.rounds} done", flush=True)
        results: dict[str, Any] = {
            "claims": built["claims"],
            "rounds": args.rounds,
            "schema": {"before": 5, "after": SCHEMA_VERSION},
            "copy_of_set_per_pass": linked,
            "rows_written_per_pass": written,
        }
        for name, conn in conns.items():
            found = [
                r[0] for r in conn.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'Syrskyi'")
            ]
            conn.execute("INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)")
            results[name] = {
                **{
                    k: {"median": statistics.median(v), "min": min(v), "max": max(v)}
                    for k, v in times[name].items()
                },
                "fts_hits_syrskyi": len(found),
            }
            conn.close()
        assert linked["before"] == linked["after"], linked
        assert results["before"]["fts_hits_syrskyi"] == results["after"]["fts_hits_syrskyi"]
        print(json.dumps(results))

        def cell(t: dict[str, float]) -> str:
            return f"{t['median']:.2f} s [{t['min']:.2f}–{t['max']:.2f}]"

        print(f"\n{'':24}{'before (schema 5)':>24}{'after (schema 6)':>24}{'ratio':>8}")
        for key in ("syndication_pass_s", "bulk_clear_s"):
            b, a = results["before"][key], results["after"][key]
            print(f"{key:24}{cell(b):>24}{cell(a):>24}{b['median'] / a['median']:>7.1f}×")
        print(f"{'rows written per pass':24}{written['before']:>24,}{written['after']:>24,}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
