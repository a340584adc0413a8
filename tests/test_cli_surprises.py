"""What a new user trips over in the first hour (issue 14), each pinned: every test here failed
before its fix. The commands run in this process (``main(argv)``) for speed; test_cli.py runs
the console script itself."""

from __future__ import annotations

import importlib.metadata
import io
import json
import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import newsclean
from newsclean import Cleaner, UnknownRuleError
from newsclean.cli.main import main
from newsclean.model import METADATA_FIELDS

ARTICLE = (
    "Council keeps the old bridge open\n\n"
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
    "Advertisement\n"
)
SECOND = (
    "Library opens on Sundays\n\n"
    "The town library will open on Sundays from next month, the mayor announced on Friday evening.\n"
    "Volunteers offered to staff the reading rooms so that families can visit at the weekend.\n"
)


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal, as a user's shell is."""

    def isatty(self) -> bool:
        return True


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="utf-8")
    return folder


# --- clean --format json on several inputs -------------------------------------------------------
def test_json_of_several_files_is_one_array(capsys: pytest.CaptureFixture[str], pages: Path) -> None:
    code, out, _ = _cli(capsys, "clean", "--format", "json", str(pages / "a.txt"), str(pages / "b.txt"))
    assert code == 0
    records = json.loads(out)  # one JSON value, not JSON lines ("Extra data" before)
    assert [r["id"] for r in records] == [str(pages / "a.txt"), str(pages / "b.txt")]
    assert records[1]["title"] == "Library opens on Sundays"


def test_json_of_a_folder_is_an_array_even_of_one_file(
    capsys: pytest.CaptureFixture[str], pages: Path
) -> None:
    (pages / "b.txt").unlink()
    code, out, _ = _cli(capsys, "clean", "--format", "json", str(pages))
    assert code == 0
    records = json.loads(out)
    assert isinstance(records, list)
    assert [r["id"] for r in records] == [str(pages / "a.txt")]


def test_json_array_holds_the_failed_inputs_too(capsys: pytest.CaptureFixture[str], pages: Path) -> None:
    missing = str(pages / "missing.txt")
    code, out, err = _cli(capsys, "clean", "--format", "json", str(pages / "a.txt"), missing)
    assert code == 1
    records = json.loads(out)
    assert records[1]["id"] == missing and "cannot read" in records[1]["error"]
    assert "missing.txt" in err


# --- nothing read ------------------------------------------------------------------------------------
@pytest.mark.parametrize("files", [(), ("notes.pdf", "image.png")])
def test_a_folder_with_nothing_to_read_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: tuple[str, ...]
) -> None:
    for name in files:
        (tmp_path / name).write_bytes(b"x")
    code, out, err = _cli(capsys, "clean", str(tmp_path))
    assert code != 0
    assert out == ""
    assert "no file to read" in err and ".txt" in err


def test_batch_of_a_folder_with_nothing_to_read_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"x")
    output = tmp_path / "out.jsonl"
    code, _, err = _cli(capsys, "batch", str(folder), "-o", str(output), "--workers", "1")
    assert code == 1
    assert "no file to read" in err
    assert not output.exists()


# --- --lines / --no-lines: the same default in clean and batch -----------------------------------
def test_lines_default_is_the_same_in_clean_and_batch(
    capsys: pytest.CaptureFixture[str], pages: Path, tmp_path: Path
) -> None:
    # on by default: `clean --format json FILE` is the whole account (the CLI contract)
    _, out, _ = _cli(capsys, "clean", "--format", "json", str(pages / "a.txt"))
    assert len(json.loads(out)["lines"]) == ARTICLE.count("\n") + 1
    _, out, _ = _cli(capsys, "clean", "--format", "json", "--no-lines", str(pages / "a.txt"))
    assert "lines" not in json.loads(out)
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(pages), "-o", str(output), "--workers", "1", "--no-progress"]) == 0
    rows = [json.loads(row)["newsclean"] for row in output.read_text().splitlines()]
    assert [len(row["lines"]) for row in rows] == [page.count("\n") + 1 for page in (ARTICLE, SECOND)]
    assert main(["batch", str(pages), "-o", str(output), "--workers", "1", "--lines", "--no-lines"]) == 0
    assert all("lines" not in json.loads(row)["newsclean"] for row in output.read_text().splitlines())


