"""What every route shares: the error body, the error codes it may answer, the page of a list."""

from __future__ import annotations

from typing import Annotated

from ninja import Field, Path, Schema
from ninja.pagination import LimitOffsetPagination

# Ids are 64-bit in every database NextYes runs on: a bigger number is invalid, not a crash.
MAX_ID = 2**63 - 1
RecordId = Annotated[int, Field(ge=1, le=MAX_ID)]
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]


class Error(Schema):
    """Every error: what went wrong in plain words, and the field it is about when there is one."""

    detail: str
    field: str | None = None


# Every route may answer these (bad body, no token, read token writing, not yours, invalid, slow
# down); they are declared so the schema tells clients, and schemathesis checks them.
ERROR_CODES = frozenset({400, 401, 403, 404, 422, 429})
ERRORS: dict[int | frozenset[int], type[Schema]] = {ERROR_CODES: Error}


class Page(LimitOffsetPagination):
    """`?limit=` (1–200, 50 by default) and `?offset=`; answers `{"items": [...], "count": N}`."""

    class Input(Schema):
        limit: int = Field(50, ge=1, le=200)
        offset: int = Field(0, ge=0, le=1_000_000_000)
