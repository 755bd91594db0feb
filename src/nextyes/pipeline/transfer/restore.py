"""A NextYes export (version 2), back into an empty account: every row, with new ids, or nothing.

Driven by the export itself and the models, never by a list here: `rows_by_model()` gives each
model's rows by label, and the models say which fields link where. So this module imports no
feature app (pipeline sits below them), and a model an app registers for export comes back too.

Rows go in as they were, the way `loaddata` does (raw): creation and update times are kept, and
no signal runs, so nothing is earned, opened or suggested twice (the export already holds the
points, rituals and suggestions those signals made). Ids are new; every link follows its row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nextyes.accounts.deletion import delete_rows
from nextyes.lib import exports
from nextyes.lib.ownership import owned
from nextyes.pipeline.transfer import exporter

if TYPE_CHECKING:
    from nextyes.accounts.models import User

BATCH = 500  # rows per transaction: a few milliseconds of write lock each
# Never taken from an export: who the account is and what the server lets it do.
PROFILE_KEPT = {"id", "username", "password", "last_login", "date_joined"}


class RestoreProblem(Exception):
    """The export cannot go in: the message says why, and nothing was written."""


@dataclass
class Restored:
    """What went in: rows per model label, in the order they were written."""

    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


# Any: an export read from a file, checked as it is read
def _models(data: dict[str, Any]) -> dict[str, type[models.Model]]:
    found = {}
    for label in exporter.rows_by_model(data):
        try:
            found[label] = apps.get_model(label)
        except (LookupError, ValueError):
            raise RestoreProblem(
                _(
                    "This export holds “%(label)s”, which this NextYes does not know. Was it made by "
                    "a newer version? Update this one, then import again."
                )
                % {"label": label}
            ) from None
    return found


def _one_per_person(model: type[models.Model]) -> bool:
    """Settings-like models: at most one row a person, which a restore replaces."""
    user_model = get_user_model()
    for f in model._meta.concrete_fields:
        if f.one_to_one and f.related_model is user_model:
            return True
    return any(
        isinstance(c, models.UniqueConstraint)
        and list(c.fields) == ["owner"]
        and c.condition is None
        for c in model._meta.constraints
    )


def _held_models() -> list[type[models.Model]]:
    """Every model an export carries but the settings-like ones a restore replaces."""
    labels = ["pipeline.Company", "pipeline.Application", "pipeline.StageEvent",
              "pipeline.Interview", "pipeline.Contact", "pipeline.Touchpoint"]  # fmt: skip
    labels += [section.model for section in exports.sections()]
    return [m for m in map(apps.get_model, labels) if not _one_per_person(m)]


def held(user: User) -> dict[str, int]:
    """Rows the account already holds, by label, of every model an export carries."""
    counts = {m._meta.label: owned(m, user).count() for m in _held_models()}
    return {label: count for label, count in counts.items() if count}


def is_empty(user: User) -> bool:
    """Whether the account holds nothing an export would bring (stops at the first row)."""
    return not any(owned(m, user).exists() for m in _held_models())


def _id_keys() -> dict[str, Mapping[str, Mapping[str, str]]]:
    """Model label → its text fields that name rows by id ("application:12")."""
    return {s.model: s.id_keys for s in exports.sections() if s.id_keys}


def _order(chosen: dict[str, type[models.Model]]) -> list[str]:
    """Labels with every model after the ones it links to (a cycle is broken at a nullable link)."""
    by_model = {model: label for label, model in chosen.items()}
    keyed = _id_keys()
    needs = {
        label: {
            by_model[f.related_model]
            for f in model._meta.concrete_fields
            if f.is_relation and f.related_model in by_model and f.related_model is not model
        }
        | {
            target
            for prefixes in keyed.get(label, {}).values()
            for target in prefixes.values()
            if target in chosen and target != label
        }
        for label, model in chosen.items()
    }
    ordered: list[str] = []
    while needs:
        ready = sorted(label for label, wanted in needs.items() if not wanted - set(ordered))
        if not ready:  # a cycle: its nullable links are filled in afterwards
            ready = [sorted(needs)[0]]
        for label in ready:
            ordered.append(label)
            del needs[label]
    return ordered


@dataclass
class _Run:
    user: User
    chosen: dict[str, type[models.Model]]
    ids: dict[type[models.Model], dict[Any, Any]] = field(default_factory=lambda: defaultdict(dict))
    # (model, new id, field attname, old target id): links to rows not written yet
    later: list[tuple[type[models.Model], Any, models.Field[Any, Any], Any]] = field(
        default_factory=list
    )

    # Any: any model field, and the JSON value read for it
    def value(self, f: models.Field[Any, Any], raw: Any) -> tuple[Any, bool]:
        """The field's value for the new row, and whether it must wait for its target."""
        if not f.is_relation:
            return (f.to_python(raw) if raw is not None else None), False
        target = f.related_model
        if target is get_user_model():
            return self.user.pk, False
        if raw is None:
            return None, False
        assert isinstance(target, type)
        if target in set(self.chosen.values()):
            new = self.ids[target].get(raw)
            if new is None and f.null:
                return None, True
            if new is None:
                raise RestoreProblem(
                    _(
                        "The export is incomplete: a %(kind)s refers to something the file does "
                        "not hold, so nothing was imported."
                    )
                    % {"kind": f.model._meta.verbose_name}
                )
            return new, False
        return raw, False  # a shared row (none yet): kept as it is

    # Any: a JSON value, rekeyed only when it is text
    def rekey(self, text: Any, prefixes: Mapping[str, str]) -> Any:
        """ "application:12:…" with 12 the id the row has now (unknown ids stay as they are)."""
        if not isinstance(text, str):
            return text
        prefix, sep, rest = text.partition(":")
        old, colon, tail = rest.partition(":")
        if not sep or prefix not in prefixes or not old.isdigit():
            return text
        new = (
            self.ids[self.chosen[prefixes[prefix]]].get(int(old))
            if prefixes[prefix] in self.chosen
            else None
        )
        return f"{prefix}:{new}{colon}{tail}" if new is not None else text

    # Any: rows of an export read from a file
    def write(self, label: str, rows: list[dict[str, Any]]) -> int:
        model = self.chosen[label]
        meta = model._meta
        assert meta.pk is not None
        pk = meta.pk.attname
        if _one_per_person(model):
            with transaction.atomic():
                owned(model, self.user).delete()
        fields = [f for f in meta.concrete_fields if not f.primary_key]
        keyed = _id_keys().get(label, {})
        objects, waiting = [], []
        for row in rows:
            values, pending = {}, []
            for f in fields:
                raw = self.user.pk if f.name == "owner" else row.get(f.attname)
                if f.attname not in row and f.name != "owner" and not f.is_relation:
                    continue  # not in this export: the field's default
                value, wait = self.value(f, raw)
                if f.attname in keyed:
                    value = self.rekey(value, keyed[f.attname])
                if wait:
                    pending.append((f, raw))
                values[f.attname] = value
            obj = model(**values)
            for f in fields:  # raw writes skip auto_now: a time the export lacks is now
                stamped = getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
                if stamped and getattr(obj, f.attname) is None:
                    setattr(obj, f.attname, timezone.now())
            objects.append(obj)
            waiting.append(pending)
        # One INSERT for many rows where the database returns their ids (SQLite ≥ 3.35, PostgreSQL).
        size = 500 if connection.features.can_return_rows_from_bulk_insert else 1
        for start in range(0, len(objects), size):
            batch = objects[start : start + size]
            with transaction.atomic():  # one short write at a time: nobody else waits long
                returned = model._base_manager._insert(  # type: ignore[attr-defined]
                    batch, fields=fields, returning_fields=meta.db_returning_fields, raw=True
                )
            for obj, (new_pk, *_rest) in zip(batch, returned, strict=True):
                setattr(obj, pk, new_pk)
        for row, obj, pending in zip(rows, objects, waiting, strict=True):
            self.ids[model][row[pk]] = getattr(obj, pk)
            self.later += [(model, getattr(obj, pk), f, raw) for f, raw in pending]
        return len(objects)

    def link_later(self) -> None:
        for start in range(0, len(self.later), BATCH):
            with transaction.atomic():
                for model, new_pk, f, raw in self.later[start : start + BATCH]:
                    target = f.related_model
                    assert isinstance(target, type)
                    new = self.ids[target].get(raw)
                    model._base_manager.filter(pk=new_pk).update(**{f.attname: new})

    # Any: rows of an export read from a file
    def many_to_many(self, label: str, rows: list[dict[str, Any]]) -> None:
        model = self.chosen[label]
        assert model._meta.pk is not None
        pk = model._meta.pk.attname
        for m2m in model._meta.many_to_many:
            through = m2m.remote_field.through
            key = exports.ids_key(m2m.name)
            target = m2m.related_model
            if not isinstance(m2m, models.ManyToManyField) or through is None:
                continue
            if not through._meta.auto_created or not any(key in row for row in rows):
                continue  # a model of its own is restored as one
            source, other = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
            links = [
                through(**{f"{source}_id": self.ids[model][row[pk]], f"{other}_id": new})
                for row in rows
                for old in row.get(key) or []
                if (new := self.ids[target].get(old) if target in self.ids else old) is not None
            ]
            for start in range(0, len(links), BATCH):
                with transaction.atomic():
                    through._default_manager.bulk_create(links[start : start + BATCH])


