"""A small cast for the tests: one running workshop, two tables, a facilitator."""

from __future__ import annotations

import csv
import datetime
import io
import time
from html.parser import HTMLParser

from groups.models import Note, Table
from workshop.models import Organisation, ProgrammeItem, Question, Round, Workshop


def build_workshop(
    *, slug: str = "inkludering", tables: int = 2, notes_per_table: int = 0,
    status: str = Workshop.Status.RUNNING,
) -> Workshop:
    """A workshop with two rounds of two questions, a talk, and `tables` tables.

    Table n seats two organisations; each table gets `notes_per_table` notes in round 1,
    alternating between its questions, the round as a whole and its organisations.
    """
    workshop = Workshop.objects.create(
        title=f"Arbeidsverksted {slug}", slug=slug, date=datetime.date(2025, 10, 23),
        venue="Oslo", organiser="Distriktssenteret",
        desired_outcomes="Nye ideer og motivasjon\nInnspill til nasjonal politikkutvikling",
        status=status,
    )
    talk = ProgrammeItem.objects.create(
        workshop=workshop, starts_at=datetime.time(9, 30), title="IMDi", kind="talk"
    )
    talk.speakers.create(name="Kari Nordmann", role="Direktør", organisation="IMDi")
    for number in (1, 2):
        item = ProgrammeItem.objects.create(
            workshop=workshop, starts_at=datetime.time(10 + number), kind="group_work",
            title=f"Runde {number}",
        )
        round_ = Round.objects.create(
            workshop=workshop, programme_item=item, number=number, title=f"Runde {number}",
            individual_minutes=3, group_minutes=30, plenum_minutes=2,
        )
        for order in (1, 2):
            Question.objects.create(round=round_, order=order, text=f"Spørsmål {number}.{order}")
    workshop.current_round = workshop.rounds.get(number=1)
    workshop.save()
    round_one = workshop.current_round
    questions = list(round_one.questions.all())
    for n in range(1, tables + 1):
        table = Table.objects.create(workshop=workshop, number=n)
        organisations = [
            Organisation.objects.create(workshop=workshop, name=f"Fylke {n}{suffix}")
            for suffix in ("A", "B")
        ]
        table.organisations.set(organisations)
        for i in range(notes_per_table):
            Note.objects.create(
                workshop=workshop, table=table, round=round_one,
                question=questions[i % 2] if i % 3 else None,
                organisation=organisations[i % 2] if i % 2 else None,
                kind=Note.Kind.ACTION if i % 5 == 4 else Note.Kind.NOTE,
                text=f"Notat {i} fra bord {n}",
            )
    return workshop


def table(workshop: Workshop, number: int = 1) -> Table:
    return workshop.tables.get(number=number)


def read_csv(content: bytes, separator: str = ";") -> list[list[str]]:
    """A downloaded CSV's rows: Norwegian files are split by semicolons, English ones by commas."""
    assert content.startswith("\ufeff".encode())  # spreadsheets read æøå as UTF-8
    return list(csv.reader(io.StringIO(content.decode()[1:]), delimiter=separator))


def clear_of_the_minute_turn(seconds: float) -> None:
    """Wait, if need be, so that the next `seconds` do not cross a minute of the clock.

    The live overview's ETag changes every minute by design (its activity lines say "N minutes
    ago"), so a test that expects 304s across a turn of the minute would fail now and then.
    """
    left = 60 - time.time() % 60
    if left < seconds:
        # A second past the turn: an answer computed just before it has arrived by then.
        time.sleep(left + 1)


class FormReader(HTMLParser):
    """The fields of the page's main form and what submitting it unchanged would send."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, str] = {}
        self.choices: dict[str, list[tuple[str, str]]] = {}
        self.select: str | None = None
        self.option: str | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        name = a.get("name", "")
        if tag == "input" and name and a.get("type") not in ("submit", "button"):
            if a.get("type") == "checkbox":
                if "checked" in a:
                    self.data[name] = "on"
            elif not name.endswith("__prefix__") and "__prefix__" not in name:
                self.data[name] = a.get("value", "")
        elif tag == "select" and "__prefix__" not in name:
            self.select = name
            self.choices[name] = []
        elif tag == "option" and self.select:
            self.option = a.get("value", "")
            if "selected" in a or self.select not in self.data:
                self.data[self.select] = self.option
        elif tag == "textarea" and "__prefix__" not in name:
            self.textarea = name
            self.data[name] = ""

    def handle_data(self, data: str) -> None:
        if self.textarea:
            self.data[self.textarea] += data
        elif self.select and self.option is not None:
            self.choices[self.select].append((self.option, data.strip()))
            self.option = None

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # Browsers drop the newline that follows <textarea>.
            self.data[self.textarea] = self.data[self.textarea].removeprefix("\n")
            self.textarea = None
