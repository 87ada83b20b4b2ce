"""What ships: the desktop bundle's manifest, the registry entry and the package metadata stay in step
with the server (its tools, its version, its settings)."""

from __future__ import annotations

import json
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest
from mcp import Client

from coursewright import __version__
from coursewright.config import Settings
from coursewright.doctor import PROVIDERS
from coursewright.server import build_server

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = json.loads((ROOT / "packaging" / "mcpb" / "manifest.json").read_text())
SERVER_JSON = json.loads((ROOT / "server.json").read_text())
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def is_secret(variable: str) -> bool:
    return variable.endswith("_API_KEY")


@pytest.mark.anyio
async def test_the_bundle_manifest_lists_exactly_the_tools_the_server_lists():
    async with Client(build_server(Settings())) as client:
        served = [tool.name for tool in (await client.list_tools()).tools]
    assert [tool["name"] for tool in MANIFEST["tools"]] == served
    assert all(tool.get("description") for tool in MANIFEST["tools"])


def test_every_published_version_is_the_package_version():
    assert PYPROJECT["project"]["version"] == __version__
    assert MANIFEST["version"] == __version__
    assert SERVER_JSON["version"] == __version__
    assert [package["version"] for package in SERVER_JSON["packages"]] == [__version__]


def bundle_env() -> dict[str, str]:
    """What the desktop client passes when the user fills in nothing: defaults, else empty."""
    env = {}
    for variable, value in MANIFEST["server"]["mcp_config"]["env"].items():
        key = value.removeprefix("${user_config.").removesuffix("}")
        env[variable] = str(MANIFEST["user_config"][key].get("default", ""))
    return env


def test_the_bundle_asks_for_every_provider_setting_and_marks_each_key_sensitive():
    env = MANIFEST["server"]["mcp_config"]["env"]
    for needs in PROVIDERS:
        for _, variable in needs.required:
            assert variable in env, variable
    for variable, value in env.items():
        key = value.removeprefix("${user_config.").removesuffix("}")
        setting = MANIFEST["user_config"][key]
        assert setting.get("sensitive", False) is is_secret(variable), variable
        assert setting.get("required") is False, f"{key} must be optional: the local provider needs none"


def test_the_bundle_with_nothing_filled_in_serves_the_local_provider(monkeypatch):
    for variable, value in bundle_env().items():
        monkeypatch.setenv(variable, value)
    settings = Settings()
    assert settings.default_provider == "local"
    assert settings.configured_providers() == ["local"]
    assert settings.secret_values() == []


def test_the_registry_entry_marks_secrets_and_names_the_same_settings_as_the_bundle():
    (package,) = SERVER_JSON["packages"]
    assert package["registryType"] == "pypi" and package["identifier"] == PYPROJECT["project"]["name"]
    assert package["transport"] == {"type": "stdio"}
    variables = {v["name"]: v for v in package["environmentVariables"]}
    for name, variable in variables.items():
        assert variable["isSecret"] is is_secret(name), name
        assert variable["isRequired"] is False, name
    assert set(MANIFEST["server"]["mcp_config"]["env"]) <= set(variables)
    assert len(SERVER_JSON["description"]) <= 100


def test_the_readme_carries_the_registry_name_marker():
    assert f"mcp-name: {SERVER_JSON['name']}" in (ROOT / "README.md").read_text()


def test_the_package_ships_the_skill_the_example_course_and_its_metadata():
    package = files("coursewright")
    assert package.joinpath("SKILL.md").read_text().startswith("---\nname: coursewright")
    assert package.joinpath("examples", "demo_course.json").is_file()
    project = PYPROJECT["project"]
    assert project["license"] == "MIT" and (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(project["urls"])
    assert any(c.startswith("Programming Language :: Python :: 3.11") for c in project["classifiers"])
    for document in ("CHANGELOG.md", "SECURITY.md"):
        assert (ROOT / document).is_file(), document
    assert f"## [{__version__}]" in (ROOT / "CHANGELOG.md").read_text()
