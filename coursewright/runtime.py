"""Everything a running server holds: settings, providers (opened lazily), ledger, redactor, confirmations.

Made in the server's lifespan and closed with it, so each provider's HTTP client lives
exactly as long as the server. Knows nothing of MCP.
"""

from __future__ import annotations

import functools
import importlib
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import anyio

from coursewright.errors import NotConfigured
from coursewright.guardrails.secrets import Redactor
from coursewright.ids import PROVIDERS, split_id

if TYPE_CHECKING:
    from coursewright.approval.service import Approvals
    from coursewright.config import Settings
    from coursewright.guardrails.confirm import ConfirmationBook
    from coursewright.ledger import Ledger
    from coursewright.providers.base import Provider
    from coursewright.providers.journal import Journal

#: Where each remote adapter lives; imported only when first used (start-up time matters).
REMOTE_ADAPTERS: dict[str, tuple[str, str]] = {
    "iblai": ("coursewright.providers.iblai.adapter", "IblaiProvider"),
    "tutorflow": ("coursewright.providers.tutorflow.adapter", "TutorFlowProvider"),
    "learningstudio": ("coursewright.providers.learningstudio.adapter", "LearningStudioProvider"),
}

#: Adapters that keep deadlines in wall-clock time across restarts (LearningStudio's webhook wait).
WALL_CLOCK_ADAPTERS = frozenset({"learningstudio"})


class Runtime:
    def __init__(
        self,
        settings: Settings,
        *,
        transports: Mapping[str, Any] | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        providers: Mapping[str, Provider] | None = None,
        approvals: Approvals | None = None,
        retry_seed: int | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        self.settings = settings
        #: With a seed, every adapter's back-off draws from its own seeded source, so a seeded run replays exactly.
        self.retry_seed = retry_seed
        #: The human-only approval page (None: the server cannot serve one).
        self.approvals = approvals
        #: A test seam for the wall-clock deadlines some adapters keep (None: the real time).
        self.wall_clock = wall_clock
        self.transports = dict(transports or {})
        self.sleep = sleep
        self.clock = clock
        self.redactor = Redactor(settings.secret_values())
        # Pre-opened providers are a test seam (fakes that fail in chosen ways).
        self._providers: dict[str, Provider] = dict(providers or {})
        for provider in self._providers.values():
            self._connect_secrets(provider)
        self._lock = anyio.Lock()

    # The stores open on first use: a server answers its first tools/list before any of them is needed.
    @functools.cached_property
    def ledger(self) -> Ledger:
        from coursewright.ledger import Ledger

        return Ledger(self.settings.data_dir / "coursewright.sqlite3")

    @functools.cached_property
    def journal(self) -> Journal:
        """The journal of keyed creates (`providers.once`): the same file the adapters journal in."""
        from coursewright.providers.journal import Journal

        return Journal.for_settings(self.settings)

    @functools.cached_property
    def confirmations(self) -> ConfirmationBook:
        from coursewright.guardrails.confirm import ConfirmationBook, load_or_create_key

        return ConfirmationBook(
            load_or_create_key(self.settings.data_dir),
            self.ledger.spend_token,
            ttl_s=self.settings.confirmation_ttl_s,
        )

    async def provider(self, name: str) -> Provider:
        if name not in PROVIDERS:
            raise NotConfigured(
                f"There is no provider called {name!r}.", f"Use one of: {', '.join(PROVIDERS)}."
            )
        async with self._lock:
            if name not in self._providers:
                self._providers[name] = self._open(name)
            return self._providers[name]

    async def provider_for(self, qualified_id: str, kind: str) -> tuple[Provider, str]:
        provider_name, native = split_id(qualified_id, kind)
        return await self.provider(provider_name), native

    def _open(self, name: str) -> Provider:
        if name == "local":
            from coursewright.providers.local.adapter import LocalProvider
            from coursewright.providers.local.generate import LlmGenerator

            data_dir = self.settings.data_dir
            generator = LlmGenerator.from_settings(
                self.settings,
                transport=self.transports.get("llm"),
                sleep=self.sleep,
                clock=self.clock,
                retry=self._retry_policy("llm"),
            )
            return LocalProvider(
                data_dir, archive_dir=self.settings.archive_dir or data_dir / "archives", generator=generator
            )
        module_name, class_name = REMOTE_ADAPTERS[name]
        try:
            adapter = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            raise NotConfigured(
                f"The {name} provider is not available in this build of coursewright yet.",
                "Use provider 'local' for now.",
            ) from None
        kwargs: dict[str, Any] = {}
        if name in self.transports:
            kwargs["transport"] = self.transports[name]
        if self.retry_seed is not None:
            kwargs["retry"] = self._retry_policy(name)
        if self.wall_clock is not None and name in WALL_CLOCK_ADAPTERS:
            kwargs["wall_clock"] = self.wall_clock
        # The runtime's sleep and clock pace every adapter (rate limits, back-off, polling).
        provider = adapter.from_settings(self.settings, sleep=self.sleep, clock=self.clock, **kwargs)
        self._connect_secrets(provider)
        return provider

    def _retry_policy(self, name: str) -> Any:
        """The default retry policy, its jitter drawn from a source seeded by (seed, provider); None without a seed."""
        if self.retry_seed is None:
            return None
        from coursewright.providers.http_pacing import RetryPolicy

        return RetryPolicy(random=random.Random(f"{self.retry_seed}:{name}").random)

    def _connect_secrets(self, provider: Provider) -> None:
        """Secrets a provider learns at run time (edit tokens, preview URLs) join the redactor."""
        hook = getattr(provider, "set_secret_hook", None)
        if hook is not None:
            hook(self.redactor.add)

    async def aclose(self) -> None:
        for provider in self._providers.values():
            await provider.aclose()
        self._providers.clear()
