"""The day's people, each a thread with a plain HTTP client: hosts, devices, a facilitator, participants.

Every request goes to the next app server in turn (round robin, no stickiness) on a new connection,
and is recorded with its class, its time and its outcome. The hosts behave as the table page's
queue does (static/bordnotat/queue.js): a note waits until the server has acknowledged it, is sent
again with the same client id after a refusal, a timeout or a 5xx, with backoff from 1 s doubling
to 30 s, and new notes wait behind it.
"""

from __future__ import annotations

import http.client
import itertools
import json
import random
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

# As the page: QUEUE_TIMEOUT_SECONDS, and the queue's backoff.
QUEUE_TIMEOUT = 15.0
FIRST_BACKOFF, MAX_BACKOFF = 1.0, 30.0
# A poll's answer is awaited as long as the browser would, for all practical purposes.
POLL_TIMEOUT = 15.0
OUTCOMES = ("ok", "refused", "reset", "timeout", "5xx", "4xx")


@dataclass(frozen=True)
class Sample:
    kind: str
    port: int
    started: float
    ended: float
    outcome: str
    status: int


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name) or ""


class Traffic:
    """The servers taken in turn, the clock, and every request's sample."""

    def __init__(self, ports: list[int], started: float) -> None:
        self.ports = ports
        self.turn = itertools.count()
        self.lock = threading.Lock()
        self.samples: list[Sample] = []
        self.started = started
        self.stop = threading.Event()  # the day is over: nobody types, polls or arrives any more

    def now(self) -> float:
        return time.monotonic() - self.started

    def port(self) -> int:
        with self.lock:
            return self.ports[next(self.turn) % len(self.ports)]

    def call(self, kind: str, method: str, path: str, *, headers: dict[str, str] | None = None,
             body: str | None = None, timeout: float = POLL_TIMEOUT, port: int | None = None) -> Reply | None:
        """One request on a new connection; None when no HTTP answer came (refused, reset, timed out)."""
        port = port or self.port()
        started = self.now()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        reply, outcome = None, "ok"
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            reply = Reply(response.status, response.msg, response.read())
        except ConnectionRefusedError:
            outcome = "refused"
        except TimeoutError:
            outcome = "timeout"
        except (OSError, http.client.HTTPException):
            outcome = "reset"  # the server went away mid-request, or cut the answer short
        finally:
            connection.close()
        if reply is not None and reply.status >= 500:
            outcome = "5xx"
        elif reply is not None and reply.status >= 400:
            outcome = "4xx"
        with self.lock:
            self.samples.append(Sample(kind, port, started, self.now(), outcome, reply.status if reply else 0))
        return reply

    def sleep_until(self, moment: float) -> bool:
        """Wait until `moment` on the run's clock; False if the day ended first."""
        return not self.stop.wait(max(0.0, moment - self.now()))


class Jar:
    """A browser's cookies for the one site, whichever server set them."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def take(self, reply: Reply) -> None:
        for line in reply.headers.get_all("Set-Cookie") or []:
            cookie: SimpleCookie = SimpleCookie()
            cookie.load(line)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value

    def header(self) -> dict[str, str]:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}


def hidden(html: bytes, name: str) -> str:
    found = re.search(rb'name="' + re.escape(name.encode()) + rb'" value="([^"]*)"', html) or re.search(
        rb'value="([^"]*)" name="' + re.escape(name.encode()) + rb'"', html)
    return found.group(1).decode() if found else ""


def backoff_wait(backoff: float, chance: random.Random) -> tuple[float, float]:
    """The queue's wait before the next try, and the backoff after it."""
    return backoff + chance.random() * 0.5, min(backoff * 2, MAX_BACKOFF)


