"""The layer rule, checked on the source: ``pipeline -> extractors, warehouse``; ``warehouse``
imports only the extractors' kernel; ``extractors`` imports neither; no import cycles.

Every import statement counts, also those inside functions (a lazy import is still an edge).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("extractors", "warehouse", "pipeline")
# What warehouse/ may use of extractors/: the records and errors every layer shares.
KERNEL = frozenset({"extractors.types", "extractors.errors", "extractors.vocab"})


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    return {module_name(path): path for package in PACKAGES
            for path in sorted((ROOT / package).rglob("*.py"))}


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """The project modules a file imports (``from a.b import c`` names ``a.b.c`` when that is a
    module, else ``a.b``)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in known else base)
    return {name for name in found if name.split(".")[0] in PACKAGES}


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    known = set(modules)
    return {name: imported_modules(path, known) - {name} for name, path in modules.items()}


def allowed(importer: str, imported: str) -> bool:
    layer, target = importer.split(".")[0], imported.split(".")[0]
    if layer == "pipeline" or layer == target:
        return True
    if layer == "warehouse":
        return imported in KERNEL
    return False  # extractors import neither warehouse nor pipeline


def test_every_import_follows_the_layer_rule():
    bad = sorted(f"{importer} -> {imported}" for importer, targets in import_graph().items()
                 for imported in targets if not allowed(importer, imported))
    assert not bad, "imports against the layer rule:\n" + "\n".join(bad)


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that ends where it starts, or None (depth-first search)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def without_package_inits(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """Edges into a package's ``__init__`` from its own submodules are re-export plumbing,
    not dependencies (``extractors/params/__init__`` re-exports ``params.component``)."""
    return {node: {t for t in targets if not node.startswith(t + ".")}
            for node, targets in graph.items()}


def test_there_is_no_import_cycle():
    cycle = find_cycle(without_package_inits(import_graph()))
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


@pytest.mark.parametrize(
    ("graph", "has_cycle"),
    [
        pytest.param({"a": {"b"}, "b": {"c"}, "c": set()}, False, id="chain"),
        pytest.param({"a": {"b"}, "b": {"a"}}, True, id="two_modules"),
        pytest.param({"a": {"b"}, "b": {"c"}, "c": {"a"}}, True, id="three_modules"),
        pytest.param({"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set()}, False, id="diamond"),
    ],
)
def test_cycle_finder(graph, has_cycle):
    assert (find_cycle(graph) is not None) is has_cycle


@pytest.mark.parametrize(
    ("importer", "imported", "ok"),
    [
        pytest.param("pipeline.tasks", "warehouse.load", True, id="pipeline_uses_warehouse"),
        pytest.param("pipeline.tasks", "extractors.processing", True,
                     id="pipeline_uses_extractors"),
        pytest.param("warehouse.load", "extractors.types", True, id="warehouse_uses_kernel"),
        pytest.param("warehouse.load", "extractors.ingest", False, id="warehouse_beyond_kernel"),
        pytest.param("warehouse.db", "pipeline.settings", False, id="warehouse_uses_pipeline"),
        pytest.param("extractors.records", "warehouse.ids", False, id="extractors_use_warehouse"),
        pytest.param("extractors.params.component", "pipeline.cli", False,
                     id="extractors_use_pipeline"),
    ],
)
def test_layer_rule_cases(importer, imported, ok):
    assert allowed(importer, imported) is ok
