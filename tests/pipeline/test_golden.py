"""Whole-article golden files: what the pipeline reads from each seed, with offsets.

A failure means the extractors now read a seed differently. If the new reading is right,
regenerate with `.venv/bin/python tests/golden/update.py` and review the diff.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "golden"
_spec = importlib.util.spec_from_file_location("golden_update", GOLDEN_DIR / "update.py")
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return golden.golden_rows(golden.run_seeds(tmp_path_factory.mktemp("golden")))


@pytest.mark.slow
@pytest.mark.parametrize("seed", sorted(p.name for p in golden.SEEDS.iterdir()))
def test_seed_matches_its_golden_file(seed: str, current: dict[str, list[dict]]) -> None:
    expected_file = GOLDEN_DIR / (Path(seed).stem + ".jsonl")
    expected = [json.loads(line) for line in expected_file.read_text(encoding="utf-8").splitlines()]
    assert current[seed] == expected
