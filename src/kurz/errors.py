"""Typed errors: raised in the core, translated once per interface (CLI exit 2, HTTP 4xx, batch `error`)."""

from __future__ import annotations


class KurzError(Exception):
    """Base class; `code` is a stable machine-readable name used by every interface."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(KurzError):
    """The input cannot be summarised as given (empty, binary, undecodable, wrong type)."""

    code = "invalid_input"


class EmptyInputError(InputError):
    code = "empty_input"


class InputTooLargeError(InputError):
    code = "input_too_large"


class OptionError(KurzError):
    """An option has an impossible value (negative budget, unknown method)."""

    code = "invalid_option"


class UnknownMethodError(OptionError):
    code = "unknown_method"


class NoFitError(KurzError):
    """Under a hard character budget, not even the shortest faithful form fits: `summary` holds that form, so an
    editor can still see it (flagged), but it is never delivered as a result."""

    code = "no_fit"

    def __init__(self, message: str, summary: object) -> None:
        super().__init__(message)
        self.summary = summary


class ModelError(KurzError):
    """A model file is missing, unreadable or not a kurz model."""

    code = "invalid_model"
