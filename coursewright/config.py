"""Settings from the environment (and an optional `.env`); every key is a `SecretStr`.

Read by a few lines here rather than pydantic-settings: the server is spawned for every chat,
and that loader (with its dotenv and cloud sources) was a quarter of coursewright's own start-up.
The rules are the usual ones: arguments win over the environment, the environment over `.env`,
names are matched without regard to case, and an empty value counts as unset.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, field_validator

from coursewright.ids import ProviderName


def default_data_dir() -> Path:
    """A per-user data folder, following each platform's convention."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "coursewright"


#: Team-mode bearer tokens shorter than this are refused: they would be guessable.
MIN_HTTP_TOKEN_LENGTH = 24
_CLIENT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.@-]{0,63}")


def _token_entries(text: str) -> list[tuple[str, str]]:
    """`name:token` or a bare token (':' because tokens may end in base64 '=' padding)."""
    entries = []
    for entry in (part.strip() for part in text.split(",")):
        if not entry:
            continue
        name, sep, token = entry.partition(":")
        entries.append(
            (name.strip(), token.strip()) if sep and _CLIENT_NAME.fullmatch(name.strip()) else ("", entry)
        )
    return entries


def read_dotenv(path: Path) -> dict[str, str]:
    """`NAME=value` lines (optionally `export NAME=...`, quoted values, `#` comments); missing file: none."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, IsADirectoryError, PermissionError, UnicodeDecodeError):
        return {}
    found: dict[str, str] = {}
    for line in lines:
        line = line.strip()
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        name, sep, value = line.partition("=")
        if not sep or line.startswith("#"):
            continue
        value = value.strip()
        quote = value[:1]
        if len(value) >= 2 and quote in ("'", '"') and value.endswith(quote):
            value = value[1:-1].replace("\\n", "\n") if quote == '"' else value[1:-1]
        else:
            value = value.split(" #", 1)[0].rstrip()
        found[name.strip().upper()] = value
    return found


def _names_of(alias: object) -> list[str]:
    if isinstance(alias, str):
        return [alias]
    if isinstance(alias, AliasChoices):
        return [choice for choice in alias.choices if isinstance(choice, str)]
    return []


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    def __init__(self, _env_file: str | Path | None = ".env", **values: Any) -> None:
        environment = {name.upper(): value for name, value in os.environ.items()}
        dotenv = read_dotenv(Path(_env_file)) if _env_file else {}
        found: dict[str, Any] = {}
        for field_name, field in type(self).model_fields.items():
            for source in (environment, dotenv):
                value = next(
                    (source[n.upper()] for n in _names_of(field.validation_alias) if source.get(n.upper())),
                    None,
                )
                if value is not None:
                    found[field_name] = value
                    break
        super().__init__(**{**found, **values})

    default_provider: ProviderName = Field("local", validation_alias="COURSEWRIGHT_DEFAULT_PROVIDER")
    data_dir: Path = Field(default_factory=default_data_dir, validation_alias="COURSEWRIGHT_DATA_DIR")
    archive_dir: Path | None = Field(None, validation_alias="COURSEWRIGHT_ARCHIVE_DIR")
    #: The IMS/ADL XSDs export_course --validate checks packages against (never shipped with coursewright).
    schemas_dir: Path | None = Field(None, validation_alias="COURSEWRIGHT_SCHEMAS_DIR")
    file_roots: list[Path] = Field(default_factory=list, validation_alias="COURSEWRIGHT_FILE_ROOTS")
    require_elicitation: bool = Field(False, validation_alias="COURSEWRIGHT_REQUIRE_ELICITATION")
    read_only: bool = Field(False, validation_alias="COURSEWRIGHT_READ_ONLY")
    #: How long an approval page link stays valid.
    approval_ttl_s: int = Field(300, ge=30, le=3600, validation_alias="COURSEWRIGHT_APPROVAL_TTL_S")
    #: The address browsers use to reach `serve --http` (e.g. behind a TLS proxy); default: the request's own.
    public_url: str | None = Field(None, validation_alias="COURSEWRIGHT_PUBLIC_URL")
    confirmation_ttl_s: int = Field(600, ge=30, le=86_400, validation_alias="COURSEWRIGHT_CONFIRMATION_TTL_S")
    #: The agent-facing default for poll_until_ready and the seed's back-off (20 s doubling to 120 s).
    poll_initial_s: float = Field(20.0, gt=0, validation_alias="COURSEWRIGHT_POLL_INITIAL_S")
    poll_max_s: float = Field(120.0, gt=0, validation_alias="COURSEWRIGHT_POLL_MAX_S")
    #: A paid generation above this many dollars needs the user's confirmation.
    cost_confirm_usd: float = Field(0.0, ge=0, validation_alias="COURSEWRIGHT_COST_CONFIRM_USD")
    #: Models considered cheap; anything else needs confirmation.
    cheap_models: list[str] = Field(
        default_factory=lambda: ["gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1-nano"],
        validation_alias="COURSEWRIGHT_CHEAP_MODELS",
    )

    iblai_base_url: str = Field("https://api.iblai.app/dm", validation_alias="IBLAI_BASE_URL")
    iblai_org: str | None = Field(None, validation_alias="IBLAI_ORG")
    iblai_user_id: str | None = Field(None, validation_alias="IBLAI_USER_ID")
    iblai_api_key: SecretStr | None = Field(None, validation_alias="IBLAI_API_KEY")
    iblai_mentor_id: str | None = Field(None, validation_alias="IBLAI_MENTOR_ID")
    iblai_auth_scheme: str = Field("Token", validation_alias="IBLAI_AUTH_SCHEME")

    tutorflow_base_url: str = Field("https://api.tutorflow.io", validation_alias="TUTORFLOW_BASE_URL")
    tutorflow_api_key: SecretStr | None = Field(None, validation_alias="TUTORFLOW_API_KEY")

    learningstudio_base_url: str = Field(
        "https://learningstudioai.com", validation_alias="LEARNINGSTUDIO_BASE_URL"
    )
    learningstudio_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("LEARNINGSTUDIO_API_KEY", "LS_API_KEY")
    )

    #: Team mode (`serve --http`): the bearer tokens clients must send, comma-separated, each
    #: `name:token` (the name shows in logs) or a bare token.
    http_tokens: SecretStr | None = Field(None, validation_alias="COURSEWRIGHT_HTTP_TOKENS")
    #: Host[:port] values clients use to reach a server that is not on loopback (DNS-rebinding check).
    http_allowed_hosts: list[str] = Field(
        default_factory=list, validation_alias="COURSEWRIGHT_HTTP_ALLOWED_HOSTS"
    )
    http_allowed_origins: list[str] = Field(
        default_factory=list, validation_alias="COURSEWRIGHT_HTTP_ALLOWED_ORIGINS"
    )

    #: Team mode: the address the platforms can reach this server at (https://…). When set, the
    #: server takes LearningStudio's webhooks at <public URL>/hooks/learningstudio/<token>, so a job
    #: whose create answer was lost is found again instead of paid for twice.
    public_url: str | None = Field(None, validation_alias="COURSEWRIGHT_PUBLIC_URL")

    llm_base_url: str | None = Field(None, validation_alias="COURSEWRIGHT_LLM_BASE_URL")
    llm_api_key: SecretStr | None = Field(None, validation_alias="COURSEWRIGHT_LLM_API_KEY")
    llm_model: str | None = Field(None, validation_alias="COURSEWRIGHT_LLM_MODEL")
    #: With the LLM endpoint set, a model also judges briefs (one chat call per check_brief and create_task).
    brief_judge: bool = Field(False, validation_alias="COURSEWRIGHT_BRIEF_JUDGE")

    @field_validator("file_roots", mode="before")
    @classmethod
    def _split_paths(cls, value: object) -> object:
        if isinstance(value, str):
            return [Path(part) for part in value.split(os.pathsep) if part.strip()]
        return value

    @field_validator("cheap_models", "http_allowed_hosts", "http_allowed_origins", mode="before")
    @classmethod
    def _split_names(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    def configured_providers(self) -> list[str]:
        configured = ["local"]
        if self.iblai_api_key and self.iblai_org and self.iblai_user_id:
            configured.append("iblai")
        if self.tutorflow_api_key:
            configured.append("tutorflow")
        if self.learningstudio_api_key:
            configured.append("learningstudio")
        return configured

    @field_validator("http_tokens")
    @classmethod
    def _tokens_long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            for _, token in _token_entries(value.get_secret_value()):
                if len(token) < MIN_HTTP_TOKEN_LENGTH:
                    raise ValueError(
                        f"every token needs at least {MIN_HTTP_TOKEN_LENGTH} characters "
                        "(make them with: python -c 'import secrets; print(secrets.token_urlsafe(32))')"
                    )
        return value

    def bearer_tokens(self) -> dict[str, str]:
        """Team-mode tokens mapped to the name each client goes by."""
        if self.http_tokens is None:
            return {}
        named: dict[str, str] = {}
        for number, (name, token) in enumerate(_token_entries(self.http_tokens.get_secret_value()), start=1):
            named[token] = name or f"client-{number}"
        return named

    def secret_values(self) -> list[str]:
        """Every configured secret, for the redaction layer."""
        secrets = [self.iblai_api_key, self.tutorflow_api_key, self.learningstudio_api_key, self.llm_api_key]
        values = [s.get_secret_value() for s in secrets if s and s.get_secret_value()]
        return values + list(self.bearer_tokens())

    def allowed_file_roots(self) -> list[Path]:
        """The configured folders files may be read from (no default: the client's roots add to these)."""
        return [root.expanduser().resolve() for root in self.file_roots]
