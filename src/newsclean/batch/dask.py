"""Clean corpora on a Dask cluster: one :class:`Cleaner` per partition, the CLI's record contract.

>>> import dask.bag as db                                        # doctest: +SKIP
>>> from newsclean.batch.dask import clean_bag                         # doctest: +SKIP
>>> bag = db.read_text("pages-*.jsonl").map(json.loads)           # doctest: +SKIP
>>> clean_bag(bag).map(json.dumps).to_textfiles("out-*.jsonl")   # doctest: +SKIP

Dask itself is imported only when a function here is called: ``pip install 'newsclean[dask]'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from newsclean.batch.run import RecordOptions, clean_record
from newsclean.config import CleanConfig
from newsclean.errors import MissingExtraError
from newsclean.pipeline import Cleaner, Format

#: pandas' nullable string type: the cleaned text, the JSON ``newsclean`` field, error messages.
_STRING = "string"


def clean_bag(
    bag: Any,
    *,
    config: CleanConfig | None = None,
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
    mode: Format = "auto",
    lines: bool = False,
    language: str | None = None,
) -> Any:
    """A bag of output records (dicts) for a bag of input records, same as ``newsclean batch``."""
    _require_dask()
    options = RecordOptions(text_field, id_field, url_field, mode, lines, language)
    return bag.map_partitions(_clean_partition, config or CleanConfig(), options)


def clean_dataframe(
    ddf: Any,
    *,
    config: CleanConfig | None = None,
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
    mode: Format = "auto",
    lines: bool = False,
    language: str | None = None,
) -> Any:
    """The frame with ``text_field`` cleaned and two string columns added: ``newsclean`` and ``error``.

    ``newsclean`` holds the record's ``newsclean`` field as JSON text (what ``newsclean batch``
    writes for it; ``json.loads`` gives the dict), ``error`` the message of a failed record.
    Every column has a real type, so the frame goes to Parquet as it is. ``object`` columns of
    dicts could not: Dask infers the Parquet schema from a made-up row, and its made-up value for
    ``object`` is a bare ``object()`` under pandas 3 (``ArrowInvalid: Could not convert <object
    object ...>``); a struct type writes, but pandas 3 and Dask cannot read its dtype back.
    """
    _require_dask()
    import pandas as pd

    options = RecordOptions(text_field, id_field, url_field, mode, lines, language)
    meta = ddf._meta.assign(newsclean=pd.Series(dtype=_STRING), error=pd.Series(dtype=_STRING))
    if text_field in meta:
        meta[text_field] = meta[text_field].astype(_STRING)
    return ddf.map_partitions(_clean_frame, config or CleanConfig(), options, meta=meta)


def _clean_partition(records: Iterable[Any], config: CleanConfig, options: RecordOptions) -> list[Any]:
    cleaner = Cleaner(config)
    return [clean_record(cleaner, r, options) for r in records]


def _clean_frame(frame: Any, config: CleanConfig, options: RecordOptions) -> Any:
    import pandas as pd

    cleaner = Cleaner(config)
    rows = frame.to_dict("records")
    out = [clean_record(cleaner, _drop_missing(row), options) for row in rows]
    cleaned = frame.copy()
    if options.text_field in frame:
        texts = [r.get(options.text_field) for r in out]
        cleaned[options.text_field] = pd.Series(texts, index=frame.index, dtype=_STRING)
    fields = [_json(r.get("newsclean")) for r in out]
    cleaned["newsclean"] = pd.Series(fields, index=frame.index, dtype=_STRING)
    cleaned["error"] = pd.Series([r.get("error") for r in out], index=frame.index, dtype=_STRING)
    return cleaned


def _json(field: dict[str, Any] | None) -> str | None:
    return None if field is None else json.dumps(field, ensure_ascii=False)


def _drop_missing(row: dict[str, Any]) -> dict[str, Any]:
    """Pandas fills missing cells with NaN/None; a record simply lacks them."""
    import pandas as pd

    return {k: v for k, v in row.items() if not (pd.api.types.is_scalar(v) and pd.isna(v))}


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError("dask", "dask", "newsclean.batch.dask") from exc
