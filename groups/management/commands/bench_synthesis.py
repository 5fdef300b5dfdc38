"""Time and memory of the suggestions: one question of 500 notes, a workshop of 10,000.

    python manage.py bench_synthesis            # what `make bench` runs
    python manage.py bench_synthesis --json

The notes are made from the demo workshop's notes (workshop/demo/inkludering-2025.json), spliced at random
with a fixed seed, so every run measures the same text. Runs on one core (BLAS threads
limited to one) and uncached; no database.
"""

from __future__ import annotations

import json
import random
import resource
import time
import tracemalloc
from typing import Any

from django.core.management.base import BaseCommand
from threadpoolctl import threadpool_limits

from groups.synthesis import SourceNote, suggest
from workshop.demo import demo_workshop

# Targets from the issue: one question of 500 notes under 1 s, a 10,000-note workshop under 10 s.
TARGETS = {"question_500": 1.0, "workshop_10000": 10.0}


def made_up_notes(count: int, *, tables: int, rounds: int, seed: int) -> list[SourceNote]:
    """`count` notes like the demo's: halves of two real notes joined, at random tables and rounds."""
    texts = [note["text"] for note in demo_workshop()["notes"] if note["table"] is not None]
    chance = random.Random(seed)
    notes = []
    for number in range(1, count + 1):
        first, second = chance.sample(texts, 2)
        first_words, second_words = first.split(), second.split()
        text = " ".join(first_words[: max(3, len(first_words) // 2)] + second_words[len(second_words) // 2 :])
        notes.append(SourceNote(
            id=number, text=text, table_id=chance.randint(1, tables),
            organisation=f"Organisasjon {chance.randint(1, tables * 2)}", part=chance.randint(1, rounds),
        ))
    return notes


def measure(notes: list[SourceNote]) -> dict[str, Any]:
    """Timed in one run, memory in a second: tracing allocations slows Python down severalfold."""
    started = time.perf_counter()
    found = suggest(notes)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    suggest(notes)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "notes": len(notes), "seconds": round(seconds, 3), "peak_mib": round(peak / 2**20, 1),
        "recurring_points": len(found.recurring), "themes": len(found.themes), "key_points": len(found.key_points),
    }


class Command(BaseCommand):
    help = "Time and peak memory of the suggestions for 500 and 10,000 notes, on one core."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")

    def handle(self, *args: Any, **options: Any) -> None:
        with threadpool_limits(limits=1):
            suggest(made_up_notes(50, tables=8, rounds=1, seed=1))  # imports and first calls, not measured
            results = {
                "question_500": measure(made_up_notes(500, tables=40, rounds=1, seed=500)),
                "workshop_10000": measure(made_up_notes(10_000, tables=40, rounds=5, seed=10_000)),
            }
        for name, result in results.items():
            result["target_seconds"] = TARGETS[name]
            result["within_target"] = result["seconds"] < TARGETS[name]
        max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if options["json"]:
            self.stdout.write(json.dumps({"synthesis": results, "process_max_rss_mib": round(max_rss, 1)}, indent=2))
            return
        self.stdout.write("Suggestions (recurring points, themes, key points), one core, uncached:")
        self.stdout.write(f"  {'case':<16}{'notes':>7}{'seconds':>9}{'target':>8}{'peak MiB':>10}  found")
        for name, r in results.items():
            self.stdout.write(
                f"  {name:<16}{r['notes']:>7}{r['seconds']:>9.3f}{r['target_seconds']:>8.1f}{r['peak_mib']:>10.1f}  "
                f"{r['recurring_points']} recurring, {r['themes']} themes, {r['key_points']} key points"
                f"{'' if r['within_target'] else '  (OVER TARGET)'}"
            )
        self.stdout.write(f"  process max RSS: {max_rss:.0f} MiB")
