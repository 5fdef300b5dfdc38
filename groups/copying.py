"""The tables of a workshop copied as a template (workshop/copying.py): numbers, names, seating.

Registered in GroupsConfig.ready. Notes, themes and the tables' old accesses stay behind.
"""

from __future__ import annotations

from groups.models import Table, free_join_codes, new_access_token
from workshop.copying import WorkshopCopy


def copy_tables(copied: WorkshopCopy) -> None:
    """The original's tables at the copy, each with a link and code of its own, seated the same."""
    tables = list(Table.objects.filter(workshop=copied.original).order_by("number").prefetch_related("organisations"))
    if not tables:
        return
    codes = free_join_codes(len(tables))
    # bulk_create skips PartOfWorkshop.save() and, for the seating, the m2m_changed receiver:
    # both only touch the workshop, which was made in this transaction and no page shows yet.
    new_tables = Table.objects.bulk_create([
        # A new link and code, never the original's: its hosts must not reach the copy with them.
        Table(workshop=copied.copy, number=table.number, name=table.name, access_token=new_access_token(),
              join_code=code)
        for table, code in zip(tables, codes, strict=True)
    ])
    Seat = Table.organisations.through
    Seat.objects.bulk_create([
        Seat(table_id=new_table.pk, organisation_id=copied.organisations[organisation.pk].pk)
        for table, new_table in zip(tables, new_tables, strict=True)
        for organisation in table.organisations.all()
    ])
