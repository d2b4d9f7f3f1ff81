"""Write one extracted batch: replace the files' old rows, judge duplicates, insert, and mark
the subjects it touched for the end-of-run facts refresh."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from extractors.types import ArticleResult, Quarantined
from warehouse import dedup, facts, load


class BatchLoad(BaseModel):
    """What one load transaction wrote."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    ok: int = 0
    duplicates: int = 0
    quarantined: int = 0
    claims: int = 0
    subjects: tuple[str, ...] = ()


def write_items(con, items: list[ArticleResult | Quarantined]) -> BatchLoad:
    """Write a batch (inside the caller's transaction): replace the paths' old rows, judge
    duplicates, insert everything with one statement per table, mark touched subjects stale.
    The facts view catches up when ``refresh_facts`` runs at the end of the run."""
    results = [item for item in items if isinstance(item, ArticleResult)]
    quarantined = [item for item in items if isinstance(item, Quarantined)]
    touched = load.replace_paths(con, [r.article.path for r in results])
    for item in quarantined:
        touched |= load.write_quarantined(con, item)
    verdicts = dedup.judge_batch(con, results)
    for verdict in verdicts:
        for old_id in verdict.superseded:
            touched |= load.demote_to_duplicate(con, old_id, verdict.stored_id)
    touched |= load.write_articles(
        con, [(r, v.stored_id, v.decision) for r, v in zip(results, verdicts, strict=True)]
    )
    facts.mark_stale(con, touched)
    duplicates = sum(1 for v in verdicts if v.decision.duplicate_of)
    return BatchLoad(
        ok=len(results) - duplicates,
        duplicates=duplicates,
        quarantined=len(quarantined),
        claims=sum(len(r.records.claims) for r in results),
        subjects=tuple(sorted(touched)),
    )

