"""`make load`: a conference day with faults, on loopback, bounded in time, printing its figures.

Two gunicorn app servers (2 sync workers each, DEBUG off, one SECRET_KEY) share one PostgreSQL
database, bordnotat_load, made fresh and dropped here; every request goes to the next server in
turn. A running workshop of 40 tables: each table's host adds a note every 10 s, retried with the
same client id as the page's queue does; two devices a table poll the board every 3 s with their
ETag; the facilitator, logged in, polls the live overview; near the end 300 participants answer
the survey, each from a fresh client. Mid-run one app server is SIGKILLed and restarted, and
PostgreSQL is restarted; each fault's window is recorded, from the fault until both servers answer
promptly again (RECOVERED_*). --short (CI) is the same day in a minute: 200 participants.

Prints, per request class, the count, the errors by cause and p50/p99 outside the fault windows
and overall; then the notes and survey answers sent, acknowledged and stored. Exits 1 if a note or
answer was lost (acknowledged but not stored, or never acknowledged) or stored twice; latency and
error targets are printed, not enforced.

    python -m tests.load.run [--short] [--samples FILE] [--logs DIR]

It restarts the machine's PostgreSQL: run it alone, not beside a test suite that uses PostgreSQL.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import psycopg

from tests.load.cpu import CpuWatch
from tests.load.traffic import OUTCOMES, Device, Facilitator, Host, Participant, Sample, Traffic
from tests.servers import POSTGRES, ROOT, Server, admin_sql, free_port

DATABASE = "bordnotat_load"
TABLES = 40
CLASSES = ("save", "poll", "overview", "survey", "page")
P99_TARGET_MS = 500.0
# A fault's window closes when every server has answered the probe (a board's poll, rendered from the
# database) this many times running, each within this long: restarted workers are warm and the backlog
# of requests that queued while they booted has drained.
RECOVERED_IN_A_ROW, RECOVERED_MS = 3, 250
# The tables sit down over the first seconds: each host's first note and each device's first poll
# (a whole board, no ETag yet) fall somewhere in them rather than all at once.
RAMP_SECONDS = 10.0
# The machine is shared: latency is also given for the seconds in which other processes left this
# run at least a core of the two.
OTHERS_BUSY_CORES = 1.0


@dataclass(frozen=True)
class Plan:
    seconds: float  # the day: typing, polling and arriving stop here
    note_every: float
    participants: int
    survey_from: float
    survey_arrivals: float  # they arrive over this long, then take a while to answer
    think: tuple[float, float]
    kill_at: float
    restart_after: float
    postgres_at: float
    drain: float  # after the day, queued notes and answers still have this long to arrive
    devices_per_table: int = 2
    poll_every: float = 3.0
    overview_every: float = 5.0  # LIVE_POLL_SECONDS


FULL = Plan(seconds=210, note_every=10, participants=300, survey_from=140, survey_arrivals=45, think=(3, 15),
            kill_at=60, restart_after=3, postgres_at=165, drain=45)
SHORT = Plan(seconds=60, note_every=6, participants=200, survey_from=25, survey_arrivals=25, think=(2, 8),
             kill_at=10, restart_after=2, postgres_at=38, drain=30)


class LoggedServer(Server):
    """tests.servers.Server, with gunicorn's and Django's log kept for the report."""

    def __init__(self, env: dict[str, str], port: int, log: Path) -> None:
        super().__init__(env, port, workers=2)
        self.log = log

    def start(self) -> None:
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "workshop.wsgi", "-b", f"127.0.0.1:{self.port}",
                 "-w", str(self.workers), "--timeout", "20", "--graceful-timeout", "1"],
                cwd=ROOT, env=self.env, start_new_session=True, stdout=output, stderr=output,
            )
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"gunicorn on :{self.port} did not start; see {self.log}")


def probe(port: int, path: str) -> float | None:
    """Seconds for one 200 answer to `path` from the server on `port`; None for anything else."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path, headers={"HX-Request": "true"})
        response = connection.getresponse()
        response.read()
        return time.monotonic() - started if response.status == 200 else None
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


