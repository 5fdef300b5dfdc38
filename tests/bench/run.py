"""`make bench`: Bordnotat's hot paths against a floor measured in the same run.

Seeds PostgreSQL (database bordnotat_bench, made and dropped here) the same way every run, serves
it with gunicorn (4 sync workers, DEBUG off) and the floor beside it (tests/bench/urls.py: a bare
INSERT view and a bare template listing the same notes), and loads each path with wrk. wrk is
closed-loop and this machine is shared, so the targets are ratios to the floor of the same run.
Prints a table and writes bench.json; exits 1 when a ratio misses its target, unless --print-only
(CI runs `--short --print-only`: a shared machine is too noisy to gate on).

    python -m tests.bench.run [--short] [--print-only]
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.servers import POSTGRES, ROOT, TEST_SECRET_KEY, Server, admin_sql, free_port

DATABASE = "bordnotat_bench"
CSRF = "benkbenkbenkbenkbenkbenkbenkbenk"  # a valid cookie-and-header pair: the bench's own
# As many connections as twice the workers: a slow page's latency stays near its service time, and
# what is still in flight when wrk stops is drained before the next path (Bench.drain).
CONNECTIONS, THREADS = 8, 2
RESPONSES = 2000
# The save and its floor are measured turn about, this many times each, and their ratios are the
# medians of the rounds': a moment when the shared machine is busy falls on one round, not on
# every save figure (a single pair's p99 ratio ranged from 0.7 to 2.9 between runs).
SAVE_ROUNDS = 3
TARGETS = {
    "save throughput / floor": (">=", 0.6),
    "save p99 / floor p99": ("<=", 1.5),
    "report warm / bare list (10,000 notes)": ("<=", 2.0),
    "report cold / bare list (10,000 notes)": ("<=", 5.0),
    "live overview 200 tables / bare list": ("<=", 3.0),
    "host page gzip KB (50 notes)": ("<=", 40.0),
    "host page requests": ("<=", 6.0),
    "host page third-party requests": ("<=", 0.0),
}

DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.status + e.connect + e.read + e.write + e.timeout
  io.write(string.format('WRK {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p99_ms": %.2f, "errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
"""

UUID = """
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local function uuid()
  return string.format('%08x-%04x-4%03x-%04x-%012x', math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0x8000, 0xbfff), math.random(0, 0xffffffffffff))
end
"""

SAVE = UUID + """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
request = function()
  return wrk.format(nil, nil, nil, "kind=note&text=Et+notat+fra+benken&client_id=" .. uuid())
end
""" + DONE

EDIT = UUID + """
-- Every request edits a note not edited before (version 1); warming up takes notes further on.
local first = tonumber(os.getenv("BENCH_FIRST_NOTE")) + (os.getenv("BENCH_WARMING") and 10000 or 0)
local threads = 0
setup = function(thread) thread:set("part", threads); threads = threads + 1 end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
request = function()
  local id = first + part + n * 2
  n = n + 1
  local prefix = "note-" .. id .. "-"
  local body = prefix .. "text=Endret+fra+benken&" .. prefix .. "kind=note&" .. prefix .. "version=1&"
    .. prefix .. "request_id=" .. uuid()
  return wrk.format(nil, os.getenv("BENCH_BOARD") .. "notater/" .. id .. "/endre/", nil, body)
end
""" + DONE

