"""`{% save_job_bookmarklet %}`: the "Save to NextYes" link for this NextYes's own address."""

from __future__ import annotations

from django import template
from django.template.context import Context
from django.urls import reverse

from nextyes.pipeline import bookmarklet

register = template.Library()


@register.simple_tag(takes_context=True)
def save_job_bookmarklet(context: Context) -> str:
    # The bookmarklet runs on other sites: it needs our full address, as the browser sees it.
    endpoint = context["request"].build_absolute_uri(reverse("pipeline:save_job"))
    return bookmarklet.href(endpoint)
