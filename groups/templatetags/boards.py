"""The addresses of a board's notes, for templates/groups/board.html: from Board, never by hand."""

from __future__ import annotations

from django import template

from groups.boards import Board

register = template.Library()


@register.simple_tag
def note_url(board: Board, note_id: int, action: str) -> str:
    return board.note_url(note_id, action)
