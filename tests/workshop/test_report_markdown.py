"""The report as Markdown: made from the page's own body HTML, and rendered back here with markdown-it."""

from __future__ import annotations

import html
import re
from collections import Counter
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.test import RequestFactory
from django.utils.translation import override
from markdown_it import MarkdownIt
from markdown_it.token import Token

from groups.models import Note
from tests.evaluation.factories import closed_survey, respond
from tests.factories import build_workshop, table
from workshop.models import Organisation, Question, Workshop
from workshop.report_markdown import bench_report_markdown, escape_markdown, report_markdown
from workshop.views import report_body

pytestmark = pytest.mark.django_db

# Each would be Markdown or HTML if written as it is.
MARKDOWN_NOTES = [
    "# Ikke en overskrift",
    "- ikke en liste",
    "+ heller ikke en liste",
    "> ikke et sitat",
    "| a | b |",
    "1. ikke nummerert",
    "**fet** og *kursiv* og _understreket_",
    "<b>html</b> og <script>alert(1)</script>",
    "[lenke](http://x) og ![bilde](http://x/y.png) og <http://x>",
    "`kode` og ```gjerde```",
    "Linje én\n# ikke overskrift\n- ikke liste\n| a | b |\n| --- | --- |\n===",
    "Slutter med skråstrek \\",
    "AT&T &amp; &copy; ~~ikke gjennomstreket~~",
]
MARKDOWN_QUESTION = "Hva med # og *dette* <i>her</i>?"


def published_workshop(slug: str = "markdown-rapport") -> Workshop:
    """Notes at two tables, a note by Agder (good advice, shared in plenum), and an evaluation with charts."""
    workshop = build_workshop(slug=slug, notes_per_table=4)
    round_one = workshop.rounds.get(number=1)
    agder = Organisation.objects.create(workshop=workshop, name="Agder")
    Note.objects.create(
        workshop=workshop, table=table(workshop), round=round_one, question=round_one.questions.get(order=1),
        organisation=agder, kind=Note.Kind.ADVICE, shared_in_plenum=True, text="Bygg lag på tvers",
    )
    survey = closed_survey(workshop)  # the report shows the results of a closed survey
    for n in range(6):
        respond(survey, q1=("fylkeskommune", "annen-organisasjon")[n % 2], q2="yes", q3="nyttig", q4="enig")
    workshop.publish()
    return workshop


def as_markdown(workshop: Workshop) -> tuple[str, str, dict[str, bytes]]:
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with override("nb"):
        body = report_body(request, workshop)
    markdown, files = report_markdown(body, title=workshop.title)
    return body, markdown, files


def render(markdown: str) -> tuple[list[Token], str]:
    md = MarkdownIt("commonmark").enable("table")
    return md.parse(markdown), md.render(markdown)


def kinds(tokens: list[Token]) -> Counter[str]:
    """Every element the Markdown made, inline ones too, by token type and tag."""
    found: Counter[str] = Counter()
    for token in tokens:
        found[f"{token.type}:{token.tag}"] += 1
        for child in token.children or []:
            found[f"{child.type}:{child.tag}"] += 1
    return found


def test_user_text_never_becomes_markdown_or_html() -> None:
    workshop = published_workshop()
    round_one = workshop.rounds.get(number=1)
    Question.objects.filter(round=round_one, order=2).update(text=MARKDOWN_QUESTION)
    hostile = [
        Note.objects.create(workshop=workshop, table=table(workshop), round=round_one, text=text)
        for text in MARKDOWN_NOTES
    ]
    _, markdown, _ = as_markdown(workshop)
    tokens, rendered = render(markdown)

    # The same report with plain words in place of every hostile text (as many lines) has the same elements.
    for note in hostile:
        note.text = "\n".join("vanlig tekst" for _ in note.text.split("\n"))
        note.save()
    Question.objects.filter(round=round_one, order=2).update(text="Vanlig spørsmål")
    cache.clear()
    _, plain_markdown, _ = as_markdown(workshop)
    plain_tokens, _ = render(plain_markdown)
    hostile_kinds, plain_kinds = kinds(tokens), kinds(plain_tokens)
    assert hostile_kinds == plain_kinds

    assert hostile_kinds["heading_open:h1"] == 1  # the title only
    assert hostile_kinds["image:img"] == 4  # the charts only
    for kind in ("blockquote_open:blockquote", "ordered_list_open:ol", "link_open:a", "html_inline:",
                 "html_block:", "code_inline:code", "fence:code", "code_block:code", "hr:hr", "s_open:s"):
        assert kind not in hostile_kinds, kind
    assert "<script>" not in rendered and "<b>html</b>" not in rendered and 'href="http://x"' not in rendered

    # Every line of every text is in the rendered page as those characters.
    for text in [*MARKDOWN_NOTES, MARKDOWN_QUESTION]:
        for line in text.split("\n"):
            assert html.escape(line, quote=True).replace("&#x27;", "'") in rendered, line


