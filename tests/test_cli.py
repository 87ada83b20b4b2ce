"""The command line: doctor shows configuration without keys; bad configuration fails clearly."""

import pytest

from coursewright.cli import main

FAKE_KEY = "doctorFAKEKEY" + "5" * 51


def test_doctor_lists_configured_providers_and_never_prints_a_key(monkeypatch, capsys):
    monkeypatch.setenv("IBLAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("IBLAI_ORG", "acme")
    monkeypatch.setenv("IBLAI_USER_ID", "ada")
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "local, iblai" in out
    assert FAKE_KEY not in out


def test_an_invalid_setting_stops_with_a_message_naming_it(monkeypatch):
    monkeypatch.setenv("COURSEWRIGHT_DEFAULT_PROVIDER", "moodle")
    with pytest.raises(SystemExit) as stopped:
        main(["doctor"])
    assert "COURSEWRIGHT_DEFAULT_PROVIDER" in str(stopped.value) or "default_provider" in str(stopped.value)
    assert "Fix the environment" in str(stopped.value)


def test_unknown_command_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit):
        main(["explode"])
    assert "invalid choice" in capsys.readouterr().err


def test_version_prints_the_package_version(capsys):
    from coursewright import __version__

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"coursewright {__version__}"


def test_doctor_names_the_missing_iblai_variables_when_only_the_key_is_set(monkeypatch, capsys):
    monkeypatch.setenv("IBLAI_API_KEY", FAKE_KEY)
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "iblai: incomplete, missing IBLAI_ORG, IBLAI_USER_ID" in out
    assert "configured providers: local\n" in out
    assert FAKE_KEY not in out
    # The snippet carries placeholders for every variable iblai needs, never the key itself.
    assert '"IBLAI_API_KEY": "<your IBLAI_API_KEY>"' in out and '"IBLAI_ORG": "<your IBLAI_ORG>"' in out


def test_doctor_warns_when_the_default_provider_has_no_key(monkeypatch, capsys):
    monkeypatch.setenv("COURSEWRIGHT_DEFAULT_PROVIDER", "tutorflow")
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "tutorflow: not configured (set TUTORFLOW_API_KEY)" in out
    warning = next(line for line in out.splitlines() if line.startswith("warning: the default provider"))
    assert "tutorflow" in warning and "TUTORFLOW_API_KEY" in warning


def test_doctor_warns_when_no_file_roots_are_set_and_not_when_they_are(monkeypatch, capsys, tmp_path):
    assert main(["doctor"]) == 0
    assert "warning: COURSEWRIGHT_FILE_ROOTS is not set" in capsys.readouterr().out
    monkeypatch.setenv("COURSEWRIGHT_FILE_ROOTS", str(tmp_path))
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "COURSEWRIGHT_FILE_ROOTS is not set" not in out
    assert f'"COURSEWRIGHT_FILE_ROOTS": "{tmp_path}"' in out


def test_doctor_shows_every_provider_its_version_and_a_config_snippet_that_parses(capsys):
    import json

    from coursewright import __version__

    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"coursewright {__version__}\n")
    for line in (
        "local: ready",
        "iblai: not configured (set IBLAI_API_KEY, IBLAI_ORG, IBLAI_USER_ID)",
        "learningstudio: not configured (set LEARNINGSTUDIO_API_KEY)",
    ):
        assert line in out
    assert "warning: the default provider" not in out
    snippet = json.loads(out[out.index("{") :])
    entry = snippet["mcpServers"]["coursewright"]
    assert entry["args"][-1] == "serve" and entry["env"]["COURSEWRIGHT_DEFAULT_PROVIDER"] == "local"


class _Terminal:
    def isatty(self) -> bool:
        return True


class _Pipe:
    def isatty(self) -> bool:
        return False


class _NoRun:
    def run(self, **_: object) -> None:
        return None


@pytest.mark.parametrize(("stdin", "told"), [(_Terminal(), True), (_Pipe(), False)])
def test_serve_on_a_terminal_says_on_stderr_that_it_waits_for_a_client(monkeypatch, capsys, stdin, told):
    import coursewright.server

    monkeypatch.setattr("sys.stdin", stdin)
    monkeypatch.setattr(coursewright.server, "build_server", lambda settings: _NoRun())
    assert main(["serve"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""  # stdout is the MCP wire
    assert ("waiting for an MCP client" in captured.err) is told
    assert ("coursewright demo" in captured.err) is told


def test_demo_without_out_writes_into_the_data_folder_not_the_current_one(monkeypatch, tmp_path):
    import coursewright.demo

    seen = {}

    async def fake_run_demo(out, provider):
        seen["out"] = out
        return 0

    monkeypatch.setattr(coursewright.demo, "run_demo", fake_run_demo)
    assert main(["demo"]) == 0
    assert seen["out"] == tmp_path / "data" / "demo"
    assert main(["demo", "--out", str(tmp_path / "mine")]) == 0
    assert seen["out"] == tmp_path / "mine"


def test_doctor_counts_empty_settings_as_unset_as_the_desktop_bundle_passes_them(monkeypatch, capsys):
    for name in (
        "IBLAI_API_KEY",
        "IBLAI_ORG",
        "IBLAI_USER_ID",
        "TUTORFLOW_API_KEY",
        "COURSEWRIGHT_FILE_ROOTS",
    ):
        monkeypatch.setenv(name, "")
    monkeypatch.setenv("IBLAI_BASE_URL", "https://api.iblai.app/dm")  # the bundle's default
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "iblai: not configured" in out and "tutorflow: not configured" in out
    assert "incomplete" not in out


def test_skill_prints_the_packaged_agent_skill(capsys):
    assert main(["skill"]) == 0
    assert capsys.readouterr().out.startswith("---\nname: coursewright")


def test_sandbox_strict_reaches_the_emulators_configuration(monkeypatch):
    import coursewright.sandbox.serve

    seen: dict = {}
    monkeypatch.setattr(coursewright.sandbox.serve, "run_sandbox", lambda **kwargs: seen.update(kwargs))
    assert main(["sandbox", "--strict", "--port", "0"]) == 0
    assert seen["strict"] is True
    assert main(["sandbox", "--port", "0"]) == 0
    assert seen["strict"] is False
