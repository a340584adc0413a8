"""Corpora in, corpora out: JSONL/Parquet streaming with a worker pool, and the Dask adapter.

The public names are re-exported here (``from newsclean.batch import run_batch``).
"""

from newsclean.batch.run import RecordOptions, clean_record, run_batch

__all__ = ["RecordOptions", "clean_record", "run_batch"]