def test_escape_markdown_leaves_plain_text_readable() -> None:
    assert escape_markdown("Spørsmål 1.1 om e-post") == "Spørsmål 1.1 om e-post"
    assert escape_markdown("23. oktober 2025") == "23\\. oktober 2025"
    assert escape_markdown("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert escape_markdown("- en\n- to") == "\\- en\n\\- to"


def test_a_pipe_in_a_table_cell_stays_in_its_cell() -> None:
    body = "<table><tr><th>Svar | nei</th><th>n</th></tr><tr><th>I alt</th><td>3 | 4</td></tr></table>"
    markdown, _ = report_markdown(body, title="Tabell")
    _, rendered = render(markdown)

    assert rendered.count("<th>") == 2 and rendered.count("<td>") == 2
    assert "<th>Svar | nei</th>" in rendered and "<td>3 | 4</td>" in rendered


def test_headings_and_notes_read_as_on_the_page() -> None:
    body, markdown, _ = as_markdown(published_workshop())
    tokens, _ = render(markdown)

    page = re.sub(r"<nav\b.*?</nav>", "", body, flags=re.DOTALL)
    expected = [
        (f"h{level}", html.unescape(" ".join(re.sub(r"<[^>]+>", "", inner).split())))
        for level, inner in re.findall(r"<h([1-6])\b[^>]*>(.*?)</h\1>", page, flags=re.DOTALL)
    ]
    found = [(token.tag, tokens[i + 1].content) for i, token in enumerate(tokens) if token.type == "heading_open"]
    rendered_headings = [(tag, MarkdownIt("commonmark").renderInline(content)) for tag, content in found]
    assert [(tag, html.unescape(text)) for tag, text in rendered_headings] == expected
    assert "## Sammendrag \\(konklusjon\\)" in markdown

    assert "- **Agder:** Bygg lag på tvers *(Godt råd)* *(Delt i plenum)*" in markdown.splitlines()


def test_each_chart_is_an_svg_file_with_alt_text_and_its_numbers_beneath() -> None:
    body, markdown, files = as_markdown(published_workshop())
    tokens, _ = render(markdown)

    images = [child for token in tokens for child in token.children or [] if child.type == "image"]
    assert len(images) == body.count('<svg class="chart"') == 4
    assert sorted(files) == [f"charts/chart-{n}.svg" for n in range(1, 5)]
    for image in images:
        source = image.attrGet("src")
        assert source in files
        assert image.content and "n = 6" in image.content  # the alt text
        svg = ElementTree.fromstring(files[str(source)])
        assert svg.tag == "{http://www.w3.org/2000/svg}svg"
        assert "Fylkeskommune" in files[str(source)].decode() or image.content

    # Beneath each image, its numbers as a table.
    lines = markdown.splitlines()
    for number in range(1, 5):
        at = next(i for i, line in enumerate(lines) if f"(charts/chart-{number}.svg)" in line)
        assert lines[at + 2].startswith("| Gruppe | n |")
        assert lines[at + 3].startswith("| --- | --- |")
        assert lines[at + 4].startswith("| I alt | 6 |")


def test_bench_report_markdown_measures_time_and_memory() -> None:
    workshop = published_workshop()
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with override("nb"):
        seconds, peak_mib = bench_report_markdown(report_body(request, workshop), title=workshop.title)
    print(f"report_markdown: {seconds:.3f} s, peak {peak_mib:.1f} MiB (small workshop)")
    assert seconds > 0 and peak_mib > 0


def test_a_talks_speakers_are_lines_of_their_own_not_the_first_of_its_notes() -> None:
    # "- Kari Nordmann, Direktør, IMDi" ran on into the notes' list below it, as if it were a note.
    workshop = published_workshop("foredrag")
    talk = workshop.programme.get(kind="talk")
    Note.objects.create(workshop=workshop, programme_item=talk, text="IMDi viste tallene")
    _, markdown, _ = as_markdown(workshop)
    tokens, _ = render(markdown)
    section = markdown[markdown.index("### IMDi"):]
    assert section.split("\n\n")[1].startswith("Kari Nordmann, Direktør, IMDi")
    items = [tokens[i + 2].content for i, token in enumerate(tokens) if token.type == "list_item_open"]
    assert not any("Kari Nordmann" in item for item in items)
    assert "IMDi viste tallene" in " ".join(items)
