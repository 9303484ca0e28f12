"""Readers, one per input format: each turns the bytes of one input into articles.

Every reader has the signature `read(data, where, options) -> Iterator[Article | Skipped]`;
a record that cannot become an article is yielded as `Skipped` with its reason, never dropped.
"""
