"""Where the machine's CPU went during the run: the app servers, PostgreSQL, the load generator, the rest.

A shared 2-core machine makes latency depend on whatever else runs; this says how much did.
Linux only (reads /proc); elsewhere it reports nothing.
"""

from __future__ import annotations

import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def machine_busy() -> int:
    """CPU ticks the whole machine spent busy (not idle, not waiting for I/O) since boot."""
    fields = [int(field) for field in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return sum(fields) - fields[3] - fields[4]


def processes() -> dict[int, tuple[str, int, int]]:
    """pid → (command, process group, CPU ticks)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue
        command, rest = text[text.index("(") + 1:text.rindex(")")], text[text.rindex(")") + 2:].split()
        # Its own time only: a parent's time for reaped children would count a finished process twice.
        found[int(entry.name)] = (command, int(rest[2]), int(rest[11]) + int(rest[12]))
    return found


class CpuWatch(threading.Thread):
    """Samples every second until stopped; `shares()` gives the mean cores each part used."""

    def __init__(self, server_groups: Callable[[], set[int]], clock: Callable[[], float]) -> None:
        super().__init__(name="cpu", daemon=True)
        self.server_groups, self.clock = server_groups, clock
        self.stop = threading.Event()
        self.used: defaultdict[str, float] = defaultdict(float)
        self.seconds = 0.0
        self.machine = 0.0
        # (from, to on the run's clock, cores busy on the machine, cores this run's processes used)
        self.timeline: list[tuple[float, float, float, float]] = []
        self.available = Path("/proc/stat").exists()

    def part(self, pid: int, command: str, group: int, servers: set[int]) -> str:
        if pid == os.getpid():
            return "load generator"  # its threads included
        if group in servers:
            return "gunicorn"
        if command == "postgres":
            return "PostgreSQL"
        return "other"

    def run(self) -> None:
        if not self.available:
            return
        before, since, busy, start = processes(), time.monotonic(), machine_busy(), self.clock()
        while not self.stop.wait(1.0):
            now, servers, ours = processes(), self.server_groups(), 0.0
            for pid, (command, group, ticks) in now.items():
                if pid in before and ticks >= before[pid][2]:
                    part = self.part(pid, command, group, servers)
                    self.used[part] += (ticks - before[pid][2]) / TICKS
                    ours += (ticks - before[pid][2]) / TICKS if part != "other" else 0.0
            elapsed, machine = time.monotonic() - since, (machine_busy() - busy) / TICKS
            self.seconds += elapsed
            self.machine += machine
            self.timeline.append((start, self.clock(), machine / elapsed, ours / elapsed))
            before, since, busy, start = now, time.monotonic(), machine_busy(), self.clock()

    def contended(self, above: float) -> list[tuple[float, float]]:
        """The intervals in which processes outside this run kept more than `above` cores busy."""
        return [(start, end) for start, end, machine, ours in self.timeline if machine - ours > above]

    def shares(self) -> str:
        if not self.seconds:
            return "not measured"
        cores = os.cpu_count() or 1
        ours = sum(self.used[name] for name in ("gunicorn", "PostgreSQL", "load generator"))
        parts = ", ".join(f"{name} {self.used[name] / self.seconds:.2f}"
                          for name in ("gunicorn", "PostgreSQL", "load generator"))
        return (f"mean cores busy of {cores}: {self.machine / self.seconds:.2f} in all; {parts}; "
                f"everything else on the machine {max(0.0, self.machine - ours) / self.seconds:.2f}")
