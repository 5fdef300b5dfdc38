"""A workshop programme pasted from a slide deck or a document, read into a preview.

`parse_programme(text)` reads what a facilitator pastes and returns a `ParsedProgramme`: nothing is
saved here and nothing touches the database; the same text always gives the same result.

What it understands
- A programme line: a time at the start of a line, then a title. Times as `workshop.clock` reads them
  ("9", "09.00", "9:00", "0900", "kl. 9.30"), or a span ("10.45-11.00", "12.00 - 12.45" with any dash,
  "9 til 10"). A time typed without a separator ("9", "0900") needs a title starting in upper case, so
  that "15 oppskrifter" or "2020 mistet IMDi ..." are not read as times. A time alone on a line
  ("10.45-11.00") takes its title from the line above it, as on a pause slide ("Pause" / "10.45-11.00"),
  else from the line below.
- Speakers: "v/ Name, role, Organisation" after the title; on lines of their own also as a bare
  "Name, role, Organisation" line, under a welcome, talk, pitch, plenum or closing item. With two parts
  ("v/ Name, X") X is the role when the title names the organisation ("Kort pitch fra Agder
  fylkeskommune v/Tore Engelsen, rådgiver ...": organisation "Agder fylkeskommune"), or when X starts in
  lower case or with a job title (rådgiver, direktør, ...); otherwise X is the organisation. With three
  or more parts the last is the organisation. A role's first letter is capitalised.
- The kind of each item, from Bokmål, Nynorsk and English keywords (`kind_of`, `KIND_WORDS`); the values are those of
  `workshop.models.ProgrammeItem.Kind`.
- Group-work rounds: the lines under a group-work item are its questions (bullets, or plain lines ending
  in "?") and its method: "Metode", "I: 3 min, G: 30 min, P: 2 min pr gruppe" on one line or on three,
  with the text after the minutes going to the round's method description. Plain lines just before or
  after the method lines ("Erfaringsdeling") are method description too. "Gruppearbeid 10 min" gives the
  round's length: without G minutes, G = that length - I. A round with no questions gets its title as
  its one question (the table hosts need something to answer; the demo's round 5 is like that).
  Rounds are numbered 1, 2, 3 ... in programme order (saved, and previewed, after the workshop's own
  rounds: `workshop.forms.round_numbers`).
- A whole slide deck: the programme slide gives the items, and each round's own slide, wherever it
  comes later, gives that round its questions and method. A plain line is a round's slide heading
  when it is that round's title as the slide wrapped it, or worded a little differently (difflib
  ratio at least ROUND_HEADING_LIKENESS: "styrke arbeid med" for "styrke arbeidet med"). A timed line
  restating an item already read (same time and title, as a pause slide's "Pause" / "10.45-11.00")
  is that item, not a second one. A pitch's own slide has no time ("Kort pitch fra Agder
  fylkeskommune v/ ..."): it becomes a pitch at the start of the slot of the round whose slide
  follows it, with its speakers; if no round's slide follows, its lines are listed as not used.
  "Takk for i dag" alone on a line ends the day: nothing after it goes into an item.
- Lines wrapped by the slide: a line starting in lower case continues the line above unless that one
  ends a sentence (blank lines between are allowed: slide text has them everywhere); a whole sentence
  directly under a bullet belongs to the bullet, unless both are questions; a name cut after "v/Tore"
  continues on the next line.

Ends of items: an item ends where its span says, else where the next item starts if that is later; the
last item has no end. A span whose end is not after its start ("11.00-10.30 Lunsj", "12.00-12.00",
"13.00 - 9 Gruppearbeid") gives its item no end at all, and the line is listed in `ends_left_out`.
A last item that only marks the end of the day ("15.00 Slutt", "Takk for i dag") is not an item of its
own: its time becomes the previous item's end, as in the demo data ("Veien videre" 14:30-15:00). It stays
an item when the previous item already ends at another time.

Lines not used are never dropped silently; the preview shows both lists (`not_used()` merges them, and
`used` holds the numbers of all other non-blank lines):
- `ignored`: slide furniture recognised as such - a line repeated three or more times (a slide footer),
  image file names ("preencoded.png"), links, "Foto: ..." credits, lone page numbers, a "Program"
  heading, and "Gruppearbeid. <subtitle>" lines under a round.
- `unrecognised`: everything else not used - text before the first programme line, lines under a talk
  that are not speakers, method lines outside a round, plain text under a round that is neither a
  question nor next to its method lines.
Both give (line number counting from 1, the line as pasted without surrounding spaces). Blank lines
are in neither: they hold nothing to lose.

Bounds: more than 20,000 characters or 2,000 lines raises `ProgrammeTooLong` (a ValueError) rather than
reading a part of it: a half-read programme would look complete in the preview. (A slide deck as text
has a blank line between almost every line: the whole 23 Oct 2025 deck is 1,050 lines, 18,112
characters.) Text longer than its model field (item and round titles 300, questions 500, speaker fields
200) is cut to fit, ending in "…", and the line is listed in `truncated` with its full text.

The text is data: HTML, bidi controls and other characters are kept as they are, except NUL, which
PostgreSQL cannot store. Runs of spaces are collapsed to one.
"""

