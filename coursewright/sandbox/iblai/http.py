"""How the emulated ibl.ai API speaks HTTP: Django REST framework's auth, errors, bodies and pages.

The real backend is a DRF service, so its refusals have DRF's shapes and wording:
`{"detail": ...}` for auth, permission, not-found and action errors, a field map
(`{"name": ["This field is required."]}`) for serializer validation, and the
`{"count", "next", "previous", "results"}` page wrapper for lists.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from coursewright.sandbox import keys

AUTH_SCHEMES = ("api-token", "token")
NOT_PROVIDED = "Authentication credentials were not provided."
NO_PERMISSION = "You do not have permission to perform this action."
NOT_FOUND = "Not found."
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class Principal:
    """Whom a platform key belongs to: one org, one username (and maybe its numeric id), a role."""

    org: str
    user_id: str
    is_admin: bool = True
    numeric_id: int | None = None

    def is_named_by(self, segment: str) -> bool:
        """Whether a `/users/{user_id}/` segment names this user: its username or its numeric id."""
        return segment == self.user_id or (self.numeric_id is not None and segment == str(self.numeric_id))


def known_principals() -> dict[str, Principal]:
    return {
        keys.IBLAI_API_KEY: Principal(
            keys.IBLAI_ORG, keys.IBLAI_USER_ID, numeric_id=keys.IBLAI_USER_NUMERIC_ID
        ),
        keys.IBLAI_LEARNER_API_KEY: Principal(keys.IBLAI_ORG, keys.IBLAI_LEARNER_USER_ID, is_admin=False),
        keys.IBLAI_OTHER_API_KEY: Principal(keys.IBLAI_OTHER_ORG, keys.IBLAI_OTHER_USER_ID),
    }


class ApiError(Exception):
    """A refusal the handler answers with; `body` is the JSON the client receives."""

    def __init__(self, status: int, body: object, headers: Mapping[str, str] | None = None) -> None:
        self.status = status
        self.body = body
        self.headers = dict(headers or {})
        super().__init__(status)

    def response(self) -> JSONResponse:
        return JSONResponse(self.body, status_code=self.status, headers=self.headers)


def detail_error(status: int, message: str, headers: Mapping[str, str] | None = None) -> ApiError:
    return ApiError(status, {"detail": message}, headers)


def field_errors(errors: Mapping[str, list[str]]) -> ApiError:
    return ApiError(400, dict(errors))


def no_content() -> Response:
    return Response(status_code=204)


def identify(
    request: Request, principals: Mapping[str, Principal], schemes: Sequence[str] = AUTH_SCHEMES
) -> Principal:
    """DRF token authentication with the `Api-Token` or `Token` keyword (401 otherwise).

    `schemes` are the accepted keywords, lower case (strict mode: only the seed's `token`).
    """
    unauthenticated = {"WWW-Authenticate": "Api-Token" if "api-token" in schemes else "Token"}
    header = request.headers.get("authorization", "")
    parts = header.split()
    if not parts or parts[0].lower() not in schemes:
        raise detail_error(401, NOT_PROVIDED, unauthenticated)
    if len(parts) == 1:
        raise detail_error(401, "Invalid token header. No credentials provided.", unauthenticated)
    if len(parts) > 2:
        raise detail_error(
            401, "Invalid token header. Token string should not contain spaces.", unauthenticated
        )
    principal = principals.get(parts[1])
    if principal is None:
        raise detail_error(401, "Invalid token.", unauthenticated)
    return principal


def authenticate(
    request: Request, principals: Mapping[str, Principal], schemes: Sequence[str] = AUTH_SCHEMES
) -> Principal:
    """Identify the key, then the tenant check: the path's org and user must be the key's (403)."""
    principal = identify(request, principals, schemes)
    if request.path_params.get("org") != principal.org or not principal.is_named_by(
        str(request.path_params.get("user_id", ""))
    ):
        raise detail_error(403, NO_PERMISSION)
    return principal


# --- request bodies ---------------------------------------------------------------------------------


async def read_body(request: Request) -> dict[str, Any]:
    """The request data the way DRF's JSON, form and multipart parsers give it (empty body = {})."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    if not raw and content_type not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return {}
    if content_type in ("", "application/json") or content_type.endswith("+json"):
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise detail_error(400, f"JSON parse error - {exc}") from None
        if not isinstance(data, dict):
            raise field_errors(
                {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {_type_name(data)}."]}
            )
        return data
    if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        try:
            form = await request.form()
        except Exception as exc:  # the parser raises several exception types for broken bodies
            raise detail_error(400, f"Multipart form parse error - {exc}") from None
        return {name: value for name, value in form.items()}
    raise detail_error(415, f'Unsupported media type "{content_type}" in request.')


def _type_name(value: object) -> str:
    return {list: "list", str: "str", int: "int", float: "float", bool: "bool"}.get(type(value), "NoneType")


@dataclass(frozen=True)
class FieldRule:
    """One serializer field: its kind and limits, with DRF's validation messages."""

    name: str
    kind: str = "str"  # str | bool | int | choice | list
    required: bool = True
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    min_items: int = 0
    allow_blank: bool = False


def validate(data: Mapping[str, Any], rules: Sequence[FieldRule], partial: bool = False) -> dict[str, Any]:
    """The cleaned values of the fields present; a DRF field map (400) when any is invalid."""
    clean: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for rule in rules:
        if rule.name not in data:
            if rule.required and not partial:
                errors[rule.name] = ["This field is required."]
            continue
        try:
            clean[rule.name] = _clean(rule, data[rule.name])
        except ValueError as exc:
            errors[rule.name] = [str(exc)]
    if errors:
        raise field_errors(errors)
    return clean


def _clean(rule: FieldRule, value: Any) -> Any:
    if value is None:
        raise ValueError("This field may not be null.")
    if rule.kind == "bool":
        return _clean_bool(value)
    if rule.kind == "int":
        return _clean_int(value)
    if rule.kind == "list":
        if not isinstance(value, list):
            raise ValueError(f'Expected a list of items but got type "{_type_name(value)}".')
        if len(value) < rule.min_items:
            raise ValueError(f"Ensure this field has at least {rule.min_items} elements.")
        return [_clean_text(FieldRule(rule.name), item) for item in value]
    if rule.kind == "choice":
        text = str(value) if not isinstance(value, (dict, list, bool)) else ""
        if text not in rule.choices:
            raise ValueError(f'"{value}" is not a valid choice.')
        return text
    return _clean_text(rule, value)


def _clean_text(rule: FieldRule, value: Any) -> str:
    if isinstance(value, (bool, dict, list)) or not isinstance(value, (str, int, float)):
        raise ValueError("Not a valid string.")
    text = str(value).strip()
    if not text and not rule.allow_blank:
        raise ValueError("This field may not be blank.")
    if rule.max_length is not None and len(text) > rule.max_length:
        raise ValueError(f"Ensure this field has no more than {rule.max_length} characters.")
    return text


def _clean_bool(value: Any) -> bool:
    truthy = {"true", "1", "yes", "on", "t", "y"}
    falsy = {"false", "0", "no", "off", "f", "n"}
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, str)) and str(value).strip().lower() in truthy | falsy:
        return str(value).strip().lower() in truthy
    raise ValueError("Must be a valid boolean.")


