"""Where each column of a file goes: a NextYes field, the notes, or nowhere; and the notes text.

The preview says this in words, and the importer builds every row's notes from it, so the two
never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from nextyes.pipeline.transfer.mapping import FIELDS, IGNORE, KEEP, Mapping
from nextyes.pipeline.transfer.reading import Row, Table


def column_name(table: Table, index: int) -> str:
    """The header, or "Column 3" for a column without one."""
    return table.header[index] or _("Column %(number)d") % {"number": index + 1}


@dataclass
class ColumnRoutes:
    """The file's columns by destination, as the preview lists them."""

    fields: list[tuple[str, str]] = field(default_factory=list)  # (column, NextYes field label)
    kept: list[str] = field(default_factory=list)  # columns kept as "Column: value" note lines
    left_out: list[str] = field(default_factory=list)


def column_routes(table: Table, columns: Mapping) -> ColumnRoutes:
    routes = ColumnRoutes()
    for index in range(len(table.header)):
        chosen = columns.get(index, IGNORE)
        name = column_name(table, index)
        if chosen == KEEP:
            routes.kept.append(name)
        elif chosen == IGNORE or chosen not in FIELDS:
            routes.left_out.append(name)
        else:
            routes.fields.append((name, str(FIELDS[chosen])))
    return routes


def notes_for(table: Table, row: Row, columns: Mapping) -> str:
    """The row's notes: the notes column as it is (several as "Column: value" lines), then,
    after a blank line, one "Column: value" line for each column kept in the notes."""
    note_columns = [i for i, chosen in sorted(columns.items()) if chosen == "notes"]
    parts = [(column_name(table, i), row.get(i)) for i in note_columns if row.get(i)]
    if len(note_columns) == 1:
        text = parts[0][1] if parts else ""
    else:
        text = "\n".join(f"{name}: {value}" for name, value in parts)
    kept = [
        f"{column_name(table, i)}: {row.get(i)}"
        for i, chosen in sorted(columns.items())
        if chosen == KEEP and row.get(i)
    ]
    return "\n\n".join(part for part in (text, "\n".join(kept)) if part)
