from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from evaluation.demo import load_demo_surveys
from evaluation.results import percent
from workshop.models import Workshop

DEMO_SLUG = "inkludering-2025"
TRIAL_SLUG = "provebord"


class Command(BaseCommand):
    help = "Give the demo workshop (after load_demo) the seed's evaluation survey with 34 answers."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="Where the app is served.")

    def handle(self, *args: Any, url: str, **options: Any) -> None:
        demo = Workshop.objects.filter(slug=DEMO_SLUG).first()
        if demo is None:
            raise CommandError(f"No workshop “{DEMO_SLUG}”: run load_demo first.")
        trial = Workshop.objects.filter(slug=TRIAL_SLUG).first()
        survey, trial_survey = load_demo_surveys(demo, trial)
        responses = survey.responses.count()
        county = survey.responses.filter(answers__option__label="Fylkeskommune").count()
        self.stdout.write(self.style.SUCCESS(
            f"Evaluation of “{demo.title}”: {survey.questions.count()} questions, {responses} responses "
            f"({county} Fylkeskommune, {responses - county} Annen organisasjon; "
            f"{percent(county, responses)} % from county municipalities)."
        ))
        self.stdout.write(f"  Results:            {url}/fasilitator/{demo.slug}/evaluering/")
        self.stdout.write(f"  In the report:      {url}/rapport/{demo.slug}/#evaluation")
        if trial_survey is not None:
            self.stdout.write(f"  Answer the survey:  {url}{trial_survey.get_absolute_url()}  (open, no answers yet)")
