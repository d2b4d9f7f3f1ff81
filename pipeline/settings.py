"""Defaults shared by the CLI, the flow and the deployment.

No Prefect import here, so `python -m pipeline facts` starts fast.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_SEEDS = Path("seeds")
DEFAULT_DB = Path("warehouse/facts.duckdb")
DEFAULT_FILES_PER_BATCH = 32
