"""How well the synthesis finds what the labelled set says: `make synthesis-check` prints it.

Recurring points are scored pairwise: every two notes from different tables that the synthesis
puts in one recurring point is a predicted pair; the labelled set's pairs are the notes from
different tables that make the same point. Precision is the share of predicted pairs that are
right, recall the share of labelled pairs found. Key-point coverage is the share of the points
raised at three tables or more that the suggested key points quote a note of.

It measures two sets: the labelled set the method was built against (tests/groups/synthesis_set.py),
and a held-out set written afterwards by someone who had not read the code
(tests/groups/synthesis_heldout.py), which says how far the method carries to notes it was not built on.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from groups.synthesis import SourceNote, suggest
from tests.groups import synthesis_heldout
from tests.groups.synthesis_set import QUESTIONS, LabelledQuestion, gold_pairs, key_points, shared_word_share


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    key_point_coverage: float
    predicted_pairs: int
    gold_pairs: int
    key_points_covered: int
    key_points_wanted: int


def sources(question: LabelledQuestion) -> list[SourceNote]:
    # Note ids are the indices plus one: the labelled set's order is the notes' order.
    return [
        SourceNote(id=index + 1, text=note.text, table_id=note.table, organisation=note.organisation)
        for index, note in enumerate(question.notes)
    ]


def measure(questions: tuple[LabelledQuestion, ...] = QUESTIONS) -> tuple[Scores, list[Scores]]:
    per_question = [_measure(question) for question in questions]
    predicted = sum(s.predicted_pairs for s in per_question)
    gold = sum(s.gold_pairs for s in per_question)
    right = sum(round(s.precision * s.predicted_pairs) for s in per_question)
    covered = sum(s.key_points_covered for s in per_question)
    wanted = sum(s.key_points_wanted for s in per_question)
    total = Scores(
        precision=right / predicted if predicted else 0.0, recall=right / gold if gold else 0.0,
        key_point_coverage=covered / wanted if wanted else 0.0,
        predicted_pairs=predicted, gold_pairs=gold, key_points_covered=covered, key_points_wanted=wanted,
    )
    return total, per_question


def _measure(question: LabelledQuestion) -> Scores:
    suggestions = suggest(sources(question))
    notes = question.notes
    predicted = {
        (min(a, b) - 1, max(a, b) - 1)
        for point in suggestions.recurring
        for a, b in combinations(point.note_ids, 2)
        if notes[a - 1].table != notes[b - 1].table
    }
    gold = gold_pairs(question)
    right = len(predicted & gold)
    wanted = key_points(question)
    quoted = {notes[note_id - 1].point for note_id in suggestions.key_points}
    return Scores(
        precision=right / len(predicted) if predicted else 0.0, recall=right / len(gold) if gold else 0.0,
        key_point_coverage=len(wanted & quoted) / len(wanted) if wanted else 0.0,
        predicted_pairs=len(predicted), gold_pairs=len(gold),
        key_points_covered=len(wanted & quoted), key_points_wanted=len(wanted),
    )


def main() -> None:
    for name, questions in (
        ("Labelled set", QUESTIONS), ("Held-out set", synthesis_heldout.QUESTIONS),
    ):
        total, per_question = measure(questions)
        notes = sum(len(question.notes) for question in questions)
        print(
            f"{name}: {notes} notes, {len(questions)} questions; "
            f"{shared_word_share(questions):.0%} of its labelled pairs share a content word"
        )
        for number, scores in enumerate(per_question, start=1):
            print(
                f"  question {number}: precision {scores.precision:.2f}, recall {scores.recall:.2f}, "
                f"key points {scores.key_points_covered}/{scores.key_points_wanted}"
            )
        print(
            f"  Recurring points: precision {total.precision:.2f} ({total.predicted_pairs} pairs found), "
            f"recall {total.recall:.2f} ({total.gold_pairs} labelled pairs)"
        )
        print(
            f"  Key-point coverage: {total.key_point_coverage:.2f} "
            f"({total.key_points_covered} of {total.key_points_wanted} points raised at 3 tables or more)"
        )


if __name__ == "__main__":
    main()
