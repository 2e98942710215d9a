"""The pipeline's two rule components, giving the same annotations with less work per token.

Profiled on the bench corpus, spaCy's token Matcher was ~17 % of the model's time on the parsed
sentences: the attribute_ruler (179 patterns, every one tried at every token) and the
entity_ruler (the registry's ~300 alias patterns, likewise). Both are kept; only how their
matches are found changes:

- **attribute_ruler** (`fast_attribute_match`): a pattern of one token whose tests are plain
  TAG, LOWER, DEP or IS_SPACE values (or IN / NOT_IN lists of them) depends on nothing but
  those four attributes of the token, so its outcome is computed once per distinct
  (tag, lower, dep, is_space) and looked up after that. The other patterns (multi-token ones,
  REGEX) stay with a Matcher of their own. The match list, sorted as `AttributeRuler.match`
  sorts it, is the same list; `set_annotations` is spaCy's own.
- **lemmatizer** (`cached_lemmas`): a rule lemma is a function of the word, its POS and its
  morphology; spaCy caches only the lemmas its rules derive, so the base forms (most words) are
  worked out again at every token. All are cached under spaCy's own key.
- **entity_ruler** (`ruler_patterns`): an alias matched word by word on LOWER becomes a phrase
  pattern (PhraseMatcher on LOWER, one trie walk per token) when the pipeline's tokenizer splits
  it into the same words; an exact-case acronym stays a token pattern.
"""

from __future__ import annotations

from typing import Any

_SINGLE_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_CACHE_LIMIT = 200_000  # distinct (tag, lower, dep, is_space) keys kept before the table restarts


def _plain_test(value: Any) -> bool:
    """A value the lookup can decide: a string or bool, or {"IN"/"NOT_IN": [strings]}."""
    if isinstance(value, (str, bool)):
        return True
    if isinstance(value, dict) and len(value) == 1:
        ((op, items),) = value.items()
        return op in ("IN", "NOT_IN") and isinstance(items, list) and all(isinstance(v, str) for v in items)
    return False


def _is_single(alternatives: list[list[dict[str, Any]]]) -> bool:
    return all(
        len(pattern) == 1 and all(k in _SINGLE_ATTRS and _plain_test(v) for k, v in pattern[0].items())
        for pattern in alternatives
    )


def _holds(test: dict[str, Any], token: Any) -> bool:
    for attr, want in test.items():
        have = (
            token.tag_
            if attr == "TAG"
            else token.lower_
            if attr == "LOWER"
            else token.dep_
            if attr == "DEP"
            else bool(token.is_space)
        )
        if isinstance(want, dict):
            ((op, items),) = want.items()
            if (have in items) != (op == "IN"):
                return False
        elif have != want:
            return False
    return True


class FastAttributeMatch:
    """`AttributeRuler.match(doc)` of one ruler: the same list of (attr_id, match_id, start, end)."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        self._strings = strings
        # key -> (attr_id, match_id, alternatives) for the one-token patterns
        self._singles: list[tuple[int, int, list[dict[str, Any]]]] = []
        self._rest = Matcher(ruler.vocab)
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            if key not in ruler.matcher:
                continue
            _on_match, alternatives = ruler.matcher.get(key)
            if _is_single(alternatives):
                self._singles.append((attr_id, strings[key], [p[0] for p in alternatives]))
            else:
                self._rest.add(key, alternatives)
        self._table: dict[tuple[int, int, int, bool], tuple[tuple[int, int], ...]] = {}
        # each test filed under the plain TAG (else LOWER) value it needs, so a new token is
        # checked against the few tests that can hold for it
        self._by_tag: dict[str, list[tuple[int, int, dict[str, Any]]]] = {}
        self._by_lower: dict[str, list[tuple[int, int, dict[str, Any]]]] = {}
        self._always: list[tuple[int, int, dict[str, Any]]] = []
        for attr_id, match_id, tests in self._singles:
            for t in tests:
                entry = (attr_id, match_id, t)
                if isinstance(t.get("TAG"), str):
                    self._by_tag.setdefault(t["TAG"], []).append(entry)
                elif isinstance(t.get("LOWER"), str):
                    self._by_lower.setdefault(t["LOWER"], []).append(entry)
                else:
                    self._always.append(entry)

    def _hits(self, token: Any) -> tuple[tuple[int, int], ...]:
        """(attr_id, match_id) of every one-token key with a test that holds, once each, in key order."""
        candidates = self._by_tag.get(token.tag_, []) + self._by_lower.get(token.lower_, []) + self._always
        keys = {(attr_id, match_id) for attr_id, match_id, t in candidates if _holds(t, token)}
        return tuple(sorted(keys))

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        table = self._table
        if len(table) > _CACHE_LIMIT:
            table.clear()
        matches: list[tuple[int, int, int, int]] = []
        for tok in doc:
            key = (tok.tag, tok.lower, tok.dep, tok.is_space)
            hits = table.get(key)
            if hits is None:
                hits = table[key] = self._hits(tok)
            i = tok.i
            for attr_id, match_id in hits:
                matches.append((attr_id, match_id, i, i + 1))
        if len(self._rest):
            for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                matches.append((int(self._strings[match_id]), match_id, start, end))
        matches.sort()
        return matches


def fast_attribute_match(nlp: Any) -> None:
    """Give the pipeline's attribute_ruler the lookup matcher (no-op without one)."""
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler and "match" not in vars(ruler):
        ruler.match = FastAttributeMatch(ruler)  # type: ignore[method-assign]


def ruler_patterns(nlp: Any, patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The registry's token patterns, each LOWER-only one as a phrase pattern (its words joined as
    the alias) where the pipeline's tokenizer gives exactly those words; the rest unchanged."""
    out: list[dict[str, Any]] = []
    for p in patterns:
        pattern = p["pattern"]
        if isinstance(pattern, list) and all(list(t) == ["LOWER"] for t in pattern):
            words = [t["LOWER"] for t in pattern]
            text = p.get("text")
            if text is not None and [t.lower_ for t in nlp.make_doc(text)] == words:
                out.append({"label": p["label"], "pattern": text, "id": p["id"]})
                continue
        out.append({k: v for k, v in p.items() if k != "text"})
    return out


class _CachedLemmas:
    """`Lemmatizer.rule_lemmatize` remembered per (orth, pos, morph), the key spaCy caches it under."""

    def __init__(self, lemmatize: Any) -> None:
        self._lemmatize = lemmatize
        self._cache: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        got = self._cache.get(key)
        if got is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            got = self._cache[key] = self._lemmatize(token)
        return got


def cached_lemmas(nlp: Any) -> None:
    """Give a rule-mode lemmatizer the cache of all its lemmas (no-op otherwise)."""
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule" and "lemmatize" in vars(lemmatizer):
        if not isinstance(lemmatizer.lemmatize, _CachedLemmas):
            lemmatizer.lemmatize = _CachedLemmas(lemmatizer.lemmatize)
