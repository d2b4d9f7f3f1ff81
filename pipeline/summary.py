"""Small records that flow between tasks, and the run summary (log line + artifact)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from warehouse.batches import BatchLoad


class RunPlan(BaseModel):
    """Which files this run must process; the rest are unchanged since they were loaded."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    todo: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...] = ()  # stored paths whose files left the folder (rows deleted)
    renamed: tuple[tuple[str, str], ...] = ()  # (old, new): same bytes under a new name


class RunSummary(BaseModel):
    """The whole run, as the log line and the Prefect artifact report it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    new: int
    unchanged: int
    quarantined: int
    duplicates: int
    claims: int
    subjects: tuple[str, ...]
    facts_refreshed: int = 0
    removed: int = 0
    renamed: int = 0

    @classmethod
    def combine(cls, plan: RunPlan, loads: list[BatchLoad], facts_refreshed: int = 0
                ) -> RunSummary:
        return cls(
            new=sum(b.ok + b.duplicates for b in loads),
            unchanged=len(plan.unchanged),
            quarantined=sum(b.quarantined for b in loads),
            duplicates=sum(b.duplicates for b in loads),
            claims=sum(b.claims for b in loads),
            subjects=tuple(sorted({s for b in loads for s in b.subjects})),
            facts_refreshed=facts_refreshed,
            removed=len(plan.removed),
            renamed=len(plan.renamed),
        )

    def line(self) -> str:
        """The run's one-line outcome, e.g. '3 new, 5 unchanged, 1 quarantined (0 duplicates,
        9 claims), 1 removed, 0 renamed'."""
        return (
            f"{self.new} new, {self.unchanged} unchanged, {self.quarantined} quarantined"
            f" ({self.duplicates} duplicates, {self.claims} claims),"
            f" {self.removed} removed, {self.renamed} renamed"
        )
