from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def join(request: HttpRequest) -> HttpResponse:
    raise NotImplementedError


def table(request: HttpRequest, token: str) -> HttpResponse:
    raise NotImplementedError