from __future__ import annotations

import datetime
import difflib
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from workshop.clock import CLOCK_IN_TEXT, PHASE_MAX_MINUTES, parse_clock

# The values of workshop.models.ProgrammeItem.Kind; kept here so that this module needs no Django setup
# (tests/workshop/test_programme_text.py checks they are the same).
WELCOME = "welcome"
TALK = "talk"
PITCH = "pitch"
BREAK = "break"
LUNCH = "lunch"
GROUP_WORK = "group_work"
PLENUM = "plenum"
CLOSING = "closing"
KINDS = (WELCOME, TALK, PITCH, BREAK, LUNCH, GROUP_WORK, PLENUM, CLOSING)
# Items that take speakers from lines of their own ("v/ ..." or a bare "Name, role, Organisation").
SPOKEN = (WELCOME, TALK, PITCH, PLENUM, CLOSING)

MAX_CHARACTERS = 20_000
MAX_LINES = 2_000
# The model fields' max_length (workshop/models.py).
TITLE_LENGTH = 300
QUESTION_LENGTH = 500
SPEAKER_FIELD_LENGTH = 200


class ProgrammeTooLong(ValueError):
    """The pasted text is beyond what the parser reads; `unit` is "characters" or "lines"."""

    def __init__(self, size: int, limit: int, unit: str) -> None:
        self.size = size
        self.limit = limit
        self.unit = unit
        super().__init__(
            f"The pasted programme has {size:,} {unit}; at most {limit:,} can be read at a time. "
            "Paste a shorter part."
        )


@dataclass(frozen=True)
class ParsedSpeaker:
    name: str
    role: str
    organisation: str


