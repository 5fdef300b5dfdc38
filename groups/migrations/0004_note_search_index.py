"""A full-text index on the notes' text, for the facilitators' search (groups/search.py).

PostgreSQL only: SQLite has no GIN index and searches in Python instead, so there this migration
does nothing, forwards or backwards. The indexed expression is exactly the one Django writes for
`SearchVector("text", config="norwegian")`, or the planner cannot use the index.
"""

from django.db import migrations

INDEX = "groups_note_text_search"
CREATE = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON groups_note "
    "USING gin (to_tsvector('norwegian'::regconfig, COALESCE(text, ''::text)))"
)
DROP = f"DROP INDEX IF EXISTS {INDEX}"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):

    dependencies = [
        ("groups", "0003_themes"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
