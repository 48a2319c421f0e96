"""Benchmarks and the synthetic large-programme generator (not part of the installed package)."""
