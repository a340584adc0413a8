"""Stage 1, bytes -> text -> lines: decoding, repair, line splitting, per-line features, language, dates."""
