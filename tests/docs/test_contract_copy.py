"""docs/contract.md is the project's copy of the shared warehouse contract: same content."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED = PROJECT_ROOT.parent / "shared" / "CONTRACT.md"


@pytest.mark.skipif(not SHARED.is_file(), reason="no ../shared/CONTRACT.md beside this clone")
def test_contract_copy_matches_the_shared_contract() -> None:
    ours = (PROJECT_ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    assert ours == SHARED.read_text(encoding="utf-8"), (
        "docs/contract.md differs from ../shared/CONTRACT.md: copy the shared file over it")


def test_readme_sends_users_nowhere_outside_the_project() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme
