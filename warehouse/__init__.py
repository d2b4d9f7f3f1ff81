"""newsfacts warehouse: the DuckDB schema, loads and cross-article facts."""
