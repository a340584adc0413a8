"""The article heads the head and date tests build pages from: names, headline words, bodies
and date formats per language (tests/data/head_pages.toml), and one headline per language
(tests/data/headlines.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

_DATA = Path(__file__).parent / "data"

HEAD_PAGES: dict[str, dict[str, Any]] = tomllib.loads((_DATA / "head_pages.toml").read_text("utf-8"))
HEADLINES: dict[str, str] = tomllib.loads((_DATA / "headlines.toml").read_text("utf-8"))
