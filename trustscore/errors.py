"""Typed errors raised by trustscore.

Every failure that reaches a caller is a :class:`TrustscoreError`; nothing from a dependency
escapes. The tree::

    TrustscoreError
    ├── InputError                 the input cannot be analysed
    │   ├── EmptyInput             nothing but whitespace (or nothing at all)
    │   ├── NotText                binary data (images, archives, executables…)
    │   ├── InputTooLarge          more bytes than the configured limit
    │   └── ParseError             the markup could not be turned into a document
    ├── ModelError                 a scoring model cannot be used
    │   ├── ModelFormatError       not a trustscore model file, tampered, or an unknown version
    │   └── FeatureMismatch        the model's features differ from this code's features
    └── DataError                  a training or evaluation data set cannot be read
"""

from __future__ import annotations

__all__ = [
    "DataError",
    "EmptyInput",
    "FeatureMismatch",
    "InputError",
    "InputTooLarge",
    "ModelError",
    "ModelFormatError",
    "NotText",
    "ParseError",
    "TrustscoreError",
]


class TrustscoreError(Exception):
    """Base class of every error trustscore raises."""


class InputError(TrustscoreError):
    """The input cannot be analysed."""


class EmptyInput(InputError):
    """The input is empty or only whitespace."""


class NotText(InputError):
    """The input is binary data, not HTML or text."""


class InputTooLarge(InputError):
    """The input is larger than the configured limit."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"input is {size:,} bytes, over the limit of {limit:,} bytes")
        self.size = size
        self.limit = limit


class ParseError(InputError):
    """The markup could not be turned into a document."""


class ModelError(TrustscoreError):
    """A scoring model cannot be used."""


class ModelFormatError(ModelError):
    """A model file is not a valid trustscore model (foreign, tampered or unknown version)."""


class FeatureMismatch(ModelError):
    """A model's feature names or order differ from the features this code computes."""


class DataError(TrustscoreError):
    """A training or evaluation data set cannot be read."""