FLOOR_INSERT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "workshop=" .. os.getenv("BENCH_WORKSHOP") .. "&text=Et+notat+fra+benken"
""" + DONE


def sh(*command: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "wrk"], check=False,
                       capture_output=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        found = shutil.which("wrk")
    if not found:
        sys.exit("make bench needs wrk: apt-get install wrk (Debian's package)")
    return found


def first_load_assets(html: str) -> list[str]:
    """The addresses a first visit to the page fetches: its scripts, stylesheets and images (an
    in-page anchor or an inline `data:` icon is no request)."""
    found = re.findall(r'<(?:script|link|img)\b[^>]*?(?:src|href)="([^"]+)"', html)
    return [url for url in found if not url.startswith(("#", "data:"))]


class Bench:
    def __init__(self, port: int, seeded: dict[str, Any], seconds: int, scripts: Path, wrk: str) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.port, self.seeded, self.seconds, self.scripts, self.wrk = port, seeded, seconds, scripts, wrk
        self.session = f"sessionid={seeded['session']}"

    def load(self, path: str, *, script: str = "", headers: dict[str, str] | None = None,
             env: dict[str, str] | None = None) -> dict[str, float]:
        """wrk on one path for the run's duration, after a second of warming up."""
        lua = self.scripts / f"{abs(hash((path, script)))}.lua"
        lua.write_text(script or DONE)
        command = [self.wrk, f"-t{THREADS}", f"-c{CONNECTIONS}", "--timeout", "30s", "--latency", "-s", str(lua)]
        for name, value in (headers or {}).items():
            command += ["-H", f"{name}: {value}"]
        run_env = {**os.environ, **(env or {})}
        warm_env = {**run_env, "BENCH_WARMING": "1"}
        subprocess.run([*command, "-d1s", self.base + path], env=warm_env, capture_output=True, check=False)
        self.drain()
        output = subprocess.run([*command, f"-d{self.seconds}s", self.base + path], env=run_env,
                                capture_output=True, text=True, check=True).stdout
        self.drain()
        found = re.search(r"^WRK (\{.*\})$", output, re.MULTILINE)
        if not found:
            raise RuntimeError(f"wrk printed no figures for {path}:\n{output}")
        result: dict[str, float] = json.loads(found.group(1))
        result["per_second"] = round(result["requests"] / result["seconds"], 1)
        if result["errors"]:
            status = self.get(path, headers)[0] if not script else "POST"
            print(f"  {path}: {result['errors']} of {result['requests']} answers were errors (a GET now: {status})")
            if path.startswith("/benk/gulv/"):
                # A floor that answers errors measures the error page: every ratio against it is void.
                raise RuntimeError(f"the floor {path} answered errors; no ratio against it means anything")
        return result

    def drain(self) -> None:
        """Wait until every worker is free again: requests wrk left in flight are answered first."""
        for _ in range(8):
            self.get("/benk/gulv/liste/0/")

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes, float]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        started = time.perf_counter()
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        seconds = time.perf_counter() - started
        connection.close()
        return response.status, dict(response.getheaders()), body, seconds

    def cold(self, path: str, workshop_id: int, samples: int = 5) -> float:
        """Median ms of a first render after the workshop changed (the cached report is stale)."""
        times = []
        for _ in range(samples):
            admin_sql(f"UPDATE workshop_workshop SET updated_at = now() WHERE id = {workshop_id}", DATABASE)
            times.append(self.get(path)[3] * 1000)
        return round(statistics.median(times), 2)

    def single(self, path: str, samples: int = 5) -> float:
        return round(statistics.median(self.get(path)[3] * 1000 for _ in range(samples)), 2)

    def page_weight(self, path: str) -> dict[str, float]:
        """What a host's first visit loads: requests, gzip bytes, and requests to other hosts."""
        status, _, body, _ = self.get(path)
        assert status == 200, status
        assets = first_load_assets(body.decode())
        third_party = [url for url in assets if urlsplit(url).netloc not in ("", f"127.0.0.1:{self.port}")]
        total = len(gzip.compress(body))
        fetched = 1
        for url in assets:
            if url in third_party:
                continue
            status, _, asset, _ = self.get(urlsplit(url).path)
            if status == 200:
                total += len(gzip.compress(asset))
                fetched += 1
        return {"requests": fetched + len(third_party), "gzip_kb": round(total / 1024, 1),
                "third_party": len(third_party)}


def measure(bench: Bench) -> dict[str, Any]:
    seeded = bench.seeded
    room, hall, reports = seeded["room"], seeded["hall"], seeded["reports"]
    board = f"/bord/{room['host_token']}/"
    queue = {"Bordnotat-Queue": "1", "Cookie": f"csrftoken={CSRF}", "X-CSRFToken": CSRF}
    staff = {"Cookie": f"{bench.session}; csrftoken={CSRF}"}  # as a facilitator's browser sends them
    results: dict[str, Any] = {}
    for turn in range(1, SAVE_ROUNDS + 1):
        results[f"floor: bare INSERT, round {turn}"] = bench.load(
            f"/benk/gulv/lagre/{room['save_table']}/", script=FLOOR_INSERT,
            env={"BENCH_WORKSHOP": str(room["save_workshop"])},
        )
        results[f"save a note, round {turn}"] = bench.load(
            f"/bord/{room['save_token']}/notater/", script=SAVE, headers=queue
        )
    results["edit a note"] = bench.load(
        f"{board}", script=EDIT, headers=queue,
        env={"BENCH_FIRST_NOTE": str(room["edit_notes"][0]), "BENCH_BOARD": f"/bord/{room['edit_token']}/"},
    )
    poll = f"{board}?round={room['round']}"
    _, headers, _, _ = bench.get(poll, {"HX-Request": "true"})
    unchanged = {"HX-Request": "true", "If-None-Match": headers["ETag"]}
    results["poll, nothing new (304)"] = bench.load(poll, headers=unchanged)
    results["board fragment"] = bench.load(poll, headers={"HX-Request": "true"})
    results["live overview, 40 tables"] = bench.load(f"/fasilitator/{room['slug']}/", headers=staff)
    results["live overview, 200 tables"] = bench.load(f"/fasilitator/{hall['slug']}/", headers=staff)
    results["floor: bare list, 200 tables' notes"] = bench.load(f"/benk/gulv/liste/{hall['id']}/")
    for size, report in sorted(reports.items(), key=lambda item: int(item[0])):
        path = f"/rapport/{report['slug']}/"
        results[f"report, {size} notes, warm"] = bench.load(path)
        results[f"floor: bare list, {size} notes"] = bench.load(f"/benk/gulv/liste/{report['id']}/")
        results[f"report, {size} notes, cold (ms, median of 5)"] = bench.cold(path, report["id"])
        results[f"floor: bare list, {size} notes, single (ms, median of 5)"] = bench.single(
            f"/benk/gulv/liste/{report['id']}/"
        )
    results[f"evaluation results, {RESPONSES} responses"] = bench.load(
        f"/fasilitator/{seeded['survey']}/evaluering/", headers=staff
    )
    results["host page, first load (50 notes)"] = bench.page_weight(board)
    return results


def ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 2) if denominator else float("inf")


def save_rounds(results: dict[str, Any]) -> list[tuple[dict[str, float], dict[str, float]]]:
    """Each round's floor and save, in the order they ran."""
    return [
        (results[f"floor: bare INSERT, round {turn}"], results[f"save a note, round {turn}"])
        for turn in range(1, SAVE_ROUNDS + 1)
    ]


def ratios(results: dict[str, Any]) -> dict[str, float]:
    rounds = save_rounds(results)
    page = results["host page, first load (50 notes)"]
    return {
        "save throughput / floor": statistics.median(
            ratio(save["per_second"], floor["per_second"]) for floor, save in rounds
        ),
        "save p99 / floor p99": statistics.median(ratio(save["p99_ms"], floor["p99_ms"]) for floor, save in rounds),
        "report warm / bare list (10,000 notes)": ratio(
            results["report, 10000 notes, warm"]["p50_ms"], results["floor: bare list, 10000 notes"]["p50_ms"]
        ),
        "report cold / bare list (10,000 notes)": ratio(
            results["report, 10000 notes, cold (ms, median of 5)"],
            results["floor: bare list, 10000 notes, single (ms, median of 5)"],
        ),
        "live overview 200 tables / bare list": ratio(
            results["live overview, 200 tables"]["p50_ms"], results["floor: bare list, 200 tables' notes"]["p50_ms"]
        ),
        "host page gzip KB (50 notes)": page["gzip_kb"],
        "host page requests": page["requests"],
        "host page third-party requests": page["third_party"],
    }


def missed(name: str, value: float) -> bool:
    sense, target = TARGETS[name]
    return value < target if sense == ">=" else value > target


def report(results: dict[str, Any], found: dict[str, float]) -> None:
    print(f"\n{'path':<52}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name, result in results.items():
        if isinstance(result, dict) and "per_second" in result:
            print(f"{name:<52}{result['per_second']:>9}{result['p50_ms']:>9}{result['p99_ms']:>9}{result['errors']:>8}")
        elif isinstance(result, dict):
            print(f"{name:<52}" + ", ".join(f"{key} {value}" for key, value in result.items()))
        else:
            print(f"{name:<52}{result:>9}")
    rounds = save_rounds(results)
    turns = "".join(f"round {turn}".rjust(10) for turn in range(1, len(rounds) + 1))
    print(f"\n{'save / floor, round by round':<52}{turns}")
    for label, key in (("save throughput / floor", "per_second"), ("save p99 / floor p99", "p99_ms")):
        print(f"{label:<52}" + "".join(f"{ratio(save[key], floor[key]):>10}" for floor, save in rounds))
    heading = "ratio (the save's: the median of its rounds)"
    print(f"\n{heading:<52}{'value':>9}  target")
    for name, value in found.items():
        sense, target = TARGETS[name]
        print(f"{name:<52}{value:>9}  {sense} {target}{'   MISSED' if missed(name, value) else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="4 s per path instead of 10 (CI)")
    parser.add_argument("--print-only", action="store_true", help="never fail on a missed target (CI)")
    options = parser.parse_args()
    wrk = ensure_wrk()
    admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    admin_sql(f"CREATE DATABASE {DATABASE}")
    env = {
        **os.environ, "DATABASE_URL": f"{POSTGRES}/{DATABASE}", "DEBUG": "false", "ALLOWED_HOSTS": "127.0.0.1",
        "SECRET_KEY": TEST_SECRET_KEY,
        "PYTHONPATH": str(ROOT), "ROOT_URLCONF": "tests.bench.urls",
    }
    server = None
    try:
        # As in production: hashed, compressed static files served by WhiteNoise.
        sh(sys.executable, "manage.py", "collectstatic", "--noinput", "-v0", env=env)
        sh(sys.executable, "manage.py", "migrate", "--noinput", "-v0", env=env)
        started = time.perf_counter()
        output = sh(sys.executable, "manage.py", "shell", "-c",
                    f"from tests.bench.seed import main; main({RESPONSES})", env=env)
        seeded = json.loads(output.split("BENCH-SEED ", 1)[1])
        print(f"Seeded {DATABASE} in {time.perf_counter() - started:.1f} s")
        server = Server(env, free_port(), workers=4)
        server.start()
        with tempfile.TemporaryDirectory() as scripts:
            results = measure(Bench(server.port, seeded, 4 if options.short else 10, Path(scripts), wrk))
    finally:
        if server is not None:
            server.kill()
        admin_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    found = ratios(results)
    report(results, found)
    (ROOT / "bench.json").write_text(json.dumps({"results": results, "ratios": found}, indent=2) + "\n")
    print("\nFigures also in bench.json")
    misses = [name for name, value in found.items() if missed(name, value)]
    if misses and not options.print_only:
        print(f"Missed: {', '.join(misses)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
