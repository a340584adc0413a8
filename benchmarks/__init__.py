"""Benchmarks for newsclean: the body/metadata metric and a runner comparing extractors."""
