"""Settings: arguments, then `SUMMARIZER_*` variables, then `OPENAI_API_KEY` / `OPENAI_BASE_URL`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from summarizer._errors import ConfigError

__all__ = ["Config", "InstructorModeName", "ModeName", "load_config"]


# instructor modes that make sense against chat-completions servers:
#   tools        - function calling (OpenAI, vLLM, most hosted servers)
#   json_schema  - response_format with a JSON Schema (OpenAI structured outputs, vLLM, llama.cpp)
#   json         - response_format json_object plus the schema in the prompt (Ollama, LM Studio)
#   md_json      - schema in the prompt, JSON read from a fenced block (any server at all)
#   auto         - the first of these the server accepts, remembered per base URL (_modes.py)
InstructorModeName = Literal["tools", "json_schema", "json", "md_json"]
ModeName = Literal["auto", "tools", "json_schema", "json", "md_json"]

_NO_ENDPOINT = (
    "no API key and no base URL: set OPENAI_API_KEY (or SUMMARIZER_API_KEY) to use OpenAI, "
    "or OPENAI_BASE_URL (or SUMMARIZER_BASE_URL) to use a local OpenAI-compatible server"
)
# Local servers ignore the key, but the SDK insists on one.
LOCAL_SERVER_KEY = "not-needed"


class Config(BaseSettings):
    """How to reach the model and how hard to try. Every field has a `SUMMARIZER_` variable."""

    model_config = SettingsConfigDict(
        env_prefix="SUMMARIZER_", extra="ignore", frozen=True, populate_by_name=True
    )

    model: str = "gpt-4o-mini"
    api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SUMMARIZER_API_KEY", "OPENAI_API_KEY")
    )
    base_url: str | None = Field(
        default=None,
        description="An OpenAI-compatible endpoint, or several, comma-separated: requests go "
        "to the one with the fewest in flight, and one that fails is left for a while.",
        validation_alias=AliasChoices("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"),
    )
    mode: ModeName = "auto"
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_output_tokens: int | None = Field(default=None, gt=0)
    max_reasks: int = Field(default=2, ge=0, le=10, description="Re-asks after the first answer.")
    request_timeout: float = Field(default=120.0, gt=0, description="Seconds for one HTTP request.")
    max_transport_attempts: int = Field(default=5, ge=1, le=20)
    max_transport_seconds: float = Field(
        default=300.0, gt=0, description="Give up retrying transport errors after this long."
    )
    max_input_bytes: int = Field(default=5_000_000, gt=0, description="Refuse larger inputs.")
    cache_dir: Path | None = Field(default=None, description="Batch result cache directory.")
    max_article_chars: int = Field(
        default=48_000, ge=500, description="Longer articles are read in overlapping chunks."
    )

    @field_validator("base_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, list | tuple):  # several endpoints: kept as one comma-separated value
            value = ",".join(str(v) for v in value)
        if isinstance(value, str):
            urls = [u.strip() for u in value.split(",") if u.strip()]
            return ",".join(urls) or None
        return value

    @property
    def base_urls(self) -> list[str]:
        """The endpoints requests are spread over (one, usually); empty for OpenAI's."""
        return self.base_url.split(",") if self.base_url else []

    def resolved_api_key(self) -> str:
        """The key to send: the configured one, a placeholder for a local server, else an error."""
        if self.api_key is not None and self.api_key.get_secret_value().strip():
            return self.api_key.get_secret_value().strip()
        if self.base_url:
            return LOCAL_SERVER_KEY
        raise ConfigError(_NO_ENDPOINT)


def load_config(base: Config | None = None, **overrides: object) -> Config:
    """A `Config` from `base` (else the environment) with `overrides` on top; None means unset."""
    unknown = sorted(set(overrides) - set(Config.model_fields))
    if unknown:
        import difflib

        close = difflib.get_close_matches(unknown[0], list(Config.model_fields), n=2)
        hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
        raise ConfigError(f"unknown setting '{unknown[0]}'{hint}")
    given = {name: value for name, value in overrides.items() if value is not None}
    if base is not None:
        given = {**base.model_dump(), **given}
    try:
        return Config(**given)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "config"
        raise ConfigError(f"invalid setting {where}: {first['msg']}") from None
