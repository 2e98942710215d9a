"""Experiment: would a small learned ranker over the claimant sieve's candidates beat its hand order?

For every extracted claim the scorer matches to a (non-optional) gold claim, every rule of
`rules.claimant.SIEVE` is run (not only up to the first that decides) and what each proposes is
recorded with cheap, general features. The rules' behaviour is unchanged: the real `attribute`
decides first, and the state a rule may write (`ctx.span_openers`) is restored after the extra
calls; the script checks that its claims equal a plain run's.

Candidates are grouped by the scorer's name key (`same_claimant` of ../shared/eval/score.py);
a group matches when its name is the gold claimant's. The ranker is a conditional logit (softmax
over a claim's candidate groups, L2, plain numpy), trained on the training sets only and
evaluated leave-one-set-out over them and on the held-out sets (synth8, synth9), for which only
aggregate figures are printed. A claim whose final claimant was set after the sieve (document
passes, background facts) keeps it: the ranker only replaces the sieve's choice.

Result (commit of this script; `--rich` adds features of the sieve's choice as context): no
generalisable gain. Leave-one-set-out over the ten training sets, pooled claimant accuracy
0.912 (sieve) -> 0.911 at best; held out, synth8 0.759 -> 0.759 (0.765 with --rich), synth9
0.869 -> 0.869. The ordering is not where the errors are: on synth8/synth9 only 5/40 and 3/20
wrong claimants are among any rule's candidates (oracle 0.789 / 0.895); the rest are claimants
no rule proposes.

usage: ranker_experiment.py [--shared ../shared] [--cache FILE] [--refresh] [--l2 X]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

TRAIN = ["dev", "dev2", "seeds", *(f"synth{n}" for n in range(1, 8))]
HELD_OUT = ["synth8", "synth9"]
SIDES = ["ukraine", "russia", "north_korea", "third_party", "media"]
KINDS = ["person", "body", "media", "group"]
ENEMY = {("ukraine", "russia"), ("russia", "ukraine"), ("ukraine", "north_korea"), ("north_korea", "ukraine")}


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("kc_score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def corpora(shared: Path) -> dict[str, tuple[Path, Path]]:
    c = shared / "corpus"
    out = {
        "dev": (c / "dev" / "docs", c / "dev" / "gold"),
        "dev2": (c / "dev2" / "docs", c / "dev2" / "gold"),
        "seeds": (Path("seeds"), c / "seeds-gold"),
    }
    for n in range(1, 10):
        base = Path("tests/data/synthetic") / f"set{n}"
        out[f"synth{n}"] = (base / "docs", base / "gold")
    return out


# ----------------------------------------------------------------------------- collection


def _key_tokens(score: ModuleType, text: str | None) -> set[str]:
    k = score.name_key(text) if text else None
    return set(k.split()) if k else set()


def collect(shared: Path, score: ModuleType, export: Path | None = None) -> list[dict[str, Any]]:
    """One item per gold-matched claim: set, gold and final claimant, and the candidates."""
    from kursk_claims.domain.registry import lookup
    from kursk_claims.extract import extract_document, load_nlp
    from kursk_claims.models import Document
    from kursk_claims.rules import claimant as cl
    from kursk_claims.rules import document as docmod
    from kursk_claims.sources.files import iter_documents

    records: dict[tuple[str, int], dict[str, Any]] = {}
    sent_keys: dict[str, list[set[str]]] = {}
    orig = cl.attribute

    def hooked(r: Any, t: Any) -> Any:
        att = orig(r, t)
        ctx = r.ctx
        doc_id = ctx.document.id
        if doc_id not in sent_keys:
            sent_keys[doc_id] = [_key_tokens(score, s.text) for s in ctx.sentences]
        keys = sent_keys[doc_id]
        saved = dict(ctx.span_openers)
        cands = []
        for pos, rule in enumerate(cl.SIEVE):
            try:
                a = rule.apply(r, t)
            except Exception:  # a rule run out of its usual order may trip: it proposes nothing
                a = None
            if a is None or (a.name is not None and cl._FIRST_PERSON.match(a.name)):
                continue
            distinct = _key_tokens(score, a.name) - score.GENERIC
            verb = a.verb if a.verb is not None and t.sdoc is not None and a.verb.doc is t.sdoc else None
            hits = [i for i, ks in enumerate(keys) if distinct & ks]
            line = [s.idx for s in ctx.sentences if s.line == t.s.line]
            e = lookup(a.name) if a.name else None
            cands.append(
                {
                    "pos": pos,
                    "rule": a.decision.rule,
                    "name": a.name,
                    "side": a.side if a.name else None,
                    "kind": e.kind if e is not None else None,
                    "verb_same_sent": verb is not None,
                    "verb_dist": abs(verb.i - t.num.i) if verb is not None else None,
                    "verb_after": verb is not None and verb.i > t.num.i,
                    "m_sent": t.s.idx in hits,
                    "m_prev": (t.s.idx - 1) in hits,
                    "m_line": any(i in hits for i in line),
                    "m_before": any(i <= t.s.idx for i in hits),
                    "m_any": bool(hits),
                    "sent_gap": min((t.s.idx - i for i in hits if i <= t.s.idx), default=None),
                }
            )
        ctx.span_openers.clear()
        ctx.span_openers.update(saved)
        records[(doc_id, t.start)] = {
            "winner": att.decision.rule,
            "in_quote": t.quote is not None,
            "headline": t.s.headline,
            "cands": cands,
        }
        return att

    setattr(docmod, "attribute", hooked)  # noqa: B010 (instrumentation only)
    nlp = load_nlp(None)
    items: list[dict[str, Any]] = []
    exported: list[str] = []
    for label, (ddir, gdir) in corpora(shared).items():
        if not gdir.is_dir():
            continue
        docs = [d for d in iter_documents([ddir]) if isinstance(d, Document)]
        preds: dict[str, list[dict[str, Any]]] = {}
        for d in docs:
            res = extract_document(d, nlp)
            preds[d.id] = [c.to_dict() for c in res.claims]
            exported.extend(json.dumps(c, sort_keys=True) for c in preds[d.id])
        for gf in sorted(gdir.glob("*.jsonl")):
            doc = gf.stem
            text = (ddir / f"{doc}.txt").read_text(encoding="utf-8")
            gs = [json.loads(x) for x in gf.read_text(encoding="utf-8").splitlines() if x.strip()]
            ps = preds.get(doc, [])
            used: set[int] = set()
            for g in gs:  # the scorer's matching, step by step (score.py main)
                gspan = score.gold_span(text, g)
                cand = [
                    i
                    for i, p in enumerate(ps)
                    if i not in used and score.overlaps(p, gspan, g["quote"], text)
                ]
                typed = [i for i in cand if ps[i].get("metric") == g["metric"] and score.value_ok(ps[i], g)]
                if g.get("optional"):
                    used.update(typed)
                    continue
                if not typed:
                    continue
                i = typed[0]
                used.add(i)
                p = ps[i]
                rec = records.get((doc, p["start"]))
                items.append(
                    {
                        "set": label,
                        "doc": doc,
                        "gold": g["claimant"],
                        "gold_side": g["claimant_side"] or None,
                        "final": p.get("claimant"),
                        "final_side": p.get("claimant_side") or None,
                        "final_rule": p["evidence"]["claimant"]["rule"],
                        "actor": p.get("actor"),
                        "rec": rec,
                    }
                )
    setattr(docmod, "attribute", orig)  # noqa: B010
    if export is not None:  # to check that the instrumented run gives the plain run's claims
        export.write_text("\n".join(exported) + "\n", encoding="utf-8")
    return items


# ----------------------------------------------------------------------------- groups and features


def groups_of(score: ModuleType, item: dict[str, Any]) -> list[dict[str, Any]]:
    """The item's candidates merged by claimant (the scorer's same_claimant); sieve order kept."""
    out: list[dict[str, Any]] = []
    for c in item["rec"]["cands"] if item["rec"] else []:
        for g in out:
            if score.same_claimant(c["name"], g["name"]) and score.same_claimant(g["name"], c["name"]):
                g["members"].append(c)
                break
        else:
            out.append({"name": c["name"], "side": c["side"], "members": [c]})
    return out


N_SLOTS = 24  # one slot per sieve rule position (the sieve has 19 rules; room to grow)
RICH = False  # --rich: context features of the sieve's choice


def features(item: dict[str, Any], groups: list[dict[str, Any]]) -> np.ndarray:
    """One row per group: general features only (rule slots, side, agreement, mentions, distance)."""
    rows = []
    n_named = sum(1 for g in groups if g["name"] is not None)
    win = groups[0]["members"][0] if groups else None
    for gi, g in enumerate(groups):
        ms = g["members"]
        first = ms[0]
        null = g["name"] is None
        slots = np.zeros(N_SLOTS)
        for m in ms:
            slots[m["pos"]] = 1.0
        side = g["side"]
        actor = item["actor"]
        side_vec = [float(not null and side == s) for s in SIDES] + [float(not null and side is None)]
        kind_vec = [float(first["kind"] == k) for k in KINDS] + [float(not null and first["kind"] is None)]
        vd = first["verb_dist"]
        gap = first["sent_gap"]
        row = [
            *slots,
            float(gi == 0),  # the sieve's choice
            first["pos"] / (N_SLOTS - 1),
            float(len(ms)),
            float(len(ms) >= 2),
            float(null),
            *side_vec,
            float(not null and (side, actor) in ENEMY),
            float(not null and side == actor),
            *kind_vec,
            float(first["verb_same_sent"]),
            min(vd, 30) / 10 if vd is not None else 0.0,
            float(first["verb_after"]),
            float(first["m_sent"]),
            float(first["m_prev"]),
            float(first["m_line"]),
            float(first["m_before"]),
            float(first["m_any"]),
            min(gap, 10) / 5 if gap is not None else 0.0,
            float(null and item["rec"]["in_quote"]),
            float(null and n_named > 0),
            float(null and item["rec"]["headline"]),
        ]
        if RICH and win is not None:
            # the sieve's choice as context: a weak winner (verb after the figure, far, a common
            # noun or a bare country) may lose to an alternative
            name = g["name"] or ""
            proper = bool(re.match(r"[A-Z]", name)) and not null
            country = (
                not null and first["kind"] is None and name.lower() in ("ukraine", "russia", "north korea")
            )
            wvd = win["verb_dist"]
            row += [
                float(not null and not proper),
                float(country),
                float(gi == 0 and win["verb_after"]),
                float(gi == 0) * (min(wvd, 30) / 10 if wvd is not None else 0.0),
                float(gi == 0 and not win["m_sent"]),
                float(gi != 0 and not null and win["verb_after"]),
            ]
        rows.append(row)
    return np.array(rows, dtype=float)


def label_of(score: ModuleType, item: dict[str, Any], groups: list[dict[str, Any]]) -> int | None:
    ok = [i for i, g in enumerate(groups) if score.same_claimant(g["name"], item["gold"])]
    return ok[0] if ok else None


# ----------------------------------------------------------------------------- the model


def train(data: list[tuple[np.ndarray, int]], l2: float, steps: int = 3000, lr: float = 0.5) -> np.ndarray:
    """Conditional logit: softmax over each item's group rows, L2 on the weights; full-batch Adam."""
    dim = data[0][0].shape[1]
    w = np.zeros(dim)
    m = np.zeros(dim)
    v = np.zeros(dim)
    n = len(data)
    x_all = np.vstack([x for x, _ in data])
    idx = np.cumsum([0] + [x.shape[0] for x, _ in data])
    ys = np.array([idx[k] + y for k, (_, y) in enumerate(data)])
    seg = np.repeat(np.arange(n), np.diff(idx))
    for step in range(1, steps + 1):
        s = x_all @ w
        mx = np.full(n, -np.inf)
        np.maximum.at(mx, seg, s)
        e = np.exp(s - mx[seg])
        z = np.zeros(n)
        np.add.at(z, seg, e)
        p = e / z[seg]
        grad = x_all.T @ p - x_all[ys].sum(axis=0)
        grad = grad / n + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr / np.sqrt(step) * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def choose(w: np.ndarray | None, x: np.ndarray) -> int:
    if w is None or x.shape[0] == 0:
        return 0
    s = x @ w
    return int(np.argmax(s))  # ties go to the first group, the sieve's choice


