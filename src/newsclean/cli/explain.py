"""Render a Document's line account, or a rule's documentation, for people and for machines."""

from __future__ import annotations

import inspect
from typing import Any

from newsclean.engine.ruler import Rule, Ruler, compiled_source
from newsclean.labels import Label
from newsclean.model import Document

_COLOURS = {
    Label.BODY: "",
    Label.TITLE: "\x1b[1m",
    Label.BLANK: "\x1b[2m",
}
_REMOVED_COLOUR = "\x1b[31m"
_RESET = "\x1b[0m"


def explain_lines(doc: Document, *, colour: bool = False, width: int = 100) -> str:
    """One row per line: number, KEEP/drop, label, rule, text (cut to ``width``)."""
    rows = []
    for line in doc.lines:
        if line.label is Label.BLANK:
            rows.append(f"{line.n:>5}")
            continue
        mark = "keep" if line.kept else "drop"
        text = line.text.strip()
        if len(text) > width:
            text = text[: width - 1] + "…"
        row = f"{line.n:>5}  {mark}  {line.label.value:<10} {line.rule:<24} {text}"
        if colour:
            row = _COLOURS.get(line.label, _REMOVED_COLOUR) + row + _RESET
        rows.append(row)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(doc.removed_counts().items()))
    rows.append(f"\nremoved: {counts or 'nothing'}; language {doc.language}; title {doc.title!r}")
    rows.extend(f"warning: {w}" for w in doc.warnings)
    return "\n".join(rows)


def rule_info(r: Rule, ruler: Ruler) -> dict[str, Any]:
    """What ``newsclean rules NAME`` shows: name, label, presets, phrase lists, source, doc."""
    try:
        source = f"{inspect.getsourcefile(r.fn)}:{inspect.getsourcelines(r.fn)[1]}"
    except (OSError, TypeError):  # a compiled function: no code object, its source found by name
        compiled = compiled_source(r.fn)
        source = f"{compiled[0]}:{compiled[1]}" if compiled else "?"
    return {
        "name": r.name,
        "label": r.label.value,
        "family": r.family,
        "enabled": r.name in {a.name for a in ruler.active()},
        "presets": sorted(r.presets),
        "phrases": list(r.phrases),
        "source": source,
        "doc": r.doc,
    }


def rule_text(info: dict[str, Any]) -> str:
    """A rule's documentation as plain text."""
    head = f"# {info['name']} (label: {info['label']})"
    lines = [
        head,
        f"presets: {', '.join(info['presets'])}; enabled here: {'yes' if info['enabled'] else 'no'}",
    ]
    if info["phrases"]:
        lines.append(f"phrase lists: {', '.join(info['phrases'])}")
    lines.extend([f"source: {info['source']}", "", info["doc"]])
    return "\n".join(lines)
