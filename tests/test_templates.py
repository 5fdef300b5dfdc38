"""What every template must be, whatever page it makes."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(
    path for folder in ("templates", "workshop", "groups", "evaluation")
    for path in (ROOT / folder).rglob("*.html") if ".venv" not in path.parts
)


@pytest.mark.parametrize("path", TEMPLATES, ids=[str(path.relative_to(ROOT)) for path in TEMPLATES])
def test_a_comment_tag_opened_on_a_line_is_closed_on_it(path: Path) -> None:
    # Django's {# … #} is one line only: one over three lines printed itself at the top of every page.
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        opened = line.find("{#")
        assert opened == -1 or "#}" in line[opened:], f"{path.name}:{number}: {{# without #}} (use {{% comment %}})"
