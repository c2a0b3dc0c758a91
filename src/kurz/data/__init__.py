"""Reading and writing records: (article, teaser) pairs, and the JSONL, CSV and Parquet formats of `kurz batch`."""