def speaker_from_line(text: str, organisation: str = "") -> ParsedSpeaker | None:
    """ "Name, role, Organisation": the name first, the organisation last, and the role between,
    commas and all ("Avdelingsleder, Avdeling kvalifisering og arbeidsliv"). Of two parts the second
    is a role when it reads like one, else the organisation. The programme paste and the set-up
    form's speaker lines read speakers the same way."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts:
        return None
    name, rest = parts[0], parts[1:]
    role = ""
    if len(rest) >= 2:
        role, organisation = ", ".join(rest[:-1]), rest[-1]
    elif len(rest) == 1:
        if organisation or looks_like_role(rest[0]):
            role = rest[0]
        else:
            organisation = rest[0]
    return ParsedSpeaker(name=name, role=role, organisation=organisation)


def looks_like_role(text: str) -> bool:
    first = text.split()[0].casefold() if text.split() else ""
    return text[:1].islower() or first.endswith(ROLE_WORD_ENDINGS)


@dataclass(frozen=True)
class ParsedRound:
    number: int
    title: str
    questions: tuple[str, ...]
    individual_minutes: int
    group_minutes: int
    plenum_minutes: int  # per table
    method: str


@dataclass(frozen=True)
class ParsedItem:
    starts_at: datetime.time
    ends_at: datetime.time | None
    title: str
    kind: str
    speakers: tuple[ParsedSpeaker, ...]
    round: ParsedRound | None
    line: int  # where the item's programme line starts


@dataclass(frozen=True)
class ParsedProgramme:
    items: tuple[ParsedItem, ...] = ()
    unrecognised: tuple[tuple[int, str], ...] = ()
    ignored: tuple[tuple[int, str], ...] = ()
    truncated: tuple[tuple[int, str], ...] = ()
    # Spans whose end is not after their start ("11.00-10.30 Lunsj"): the item has no end.
    ends_left_out: tuple[tuple[int, str], ...] = ()
    used: tuple[int, ...] = ()  # the numbers of the lines that went into the items
    # The bullets under the slides' "Ønska resultat for dagen" and "Kjøreregler", for the
    # workshop's own fields (desired outcomes, ground rules).
    desired_outcomes: tuple[str, ...] = ()
    ground_rules: tuple[str, ...] = ()


    def rounds(self) -> list[ParsedRound]:
        return [item.round for item in self.items if item.round is not None]

    def not_used(self) -> list[tuple[int, str]]:
        """Every pasted line that is in no item, ignored or not understood, in line order."""
        return sorted(self.unrecognised + self.ignored)


# --- reading single lines ---------------------------------------------------------------------------

# A time at the start of a line, an optional second time after a dash or "til", then the title.
TIMED_LINE = re.compile(
    rf"^(?P<start>{CLOCK_IN_TEXT})(?:\s*(?:[-–—]|til\b)\s*(?P<end>{CLOCK_IN_TEXT}))?"  # noqa: RUF001
    r"(?=$|[\s,:;–—-])(?P<rest>.*)$",  # noqa: RUF001
    re.IGNORECASE,
)
# Characters between the time and the title: "09.00 - Velkommen", "9:00: Velkommen".
TITLE_LEAD = " \t-–—:,;.|"  # noqa: RUF001
BULLET = re.compile(r"^(?:[•◆⚫●○◦▪■►‣·*\uf0b7\uf0a7]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")  # noqa: RUF001
METHOD_LINE = re.compile(r"^(?:(?i:metode)\b\s*:?|[IGP]\s*:)")
METHOD_HEADING = re.compile(r"^metode\b\s*:?\s*", re.IGNORECASE)
METHOD_LABEL = re.compile(r"(?:^|(?<=[\s,;]))(?P<label>[IGP])\s*:\s*")
MINUTES = re.compile(r"^(?P<minutes>\d{1,6})(?:\s*(?:minutter|minutt|min)\b\.?)?", re.IGNORECASE)
PER_TABLE = re.compile(r"^(?:pr\.?|per)\s+(?:gruppe|grupper|bord|table|group)\b\.?\s*", re.IGNORECASE)
SPEAKER_LINE = re.compile(r"^v/\s*", re.IGNORECASE)
# "v/" inside a title: after a space or "(" (so "og/v/" in a word is left alone).
SPEAKER_IN_TITLE = re.compile(r"(?:\s+|\s*\()v/\s*", re.IGNORECASE)
SPEAKER_SEPARATOR = re.compile(r"\s*;\s*|\s+v/\s*", re.IGNORECASE)
# "Kort pitch fra Agder fylkeskommune", "Oppspill fra Troms fylkeskommune: Hvordan ...".
ORGANISATION_IN_TITLE = re.compile(r"\bfra\s+(?P<organisation>[A-ZÆØÅ][^:]*?)\s*(?:$|:|\s[-–—]\s)")  # noqa: RUF001
GROUP_WORK_WORD = r"(?:gruppearbeid|group\s*work)"
GROUP_WORK_MINUTES = re.compile(rf"^{GROUP_WORK_WORD}\s*:?\s*(?P<minutes>\d{{1,3}})\s*min", re.IGNORECASE)
GROUP_WORK_LABEL = re.compile(rf"^{GROUP_WORK_WORD}\s*[.:]?$", re.IGNORECASE)
GROUP_WORK_SUBTITLE = re.compile(rf"^{GROUP_WORK_WORD}\s*[.:]\s*\S", re.IGNORECASE)
# A slide of the day's desired outcomes or ground rules: its bullets are the workshop's, not the programme's.
OUTCOMES_HEADING = re.compile(
    r"^(?:(?:ønska|ønskte|ønskt|ønsket|ønskede)\s+(?:resultat|resultater|resultata|mål)|"
    r"(?:mål|målet|målsetting|målsettinger|målsettingar)\s+(?:for|med)|dagens\s+mål)(?:\s+(?:for|med)?\s*dagen)?\s*:?$",
    re.IGNORECASE,
)
RULES_HEADING = re.compile(
    r"^(?:kjøreregler|kjørereglar|spilleregler|spelereglar|regler for dagen|reglar for dagen)\s*:?$", re.IGNORECASE
)
# A line that ends the day: Bokmål, Nynorsk, English.
END_OF_DAY = re.compile(
    r"^(?:slutt|ferdig|takk for i ?dag|vel hjem|vel heim|end|the end|end of (?:the )?day|thank you for today)\s*[.!]*$",
    re.IGNORECASE,
)

NOISE = (
    re.compile(r"^\S+\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|emf|wmf)$", re.IGNORECASE),  # slide export images
    re.compile(r"^(?:https?://|www\.|mailto:)\S*$", re.IGNORECASE),
    re.compile(r"^(?:foto|fotograf|photo|bilde|illustrasjon|kilde)\s*:", re.IGNORECASE),
    re.compile(r"^\d{1,3}$"),  # a page number, or a value from a chart
    re.compile(r"^(?:dagens\s+)?(?:program|programme|programmet|agenda|dagsorden)\s*:?$", re.IGNORECASE),
    re.compile(r"^[•◆⚫●○◦▪■►‣·*\uf0b7\uf0a7]$"),  # a bullet with nothing after it
)

# Checked in this order: the first that matches names the kind; a title ending in "?" is group work
# only when no keyword says otherwise ("Oppspill fra Troms: Hvordan styrke ...?" is a pitch). Each kind's
# words in Bokmål, then the Nynorsk ones that differ, then English. Each matches from the start of a word
# (\w* before it: also inside one, "Felleslunsj"), and to its end where a longer word would mean something
# else ("break" is not "breaking").
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (WELCOME, (r"velkommen\b", r"velkomst\b", r"velkomen\b", r"welcome\b")),
    (LUNCH, (r"\w*lunsj", r"middag\b", r"\w*lunch", r"dinner\b")),
    # "Pause", "Kaffepause", and the day's first item: "Kaffe og registrering", "Innsjekk" (the seed's deck).
    (BREAK, (
        r"\w*pause\b", r"kaffe\b", r"registrering\b", r"innsjekk(?:ing)?\b", r"mingling\b", r"kaffi\b",
        r"break\b", r"coffee\b", r"registration\b", r"check-?in\b",
    )),
    (PITCH, (r"pitch", r"oppspill", r"oppspel")),
    (GROUP_WORK, (
        r"\w*gruppearbeid", r"\w*gruppediskusjon", r"runde\s*\d+",
        r"group\s*work", r"group\s+discussion", r"breakout", r"round\s*\d+",
    )),
    (PLENUM, (r"plenum", r"oppsummering", r"plenary", r"summary", r"summing\s+up")),
    (CLOSING, (
        r"slutt", r"avslutning", r"veien videre", r"takk for i ?dag",
        r"avslutting", r"vegen vidare",
        r"closing", r"the way forward", r"next steps", r"wrap-?up", r"end of (?:the )?day", r"thank you for today",
    )),
)
KIND_KEYWORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(r"\b(?:" + "|".join(words) + ")", re.IGNORECASE)) for kind, words in KIND_WORDS
)

KIND_KEYWORDS_BY_KIND = dict(KIND_KEYWORDS)

# The first word of a role: "rådgiver næring og inkludering", "Fagkoordinator analyse".
ROLE_WORD_ENDINGS = (
    "rådgiver", "leder", "direktør", "sjef", "koordinator", "konsulent", "utreder", "forsker",
    "professor", "ordfører", "rådmann", "sekretær", "minister", "ansvarlig", "medarbeider",
    "saksbehandler", "politiker", "representant", "advisor", "director", "manager", "officer",
)
NAME_PARTICLES = {"von", "van", "de", "der", "den", "af", "la", "le", "du", "di"}

TIMED, METHOD, SPEAKER, BULLET_LINE, NOISE_LINE, PLAIN = "timed", "method", "speaker", "bullet", "noise", "plain"


@dataclass
class _Line:
    """One line of the paste, or several joined because the slide wrapped them."""

    kind: str
    text: str  # the content: bullet and time removed, spaces collapsed
    parts: list[tuple[int, str]]  # (line number, line as pasted) for each physical line
    starts_at: datetime.time | None = None
    ends_at: datetime.time | None = None
    end_left_out: bool = False  # the span's end was not after its start ("11.00-10.30")

    @property
    def number(self) -> int:
        return self.parts[0][0]


def collapse(text: str) -> str:
    return " ".join(text.split())


def kind_of(title: str) -> str:
    """The ProgrammeItem kind a title names; "talk" when nothing says otherwise."""
    for kind, keywords in KIND_KEYWORDS:
        if keywords.search(title):
            return kind
    if title.rstrip().endswith("?"):
        return GROUP_WORK
    return TALK


def _without_separator(clock: str) -> bool:
    """Whether a time was typed as bare digits ("9", "0900"), which could also be a count or a year."""
    digits = re.sub(r"^kl\.?\s*", "", clock.strip(), flags=re.IGNORECASE)
    return digits.isdigit()


def _timed(number: int, raw: str, text: str) -> _Line | None:
    match = TIMED_LINE.match(text)
    if match is None:
        return None
    starts_at = parse_clock(match["start"])
    ends_at = parse_clock(match["end"]) if match["end"] else None
    if starts_at is None or (match["end"] and ends_at is None):
        return None
    end_left_out = ends_at is not None and ends_at <= starts_at
    if end_left_out:
        ends_at = None  # a typo ("11.00-10.30"): no end is better than one the item form refuses
    title = match["rest"].strip().lstrip(TITLE_LEAD).strip()
    bare = _without_separator(match["start"])
    if not title:
        # A time alone on a line; a bare "9" or "20" alone is more likely a page number or a chart value.
        if bare and not match["end"]:
            return None
    elif title[0].isdigit() or title[0] == "%":
        return None  # "100 000 flyktninger", "58 %"
    elif bare and not (title[0].isupper() or title[0] in "«\"'("):
        # "15 oppskrifter på en rett", "2020 mistet IMDi ...": a count or a year, not a time.
        return None
    return _Line(TIMED, title, [(number, raw)], starts_at=starts_at, ends_at=ends_at, end_left_out=end_left_out)


def _read_line(number: int, raw: str) -> _Line:
    text = collapse(raw)
    parts = [(number, raw)]
    if any(pattern.match(text) for pattern in NOISE):
        return _Line(NOISE_LINE, text, parts)
    timed = _timed(number, raw, text)
    if timed is not None:
        return timed
    bullet = BULLET.match(text)
    content = text[bullet.end():] if bullet else text
    if METHOD_LINE.match(content):
        return _Line(METHOD, content, parts)
    if SPEAKER_LINE.match(content):
        return _Line(SPEAKER, content, parts)
    return _Line(BULLET_LINE if bullet else PLAIN, content, parts)


# --- joining lines the slide wrapped ------------------------------------------------------------------

CUT_SPEAKER = re.compile(r"\bv/\s*[^,]*$", re.IGNORECASE)


def _continues(previous: _Line, line: _Line, blank_between: bool) -> bool:
    if line.kind != PLAIN or previous.kind == NOISE_LINE or not previous.text:
        return False
    if line.text[0].islower() and not previous.text.endswith((".", "?", "!", ":")):
        return True  # "... overfor" / "kommunene?"
    # A question under a bullet that ends its own question already is another question.
    if (previous.kind == BULLET_LINE and not blank_between and line.text.endswith((".", "?", "!"))
            and not (previous.text.endswith("?") and line.text.endswith("?"))):
        return True  # "• Hvordan ... etc.)?" / "Kommunene møter et samla lag - ..."
    # "Kort pitch fra Agder fylkeskommune v/Tore" / "Engelsen, rådgiver næring og inkludering"
    return not blank_between and bool(CUT_SPEAKER.search(previous.text)) and "," in line.text


def _logical_lines(physical: list[str]) -> list[_Line]:
    lines: list[_Line] = []
    blank_between = False
    for index, raw in enumerate(physical):
        if not raw.strip():
            blank_between = True
            continue
        line = _read_line(index + 1, raw.strip())
        if lines and _continues(lines[-1], line, blank_between):
            lines[-1].text = f"{lines[-1].text} {line.text}"
            lines[-1].parts.extend(line.parts)
        else:
            lines.append(line)
        blank_between = False
    return _titles_for_lone_times(lines)


def _titles_for_lone_times(lines: list[_Line]) -> list[_Line]:
    """A time alone on a line takes the plain line above it ("Pause" / "10.45-11.00"), else the one below."""
    result: list[_Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind == TIMED and not line.text:
            following = lines[index + 1] if index + 1 < len(lines) else None
            if result and result[-1].kind == PLAIN:
                above = result.pop()
                line.text, line.parts = above.text, above.parts + line.parts
            elif following is not None and following.kind == PLAIN:
                line.text, line.parts = following.text, line.parts + following.parts
                index += 1
        result.append(line)
        index += 1
    return result


# --- building the programme -----------------------------------------------------------------------------


@dataclass
class _RoundDraft:
    title: str
    questions: list[str] = field(default_factory=list)
    individual: int | None = None
    group: int | None = None
    plenum: int | None = None
    length: int | None = None  # "Gruppearbeid 10 min"
    method: list[str] = field(default_factory=list)
    method_seen: bool = False
    pending: list[_Line] = field(default_factory=list)  # plain lines waiting to be method text


@dataclass
class _ItemDraft:
    line: _Line
    title: str
    kind: str
    speakers: list[ParsedSpeaker]
    organisation: str  # named in the title: "Kort pitch fra Agder fylkeskommune"
    round: _RoundDraft | None
    ends_at: datetime.time | None


class _Reader:
    def __init__(self) -> None:
        self.items: list[_ItemDraft] = []
        self.used: set[int] = set()
        self.ignored: list[tuple[int, str]] = []
        self.unrecognised: list[tuple[int, str]] = []
        self.truncated: list[tuple[int, str]] = []
        self.ends_left_out: list[tuple[int, str]] = []
        self.footers: set[str] = set()
        # A pitch's slide with no time ("Kort pitch fra Agder fylkeskommune v/ ..."), held until the
        # next round's slide says when it is: the start of that round's slot.
        self.held: _ItemDraft | None = None
        self.held_lines: list[_Line] = []

    # Accounting: every physical line ends up used, ignored or unrecognised.
    def use(self, line: _Line) -> None:
        self.used.update(number for number, _ in line.parts)

    def ignore(self, line: _Line) -> None:
        self.ignored.extend(line.parts)

    def unrecognise(self, line: _Line) -> None:
        self.unrecognised.extend(line.parts)

    def fit(self, text: str, limit: int, line: _Line) -> str:
        if len(text) <= limit:
            return text
        full = " ".join(raw for _, raw in line.parts)
        if (line.number, full) not in self.truncated:
            self.truncated.append((line.number, full))
        return text[: limit - 1].rstrip() + "…"

    def read(self, lines: list[_Line]) -> None:
        counts = Counter(line.text.casefold() for line in lines if line.kind == PLAIN)
        self.footers = {text for text, count in counts.items() if count >= 3}
        current: _ItemDraft | None = None
        for line in lines:
            if line.kind == NOISE_LINE:
                self.ignore(line)
            elif line.kind == TIMED:
                self.finish(current)
                self.release_held()
                restated = self.restated_item(line)
                if restated is not None:
                    self.use(line)  # "Pause" / "10.45-11.00" on its own slide: the item the programme has
                    current = restated
                    continue
                current = self.start_item(line) if line.text else None
                if current is None:
                    self.unrecognise(line)
                else:
                    self.items.append(current)
            elif line.kind == PLAIN and line.text.casefold() in self.footers:
                self.ignore(line)
            elif line.kind == PLAIN and (slide := self.round_slide(line)) is not None:
                # A round's own slide, later in the deck: its questions and method follow.
                if slide is not current:
                    self.finish(current)
                    self.place_held(before=slide)
                    current = slide
                self.use(line)
            elif line.kind == PLAIN and END_OF_DAY.match(line.text):
                self.finish(current)  # "Takk for i dag" on the last slide: nothing after it is the day's
                self.release_held()
                self.unrecognise(line)
                current = None
            elif line.kind == PLAIN and self.items and kind_of(SPEAKER_IN_TITLE.split(line.text)[0]) == PITCH:
                self.finish(current)
                self.release_held()
                current = self.held = self.start_item(line)
                self.held_lines = [line]
            elif current is None:
                self.unrecognise(line)
            elif line.kind == SPEAKER and current.kind in SPOKEN:
                current.speakers.extend(self.speakers(SPEAKER_LINE.sub("", line.text), current.organisation, line))
                self.use(line)
                if current is self.held:
                    self.held_lines.append(line)
            elif line.kind == SPEAKER:
                self.unrecognise(line)  # a speaker for a break, lunch or round: more likely a misplaced line
            elif current.round is not None:
                self.read_round_line(current.round, line)
            elif current.kind in SPOKEN and line.kind in (PLAIN, BULLET_LINE) and self.looks_like_speaker(line.text):
                current.speakers.extend(self.speakers(line.text, current.organisation, line))
                self.use(line)
                if current is self.held:
                    self.held_lines.append(line)
            else:
                self.unrecognise(line)
        self.finish(current)
        self.release_held()

    def place_held(self, before: _ItemDraft) -> None:
        """The held pitch, at the start of the round slot whose slide follows it."""
        if self.held is None:
            return
        self.held.line.starts_at = before.line.starts_at
        self.items.insert(self.items.index(before), self.held)
        self.held, self.held_lines = None, []

    def release_held(self) -> None:
        """A held pitch that no round's slide followed: its lines are listed as not understood."""
        if self.held is None:
            return
        for line in self.held_lines:
            self.used.difference_update(number for number, _ in line.parts)
            self.unrecognise(line)
        numbers = {line.number for line in self.held_lines}
        self.truncated = [entry for entry in self.truncated if entry[0] not in numbers]
        self.held, self.held_lines = None, []

    def restated_item(self, line: _Line) -> _ItemDraft | None:
        """An item already read, at the same time with the same title: a slide restating it."""
        title = collapse(line.text).casefold()
        for item in self.items:
            if item.line.starts_at == line.starts_at and collapse(item.line.text).casefold() == title:
                return item
        return None

    def round_slide(self, line: _Line) -> _ItemDraft | None:
        """The group-work item whose round this line names: its slide's heading, as the slide wrapped it
        and maybe worded a little differently ("styrke arbeid med" for "styrke arbeidet med")."""
        heading = _heading_key(line.text)
        if len(heading) < ROUND_HEADING_MIN_LENGTH:
            return None
        for item in self.items:
            if item.round is None:
                continue
            title = _heading_key(item.round.title)
            if heading == title or difflib.SequenceMatcher(None, heading, title).ratio() >= ROUND_HEADING_LIKENESS:
                return item
        return None

    def start_item(self, line: _Line) -> _ItemDraft:
        self.use(line)
        if line.end_left_out:
            self.ends_left_out.append((line.number, " ".join(raw for _, raw in line.parts)))
        title, speaker_text = line.text, ""
        split = SPEAKER_IN_TITLE.search(line.text)
        if split is not None:
            title = line.text[: split.start()].rstrip(" -–—,:")  # noqa: RUF001
            speaker_text = line.text[split.end():].rstrip(" )")
        kind = kind_of(title)
        if kind == GROUP_WORK and speaker_text and not KIND_KEYWORDS_BY_KIND[GROUP_WORK].search(title):
            kind = TALK  # "Hva vet vi om inkludering? v/ Kari Nordmann": a talk asks, a speaker answers
        found = ORGANISATION_IN_TITLE.search(title)
        organisation = found["organisation"] if found else ""
        speakers = self.speakers(speaker_text, organisation, line) if speaker_text else []
        fitted = self.fit(title, TITLE_LENGTH, line)
        round_ = None
        if kind == GROUP_WORK:
            length = GROUP_WORK_MINUTES.match(title)  # "14.20 Gruppearbeid 10 min"
            round_ = _RoundDraft(title=fitted, length=int(length["minutes"]) if length else None)
        return _ItemDraft(
            line=line, title=fitted, kind=kind, speakers=speakers, organisation=organisation,
            round=round_, ends_at=line.ends_at,
        )

    def speakers(self, text: str, organisation: str, line: _Line) -> list[ParsedSpeaker]:
        pieces = [piece for piece in SPEAKER_SEPARATOR.split(text) if piece.strip()]
        if len(pieces) == 1 and "," not in text:
            # "v/ Marit Mellingen og Benedicte Hollen": names only; "Møre og Romsdal" stays whole.
            names = re.split(r"\s+(?:og|&|and)\s+", text)
            if all(self.looks_like_name(name) for name in names):
                pieces = names
        found = [self.speaker(piece, organisation, line) for piece in pieces]
        return [speaker for speaker in found if speaker is not None]

    def speaker(self, text: str, organisation: str, line: _Line) -> ParsedSpeaker | None:
        found = speaker_from_line(text.strip().rstrip("."), organisation)
        if found is None:
            return None
        role = found.role[:1].upper() + found.role[1:]
        return ParsedSpeaker(
            name=self.fit(found.name, SPEAKER_FIELD_LENGTH, line),
            role=self.fit(role, SPEAKER_FIELD_LENGTH, line),
            organisation=self.fit(found.organisation, SPEAKER_FIELD_LENGTH, line),
        )

    @classmethod
    def looks_like_speaker(cls, text: str) -> bool:
        """ "Erle Holm-Varsi, fagleder integrering, Troms fylkeskommune": a name, then a comma."""
        return "," in text and not text.endswith("?") and cls.looks_like_name(text.split(",")[0])

    @staticmethod
    def looks_like_name(text: str) -> bool:
        """Two to five capitalised words ("Kjersti Norgård Aase", "Erle Holm-Varsi")."""
        words = text.split()
        if not 2 <= len(words) <= 5:
            return False
        for word in words:
            if word in NAME_PARTICLES:
                continue
            if not word[0].isupper() or not all(char.isalpha() or char in "-'\u2019." for char in word):
                return False
        return True

    def read_round_line(self, round_: _RoundDraft, line: _Line) -> None:
        text = line.text
        if line.kind == METHOD:
            round_.method.extend(piece.text for piece in round_.pending)
            self.use_all(round_.pending)
            round_.pending.clear()
            round_.method_seen = True
            self.read_method(round_, text)
            self.use(line)
        elif line.kind == PLAIN and GROUP_WORK_LABEL.match(text):
            self.use(line)  # "Gruppearbeid": the kind the item already has
        elif line.kind == PLAIN and (length := GROUP_WORK_MINUTES.match(text)):
            round_.length = int(length["minutes"])  # kept in the method text too, as the demo has it
            self.method_text(round_, line)
        elif line.kind == PLAIN and GROUP_WORK_SUBTITLE.match(text):
            self.ignore(line)  # "Gruppearbeid. Veilederrolle og samarbeid med eksterne." - a slide subtitle
        elif line.kind == BULLET_LINE or text.endswith("?"):
            if collapse(text).rstrip("? ").casefold() != round_.title.rstrip("? ").casefold():
                round_.questions.append(self.fit(text, QUESTION_LENGTH, line))
            self.use(line)  # the round's title restated is used too: it is the title
        else:
            self.method_text(round_, line)

    def use_all(self, lines: list[_Line]) -> None:
        for line in lines:
            self.use(line)

    def method_text(self, round_: _RoundDraft, line: _Line) -> None:
        if round_.method_seen:
            round_.method.append(line.text)
            self.use(line)
        else:
            round_.pending.append(line)

    @staticmethod
    def read_method(round_: _RoundDraft, text: str) -> None:
        """ "I: 3 min, G: 30 min. Runde rundt bordet ..., P: 2 min pr gruppe", or any one of them."""
        text = METHOD_HEADING.sub("", text)
        labels = list(METHOD_LABEL.finditer(text))
        before = text[: labels[0].start()] if labels else text
        if before.strip(" ,;"):
            round_.method.append(before.strip(" ,;"))
        for index, label in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
            segment = text[label.end(): end]
            minutes_match = MINUTES.match(segment)
            if minutes_match and int(minutes_match["minutes"]) > PHASE_MAX_MINUTES:
                # No phase lasts that long ("I: 99999 min" was read as 999): kept as the method's words.
                minutes_match = None
            minutes = int(minutes_match["minutes"]) if minutes_match else None
            rest = segment[minutes_match.end():] if minutes_match else segment
            rest = rest.lstrip(" ,;:.").rstrip(" ,;")
            if label["label"] == "I":
                round_.individual = minutes if minutes is not None else round_.individual
            elif label["label"] == "G":
                round_.group = minutes if minutes is not None else round_.group
            else:
                round_.plenum = minutes if minutes is not None else round_.plenum
                rest = PER_TABLE.sub("", rest)  # the model's plenum minutes are per table already
            if rest:
                round_.method.append(rest)

    def finish(self, item: _ItemDraft | None) -> None:
        if item is not None and item.round is not None:
            for line in item.round.pending:
                self.unrecognise(line)  # plain text under a round with no method next to it
            item.round.pending.clear()


