"""Options of an analysis: one pydantic model, shared by the API, the CLI and the service."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Inputs larger than this are refused with InputTooLarge (10 MiB: far above any real article)."""


class ParseOptions(BaseModel):
    """How input is read."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_bytes: int = Field(
        default=DEFAULT_MAX_BYTES,
        gt=0,
        description="Refuse inputs larger than this many bytes (InputTooLarge).",
    )
