"""extractor: figures, outcomes and dates from police-conduct articles, kept in DuckDB."""

__version__ = "0.1.0"
