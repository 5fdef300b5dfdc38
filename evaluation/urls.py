from __future__ import annotations

from django.urls import path

from evaluation import facilitator, views

app_name = "evaluation"

urlpatterns = [
    # Participants: no account; the short address is shown with a QR code at the end of the day.
    path("evaluering/<slug:slug>/", views.survey, name="survey"),
    path("evaluering/<slug:slug>/takk/", views.thanks, name="thanks"),
    # Facilitators.
    path("fasilitator/<slug:slug>/evaluering/", facilitator.results, name="results"),
    path("fasilitator/<slug:slug>/evaluering/opprett/", facilitator.create_survey, name="create"),
    path("fasilitator/<slug:slug>/evaluering/kommentarer/", facilitator.approve_comments, name="comments"),
    path("fasilitator/<slug:slug>/evaluering/vis/", facilitator.show, name="show"),
    path("fasilitator/<slug:slug>/evaluering/svar.csv", facilitator.responses_csv, name="responses-csv"),
    path("fasilitator/<slug:slug>/evaluering/resultater.csv", facilitator.results_csv, name="results-csv"),
]
