"""The spaCy pipeline for the rule tests that read real parses (skipped when it is not installed)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from kursk_claims.extract.model import ModelNotFoundError, load_nlp

    try:
        return load_nlp()
    except (ModelNotFoundError, ImportError, OSError) as exc:
        pytest.skip(f"no spaCy English pipeline: {exc}")
