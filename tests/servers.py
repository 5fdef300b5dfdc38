"""A real app server for tests that need one: gunicorn on a free loopback port, and its database."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSTGRES = "postgres://postgres@127.0.0.1:5432"
# The servers tests start run with DEBUG off, which needs a key of their own (workshop/wsgi.py).
TEST_SECRET_KEY = "bordnotat-tests-only-" + "x" * 40


def admin_sql(statement: str, database: str = "postgres") -> None:
    """One statement on the local PostgreSQL server, outside any transaction (CREATE DATABASE …)."""
    import psycopg

    with psycopg.connect(f"{POSTGRES}/{database}", autocommit=True) as connection:
        connection.execute(statement)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """gunicorn in its own process group, as in production, so it can be killed whole."""

    def __init__(self, env: dict[str, str], port: int, *, workers: int = 2, threads: int = 1) -> None:
        # DEBUG is off in these servers, and workshop/wsgi.py refuses to serve on the development key.
        self.env, self.port = {"SECRET_KEY": TEST_SECRET_KEY, **env}, port
        self.workers, self.threads = workers, threads
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "workshop.wsgi", "-b", f"127.0.0.1:{self.port}",
             "-w", str(self.workers), "--threads", str(self.threads), "--timeout", "20", "--graceful-timeout", "1"],
            cwd=ROOT, env=self.env, start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("gunicorn did not start")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
