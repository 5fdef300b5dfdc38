from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _


class LanguageMiddleware:
    """Bokmål unless the person chose another language with the language switcher.

    Django's LocaleMiddleware would follow the browser's Accept-Language, and the tablets and
    laptops at a Norwegian workshop are often set to English.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language  # type: ignore[attr-defined]
            response = self.get_response(request)
            response.headers.setdefault("Content-Language", language)
        return response


# Browser features no page of ours uses; a page that is tricked into asking for them gets nothing.
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), "
    "magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()"
)
# Pages and files for facilitators: never kept by a browser or a proxy (a shared venue laptop).
PRIVATE_PREFIXES = ("/fasilitator/", "/admin/")


class SecurityHeadersMiddleware:
    """A Permissions-Policy on every answer, and no caching of what only facilitators see.

    It sits outside the session, CSRF and messages middleware, so it sees every cookie an answer
    sets: an answer that sets one is never public (a shared cache would hand it to the next reader),
    whatever the view said. The public report sets none (tests/workshop/test_report_caching.py);
    this is the net under it, e.g. for a reader whose stale session cookie is being deleted.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path.startswith(PRIVATE_PREFIXES):
            response["Cache-Control"] = "private, no-store"
        elif response.cookies and "public" in response.get("Cache-Control", ""):
            patch_cache_control(response, private=True)
        return response


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class FormEncodingMiddleware:
    """A form body that declares any charset but UTF-8 gets 400 before anything reads it.

    Django refuses such a body with BadRequest when request.POST is first read (an unknown charset
    even raises LookupError), and reading it again while handling that error raised again: a 500
    on every URL. Nothing of ours sends anything but UTF-8, so the request is refused here, plainly.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.content_type in FORM_TYPES:
            charset = (request.content_params or {}).get("charset", "utf-8").strip().strip('"').lower()
            if charset not in ("utf-8", "utf8"):
                return HttpResponseBadRequest(
                    _("Forms must be sent as UTF-8."), content_type="text/plain; charset=utf-8"
                )
        return self.get_response(request)


class MethodNotAllowedPageMiddleware:
    """A page for a 405, which Django answers with an empty body: a blank screen for someone who
    opened a form's address (a bookmark, a reload, a link copied from the address bar)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 405 and not response.content and request.method != "HEAD":
            response.content = render_to_string("405.html", request=request).encode()
            response["Content-Type"] = "text/html; charset=utf-8"
        return response
