"""The facilitator runs the round's phases on a timer the projector shows."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import build_workshop
from workshop.models import Workshop

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2025, 10, 23, 10, 0, tzinfo=datetime.UTC)


def at(seconds: float) -> mock._patch[mock.MagicMock]:
    """Freeze the clock `seconds` after NOW."""
    return mock.patch("django.utils.timezone.now", return_value=NOW + datetime.timedelta(seconds=seconds))


def timer_url(workshop: Workshop, action: str = "") -> str:
    return f"/fasilitator/{workshop.slug}/timer/" + (f"{action}/" if action else "")


def fresh(workshop: Workshop) -> Workshop:
    return Workshop.objects.select_related("current_round").get(pk=workshop.pk)


def test_before_a_start_the_timer_shows_the_first_phase_not_running(workshop: Workshop) -> None:
    state = workshop.timer_state()
    assert (state.phase, state.running, state.remaining_seconds, state.total_seconds) == ("", False, 180, 180)
    assert state.phase_label == "Individuelt" and state.clock == "03:00" and state.ends_at is None


def test_start_runs_the_first_phase_and_counts_down_from_when_it_started(workshop: Workshop) -> None:
    with at(0):
        assert workshop.start_timer(seen_phase="")
    with at(50.2):
        state = fresh(workshop).timer_state()
    assert state.phase == "individual" and state.running
    assert state.remaining_seconds == 130 and state.clock == "02:10"
    assert state.ends_at == NOW + datetime.timedelta(seconds=180)
    assert state.ends_at_epoch == f"{(NOW + datetime.timedelta(seconds=180)).timestamp():.3f}"


def test_a_second_start_changes_nothing(workshop: Workshop) -> None:
    with at(0):
        workshop.start_timer(seen_phase="")
    with at(30):
        assert not workshop.start_timer(seen_phase="")
        assert not workshop.start_timer(seen_phase="individual")
    stored = fresh(workshop)
    assert stored.timer_started_at == NOW and stored.timer_phase == "individual"


def test_pause_keeps_the_time_run_and_a_resume_goes_on_from_there(workshop: Workshop) -> None:
    with at(0):
        workshop.start_timer()
    with at(60):
        assert workshop.pause_timer(seen_phase="individual")
        assert not workshop.pause_timer(seen_phase="individual")
    with at(600):
        paused = fresh(workshop).timer_state()
        assert not paused.running and paused.remaining_seconds == 120 and paused.ends_at is None
        assert workshop.start_timer(seen_phase="individual")
    with at(610):
        resumed = fresh(workshop).timer_state()
    assert resumed.running and resumed.remaining_seconds == 110


def test_time_runs_out_at_zero_and_stays_there(workshop: Workshop) -> None:
    with at(0):
        workshop.start_timer()
    with at(500):
        state = fresh(workshop).timer_state()
    assert state.remaining_seconds == 0 and state.time_is_up and state.running


def test_next_phase_moves_once_however_often_it_is_clicked(workshop: Workshop) -> None:
    with at(0):
        workshop.start_timer()
    with at(200):
        assert workshop.next_phase(from_phase="individual")
        assert not workshop.next_phase(from_phase="individual")
    with at(260):
        state = fresh(workshop).timer_state()
    assert state.phase == "group" and state.phase_label == "Gruppe"
    assert state.running and state.remaining_seconds == 30 * 60 - 60


def test_the_plenum_lasts_its_minutes_for_every_table_and_ends_the_round(db: None) -> None:
    workshop = build_workshop(slug="plenum", tables=5)
    workshop.timer_phase = "group"
    workshop.save()
    assert workshop.next_phase(from_phase="group")
    state = fresh(workshop).timer_state()
    assert state.phase == "plenum" and state.total_seconds == 5 * 2 * 60 and state.clock == "10:00"
    assert not state.running
    assert workshop.next_phase(from_phase="plenum")
    stored = fresh(workshop)
    assert stored.timer_phase == "" and not stored.timer_running


def test_after_the_last_phase_the_projector_says_the_round_is_done_not_that_it_starts_over(
    facilitator_client: Client, workshop: Workshop
) -> None:
    workshop.start_timer()
    for phase in ("individual", "group", "plenum"):
        assert fresh(workshop).next_phase(from_phase=phase)
    html = facilitator_client.get(timer_url(workshop)).content.decode()
    assert "Rundens faser er ferdige" in html and "Start på nytt" in html
    assert "Ikke startet" not in html and "Individuelt" not in html
    live = facilitator_client.get(f"/fasilitator/{workshop.slug}/").content.decode()
    assert "Rundens faser er ferdige." in live and "ikke startet for denne runden" not in live


def test_a_start_after_the_last_phase_runs_the_first_phase_again_and_the_next_round_starts_fresh(
    workshop: Workshop,
) -> None:
    workshop.start_timer()
    for phase in ("individual", "group", "plenum"):
        fresh(workshop).next_phase(from_phase=phase)
    assert fresh(workshop).timer_state().done
    assert fresh(workshop).start_timer()
    state = fresh(workshop).timer_state()
    assert state.phase == "individual" and state.running and not state.done
    for phase in ("individual", "group", "plenum"):
        fresh(workshop).next_phase(from_phase=phase)
    assert fresh(workshop).advance_round(workshop.current_round_id)
    state = fresh(workshop).timer_state()
    assert not state.done and state.phase == "" and state.phase_label == "Individuelt"


def test_phases_without_minutes_are_skipped(workshop: Workshop) -> None:
    workshop.current_round.individual_minutes = 0
    workshop.current_round.save()
    assert fresh(workshop).start_timer()
    assert fresh(workshop).timer_phase == "group"


def test_a_round_without_phase_times_cannot_be_started(workshop: Workshop) -> None:
    round_ = workshop.current_round
    round_.individual_minutes = round_.group_minutes = round_.plenum_minutes = 0
    round_.save()
    assert not fresh(workshop).start_timer()
    assert fresh(workshop).timer_phase == ""


def test_reset_and_the_next_round_clear_the_timer(workshop: Workshop) -> None:
    workshop.start_timer()
    assert workshop.reset_timer() and not workshop.reset_timer()
    workshop.start_timer()
    workshop.advance_round(workshop.current_round_id)
    stored = fresh(workshop)
    assert stored.current_round.number == 2
    assert (stored.timer_phase, stored.timer_running, stored.timer_started_at) == ("", False, None)


def test_every_change_moves_the_workshops_updated_time(workshop: Workshop) -> None:
    before = fresh(workshop).updated_at
    with at(3600):
        workshop.start_timer()
    assert fresh(workshop).updated_at == NOW + datetime.timedelta(seconds=3600) != before


# The pages. -----------------------------------------------------------------------------------


def test_timer_page_shows_phase_clock_round_and_questions(facilitator_client: Client, workshop: Workshop) -> None:
    # The clock frozen: on a busy machine the page was rendered 2.2 s after the start ("02:58").
    with at(0):
        workshop.start_timer()
    with at(0.4):
        response = facilitator_client.get(timer_url(workshop))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="timer-page"' in html and 'role="timer"' in html
    assert "Individuelt" in html and "Runde 1: Runde 1" in html and "Spørsmål 1.2" in html
    assert ">03:00<" in html
    assert 'data-timer-running="true"' in html and "bordnotat/timer.js" in html
    assert "Pause" in html and "Neste fase" in html


def test_timer_buttons_work_without_javascript(facilitator_client: Client, workshop: Workshop) -> None:
    response = facilitator_client.post(timer_url(workshop, "start"), {"phase": ""})
    assert response.status_code == 302 and response["Location"] == timer_url(workshop)
    assert fresh(workshop).timer_running
    facilitator_client.post(timer_url(workshop, "pause"), {"phase": "individual"})
    assert not fresh(workshop).timer_running
    for _ in range(2):
        facilitator_client.post(timer_url(workshop, "neste"), {"phase": "individual"})
    assert fresh(workshop).timer_phase == "group"
    page = facilitator_client.get(timer_url(workshop)).content.decode()
    assert "Tidtakeren var allerede endret" in page and "30:00" in page and "Fortsett" in page
    facilitator_client.post(timer_url(workshop, "nullstill"), {"phase": "group"})
    assert fresh(workshop).timer_phase == ""


def test_timer_buttons_with_htmx_answer_the_fragment(facilitator_client: Client, workshop: Workshop) -> None:
    response = facilitator_client.post(timer_url(workshop, "start"), {"phase": ""}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert 'data-timer-running="true"' in html and "Pause" in html


def test_time_is_up_is_written_out(facilitator_client: Client, workshop: Workshop) -> None:
    workshop.start_timer()
    Workshop.objects.filter(pk=workshop.pk).update(timer_started_at=timezone.now() - datetime.timedelta(minutes=5))
    html = facilitator_client.get(timer_url(workshop)).content.decode()
    assert "Tiden er ute" in html and "timer-done" in html


def test_timer_poll_answers_304_until_the_timer_changes(facilitator_client: Client, workshop: Workshop) -> None:
    htmx = {"HX-Request": "true"}
    first = facilitator_client.get(timer_url(workshop), headers=htmx)
    assert first.status_code == 200 and "<html" not in first.content.decode()
    etag = first["ETag"]
    again = facilitator_client.get(timer_url(workshop), headers={**htmx, "If-None-Match": etag})
    assert again.status_code == 304
    facilitator_client.post(timer_url(workshop, "start"), {"phase": ""})
    changed = facilitator_client.get(timer_url(workshop), headers={**htmx, "If-None-Match": etag})
    assert changed.status_code == 200 and 'data-timer-running="true"' in changed.content.decode()
    assert "HX-Request" in changed["Vary"]


def test_the_poll_brings_time_is_up_when_the_phase_runs_out(facilitator_client: Client, workshop: Workshop) -> None:
    # Nothing stored changes when a phase runs out: the poll was answered 304, and the projector's
    # status kept saying "Counting down" under a clock that said "Time is up".
    htmx = {"HX-Request": "true"}
    with at(0):
        workshop.start_timer()
        etag = facilitator_client.get(timer_url(workshop), headers=htmx)["ETag"]
    with at(5 * 60):
        ran_out = facilitator_client.get(timer_url(workshop), headers={**htmx, "If-None-Match": etag})
    assert ran_out.status_code == 200
    assert "Gå videre til neste fase når rommet er klart." in ran_out.content.decode()


def test_a_poll_with_nothing_new_costs_one_query_besides_the_login(
    facilitator_client: Client, workshop: Workshop
) -> None:
    etag = facilitator_client.get(timer_url(workshop), headers={"HX-Request": "true"})["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = facilitator_client.get(timer_url(workshop), headers={"HX-Request": "true", "If-None-Match": etag})
    assert response.status_code == 304
    login = ("django_session", "auth_user")
    ours = [q["sql"] for q in queries.captured_queries if not any(table in q["sql"] for table in login)]
    assert len(ours) == 1 and "workshop_workshop" in ours[0]


def test_unknown_action_or_phase_is_refused(facilitator_client: Client, workshop: Workshop) -> None:
    assert facilitator_client.post(timer_url(workshop, "hopp"), {"phase": ""}).status_code == 404
    assert facilitator_client.post(timer_url(workshop, "start"), {"phase": "kaffe"}).status_code == 400
    assert facilitator_client.get(timer_url(workshop, "start")).status_code == 405
    assert fresh(workshop).timer_phase == ""


def test_live_overview_shows_the_phase_and_links_the_timer(facilitator_client: Client, workshop: Workshop) -> None:
    html = facilitator_client.get(f"/fasilitator/{workshop.slug}/").content.decode()
    assert "Tidtakeren er ikke startet" in html and timer_url(workshop) in html
    workshop.start_timer()
    html = facilitator_client.get(f"/fasilitator/{workshop.slug}/", headers={"HX-Request": "true"}).content.decode()
    assert "Individuelt" in html and "data-timer-ends-at" in html


def test_once_the_day_is_ended_the_timer_does_not_start_again(facilitator_client: Client, workshop: Workshop) -> None:
    # Ending the day stopped the timer, but the projector still offered Start, and it ran on the closed
    # tables' pages.
    workshop.start_timer()
    workshop.end_day()
    page = facilitator_client.get(timer_url(workshop)).content.decode()
    assert "Dagen er avsluttet" in page and ">Start<" not in page
    response = facilitator_client.post(timer_url(workshop, "start"), {"phase": ""}, follow=True)
    stored = fresh(workshop)
    assert (stored.timer_phase, stored.timer_running) == ("", False)
    assert "Tidtakeren er stoppet" in response.content.decode()
    assert "Tidtakeren var allerede endret" not in response.content.decode()
