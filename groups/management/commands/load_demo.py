from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandParser

from workshop.demo import load_workshop
from workshop.models import Workshop

DEMO_SLUG = "inkludering-2025"
TRIAL_SLUG = "provebord"


class Command(BaseCommand):
    help = "Load the demo workshop (published) and an empty running copy to try the tables with."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="Where the app is served.")
        parser.add_argument("--username", default="fasilitator")
        parser.add_argument("--password", default="bordnotat")

    def handle(self, *args: Any, url: str, username: str, password: str, **options: Any) -> None:
        demo = load_workshop(slug=DEMO_SLUG)
        demo.publish()
        trial = load_workshop(
            slug=TRIAL_SLUG, title=f"Prøveverksted: {demo.title}", with_notes=False
        )
        trial.status = Workshop.Status.RUNNING
        trial.listed = False
        trial.save()
        facilitator, _created = User.objects.get_or_create(username=username)
        facilitator.is_staff = facilitator.is_superuser = True
        facilitator.set_password(password)
        facilitator.save()

        table = trial.tables.order_by("number").first()
        notes = demo.notes.count()
        self.stdout.write(self.style.SUCCESS(
            f"Loaded “{demo.title}”: {demo.tables.count()} tables, {demo.rounds.count()} rounds, "
            f"{notes} notes, published."
        ))
        self.stdout.write(f"  Report:             {url}/rapport/{demo.slug}/")
        self.stdout.write(f"  Facilitator login:  {url}/admin/  (user {username}, password {password})")
        self.stdout.write(f"  Live overview:      {url}/fasilitator/{trial.slug}/")
        if table is not None:
            self.stdout.write(f"  Open a table as host: {url}{table.get_absolute_url()}")
            self.stdout.write(f"    or go to {url}/bord/ and type the code {table.join_code}")
