"""What each app adds to the person's export: a registry the apps fill from `AppConfig.ready()`.

The exporter lives in `pipeline`, below the feature apps, so it must not import them. Instead each
app registers its sections here by model label ("journal.CheckIn"); no app's models are imported
in this module. A section is a flat list of the person's rows, every concrete field kept (ids and
links included) so that an import can restore them into an empty account.

Secrets never leave: a section names the fields it leaves out and why, and the reason is written
into the export itself.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import models

from nextyes.lib.ownership import Asker, owned

# Keys the tracker's part of the export already uses; a section may not take them.
RESERVED_KEYS = frozenset(
    {"format", "version", "exported_at", "user", "profile", "sections", "left_out"}
    | {"companies", "applications", "contacts"}
)


@dataclass(frozen=True)
class Section:
    """One model's rows in the export: `key` names the JSON list and the CSV file.

    The model is read through `owned()`, so it needs an `owner` (every `Owned` model has one).
    """

    key: str
    model: str
    # field name → why it never leaves the server (a secret, a key)
    left_out: Mapping[str, str] = field(default_factory=dict)
    # Text fields that name another row by id, "application:12": field → {prefix: model label}.
    # A restore gives rows new ids, so it rewrites these too (see pipeline/transfer/restore.py).
    id_keys: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def model_class(self) -> type[models.Model]:
        return apps.get_model(self.model)


_sections: dict[str, Section] = {}


def register(*sections: Section) -> None:
    """Add sections to every export; registering the same one again changes nothing."""
    for section in sections:
        known = _sections.get(section.key)
        if section.key in RESERVED_KEYS or (known is not None and known != section):
            raise ImproperlyConfigured(f"Export key {section.key!r} is already taken.")
        _sections[section.key] = section


def sections() -> list[Section]:
    """Every registered section, in registration order (the order of INSTALLED_APPS)."""
    return list(_sections.values())


def plain(value: object) -> object:
    """JSON-ready: dates and times of day as ISO text, datetimes in UTC, decimals as exact text."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    return value


def ids_key(name: str) -> str:
    """The row key of a many-to-many field's id list."""
    # applications → application_ids, as the tracker's part already names its links
    return f"{name.removesuffix('s')}_ids"


def _concrete(section: Section) -> list[str]:
    # The owner is the person exporting: left implicit, so the rows restore into any account.
    return [
        f.attname
        for f in section.model_class()._meta.concrete_fields
        if f.name != "owner" and f.name not in section.left_out
    ]


def _many(section: Section) -> list[str]:
    fields = section.model_class()._meta.many_to_many
    return [f.name for f in fields if f.name not in section.left_out]


def columns(section: Section) -> tuple[str, ...]:
    """The section's fields, as they appear in each row: FKs as `<name>_id`, M2M as id lists."""
    return (*_concrete(section), *(ids_key(name) for name in _many(section)))


def _links(model: type[models.Model], user: Asker, name: str) -> dict[object, list[object]]:
    """One many-to-many field of the person's rows, read in one query."""
    [m2m] = [f for f in model._meta.many_to_many if f.name == name]
    through = m2m.remote_field.through
    if not isinstance(m2m, models.ManyToManyField) or through is None:
        raise ImproperlyConfigured(f"{model._meta.label}.{name} is not a many-to-many field.")
    source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
    pairs = (
        through._default_manager.filter(**{f"{source}__in": owned(model, user).values("pk")})
        .order_by("pk")
        .values_list(f"{source}_id", f"{target}_id")
    )
    linked: dict[object, list[object]] = defaultdict(list)
    for source_id, target_id in pairs:
        linked[source_id].append(target_id)
    return linked


def rows(section: Section, user: Asker) -> list[dict[str, object]]:
    """The person's rows of one section, by id: one query, plus one per many-to-many field."""
    model = section.model_class()
    pk_name = model._meta.pk.attname if model._meta.pk else "id"
    found = [
        {name: plain(value) for name, value in row.items()}
        for row in owned(model, user).order_by("pk").values(*_concrete(section))
    ]
    for name in _many(section):
        linked = _links(model, user, name)
        for row in found:
            row[ids_key(name)] = linked.get(row[pk_name], [])
    return found