@dataclass
class Host:
    """A table's host: types a note every `interval` seconds; the queue sends them in order, once each."""

    traffic: Traffic
    number: int
    token: str
    questions: list[int]
    organisations: list[int]
    interval: float
    first_at: float
    chance: random.Random
    queue: deque[tuple[str, str]] = field(default_factory=deque)
    sent: dict[str, str] = field(default_factory=dict)  # client id → text, every note typed
    acknowledged: list[str] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)  # typed → acknowledged, seconds
    typed_at: dict[str, float] = field(default_factory=dict)
    jar: Jar = field(default_factory=Jar)
    csrf: str = ""  # as the page's queue takes it: from <body hx-headers> (the cookie is HttpOnly)

    @property
    def board(self) -> str:
        return f"/bord/{self.token}/"

    def type_note(self) -> None:
        n = len(self.sent) + 1
        client_id = str(uuid.uuid4())
        text = f"Bord {self.number:02d} notat {n:03d} [{client_id[:8]}]: samarbeid om kvalifisering og bosetting"
        self.sent[client_id] = text
        self.typed_at[client_id] = self.traffic.now()
        self.queue.append((client_id, text))

    def open_page(self) -> bool:
        reply = self.traffic.call("page", "GET", self.board, timeout=QUEUE_TIMEOUT)
        if reply is None or reply.status != 200:
            return False
        self.jar.take(reply)
        found = re.search(rb'hx-headers=\'\{"x-csrftoken": "([^"]+)"\}\'', reply.body)
        self.csrf = found.group(1).decode() if found else ""
        return bool(self.csrf) and "csrftoken" in self.jar.cookies

    def send_head(self) -> bool:
        client_id, text = self.queue[0]
        n = len(self.sent)
        fields = {
            "client_id": client_id, "text": text, "kind": "note",
            "question": str(self.questions[n % len(self.questions)]) if n % 3 else "",
            "organisation": str(self.organisations[n % len(self.organisations)]) if n % 2 else "",
            "made_at": str(int(time.time() * 1000)),
        }
        headers = {
            **self.jar.header(), "X-CSRFToken": self.csrf, "Bordnotat-Queue": "1",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        reply = self.traffic.call("save", "POST", f"{self.board}notater/", headers=headers, body=urlencode(fields),
                                  timeout=QUEUE_TIMEOUT)
        if reply is None or reply.status != 200:
            return False
        try:
            answer = json.loads(reply.body)
        except ValueError:
            return False  # cut off mid-answer: the retry is applied once
        if not answer.get("note"):
            return False
        self.queue.popleft()
        self.acknowledged.append(client_id)
        self.delays.append(self.traffic.now() - self.typed_at[client_id])
        return True

    def run(self, drain_until: float) -> None:
        """Type until the day ends, then keep sending what is queued until `drain_until`."""
        next_note, retry_at, backoff = self.first_at, 0.0, FIRST_BACKOFF
        while True:
            now = self.traffic.now()
            typing = not self.traffic.stop.is_set()
            if typing and now >= next_note:
                self.type_note()
                next_note += self.interval
                retry_at = now  # a new note wakes the queue up, as on the page
            if not self.queue and not typing:
                return
            if not typing and now >= drain_until:
                return
            if self.queue and now >= retry_at:
                ok = (bool(self.csrf) or self.open_page()) and self.send_head()
                if ok:
                    backoff = FIRST_BACKOFF
                    continue
                wait, backoff = backoff_wait(backoff, self.chance)
                retry_at = self.traffic.now() + wait
            wake = min(retry_at if self.queue else float("inf"), next_note if typing else drain_until)
            if typing:
                self.traffic.sleep_until(wake)
            else:
                time.sleep(max(0.0, min(wake, drain_until) - self.traffic.now()))


@dataclass
class Device:
    """A tablet or phone at a table, showing the board: polls every few seconds with its ETag."""

    traffic: Traffic
    token: str
    round_id: int
    every: float
    first_at: float

    def run(self) -> None:
        etag, moment = "", self.first_at
        path = f"/bord/{self.token}/?round={self.round_id}"
        while self.traffic.sleep_until(moment):
            headers = {"HX-Request": "true", **({"If-None-Match": etag} if etag else {})}
            reply = self.traffic.call("poll", "GET", path, headers=headers)
            if reply is not None and reply.status == 200:
                etag = reply.header("ETag")
            moment = max(moment + self.every, self.traffic.now())


@dataclass
class Facilitator:
    """Logs in (admin login form) and follows the live overview as its page does."""

    traffic: Traffic
    slug: str
    username: str
    password: str
    every: float
    jar: Jar = field(default_factory=Jar)

    def log_in(self) -> bool:
        path = f"/admin/login/?next=/fasilitator/{self.slug}/"
        page = self.traffic.call("page", "GET", path)
        if page is None or page.status != 200:
            return False
        self.jar.take(page)
        body = urlencode({"csrfmiddlewaretoken": hidden(page.body, "csrfmiddlewaretoken"), "username": self.username,
                          "password": self.password, "next": f"/fasilitator/{self.slug}/"})
        headers = {**self.jar.header(), "Content-Type": "application/x-www-form-urlencoded"}
        reply = self.traffic.call("page", "POST", path, headers=headers, body=body)
        if reply is None or reply.status != 302:
            return False
        self.jar.take(reply)
        return "sessionid" in self.jar.cookies

    def run(self) -> None:
        chance = random.Random(7)
        backoff = FIRST_BACKOFF
        while not self.log_in():
            wait, backoff = backoff_wait(backoff, chance)
            if not self.traffic.sleep_until(self.traffic.now() + wait):
                return
        path = f"/fasilitator/{self.slug}/"
        page = self.traffic.call("overview", "GET", path, headers=self.jar.header())
        etag = page.header("ETag") if page is not None and page.status == 200 else ""
        moment = self.traffic.now() + self.every
        while self.traffic.sleep_until(moment):
            headers = {**self.jar.header(), "HX-Request": "true", **({"If-None-Match": etag} if etag else {})}
            reply = self.traffic.call("overview", "GET", path, headers=headers)
            if reply is not None and reply.status == 200:
                etag = reply.header("ETag")
            moment = max(moment + self.every, self.traffic.now())


@dataclass
class Participant:
    """A fresh phone: opens the survey, answers, sends once; a failed send goes again with the same form."""

    traffic: Traffic
    n: int
    slug: str
    arrives_at: float
    thinks: float
    give_up_at: float
    acknowledged: bool = False
    comment: str = ""
    tries: int = 0

    def answers(self, page: bytes) -> dict[str, str]:
        """From the form as served: where, used (yes/no), how useful (only if yes), inspiring, a comment."""
        options: dict[str, list[str]] = {}
        for tag in re.findall(rb"<input\b[^>]*>", page):
            name, value = re.search(rb'name="(q\d+)"', tag), re.search(rb'value="([^"]*)"', tag)
            if name and value and b'type="radio"' in tag:
                options.setdefault(name.group(1).decode(), []).append(value.group(1).decode())
        where, used, useful, inspiring = list(options)[:4]
        comments = re.findall(rb'<textarea\b[^>]*name="(q\d+)"', page)[0].decode()
        answers = {where: options[where][self.n % 2], used: "yes" if self.n % 3 else "no",
                   inspiring: options[inspiring][self.n % len(options[inspiring])], comments: self.comment}
        if answers[used] == "yes":
            answers[useful] = options[useful][self.n % len(options[useful])]
        return answers

    def run(self) -> None:
        chance = random.Random(self.n)
        self.comment = f"Deltaker {self.n:03d} [{uuid.uuid4().hex[:8]}]: nyttig dag, gode samtaler ved bordet"
        path = f"/evaluering/{self.slug}/"
        if not self.traffic.sleep_until(self.arrives_at):
            return
        jar, backoff, page = Jar(), FIRST_BACKOFF, None
        while self.traffic.now() < self.give_up_at:
            page = self.traffic.call("survey", "GET", path)
            if page is not None and page.status == 200:
                jar.take(page)
                break
            wait, backoff = backoff_wait(backoff, chance)
            time.sleep(wait)
        if page is None or page.status != 200:
            return
        fields = {"csrfmiddlewaretoken": hidden(page.body, "csrfmiddlewaretoken"), "token": hidden(page.body, "token"),
                  **self.answers(page.body)}
        time.sleep(self.thinks)
        headers = {**jar.header(), "Content-Type": "application/x-www-form-urlencoded"}
        backoff = FIRST_BACKOFF
        while self.traffic.now() < self.give_up_at:
            self.tries += 1
            reply = self.traffic.call("survey", "POST", path, headers=headers, body=urlencode(fields),
                                      timeout=QUEUE_TIMEOUT)
            if reply is not None and reply.status == 302 and reply.header("Location").endswith("/takk/"):
                self.acknowledged = True
                return
            if reply is not None and 400 <= reply.status < 500:
                return  # refused as such: sending it again would not help
            wait, backoff = backoff_wait(backoff, chance)
            time.sleep(wait)
