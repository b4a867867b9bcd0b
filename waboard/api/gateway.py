"""Cloud API requests turned into Workspace calls, on the thread that owns the workspace.

Nothing here decides: the service and the rules do. The gateway finds (or adds) the customer
a number names, asks the service, and answers in Graph's shape; what the rules decided then
reaches the business as status webhooks (events.py).
"""

from __future__ import annotations

from typing import Any

from waboard import inputs
from waboard.changes import Change, ChangeKind
from waboard.inputs import InputError
from waboard.rules.engine import refusal_for
from waboard.rules.model import CustomerState, SendTemplate
from waboard.rules.phones import format_phone
from waboard.service import Workspace
from waboard.store import CustomerRecord

from . import ids
from .errors import SYNCHRONOUS, invalid, refusal_error
from .outbound import MarkRead, Recipient, TemplateSend, read_request

ANYONE = CustomerState()
"""A reachable customer: who the template checks are made for."""
ORIGIN = "api"
"""How the store marks the messages sent through the local Cloud API."""
MAX_REMEMBERED = 100_000
"""Numbers as written in requests, remembered with the customer they name."""


class Gateway:
    """Answers the messages endpoint for one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._by_phone: dict[str, int] | None = None
        """Every customer by E.164 number, read on first need, then kept up to date."""
        self._by_user_id: dict[str, tuple[int, str]] = {}
        self._by_text: dict[str, tuple[int, str]] = {}
        workspace.subscribe(self._forget_customers)

    def _forget_customers(self, change: Change) -> None:
        """A customer added, edited (their number may have changed) or removed: look again."""
        if change.kind is not ChangeKind.CUSTOMER:
            return
        self._by_text.clear()
        self._by_user_id.clear()
        if self._by_phone is None:
            return
        changed = change.customer_id
        self._by_phone = {k: v for k, v in self._by_phone.items() if v != changed}
        if changed is not None and (record := self._record(changed)) is not None:
            self._by_phone[record.phone] = changed

    def _record(self, customer_id: int) -> CustomerRecord | None:
        try:
            return self.workspace.customer(customer_id)
        except InputError:
            return None  # removed

    def close(self) -> None:
        self.workspace.unsubscribe(self._forget_customers)

    def recipient(self, to: Recipient) -> tuple[int, str]:
        """(customer id, E.164) of whom a message is for."""
        if not to.user_id:
            return self.customer_for(to.text)
        if to.text not in self._by_user_id:
            self._by_user_id = {ids.bsuid(c.phone, c.region): (c.id, c.phone)
                                for c in self.workspace.customers() if c.id is not None}
        found = self._by_user_id.get(to.text)
        if found is None:
            raise invalid(f"Param recipient: no WhatsApp user has the id {to.text!r}.")
        return found

    def customer_for(self, to: str) -> tuple[int, str]:
        """(customer id, E.164) for a number, adding a customer the first time one is named."""
        known = self._by_text.get(to)
        if known is not None:
            return known
        found = self._find_or_add(to)
        if len(self._by_text) >= MAX_REMEMBERED:
            self._by_text.clear()
        self._by_text[to] = found
        return found

    def _find_or_add(self, to: str) -> tuple[int, str]:
        digits = to.strip()
        if not digits.startswith("+"):
            digits = "+" + digits
        if self._by_phone is None:
            self._by_phone = {c.phone: c.id for c in self.workspace.customers()
                              if c.id is not None}
        known = self._by_phone.get(digits)  # a wa_id as Meta writes it is E.164 less "+"
        if known is not None:
            return known, digits
        try:
            e164, _ = inputs.phone(digits)
        except InputError as error:
            raise invalid(f"Param to is not a valid WhatsApp number: {error.english}") from None
        customer_id = self._by_phone.get(e164)
        if customer_id is None:
            customer_id = self.workspace.add_customer(format_phone(e164), e164)
        return customer_id, e164

    def send(self, body: Any) -> tuple[dict[str, Any], str]:
        """(Graph answer, what the rules decided, for the traffic log)."""
        request = read_request(body)
        if isinstance(request, MarkRead):
            return self._mark_read(request), "marked read"
        customer_id, e164 = self.recipient(request.to)
        try:
            if isinstance(request, TemplateSend):
                action = self.workspace.template_action(request.name, request.language,
                                                        request.params)
                self._refuse_synchronously(action)
                result = self.workspace.send_template(customer_id, request.name,
                                                      request.language, request.params,
                                                      origin=ORIGIN,
                                                      payloads=dict(request.payloads))
            else:
                result = self.workspace.send_text(customer_id, request.text, origin=ORIGIN,
                                                  choices=request.choices)
        except InputError as error:
            raise invalid(error.english) from None
        assert result.message_id is not None
        message: dict[str, Any] = {"id": ids.wamid(result.message_id, e164)}
        if isinstance(request, TemplateSend):
            message["message_status"] = "accepted"
        refusal = result.outcome.refusal
        decision = "accepted" if refusal is None else \
            f"failed {refusal.code or ''} {refusal.reason.value}".replace("  ", " ")
        return {"messaging_product": "whatsapp",
                "contacts": [{"input": request.to.text, "wa_id": ids.wa_id(e164)}],
                "messages": [message]}, decision

    def _refuse_synchronously(self, action: SendTemplate) -> None:
        """Template checks are answered at once (HTTP 400), as Meta does, storing nothing.
        They depend on the template and the parameters only, not on the customer."""
        refusal = refusal_for(ANYONE, action, self.workspace.now())
        if refusal is not None and refusal.reason in SYNCHRONOUS:
            raise refusal_error(refusal)

    def _mark_read(self, request: MarkRead) -> dict[str, Any]:
        message_id = ids.message_id_of(request.message_id)
        message = None if message_id is None else self.workspace.store.message(message_id)
        if message is None or message.direction != "in":
            raise invalid(f"Param message_id: no message received with id "
                          f"{request.message_id!r}.")
        self.workspace.mark_read(message.customer_id)
        return {"success": True}
