"""Rewrite tests/golden/*.jsonl from the current pipeline (run by hand, review the diff).

    .venv/bin/python tests/golden/update.py

Each file holds the parameter-count and release-date claims of one seed article, with offsets,
sorted by offset. tests/pipeline/test_golden.py compares a fresh run against them, so any change
in what the extractors read from the seeds shows up as a reviewed diff in git.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import duckdb

from pipeline.flows import extract_in_process

GOLDEN_DIR = Path(__file__).resolve().parent
SEEDS = GOLDEN_DIR.parents[1] / "seeds"
FIELDS = ("predicate", "subject", "value", "value_low", "value_high", "bound", "scope", "event",
          "date_start", "date_end", "date_granularity", "value_text", "char_start", "char_end",
          "hedged")


def golden_rows(db_path: Path) -> dict[str, list[dict]]:
    """Per seed file name, its parameter and release claims as JSON-ready dicts."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        rows = con.execute(
            f"SELECT a.path, {', '.join('c.' + f for f in FIELDS)} FROM claims c"
            " JOIN articles a USING (article_id)"
            " WHERE c.predicate IN ('parameter_count', 'release_date')"
            " ORDER BY a.path, c.char_start, c.char_end, c.predicate, c.subject"
        ).fetchall()
    finally:
        con.close()
    out: dict[str, list[dict]] = {p.name: [] for p in sorted(SEEDS.iterdir())}
    for path, *values in rows:
        record = dict(zip(FIELDS, values, strict=True))
        for key in ("date_start", "date_end"):
            if record[key] is not None:
                record[key] = record[key].isoformat()
        out[path].append(record)
    return out


def run_seeds(tmp: Path) -> Path:
    db = tmp / "golden.duckdb"
    extract_in_process(seeds_dir=SEEDS, db_path=db)
    return db


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, records in golden_rows(run_seeds(Path(tmp))).items():
            target = GOLDEN_DIR / (Path(name).stem + ".jsonl")
            target.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in records),
                              encoding="utf-8")
            print(f"{target.name}: {len(records)} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
