"""Fast paths that must give exactly what the slow path gives."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from kursk_claims.text import quantities


def _unit_pairs() -> list[tuple[str, str]]:
    raw = resources.files("kursk_claims").joinpath("data/units.json").read_text(encoding="utf-8")
    units = json.loads(raw)["units"]
    return sorted({(u["pint"], u["canonical"]) for u in units if u["canonical"] != "percent"})


@pytest.mark.parametrize("pair", sorted(quantities._KNOWN_FACTORS), ids=lambda p: f"{p[0]}->{p[1]}")
def test_known_factors_equal_pint(pair: tuple[str, str]) -> None:
    # bit for bit: the table replaces pint's registry on the extraction path
    assert quantities._KNOWN_FACTORS[pair] == quantities.pint_factor(*pair)


@pytest.mark.parametrize("pair", _unit_pairs(), ids=lambda p: f"{p[0]}->{p[1]}")
def test_every_unit_converts_as_pint_does(pair: tuple[str, str]) -> None:
    assert quantities.conversion_factor(*pair) == quantities.pint_factor(*pair)
