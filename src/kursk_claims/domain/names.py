"""Transliteration-insensitive name keys, so Syrsky, Syrskyi, Syrskyy and Sirskyi compare equal.

`name_key()` is pure string work (no heavy imports); the store, the registry and the query path
all use it so that one spelling variant never hides a claim.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_TRAILING_Y = re.compile(r"[iy]+$")
# Letters that transliterations swap freely: y/i (Syrskyi/Sirskyi), and the apostrophe of soft signs
# is dropped by _NON_ALNUM. "kh" vs "h" is kept apart on purpose: too many real names differ there.
_FOLD = str.maketrans({"y": "i", "j": "i"})
MIN_FOLD_LEN = 5  # only tokens longer than 4 characters lose their y/i ending
# Cyrillic letters (Russian and Ukrainian) to Latin, so a channel's own name ("Минобороны России")
# keys like a transliteration instead of vanishing with the non-ASCII letters
# (the hard and soft signs, ъ and ь, write nothing: the empty fields between double spaces)
_CYRILLIC = str.maketrans(
    dict(
        zip(
            "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя",
            "a b v g g d e ie e zh z i i i i k l m n o p r s t u f kh ts ch sh shch  y  e iu ia".split(" "),
            strict=True,
        )
    )
)


def name_key(name: str) -> str:
    """Return a comparison key for a person or body name.

    Lowercase ASCII (diacritics stripped), punctuation dropped, tokens joined by one space,
    y/j folded to i, and a trailing run of i/y removed from tokens longer than 4 characters:

    >>> name_key("Oleksandr Syrskyi") == name_key("oleksandr SIRSKY")
    True
    >>> name_key("Zelenskyy"), name_key("Rudskoy") == name_key("Rudskoi")
    ('zelensk', True)
    """
    decomposed = unicodedata.normalize("NFKD", name.lower().translate(_CYRILLIC))
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    tokens = []
    for token in _NON_ALNUM.split(ascii_only):
        if not token:
            continue
        folded = token.translate(_FOLD)
        if len(token) >= MIN_FOLD_LEN:
            stripped = _TRAILING_Y.sub("", folded)
            folded = stripped or folded
        tokens.append(folded)
    return " ".join(tokens)


def registry_path() -> Path:
    """Where the entity registry lives inside the package."""
    return Path(str(resources.files("kursk_claims").joinpath("data/entities.json")))


def read_registry(path: Path | None = None) -> list[dict[str, Any]]:
    """The entity registry as plain JSON objects (name, side, kind, aliases, roles).

    The file is either a JSON list of entries or an object whose "entities" key holds that list.

    Reads the data file directly, so no NLP module is imported. Raises OSError / ValueError
    when the file is missing or is not a JSON list.
    """
    data = json.loads((path or registry_path()).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("entities")
    if not isinstance(data, list):
        raise ValueError(
            f"{path or registry_path()}: expected a JSON list of entities (or {{'entities': [...]}})"
        )
    return [e for e in data if isinstance(e, dict)]
