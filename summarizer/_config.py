"""Settings: arguments, then `SUMMARIZER_*` variables, then `OPENAI_API_KEY` / `OPENAI_BASE_URL`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from summarizer._errors import ConfigError

__all__ = ["Config", "InstructorModeName", "ModeName", "OnInvalid", "is_local_url", "load_config"]


# instructor modes that make sense against chat-completions servers:
#   tools        - function calling (OpenAI, vLLM, most hosted servers)
#   json_schema  - response_format with a JSON Schema (OpenAI structured outputs, vLLM, llama.cpp)
#   json_grammar - response_format json_object carrying the schema: grammar-constrained decoding
#                  in llama-cpp-python's server (the schema is in the prompt too)
#   json         - response_format json_object plus the schema in the prompt (Ollama, LM Studio)
#   md_json      - schema in the prompt, JSON read from a fenced block (any server at all)
#   auto         - the server's best mode when it says what it is, else the first of these it
#                  accepts; remembered per base URL (core/modes.py)
InstructorModeName = Literal["tools", "json_schema", "json_grammar", "json", "md_json"]
ModeName = Literal["auto", "tools", "json_schema", "json_grammar", "json", "md_json"]
OnInvalid = Literal["fail", "partial"]

_NO_ENDPOINT = (
    "no API key and no base URL: set OPENAI_API_KEY (or SUMMARIZER_API_KEY) to use OpenAI, "
    "or OPENAI_BASE_URL (or SUMMARIZER_BASE_URL) to use a local OpenAI-compatible server"
)
# Local servers ignore the key, but the SDK insists on one.
LOCAL_SERVER_KEY = "not-needed"
# (one request, the whole call) in seconds: a hosted API, and a server on this machine or a
# private network, where a small model on a CPU takes minutes to write an analysis.
REMOTE_TIMEOUTS = (120.0, 300.0)
LOCAL_TIMEOUTS = (900.0, 1800.0)


def _shown_url(url: str) -> str:
    """A URL with no scheme, for messages: without its user-info or query."""
    return re.sub(r"^[^/]*@", "", url.split("?", 1)[0])


def is_local_url(url: str) -> bool:
    """Whether `url` names this machine or a private network (a self-hosted model server)."""
    import ipaddress
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()  # (a base URL always has its scheme)
    if host in ("localhost", "host.docker.internal") or host.endswith((".local", ".internal")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


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
    on_invalid: OnInvalid = Field(
        default="fail",
        description="When the last answer still breaks a rule: fail (no result), or partial "
        "(keep every part that passes, drop the rest, and list what was dropped).",
    )
    identify_server: bool = Field(
        default=True,
        description="Under mode auto, ask a server not met before what it is (GET /models) "
        "and start in its best mode.",
    )
    request_timeout: float = Field(
        default=REMOTE_TIMEOUTS[0],
        gt=0,
        description="Seconds for one HTTP request (for a server on this machine or a private "
        f"network, {LOCAL_TIMEOUTS[0]:g} unless set: a model on a CPU writes slowly).",
    )
    max_transport_attempts: int = Field(default=5, ge=1, le=20)
    max_transport_seconds: float = Field(
        default=REMOTE_TIMEOUTS[1],
        gt=0,
        description="Give up retrying transport errors after this long (for a local server, "
        f"{LOCAL_TIMEOUTS[1]:g} unless set).",
    )
    max_input_bytes: int = Field(default=5_000_000, gt=0, description="Refuse larger inputs.")
    cache_dir: Path | None = Field(default=None, description="Batch result cache directory.")
    max_article_chars: int = Field(
        default=48_000, ge=500, description="Longer articles are read in overlapping chunks."
    )
    output_language: str | None = Field(
        default=None,
        max_length=40,
        description="The language of the answers' free text (headline, summary, key points, "
        "descriptions): a language such as English, or 'article' for the article's own; unset, "
        "the prompt does not say. Quotes stay as the article writes them.",
    )
    grounding_workers: int | None = Field(
        default=None,
        ge=0,
        description="Batches: processes that ground answers beside the event loop (0: on the "
        "loop; unset: one per core for `summarizer batch`, none for the Python API).",
    )

    @field_validator("base_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, list | tuple):  # several endpoints: kept as one comma-separated value
            value = ",".join(str(v) for v in value)
        if isinstance(value, str):
            urls = [u.strip() for u in value.split(",") if u.strip()]
            for url in urls:  # "localhost:8080/v1" would be read as a path of scheme "localhost"
                if not url.lower().startswith(("http://", "https://")):
                    raise ValueError(
                        f"base URL '{_shown_url(url)}' has no http:// or https:// scheme; "
                        f"write http://{_shown_url(url)}"
                    )
            return ",".join(urls) or None
        return value

    @model_validator(mode="after")
    def _local_timeouts(self) -> Config:
        """A local server gets the local timeouts, unless the user set them."""
        if not self.local:
            return self
        chosen = self.model_fields_set
        if "request_timeout" not in chosen and self.request_timeout == REMOTE_TIMEOUTS[0]:
            object.__setattr__(self, "request_timeout", LOCAL_TIMEOUTS[0])
        seconds = self.max_transport_seconds
        if "max_transport_seconds" not in chosen and seconds == REMOTE_TIMEOUTS[1]:
            object.__setattr__(self, "max_transport_seconds", LOCAL_TIMEOUTS[1])
        return self

    @property
    def local(self) -> bool:
        """Whether every endpoint is on this machine or a private network."""
        return bool(self.base_urls) and all(is_local_url(u) for u in self.base_urls)

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
        message = first["msg"].removeprefix("Value error, ")
        raise ConfigError(f"invalid setting {where}: {message}") from None
