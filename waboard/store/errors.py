"""The one exception the store raises."""


class StoreError(Exception):
    """A store operation was refused or failed; the message says why in one sentence."""
