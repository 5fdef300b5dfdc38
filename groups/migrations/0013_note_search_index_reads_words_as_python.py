"""The notes' full-text index reads the words the search reads on SQLite (groups/search.py, SearchText).

PostgreSQL's parser read "kommunene/flyktningtjenestene" as one file name, "nav.no" as a host and
"2-3" as 2 and -3, so a search found fewer notes on PostgreSQL than on SQLite. The index is now on
the text in NFC with every run of characters but letters and digits made one space. The expression
is exactly the one Django writes for `SearchVector(SearchText("text"), config="norwegian")`, or the
planner cannot use the index. PostgreSQL only, as migration 0004.
"""

from django.db import migrations

INDEX = "groups_note_text_search"
WORDS = "regexp_replace(normalize(text, NFC), '[^[:alnum:]]+'::text, ' '::text, 'g'::text)"
CREATE = (
    f"CREATE INDEX {INDEX} ON groups_note "
    f"USING gin (to_tsvector('norwegian'::regconfig, COALESCE({WORDS}, ''::text)))"
)
CREATE_0004 = (
    f"CREATE INDEX {INDEX} ON groups_note "
    "USING gin (to_tsvector('norwegian'::regconfig, COALESCE(text, ''::text)))"
)
DROP = f"DROP INDEX IF EXISTS {INDEX}"


def read_words_as_python(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)
        schema_editor.execute(CREATE)


def read_words_as_the_parser(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)
        schema_editor.execute(CREATE_0004)


class Migration(migrations.Migration):

    dependencies = [
        ("groups", "0012_notes_keep_their_table_and_round"),
    ]

    operations = [
        migrations.RunPython(read_words_as_python, read_words_as_the_parser, elidable=False),
    ]
