"""Setting up the evaluation survey in the admin: the survey, its ordered questions, their options.

"Create questions from the programme" (an action on the surveys' list, and a button on a
survey's page) adds a question for every talk and every group-work round.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, ForeignKey, QuerySet
from django.forms import BaseInlineFormSet, ModelChoiceField
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from evaluation.models import Option, Question, Survey
from workshop.admin import edited_object_id

PROGRAMME_BUTTON = "_add_programme_questions"


class QuestionFormSet(BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        # Each form is checked against the database alone: two new split questions would both pass.
        splitting = [
            form for form in self.forms
            if form.cleaned_data.get("is_segment") and not form.cleaned_data.get("DELETE")
        ]
        if len(splitting) > 1:
            raise ValidationError(_("Only one question can split the results."))


class QuestionInline(admin.TabularInline):
    model = Question
    formset = QuestionFormSet
    fk_name = "survey"
    fields = ("order", "text", "kind", "required", "dont_know", "is_segment", "show_if_question", "show_if_value")
    extra = 1
    show_change_link = True

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelChoiceField[Any] | None:
        if db_field.name == "show_if_question":
            object_id = edited_object_id(request)
            kwargs["queryset"] = (
                Question.objects.filter(survey_id=object_id).exclude(kind=Question.Kind.TEXT)
                if object_id else Question.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.action(description=gettext_lazy("Create questions from the programme"))
def add_programme_questions(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Survey]) -> None:
    for survey in queryset.select_related("workshop"):
        added = survey.add_programme_questions()
        modeladmin.message_user(request, ngettext(
            "%(survey)s: %(count)d question added.", "%(survey)s: %(count)d questions added.", len(added)
        ) % {"survey": survey, "count": len(added)}, messages.SUCCESS)


@admin.register(Survey)
class SurveyAdmin(admin.ModelAdmin):
    list_display = ("workshop", "closes_at", "in_report", "response_count")
    list_select_related = ("workshop",)
    search_fields = ("workshop__title",)
    fields = ("workshop", "introduction", "closes_at", "in_report", "pages")
    readonly_fields = ("pages",)
    inlines = [QuestionInline]
    actions = [add_programme_questions]
    change_form_template = "evaluation/admin_survey_change_form.html"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Survey]:
        return super().get_queryset(request).annotate(count=Count("responses"))

    @admin.display(description=gettext_lazy("responses"), ordering="count")
    def response_count(self, obj: Survey) -> int:
        return obj.count  # type: ignore[attr-defined]

    @admin.display(description=gettext_lazy("Pages"))
    def pages(self, obj: Survey | None) -> str:
        if obj is None or obj.pk is None:
            return _("Available once the survey is saved.")
        slug = obj.workshop.slug
        return format_html(
            '<ul class="facilitator-links"><li><a href="{}">{}</a></li><li><a href="{}">{}</a></li></ul>',
            obj.get_absolute_url(), _("The survey, as participants see it"),
            reverse("evaluation:results", kwargs={"slug": slug}), _("Results, comments and the QR code"),
        )

    def response_change(self, request: HttpRequest, obj: Survey) -> HttpResponse:
        if PROGRAMME_BUTTON in request.POST:
            added = obj.add_programme_questions()
            self.message_user(request, ngettext(
                "%(count)d question added from the programme.",
                "%(count)d questions added from the programme.", len(added),
            ) % {"count": len(added)}, messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)


class OptionInline(admin.TabularInline):
    model = Option
    fields = ("order", "label", "value")
    extra = 2


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ("text", "kind", "order", "survey", "required", "is_segment")
    list_filter = ("survey", "kind")
    list_select_related = ("survey__workshop",)
    search_fields = ("text",)
    ordering = ("survey", "order", "pk")
    fields = ("survey", "order", "text", "kind", "required", "dont_know", "is_segment",
              "show_if_question", "show_if_value")
    inlines = [OptionInline]

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelChoiceField[Any] | None:
        if db_field.name == "show_if_question":
            # The other questions of this question's own survey, when editing one.
            object_id = edited_object_id(request)
            if object_id:
                kwargs["queryset"] = Question.objects.filter(
                    survey__questions__pk=object_id
                ).exclude(pk=object_id).exclude(kind=Question.Kind.TEXT)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
