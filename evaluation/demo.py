"""The seed report's evaluation survey, and 34 answers shaped like its charts, for the demo.

The questions and scales are the seed's ("Evaluering" in seeds/002_…txt). The answers are fixed
counts per question and per group (24 from county municipalities, 10 from other organisations),
chosen to give the percentages the seed's charts print where they are legible (for example
"Gruppearbeid 4": 8 / 67 %, 10 / 70 %, 9 / 68 %; "relevant i min arbeidshverdag": 92, 70, 85 %),
and dealt out to the respondents in a fixed pseudo-random order: the same demo every time.
"""

from __future__ import annotations

import datetime
import random

from django.db import transaction
from django.utils import timezone

from evaluation.models import Answer, Option, Question, Response, Survey
from workshop.models import Workshop

FYLKE, ANNEN = "fylkeskommune", "annen-organisasjon"
GROUP_SIZES = {FYLKE: 24, ANNEN: 10}

NYTTIG = ["Lite nyttig", "Noe nyttig", "Nyttig", "Svært nyttig"]
INTERESSANT = ["Lite interessant", "Noe interessant", "Interessant", "Svært interessant"]
ENIG = ["Helt uenig", "Uenig", "Litt enig", "Enig"]
ALT_I_ALT = ["Svært lite nyttig", "Lite nyttig", "Hverken eller", "Nyttig", "Svært nyttig"]

# (question, kind, options, dont_know, {group: counts per option, "don't know" last}).
# Counts add up to fewer than the group when some skipped the question.
SCALES: list[tuple[str, list[str], bool, dict[str, list[int]]]] = [
    ("Hva synes du om – innlegget fra IMDi", NYTTIG, False, {FYLKE: [0, 6, 12, 6], ANNEN: [0, 0, 6, 4]}),  # noqa: RUF001
    ("Hva synes du om – innlegget fra ideas2evidence", NYTTIG, False,  # noqa: RUF001
     {FYLKE: [0, 2, 12, 10], ANNEN: [0, 0, 5, 5]}),
    ("Hva synes du om – gruppediskusjonene", NYTTIG, False, {FYLKE: [0, 1, 9, 14], ANNEN: [0, 0, 4, 6]}),  # noqa: RUF001
    ("Gruppearbeid 1 (erfaringsdeling): Hvordan ser vi vårt arbeid opp mot regionen sitt behov for folk "
     "og arbeidskraft?", INTERESSANT, False, {FYLKE: [0, 1, 13, 10], ANNEN: [0, 0, 6, 4]}),
    ("Gruppearbeid 2: Hvordan kan vi styrke arbeidet med integrering og inkludering?", INTERESSANT, False,
     {FYLKE: [0, 2, 12, 10], ANNEN: [0, 1, 5, 4]}),
    ("Gruppearbeid 3: Hvordan utvikler vi samarbeidet med eksterne og veilederrollen overfor kommunene?",
     INTERESSANT, False, {FYLKE: [0, 1, 14, 9], ANNEN: [0, 1, 6, 3]}),
    ("Gruppearbeid 4: Hva kan nasjonale myndigheter og støttespillere bidra med?", INTERESSANT, False,
     {FYLKE: [0, 2, 16, 6], ANNEN: [0, 1, 7, 2]}),
    ("Det har vært inspirerende å høre erfaringer fra andre fylker", ENIG, True,
     {FYLKE: [0, 0, 3, 21, 0], ANNEN: [0, 0, 2, 8, 0]}),
    ("Jeg har fått nye ideer til å utvikle fylkeskommunens arbeid med integrering og inkludering", ENIG, True,
     {FYLKE: [0, 1, 6, 17, 0], ANNEN: [0, 0, 3, 6, 1]}),
    ("Jeg har fått motivasjon til å jobbe med å utvikle fylkeskommunens arbeid med integrering og "
     "inkludering", ENIG, True, {FYLKE: [0, 0, 5, 19, 0], ANNEN: [0, 0, 3, 7, 0]}),
    ("Det jeg har lært er relevant i min arbeidshverdag", ENIG, True,
     {FYLKE: [0, 0, 2, 22, 0], ANNEN: [0, 0, 2, 7, 1]}),
    ("På en skala fra 1–5, der 1 er svært lite nyttig og 5 er svært nyttig, hva synes du om "  # noqa: RUF001
     "arbeidsverkstedet, alt i alt?", ALT_I_ALT, True,
     {FYLKE: [0, 0, 1, 9, 13, 0], ANNEN: [0, 0, 0, 4, 3, 1]}),
]
USED_MATERIAL = {FYLKE: 22, ANNEN: 7}  # answered "Ja"; the others "Nei"
MATERIAL_USEFUL = {FYLKE: [0, 3, 13, 6], ANNEN: [0, 1, 4, 2]}  # of those who said "Ja"

