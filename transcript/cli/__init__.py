"""The command line: ``transcript parse|validate|render|speakers|quotes|extract|schema``."""

from .commands import main

__all__ = ["main"]
