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
