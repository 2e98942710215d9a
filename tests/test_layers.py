"""Imports point one way (ARCHITECTURE.md): a room imports only rooms on a lower level, never up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kursk_claims"

# ARCHITECTURE.md's diagram, bottom up
LEVELS = {
    "models": 0,
    "text": 0,
    "domain": 0,
    "rules": 1,
    "store": 1,
    "sources": 1,
    "extract": 2,
    "analysis": 2,
    "pipeline": 3,
    "present": 3,
    "cli": 4,
    "_entry": 5,
    "__init__": 5,
}
_IMPORT = re.compile(r"^\s*(?:from|import)\s+kursk_claims\.(\w+)", re.M)


def _room(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_imports_point_down(path: Path) -> None:
    room = _room(path)
    assert room in LEVELS, f"{room} is not placed in ARCHITECTURE.md's levels"
    for target in set(_IMPORT.findall(path.read_text(encoding="utf-8"))):
        if target == room:
            continue
        assert target in LEVELS, target
        assert LEVELS[target] < LEVELS[room], f"{path.relative_to(PACKAGE)} ({room}) imports {target}"


def test_no_module_is_much_over_600_lines() -> None:
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES}
    assert max(sizes.values()) <= 650, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def test_every_lazy_export_of_the_package_resolves() -> None:
    import kursk_claims

    for name in kursk_claims.__all__:
        assert getattr(kursk_claims, name) is not None, name
