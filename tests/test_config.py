"""Configuration from arguments and the environment."""

from __future__ import annotations

import pytest

from summarizer import Config, ConfigError, InputError, Summarizer
from summarizer._config import LOCAL_SERVER_KEY, load_config


def test_openai_variables_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-from-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    config = load_config()
    assert config.resolved_api_key() == "sk-test-from-env"
    assert config.base_url == "http://localhost:11434/v1"


def test_summarizer_variables_win_and_arguments_win_over_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai")
    monkeypatch.setenv("SUMMARIZER_API_KEY", "sk-test-summarizer")
    monkeypatch.setenv("SUMMARIZER_MODEL", "llama3.1")
    monkeypatch.setenv("SUMMARIZER_MODE", "json")
    config = load_config()
    assert (config.resolved_api_key(), config.model, config.mode) == (
        "sk-test-summarizer",
        "llama3.1",
        "json",
    )
    assert load_config(model="qwen2.5", api_key="sk-test-arg").resolved_api_key() == "sk-test-arg"
    assert load_config(model="qwen2.5").model == "qwen2.5"


def test_missing_key_and_base_url_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="set OPENAI_API_KEY .* or OPENAI_BASE_URL"):
        Summarizer()


def test_a_local_server_needs_no_key() -> None:
    assert load_config(base_url="http://127.0.0.1:8000/v1").resolved_api_key() == LOCAL_SERVER_KEY


def test_the_key_never_shows_in_repr_or_dumps() -> None:
    config = Config(api_key="sk-test-" + "s" * 30)
    assert "sssss" not in repr(config) and "sssss" not in config.model_dump_json()


@pytest.mark.parametrize(
    ("setting", "value"), [("mode", "telepathy"), ("temperature", 9), ("max_reasks", -1)]
)
def test_invalid_settings_are_one_line_errors(setting: str, value: object) -> None:
    with pytest.raises(ConfigError, match=f"invalid setting {setting}") as caught:
        load_config(**{setting: value})
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_article_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="the article is empty"):
        Summarizer(base_url="http://127.0.0.1:9/v1").analyze(text)


def test_one_settings_signature_everywhere_and_no_misspelt_setting_passes(tmp_path) -> None:
    import pytest

    from summarizer import ChatSession, ConfigError, ResultCache, Summarizer

    with pytest.raises(ConfigError, match="unknown setting 'modle'.*'model'"):
        Summarizer(modle="gpt-4o", api_key="test-key")
    session = ChatSession(["An article."], api_key="test-key", model="m", base_url="http://h/v1")
    assert session.summarizer.config.model == "m"
    with pytest.raises(ConfigError, match="unknown setting 'temprature'"):
        ChatSession(["An article."], api_key="test-key", temprature=0.5)
    cache = ResultCache(str(tmp_path / "cache"))  # a str path, like every other path argument
    assert cache.path.parent == tmp_path / "cache"


@pytest.mark.parametrize(
    "url", ["localhost:18777/v1", "127.0.0.1:8080/v1", "bob:secret-pw-1@host/v1"]
)
def test_a_base_url_without_a_scheme_is_a_usage_error_naming_the_fix(url: str) -> None:
    with pytest.raises(ConfigError, match="has no http:// or https:// scheme; write http://"):
        load_config(base_url=url)
    try:
        load_config(base_url=url)
    except ConfigError as error:
        assert "secret-pw-1" not in str(error)
