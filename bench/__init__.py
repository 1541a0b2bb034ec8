"""Benchmarks for ``python -m bot bench`` and the synthetic corpus they build; not imported by the product."""