# --- the same record keys in clean (folder) and batch ---------------------------------------------
def test_clean_and_batch_name_a_folder_page_with_the_same_key(
    capsys: pytest.CaptureFixture[str], pages: Path, tmp_path: Path
) -> None:
    _, out, _ = _cli(capsys, "clean", "--format", "jsonl", str(pages))
    cleaned = [json.loads(row) for row in out.splitlines()]
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(pages), "-o", str(output), "--workers", "1"]) == 0
    batched = [json.loads(row) for row in output.read_text().splitlines()]
    # the same key; the value is the path as given (clean) or below the folder (batch, documented)
    assert [r["id"] for r in cleaned] == [str(pages / "a.txt"), str(pages / "b.txt")]
    assert [r["id"] for r in batched] == ["a.txt", "b.txt"]
    assert [r["text"] for r in cleaned] == [r["text"] for r in batched]
    assert not any("path" in r for r in cleaned)


# --- Document attributes -----------------------------------------------------------------------------
def test_document_has_an_attribute_for_every_metadata_field() -> None:
    doc = newsclean.clean("By Jane Doe\n\n" + ARTICLE, url="https://example.com/a")
    for name in METADATA_FIELDS:
        assert getattr(doc, name) == getattr(doc.metadata, name), name
    assert doc.url == "https://example.com/a"


def test_removed_counts_are_named_so_in_json() -> None:
    doc = newsclean.clean(ARTICLE)
    out = doc.to_dict()
    assert out["removed_counts"] == doc.removed_counts()
    assert out["removed_counts"]["ad"] == 1
    assert "Advertisement" in [line.text for line in doc.removed]


# --- progress bars -----------------------------------------------------------------------------------
def test_tqdm_is_a_dependency_of_the_plain_install() -> None:
    requires = [Requirement(r) for r in importlib.metadata.requires("newsclean") or ()]
    plain = {r.name for r in requires if r.marker is None}
    assert "tqdm" in plain


@pytest.mark.parametrize("command", ["batch", "clean"])
def test_a_bar_on_a_terminal_unless_no_progress(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pages: Path, command: str
) -> None:
    def run(*extra: str) -> str:
        terminal = _Terminal()
        monkeypatch.setattr("sys.stderr", terminal)
        argv = [command, str(pages), *extra]
        if command == "batch":
            argv += ["-o", str(pages.parent / f"out{len(extra)}.jsonl"), "--workers", "1"]
        assert main(argv) == 0
        capsys.readouterr()
        return terminal.getvalue()

    shown = run()
    assert re.search(r"2/2 \[", shown), shown  # tqdm's "n/total [elapsed<eta, rate]"
    assert not re.search(r"\d/\d \[", run("--no-progress"))


# --- did you mean ------------------------------------------------------------------------------------
def test_unknown_rule_suggests_the_close_names() -> None:
    with pytest.raises(UnknownRuleError, match=r"did you mean 'ad\.\*'"):
        Cleaner(disable=["ads.*"])
    with pytest.raises(UnknownRuleError, match=r"did you mean 'navigation\.outside_core'"):
        Cleaner(enable=["navigation.outside_cor"])


@pytest.mark.parametrize(
    ("argv", "suggestion"),
    [
        (["rules", "related.sections"], "related.section"),
        (["clean", "--disable", "meta.bylines", "-"], "meta.byline"),
        (["rules", "--enable", "noise.captions"], "noise.caption"),
    ],
)
def test_cli_suggests_the_close_rule_name(
    capsys: pytest.CaptureFixture[str], argv: list[str], suggestion: str
) -> None:
    code, _, err = _cli(capsys, *argv)
    assert code == 1
    assert f"did you mean {suggestion!r}" in err


# --- newsclean rules ---------------------------------------------------------------------------------
@pytest.mark.parametrize("option", ["--url=https://example.com", "--encoding=latin-1", "--max-bytes=5"])
def test_rules_refuses_options_that_mean_nothing_there(
    capsys: pytest.CaptureFixture[str], option: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["rules", option])
    assert exit_.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


@pytest.mark.parametrize("columns", [60, 100])
def test_rules_list_fits_the_terminal_with_whole_summaries(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    _, out, _ = _cli(capsys, "rules")
    assert max(len(row) for row in out.splitlines()) <= columns
    _, js, _ = _cli(capsys, "rules", "--format", "json")
    for info in json.loads(js):
        # every word of each summary is printed, in order (wrapped, never cut)
        assert " ".join(info["summary"].split()) in " ".join(out.split()), info["name"]


def test_rules_json_has_the_documentation_in_sections(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _cli(capsys, "rules", "--format", "json")
    infos = json.loads(out)
    assert {i["name"] for i in infos} >= set(Cleaner().ruler.names())  # and the pseudo-rules
    section = next(i for i in infos if i["name"] == "related.section")
    assert section["summary"].startswith("the lines under a related/latest/most-read heading")
    assert set(section["sections"]) >= {"removes", "why", "example", "keeps"}
    assert section["sections"]["example"].startswith("``You May Also Like``")
    core = next(i for i in infos if i["name"] == "body.core")
    assert core["sections"]["keeps"].startswith("every undecided line inside the article core")
