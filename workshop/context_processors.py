from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject


def csp_nonce(request: HttpRequest) -> dict[str, object]:
    """Expose the CSP nonce under the name django-htmx's {% htmx_script %} looks for.

    Lazily: django-csp makes a nonce, and puts it in the policy, only once `request.csp_nonce` is
    read. A page that sets `csp_nonce` to None in its own context (the public report, which must
    be the same bytes for every reader) then gets neither a nonce on its tags nor one in its header.
    """
    return {"csp_nonce": SimpleLazyObject(lambda: str(getattr(request, "csp_nonce", "")))}
