"""The apps' imports go one way: `groups` and `evaluation` may import `workshop`, never the reverse."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NEVER = {"workshop": {"groups", "evaluation"}, "groups": {"evaluation"}, "evaluation": {"groups"}}


def imported_apps(path: Path) -> set[str]:
    """The top-level packages a module imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
    return found


@pytest.mark.parametrize("app", sorted(NEVER))
def test_an_app_never_imports_the_apps_that_build_on_it(app: str) -> None:
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) & NEVER[app])
        for path in sorted((ROOT / app).rglob("*.py"))
        if imported_apps(path) & NEVER[app]
    }
    assert wrong == {}
