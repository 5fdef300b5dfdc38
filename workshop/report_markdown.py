"""The published report as Markdown, from the same body HTML as the page.

The body is read into blocks by workshop/report_html.py and written here as CommonMark (with the
common pipe-table extension): headings as # … #####, as deep as the page's h1 … h5; notes as
"- **Agder:** text *(Godt råd)*"; each chart as an SVG file of its own (charts/chart-1.svg …)
with its numbers as a table beneath.

Everything a participant or organiser typed is text, never Markdown or HTML: every character with
a meaning in Markdown is escaped with a backslash, and <, > and & are written as entities. A note
reading "# Ikke en overskrift" or "<script>" renders as those characters.
"""

from __future__ import annotations

import re
import time
import tracemalloc

from workshop.report_html import (
    Block,
    Chart,
    Heading,
    ListItem,
    NoteItem,
    Paragraph,
    Run,
    Table,
    clean,
    figure_svg,
    read_report,
    said_at_prefix,
)

CHART_DIRECTORY = "charts"

# Inline markup anywhere in a line: code, emphasis, links and images, tables, strikethrough
# (GitHub's), a heading's closing #s, and the backslash itself.
_ANYWHERE = re.compile(r"([\\`*_\[\]()#|~])")
# Block markup at the start of a line: list items ("-", "+", "1." "1)"), setext underlines ("=").
# ">" (block quotes) and "<" (HTML blocks) are entities already; "*", "#", "`" and "~" escaped above.
_LINE_START = re.compile(r"^([-+=])|^(\d{1,9})([.)])(?=[ \t]|$)")


def escape_markdown(text: str) -> str:
    """Text that CommonMark renders as exactly these characters, on one or more lines."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _ANYWHERE.sub(r"\\\1", text)
    return "\n".join(_escape_line_start(line) for line in text.split("\n"))


def _escape_line_start(line: str) -> str:
    def escaped(match: re.Match[str]) -> str:
        if match.group(2):
            return f"{match.group(2)}\\{match.group(3)}"  # "1\. " is no list item; "1.1" needs nothing
        return f"\\{match.group(1)}"

    return _LINE_START.sub(escaped, line)


def report_markdown(body_html: str, *, title: str) -> tuple[str, dict[str, bytes]]:
    """The report body (workshop.views.report_body) as Markdown, and its chart files by path."""
    blocks = read_report(body_html)
    writer = _Writer()
    if not any(isinstance(block, Heading) and block.level == 1 for block in blocks):
        writer.block(Heading(1, clean(title)))
    for block in blocks:
        writer.block(block)
    return writer.markdown(), writer.files


def bench_report_markdown(body_html: str, *, title: str = "Benchmark") -> tuple[float, float]:
    """Seconds for one conversion, and its peak traced memory in MiB, for a benchmark to print.

    Timed in one run and traced in a second: tracing allocations slows Python down severalfold.
    """
    started = time.perf_counter()
    report_markdown(body_html, title=title)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    try:
        report_markdown(body_html, title=title)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return seconds, peak / 2**20


def _lines(text: str, indent: str) -> str:
    """Text over several lines: a hard line break (backslash) ends each, the next is indented to stay in its block."""
    return ("\\\n" + indent).join(text.split("\n"))


def _runs(runs: list[Run], indent: str = "") -> str:
    parts: list[str] = []
    for run in runs:
        if run.text == "\n":
            parts.append("\\\n" + indent)
            continue
        text = _lines(escape_markdown(run.text), indent)
        if run.bold or run.italic:
            # Delimiters hug the text: "** word**" would not be emphasis but two asterisks.
            inner = text.strip(" ")
            marker = ("**" if run.bold else "") + ("*" if run.italic else "")
            before = " " if text.startswith(" ") else ""
            after = " " if text.endswith(" ") and inner else ""
            text = f"{before}{marker}{inner}{marker[::-1]}{after}" if inner else text
        parts.append(text)
    return "".join(parts)


class _Writer:
    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.files: dict[str, bytes] = {}
        self.in_list = False  # the last chunk was a list item: the next joins the same list

    def markdown(self) -> str:
        return "".join(self.chunks).strip("\n") + "\n"

    def _add(self, text: str, *, list_item: bool = False) -> None:
        if self.chunks:
            self.chunks.append("\n" if list_item and self.in_list else "\n\n")
        self.chunks.append(text)
        self.in_list = list_item

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            text = escape_markdown(block.text.replace("\n", " "))
            self._add(f"{'#' * min(block.level, 6)} {text}")
        elif isinstance(block, Paragraph):
            self._add(_runs(block.runs))
        elif isinstance(block, ListItem):
            self._add(f"- {_runs(block.runs, '  ')}", list_item=True)
        elif isinstance(block, NoteItem):
            self._add(self.note(block), list_item=True)
        elif isinstance(block, Chart):
            self.chart(block)
        elif isinstance(block, Table):
            self.table(block)

    def note(self, note: NoteItem) -> str:
        parts = ["- "]
        if note.said_at:
            parts.append(escape_markdown(said_at_prefix(note.said_at)))
        if note.said_by:
            parts.append(f"**{escape_markdown(note.said_by)}:** ")
        parts.append(_lines(escape_markdown(note.text), "  "))
        for label in (note.kind, note.shared):
            if label:
                parts.append(f" *({escape_markdown(label)})*")
        return "".join(parts)

    def chart(self, chart: Chart) -> None:
        path = f"{CHART_DIRECTORY}/chart-{len(self.files) + 1}.svg"
        self.files[path] = ('<?xml version="1.0" encoding="UTF-8"?>\n' + figure_svg(chart) + "\n").encode()
        self._add(f"![{escape_markdown(chart.alt)}]({path})")
        if chart.table is not None:
            self.table(chart.table)

    def table(self, table: Table) -> None:
        columns = max(len(row) for row in table.rows)

        def line(cells: list[str]) -> str:
            cells = cells + [""] * (columns - len(cells))
            return "| " + " | ".join(cells) + " |"

        # A cell is one line: a line break in it would end the table.
        rows = [[escape_markdown(cell.text.replace("\n", " ")) for cell in row] for row in table.rows]
        lines = [line(rows[0]), line(["---"] * columns)] + [line(row) for row in rows[1:]]
        self._add("\n".join(lines))
