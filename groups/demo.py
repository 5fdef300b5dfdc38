"""Loads the demo workshop (workshop/demo_data.py) into the database."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction

from groups.models import Note, Table
from workshop import demo_data
from workshop.models import Organisation, ProgrammeItem, Question, Round, Workshop


def parse_time(value: str) -> datetime.time:
    hours, minutes = value.replace(".", ":").split(":")
    return datetime.time(int(hours), int(minutes))


@transaction.atomic
def load_workshop(*, slug: str, title: str | None = None, with_notes: bool = True) -> Workshop:
    """(Re)create the demo workshop under `slug`, replacing any workshop already there."""
    Workshop.objects.filter(slug=slug).delete()
    data: dict[str, Any] = demo_data.WORKSHOP
    workshop = Workshop.objects.create(
        title=title or data["title"], slug=slug, date=datetime.date.fromisoformat(data["date"]),
        venue=data["venue"], organiser=data["organiser"],
        desired_outcomes="\n".join(data["desired_outcomes"]),
        ground_rules="\n".join(data["ground_rules"]),
    )
    organisations = {
        name: Organisation.objects.create(workshop=workshop, name=name, kind=kind)
        for name, kind in demo_data.ORGANISATIONS
    }
    rounds: dict[int, Round] = {}
    for spec in demo_data.ROUNDS:
        rounds[spec["number"]] = round_ = Round.objects.create(
            workshop=workshop, number=spec["number"], title=spec["title"],
            individual_minutes=spec["method_individual"], group_minutes=spec["method_group"],
            plenum_minutes=spec["method_plenum"], method=spec["method_description"],
        )
        for order, text in enumerate(spec["questions"], start=1):
            Question.objects.create(round=round_, order=order, text=text)
    questions = {
        number: list(round_.questions.order_by("order")) for number, round_ in rounds.items()
    }
    talk_notes: list[Note] = []
    for spec in demo_data.PROGRAMME:
        item = ProgrammeItem.objects.create(
            workshop=workshop, starts_at=parse_time(spec["starts_at"]),
            ends_at=parse_time(spec["ends_at"]) if spec.get("ends_at") else None,
            title=spec["title"], kind=spec["kind"],
        )
        for order, speaker in enumerate(spec.get("speakers", [])):
            item.speakers.create(order=order, **speaker)
        if spec.get("round"):
            round_ = rounds[spec["round"]]
            round_.programme_item = item
            round_.save(update_fields=["programme_item"])
        if with_notes:
            talk_notes += [
                Note(workshop=workshop, programme_item=item, text=text, position=position)
                for position, text in enumerate(spec.get("notes", []), start=1)
            ]
    tables: dict[int, Table] = {}
    for spec in demo_data.TABLES:
        tables[spec["number"]] = table = Table.objects.create(
            workshop=workshop, number=spec["number"], name=spec.get("name", "")
        )
        table.organisations.set([organisations[name] for name in spec["organisations"]])
    notes = talk_notes
    if with_notes:
        positions: dict[tuple[int, int | None], int] = {}
        for spec in demo_data.NOTES:
            key = (spec["round"], spec["table"])
            positions[key] = positions.get(key, 0) + 1
            notes.append(Note(
                workshop=workshop, table=tables[spec["table"]], round=rounds[spec["round"]],
                question=questions[spec["round"]][spec["question"] - 1] if spec["question"] else None,
                organisation=organisations[spec["organisation"]] if spec["organisation"] else None,
                kind=spec["kind"], text=spec["text"], shared_in_plenum=spec.get("shared_in_plenum", False),
                position=positions[key],
            ))
        for position, spec in enumerate(demo_data.PLENUM_NOTES, start=1):
            notes.append(Note(
                workshop=workshop, round=rounds[spec["round"]], text=spec["text"], position=position,
                organisation=organisations[spec["organisation"]] if spec.get("organisation") else None,
            ))
    Note.objects.bulk_create(notes)
    workshop.current_round = rounds[min(rounds)]
    workshop.save(update_fields=["current_round"])
    return workshop
