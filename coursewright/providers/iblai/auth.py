"""Which `Authorization` keyword an ibl.ai deployment takes, learned from its answers.

The seed (ibl.ai's course-creation skill) says every request carries `Authorization: Token
<api_key>`; ibl.ai's newer skills and SDK say `Api-Token <key>`. A deployment may take only one,
so the configured keyword is tried first and, on a 401, the other one once; the one that worked is
used from then on and remembered in the data folder (`iblai-auth.json`, keyed by base URL, org
and user, never holding the key), where `coursewright doctor` reports it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

#: Lower-case name -> the keyword on the wire.
SCHEMES = {"token": "Token", "api-token": "Api-Token"}
MEMORY_FILE = "iblai-auth.json"


def scope_of(base_url: str, org: str, user_id: str) -> str:
    return f"{base_url.rstrip('/')}|{org}|{user_id}"


def read_memory(data_dir: Path) -> dict[str, dict[str, object]]:
    """Every remembered keyword by scope; an unreadable file is no memory."""
    try:
        data = json.loads((data_dir / MEMORY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


class AuthSchemes:
    """The keyword to send now, and the one to try once after a 401."""

    def __init__(self, configured: str, *, data_dir: Path | None = None, scope: str = "") -> None:
        self.configured = configured
        self._data_dir = data_dir
        self._scope = scope
        remembered = read_memory(data_dir).get(scope, {}) if data_dir is not None else {}
        scheme = remembered.get("scheme")
        self.current = scheme if isinstance(scheme, str) and scheme in SCHEMES.values() else configured
        self.confirmed = False

    @property
    def other(self) -> str:
        return "Api-Token" if self.current == "Token" else "Token"

    def worked(self, scheme: str) -> None:
        """`scheme` was accepted: send it from now on, and remember it when it is news."""
        changed = scheme != self.current or not self.confirmed
        self.current = scheme
        self.confirmed = True
        if changed and self._data_dir is not None:
            self._remember(scheme)

    def _remember(self, scheme: str) -> None:
        assert self._data_dir is not None
        memory = read_memory(self._data_dir)
        if memory.get(self._scope, {}).get("scheme") == scheme:
            return
        memory[self._scope] = {"scheme": scheme, "since": int(time.time())}
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
            path = self._data_dir / MEMORY_FILE
            temporary = path.with_suffix(".tmp")
            temporary.write_text(json.dumps(memory, indent=1, sort_keys=True), encoding="utf-8")
            temporary.replace(path)
        except OSError:
            pass  # remembering is a convenience: the next run learns it again
