"""`{% open_proposals %}`: how many proposals wait for the person (the inbox page's link)."""

from __future__ import annotations

from django import template
from django.template import Context

from nextyes.inbox.models import Proposal, ProposalStatus
from nextyes.lib.ownership import owned

register = template.Library()


@register.simple_tag(takes_context=True)
def open_proposals(context: Context) -> int:
    request = context.get("request")
    user = getattr(request, "user", None)
    return owned(Proposal, user).filter(status=ProposalStatus.OPEN).count()
