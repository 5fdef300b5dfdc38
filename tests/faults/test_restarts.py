"""Faults under a real server: gunicorn is killed and PostgreSQL restarts in the middle of a round.

A scripted host keeps adding notes the way the table page does: each note has its client id,
stays queued until the server has acknowledged it, and is retried with backoff. Afterwards every
acknowledged note must be in the database, none twice, and every queued note must have arrived.
Loopback only, bounded in time; run with `make faults` (CI runs it).
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import pytest

from tests.servers import POSTGRES, ROOT, TEST_SECRET_KEY, Server, admin_sql, free_port

pytestmark = pytest.mark.faults

DATABASE = "bordnotat_faults"
NOTES = 200
PACE_SECONDS = 0.05  # a busy table: twenty notes a second
KILL_SERVER_AT = 2.0
RESTART_DATABASE_AT = 5.0
DEADLINE_SECONDS = 90


def postgres_or_skip() -> None:
    try:
        psycopg.connect(f"{POSTGRES}/postgres", connect_timeout=3).close()
    except psycopg.Error as error:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is needed for the fault test (CI=true): {error}")
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 is not reachable: {error}")


class ScriptedHost:
    """A table host's browser, reduced to its promise: keep each note until the server confirms it."""

    def __init__(self, port: int, token: str) -> None:
        self.port, self.path = port, f"/bord/{token}/"
        self.queue = [str(uuid.uuid4()) for _ in range(NOTES)]
        self.released = 0  # notes typed so far, at the pace of a busy table
        self.acknowledged: list[str] = []
        self.attempts = 0
        self.failures = 0
        self.refused = 0  # no server: killed, or not yet back
        self.server_errors = 0  # a server, but no database behind it
        self.starts: list[float] = []
        self.csrf = ""

    def request(self, method: str, path: str, body: str = "") -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        headers = {"Cookie": f"csrftoken={self.csrf}"} if self.csrf else {}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        connection.close()
        return response

    def send_next(self) -> bool:
        """Send the oldest waiting note once; True when the server acknowledged it."""
        if not self.csrf:
            page = self.request("GET", self.path)
            cookie = page.getheader("Set-Cookie") or ""
            self.csrf = cookie.split("csrftoken=")[1].split(";")[0] if "csrftoken=" in cookie else ""
            if page.status != 200 or not self.csrf:
                return False
        client_id = self.queue[0]
        body = urlencode({
            "csrfmiddlewaretoken": self.csrf, "client_id": client_id, "kind": "note",
            "text": f"Notat {client_id[:8]} skrevet mens serveren hadde det tøft",
        })
        self.attempts += 1
        response = self.request("POST", f"{self.path}notater/", body)
        if response.status == 302:
            self.acknowledged.append(self.queue.pop(0))
            return True
        if response.status >= 500:
            self.server_errors += 1
        return False


def test_no_note_is_lost_or_doubled_when_gunicorn_is_killed_and_postgresql_restarts() -> None:
    postgres_or_skip()
    admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    admin_sql(f"CREATE DATABASE {DATABASE}")
    env = {
        **os.environ, "DATABASE_URL": f"{POSTGRES}/{DATABASE}", "DEBUG": "false", "SECRET_KEY": TEST_SECRET_KEY,
        "STATICFILES_STORAGE": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "ALLOWED_HOSTS": "127.0.0.1", "PYTHONPATH": str(ROOT),
    }
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    made = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c",
         "from tests.factories import build_workshop; print(build_workshop(tables=1).tables.get().access_token)"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )
    token = made.stdout.strip().splitlines()[-1]
    server = Server(env, free_port())
    server.start()
    host = ScriptedHost(server.port, token)
    restarts: list[str] = []
    cluster = sorted(os.listdir("/etc/postgresql"))[-1] if Path("/etc/postgresql").is_dir() else ""

    window: list[float] = []

    def restart_postgresql() -> None:
        window.append(time.monotonic())
        result = subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "restart", "-m", "fast"],
            capture_output=True, text=True, timeout=60,
        )
        window.append(time.monotonic())
        restarts.append(f"postgresql restart: exit {result.returncode} {result.stderr.strip()}")

    started = time.monotonic()
    killed = database_thread = None
    backoff = 0.05
    try:
        while host.queue and time.monotonic() - started < DEADLINE_SECONDS:
            elapsed = time.monotonic() - started
            host.released = min(NOTES, int(elapsed / PACE_SECONDS) + 1)
            if killed is None and elapsed >= KILL_SERVER_AT:
                server.kill()  # SIGKILL mid-round: no graceful anything
                killed = elapsed
                threading.Timer(1.0, server.start).start()
            if database_thread is None and elapsed >= RESTART_DATABASE_AT and cluster:
                database_thread = threading.Thread(target=restart_postgresql)
                database_thread.start()
            if NOTES - len(host.queue) >= host.released:
                time.sleep(PACE_SECONDS / 2)
                continue
            try:
                host.starts.append(time.monotonic())
                ok = host.send_next()
            except (OSError, http.client.HTTPException):
                host.refused += 1
                ok = False
            if ok:
                backoff = 0.05
            else:
                host.failures += 1
                time.sleep(backoff)
                backoff = min(backoff * 2, 2.0)
        if database_thread is not None:
            database_thread.join(timeout=60)
    finally:
        server.kill()

    with psycopg.connect(f"{POSTGRES}/{DATABASE}") as connection:
        rows = connection.execute("SELECT client_id::text, count(*) FROM groups_note GROUP BY client_id").fetchall()
    admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    stored = {client_id: count for client_id, count in rows}
    during_restart = sum(1 for start in host.starts if window and window[0] <= start <= window[-1])
    sent = NOTES
    duplicated = sum(count - 1 for count in stored.values() if count > 1)
    lost = [client_id for client_id in host.acknowledged if client_id not in stored]
    never_arrived = len(host.queue)
    print(
        f"\nfault test: notes sent {sent}, requests {host.attempts}, failed requests {host.failures} "
        f"({host.refused} without a server, {host.server_errors} answered 5xx), "
        f"acknowledged {len(host.acknowledged)}, stored {len(stored)}, duplicated {duplicated}, "
        f"lost {len(lost) + never_arrived}; gunicorn SIGKILLed at {killed and round(killed, 1)} s; "
        f"{'; '.join(restarts) or 'postgresql not restarted'} ({during_restart} requests sent while it restarted); "
        f"{round(time.monotonic() - started, 1)} s in all"
    )
    assert killed is not None, "the server was never killed"
    assert restarts and restarts[0].startswith("postgresql restart: exit 0"), restarts
    assert host.failures > 0, "no request failed: the faults did not hit the traffic"
    assert during_restart > 0, "no request was sent while PostgreSQL restarted"
    assert never_arrived == 0, f"{never_arrived} queued notes never arrived"
    assert lost == []
    assert duplicated == 0
    assert len(stored) == len(host.acknowledged) == NOTES
