"""Read-only insights: the same figures as `nextyes stats --json`, from the same function."""

from django.http import HttpRequest
from ninja import Query, Router

from nextyes.api.auth import caller
from nextyes.api.common import ERRORS
from nextyes.api.schemas import InsightsFilters
from nextyes.insights.funnel import Filters
from nextyes.insights.stats import build_stats

router = Router(tags=["insights"])


@router.get("/insights", response={200: dict[str, object], **ERRORS})
def insights(request: HttpRequest, filters: Query[InsightsFilters]) -> dict[str, object]:
    """Your funnel, conversion rates, median waits, offer odds, fatigue signal and the typical
    figures beside them. Filter by channel and the days you applied."""
    chosen = Filters(start=filters.applied_from, end=filters.applied_to, channel=filters.channel)
    return build_stats(caller(request).user, chosen).as_json()
