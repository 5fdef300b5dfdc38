"""SQLite, the zero-setup default, takes a busy room's writes: 16 hosts at 8 tables at once.

A real server (gunicorn, 4 workers of 4 threads) on an SQLite file; every host adds, edits,
moves and marks notes as fast as the server answers. No answer may be a server error
("database is locked" was one in three before WAL, IMMEDIATE transactions and a busy timeout).
"""

from __future__ import annotations

import http.client
import os
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from tests.servers import ROOT, Server, free_port

TABLES = 8
HOSTS_PER_TABLE = 2
NOTES_PER_HOST = 8


class Host:
    def __init__(self, port: int, token: str) -> None:
        self.port, self.path = port, f"/bord/{token}/"
        self.statuses: Counter[int] = Counter()
        self.csrf = ""

    def request(self, method: str, path: str, fields: dict[str, str] | None = None) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": f"csrftoken={self.csrf}"} if self.csrf else {}
        body = None
        if fields is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode({"csrfmiddlewaretoken": self.csrf, **fields})
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        if not self.csrf:
            cookie = response.getheader("Set-Cookie") or ""
            self.csrf = cookie.split("csrftoken=")[1].split(";")[0] if "csrftoken=" in cookie else ""
        connection.close()
        self.statuses[response.status] += 1
        return response.status

    def add(self, client_id: str) -> None:
        fields = {"client_id": client_id, "kind": "note", "text": f"Notat {client_id}"}
        self.request("POST", f"{self.path}notater/", fields)

    def change(self, note_id: int, version: int) -> None:
        note = f"{self.path}notater/{note_id}/"
        prefix = f"note-{note_id}"
        self.request("POST", f"{note}endre/", {
            f"{prefix}-text": f"Endret {note_id}", f"{prefix}-kind": "note", f"{prefix}-version": str(version),
            f"{prefix}-request_id": str(uuid.uuid4()),
        })
        self.request("POST", f"{note}flytt/", {"position": "1", "request_id": str(uuid.uuid4())})
        self.request("POST", f"{note}plenum/", {"shared": "1", "request_id": str(uuid.uuid4())})


def test_sixteen_hosts_at_eight_tables_writing_at_once_on_sqlite_get_no_server_error(tmp_path: Path) -> None:
    database = tmp_path / "room.sqlite3"
    env = {
        **os.environ, "DATABASE_URL": f"sqlite:///{database}", "DEBUG": "false",
        "STATICFILES_STORAGE": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "ALLOWED_HOSTS": "127.0.0.1", "PYTHONPATH": str(ROOT),
    }
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    made = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c",
         "from tests.factories import build_workshop; "
         f"print(' '.join(t.access_token for t in build_workshop(tables={TABLES}).tables.order_by('number')))"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )
    tokens = made.stdout.strip().splitlines()[-1].split()
    server = Server(env, free_port(), workers=4, threads=4)
    server.start()
    hosts = [Host(server.port, token) for token in tokens for _ in range(HOSTS_PER_TABLE)]
    client_ids = {id(host): [str(uuid.uuid4()) for _ in range(NOTES_PER_HOST)] for host in hosts}
    start = threading.Barrier(len(hosts))

    def adding(host: Host) -> None:
        host.request("GET", host.path)
        start.wait()
        for client_id in client_ids[id(host)]:
            host.add(client_id)

    def changing(host: Host) -> None:
        with sqlite3.connect(database) as reader:
            rows = reader.execute(
                f"SELECT id, version FROM groups_note WHERE client_id IN ({','.join('?' * NOTES_PER_HOST)})",
                [uuid.UUID(client_id).hex for client_id in client_ids[id(host)]],
            ).fetchall()
        start.wait()
        for note_id, version in rows:
            host.change(note_id, version)

    try:
        for work in (adding, changing):
            threads = [threading.Thread(target=work, args=(host,)) for host in hosts]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
    finally:
        server.kill()

    statuses = sum((host.statuses for host in hosts), Counter())
    server_errors = sum(count for status, count in statuses.items() if status >= 500)
    print(f"sqlite writes: {sum(statuses.values())} requests from {len(hosts)} hosts, statuses {dict(statuses)}")
    with sqlite3.connect(database) as reader:
        stored = reader.execute("SELECT COUNT(*) FROM groups_note WHERE table_id IS NOT NULL").fetchone()[0]
    assert server_errors == 0
    assert stored == len(hosts) * NOTES_PER_HOST
