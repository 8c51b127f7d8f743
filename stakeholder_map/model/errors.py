"""The one error the model raises."""


class ModelError(ValueError):
    """A change was refused: the message says which id and what is wrong."""
