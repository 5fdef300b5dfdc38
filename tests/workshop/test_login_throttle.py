"""The staff login is throttled per account and per address, and says nothing about who exists."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from workshop.models import LoginAttempt

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


def log_in(client: Client, username: str, password: str) -> tuple[int, str]:
    response = client.post(LOGIN, {"username": username, "password": password})
    return response.status_code, response.content.decode()


def test_after_five_wrong_passwords_even_the_right_one_waits(facilitator: User) -> None:
    client = Client(REMOTE_ADDR="203.0.113.20")
    for _ in range(5):
        status, html = log_in(client, "fasilitator", "feil-passord")
        assert status == 200 and "oppgi gyldig" in html
    status, html = log_in(client, "fasilitator", "hemmelig-passord")
    assert "For mange mislykkede innlogginger. Prøv igjen om 15 minutter." in html
    assert "_auth_user_id" not in client.session
    # Another address is refused too: the account is what is being guessed.
    _, html = log_in(Client(REMOTE_ADDR="198.51.100.9"), "fasilitator", "hemmelig-passord")
    assert "For mange mislykkede innlogginger" in html


def test_the_message_is_the_same_for_an_account_that_does_not_exist(facilitator: User) -> None:
    client = Client(REMOTE_ADDR="203.0.113.21")
    for _ in range(5):
        log_in(client, "finnes-ikke", "gjetning")
    _, html = log_in(client, "finnes-ikke", "gjetning")
    assert "For mange mislykkede innlogginger. Prøv igjen om 15 minutter." in html


def test_one_address_trying_many_accounts_is_throttled(facilitator: User) -> None:
    client = Client(REMOTE_ADDR="203.0.113.22")
    for n in range(20):
        log_in(client, f"bruker{n}", "gjetning")
    _, html = log_in(client, "fasilitator", "hemmelig-passord")
    assert "For mange mislykkede innlogginger" in html
    assert "_auth_user_id" not in client.session


def test_the_wait_ends_and_nothing_identifying_is_stored(facilitator: User) -> None:
    client = Client(REMOTE_ADDR="203.0.113.23")
    for _ in range(5):
        log_in(client, "fasilitator", "feil-passord")
    assert not LoginAttempt.objects.filter(client__contains="fasilitator").exists()
    assert not LoginAttempt.objects.filter(client__contains="203.0.113").exists()
    LoginAttempt.objects.update(at=timezone.now() - datetime.timedelta(minutes=16))
    status, _ = log_in(client, "fasilitator", "hemmelig-passord")
    assert status == 302 and "_auth_user_id" in client.session


def test_a_participant_still_cannot_log_in_to_the_admin(participant: User) -> None:
    _, html = log_in(Client(), "deltaker", "hemmelig-passord")
    assert "oppgi gyldig" in html