def serving(port: int, path: str, within: float, *, prompt: float = 0.0, in_a_row: int = 1) -> bool:
    """Whether the server on `port` answers `path` from the database within `within` s: with 200,
    `in_a_row` times running, each in under `prompt` s if given (its backlog has drained)."""
    deadline, good = time.monotonic() + within, 0
    while time.monotonic() < deadline:
        took = probe(port, path)
        good = good + 1 if took is not None and (not prompt or took < prompt) else 0
        if good >= in_a_row:
            return True
        time.sleep(0.1)
    return False


def warm_up(ports: list[int], paths: list[str]) -> None:
    """A few requests for each path on each worker first: the day starts with warm servers."""
    def visit(port: int) -> None:
        for _ in range(4):
            for path in paths:
                probe(port, path)

    workers = [threading.Thread(target=visit, args=(port,)) for port in ports for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


@dataclass
class Window:
    name: str
    start: float
    cleared: float = 0.0  # the server is back / pg_ctlcluster returned
    answering: float = 0.0  # every server answers from the database again
    serving: float = 0.0  # … promptly: RECOVERED_IN_A_ROW answers in a row, each under RECOVERED_MS
    note: str = ""


class Faults(threading.Thread):
    """SIGKILL one app server and start it again; restart PostgreSQL. Records each window.

    Each window's recovery is watched beside the faults, so that a slow recovery never delays the
    next fault; a window still open when the day's traffic ends stays open (to the end).
    """

    def __init__(self, plan: Plan, traffic: Traffic, servers: list[LoggedServer], probe: str, until: float) -> None:
        super().__init__(name="faults")
        self.plan, self.traffic, self.servers, self.probe, self.until = plan, traffic, servers, probe, until
        self.windows: list[Window] = []
        self.watchers: list[threading.Thread] = []
        self.failed = ""

    def run(self) -> None:
        try:
            self.kill_server()
            self.restart_postgresql()
        except Exception as error:
            self.failed = f"{type(error).__name__}: {error}"
        for watcher in self.watchers:
            watcher.join()

    def watch(self, window: Window) -> None:
        def recovery() -> None:
            for server in self.servers:
                if not serving(server.port, self.probe, self.until - self.traffic.now()):
                    return
            window.answering = self.traffic.now()
            for server in self.servers:
                if not serving(server.port, self.probe, self.until - self.traffic.now(),
                               prompt=RECOVERED_MS / 1000, in_a_row=RECOVERED_IN_A_ROW):
                    return
            window.serving = self.traffic.now()

        watcher = threading.Thread(target=recovery, name=f"recovery-{len(self.watchers)}")
        watcher.start()
        self.watchers.append(watcher)

    def kill_server(self) -> None:
        victim = self.servers[-1]
        self.traffic.sleep_until(self.plan.kill_at)
        window = Window(f"gunicorn :{victim.port} SIGKILL", self.traffic.now())
        self.windows.append(window)
        victim.kill()
        time.sleep(self.plan.restart_after)
        victim.start()
        window.cleared = self.traffic.now()
        window.note = f"restarted after {self.plan.restart_after:g} s"
        self.watch(window)

    def restart_postgresql(self) -> None:
        versions = sorted(os.listdir("/etc/postgresql")) if Path("/etc/postgresql").is_dir() else []
        if not versions:
            raise RuntimeError("no cluster under /etc/postgresql")
        self.traffic.sleep_until(self.plan.postgres_at)
        window = Window("PostgreSQL restart -m fast", self.traffic.now())
        self.windows.append(window)
        done = subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "restart", "-m", "fast"],
            capture_output=True, text=True, timeout=60,
        )
        window.cleared = self.traffic.now()
        if done.returncode:
            raise RuntimeError(f"pg_ctlcluster restart: exit {done.returncode} {done.stderr.strip()}")
        window.note = f"pg_ctlcluster took {window.cleared - window.start:.1f} s"
        self.watch(window)


