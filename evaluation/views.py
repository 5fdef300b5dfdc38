"""Answering the survey: participants, without an account, from a QR code at the end of the day.

No JavaScript is needed: a plain form, validated on the server. Nothing about the person is
stored (see evaluation/models.py); the browser keeps a signed cookie that says "this device
has answered", which is all that refuses a second response.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from evaluation.forms import SurveyForm
from evaluation.models import Survey
from workshop.access import is_facilitator

COOKIE_SALT = "bordnotat.evaluation.answered"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365


def survey_for(slug: str) -> Survey:
    """The survey of the workshop at `slug`, or 404. Anyone may answer an open survey."""
    return get_object_or_404(Survey.objects.select_related("workshop"), workshop__slug=slug)


def cookie_name(survey: Survey) -> str:
    return f"evaluering-{survey.pk}"


def has_answered(request: HttpRequest, survey: Survey) -> bool:
    return request.get_signed_cookie(cookie_name(survey), default=None, salt=COOKIE_SALT) is not None


@require_http_methods(["GET", "HEAD", "POST"])
def survey(request: HttpRequest, slug: str) -> HttpResponse:
    survey = survey_for(slug)
    context: dict[str, object] = {"survey": survey, "workshop": survey.workshop}
    if not survey.is_open():
        return render(request, "evaluation/closed.html", context, status=410)
    if has_answered(request, survey):
        status = 409 if request.method == "POST" else 200
        return render(request, "evaluation/already_answered.html", context, status=status)
    questions = survey.ordered_questions()
    unanswerable = Survey.unanswerable(questions)
    if unanswerable or not questions:
        # Not a form nobody can answer (or one with nothing to answer, which could only be refused):
        # a plain word to participants, the details to facilitators.
        # A POST is refused (409) and stores nothing: the survey is not in a state to take it.
        context.update(
            not_ready=True,
            no_questions=not questions,
            unanswerable=unanswerable,
            show_details=is_facilitator(request),
            change_url=reverse("admin:evaluation_survey_change", args=[survey.pk]),
        )
        status = 409 if request.method == "POST" else 200
        return render(request, "evaluation/survey.html", context, status=status)
    form = SurveyForm(
        request.POST or None, initial={"token": SurveyForm.new_token()}, survey=survey, questions=questions
    )
    if request.method == "POST":
        if form.is_valid():
            # False for a form received before (a retry): stored once, and thanked again.
            form.save()
            response = redirect("evaluation:thanks", slug=survey.workshop.slug)
            response.set_signed_cookie(
                cookie_name(survey), "1", salt=COOKIE_SALT, max_age=COOKIE_MAX_AGE,
                secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Lax",
            )
            return response
        if "token" in form.errors:
            # A form without its token cannot be recognised if it is sent again: give it a new one.
            data = request.POST.copy()
            data["token"] = str(SurveyForm.new_token())
            form.data = data
    context["form"] = form
    return render(request, "evaluation/survey.html", context, status=422 if form.errors else 200)


@require_safe
def thanks(request: HttpRequest, slug: str) -> HttpResponse:
    survey = survey_for(slug)
    if not has_answered(request, survey):
        # "Your answers are saved" to someone who has answered nothing (a shared link, the QR
        # code's address with /takk/) would tell them they are done: send them to the survey.
        return redirect("evaluation:survey", slug=survey.workshop.slug)
    return render(request, "evaluation/thanks.html", {"survey": survey, "workshop": survey.workshop})
