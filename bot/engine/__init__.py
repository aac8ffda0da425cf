"""The answer engine: catalog, normalisation, phrase index, crisis detection, matcher.

Pure Python with no Slack, no database and no network (import-linter holds it to that): the same
objects serve the command line, every Slack surface and the benchmarks.
"""