def sh(*command: str, env: dict[str, str]) -> str:
    return subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout


def percentile(values: list[float], share: float) -> float:
    """Nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(-(-share * len(ordered) // 1)) - 1))]


def in_window(sample: Sample, windows: list[Window] | list[tuple[float, float]]) -> bool:
    spans = [(w.start, w.serving or float("inf")) if isinstance(w, Window) else w for w in windows]
    return any(sample.started <= end and sample.ended >= start for start, end in spans)


def figures(samples: list[Sample]) -> dict[str, Any]:
    """Count, errors by cause, and p50/p99 (ms) of the requests that got an HTTP answer."""
    causes = Counter(sample.outcome for sample in samples)
    answered = [(s.ended - s.started) * 1000 for s in samples if s.status]
    return {"count": len(samples), **{cause: causes[cause] for cause in OUTCOMES[1:]},
            "p50": percentile(answered, 0.50), "p99": percentile(answered, 0.99)}


def request_table(samples: list[Sample], windows: list[Window]) -> dict[str, dict[str, dict[str, Any]]]:
    table: dict[str, dict[str, dict[str, Any]]] = {}
    print(f"\n{'class':<10}{'scope':<9}{'requests':>9}{'refused':>9}{'reset':>7}{'timeout':>9}{'5xx':>6}{'4xx':>6}"
          f"{'p50 ms':>9}{'p99 ms':>9}")
    for kind in CLASSES:
        mine = [s for s in samples if s.kind == kind]
        table[kind] = {"outside": figures([s for s in mine if not in_window(s, windows)]), "all": figures(mine)}
        for scope, label in (("outside", "outside"), ("all", "overall")):
            f = table[kind][scope]
            print(f"{kind if scope == 'outside' else '':<10}{label:<9}{f['count']:>9}{f['refused']:>9}{f['reset']:>7}"
                  f"{f['timeout']:>9}{f['5xx']:>6}{f['4xx']:>6}{f['p50']:>9.1f}{f['p99']:>9.1f}")
    return table


def stored_rows(workshop: int, survey: int) -> tuple[dict[str, int], Counter[str], set[str], int, Counter[str], int]:
    with psycopg.connect(f"{POSTGRES}/{DATABASE}") as connection:
        notes: dict[str, int] = dict(connection.execute(
            "SELECT client_id::text, count(*) FROM groups_note WHERE workshop_id = %s GROUP BY client_id", (workshop,),
        ).fetchall())
        texts: Counter[str] = Counter(dict(connection.execute(
            "SELECT text, count(*) FROM groups_note WHERE workshop_id = %s GROUP BY text", (workshop,),
        ).fetchall()))
        no_history = {row[0] for row in connection.execute(
            "SELECT client_id::text FROM groups_note n WHERE n.workshop_id = %s AND NOT EXISTS "
            "(SELECT 1 FROM groups_notechange c WHERE c.note_id = n.id AND c.action = 'create')", (workshop,),
        )}
        responses = connection.execute(
            "SELECT count(*) FROM evaluation_response WHERE survey_id = %s", (survey,),
        ).fetchone()[0]  # type: ignore[index]
        comments: Counter[str] = Counter(dict(connection.execute(
            "SELECT a.text, count(*) FROM evaluation_answer a JOIN evaluation_response r ON r.id = a.response_id "
            "WHERE r.survey_id = %s AND a.text <> '' GROUP BY a.text", (survey,),
        ).fetchall()))
        empty = connection.execute(
            "SELECT count(*) FROM evaluation_response r WHERE r.survey_id = %s AND NOT EXISTS "
            "(SELECT 1 FROM evaluation_answer a WHERE a.response_id = r.id)", (survey,),
        ).fetchone()[0]  # type: ignore[index]
    return notes, texts, no_history, responses, comments, empty


APP_FRAME = re.compile(rf'  File "{re.escape(str(ROOT))}/(?!\.venv)([^"]+)", line (\d+), in (\w+)')


def server_log_summary(logs: list[Path]) -> list[str]:
    """The errors the servers logged, by the last exception of each traceback, most frequent first."""
    found: Counter[str] = Counter()
    for log in logs:
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        n = 0
        while n < len(lines):
            line = lines[n]
            if "WORKER TIMEOUT" in line or "Worker was sent" in line:
                found[line.split("] ", 2)[-1]] += 1
            if not line.startswith("Traceback"):
                n += 1
                continue
            last, where, n = "?", "", n + 1
            while n < len(lines):
                if lines[n].startswith(("Traceback", " ", "\t")) or not lines[n].strip():
                    frame = APP_FRAME.match(lines[n])
                    where = f"{frame[1]}:{frame[2]} {frame[3]}" if frame else where
                    n += 1
                    continue
                last = lines[n]  # an exception; a chain goes on after "The above exception…"
                after = next((m for m in range(n + 1, len(lines))
                              if lines[m].strip() and not lines[m].startswith("\t")), len(lines))
                if after == len(lines) or not lines[after].startswith(("The above exception", "During handling")):
                    break
                n = after + 1
            found[f"{last[:140]}" + (f" (in {where})" if where else "")] += 1
    return [f"{count:>5} x {line}" for line, count in found.most_common(8)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="about a minute of traffic instead of 3.5 (CI)")
    parser.add_argument("--samples", type=Path, help="also write every request's sample here (JSON lines)")
    parser.add_argument("--logs", type=Path, help="keep the servers' logs in this directory")
    options = parser.parse_args()
    plan = SHORT if options.short else FULL
    admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    admin_sql(f"CREATE DATABASE {DATABASE}")
    env = {
        **{k: v for k, v in os.environ.items() if k != "ROOT_URLCONF"},
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}", "DEBUG": "false", "ALLOWED_HOSTS": "127.0.0.1",
        "SECRET_KEY": "bordnotat-load-run-shared-by-both-servers-0123456789",
        "STATICFILES_STORAGE": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "PYTHONPATH": str(ROOT), "LOG_LEVEL": "ERROR",
    }
    logs = options.logs or Path(tempfile.mkdtemp(prefix="bordnotat-load-"))
    logs.mkdir(parents=True, exist_ok=True)
    servers: list[LoggedServer] = []
    faults: Faults | None = None
    traffic: Traffic | None = None
    try:
        sh(sys.executable, "manage.py", "migrate", "--noinput", "-v0", env=env)
        output = sh(sys.executable, "manage.py", "shell", "-c", f"from tests.load.seed import main; main({TABLES})",
                    env=env)
        seeded = json.loads(output.split("LOAD-SEED ", 1)[1])
        servers = [LoggedServer(env, free_port(), logs / f"gunicorn-{n}.log") for n in (1, 2)]
        for server in servers:
            server.start()
            if not serving(server.port, f"/evaluering/{seeded['slug']}/", 60):
                raise RuntimeError(f"gunicorn on :{server.port} does not answer")
        board = f"/bord/{seeded['tables'][0]['token']}/"
        warm_up([server.port for server in servers],
                [board, f"{board}?round={seeded['round']}", f"/evaluering/{seeded['slug']}/"])
        print(f"{'--short' if options.short else 'full'} run: {TABLES} tables, a note every {plan.note_every:g} s, "
              f"{plan.devices_per_table} devices a table polling every {plan.poll_every:g} s, overview every "
              f"{plan.overview_every:g} s, {plan.participants} participants from {plan.survey_from:g} s, "
              f"{plan.seconds:g} s in all; servers :{servers[0].port} and :{servers[1].port} (2 sync workers each)")

        chance = random.Random(20251023)
        traffic = Traffic([server.port for server in servers], time.monotonic())
        drain_until = plan.seconds + plan.drain
        hosts = [
            Host(traffic, t["number"], t["token"], seeded["questions"], t["organisations"], plan.note_every,
                 first_at=chance.uniform(0, RAMP_SECONDS), chance=random.Random(t["number"]))
            for t in seeded["tables"]
        ]
        devices = [
            Device(traffic, t["token"], seeded["round"], plan.poll_every, first_at=chance.uniform(0, RAMP_SECONDS))
            for t in seeded["tables"] for _ in range(plan.devices_per_table)
        ]
        facilitator = Facilitator(traffic, seeded["slug"], seeded["facilitator"][0], seeded["facilitator"][1],
                                  every=plan.overview_every)
        participants = [
            Participant(traffic, n, seeded["slug"], plan.survey_from + plan.survey_arrivals * n / plan.participants,
                        thinks=chance.uniform(*plan.think), give_up_at=drain_until)
            for n in range(1, plan.participants + 1)
        ]
        threads = [threading.Thread(target=host.run, args=(drain_until,), name=f"host-{host.number}") for host in hosts]
        threads += [threading.Thread(target=device.run, name="device") for device in devices]
        threads += [threading.Thread(target=facilitator.run, name="facilitator")]
        threads += [threading.Thread(target=p.run, name=f"participant-{p.n}") for p in participants]
        probe_path = f"/bord/{seeded['tables'][0]['token']}/?round={seeded['round']}"
        faults = Faults(plan, traffic, servers, probe_path, until=plan.seconds)
        cpu = CpuWatch(lambda: {server.process.pid for server in servers if server.process is not None}, traffic.now)
        cpu.start()
        for thread in threads:
            thread.daemon = True
            thread.start()
        faults.start()
        traffic.sleep_until(plan.seconds)
        traffic.stop.set()
        cpu.stop.set()
        faults.join(timeout=120)
        for thread in threads:
            thread.join(timeout=max(1.0, drain_until + 20 - traffic.now()))
        ended = traffic.now()
    finally:
        if faults is not None and faults.is_alive():
            faults.join(timeout=60)
        for server in servers:
            server.kill()
        if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False).returncode:
            versions = sorted(os.listdir("/etc/postgresql"))
            subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"], check=False)
            time.sleep(2)
    assert traffic is not None and faults is not None
    try:
        notes, texts, no_history, responses, comments, empty = stored_rows(seeded["workshop"], seeded["survey"])
    finally:
        admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")

    print(f"\nFault windows, s into the run (a window closes when both servers have answered a poll from the "
          f"database {RECOVERED_IN_A_ROW} times running within {RECOVERED_MS} ms each):")
    for w in faults.windows:
        closed = f"recovered {w.serving:5.1f}   ({w.serving - w.start:.1f} s" if w.serving else (
            f"NOT RECOVERED by {plan.seconds:g} s (open to the end" if w.cleared else "NOT CLEARED (open to the end")
        print(f"  {w.name:<28} {w.start:5.1f} → cleared {w.cleared:5.1f} → answering {w.answering:5.1f}"
              f" → {closed}; {w.note})")
    if faults.failed:
        print(f"  FAULT INJECTION FAILED: {faults.failed}")
    print(f"CPU during the day's {plan.seconds:g} s, {cpu.shares()}")
    samples = list(traffic.samples)
    if options.samples:
        options.samples.write_text("".join(json.dumps(asdict(sample)) + "\n" for sample in samples) + "".join(
            json.dumps({"cpu_from": start, "cpu_to": end, "machine": machine, "ours": ours}) + "\n"
            for start, end, machine, ours in cpu.timeline))
    in_faults = sum(1 for s in samples if in_window(s, faults.windows))
    print(f"\nRequests: {len(samples)} in {ended:.0f} s, {in_faults} of them overlapping a fault window "
          f"(p50/p99 over requests that got an HTTP answer; 'page' = hosts' first page loads and the login)")
    table = request_table(samples, faults.windows)

    sent = {cid: text for host in hosts for cid, text in host.sent.items()}
    acknowledged = [cid for host in hosts for cid in host.acknowledged]
    stored = [cid for cid in sent if cid in notes]
    missing = [cid for cid in acknowledged if cid not in notes]
    duplicated = sum(notes[cid] - 1 for cid in stored)
    duplicated += sum(texts[text] - 1 for text in sent.values() if texts[text] > 1)
    unacknowledged = sum(len(host.queue) for host in hosts)
    delays = [d for host in hosts for d in host.delays]
    print(f"\nNotes: sent {len(sent)}, acknowledged {len(acknowledged)}, stored {len(stored)}, "
          f"acknowledged-but-missing {len(missing)}, duplicated {duplicated}, never acknowledged {unacknowledged}; "
          f"typed→acknowledged p50 {percentile(delays, 0.5):.2f} s, p99 {percentile(delays, 0.99):.2f} s, "
          f"max {max(delays, default=0):.2f} s; notes without a 'create' history row: {len(no_history & set(sent))}")
    answered = [p for p in participants if p.acknowledged]
    answers_missing = [p for p in answered if comments[p.comment] == 0]
    answers_doubled = sum(comments[p.comment] - 1 for p in participants if comments[p.comment] > 1)
    print(f"Survey: participants {len(participants)}, acknowledged {len(answered)}, stored {responses}, "
          f"acknowledged-but-missing {len(answers_missing)}, duplicated {answers_doubled}, "
          f"never acknowledged {len(participants) - len(answered)}, POSTs {sum(p.tries for p in participants)}, "
          f"responses without answers {empty}")

    print("\nTargets, outside the fault windows:")
    errors = {kind: sum(table[kind]["outside"][cause] for cause in OUTCOMES[1:]) for kind in CLASSES}
    for kind in CLASSES:
        print(f"  {kind:<9} errors {errors[kind]:>4} (target 0)    {'met' if errors[kind] == 0 else 'MISSED'}")
    busy = cpu.contended(OTHERS_BUSY_CORES)
    quiet = [s for s in samples if not in_window(s, faults.windows) and not in_window(s, busy)]
    for kind in ("save", "poll"):
        p99 = table[kind]["outside"]["p99"]
        verdict = "met" if p99 <= P99_TARGET_MS else "MISSED"
        calm = figures([s for s in quiet if s.kind == kind])
        print(f"  {kind:<9} p99 {p99:7.1f} ms (target ≤ {P99_TARGET_MS:g})    {verdict:<6}   when the machine was not "
              f"busy with other work too: p99 {calm['p99']:.1f} ms over {calm['count']} requests")
    print(f"  (other processes kept more than {OTHERS_BUSY_CORES:g} core busy for {len(busy)} of the "
          f"{len(cpu.timeline)} seconds measured)")
    logged = server_log_summary(sorted(logs.glob("*.log")))
    print("\nServer logs: " + ("nothing logged at ERROR" if not logged else "errors by last line"))
    for line in logged:
        print("  " + line)
    if not options.logs:
        for log in logs.glob("*.log"):
            log.unlink()
        logs.rmdir()

    lost = len(missing) + unacknowledged + len(answers_missing) + (len(participants) - len(answered))
    gate = []
    if lost or duplicated or answers_doubled or responses != len(answered):
        gate.append(f"lost {lost}, duplicated notes {duplicated}, duplicated answers {answers_doubled}, "
                    f"survey stored {responses} vs acknowledged {len(answered)}")
    if faults.failed or len(faults.windows) < 2:
        gate.append(f"the faults did not all happen: {faults.failed or [w.name for w in faults.windows]}")
    print("\nCI gate (nothing lost, nothing doubled): " + ("FAILED: " + "; ".join(gate) if gate else "passed"))
    return 1 if gate else 0


if __name__ == "__main__":
    sys.exit(main())
