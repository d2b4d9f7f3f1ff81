"""Files that left the seeds folder: removed ones lose their rows, renamed ones keep them.

A run sees the folder as it is now. A stored path whose file is gone must stop counting in the
same run (its claims must stop supporting facts), and a file that reappears under another name
with the same bytes is the same article moved, not a copy of a vanished row.
"""

from __future__ import annotations

import duckdb

from extractors.types import ArticleStatus
from warehouse import facts, load
from warehouse.db import transaction
from warehouse.ids import hash_id


def remove_paths(con: duckdb.DuckDBPyConnection, paths: list[str]) -> list[str]:
    """Delete the rows of files that are gone and mark their subjects stale (in the caller's
    transaction).

    Returns:
        Paths of stored copies (``duplicate`` rows) of the removed articles: they must be
        judged again, since the article they point at is gone.
    """
    if not paths:
        return []
    dependents = [r[0] for r in con.execute(
        "SELECT d.path FROM article_rows d JOIN article_rows a ON d.duplicate_of = a.article_id"
        " WHERE a.path IN (SELECT unnest(?::VARCHAR[]))"
        " AND d.path NOT IN (SELECT unnest(?::VARCHAR[]))", [paths, paths]).fetchall()]
    facts.mark_stale(con, load.replace_paths(con, paths))
    return sorted(dependents)


def movable(con: duckdb.DuckDBPyConnection, path: str) -> bool:
    """Whether a stored row can simply take a new path: its id does not derive from the path.
    An exact copy's id does (``hash_id("duplicate", path, original)``) and its claims carry
    that id, so such a file is read again instead."""
    row = con.execute("SELECT article_id, duplicate_of FROM article_rows WHERE path = ?",
                      [path]).fetchone()
    if row is None:
        return False
    article_id, duplicate_of = row
    return duplicate_of is None or article_id != hash_id("duplicate", path, duplicate_of)


def rename_path(con: duckdb.DuckDBPyConnection, old: str, new: str) -> None:
    """Give a stored row its file's new name (a quarantined row also its path-derived id)."""
    con.execute(
        "UPDATE article_rows SET path = ?,"
        " article_id = CASE WHEN status = ? THEN ? ELSE article_id END WHERE path = ?",
        [new, ArticleStatus.QUARANTINED.value, load.quarantine_id(new), old])


def retire_gone(con, known: dict[str, str], hashes: dict[str, str], todo: list[str],
                gone: list[str]) -> tuple[dict[str, str], list[str], list[str]]:
    """Apply, in one transaction, what the folder says about files that left it.

    A gone path whose bytes reappear under a new path is a rename: the stored row takes the
    new name (an exact copy, whose id derives from its path, is read again under it). Other
    gone paths are removed with their claims, their subjects marked stale for this run's
    refresh; copies of a removed article are judged again.

    Returns:
        ``(renamed old -> new, removed paths, paths to read again)``.
    """
    gone_by_sha: dict[str, list[str]] = {}
    for path in sorted(gone):
        if known[path]:
            gone_by_sha.setdefault(known[path], []).append(path)
    renamed: dict[str, str] = {}
    for path in todo:
        olds = gone_by_sha.get(hashes[path])
        if path not in known and olds:
            renamed[olds.pop(0)] = path
    removed = sorted(p for p in gone if p not in renamed)
    if not renamed and not removed:
        return {}, [], []
    again: list[str] = []
    with transaction(con):
        moved = {old: new for old, new in renamed.items() if movable(con, old)}
        for old, new in moved.items():
            rename_path(con, old, new)
        reread = [old for old in renamed if old not in moved]
        again = remove_paths(con, removed + reread)
        again += [renamed[old] for old in reread]
    return moved | {old: renamed[old] for old in reread}, removed, again
