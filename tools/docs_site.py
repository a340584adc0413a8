"""MkDocs hooks (mkdocs.yml ``hooks:``): the pages and figures generated when the site is built.

Nothing here is committed output, so nothing can drift from the code or the data:

- ``reference/rules.md``: the rule reference, read from the rule registry
  (``newsclean.rules.DEFAULT_RULES``, the chain ``newsclean rules`` lists), each rule's docstring
  split into *What it removes* / *Why* / *Example* / *Keeps*. A built-in rule whose docstring
  lacks one of them fails the build.
- Docstring examples (``>>>``) render as Python sessions, not as quotes.
- Sphinx roles in docstrings (``:class:`Cleaner```) are shown as the bare name on every page.
- ``img/benchmark-f1.svg`` and ``img/benchmark-speed.svg``: F1 and documents/s per system, drawn
  with matplotlib from the benchmark runner's ``--json`` output committed as
  ``docs/data/benchmark-run.json``.
"""

from __future__ import annotations

import inspect
import io
import json
import re
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

RULES_PAGE = "reference/rules.md"
BENCHMARK_JSON = "data/benchmark-run.json"
FIGURES = {"img/benchmark-f1.svg": "f1", "img/benchmark-speed.svg": "docs_per_s"}

# The headings every built-in rule's docstring is written under (body.core keeps, not removes).
SECTIONS = ("What it removes", "What it keeps", "Why", "Example", "Keeps")
REQUIRED = ({"What it removes", "What it keeps"}, {"Why"}, {"Example"}, {"Keeps", "What it keeps"})
_ROLE = re.compile(r":(?:class|meth|func|attr|mod|exc|data|obj):(?=<code>)")
_SECTION = re.compile(rf"^({'|'.join(map(re.escape, SECTIONS))}):\s*", re.MULTILINE)


class _Doctests(Preprocessor):
    """Docstring examples (``>>> ...`` and their output, up to a blank line) as ``pycon`` code.

    Markdown reads a line starting with ``>>>`` as a quote three levels deep."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fenced = in_example = False
        for line in lines:
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            starts = not fenced and not in_example and line.lstrip().startswith(">>>")
            if starts:
                in_example = True
                out += ["", "```pycon"]
            elif in_example and not line.strip():
                in_example = False
                out.append("```")
            out.append(line)
        return [*out, "```"] if in_example else out


class _DoctestExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(_Doctests(md), "newsclean_doctests", 40)


@event_priority(100)  # before mkdocstrings reads the extensions for its docstrings
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Docstring examples render as Python sessions (pages and docstrings alike)."""
    config.markdown_extensions.append(_DoctestExtension())  # type: ignore[arg-type]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated page and figures to the site, before links are checked."""
    files.append(File.generated(config, RULES_PAGE, content=rules_page()))
    run = json.loads((Path(config.docs_dir) / BENCHMARK_JSON).read_text(encoding="utf-8"))
    for path, metric in FIGURES.items():
        files.append(File.generated(config, path, content=benchmark_figure(run, metric)))
    return files


def on_page_content(html: str, **kwargs: Any) -> str:
    """Docstrings name objects with Sphinx roles (``:class:`Document```); show the name alone."""
    return _ROLE.sub("", html)


def rule_sections(doc: str) -> dict[str, str]:
    """A rule docstring as {heading: text}; raises ValueError when a required heading is missing."""
    text = inspect.cleandoc(doc)
    parts = _SECTION.split(text)
    found = {parts[i]: " ".join(parts[i + 1].split()) for i in range(1, len(parts), 2)}
    missing = [" or ".join(sorted(need)) for need in REQUIRED if not need & found.keys()]
    if missing or parts[0].strip():
        raise ValueError(f"missing {', '.join(missing) or 'a heading before the first line'}")
    return found


def rules_page() -> str:
    """The rule reference in Markdown: a summary table, then every rule's documentation."""
    from newsclean.engine.pseudo import PSEUDO_RULES
    from newsclean.rules import DEFAULT_RULES

    head = [
        "# Rule reference",
        "",
        "Generated when this site is built, from the rule registry (`newsclean.rules.DEFAULT_RULES`,",
        "in the order the rules run), then the pseudo-rules the pipeline decides itself",
        "(`newsclean.engine.pseudo`). The same documentation is printed by `newsclean rules` and",
        "`newsclean rules NAME`. How rules are switched and extended: [Rules](../rules.md).",
        "The `html` preset is the set HTML mode runs on trafilatura's text ([HTML mode](../html.md)).",
        "",
        "| rule | label | presets | what it removes |",
        "|---|---|---|---|",
    ]
    body: list[str] = []
    for r in (*DEFAULT_RULES, *PSEUDO_RULES.values()):
        try:
            sections = rule_sections(r.doc)
        except ValueError as exc:
            raise ValueError(f"rule {r.name}'s docstring: {exc}") from exc
        html = "on" if "html" in r.presets else "off"  # HTML mode runs the html preset
        presets = ", ".join(sorted(r.presets)) if r.name not in PSEUDO_RULES else "(pseudo-rule)"
        summary = sections.get("What it removes") or "keeps: " + sections["What it keeps"]
        anchor = r.name.replace(".", "")
        head.append(f"| [`{r.name}`](#{anchor}) | {r.label.value} | {presets} | {_cell(summary)} |")
        body += ["", f"## `{r.name}` {{#{anchor}}}", ""]
        if r.name in PSEUDO_RULES:
            body.append(
                f"Label **{r.label.value}**; a pseudo-rule: the pipeline decides it, no preset switches it."
            )
        else:
            body.append(f"Label **{r.label.value}**; presets: {presets}; in HTML mode: {html}.")
        if r.phrases:
            body.append("Phrase lists: " + ", ".join(f"`{p}`" for p in r.phrases) + ".")
        for heading in SECTIONS:
            if heading in sections:
                body += ["", f"**{heading}:** {sections[heading]}"]
    return "\n".join([*head, *body]) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def benchmark_figure(run: dict[str, Any], metric: str) -> bytes:
    """A grouped horizontal bar chart of ``metric`` per system, one bar per bench file, as SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "newsclean-docs"  # stable element ids between builds
    files = run["files"]
    systems = [name for name, s in files[0]["systems"].items() if s["available"]]
    height = 0.8 / len(files)
    fig, ax = plt.subplots(figsize=(7.5, 0.55 * len(systems) + 1.2))
    for k, file in enumerate(files):
        values = [file["systems"][name][metric] for name in systems]
        ys = [i + (k - (len(files) - 1) / 2) * height for i in range(len(systems))]
        label = f"{Path(file['path']).name} ({file['documents']} pages)"
        bars = ax.barh(ys, values, height=height * 0.95, label=label)
        fmt = "{:.3f}" if metric == "f1" else "{:,.0f}"
        ax.bar_label(bars, labels=[fmt.format(v) for v in values], padding=3, fontsize=8)
    ax.set_yticks(range(len(systems)), systems)
    ax.invert_yaxis()
    if metric == "f1":
        ax.set_xlim(0, 1.12)
        ax.set_xlabel("body text F1 (4-token shingles)")
    else:
        ax.set_xscale("log")
        ax.set_xlabel("documents per second (log scale; one pass, same process)")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(files), fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="svg", metadata={"Date": None})
    plt.close(fig)
    return out.getvalue()
