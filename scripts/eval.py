"""`make eval`: extract the dev corpus and the seeds into a temporary store, export, and score.

Prints ../shared/eval/score.py's figures for the dev set, the seeds and the team's synthetic
sets (tests/data/synthetic, a regression check rather than a held-out measure), then the quantity
layer's own accuracy: the share of gold quantities (all metrics, optional ones included) whose
value and bounds `parse_quantities` gets exactly right at the gold quote, and what it misses.
Where ../shared is missing it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kursk_claims.text.quantities import parse_quantities


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.02 * max(abs(float(b)), 1.0)


def quantity_accuracy(pairs: list[tuple[Path, Path]]) -> tuple[int, int, list[str]]:
    """(exactly right, total, misses) over the gold quotes of every (docs, gold) pair."""
    right = total = 0
    misses: list[str] = []
    for docs, gold in pairs:
        for gf in sorted(gold.glob("*.jsonl")):
            text = (docs / f"{gf.stem}.txt").read_text(encoding="utf-8")
            qs = parse_quantities(text)
            for line in gf.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                g = json.loads(line)
                if g["metric"] == "territory_pct" and g["value"] == 100 and g.get("optional"):
                    continue  # full-control statements are not number phrases
                total += 1
                s = text.find(g["sentence"])
                qpos = text.find(g["quote"], max(s, 0))
                span = (qpos, qpos + len(g["quote"]))
                hits = [q for q in qs if q.start < span[1] and q.end > span[0]]
                ok = any(
                    _close(q.value, g["value"])
                    and _close(q.low, g["value_low"])
                    and _close(q.high, g["value_high"])
                    for q in hits
                )
                right += ok
                if not ok:
                    got = [(q.text, q.value, q.low, q.high) for q in hits]
                    misses.append(
                        f"{gf.stem}: {g['quote']!r} gold={g['value']}/{g['value_low']}/{g['value_high']} got={got}"
                    )
    return right, total, misses


# Team-written articles with gold (tests/data/synthetic/README.md): a regression check, not held out.
SYNTHETIC = Path("tests/data/synthetic")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--keep", help="write the export here instead of a temporary file")
    a = ap.parse_args()
    shared = Path(a.shared)
    score = shared / "eval" / "score.py"
    dev_docs, dev_gold = shared / "corpus" / "dev" / "docs", shared / "corpus" / "dev" / "gold"
    dev2_docs, dev2_gold = shared / "corpus" / "dev2" / "docs", shared / "corpus" / "dev2" / "gold"
    seeds, seeds_gold = Path("seeds"), shared / "corpus" / "seeds-gold"
    if not (score.exists() and dev_docs.is_dir() and seeds_gold.is_dir()):
        print(f"make eval: {shared} (the dev corpus and score.py) is not here; nothing to score.")
        return 0
    synthetic = [
        (f"synth{n}", SYNTHETIC / f"set{n}" / "docs", SYNTHETIC / f"set{n}" / "gold")
        for n in sorted(int(d.name[3:]) for d in SYNTHETIC.glob("set*") if d.name[3:].isdigit())
        if (SYNTHETIC / f"set{n}" / "gold").is_dir()
    ]
    exe = Path(sys.executable).parent / "kursk-claims"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "eval.db"
        out = Path(a.keep) if a.keep else Path(tmp) / "claims.jsonl"
        dev2 = [("dev2", dev2_docs, dev2_gold)] if dev2_gold.is_dir() else []
        inputs = [
            str(dev_docs),
            *(str(d) for _, d, _ in dev2),
            str(seeds),
            *(str(d) for _, d, _ in synthetic),
        ]
        subprocess.run([str(exe), "extract", *inputs, "--db", str(db)], check=True)
        subprocess.run(
            [str(exe), "export", "--format", "jsonl", "--db", str(db), "--out", str(out)], check=True
        )
        for label, docs, gold in (
            ("dev", dev_docs, dev_gold),
            *dev2,
            ("seeds", seeds, seeds_gold),
            *synthetic,
        ):
            res = subprocess.run(
                [sys.executable, str(score), str(out), "--docs", str(docs), "--gold", str(gold)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            print(f"{label:7s} {res.stdout.strip()}")
    right, total, misses = quantity_accuracy(
        [(dev_docs, dev_gold), *((d, g) for _, d, g in dev2), (seeds, seeds_gold)]
    )
    print(
        f"quantities: value and bounds exactly right for {right}/{total} gold quantities ({right / total:.3f})"
    )
    for m in misses:
        print(f"  miss {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
