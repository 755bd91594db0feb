"""The Today page: the person's home, calm and quick to read."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from nextyes.accounts.http import AuthedRequest
from nextyes.home.today import build_today


@login_required
def today(request: AuthedRequest) -> HttpResponse:
    return render(request, "momentum/today.html", {"today": build_today(request.user)})


@login_required
def more(request: AuthedRequest) -> HttpResponse:
    """Every section and page in one list: the phone's "More" tab, and a site map without JS."""
    return render(request, "momentum/more.html")
