"""SQLite persistence of a waboard inbox: customers, templates, threads and settings."""

from .errors import StoreError
from .records import (
    REPLY_KINDS,
    Choices,
    ConsentRecord,
    CustomerRecord,
    CustomerSummary,
    MessageRecord,
)
from .schema import SCHEMA_VERSION
from .store import Store

__all__ = [
    "REPLY_KINDS",
    "SCHEMA_VERSION",
    "Choices",
    "ConsentRecord",
    "CustomerRecord",
    "CustomerSummary",
    "MessageRecord",
    "Store",
    "StoreError",
]
