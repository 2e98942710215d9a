"""The HTML report and the timeline chart: render `analysis.compare` results, compute nothing new.

- `render_chart(result, fmt)` draws one metric's timeline (one panel per predicate; values with
  their bounds as bars, open bounds as arrows; coloured by claimant side; conflicts ringed) with
  matplotlib's Agg backend and returns SVG or PNG bytes. `write_chart` writes it to a file.
- `render_report(claims, ...)` returns one self-contained HTML page (Jinja2, autoescape on):
  per metric the chart as inline SVG, the compare tables and marker lists, then every claim with
  its source sentence (quantity in <mark>), claimant, date and document. No scripts, no network
  resources; a Content-Security-Policy forbids both in case anything slips through.
- `write_report(claims, out, ...)` writes only the file `out`: it refuses a folder, a symlink and
  a path whose parent folder does not exist (it never creates folders).

Text from documents only ever reaches the page through Jinja2's autoescaping; the highlighted
sentence is passed as three plain strings (before, quantity, after). Document URLs become links
only when they are plain http(s) URLs; anything else (``javascript:``, ``data:``) is shown as text.
matplotlib is imported inside the chart function (it is slow to import).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from kursk_claims.analysis import (
    DEFAULT_WINDOW_DAYS,
    CompareResult,
    claim_time,
    compare,
)
from kursk_claims.domain.values import format_value
from kursk_claims.models import METRICS
from kursk_claims.present.render import open_output

ClaimDict = Mapping[str, Any]

SIDE_COLOURS = {
    "ukraine": "#1f5fbf",
    "russia": "#c62828",
    "north_korea": "#7b1fa2",
    "third_party": "#2e7d32",
    "media": "#6d6d6d",
    None: "#222222",
}
CHART_FORMATS = ("svg", "png")
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\\x00-\x1f\x7f]+$", re.IGNORECASE)
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


class ReportError(ValueError):
    """The report or chart cannot be written where asked; the message says why."""


# ---------------------------------------------------------------------------------------------
# small pure helpers (presentation only)
# ---------------------------------------------------------------------------------------------


def safe_href(url: str | None) -> str | None:
    """The URL if it is a plain http(s) URL, else None (so it is shown as text, not linked)."""
    if not url or not isinstance(url, str):
        return None
    return url if _SAFE_URL.match(url) else None


def split_highlight(claim: ClaimDict) -> tuple[str, str, str]:
    """(before, quantity, after) of the claim's sentence; ("sentence", "", "") when not found.

    Uses ``sentence_start`` when the claim has one (the sentence's offset in the document) and it
    is consistent with ``start``/``end``; otherwise the first occurrence of the quantity text.
    """
    sentence = str(claim.get("sentence") or "")
    text = str(claim.get("text") or "")
    if not sentence or not text:
        return sentence, "", ""
    s0 = claim.get("sentence_start")
    start, end = claim.get("start"), claim.get("end")
    if isinstance(s0, int) and isinstance(start, int) and isinstance(end, int):
        i, j = start - s0, end - s0
        if 0 <= i <= j <= len(sentence) and sentence[i:j] == text:
            return sentence[:i], sentence[i:j], sentence[j:]
    i = sentence.find(text)
    if i < 0:
        return sentence, "", ""
    return sentence[:i], text, sentence[i + len(text) :]


def claim_anchor(claim_id: str) -> str:
    return "claim-" + _ANCHOR_UNSAFE.sub("-", claim_id)


# ---------------------------------------------------------------------------------------------
# chart
# ---------------------------------------------------------------------------------------------


def render_chart(result: CompareResult, fmt: str = "svg") -> bytes:
    """One metric's timeline as SVG or PNG bytes (one panel per predicate)."""
    if fmt not in CHART_FORMATS:
        raise ReportError(f"chart format must be one of {', '.join(CHART_FORMATS)}, not {fmt!r}")
    import matplotlib

    matplotlib.use("Agg")
    from datetime import date

    import matplotlib.dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter, NullFormatter

    groups: list[Any] = list(result.groups)
    rows_all = [r for g in groups for r in g.rows]
    conflicted = {ref.id for c in result.conflicts for ref in (c.a, c.b)}
    # x positions: dates as matplotlib day numbers; undated claims in a strip to the right, one
    # column per document (claims of one undated document are simultaneous).
    day = {r.id: float(mdates.date2num(date.fromisoformat(r.x_date))) for r in rows_all if r.x_date}  # type: ignore[no-untyped-call]
    undated_docs = sorted({r.doc_id for r in rows_all if not r.x_date})
    if day:
        x0, x1 = min(day.values()), max(day.values())
        span = max(x1 - x0, 30.0)
        pad, step = 0.04 * span, 0.07 * span
        strip0 = x1 + 2 * pad
    else:
        x0 = x1 = 0.0
        pad, step, strip0 = 0.0, 1.0, 0.0

    def xpos(r: Any) -> float:
        return day[r.id] if r.id in day else strip0 + step * (undated_docs.index(r.doc_id) + 0.5)

    n = max(1, len(groups))
    with matplotlib.rc_context({"svg.hashsalt": f"kursk-{result.metric}", "svg.fonttype": "path"}):
        fig = Figure(figsize=(9.5, 1.3 + 2.3 * n), layout="constrained")
        axes = fig.subplots(n, 1, sharex=True, squeeze=False)[:, 0]
        for ax, group in zip(axes, [*groups] or [None], strict=False):
            rows = list(group.rows) if group is not None else []
            vals = [v for r in rows for v in (r.value, r.low) if v > 0]  # log scale per panel
            use_log = bool(vals) and max(vals) / max(min(vals), 1e-9) > 50
            top = max([r.value for r in rows] + [r.high for r in rows if r.high != float("inf")] + [1.0])
            if undated_docs:
                ax.axvspan(strip0, strip0 + step * len(undated_docs), color="#eeeeee", zorder=0)
            for r in rows:
                x = xpos(r)
                colour = SIDE_COLOURS.get(r.side, SIDE_COLOURS[None])
                hi = r.high if r.high != float("inf") else top * (1.6 if use_log else 1.15)
                lo = max(r.low, min(vals) * 0.5) if use_log and r.low <= 0 else r.low
                open_up, open_down = r.high == float("inf"), r.qualifier in ("less_than", "at_most")
                ax.vlines(x, lo, hi, colors=colour, alpha=0.35, linewidth=5, linestyles="solid")
                marker = "^" if open_up else "v" if open_down else "o"
                ax.plot([x], [r.value], marker=marker, color=colour, markersize=7, linestyle="none")
                if r.id in conflicted:
                    ax.plot(
                        [x], [r.value], marker="o", markersize=15, markerfacecolor="none",
                        markeredgecolor="#000000", markeredgewidth=1.6, linestyle="none",
                    )  # fmt: skip
            ax.set_title(group.predicate if group is not None else "no claims", loc="left", fontsize=10)
            ax.set_ylabel(result.unit or "count", fontsize=9)
            if use_log:
                ax.set_yscale("log")
                ax.yaxis.set_major_formatter(
                    FuncFormatter(lambda v, _pos: f"{v:,.0f}" if v >= 1 else f"{v:g}")
                )
                ax.yaxis.set_minor_formatter(NullFormatter())
            else:
                ax.set_ylim(bottom=0)
            ax.grid(True, axis="y", alpha=0.3)
        ticks: list[float] = []
        labels: list[str] = []
        if day:
            locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
            lo_d = mdates.num2date(x0 - pad)  # type: ignore[no-untyped-call]
            hi_d = mdates.num2date(x1 + pad)  # type: ignore[no-untyped-call]
            for t in locator.tick_values(lo_d, hi_d):  # type: ignore[no-untyped-call]
                if x0 - pad <= t <= x1 + pad:
                    ticks.append(float(t))
                    labels.append(mdates.num2date(t).strftime("%Y-%m-%d"))  # type: ignore[no-untyped-call]
        for i, doc in enumerate(undated_docs):
            ticks.append(strip0 + step * (i + 0.5))
            labels.append(f"undated {doc[:10]}")
        axes[-1].set_xticks(ticks, labels)
        left = x0 - pad if day else strip0
        right = strip0 + step * len(undated_docs) if undated_docs else x1 + pad
        axes[-1].set_xlim(left, right if right > left else left + 1)
        for label in axes[-1].get_xticklabels():
            label.set_rotation(25)
            label.set_ha("right")
            label.set_fontsize(8)
        sides = sorted({r.side or "" for r in rows_all})
        handles = [
            Line2D([], [], marker="o", linestyle="none", color=SIDE_COLOURS.get(s or None, "#222222"),
                   label=s.replace("_", " ") if s else "unattributed")
            for s in sides
        ]  # fmt: skip
        if conflicted:
            handles.append(
                Line2D([], [], marker="o", markersize=11, markerfacecolor="none", markeredgecolor="#000000",
                       linestyle="none", label="conflict")
            )  # fmt: skip
        if handles:
            fig.legend(handles=handles, loc="outside lower center", ncols=min(6, len(handles)), fontsize=8)
        title = f"{result.metric}: claims over time (bars: bounds; ▲ open upwards, ▼ open downwards)"
        if undated_docs:
            title += "; grey: undated claims by document"
        fig.suptitle(title, fontsize=10, x=0.01, ha="left")
        buf = io.BytesIO()
        if fmt == "svg":
            fig.savefig(buf, format="svg", metadata={"Date": None})
        else:
            fig.savefig(buf, format="png", dpi=110, metadata={"Software": None})
    return buf.getvalue()


def _check_out(out: Path, what: str) -> Path:
    if out.is_symlink():
        raise ReportError(f"{out} is a symbolic link; give {what} a plain file path")
    if out.is_dir():
        raise ReportError(f"{out} is a folder; give {what} a file path such as {out / 'report.html'}")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise ReportError(f"folder {parent} does not exist; create it first or choose another {what}")
    return out


def write_chart(result: CompareResult, path: str | Path) -> Path:
    """Write the chart of `result` to `path` (.svg or .png, by suffix)."""
    out = Path(path)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in CHART_FORMATS:
        raise ReportError(f"--plot file must end in .png or .svg, not {out.name!r}")
    _check_out(out, "--plot")
    data = render_chart(result, fmt)
    with open_output(out, binary=True) as fh:
        fh.write(data)
    return out


def _inline_svg(data: bytes) -> str:
    """matplotlib's SVG without the XML prologue and DOCTYPE, ready to sit inside HTML."""
    text = data.decode("utf-8")
    i = text.find("<svg")
    return text[i:] if i >= 0 else ""


# ---------------------------------------------------------------------------------------------
# page
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportInfo:
    path: Path
    claims: int
    documents: int
    metrics: tuple[str, ...]


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("kursk_claims", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _claim_view(c: ClaimDict) -> dict[str, Any]:
    before, mark, after = split_highlight(c)
    cid = str(c.get("id") or f"{c.get('doc_id')}:{c.get('start')}")
    return {
        "id": cid,
        "anchor": claim_anchor(cid),
        "metric": c.get("metric"),
        "predicate": c.get("predicate"),
        "actor": c.get("actor"),
        "display": format_value(c),
        "claimant": c.get("claimant"),
        "side": c.get("claimant_side"),
        "location": c.get("location"),
        "time": claim_time(c),
        "doc_id": str(c.get("doc_id") or ""),
        "doc_anchor": "doc-" + _ANCHOR_UNSAFE.sub("-", str(c.get("doc_id") or "")),
        "before": before,
        "mark": mark,
        "after": after,
    }


def render_report(
    claims: Sequence[ClaimDict],
    *,
    metrics: Sequence[str] | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    title: str = "kursk-claims report",
) -> str:
    """The whole report as an HTML string."""
    present = {c.get("metric") for c in claims}
    chosen = [m for m in METRICS if m in present] if not metrics else list(dict.fromkeys(metrics))
    sections = []
    for m in chosen:
        result = compare(claims, m, window_days=window_days)
        chart = _inline_svg(render_chart(result, "svg")) if result.groups else ""
        sections.append({"metric": m, "result": result, "chart": chart})

    shown = [c for c in claims if c.get("metric") in chosen]
    views = [_claim_view(c) for c in sorted(shown, key=lambda c: (str(c.get("doc_id")), c.get("start") or 0))]
    anchors = {v["id"]: v["anchor"] for v in views}
    docs: dict[str, dict[str, Any]] = {}
    for c in claims:
        d = str(c.get("doc_id") or "")
        if d in docs:
            docs[d]["claims"] += 1 if c.get("metric") in chosen else 0
            continue
        url = c.get("url")
        docs[d] = {
            "id": d,
            "anchor": "doc-" + _ANCHOR_UNSAFE.sub("-", d),
            "outlet": c.get("outlet"),
            "date": c.get("doc_date"),
            "url": url if isinstance(url, str) else None,
            "href": safe_href(url if isinstance(url, str) else None),
            "claims": 1 if c.get("metric") in chosen else 0,
        }
    return (
        _environment()
        .get_template("report_page.html")
        .render(
            title=title,
            sections=sections,
            claims=views,
            anchors=anchors,
            doc_anchors={d["id"]: d["anchor"] for d in docs.values()},
            documents=sorted(docs.values(), key=lambda d: d["id"]),
            window_days=window_days,
            side_colours={k or "": v for k, v in SIDE_COLOURS.items()},
        )
    )


def write_report(
    claims: Sequence[ClaimDict],
    out: str | Path,
    *,
    metrics: Sequence[str] | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    title: str = "kursk-claims report",
) -> ReportInfo:
    """Render the report and write it to `out` (only that file)."""
    path = _check_out(Path(out), "--out")
    html = render_report(claims, metrics=metrics, window_days=window_days, title=title)
    with open_output(path) as fh:
        fh.write(html)
    present = {c.get("metric") for c in claims}
    chosen = tuple(m for m in METRICS if m in present) if not metrics else tuple(dict.fromkeys(metrics))
    return ReportInfo(
        path=path,
        claims=sum(1 for c in claims if c.get("metric") in chosen),
        documents=len({c.get("doc_id") for c in claims if c.get("metric") in chosen}),
        metrics=chosen,
    )
