"""Render a Document's line account, or a rule's documentation, for people and for machines."""

from __future__ import annotations

import inspect
from typing import Any

from newsclean.engine.pseudo import PSEUDO_RULES
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
    """One row per line: number, keep/drop, label, rule, text (cut to ``width``); under a
    dropped line, the reason its rule gave."""
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
        if not line.kept and line.reason:
            row += f"\n{'':>13}why: {line.reason}"
        if colour:
            row = _COLOURS.get(line.label, _REMOVED_COLOUR) + row + _RESET
        rows.append(row)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(doc.removed_counts().items()))
    rows.append(f"\nremoved: {counts or 'nothing'}; language {doc.language}; title {doc.title!r}")
    rows.extend(f"warning: {w}" for w in doc.warnings)
    return "\n".join(rows)


def rule_names(ruler: Ruler) -> list[str]:
    """Every name ``newsclean rules`` documents: the chain's, then the pseudo-rules'."""
    return [*ruler.names(), *PSEUDO_RULES]


def find_rule(name: str, ruler: Ruler) -> Rule:
    """The rule called ``name`` in ``ruler``, or the pseudo-rule (``blank``, ``default.keep``,
    ``title.html``); UnknownRuleError lists the valid names otherwise."""
    if name in PSEUDO_RULES:
        return PSEUDO_RULES[name]
    return ruler.get(name)


def rule_info(r: Rule, ruler: Ruler) -> dict[str, Any]:
    """What ``newsclean rules NAME`` shows: name, label, presets, phrase lists, what it needs
    and gives, source, doc."""
    fn = inspect.unwrap(r.fn)  # a rule written for the old (page, decided) signature is wrapped
    try:
        source = f"{inspect.getsourcefile(fn)}:{inspect.getsourcelines(fn)[1]}"
    except (OSError, TypeError):  # a compiled function: no code object, its source found by name
        compiled = compiled_source(fn)
        source = f"{compiled[0]}:{compiled[1]}" if compiled else "?"
    return {
        "name": r.name,
        "label": r.label.value,
        "family": r.family,
        "enabled": r.name in {a.name for a in ruler.active()},
        "presets": sorted(r.presets),
        "phrases": list(r.phrases),
        "after": list(r.after),
        "gives": list(r.fields),
        "pseudo": r.name in PSEUDO_RULES,
        "source": source,
        "doc": r.doc,
    }


def rule_text(info: dict[str, Any]) -> str:
    """A rule's documentation as plain text."""
    head = f"# {info['name']} (label: {info['label']})"
    if info["pseudo"]:
        state = "a pseudo-rule: decided by the pipeline itself, never in a rule chain"
    else:
        state = f"presets: {', '.join(info['presets'])}; enabled here: {'yes' if info['enabled'] else 'no'}"
    lines = [head, state]
    if info["phrases"]:
        lines.append(f"phrase lists: {', '.join(info['phrases'])}")
    if info["after"]:
        lines.append(f"runs after: {', '.join(info['after'])}")
    if info["gives"]:
        lines.append(f"gives the metadata: {', '.join(info['gives'])}")
    lines.extend([f"source: {info['source']}", "", info["doc"]])
    return "\n".join(lines)
