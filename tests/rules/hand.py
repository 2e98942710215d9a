"""Hand-built parses for rule tests: no statistical model, the tree is what the test says it is."""

from __future__ import annotations

import hashlib
from functools import cache

import spacy
from spacy.tokens import Doc, Span

from kursk_claims.models import Document
from kursk_claims.rules.context import DocContext
from kursk_claims.text.segment import Sentence, find_quotes, split_sentences

# A shared sentence and its parse: "Syrskyi said Ukrainian forces control 1,000 square kilometres."
SAID = "Syrskyi said Ukrainian forces control 1,000 square kilometres."
SAID_ROWS = """
Syrskyi PROPN nsubj 1
said VERB ROOT 1 say VBD
Ukrainian ADJ amod 3
forces NOUN nsubj 4 force
control VERB ccomp 1 - VBP
1,000 NUM nummod 7
square ADJ amod 7
kilometres NOUN dobj 4 kilometre
. PUNCT punct 1
"""


@cache
def _vocab() -> spacy.vocab.Vocab:
    return spacy.blank("en").vocab


def parse(text: str, rows: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A Doc of `text` from one row per token: `word POS dep head [lemma] [tag]` (head: token index).

    The words must spell `text` in order (spaces between them as in the text); `ents` are
    (first token, end token, label) spans.
    """
    words, pos, deps, heads, lemmas, tags = [], [], [], [], [], []
    for row in rows.strip().splitlines():
        f = row.split()
        words.append(f[0])
        pos.append(f[1])
        deps.append(f[2])
        heads.append(int(f[3]))
        lemmas.append(f[4] if len(f) > 4 and f[4] != "-" else f[0].lower())
        tags.append(f[5] if len(f) > 5 else "")
    spaces, at = [], 0
    for w in words:
        at = text.index(w, at) + len(w)
        spaces.append(text[at : at + 1] == " ")
    doc = Doc(_vocab(), words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas, tags=tags)
    assert doc.text == text, (doc.text, text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def context(text: str, parses: dict[int, Doc], doc_date: str | None = None) -> DocContext:
    """A DocContext over `text` whose sentence i is parsed as parses[i]."""
    sentences = split_sentences(text)
    for i, d in parses.items():
        assert d.text == sentences[i].text, (d.text, sentences[i].text)
    document = Document("t", text, hashlib.sha256(text.encode()).hexdigest())
    return DocContext(document, sentences, dict(parses), find_quotes(text), doc_date, [])


def sentence(ctx: DocContext, i: int) -> Sentence:
    return ctx.sentences[i]


def quantity(text: str, phrase: str):  # type: ignore[no-untyped-def]
    """The quantity the quantity layer finds at `phrase` in `text`."""
    from kursk_claims.text.quantities import parse_quantities

    at = text.index(phrase)
    return next(q for q in parse_quantities(text) if q.start <= at < q.end)


def figure(text: str, rows: str, phrase: str, ents: tuple[tuple[int, int, str], ...] = ()):  # type: ignore[no-untyped-def]
    """(ctx, sentence, parse, quantity, number token, metric hit) for the figure at `phrase`."""
    from kursk_claims.rules.metric import classify_metric
    from kursk_claims.rules.tree import _num_token

    ctx = context(text, {0: parse(text, rows, ents)})
    s, sdoc, q = ctx.sentences[0], ctx.parsed[0], quantity(text, phrase)
    num = _num_token(sdoc, s, q)
    hit = classify_metric(q, sdoc, s, [])
    assert num is not None and hit is not None
    return ctx, s, sdoc, q, num, hit
