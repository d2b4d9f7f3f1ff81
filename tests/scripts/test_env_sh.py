"""scripts/env.sh: after `source scripts/env.sh`, `prefect deployment run extract` works (a
shell function maps the bare deployment name to `extract/extract`; all else passes through)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# A stand-in for Prefect's CLI that prints each argument it got on its own line.
STUB = "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\n"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def prefect_args(tmp_path: Path, *argv: str) -> list[str]:
    """The arguments the real `prefect` receives when a user types `prefect *argv`."""
    stub_dir = tmp_path / "bin"
    stub_dir.mkdir(exist_ok=True)
    stub = stub_dir / "prefect"
    stub.write_text(STUB, encoding="utf-8")
    stub.chmod(0o755)
    script = f'source scripts/env.sh && PATH="{stub_dir}:$PATH" && prefect "$@"'
    proc = subprocess.run(["bash", "-c", script, "bash", *argv], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


@pytest.mark.parametrize(("typed", "received"), [
    pytest.param(["deployment", "run", "extract"], ["deployment", "run", "extract/extract"],
                 id="bare_name"),
    pytest.param(["deployment", "run", "extract", "--watch"],
                 ["deployment", "run", "extract/extract", "--watch"], id="bare_name_watch"),
    pytest.param(["deployment", "run", "--watch", "extract"],
                 ["deployment", "run", "--watch", "extract/extract"], id="flag_first"),
    pytest.param(["deployment", "run", "--tag", "extract", "extract"],
                 ["deployment", "run", "--tag", "extract", "extract/extract"],
                 id="option_value_is_not_the_name"),
    pytest.param(["deployment", "run", "-p", "files_per_batch=8", "extract"],
                 ["deployment", "run", "-p", "files_per_batch=8", "extract/extract"],
                 id="param_then_name"),
    pytest.param(["deployment", "run", "--name", "extract"],
                 ["deployment", "run", "--name", "extract/extract"], id="name_option"),
    pytest.param(["deployment", "run", "extract/extract", "--watch"],
                 ["deployment", "run", "extract/extract", "--watch"], id="full_name_unchanged"),
    pytest.param(["deployment", "run", "other"], ["deployment", "run", "other"],
                 id="other_deployment_unchanged"),
    pytest.param(["deployment", "ls"], ["deployment", "ls"], id="other_subcommand"),
    pytest.param(["server", "start", "--port", "4200"], ["server", "start", "--port", "4200"],
                 id="other_command"),
    pytest.param(["flow-run", "ls", "extract"], ["flow-run", "ls", "extract"],
                 id="extract_elsewhere_unchanged"),
])
def test_prefect_wrapper(tmp_path: Path, typed: list[str], received: list[str]) -> None:
    assert prefect_args(tmp_path, *typed) == received


def test_arguments_with_spaces_survive(tmp_path: Path) -> None:
    typed = ["deployment", "run", "extract", "--flow-run-name", "my run"]
    assert prefect_args(tmp_path, *typed) == [
        "deployment", "run", "extract/extract", "--flow-run-name", "my run"]
