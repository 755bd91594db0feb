"""One shape for every error, `{"detail": ..., "field"?: ...}`, whatever raised it."""

from __future__ import annotations

from django.core.exceptions import ValidationError as ModelError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled
from ninja.errors import ValidationError as InputError

NOT_FOUND = "Nothing here: it does not exist, or it is not yours."
NO_ENTRY = (
    "Sign in first: send a personal access token as `Authorization: Bearer …` "
    "(create one on your profile or with `nextyes token create`)."
)
SLOW_DOWN = "Too many requests with this token. Wait a little and try again."


def _reply(
    api: NinjaAPI, request: HttpRequest, status: int, detail: str, field: str = ""
) -> HttpResponse:
    body: dict[str, str] = {"detail": detail}
    if field:
        body["field"] = field
    return api.create_response(request, body, status=status)


def _input_field(location: object) -> str:
    # ninja's locations look like ("body", "payload", "company") or ("query", "limit").
    parts = (
        [str(p) for p in location if not isinstance(p, int)]
        if isinstance(location, list | tuple)
        else []
    )
    useful = [p for p in parts if p not in {"body", "query", "path", "payload", "filters"}]
    return useful[-1] if useful else ""


def install(api: NinjaAPI) -> None:
    """Replace ninja's default error bodies with ours."""

    @api.exception_handler(InputError)
    def invalid_input(request: HttpRequest, exc: InputError) -> HttpResponse:
        first = exc.errors[0] if exc.errors else {}
        # Our own validators' words come prefixed by pydantic: the sentence alone reads better.
        message = str(first.get("msg", "")).removeprefix("Value error, ")
        message = message or _("This request is not valid.")
        return _reply(api, request, 422, message, _input_field(first.get("loc")))

    @api.exception_handler(ModelError)
    def invalid_values(request: HttpRequest, exc: ModelError) -> HttpResponse:
        if hasattr(exc, "error_dict"):
            field, messages = next(iter(exc.message_dict.items()))
            return _reply(
                api, request, 422, " ".join(messages), "" if field == "__all__" else field
            )
        return _reply(api, request, 422, " ".join(exc.messages))

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return _reply(api, request, 404, _(NOT_FOUND))

    @api.exception_handler(AuthenticationError)
    def no_entry(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = _reply(api, request, 401, _(NO_ENTRY))
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(Throttled)
    def slow_down(request: HttpRequest, exc: Throttled) -> HttpResponse:
        return _reply(api, request, 429, _(SLOW_DOWN))

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return _reply(api, request, exc.status_code, str(exc))
