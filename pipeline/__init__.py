"""Information extraction over press releases about European clusters."""

__version__ = "0.1.0"
