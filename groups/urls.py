from __future__ import annotations

from django.urls import URLPattern, path

from groups import compile, exchange, room, search, setup, themes, views

app_name = "groups"


def board_patterns(prefix: str, name: str) -> list[URLPattern]:
    """A board's page and its note actions: the same for a table, a plenum and a talk."""
    notes = f"{prefix}notater/"
    note = f"{notes}<int:note_id>/"
    return [
        path(prefix, views.board, name=name),
        path(notes, views.add_note, name=f"{name}-add"),
        path(f"{note}endre/", views.edit_note, name=f"{name}-edit"),
        path(f"{note}slett/", views.delete_note, name=f"{name}-delete"),
        path(f"{note}angre/", views.restore_note, name=f"{name}-restore"),
        path(f"{note}flytt/", views.move_note, name=f"{name}-move"),
        path(f"{note}plenum/", views.share_note, name=f"{name}-share"),
    ]


urlpatterns = [
    # At the root so that it may serve the tables' pages when the network is gone.
    path("sw.js", views.service_worker, name="service-worker"),
    # Table hosts have no account: the unguessable token in the address is their key.
    path("bord/", room.join, name="join"),
    *board_patterns("bord/<str:token>/", "table"),
    path("bord/<str:token>/tidligere-lenke/", views.earlier_link, name="table-earlier-link"),
    # Facilitators. Searching every workshop comes first: "sok" would otherwise be read as a slug.
    path("fasilitator/sok/", search.search_all, name="search-all"),
    path("fasilitator/oppsett/nytt/", setup.new_workshop, name="new-workshop"),
    path("fasilitator/<slug:slug>/", room.live, name="live"),
    path("fasilitator/<slug:slug>/oppsett/", setup.setup, name="setup"),
    path("fasilitator/<slug:slug>/notater.csv", exchange.notes_csv, name="notes-csv"),
    path("fasilitator/<slug:slug>/oppsett/detaljer/", setup.details, name="setup-details"),
    path("fasilitator/<slug:slug>/oppsett/program/", setup.add_item, name="setup-add-item"),
    path("fasilitator/<slug:slug>/oppsett/program/lim-inn/", setup.paste_programme, name="setup-paste"),
    path("fasilitator/<slug:slug>/oppsett/program/<int:item_id>/", setup.edit_item, name="setup-edit-item"),
    path("fasilitator/<slug:slug>/oppsett/program/<int:item_id>/slett/", setup.delete_item, name="setup-delete-item"),
    path("fasilitator/<slug:slug>/oppsett/runder/", setup.add_round, name="setup-add-round"),
    path("fasilitator/<slug:slug>/oppsett/runder/<int:number>/", setup.edit_round, name="setup-edit-round"),
    path("fasilitator/<slug:slug>/oppsett/runder/<int:number>/slett/", setup.delete_round, name="setup-delete-round"),
    path("fasilitator/<slug:slug>/oppsett/organisasjoner/", setup.add_organisations, name="setup-add-organisations"),
    path(
        "fasilitator/<slug:slug>/oppsett/organisasjoner/<int:organisation_id>/",
        setup.edit_organisation, name="setup-edit-organisation",
    ),
    path(
        "fasilitator/<slug:slug>/oppsett/organisasjoner/<int:organisation_id>/slett/",
        setup.delete_organisation, name="setup-delete-organisation",
    ),
    path("fasilitator/<slug:slug>/oppsett/bord/", setup.add_tables, name="setup-add-tables"),
    path("fasilitator/<slug:slug>/oppsett/bord/plassering/", setup.seating, name="setup-seating"),
    path("fasilitator/<slug:slug>/oppsett/mal/", setup.copy, name="setup-copy"),
    path("fasilitator/<slug:slug>/neste-runde/", room.next_round, name="next-round"),
    path("fasilitator/<slug:slug>/forrige-runde/", room.previous_round, name="previous-round"),
    path("fasilitator/<slug:slug>/avslutt-dagen/", room.end_day, name="end-day"),
    path("fasilitator/<slug:slug>/qr/", room.qr_sheet, name="qr-sheet"),
    path("fasilitator/<slug:slug>/timer/", room.timer, name="timer"),
    path("fasilitator/<slug:slug>/timer/<slug:action>/", room.timer_action, name="timer-action"),
    path("fasilitator/<slug:slug>/bord/<int:number>/ny-tilgang/", room.renew_access, name="renew-access"),
    *board_patterns("fasilitator/<slug:slug>/plenum/<int:round_number>/", "plenum"),
    *board_patterns("fasilitator/<slug:slug>/program/<int:item_id>/", "programme"),
    # Compiling the report (facilitators).
    path("fasilitator/<slug:slug>/sammenstill/", compile.overview, name="compile"),
    path(
        "fasilitator/<slug:slug>/sammenstill/sporsmal/<int:question_id>/",
        compile.question, name="compile-question",
    ),
    path(
        "fasilitator/<slug:slug>/sammenstill/runde/<int:round_number>/",
        compile.round_summary, name="compile-round",
    ),
    path("fasilitator/<slug:slug>/sammenstill/sammendrag/", compile.summary, name="compile-summary"),
    # "Use in the summary": a suggestion from the notes into a summary's draft.
    path("fasilitator/<slug:slug>/sammenstill/bruk/", compile.use_in_workshop_summary, name="compile-use"),
    path(
        "fasilitator/<slug:slug>/sammenstill/sporsmal/<int:question_id>/bruk/",
        compile.use_in_question_summary, name="compile-question-use",
    ),
    path(
        "fasilitator/<slug:slug>/sammenstill/runde/<int:round_number>/bruk/",
        compile.use_in_round_summary, name="compile-round-use",
    ),
    path("fasilitator/<slug:slug>/gar-igjen/", compile.recurring_live, name="recurring-live"),
    path("fasilitator/<slug:slug>/publiser/", compile.publish, name="publish"),
    # Themes the facilitator tags notes with, across tables and rounds.
    path("fasilitator/<slug:slug>/tema/", themes.themes, name="themes"),
    path("fasilitator/<slug:slug>/tema/merk/", themes.tag, name="theme-tag"),
    path("fasilitator/<slug:slug>/tema/rapport/", themes.report_themes, name="themes-report"),
    path("fasilitator/<slug:slug>/tema/<int:theme_id>/", themes.theme, name="theme"),
    path("fasilitator/<slug:slug>/tema/<int:theme_id>/fjern/", themes.untag, name="theme-untag"),
    path("fasilitator/<slug:slug>/tema/<int:theme_id>/slett/", themes.delete, name="theme-delete"),
    path("fasilitator/<slug:slug>/sok/", search.search, name="search"),
]
