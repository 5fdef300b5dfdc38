"""The bench's URLconf: the product's URLs, and beside them the floor it is measured against.

Only `make bench` serves this (ROOT_URLCONF=tests.bench.urls); the product never does.
"""

from __future__ import annotations

import uuid

from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from groups.models import Note, Table


@csrf_exempt
@require_POST
def bare_insert(request: HttpRequest, table_id: int) -> HttpResponse:
    """The least a save can do: one INSERT of a note, nothing checked, nothing rendered."""
    # The table as a loaded object with its workshop: Note.save() checks that they agree, at no query.
    workshop_id = int(request.POST["workshop"])
    table = Table(pk=table_id, workshop_id=workshop_id)
    Note.objects.create(workshop_id=workshop_id, table=table, text=request.POST["text"],
                        client_id=uuid.uuid4(), position=1)
    return HttpResponse("ok")


def bare_list(request: HttpRequest, workshop_id: int) -> HttpResponse:
    """The least a page of notes can do: every note of a workshop, one query, a plain template."""
    notes = Note.objects.filter(workshop_id=workshop_id).select_related("organisation").order_by("pk")
    return HttpResponse(BARE_LIST.render({"notes": notes}, request))


BARE_LIST = engines["django"].from_string(
    '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Gulv</title></head><body><ul>'
    "{% for note in notes %}<li>{% if note.organisation %}{{ note.organisation.name }}: {% endif %}"
    "{{ note.text|linebreaksbr }}</li>{% endfor %}</ul></body></html>"
)


urlpatterns = [
    path("benk/gulv/lagre/<int:table_id>/", bare_insert),
    path("benk/gulv/liste/<int:workshop_id>/", bare_list),
    path("", include("workshop.urls")),
]
