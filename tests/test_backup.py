"""A backup as the README says to take one: pg_dump, then pg_restore into a fresh database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import POSTGRES, ROOT, TEST_SECRET_KEY, admin_sql

SOURCE, TARGET = "bordnotat_backup_source", "bordnotat_backup_target"

COUNT_SCRIPT = """
import django
django.setup()
from workshop.models import Workshop
w = Workshop.objects.get(slug="inkludering-2025")
print(w.title, w.tables.count(), w.rounds.count(), w.notes.count(), w.programme.count(), sep="|")
"""


def manage(database: str, *args: str) -> str:
    env = {
        **os.environ, "DATABASE_URL": f"{POSTGRES}/{database}", "SECRET_KEY": TEST_SECRET_KEY,
        "DJANGO_SETTINGS_MODULE": "workshop.settings",
    }
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=300,
    ).stdout


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs PostgreSQL's client tools")
def test_a_pg_dump_restored_into_a_fresh_database_has_the_workshop_whole(tmp_path: Path) -> None:
    try:
        admin_sql("SELECT 1")
    except Exception as error:
        pytest.skip(f"PostgreSQL is not reachable: {error}")
    for database in (SOURCE, TARGET):
        admin_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    admin_sql(f"CREATE DATABASE {SOURCE}")
    try:
        manage(SOURCE, "manage.py", "migrate", "--noinput", "-v0")
        manage(SOURCE, "manage.py", "load_demo")
        before = manage(SOURCE, "-c", COUNT_SCRIPT)

        dump = tmp_path / "bordnotat.dump"
        subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", f"{POSTGRES}/{SOURCE}"], check=True)
        admin_sql(f"CREATE DATABASE {TARGET}")
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={POSTGRES}/{TARGET}", str(dump)], check=True)

        after = manage(TARGET, "-c", COUNT_SCRIPT)
        assert after == before
        _title, tables, rounds, notes, items = after.strip().split("|")
        assert (int(tables), int(rounds), int(items)) == (8, 5, 15) and int(notes) > 400
    finally:
        for database in (SOURCE, TARGET):
            admin_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
