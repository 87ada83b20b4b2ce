"""Settings come from arguments, then the environment, then `.env`, as every twelve-factor tool reads them."""

import os
from pathlib import Path

import pytest

from coursewright.config import Settings, read_dotenv


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in list(os.environ):
        if name.startswith(("COURSEWRIGHT_", "IBLAI_", "TUTORFLOW_", "LEARNINGSTUDIO_", "LS_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def test_arguments_win_over_the_environment_which_wins_over_dotenv(clean_env, tmp_path):
    (tmp_path / ".env").write_text("TUTORFLOW_BASE_URL=http://from-dotenv\nIBLAI_ORG=dotenv-org\n")
    clean_env.setenv("TUTORFLOW_BASE_URL", "http://from-env")
    settings = Settings()
    assert settings.tutorflow_base_url == "http://from-env"
    assert settings.iblai_org == "dotenv-org"
    assert Settings(tutorflow_base_url="http://from-argument").tutorflow_base_url == "http://from-argument"


def test_dotenv_can_be_switched_off(clean_env, tmp_path):
    (tmp_path / ".env").write_text("IBLAI_ORG=dotenv-org\n")
    assert Settings(_env_file=None).iblai_org is None


def test_names_match_without_case_and_an_empty_value_counts_as_unset(clean_env):
    clean_env.setenv("coursewright_default_provider", "tutorflow")
    clean_env.setenv("COURSEWRIGHT_APPROVAL_TTL_S", "")
    settings = Settings()
    assert settings.default_provider == "tutorflow"
    assert settings.approval_ttl_s == 300


def test_a_key_is_secret_and_its_second_name_is_read_too(clean_env):
    clean_env.setenv("LS_API_KEY", "ls_secret_value")
    settings = Settings()
    assert settings.learningstudio_api_key.get_secret_value() == "ls_secret_value"
    assert "ls_secret_value" not in repr(settings)


def test_lists_are_split_the_way_the_readme_writes_them(clean_env, tmp_path):
    clean_env.setenv("COURSEWRIGHT_FILE_ROOTS", f"{tmp_path / 'a'}{os.pathsep}{tmp_path / 'b'}")
    clean_env.setenv("COURSEWRIGHT_HTTP_ALLOWED_HOSTS", "a.example, b.example")
    settings = Settings()
    assert settings.file_roots == [tmp_path / "a", tmp_path / "b"]
    assert settings.http_allowed_hosts == ["a.example", "b.example"]


def test_a_bad_value_is_refused_with_the_field_named(clean_env):
    clean_env.setenv("COURSEWRIGHT_APPROVAL_TTL_S", "forever")
    with pytest.raises(ValueError, match="approval_ttl_s"):
        Settings()


def test_dotenv_lines_take_quotes_exports_and_comments(tmp_path):
    env = tmp_path / ".env"
    env.write_text(
        "# keys\nexport IBLAI_ORG=\"acme corp\"\nTUTORFLOW_API_KEY='tf_x # not a comment'\n"
        "IBLAI_USER_ID=ada # the admin\nnot a line\n"
    )
    assert read_dotenv(env) == {
        "IBLAI_ORG": "acme corp",
        "TUTORFLOW_API_KEY": "tf_x # not a comment",
        "IBLAI_USER_ID": "ada",
    }
    assert read_dotenv(Path(tmp_path / "missing.env")) == {}