# Any: the profile row of an export read from a file
def _profile(user: User, data: dict[str, Any]) -> None:
    """The person's own settings: name, timezone, north star, week start… never rights or login."""
    wanted = {**data.get("profile", {}), **data.get("user", {})}
    names = []
    for f in user._meta.concrete_fields:
        if f.attname in wanted and f.attname not in PROFILE_KEPT and not f.name.startswith("is_"):
            if f.name in exporter.PROFILE_LEFT_OUT:
                continue
            raw = wanted[f.attname]
            setattr(user, f.attname, f.to_python(raw) if raw is not None else None)
            names.append(f.attname)
    if names:
        user.save(update_fields=names)


# Any: whatever JSON the file held; this is the check
def check(data: Any) -> None:
    """Refuse what is not a NextYes export of a version this NextYes reads."""
    if not isinstance(data, dict) or data.get("format") != exporter.FORMAT:
        raise RestoreProblem(_("This is not a NextYes export (made with “Export everything”)."))
    if data.get("version") != exporter.VERSION:
        raise RestoreProblem(
            _("This export is version %(found)s; this NextYes restores version %(known)s only.")
            % {"found": data.get("version"), "known": exporter.VERSION}
        )


# Any: whatever JSON the file held; check() runs first
def restore(user: User, data: Any) -> Restored:
    """Put a whole export into `user`'s empty account; ids are new.

    Rows go in a batch per short transaction, so a big export never holds the write lock for
    long. The account was empty, so if anything fails every row it holds is removed again (in
    batches too) and the account is as it was: all or nothing, as the person sees it.
    """
    check(data)
    chosen = _models(data)
    rows = exporter.rows_by_model(data)
    done = Restored()
    already = held(user)
    if already:
        raise RestoreProblem(
            _(
                "This account already holds data (%(count)s rows), so nothing was imported: "
                "an export goes into an empty account only, to never mix or double anything. "
                "Create a new account for it."
            )
            % {"count": sum(already.values())}
        )
    try:
        run = _Run(user, chosen)
        for label in _order(chosen):
            done.rows[label] = run.write(label, rows[label])
        run.link_later()
        for label in chosen:
            run.many_to_many(label, rows[label])
        with transaction.atomic():
            _profile(user, data)  # last: a restore that fails leaves the profile as it was
    except (IntegrityError, ValidationError, TypeError, ValueError, KeyError) as exc:
        _undo(user)
        raise RestoreProblem(
            _("The export does not fit together (%(reason)s), so nothing was imported.")
            % {"reason": exc}
        ) from exc
    except BaseException:  # a RestoreProblem, Ctrl+C, a lost connection: nothing half-written
        _undo(user)
        raise
    return done


def _undo(user: User) -> None:
    """Remove every row a failed restore wrote: the account held none of these kinds before."""
    delete_rows(user.pk, [(model, "owner") for model in _held_models()])
