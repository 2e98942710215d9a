"""The claim-date rules, each on a hand-built parse."""

from __future__ import annotations

import pytest
from hand import context, parse

from kursk_claims.rules.attribution import Attribution
from kursk_claims.rules.claim_date import _claim_date
from kursk_claims.rules.decision import Decision

SYRSKYI = ((0, 1, "PERSON"),)
SAID_ON = "Syrskyi said on Sunday Ukraine holds 90 sq km."
SAID_ON_ROWS = """
Syrskyi PROPN nsubj 1
said VERB ROOT 1 say VBD
on ADP prep 1
Sunday PROPN pobj 2
Ukraine PROPN nsubj 5
holds VERB ccomp 1 hold VBZ
90 NUM nummod 8
sq ADJ compound 8
km NOUN dobj 5
. PUNCT punct 1
"""
HAD_SAID = "Syrskyi had said Ukraine holds 90 sq km."
HAD_SAID_ROWS = """
Syrskyi PROPN nsubj 2
had AUX aux 2 have VBD
said VERB ROOT 2 say VBN
Ukraine PROPN nsubj 4
holds VERB ccomp 2 hold VBZ
90 NUM nummod 7
sq ADJ compound 7
km NOUN dobj 4
. PUNCT punct 2
"""
NAMED = Decision("claimant.reporting_verb", "test")


def said(doc_text: str, rows: str, doc_date: str | None, verb: int | None) -> tuple[str | None, str]:
    ctx = context(doc_text, {0: parse(doc_text, rows, SYRSKYI)}, doc_date)
    sdoc = ctx.parsed[0]
    att = Attribution("Oleksandr Syrskyi", "ukraine", NAMED, sdoc[verb] if verb is not None else None)
    got, why = _claim_date(ctx, att, ctx.sentences[0], sdoc)
    return got, why.rule


@pytest.mark.parametrize(
    ("text", "rows", "doc_date", "verb", "expected"),
    [
        (SAID_ON, SAID_ON_ROWS, "2024-08-14", 1, ("2024-08-11", "date.statement_time")),
        (SAID_ON, SAID_ON_ROWS, "2024-08-14", None, ("2024-08-14", "date.document_date")),
        (SAID_ON, SAID_ON_ROWS, None, None, (None, "date.no_document_date")),
        (HAD_SAID, HAD_SAID_ROWS, "2024-08-14", 2, (None, "date.past_perfect")),
    ],
    ids=["time-on-the-verb", "no-time-on-the-verb", "no-document-date", "past-perfect"],
)
def test_claim_date_rule(
    text: str, rows: str, doc_date: str | None, verb: int | None, expected: tuple[str | None, str]
) -> None:
    assert said(text, rows, doc_date, verb) == expected


@pytest.mark.parametrize(("name", "expected"), [(None, "2024-08-14"), ("Oleksandr Syrskyi", "2024-08-01")])
def test_article_voice_and_same_claimant(name: str | None, expected: str) -> None:
    text = "Ukraine lost 500 soldiers."
    rows = """
Ukraine PROPN nsubj 1
lost VERB ROOT 1 lose VBD
500 NUM nummod 3
soldiers NOUN dobj 1 soldier
. PUNCT punct 1
"""
    ctx = context(text, {0: parse(text, rows)}, "2024-08-14")
    ctx.dated_statements.append((0, "Oleksandr Syrskyi", "2024-08-01"))
    att = Attribution(name, None, NAMED)
    got, why = _claim_date(ctx, att, ctx.sentences[0], ctx.parsed[0])
    assert (got, why.rule) == (expected, "date.article_voice" if name is None else "date.same_claimant")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acting governor Alexei Smirnov gave a televised update on Wednesday evening.",
            [(0, "Alexei Smirnov", "2024-08-14")],
        ),
        (
            "Valery Gerasimov reported to Putin on Wednesday that the operation was over.",
            [(0, "Valery Gerasimov", "2024-08-14")],
        ),
        ("The update on Wednesday named no one.", []),
    ],
)
def test_dated_statements_read_statement_nouns_and_reports_to(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    from kursk_claims.rules.claim_date import _dated_statements
    from kursk_claims.text.segment import split_sentences

    got = _dated_statements(split_sentences(text), "2024-08-15")
    assert sorted(set(got)) == expected
