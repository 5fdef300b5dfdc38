"""The report's downloads: who may have them, and what the ZIP holds."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.test import Client

from tests.evaluation.factories import build_survey, respond
from tests.factories import build_workshop
from workshop.models import Workshop

pytestmark = pytest.mark.django_db

FORMATS = ["rapport.pdf", "rapport.docx", "rapport.md", "alt.zip"]


def url(workshop: Workshop, name: str) -> str:
    return f"/rapport/{workshop.slug}/{name}"


@pytest.mark.parametrize("name", FORMATS)
def test_anyone_downloads_a_published_report(client: Client, name: str) -> None:
    workshop = build_workshop(slug="publisert", notes_per_table=2)
    workshop.publish()
    response = client.get(url(workshop, name))
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="publisert.{name.rsplit(".", 1)[1]}"'
    assert response["Cache-Control"] == "public, max-age=300"


@pytest.mark.parametrize("name", FORMATS)
def test_an_unpublished_reports_downloads_are_404_for_everyone_but_facilitators(
    participant: object, facilitator_client: Client, workshop: Workshop, name: str
) -> None:
    anonymous, logged_in = Client(), Client()
    logged_in.force_login(participant)  # type: ignore[arg-type]
    assert anonymous.get(url(workshop, name)).status_code == 404
    assert logged_in.get(url(workshop, name)).status_code == 404
    preview = facilitator_client.get(url(workshop, name))
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"]


def zip_names(response: object) -> set[str]:
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:  # type: ignore[attr-defined]
        assert archive.testzip() is None
        return set(archive.namelist())


def test_the_zip_holds_every_format_and_for_facilitators_the_csvs_and_the_export(
    facilitator_client: Client,
) -> None:
    workshop = build_workshop(slug="alt", notes_per_table=3)
    survey = build_survey(workshop)
    for where in ("fylkeskommune", "annen-organisasjon"):
        respond(survey, q1=where)
    workshop.publish()

    public = zip_names(Client().get(url(workshop, "alt.zip")))
    assert {"alt.pdf", "alt.docx", "alt.md"} <= public
    assert any(name.startswith("charts/") for name in public)
    assert not any(name.endswith((".json", ".csv")) for name in public)

    staff = zip_names(facilitator_client.get(url(workshop, "alt.zip")))
    assert public | {"alt.json", "notater-alt.csv", "evaluering-alt-svar.csv", "evaluering-alt-resultater.csv"} <= staff


def test_the_report_page_links_every_download(client: Client) -> None:
    workshop = build_workshop(slug="lenker")
    workshop.publish()
    html = client.get(f"/rapport/{workshop.slug}/").content.decode()
    for name in FORMATS:
        assert f'href="{url(workshop, name)}"' in html
    assert "Last ned rapporten" in html
    # The page's outline starts with the report's title.
    assert re.findall(r"<h([1-6])", html)[0] == "1"
