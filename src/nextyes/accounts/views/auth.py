from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nextyes.accounts import profile_sections, services
from nextyes.accounts.forms import ProfileForm, SignUpForm
from nextyes.accounts.http import AuthedRequest
from nextyes.accounts.throttle import remember_browser


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("momentum:today")
    first_account = services.is_fresh_install()
    mode = services.signup_mode()
    token = (request.POST.get("invite") or request.GET.get("invite") or "").strip()
    invitation = services.usable_invitation(token) if mode != "closed" else None
    # The first account of a fresh install can always be made; after that NEXTYES_SIGNUP decides.
    if not first_account and (mode == "closed" or (mode == "invite" and invitation is None)):
        context = {"mode": mode, "had_link": bool(token)}
        return render(request, "accounts/signup_closed.html", context, status=403)
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = form.cleaned_data["username"]
        user = services.sign_up(
            name,
            form.cleaned_data["password1"],
            display_name=form.cleaned_data.get("display_name", ""),
            invitation=invitation,
        )
        if first_account and user is not None:
            # Nobody else exists yet, so signing in straight away tells no one anything.
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome to NextYes. Your account is ready."))
            return redirect("momentum:today")
        # The same answer whether or not the name was free, so sign-up never reveals who is here.
        messages.info(request, _after_signup_message(name, invitation is not None))
        return redirect(f"{reverse('accounts:login')}?{urlencode({'username': name})}")
    context = {"form": form, "first_account": first_account, "invite": token if invitation else ""}
    return render(request, "accounts/signup.html", context)


def _after_signup_message(name: str, invited: bool) -> str:
    if invited:
        again = _("open your invitation link again and choose another name (it still works).")
    else:
        again = _("go back to sign-up and choose another name.")
    return _(
        "If the name “%(name)s” was free, your account is ready: sign in below with your new "
        "password. If signing in does not work, someone already has that name: %(again)s"
    ) % {"name": name, "again": again}


class SignInView(LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_initial(self) -> dict[str, object]:
        # Straight after sign-up the name is filled in; only the password is left to type.
        return {"username": self.request.GET.get("username", "")[:150]}

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)
        remember_browser(response, form.get_user().get_username())
        return response


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:login")


@login_required
def profile(request: AuthedRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Profile saved."))
        return redirect("accounts:profile")
    context = {"form": form, "app_parts": profile_sections.render_all(request)}
    return render(request, "accounts/profile.html", context)
