"""SQLite persistence of a waboard inbox: customers, templates, threads and settings."""

from .errors import StoreError
from .records import ConsentRecord, CustomerRecord, CustomerSummary, MessageRecord
from .schema import SCHEMA_VERSION
from .store import Store

__all__ = [
    "SCHEMA_VERSION",
    "ConsentRecord",
    "CustomerRecord",
    "CustomerSummary",
    "MessageRecord",
    "Store",
    "StoreError",
]
