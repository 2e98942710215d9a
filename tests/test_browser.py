"""Open the HTML report and the `explore` server's claims page in headless Chromium: the chart,
tables and facets render, hostile text stays inert.

Skipped when no `chromium` is installed (`make browser` installs Debian's package).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from explore_support import build_store, serve
from kursk_claims.present.report import write_report
from test_report import hostile_claims

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _chromium() -> str | None:
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM = _chromium()
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def _run(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(profile)},
    )


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "report.html"
    write_report(hostile_claims(), out)
    return out


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (run `make browser`)")
def test_report_in_chromium(report_file: Path, tmp_path: Path) -> None:
    proc = _run(["--dump-dom", report_file.as_uri()], tmp_path / "profile-dom")
    dom = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "<svg" in dom
    for cls in ("timeline", "conflicts", "claims", "documents"):
        assert f'class="{cls}"' in dom, cls
    title = dom.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title == "kursk-claims report"
    assert "pwned" not in title
    assert "<img" not in dom.lower()
    assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", dom, re.IGNORECASE)  # no element has an on* handler
    assert "&lt;img src=x onerror=" in dom  # the hostile markup is there, as text
    assert "<script" not in dom.lower()
    assert 'href="javascript:' not in dom.lower()
    assert "<mark>1,300 square kilometers</mark>" in dom


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (run `make browser`)")
def test_report_screenshot(report_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    proc = _run(
        [f"--screenshot={shot}", "--window-size=1280,2000", report_file.as_uri()],
        tmp_path / "profile-shot",
    )
    assert shot.exists(), proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 20_000  # a blank 1280x2000 page compresses to a few kB


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (run `make browser`)")
def test_explore_claims_page_in_chromium(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    build_store(db)
    with serve(db) as base:
        proc = _run(["--dump-dom", base + "/ledger/claims"], tmp_path / "profile-explore")
    dom = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "<title>ledger: claims" in dom
    for column in ("metric", "claimant", "claimant_side", "actor", "predicate"):
        assert f'id="facet-{column}"' in dom, column
    facet = dom.split('id="facet-metric"', 1)[1].split("</ul>", 1)[0]
    assert "territory_km2" in facet and ">3<" in facet  # the facet's values and counts
    assert 'name="_search"' in dom  # full-text search over the sentences
    assert 'href="javascript:' not in dom.lower()
