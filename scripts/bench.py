"""`make bench`: extraction throughput against a bare `nlp.pipe`, workers, memory, cold starts, queries at scale.

The corpus is `seeds/` plus `../shared/corpus/dev/docs` (read at run time, never copied into the
repository), repeated with varied numbers until it holds at least 100k tokens (`--quick`: 20k).
Every throughput figure is measured in a fresh child process (model loading excluded from the
timed part), so each child's peak RSS is its own. The machine is shared and noisy: the ratios
are what count, and each pair is measured back to back, `--rounds` times (median).

Prints one table and writes the figures to bench-results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?![\d,])")


# ----------------------------------------------------------------------------- corpus


def source_docs(shared: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(id, text, metadata) of the seeds and, when present, the dev documents."""
    out: list[tuple[str, str, dict[str, Any]]] = []
    folders = [ROOT / "seeds", shared / "corpus" / "dev" / "docs"]
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            meta_path = path.with_name(path.stem + ".meta.json")
            meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
            out.append((path.stem, path.read_text(encoding="utf-8"), meta))
    return out


def vary_numbers(text: str, rng: random.Random) -> str:
    """The same text with its numbers changed (same digit count; years and small numbers kept)."""

    def swap(m: re.Match[str]) -> str:
        s = m.group(0)
        digits = s.replace(",", "")
        n = int(digits)
        if len(digits) < 2 or (len(digits) == 4 and 1900 <= n <= 2100):
            return s
        new = str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))
        return f"{int(new):,}" if "," in s else new

    return _NUMBER.sub(swap, text)