# A round's slide heading is taken for its round's title when they are at least this alike (difflib's
# ratio) and the heading is at least this long: a slide's own wording differs by a word ending or two.
ROUND_HEADING_LIKENESS = 0.9
ROUND_HEADING_MIN_LENGTH = 12


def _heading_key(text: str) -> str:
    """A title as compared with a slide heading: case, punctuation and spacing left out."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _method_description(pieces: list[str]) -> str:
    sentences = []
    for piece in pieces:
        piece = collapse(piece)
        if piece:
            sentences.append(piece if piece.endswith((".", "!", "?", "…")) else f"{piece}.")
    return " ".join(sentences)


def _freeze_round(number: int, draft: _RoundDraft) -> ParsedRound:
    individual = draft.individual or 0
    group = draft.group
    if group is None:
        group = max(draft.length - individual, 0) if draft.length is not None else 0
    return ParsedRound(
        number=number,
        title=draft.title,
        questions=tuple(draft.questions) if draft.questions else (draft.title,),
        individual_minutes=individual,
        group_minutes=group,
        plenum_minutes=draft.plenum or 0,
        method=_method_description(draft.method),
    )


def _physical_lines(text: str) -> list[str]:
    # Split on line breaks only (not str.splitlines' form feeds and separators), so that line numbers
    # are the ones a textarea shows.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _claim_sections(lines: list[_Line]) -> tuple[list[_Line], list[_Line], list[_Line]]:
    """The lines left for the programme, and the bullets of the desired outcomes' and the ground rules'
    slides, each with its heading first. A slide's bullets follow its heading; when none do, the ones
    just before it are taken (a slide exported with its title after its text, as the seed deck's
    "Kjøreregler" is)."""
    claimed: set[int] = set()
    found: dict[str, list[_Line]] = {"outcomes": [], "rules": []}
    for index, line in enumerate(lines):
        if line.kind != PLAIN or index in claimed:
            continue
        section = "outcomes" if OUTCOMES_HEADING.match(line.text) else "rules" if RULES_HEADING.match(line.text) else ""
        if not section or found[section]:
            continue
        after = list(itertools.takewhile(lambda i: lines[i].kind == BULLET_LINE, range(index + 1, len(lines))))
        before = list(itertools.takewhile(lambda i: lines[i].kind == BULLET_LINE, range(index - 1, -1, -1)))
        bullets = [i for i in (after or sorted(before)) if i not in claimed]
        if bullets:
            claimed.update([index, *bullets])
            found[section] = [line, *(lines[i] for i in bullets)]
    return [line for index, line in enumerate(lines) if index not in claimed], found["outcomes"], found["rules"]


# Dashes that slides and word processors put between two times, read as the hyphen the patterns know
# (with U+2010, "11.30-12.00" was a line left out; with U+2012, "- 11.00" went into the title).
OTHER_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2015\u2212", "-"))


def parse_programme(text: str) -> ParsedProgramme:
    """The programme a pasted text describes, with every line it did not use; see the module docstring."""
    if len(text) > MAX_CHARACTERS:
        raise ProgrammeTooLong(len(text), MAX_CHARACTERS, "characters")
    physical = _physical_lines(text.replace("\x00", "").replace("\ufeff", "").translate(OTHER_DASHES))
    if len(physical) > MAX_LINES:
        raise ProgrammeTooLong(len(physical), MAX_LINES, "lines")

    reader = _Reader()
    lines, outcomes, rules = _claim_sections(_logical_lines(physical))
    for line in (*outcomes, *rules):
        reader.use(line)
    reader.read(lines)
    drafts = reader.items

    # An item without an end ends where the next begins - unless the next begins earlier (a typo, or two
    # programmes pasted one after the other): no end is better than an end before the start.
    for draft, following in itertools.pairwise(drafts):
        assert draft.line.starts_at is not None and following.line.starts_at is not None
        if draft.ends_at is None and not draft.line.end_left_out and following.line.starts_at > draft.line.starts_at:
            draft.ends_at = following.line.starts_at
    # "15.00 Slutt" last: the day's end, not an item (see the module docstring).
    if len(drafts) >= 2:
        last, before = drafts[-1], drafts[-2]
        if (END_OF_DAY.match(last.title) and last.ends_at is None and not last.speakers
                and before.ends_at == last.line.starts_at):
            drafts.pop()

    items = []
    rounds = 0
    for draft in drafts:
        parsed_round = None
        if draft.round is not None:
            rounds += 1
            parsed_round = _freeze_round(rounds, draft.round)
        assert draft.line.starts_at is not None
        items.append(ParsedItem(
            starts_at=draft.line.starts_at, ends_at=draft.ends_at, title=draft.title, kind=draft.kind,
            speakers=tuple(draft.speakers), round=parsed_round, line=draft.line.number,
        ))

    # A safety net: a line that no branch above accounted for is reported, never dropped.
    accounted = reader.used | {number for number, _ in reader.ignored} | {number for number, _ in reader.unrecognised}
    for index, raw in enumerate(physical):
        if raw.strip() and index + 1 not in accounted:
            reader.unrecognised.append((index + 1, raw.strip()))

    return ParsedProgramme(
        items=tuple(items),
        unrecognised=tuple(sorted(reader.unrecognised)),
        ignored=tuple(sorted(reader.ignored)),
        truncated=tuple(reader.truncated),
        ends_left_out=tuple(reader.ends_left_out),
        used=tuple(sorted(reader.used)),
        desired_outcomes=tuple(line.text for line in outcomes[1:]),
        ground_rules=tuple(line.text for line in rules[1:]),
    )