def evaluate(
    score: ModuleType, items: list[dict[str, Any]], prepared: list[Any], w: np.ndarray | None
) -> tuple[float, float, int]:
    """(claimant acc, claimant side acc, n) with the ranker's choice (None: the sieve's)."""
    right = side_right = 0
    for item, (groups, x, _) in zip(items, prepared, strict=True):
        if item["rec"] is None or not groups or item["final_rule"] != item["rec"]["winner"]:
            name, side = item["final"], item["final_side"]  # set after the sieve: unchanged
        else:
            g = groups[choose(w, x)]
            name, side = g["name"], (g["side"] if g["name"] else None)
        right += bool(score.same_claimant(name, item["gold"]))
        side_right += (side or None) == item["gold_side"]
    n = len(items)
    return right / n, side_right / n, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--cache", default="/tmp/kursk_ranker_items.json")
    ap.add_argument("--refresh", action="store_true", help="re-extract even if the cache exists")
    ap.add_argument("--l2", type=float, nargs="*", default=[0.0, 0.001, 0.003, 0.01, 0.03, 0.1])
    ap.add_argument("--export", help="with --refresh: also write the instrumented run's claims here")
    ap.add_argument("--no-held-out", action="store_true", help="print nothing about the held-out sets")
    ap.add_argument("--rich", action="store_true", help="add features of the sieve's choice as context")
    ap.add_argument("--weights-out", help="write the final model's weights (JSON) here")
    a = ap.parse_args()
    shared = Path(a.shared)
    global RICH
    RICH = a.rich
    score = load_scorer(shared)
    cache = Path(a.cache)
    if a.refresh or not cache.exists():
        items = collect(shared, score, Path(a.export) if a.export else None)
        cache.write_text(json.dumps(items), encoding="utf-8")
    else:
        items = json.loads(cache.read_text(encoding="utf-8"))
    by_set: dict[str, list[dict[str, Any]]] = {}
    for it in items:
        by_set.setdefault(it["set"], []).append(it)
    prep: dict[str, list[Any]] = {}
    for label, its in by_set.items():
        prep[label] = []
        for it in its:
            groups = groups_of(score, it)
            x = features(it, groups) if groups else np.zeros((0, 1))
            prep[label].append((groups, x, label_of(score, it, groups)))

    # 1. sieve, oracle, and where the right answer lost to a higher rule
    print("set     n    sieve  oracle  sieve-side  set-after-sieve   (sieve = the scorer's claimant_acc)")
    pairs_train: Counter[tuple[str, str]] = Counter()
    pairs_held: Counter[tuple[str, str]] = Counter()
    shown = TRAIN if a.no_held_out else TRAIN + HELD_OUT
    for label in shown:
        its, pr = by_set.get(label, []), prep.get(label, [])
        if not its:
            continue
        acc, side, n = evaluate(score, its, pr, None)
        oracle = sum(
            1
            for it, (_, _, y) in zip(its, pr, strict=True)
            if y is not None or score.same_claimant(it["final"], it["gold"])
        )
        over = sum(1 for it in its if it["rec"] is None or it["final_rule"] != it["rec"]["winner"])
        for it, (groups, _, y) in zip(its, pr, strict=True):
            if it["rec"] is None or it["final_rule"] != it["rec"]["winner"] or y is None or y == 0:
                continue
            win = groups[0]["members"][0]["rule"]
            right = groups[y]["members"][0]["rule"]
            (pairs_train if label in TRAIN else pairs_held)[(win, right)] += 1
        print(f"{label:7s} {n:4d}  {acc:.3f}  {oracle / n:.3f}   {side:.3f}       {over}")
    tables = [("training sets", pairs_train), ("held-out sets (aggregate)", pairs_held)]
    for title, pairs in tables[: 1 if a.no_held_out else 2]:
        print(f"\nright answer present but a higher rule won, {title}: {sum(pairs.values())}")
        for (win, right), k in pairs.most_common(12):
            print(f"  {k:3d}  won: {win:38s} right: {right}")

    def data_of(labels: list[str]) -> list[tuple[np.ndarray, int]]:
        return [(x, y) for label in labels for (_, x, y) in prep.get(label, []) if y is not None]

    # 2. leave-one-set-out over the training sets, for each L2 strength
    print("\nleave-one-set-out (train on the other training sets), claimant acc sieve -> ranker")
    best: tuple[float, float] | None = None
    for l2 in a.l2:
        tot_s = tot_r = tot_n = 0.0
        line = []
        for out in TRAIN:
            if out not in by_set:
                continue
            w = train(data_of([t for t in TRAIN if t != out]), l2)
            s_acc, _, n = evaluate(score, by_set[out], prep[out], None)
            r_acc, _, _ = evaluate(score, by_set[out], prep[out], w)
            tot_s += s_acc * n
            tot_r += r_acc * n
            tot_n += n
            line.append(f"{out}:{s_acc:.3f}->{r_acc:.3f}")
        print(f"  l2={l2:<6} pooled {tot_s / tot_n:.3f} -> {tot_r / tot_n:.3f}   " + "  ".join(line))
        if best is None or tot_r / tot_n > best[1]:
            best = (l2, tot_r / tot_n)
    assert best is not None
    l2 = best[0]
    print(f"chosen by leave-one-set-out: l2={l2}")

    # 3. train on all training sets; the held-out sets, aggregate only
    w = train(data_of(TRAIN), l2)
    print("\nfinal model (trained on all training sets)")
    print("set      claimant: sieve  ranker  delta   side: sieve  ranker")
    for label in shown:
        if label not in by_set:
            continue
        s_acc, s_side, n = evaluate(score, by_set[label], prep[label], None)
        r_acc, r_side, _ = evaluate(score, by_set[label], prep[label], w)
        tag = "  (held out)" if label in HELD_OUT else "  (trained on)"
        print(
            f"{label:8s}          {s_acc:.3f}   {r_acc:.3f}  {r_acc - s_acc:+.3f}       {s_side:.3f}   {r_side:.3f}{tag}"
        )
    if a.weights_out:
        Path(a.weights_out).write_text(json.dumps({"l2": l2, "weights": [round(float(v), 6) for v in w]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
