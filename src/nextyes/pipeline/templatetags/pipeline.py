"""Template helpers for the tracker's pages."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from functools import lru_cache

from django import template
from django.template.context import Context
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext, ngettext

from nextyes.pipeline.choices import Stage
from nextyes.pipeline.selectors import Card

register = template.Library()

# A pk no real row has, swapped for the card's own: one reverse() per board instead of 1,200.
_PK_MARK = 987654321987


@lru_cache(maxsize=256)
def _stage_options(language: str | None, current: str) -> SafeString:
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, " selected" if value == current else "", label) for value, label in Stage.choices),
    )


@register.simple_tag
def stage_label(stage: str, round: int | None = None) -> str:
    """“Interview (round 2)” for interviews with a round, else the stage's own name."""
    label = str(Stage(stage).label) if stage in Stage.values else stage
    if stage == Stage.INTERVIEW and round:
        return gettext("%(stage)s (round %(round)s)") % {"stage": label, "round": round}
    return label


@register.filter
def or_dash(value: object) -> object:
    """An empty detail shows as a dash, so the reader knows it is empty and not missing."""
    return value if value not in (None, "") else "—"


# --- Board cards. A board shows up to 240 of them; Django's template engine needs about a
# millisecond per card on a small machine, so the card is built here from strings prepared once
# per board and escaped with the standard library. The markup is what the browser tests rely on:
# a compact card (role, company, days in its stage, the next date) whose move form folds into a
# <details> menu, so it works with the keyboard and without JavaScript; app.js drags with it.

CARD_HTML = (
    '<article class="card stage-{stage}" id="card-{pk}" data-application-id="{pk}"'
    ' draggable="true">'
    '<h3 class="card-title"><a href="{url}">{role}</a></h3>'
    '<p class="card-company">{company}</p>'
    '<p class="card-facts">{age}{next}</p>'
    '<details class="card-move"><summary>{move}<span class="visually-hidden"> {name}</span>'
    "</summary>"
    '<form class="move-form" method="post" action="{move_url}" hx-post="{move_url}"'
    ' hx-target="#board-columns" hx-swap="outerHTML">{csrf}'
    '<label class="visually-hidden" for="move-{pk}">{label}</label>'
    '<select name="stage" id="move-{pk}">{options}</select>'
    '<button type="submit">{move}</button>'
    "</form></details></article>"
)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class _CardKit:
    """What every card of one board shares, already escaped: words, URL shapes, the CSRF field."""

    language: str | None
    url: tuple[str, str]
    move_url: tuple[str, str]
    csrf: str
    move: str
    move_label: str
    name: str


def _url_around_pk(name: str) -> tuple[str, str]:
    before, after = reverse(name, args=[_PK_MARK]).split(str(_PK_MARK))
    return _e(before), _e(after)


def _card_kit(context: Context) -> _CardKit:
    kit = context.render_context.get("pipeline_card_kit")
    if kit is None:
        token = context.get("csrf_token")
        csrf = f'<input type="hidden" name="csrfmiddlewaretoken" value="{_e(token)}">'
        kit = _CardKit(
            language=get_language(),
            url=_url_around_pk("pipeline:application"),
            move_url=_url_around_pk("pipeline:move"),
            csrf=csrf if token else "",
            move=_e(gettext("Move")),
            move_label=gettext("Move %(role)s at %(company)s to"),
            name=gettext("%(role)s at %(company)s"),
        )
        context.render_context["pipeline_card_kit"] = kit
    return kit


@lru_cache(maxsize=512)
def _age(language: str | None, days: int | None) -> str:
    if days is None:
        return ""
    if days <= 0:
        text = gettext("new today")
    else:
        text = ngettext("%(n)s day here", "%(n)s days here", days) % {"n": days}
    return f'<span class="card-age">{_e(text)}</span>'


@lru_cache(maxsize=2048)
def _next_date(language: str | None, kind: str, day: dt.date | None) -> str:
    if day is None:
        return ""
    shown = format_date(day, "j M")
    text = gettext("Interview %(day)s") if kind == "interview" else gettext("Follow up %(day)s")
    return (
        f'<span class="card-next card-next-{_e(kind)}">'
        f'<time datetime="{day.isoformat()}">{_e(text % {"day": shown})}</time></span>'
    )


@register.simple_tag(takes_context=True)
def board_card(context: Context, card: Card) -> SafeString:
    """One board card with its move menu (see CARD_HTML)."""
    kit = _card_kit(context)
    pk = str(card.id)
    names = {"role": card.role, "company": card.company}
    # Every value is escaped with _e above or is our own markup.
    return SafeString(
        CARD_HTML.format(
            pk=pk,
            stage=_e(card.status),
            url=pk.join(kit.url),
            move_url=pk.join(kit.move_url),
            role=_e(card.role),
            company=_e(card.company),
            age=_age(kit.language, card.days_in_stage),
            next=_next_date(kit.language, card.next_kind, card.next_on),
            csrf=kit.csrf,
            name=_e(kit.name % names),
            label=_e(kit.move_label % names),
            options=_stage_options(kit.language, card.status),
            move=kit.move,
        )
    )
