"""The one error exports raise."""


class ExportError(ValueError):
    """An export was refused or failed; ``str(err)`` is one line a person can act on."""
