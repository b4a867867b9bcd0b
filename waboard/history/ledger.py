"""The consent a customer started with, from the consent ledger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..consent import IMPORT_SOURCE
from ..rules.model import Consent

if TYPE_CHECKING:
    from ..store import Store



def initial_consent(store: Store, customer_id: int) -> Consent:
    """The consent a customer was created with: the last of the ledger's "import" entries."""
    imported = [e for e in store.consent_events(customer_id) if e.source == IMPORT_SOURCE]
    if not imported:
        return Consent.NONE
    return Consent.OPTED_IN if imported[-1].kind == "opt_in" else Consent.OPTED_OUT
