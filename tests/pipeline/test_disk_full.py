"""A full disk (issue 20, item 5): a clear message naming the file and the space to free, no
traceback, whole batches kept, and the warehouse usable (and completed by a re-run) once
there is space again."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import duckdb
import pytest

from warehouse import load

TEXTS = [f"Quanta Labs said its model Orion-{i} has {i + 10} billion parameters.\n"
         for i in range(6)]

FULL_ERRORS = [
    pytest.param(lambda: duckdb.IOException(
        'Could not write file "w.duckdb.wal": No space left on device'), id="duckdb-io"),
    pytest.param(lambda: duckdb.TransactionException(
        "Failed to commit: could not write file: No space left on device"), id="commit"),
    pytest.param(lambda: OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), id="oserror"),
]


def _seed(seeds: Path) -> None:
    seeds.mkdir()
    for i, text in enumerate(TEXTS):
        (seeds / f"a{i}.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("make_error", FULL_ERRORS)
def test_disk_full_is_a_clear_message_and_a_rerun_completes(
        tmp_path: Path, use_light_nlp, wh, capsys, monkeypatch: pytest.MonkeyPatch,
        make_error) -> None:
    seeds, db = tmp_path / "seeds", tmp_path / "w.duckdb"
    _seed(seeds)
    original = load.write_articles
    calls = [0]

    def fill_disk_on_second_batch(*args, **kwargs):
        calls[0] += 1
        if calls[0] == 2:
            raise make_error()
        return original(*args, **kwargs)

    monkeypatch.setattr(load, "write_articles", fill_disk_on_second_batch)
    assert wh.run_cli(seeds, db, "--batch", "2") == 2
    err = capsys.readouterr().err
    assert str(db) in err and "is full" in err and "Free at least" in err and "MiB" in err
    assert "Traceback" not in err
    con = duckdb.connect(str(db), read_only=True)
    try:  # the first batch is whole, the failed one left nothing
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    finally:
        con.close()
    monkeypatch.setattr(load, "write_articles", original)
    assert wh.run_cli(seeds, db, "--batch", "2") == 0
    fresh = tmp_path / "fresh.duckdb"
    assert wh.run_cli(seeds, fresh, "--batch", "2") == 0
    assert wh.digest(db) == wh.digest(fresh)


def _mount_tmpfs(target: Path, size: str, remount: bool = False) -> bool:
    options = f"remount,size={size}" if remount else f"size={size}"
    try:
        return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                              capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def test_real_full_disk_then_space_returns(tmp_path: Path, use_light_nlp, wh, capsys) -> None:
    """On a 1 MiB tmpfs (needs mount rights; skipped elsewhere): the run stops with the
    message, the file still opens for reading, and after the disk grows a re-run completes."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount_tmpfs(disk, "1m"):
        pytest.skip("cannot mount a tmpfs here")
    try:
        seeds, db = tmp_path / "seeds", disk / "w.duckdb"
        seeds.mkdir()
        for i in range(40):
            (seeds / f"a{i}.txt").write_text(TEXTS[i % 6] * 200 + f"Copy {i}.\n",
                                             encoding="utf-8")
        code = wh.run_cli(seeds, db, "--batch", "4")
        err = capsys.readouterr().err
        assert code == 2 and "is full" in err and str(db) in err, err
        assert _mount_tmpfs(disk, "256m", remount=True)
        assert wh.run_cli(seeds, db, "--batch", "4") == 0
        fresh = tmp_path / "fresh.duckdb"
        assert wh.run_cli(seeds, fresh, "--batch", "4") == 0
        assert wh.digest(db) == wh.digest(fresh)
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, timeout=60)