COMMENTS = [
    ("Veldig nyttig å møte de andre fylkene og høre hvordan de jobber.", True),
    ("Gjerne mer tid til gruppearbeidet, og litt mindre til innleggene.", True),
    ("Fint med konkrete eksempler fra Agder og Telemark.", True),
    ("Savnet at kommunene var representert.", False),
    ("Lokalet var trangt for så mange bord.", False),
]


def new_question(survey: Survey, order: int, text: str, kind: str, labels: list[str] | None = None,
                 **fields: object) -> Question:
    question = Question.objects.create(survey=survey, order=order, text=text, kind=kind, **fields)
    if labels:
        question.set_options(labels)
    return question


@transaction.atomic
def build_survey(workshop: Workshop, *, responses: bool, closes_at: datetime.datetime | None) -> Survey:
    """(Re)create the seed's survey for `workshop`; with `responses`, also its 34 answers."""
    Survey.objects.filter(workshop=workshop).delete()
    survey = Survey.objects.create(
        workshop=workshop, closes_at=closes_at,
        introduction="Takk for at du var med! Evalueringen tar 3–4 minutter, og svarene er anonyme.",  # noqa: RUF001
    )
    where = new_question(survey, 1, "Hvor jobber du?", Question.Kind.CHOICE,
                         ["Fylkeskommune", "Annen organisasjon"], is_segment=True, required=True)
    used = new_question(
        survey, 2, "Forberedelse til verkstedet: Har du brukt materialet i forberedelsesoppgavene som sto i "
        "artikkelen på nettsiden til Distriktssenteret?", Question.Kind.YES_NO,
    )
    useful = new_question(
        survey, 3, "Hvis ja: – på en skala fra 1–4, hvor nyttig var oppgavene?", Question.Kind.SCALE, NYTTIG,  # noqa: RUF001
        show_if_question=used, show_if_value="yes",
    )
    scales = [
        (new_question(survey, order, text, Question.Kind.SCALE, labels, dont_know=dont_know), counts)
        for order, (text, labels, dont_know, counts) in enumerate(SCALES, start=4)
    ]
    comments = new_question(survey, 4 + len(SCALES), "Skriftlige kommentarer", Question.Kind.TEXT)
    if responses:
        add_responses(survey, where, used, useful, scales, comments)
    return survey


def add_responses(survey: Survey, where: Question, used: Question, useful: Question,
                  scales: list[tuple[Question, dict[str, list[int]]]], comments: Question) -> None:
    shuffle = random.Random(20251023)
    options = {q.pk: list(q.options.order_by("order")) for q in [where, used, useful] + [q for q, _c in scales]}
    people: dict[str, list[Response]] = {}
    answers: list[Answer] = []
    for group_index, (group, size) in enumerate(GROUP_SIZES.items()):
        people[group] = [Response.objects.create(survey=survey, submitted_on=survey.workshop.date)
                         for _n in range(size)]
        answers += [Answer(response=r, question=where, option=options[where.pk][group_index]) for r in people[group]]

    def deal(question: Question, respondents: list[Response], counts: list[int]) -> None:
        order = respondents[:]
        shuffle.shuffle(order)
        labels: list[Option | None] = list(options[question.pk])
        if question.offers_dont_know:
            labels.append(None)
        position = 0
        for option, count in zip(labels, counts, strict=True):
            for response in order[position:position + count]:
                answers.append(Answer(response=response, question=question, option=option,
                                      dont_know=option is None))
            position += count

    for group, respondents in people.items():
        order = respondents[:]
        shuffle.shuffle(order)
        yes, no = order[:USED_MATERIAL[group]], order[USED_MATERIAL[group]:]
        ja, nei = options[used.pk]
        answers.extend(Answer(response=r, question=used, option=ja) for r in yes)
        answers.extend(Answer(response=r, question=used, option=nei) for r in no)
        deal(useful, yes, MATERIAL_USEFUL[group])
        for question, counts in scales:
            deal(question, respondents, counts[group])
    everyone = [r for group in people.values() for r in group]
    for response, (text, approved) in zip(shuffle.sample(everyone, len(COMMENTS)), COMMENTS, strict=True):
        answers.append(Answer(response=response, question=comments, text=text, approved=approved))
    Answer.objects.bulk_create(answers)


def load_demo_surveys(demo: Workshop, trial: Workshop | None) -> tuple[Survey, Survey | None]:
    """The demo workshop's survey, closed a week after the day, with its answers; the trial's, open, empty."""
    day_after = datetime.datetime.combine(demo.date + datetime.timedelta(days=7), datetime.time(12))
    survey = build_survey(demo, responses=True, closes_at=timezone.make_aware(day_after))
    trial_survey = build_survey(trial, responses=False, closes_at=None) if trial else None
    return survey, trial_survey
