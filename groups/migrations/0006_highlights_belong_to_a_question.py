from __future__ import annotations

from typing import Any

from django.db import migrations, models


def keep_the_highlights(apps: Any, schema_editor: Any) -> None:
    """A highlight answering a question stays on that question. A highlight on the round as a whole
    showed as ticked on every question of its round: it stays on each of them, as it was shown."""
    Note = apps.get_model("groups", "Note")
    Question = apps.get_model("workshop", "Question")
    through = Note.highlighted_on.through
    rows = []
    for note in Note.objects.filter(highlighted=True, table__isnull=False, round__isnull=False):
        if note.question_id is not None:
            question_ids = [note.question_id]
        else:
            question_ids = list(Question.objects.filter(round_id=note.round_id).values_list("pk", flat=True))
        rows.extend(through(note_id=note.pk, question_id=question_id) for question_id in question_ids)
    through.objects.bulk_create(rows)


class Migration(migrations.Migration):

    dependencies = [
        ("groups", "0005_change_made_at"),
        ("workshop", "0003_themes"),
    ]

    operations = [
        migrations.AddField(
            model_name="note",
            name="highlighted_on",
            field=models.ManyToManyField(
                blank=True, related_name="highlights", to="workshop.question", verbose_name="highlight on"
            ),
        ),
        migrations.RunPython(keep_the_highlights, migrations.RunPython.noop),
        migrations.RemoveField(model_name="note", name="highlighted"),
    ]
