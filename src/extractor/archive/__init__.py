"""Archives past one machine: extraction mapped over a Dask cluster into Parquet
shards (inputs.py plans the partitions, shards.py writes one, engine.py runs them),
and the shards merged into the store (merge.py), the DuckDB file written by one
process only.

    extractor extract archive.jsonl --engine dask --shards shards/ [--scheduler ADDRESS]
    extractor merge shards/ --db archive.duckdb
"""
