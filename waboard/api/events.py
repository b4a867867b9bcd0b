"""The workspace's changes as webhooks: statuses of business messages, the customers'
messages, and template updates. Runs as a workspace listener on the workspace's thread and
hands each finished payload to `deliver` (which must be thread-safe)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from waboard.changes import Change, ChangeKind
from waboard.rules.model import Reason, TemplateStatus
from waboard.service import Workspace
from waboard.store import REPLY_KINDS, CustomerRecord, MessageRecord

from . import ids, payloads
from .errors import NO_OPT_IN_CODE, SYNCHRONOUS, status_error
from .payloads import Business, Reply
from .pricing import reported

Deliver = Callable[[dict[str, Any], str, str], None]
"""(payload, what it is for the traffic log such as "status delivered", ordering key)."""

MAX_CACHED = 50_000
MARKETING_CONTROL = ("stop_marketing", "resume_marketing")
"""The event kinds the service stores when a customer stops or resumes marketing."""
DEFAULT_API_VERSION = "v23.0"
"""The Graph version webhooks are shaped for until an app's request names its own."""


class WebhookEvents:
    """Watches one workspace and tells the business what happened, as Meta would."""

    def __init__(self, workspace: Workspace, business: Business, deliver: Deliver,
                 api_version: Callable[[], str] = lambda: DEFAULT_API_VERSION,
                 failed: Callable[[str], None] = lambda note: None) -> None:
        self.workspace, self.business, self.deliver = workspace, business, deliver
        self.failed = failed
        self.api_version = api_version
        newest = workspace.store.messages(None, limit=1)
        self._seen = (newest[0].id or 0) if newest else 0
        self._started = self._seen
        self._started_at = workspace.now()
        self._watched: dict[int, tuple[datetime, dict[tuple[int, str], datetime]]] = {}
        """Per customer: the instant deliveries and reads were reported up to, and the
        (message id, status) reported at that instant (not to be reported again)."""
        self._templates = self._template_snapshot()
        self._customers: dict[int, CustomerRecord] = {}
        workspace.subscribe(self._on_change)

    def close(self) -> None:
        self.workspace.unsubscribe(self._on_change)

    def _customer(self, customer_id: int) -> CustomerRecord:
        """The customer as webhooks name them (cached until the customer changes)."""
        customer = self._customers.get(customer_id)
        if customer is None:
            if len(self._customers) >= MAX_CACHED:
                self._customers.clear()
            customer = self._customers[customer_id] = self.workspace.store.customer(
                customer_id)
        return customer

    def _on_change(self, change: Change) -> None:
        """A workspace listener: whatever goes wrong here must not undo or stop the action
        that was just made (in the app, a click), so it is noted and dropped."""
        try:
            self._webhooks_for(change)
        except Exception as error:  # noqa: BLE001 (noted in the traffic log instead)
            self.failed(f"no webhook for a {change.kind} change: "
                        f"{type(error).__name__}: {error}")

    def _webhooks_for(self, change: Change) -> None:
        if change.kind is ChangeKind.CUSTOMER and change.customer_id is not None:
            self._customers.pop(change.customer_id, None)
        elif change.kind is ChangeKind.MESSAGE and change.customer_id is not None:
            message = self.workspace.store.last_message(change.customer_id)
            if message is not None and message.id is not None and message.id > self._seen:
                self._seen = message.id
                self._message(message)
            self._progress(change.customer_id)
        elif change.kind is ChangeKind.TEMPLATE:
            self._template_changes()

    # messages

    def _message(self, message: MessageRecord) -> None:
        customer = self._customer(message.customer_id)
        assert message.id is not None
        wamid = ids.wamid(message.id, customer.phone)
        if message.direction == "in" and (message.kind == "text" or
                                          message.kind in REPLY_KINDS):
            reply = None
            if message.reply_to is not None:
                reply = Reply(ids.wamid(message.reply_to, customer.phone), message.kind,
                              message.reply_key, message.text)
            self.deliver(payloads.inbound_message(
                self.business, customer, wamid, message.at, message.text, message.referral,
                reply), "message" if reply is None else f"message {reply.kind}",
                customer.phone)
        elif message.direction == "out":
            self._statuses(message, wamid, customer)
        elif message.kind in MARKETING_CONTROL:
            stopped = message.kind == MARKETING_CONTROL[0]
            self.deliver(payloads.user_preferences(self.business, customer, message.at,
                                                   stopped), "user_preferences",
                         customer.phone)

    def _statuses(self, message: MessageRecord, wamid: str, customer: CustomerRecord) -> None:
        if not message.accepted:
            if message.reason and Reason(message.reason) in SYNCHRONOUS:
                return  # answered in the HTTP response, never a webhook (see gateway)
            code = message.error_code or NO_OPT_IN_CODE
            error = status_error(code, message.error_message or "")
            self.deliver(payloads.status(self.business, customer, wamid, "failed", message.at,
                                         errors=[error]), f"status failed {code}",
                         customer.phone)
            return
        self.deliver(payloads.status(self.business, customer, wamid, "sent", message.at,
                                     *reported(message, self.workspace.store,
                                               self.api_version())),
                     "status sent", customer.phone)

    def _progress(self, customer_id: int) -> None:
        """A `delivered` status for each of the customer's business messages that reached
        the phone, and a `read` one for each they read, since the last look, at their own
        simulated instants (the service moves them, and tells of each customer it moved:
        the clock, the phone view, a reply, the control API). Read at the instant it
        arrived (the chat was open), only `read` is sent, with the pricing, as Meta does.
        Messages sent before the server started are not reported; after the clock went
        back, what happens again is reported again."""
        now = self.workspace.now()
        since, told = self._watched.get(customer_id, (self._started_at, {}))
        since = min(since, now)
        store = self.workspace.store
        found = [(m, "delivered", m.delivered_at)
                 for m in store.deliveries_between(since, now, customer_id)]
        found += [(m, "read", m.read_at) for m in store.reads_between(since, now, customer_id)]
        found.sort(key=lambda item: (item[2], item[0].id or 0, item[1] == "read"))
        for message, state, at in found:
            assert message.id is not None and at is not None
            if message.id <= self._started or (message.id, state) in told:
                continue
            read_on_arrival = message.read_at == message.delivered_at
            if state == "delivered" and read_on_arrival:
                continue  # implied by the read
            told[(message.id, state)] = at
            customer = self._customer(message.customer_id)
            priced = state == "delivered" or (
                read_on_arrival and (message.id, "delivered") not in told)
            pricing, conversation = reported(message, store, self.api_version()) \
                if priced else (None, None)
            self.deliver(payloads.status(self.business, customer,
                                         ids.wamid(message.id, customer.phone), state, at,
                                         pricing, conversation), f"status {state}",
                         customer.phone)
        if len(self._watched) >= MAX_CACHED:
            self._watched.clear()
        self._watched[customer_id] = (now, {k: at for k, at in told.items() if at == now})

    # templates

    def _template_snapshot(self) -> dict[tuple[str, str], tuple[TemplateStatus, str]]:
        return {t.key: (t.status, t.category.value) for t in self.workspace.templates()}

    def _template_changes(self) -> None:
        before, now = self._templates, self._template_snapshot()
        self._templates = now
        at = self.workspace.now()
        for (name, language), (status, category) in now.items():
            template_id = ids.template_id(name, language)
            old = before.get((name, language))
            created = old is None
            if (created and status is not TemplateStatus.PENDING) or \
                    (not created and old[0] is not status):  # review starts unannounced
                self.deliver(payloads.template_status(
                    self.business, at, template_id, name, language, status.value.upper()),
                    "template status", name)
            if not created and old[1] != category:
                self.deliver(payloads.template_category(
                    self.business, at, template_id, name, language, old[1], category),
                    "template category", name)
