"""`make bench`, web archives (issue 12): a generated WARC of gzipped HTML responses.

- ``warc_pages_per_s_text``: pages/s for WARC -> text alone (fastwarc + trafilatura, no NLP),
  streaming the big WARC (default ~200 MB gzipped; ``--quick``: ~20 MB) in a child process;
- ``warc_pages_per_s_extract``: pages/s for the whole `extract` (load, real model, store) of a
  smaller WARC (300 pages; quick: 60);
- ``warc_peak_rss_mb``: the peak RSS of the child streaming the big WARC, next to
  ``text_peak_rss_mb`` for a child streaming the same article texts as a JSONL file;
- ``warc_peak_rss_mb_quarter`` / ``warc_peak_rss_mb_full``: the peak RSS at a quarter of the size
  and at the full size (streaming: it must not grow with the file), with the sizes in MB.

Run alone (``python scripts/bench_inputs.py [--quick]``) or from scripts/bench.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FULL_MB = 200
QUICK_MB = 20

_SYL = [
    "ka",
    "ro",
    "vi",
    "len",
    "do",
    "mar",
    "tel",
    "sko",
    "an",
    "bre",
    "lu",
    "pol",
    "zen",
    "ti",
    "gor",
    "us",
]
_CLAIMS = [
    "Ukrainian forces captured {n:,} square kilometres of territory, commander Oleksandr Syrskyi said.",
    "Russia's defence ministry claimed about {n:,} troops were lost in the Kursk region over the week.",
    "Officials in Kyiv said more than {m} settlements were under Ukrainian control.",
]


def _words(rng: random.Random, n: int) -> str:
    return " ".join("".join(rng.choice(_SYL) for _ in range(rng.randint(1, 3))) for _ in range(n))


def make_page(rng: random.Random, i: int) -> tuple[str, str]:
    """(html, article text): an article with claims inside nav, cookie banner, related links, footer."""
    title = f"Kursk report {i}: {_words(rng, 5)}"
    paras = []
    for k in range(rng.randint(6, 12)):
        body = _words(rng, rng.randint(35, 70)).capitalize() + "."
        if k % 3 == 0:
            body += " " + rng.choice(_CLAIMS).format(n=rng.randint(100, 5000), m=rng.randint(2, 90))
        paras.append(body)
    nav = "".join(f'<li><a href="/s/{j}">{_words(rng, 1)}</a></li>' for j in range(12))
    related = "".join(f'<li><a href="/r/{j}">{_words(rng, 6)}</a></li>' for j in range(6))
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="og:site_name" content="Bench News">'
        f'<meta property="article:published_time" content="2024-08-{1 + i % 28:02d}T09:00:00Z"></head><body>'
        f'<nav><ul>{nav}</ul></nav><div id="cookie-consent">We use cookies. <button>Accept</button></div>'
        f"<main><article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></main>"
        f'<aside class="related"><ul>{related}</ul></aside>'
        "<footer><p>Copyright 2023 Bench News</p></footer></body></html>"
    )
    return html, title + "\n\n" + "\n".join(paras) + "\n"


def _record(html: bytes, uri: str) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(
        html
    )
    block = http + html
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2024-08-21T12:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def write_warc(
    path: Path, target_mb: float | None = None, pages: int | None = None, jsonl: Path | None = None
) -> dict[str, Any]:
    """Write gzipped (per record) HTML responses until `target_mb` MB or `pages` pages."""
    rng = random.Random(5)
    n = 0
    t0 = time.perf_counter()
    with path.open("wb") as out, jsonl.open("w", encoding="utf-8") if jsonl else open("/dev/null", "w") as jl:
        while True:
            if pages is not None and n >= pages:
                break
            if target_mb is not None and out.tell() >= target_mb * 1e6:
                break
            html, text = make_page(rng, n)
            out.write(gzip.compress(_record(html.encode(), f"https://bench.example.org/a/{n}"), 6))
            jl.write(json.dumps({"id": f"t{n}", "text": text}) + "\n")
            n += 1
        size = out.tell()
    return {"pages": n, "mb": size / 1e6, "write_s": time.perf_counter() - t0}


# ----------------------------------------------------------------------------- children


def child(kind: str, path: Path, db: Path | None) -> dict[str, Any]:
    t0 = time.perf_counter()
    if kind == "stream":
        from kursk_claims.models import Document
        from kursk_claims.sources.files import iter_documents

        n = sum(1 for item in iter_documents([path]) if isinstance(item, Document))
    else:
        from kursk_claims.pipeline import extract_paths

        assert db is not None
        report = extract_paths([path], db)
        n = report.extracted
    wall = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pages": n, "wall_s": wall, "rss_mb": rss}


def run_child(kind: str, path: Path, db: Path | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, "--path", str(path)]
    if db is not None:
        cmd += ["--db", str(db)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def bench_inputs(quick: bool, tmp: Path | None = None) -> dict[str, Any]:
    """Generate the WARCs, run the children, return the figures (keys as in the module notes)."""
    own = tmp is None
    work = Path(tempfile.mkdtemp(prefix="kursk-bench-warc-")) if tmp is None else tmp / "warc"
    work.mkdir(parents=True, exist_ok=True)
    try:
        big_mb = QUICK_MB if quick else FULL_MB
        big, quarter, small = work / "big.warc.gz", work / "quarter.warc.gz", work / "small.warc.gz"
        texts = work / "big-texts.jsonl"
        g_big = write_warc(big, target_mb=big_mb, jsonl=texts)
        g_q = write_warc(quarter, target_mb=big_mb / 4)
        write_warc(small, pages=60 if quick else 300)
        print(
            f"  WARC: {g_big['pages']} pages, {g_big['mb']:.0f} MB gzipped (written in {g_big['write_s']:.0f} s)",
            flush=True,
        )
        s_big = run_child("stream", big)
        s_q = run_child("stream", quarter)
        s_txt = run_child("stream", texts)
        ext = run_child("extract", small, work / "extract.db")
        print(
            f"  WARC -> text: {s_big['pages'] / s_big['wall_s']:.0f} pages/s; extract: {ext['pages'] / ext['wall_s']:.1f} pages/s",
            flush=True,
        )
        return {
            "warc_big_mb": round(g_big["mb"], 1),
            "warc_big_pages": g_big["pages"],
            "warc_pages_per_s_text": s_big["pages"] / s_big["wall_s"],
            "warc_pages_per_s_extract": ext["pages"] / ext["wall_s"],
            "warc_extract_pages": ext["pages"],
            "warc_peak_rss_mb": s_big["rss_mb"],
            "text_peak_rss_mb": s_txt["rss_mb"],
            "text_jsonl_mb": round(texts.stat().st_size / 1e6, 1),
            "warc_quarter_mb": round(g_q["mb"], 1),
            "warc_peak_rss_mb_quarter": s_q["rss_mb"],
            "warc_peak_rss_mb_full": s_big["rss_mb"],
        }
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--path", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(a.child, Path(a.path), Path(a.db) if a.db else None)))
        return 0
    print(json.dumps(bench_inputs(a.quick), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
