"""Where extracted rows live: one DuckDB file, the only package that imports duckdb.

    with Store(path) as store: store.save_many(results, version); store.load(article_id)

Store is one class made of the package's modules, one job each: connection.py
(opening, queries, transactions), schema.py (tables, migrations), write.py,
read.py, conflicts.py (cross-article conflict lookups while saving),
conflict_pass.py (all conflicts in one query) and reviews.py (the review log);
rows.py gives results as Arrow tables with the store's columns (Parquet shards),
shard_loads.py scans such shards in.
Items are keyed by their stable ids, so saving an article again replaces its
rows; rows it no longer produces stay, not current, for the reviews that may
point at them.
"""

from .conflict_pass import ConflictPass
from .conflicts import STATEMENT_COLUMNS, ConflictQueries
from .connection import Connection, utc_now
from .read import Reads
from .reviews import Reviews
from .schema import COUNT_COLUMNS, LOOKUP_COLUMNS, SCHEMA_VERSION, TABLES
from .shard_loads import ShardLoads
from .write import Writes


class Store(Writes, ShardLoads, Reads, ConflictQueries, ConflictPass, Reviews, Connection):
    """A DuckDB file of extracted articles. ``with Store(path) as store: ...``"""


__all__ = ["Store", "utc_now", "COUNT_COLUMNS", "LOOKUP_COLUMNS", "STATEMENT_COLUMNS", "SCHEMA_VERSION", "TABLES"]
