"""`coursewright doctor`: what the server would see, provider by provider, never a secret's value.

Each provider is *ready*, *not configured* (none of its variables set) or *incomplete* (some set,
the ones it needs missing, named exactly). Warnings say what would go wrong at the first tool
call; the closing snippet is a client configuration that starts this very installation.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coursewright import __version__

if TYPE_CHECKING:
    from coursewright.config import Settings


@dataclass(frozen=True)
class ProviderNeeds:
    name: str
    #: (setting field, environment variable) each required for the provider to work.
    required: tuple[tuple[str, str], ...]
    #: Optional settings: setting one alone still shows the provider was meant to be used.
    optional: tuple[tuple[str, str], ...] = ()


PROVIDERS = (
    ProviderNeeds(
        "iblai",
        (("iblai_api_key", "IBLAI_API_KEY"), ("iblai_org", "IBLAI_ORG"), ("iblai_user_id", "IBLAI_USER_ID")),
        (("iblai_base_url", "IBLAI_BASE_URL"), ("iblai_mentor_id", "IBLAI_MENTOR_ID")),
    ),
    ProviderNeeds(
        "tutorflow",
        (("tutorflow_api_key", "TUTORFLOW_API_KEY"),),
        (("tutorflow_base_url", "TUTORFLOW_BASE_URL"),),
    ),
    ProviderNeeds(
        "learningstudio",
        (("learningstudio_api_key", "LEARNINGSTUDIO_API_KEY"),),
        (("learningstudio_base_url", "LEARNINGSTUDIO_BASE_URL"),),
    ),
)


@dataclass(frozen=True)
class ProviderStatus:
    name: str
    state: str  # "ready" | "not configured" | "incomplete"
    missing: tuple[str, ...] = ()

    def line(self) -> str:
        if self.name == "local":
            return "  local: ready (built in, no keys needed)"
        if self.state == "incomplete":
            return f"  {self.name}: incomplete, missing {', '.join(self.missing)}"
        if self.state == "not configured":
            return f"  {self.name}: not configured (set {', '.join(self.missing)})"
        return f"  {self.name}: ready"


def _touched(settings: Settings, needs: ProviderNeeds) -> bool:
    """Whether the user meant to use the provider: a required value, or an optional one changed.

    Empty values count as unset: the desktop bundle passes every setting, filled in or not.
    """
    if any(getattr(settings, field) for field, _ in needs.required):
        return True
    fields = type(settings).model_fields
    return any(
        field in settings.model_fields_set
        and getattr(settings, field)
        and getattr(settings, field) != fields[field].default
        for field, _ in needs.optional
    )


def provider_statuses(settings: Settings) -> list[ProviderStatus]:
    statuses = [ProviderStatus("local", "ready")]
    for needs in PROVIDERS:
        missing = tuple(env for field, env in needs.required if not getattr(settings, field))
        touched = _touched(settings, needs)
        if not missing:
            statuses.append(ProviderStatus(needs.name, "ready"))
        elif touched:
            statuses.append(ProviderStatus(needs.name, "incomplete", missing))
        else:
            statuses.append(ProviderStatus(needs.name, "not configured", missing))
    return statuses


def warnings_for(settings: Settings, statuses: list[ProviderStatus]) -> list[str]:
    found: list[str] = []
    default = next(s for s in statuses if s.name == settings.default_provider)
    if default.state != "ready":
        found.append(
            f"the default provider {default.name} (COURSEWRIGHT_DEFAULT_PROVIDER) is {default.state}: every tool "
            f"call that names no provider will fail. Set {', '.join(default.missing)}, or choose a ready provider."
        )
    if not settings.file_roots:
        found.append(
            "COURSEWRIGHT_FILE_ROOTS is not set: attach_reference can read only folders the MCP client "
            "shares as roots, and many clients share none. Set it to the folders with your reference "
            "files (separated by the system's path separator)."
        )
    if settings.llm_base_url and not settings.llm_model:
        found.append(
            "COURSEWRIGHT_LLM_BASE_URL is set without COURSEWRIGHT_LLM_MODEL: the local generator will not use "
            "the endpoint. Set COURSEWRIGHT_LLM_MODEL too."
        )
    return found


def _command() -> tuple[str, list[str]]:
    """How a client starts this installation: its `coursewright` script, else this interpreter."""
    script = Path(sys.executable).with_name("coursewright")
    if script.is_file():
        return str(script), ["serve"]
    return sys.executable, ["-m", "coursewright", "serve"]


def config_snippet(settings: Settings) -> str:
    """The `mcpServers` entry (Claude Desktop, Cursor, Windsurf); each key is a placeholder, never its value."""
    env: dict[str, str] = {"COURSEWRIGHT_DEFAULT_PROVIDER": settings.default_provider}
    for needs in PROVIDERS:
        if _touched(settings, needs) or needs.name == settings.default_provider:
            env.update({name: f"<your {name}>" for _, name in needs.required})
    if settings.file_roots:
        env["COURSEWRIGHT_FILE_ROOTS"] = os.pathsep.join(str(root) for root in settings.file_roots)
    command, args = _command()
    return json.dumps(
        {"mcpServers": {"coursewright": {"command": command, "args": args, "env": env}}}, indent=2
    )


def iblai_auth_report(settings: Settings) -> str:
    """The keyword ibl.ai accepted last (remembered in the data folder), or the configured one, unconfirmed."""
    from coursewright.providers.iblai.auth import SCHEMES, read_memory, scope_of

    configured = SCHEMES.get(settings.iblai_auth_scheme.strip().lower(), settings.iblai_auth_scheme)
    org, user = (settings.iblai_org or "").strip(), (settings.iblai_user_id or "").strip()
    scheme = (
        read_memory(settings.data_dir).get(scope_of(settings.iblai_base_url, org, user), {}).get("scheme")
    )
    if isinstance(scheme, str) and scheme in SCHEMES.values():
        return f"{scheme} (accepted by the platform; configured {configured})"
    return f"{configured} (configured, not yet confirmed by a call; the other keyword is tried once on a 401)"


def report(settings: Settings) -> list[str]:
    statuses = provider_statuses(settings)
    lines = [f"coursewright {__version__}", f"data folder: {settings.data_dir}", "providers:"]
    lines += [status.line() for status in statuses]
    lines.append(f"default provider: {settings.default_provider}")
    lines.append(f"configured providers: {', '.join(s.name for s in statuses if s.state == 'ready')}")
    if any(s.name == "iblai" and s.state == "ready" for s in statuses):
        lines.append(f"ibl.ai Authorization keyword: {iblai_auth_report(settings)}")
    lines.append(
        "local generator: "
        + (
            f"OpenAI-compatible endpoint, model {settings.llm_model}"
            if settings.llm_base_url and settings.llm_model
            else "the agent's own text, or the client's model through sampling"
        )
    )
    roots = ", ".join(map(str, settings.allowed_file_roots())) or "none (COURSEWRIGHT_FILE_ROOTS is not set)"
    lines.append(f"folders attach_reference may read: {roots}; plus the roots the MCP client shares")
    lines.append(
        f"confirmation through elicitation required: {'yes' if settings.require_elicitation else 'no'}"
        " (serve --http off loopback: yes unless COURSEWRIGHT_REQUIRE_ELICITATION is set)"
    )
    where = settings.public_url or "the address the client used"
    lines.append(
        f"approval page (clients with URL-mode elicitation): links valid {settings.approval_ttl_s} s; "
        f"stdio: a loopback listener started on first use; serve --http: /approve/ at {where}"
    )
    lines.append(f"read-only mode: {'yes' if settings.read_only else 'no'}")
    clients = sorted(set(settings.bearer_tokens().values()))
    lines.append(
        f"HTTP bearer tokens (team mode): {', '.join(clients) if clients else 'none (loopback only)'}"
    )
    for warning in warnings_for(settings, statuses):
        lines.append(f"warning: {warning}")
    lines.append("client configuration (Claude Desktop, Cursor, Windsurf: the mcpServers entry):")
    lines += config_snippet(settings).splitlines()
    return lines
