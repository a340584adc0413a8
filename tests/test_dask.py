"""newsclean.batch.dask on a real local cluster (two worker processes): same records as `newsclean batch`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean import CleanConfig
from newsclean.batch.run import run_batch

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from newsclean.batch.dask import clean_bag, clean_dataframe  # noqa: E402

CONFIG = CleanConfig(max_bytes=20_000, load_plugins=False)
ARTICLE = (
    "Council keeps the old bridge open\n\n"
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
    "Advertisement\n"
)
SEED = (Path(__file__).parent.parent / "fixtures" / "seeds" / "000_56ea79d265d3360d.txt").read_text(
    encoding="utf-8"
)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def records() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {"id": f"r{i}", "text": f"Story number {i}\n\n{ARTICLE}", "url": "https://example.com/a"}
        for i in range(12)
    ]
    out[3] = {"id": "seed", "text": SEED, "url": "https://akorda.kz/x"}
    out[5] = {"id": "big", "text": "word " * 5_000, "url": None}
    out[8] = {"id": "no-text", "text": None, "url": None}
    return out


def via_cli(tmp_path: Path, rows: list[Any]) -> list[dict[str, Any]]:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run_batch([str(source)], tmp_path / "out.jsonl", config=CONFIG, workers=1)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_bag_matches_the_cli(client: Any, tmp_path: Path) -> None:
    rows: list[Any] = [*records(), ["not", "a", "record"]]
    bag = db.from_sequence(rows, npartitions=4)
    got = clean_bag(bag, config=CONFIG).compute()
    want = via_cli(tmp_path, rows)
    assert len(got) == len(rows)
    for mine, theirs in zip(got, want, strict=True):
        theirs.pop("input", None), theirs.pop("line", None)  # only a file has line numbers
        assert mine == theirs
    assert got[5]["error"].startswith("InputError: input is 25,000 bytes")
    assert got[-1]["error"] == "not a JSON object but list"


def test_dataframe_matches_the_cli(client: Any, tmp_path: Path) -> None:
    frame = pd.DataFrame(records())
    ddf = dd.from_pandas(frame, npartitions=3)
    got = clean_dataframe(ddf, config=CONFIG).compute()
    want = via_cli(tmp_path, records())
    assert list(got["id"]) == [r["id"] for r in want]
    for (_, row), theirs in zip(got.iterrows(), want, strict=True):
        assert cell(row["error"]) == theirs.get("error")
        assert parsed(row["newsclean"]) == theirs.get("newsclean")
        if "error" not in theirs:
            assert row["text"] == theirs["text"]


def cell(value: Any) -> Any:
    """A missing string cell is pd.NA (NaN for older pandas); both mean 'absent'."""
    return None if pd.isna(value) else value


def parsed(value: Any) -> Any:
    """The ``newsclean`` column holds the record's field as JSON text."""
    return None if pd.isna(value) else json.loads(value)


def test_dataframe_goes_to_parquet_and_back(client: Any, tmp_path: Path) -> None:
    # Object columns of dicts made Dask infer a schema from `object()` (ArrowInvalid).
    frame = pd.DataFrame(records())
    out = clean_dataframe(dd.from_pandas(frame, npartitions=3), config=CONFIG)
    out.to_parquet(tmp_path / "clean")
    back = pd.read_parquet(tmp_path / "clean")  # part.0 .. part.2, in order
    want = via_cli(tmp_path, records())
    assert [parsed(v) for v in back["newsclean"]] == [r.get("newsclean") for r in want]
    assert [cell(v) for v in back["error"]] == [r.get("error") for r in want]


def test_missing_text_field_is_an_error_per_row(client: Any) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"id": ["a"], "body": [ARTICLE]}), npartitions=1)
    got = clean_dataframe(ddf, config=CONFIG, text_field="body").compute()
    assert got["error"].isna().all() and parsed(got["newsclean"].iloc[0])["removed"]
    missing = clean_dataframe(ddf, config=CONFIG).compute()
    assert "'text' is missing" in missing["error"].iloc[0]