def _clean_int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("A valid integer is required.")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise ValueError("A valid integer is required.")


def clean_pk(name: str, value: Any, exists: Mapping[int, object]) -> int:
    """A primary-key relation field (`course_creation_task`, `task`), DRF messages on failure."""
    if isinstance(value, (bool, dict, list)):
        raise field_errors({name: [f"Incorrect type. Expected pk value, received {_type_name(value)}."]})
    try:
        pk = _clean_int(value)
    except ValueError:
        raise field_errors(
            {name: [f"Incorrect type. Expected pk value, received {_type_name(value)}."]}
        ) from None
    if pk not in exists:
        raise field_errors({name: [f'Invalid pk "{pk}" - object does not exist.']})
    return pk


def upload_of(value: Any) -> UploadFile | None:
    return value if isinstance(value, UploadFile) else None


# --- pages ------------------------------------------------------------------------------------------


def paginate(request: Request, items: Sequence[dict[str, Any]]) -> JSONResponse:
    """DRF PageNumberPagination: `page`, `page_size` (capped at 100), 404 "Invalid page." past the end."""
    size = DEFAULT_PAGE_SIZE
    size_text = request.query_params.get("page_size", "")
    if size_text.isdigit() and int(size_text) > 0:
        size = min(int(size_text), MAX_PAGE_SIZE)
    pages = max(1, -(-len(items) // size))
    page_text = request.query_params.get("page", "1")
    page = pages if page_text == "last" else int(page_text) if page_text.isdigit() else 0
    if not 1 <= page <= pages:
        raise detail_error(404, "Invalid page.")
    url = request.url
    next_url = str(url.include_query_params(page=page + 1)) if page < pages else None
    if page <= 1:
        previous_url = None
    elif page == 2:
        previous_url = str(url.remove_query_params("page"))
    else:
        previous_url = str(url.include_query_params(page=page - 1))
    window = list(items[(page - 1) * size : page * size])
    return JSONResponse({"count": len(items), "next": next_url, "previous": previous_url, "results": window})


def wants_true(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1", "yes")