def write_corpus(
    out: Path, sources: list[tuple[str, str, dict[str, Any]]], min_tokens: int, count: Callable[[str], int]
) -> tuple[int, int]:
    """Write copies of the sources (numbers varied after the first copy) to `out`; (docs, tokens)."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    tokens = docs = 0
    rep = 0
    while tokens < min_tokens:
        for doc_id, text, meta in sources:
            body = text if rep == 0 else vary_numbers(text, rng)
            name = f"r{rep:03d}_{doc_id}"
            (out / f"{name}.txt").write_text(body, encoding="utf-8")
            if meta:
                (out / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
            tokens += count(body)
            docs += 1
        rep += 1
    return docs, tokens


def synth_docs(sources: list[tuple[str, str, dict[str, Any]]], n: int) -> Iterator[dict[str, Any]]:
    """`n` short documents: a few consecutive paragraphs of a source, numbers varied."""
    rng = random.Random(11)
    paras = [(t.split("\n"), m) for _, t, m in sources]
    for i in range(n):
        lines, meta = paras[i % len(paras)]
        lines = [ln for ln in lines if ln.strip()] or [""]
        start = rng.randrange(len(lines))
        body = "\n".join(lines[start : start + 3]) + "\n"
        yield {"id": f"s{i:05d}", "text": vary_numbers(body, rng), "published": meta.get("published")}


# ----------------------------------------------------------------------------- children


def _rss_mb() -> tuple[float, float]:
    """Peak RSS (MB) of this process and of its largest waited-for child (ru_maxrss is in KiB)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def child_main(kind: str, corpus: Path, workers: int, db: Path | None) -> dict[str, Any]:
    from kursk_claims.extract.model import load_nlp

    nlp = load_nlp(None)
    if kind == "pipe":
        texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
        t0 = time.perf_counter()
        # spaCy sends batches of `batch_size` texts (default 1000) to its workers round-robin:
        # with fewer texts than that, one worker would get them all
        batch = 1000 if workers <= 1 else max(1, len(texts) // (8 * workers))
        n = sum(len(d) for d in nlp.pipe(texts, n_process=workers, batch_size=batch))
        wall = time.perf_counter() - t0
    else:
        from kursk_claims.pipeline import extract_paths

        assert db is not None
        t0 = time.perf_counter()
        report = extract_paths([corpus], db, workers=workers)
        wall = time.perf_counter() - t0
        n = report.claims_written
    me, kids = _rss_mb()
    return {"wall_s": wall, "count": n, "rss_mb": me, "rss_children_mb": kids}


def run_child(kind: str, corpus: Path, workers: int = 1, db: Path | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, "--corpus", str(corpus), "--workers", str(workers)]
    if db is not None:
        cmd += ["--db", str(db)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def cold(args: list[str], runs: int) -> float:
    exe = Path(sys.executable).parent / "kursk-claims"
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(exe), *args], check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# ----------------------------------------------------------------------------- 1M-claim store


def build_store(path: Path, n_claims: int) -> dict[str, Any]:
    """A synthetic store of `n_claims` claims (10 per document), written in one transaction."""
    from kursk_claims.domain.names import name_key
    from kursk_claims.domain.registry import load_registry
    from kursk_claims.models import ACTORS, METRICS, PREDICATES, QUALIFIERS, SIDES
    from kursk_claims.store import open_store
    from kursk_claims.store.schema import _span
    from kursk_claims.store.write import _INSERT_CLAIM as INSERT_CLAIM
    from kursk_claims.store.write import _INSERT_ENTITY as INSERT_ENTITY

    rng = random.Random(3)
    reg = [(e.name, e.side) for e in load_registry().entities]
    others = [(f"Spokesman {a}{b}", rng.choice(SIDES)) for a in "BCDFGHKLMNPRST" for b in "aeiouyxwvz"] * 1
    people = reg + others
    units = {"territory_km2": "km2", "territory_pct": "percent", "distance_km": "km"}
    t0 = time.perf_counter()
    conn = open_store(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    n_docs = max(1, n_claims // 10)
    day0 = 738_575  # 2023-02-24 as an ordinal
    from datetime import date

    doc_rows, claim_rows, ent_rows = [], [], []
    for d in range(n_docs):
        doc_id = f"d{d:07d}"
        ddate = date.fromordinal(day0 + rng.randrange(1200)).isoformat()
        doc_rows.append(
            (
                doc_id,
                None,
                "0" * 64,
                None,
                "Synth",
                ddate,
                ddate,
                "metadata",
                1.0,
                "",
                10,
                "[]",
                ddate,
                doc_id,
            )
        )
        for k in range(10):
            metric = rng.choice(METRICS)
            claimant, side = rng.choice(people) if rng.random() < 0.7 else (None, None)
            mentioned = rng.choice(people)[0]
            value = float(rng.randrange(1, 5000))
            cdate = ddate if rng.random() < 0.8 else ddate[:7]
            span = _span(cdate, ddate)
            assert span is not None
            start = k * 100
            claim_id = f"{doc_id}:{start}"
            claim_rows.append(
                (
                    claim_id, doc_id, metric, value, value, value, units.get(metric, "count"),
                    rng.choice(QUALIFIERS[:2]), f"{int(value)}", start, start + len(str(int(value))),
                    f"Synthetic sentence {k} about {mentioned}.", rng.choice(ACTORS), rng.choice(PREDICATES),
                    claimant, name_key(claimant) if claimant else None, side, cdate, None, None, None, None,
                    json.dumps([mentioned]), "{}", cdate, span[0], span[1], None,
                )
            )  # fmt: skip
            if claimant:
                ent_rows.append((claim_id, "claimant", claimant, name_key(claimant)))
            if mentioned != claimant:
                ent_rows.append((claim_id, "entity", mentioned, name_key(mentioned)))
        if len(claim_rows) >= 50_000 or d == n_docs - 1:
            conn.executemany(
                "INSERT INTO documents (id, path, sha256, url, outlet, published, doc_date, date_source, "
                "date_confidence, text, n_claims, warnings, extracted_at, group_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                doc_rows,
            )
            conn.executemany(INSERT_CLAIM, claim_rows)
            conn.executemany(INSERT_ENTITY, ent_rows)
            doc_rows, claim_rows, ent_rows = [], [], []
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return {"claims": n_claims, "documents": n_docs, "build_s": time.perf_counter() - t0}


QUERY_TIMEOUT_S = 60


class _Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def time_queries(path: Path, runs: int) -> dict[str, dict[str, float]]:
    signal.signal(signal.SIGALRM, _on_alarm)
    from kursk_claims.analysis import compare
    from kursk_claims.analysis.load import compare_claims
    from kursk_claims.cli.compare import TABLE_LIMIT
    from kursk_claims.cli.query import QUERY_TABLE_LIMIT
    from kursk_claims.store import count_claims, open_store, query_claims

    conn = open_store(path, readonly=True)

    def q_entity() -> int:
        # the complete result (what --format json/jsonl/csv writes)
        return len(query_claims(conn, entity="Syrskyi"))

    def q_entity_table() -> int:
        # what the table output reads: the first QUERY_TABLE_LIMIT rows, one more to know whether
        # there are more, then the count for the stderr note
        rows = query_claims(conn, entity="Syrskyi", limit=QUERY_TABLE_LIMIT + 1)
        if len(rows) > QUERY_TABLE_LIMIT:
            count_claims(conn, entity="Syrskyi")
        return min(len(rows), QUERY_TABLE_LIMIT)

    def q_metric_since() -> int:
        return len(query_claims(conn, metric="territory_km2", since="2026-05"))

    def q_compare(limit: int | None) -> int:
        # what `compare --metric territory_km2` does: the table path (first TABLE_LIMIT rows and
        # the markers touching them) or, with limit None, the complete result (json/csv)
        claims, _total = compare_claims(conn, "territory_km2", limit=limit)
        return len(compare(claims, "territory_km2", limit=limit).rows)

    out: dict[str, dict[str, float]] = {}
    for name, fn in (
        ("query_entity", q_entity),
        ("query_entity_table", q_entity_table),
        ("query_metric_since", q_metric_since),
        ("compare_metric", lambda: q_compare(TABLE_LIMIT)),
        ("compare_metric_complete", lambda: q_compare(None)),
    ):
        times: list[float] = []
        rows = 0
        timed_out = False
        for i in range(runs):
            t0 = time.perf_counter()
            signal.alarm(QUERY_TIMEOUT_S)
            try:
                rows = fn()
            except _Timeout:
                timed_out = True
            finally:
                signal.alarm(0)
            times.append(time.perf_counter() - t0)
            if timed_out or (i == 0 and times[0] > 5):  # hopeless: do not spend the bench's time repeating it
                break
        out[name] = {"p50_ms": 1000 * statistics.median(times), "rows": rows, "runs": len(times)}
        if timed_out:
            out[name]["timed_out"] = True
    conn.close()
    return out


# ----------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--quick", action="store_true", help="a short smoke run (small corpus, small store)")
    ap.add_argument("--rounds", type=int, default=None, help="measurement rounds (median)")
    ap.add_argument("--out", default=str(ROOT / "bench-results.json"))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child_main(a.child, Path(a.corpus), a.workers, Path(a.db) if a.db else None)))
        return 0

    quick = a.quick
    rounds = a.rounds or (1 if quick else 2)
    min_tokens = 20_000 if quick else 100_000
    n_synth = 10_000 if not quick else 500
    n_claims = 1_000_000 if not quick else 50_000
    shared = Path(a.shared)
    sources = source_docs(shared)
    if not (shared / "corpus" / "dev" / "docs").is_dir():
        print(f"note: {shared}/corpus/dev/docs not found; the corpus is built from seeds/ only")

    import spacy

    tokenizer = spacy.blank("en").tokenizer
    results: dict[str, Any] = {"cpu_count": os.cpu_count(), "quick": quick, "rounds": rounds}
    tmp = Path(tempfile.mkdtemp(prefix="kursk-bench-"))
    try:
        corpus = tmp / "corpus"
        n_docs, n_tokens = write_corpus(corpus, sources, min_tokens, lambda t: len(tokenizer(t)))
        results.update(corpus_docs=n_docs, corpus_tokens=n_tokens)
        print(f"corpus: {n_docs} documents, {n_tokens} tokens; {rounds} round(s)", flush=True)

        runs: dict[str, list[dict[str, Any]]] = {}
        for r in range(rounds):
            for kind, workers in (("pipe", 1), ("extract", 1), ("pipe", 2), ("extract", 2)):
                db = tmp / f"extract-{r}-{workers}.db" if kind == "extract" else None
                got = run_child(kind, corpus, workers, db)
                runs.setdefault(f"{kind}{workers}", []).append(got)
                print(f"  round {r + 1}: {kind} workers={workers}: {got['wall_s']:.1f} s", flush=True)

        def med(key: str, field: str = "wall_s") -> float:
            return float(statistics.median(x[field] for x in runs[key]))

        def peak(key: str) -> float:
            return float(max(max(x["rss_mb"], x["rss_children_mb"]) for x in runs[key]))

        for key in runs:
            results[f"{key}_tokens_per_s"] = n_tokens / med(key)
            results[f"{key}_peak_rss_mb"] = peak(key)
        # per-round ratios (each pair measured back to back), then their median
        ratio1 = [p["wall_s"] / e["wall_s"] for p, e in zip(runs["pipe1"], runs["extract1"], strict=True)]
        ratio2 = [p["wall_s"] / e["wall_s"] for p, e in zip(runs["pipe2"], runs["extract2"], strict=True)]
        speed = [
            e1["wall_s"] / e2["wall_s"] for e1, e2 in zip(runs["extract1"], runs["extract2"], strict=True)
        ]
        results["extract_vs_pipe_ratio"] = statistics.median(ratio1)
        results["extract_vs_pipe_ratio_workers2"] = statistics.median(ratio2)
        results["workers2_speedup"] = statistics.median(speed)
        results["claims_per_run"] = runs["extract1"][0]["count"]

        # 10k synthesised documents, streamed from one JSONL file, one process
        feed = tmp / "synth.jsonl"
        with feed.open("w", encoding="utf-8") as fh:
            for d in synth_docs(sources, n_synth):
                fh.write(json.dumps(d) + "\n")
        big = run_child("extract", feed, 1, tmp / "synth.db")
        results.update(
            synth_docs=n_synth,
            synth_extract_s=big["wall_s"],
            peak_rss_mb_10k_docs=max(big["rss_mb"], big["rss_children_mb"]),
        )
        print(f"  {n_synth} synthesised documents: {big['wall_s']:.1f} s", flush=True)

        # cold starts
        small = tmp / "small.db"
        subprocess.run(
            [
                str(Path(sys.executable).parent / "kursk-claims"),
                "extract",
                str(ROOT / "seeds"),
                "--db",
                str(small),
            ],
            check=True,
            capture_output=True,
        )
        results["cold_help_s"] = cold(["--help"], 7)
        results["cold_query_s"] = cold(["query", "--entity", "Syrskyi", "--db", str(small)], 7)

        # queries on the 1M-claim store
        store = tmp / "big.db"
        results["store"] = build_store(store, n_claims)
        print(f"  store of {n_claims} claims built in {results['store']['build_s']:.1f} s", flush=True)
        queries = time_queries(store, 7 if not quick else 3)
        results["queries"] = queries
        # the three measured against the < 100 ms target: query --entity and --metric --since for
        # their complete results, compare for its table output (its complete result is listed apart)
        results["query_p50_ms_1m"] = max(
            queries[k]["p50_ms"] for k in ("query_entity", "query_metric_since", "compare_metric")
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    results.update(minhash_cost(sources))  # syndication signatures (issue 14)
    # issue 12: web archives (generated WARC; see scripts/bench_inputs.py), merged into the results
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_inputs import bench_inputs

    results.update(bench_inputs(quick))

    Path(a.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    print(
        f"MinHash signature: {results['minhash_ms_per_doc']:.2f} ms/document, {results['minhash_s_per_10k']:.1f} s per 10k"
    )
    return 0


def minhash_cost(sources: list[tuple[str, str, dict[str, Any]]], n: int = 2_000) -> dict[str, float]:
    """Signature cost per document (`analysis.syndication.signature`: 5-word shingles, MinHash
    with 128 permutations) over `n` documents cycled from the corpus sources, and the LSH
    group look-up plus insert per document (`GroupIndex.matches` + `add`) into an index of them."""
    from kursk_claims.analysis import syndication

    texts = [text for _, text, _ in sources] or ["no corpus"]
    docs = [texts[i % len(texts)] + f" variant {i}" for i in range(n)]
    syndication.signature(docs[0])  # permutations cached, modules imported
    t0 = time.perf_counter()
    sigs = [syndication.signature(d) for d in docs]
    per_doc = (time.perf_counter() - t0) / n
    index = syndication.GroupIndex()
    t0 = time.perf_counter()
    for i, m in enumerate(sigs):
        index.matches(m)
        index.add(f"d{i}", m)
    lsh_per_doc = (time.perf_counter() - t0) / n
    return {
        "minhash_ms_per_doc": per_doc * 1000,
        "minhash_s_per_10k": per_doc * 10_000,
        "minhash_words_per_doc": statistics.mean(len(d.split()) for d in docs),
        "lsh_ms_per_doc": lsh_per_doc * 1000,
    }


def print_table(r: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(
        title=f"kursk-claims bench ({r['cpu_count']} CPUs; {r['corpus_tokens']} tokens, {r['corpus_docs']} docs)"
    )
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_column("target", justify="right")
    rows = [
        ("bare nlp.pipe, 1 process: tokens/s", f"{r['pipe1_tokens_per_s']:,.0f}", ""),
        ("extract, 1 worker: tokens/s", f"{r['extract1_tokens_per_s']:,.0f}", ""),
        ("ratio extract / nlp.pipe (1)", f"{r['extract_vs_pipe_ratio']:.2f}×", "≥ 2×"),
        ("bare nlp.pipe, n_process=2: tokens/s", f"{r['pipe2_tokens_per_s']:,.0f}", ""),
        ("extract, 2 workers: tokens/s", f"{r['extract2_tokens_per_s']:,.0f}", ""),
        ("ratio extract / nlp.pipe (2)", f"{r['extract_vs_pipe_ratio_workers2']:.2f}×", ""),
        ("speedup 2 workers / 1", f"{r['workers2_speedup']:.2f}×", "≥ 1.6×"),
        ("peak RSS nlp.pipe 1 / 2 (MB)", f"{r['pipe1_peak_rss_mb']:.0f} / {r['pipe2_peak_rss_mb']:.0f}", ""),
        (
            "peak RSS extract 1 / 2 (MB)",
            f"{r['extract1_peak_rss_mb']:.0f} / {r['extract2_peak_rss_mb']:.0f}",
            "",
        ),
        (
            f"peak RSS, {r['synth_docs']} docs (MB; {r['synth_extract_s']:.0f} s)",
            f"{r['peak_rss_mb_10k_docs']:.0f}",
            "< 600",
        ),
        ("cold `--help` (s)", f"{r['cold_help_s']:.2f}", ""),
        ("cold `query --entity Syrskyi` (s)", f"{r['cold_query_s']:.2f}", "< 0.5"),
    ]
    for name, q in r["queries"].items():
        rows.append(
            (
                f"{name} on {r['store']['claims']:,} claims: p50 ms ({q['rows']} rows)"
                + (" [table path]" if name in ("query_entity_table", "compare_metric") else ""),
                f"{q['p50_ms']:.1f}" if not q.get("timed_out") else f"> {q['p50_ms']:.0f} (stopped)",
                "< 100",
            )
        )
    for row in rows:
        t.add_row(*row)
    Console().print(t)


if __name__ == "__main__":
    sys.exit(main())
