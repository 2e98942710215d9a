"""The claim rules: from a quantity in a parsed sentence to a claim record.

One module per decided field (metric, actor, predicate, claimant, claim date, place), the shared
dependency-tree helpers (`tree`), the document context (`context`), and the per-sentence builder
with the document-level passes (`document`). Each decision records its rule id and why.
"""
