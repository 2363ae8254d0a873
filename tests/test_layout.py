"""The layout's rules, read from the source with `ast`: no module reaches for another's private
names, no import cycle, and the layers import only downwards (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import summarizer

PACKAGE = Path(summarizer.__file__).parent

# Each layer may import itself and the layers listed after it, never one before it.
LAYERS = [
    ("cli", ("cli",)),
    ("features", ("batch", "chat", "digests", "eval", "ray", "render")),
    ("core", ("core",)),
    ("checks", ("checks",)),
    ("foundation", ("_config", "_errors", "_paths", "_redact")),
]


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, *, for_types: bool = True) -> list[tuple[str, str]]:
    """(module imported, name imported from it) for every import in module `name`; without
    `for_types`, not those made for type checking only (they load nothing at run time)."""
    found = []
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if not for_types and id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{name}: relative import of {node.module}"
            found += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names]
    return [(module, item) for module, item in found if module.split(".")[0] == "summarizer"]


def _target(module: str, item: str) -> str:
    """The module an import reaches: `from summarizer.core import models` reaches the module."""
    return f"{module}.{item}" if f"{module}.{item}" in MODULES else module


def _layer(module: str) -> int:
    parts = module.split(".")
    if parts[-1] == "__main__":
        return -1  # an entry point: above everything
    top = parts[1] if len(parts) > 1 else ""
    for rank, (_, tops) in enumerate(LAYERS):
        if top in tops:
            return rank
    return -1  # the package itself: its public API gathers every layer


def test_no_module_imports_another_modules_private_name() -> None:
    private = [
        f"{name} <- {module}.{item}"
        for name in MODULES
        for module, item in _imports(name)
        if item.startswith("_") and not item.startswith("__") and module != name
    ]
    private += [
        f"{name} <- {module}"
        for name in MODULES
        for module, _ in _imports(name)
        if any(p.startswith("_") and not p.startswith("__") for p in module.split(".")[1:-1])
    ]
    assert private == []


def test_no_import_cycle() -> None:
    edges = {
        name: {_target(m, i) for m, i in _imports(name)} - {name, "summarizer"} for name in MODULES
    }

    def reaches_itself(start: str) -> bool:
        seen, todo = set(), list(edges[start])
        while todo:
            name = todo.pop()
            if name == start:
                return True
            if name not in seen:
                seen.add(name)
                todo += edges.get(name, ())
        return False

    assert [name for name in sorted(edges) if reaches_itself(name)] == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_layers_import_only_downwards(name: str) -> None:
    upward = [
        _target(m, i)
        for m, i in _imports(name, for_types=False)
        if 0 <= _layer(name) and _layer(_target(m, i)) < _layer(name)
    ]
    assert upward == [], f"{name} ({LAYERS[_layer(name)][0]}) imports a layer above it"


def test_the_data_contract_imports_nothing_but_checks_and_foundation() -> None:
    reached = {_target(m, i) for m, i in _imports("summarizer.core.models")}
    assert all(_layer(r) >= _layer("summarizer.checks.rules") for r in reached), reached


def test_every_package_says_what_it_holds_and_the_public_api_is_sorted() -> None:
    for name, path in MODULES.items():
        assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), name
    assert summarizer.__all__ == sorted(summarizer.__all__)
