"""Webhook bodies in Meta's shape: `object: whatsapp_business_account`, one entry per WABA,
one change per field (messages, user_preferences, message_template_status_update,
template_category_update)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from waboard.store import CustomerRecord

from .ids import bsuid, wa_id


@dataclass(frozen=True, slots=True)
class Business:
    """Who the simulated business is to the app on the other end."""

    phone_number_id: str
    waba_id: str
    display_phone_number: str = "15550000000"
    verified_name: str = "waboard"


@dataclass(frozen=True, slots=True)
class Reply:
    """A customer's tap on a business message: `kind` "button" (a template's quick reply:
    `key` is its payload), "button_reply" or "list_reply" (an interactive message: `key` is
    the option's id); `to` is the tapped message's wamid."""

    to: str
    kind: str
    key: str
    title: str


def timestamp(at: datetime) -> str:
    return str(int(at.timestamp()))


def envelope(business: Business, field: str, value: dict[str, Any],
             at: datetime | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": business.waba_id, "changes": [{"value": value,
                                                                  "field": field}]}
    if at is not None:
        entry["time"] = int(at.timestamp())
    return {"object": "whatsapp_business_account", "entry": [entry]}


def _messaging(business: Business, **fields: Any) -> dict[str, Any]:
    value = {"messaging_product": "whatsapp", "metadata": {
        "display_phone_number": business.display_phone_number,
        "phone_number_id": business.phone_number_id}}
    value.update(fields)
    return envelope(business, "messages", value)


def contact(customer: CustomerRecord) -> dict[str, Any]:
    return {"profile": {"name": customer.name}, "wa_id": wa_id(customer.phone),
            "user_id": bsuid(customer.phone, customer.region)}


def inbound_message(business: Business, customer: CustomerRecord, message_id: str,
                    at: datetime, text: str, referral: str | None,
                    reply: Reply | None = None) -> dict[str, Any]:
    """A customer's message: text, or a tap on a button (`reply`); `referral`
    ("ctwa_ad"/"page_cta") adds Meta's referral object."""
    message: dict[str, Any] = {"from": wa_id(customer.phone),
                               "from_user_id": bsuid(customer.phone, customer.region),
                               "id": message_id,
                               "timestamp": timestamp(at), "type": "text",
                               "text": {"body": text}}
    if reply is not None:
        del message["text"]
        message["context"] = {"from": business.display_phone_number, "id": reply.to}
        if reply.kind == "button":
            message.update(type="button", button={"text": reply.title, "payload": reply.key})
        else:
            message.update(type="interactive", interactive={
                "type": reply.kind, reply.kind: {"id": reply.key, "title": reply.title}})
    if referral:
        message["referral"] = {
            "source_url": "https://fb.me/waboard", "source_id": "120000000000001",
            "source_type": "ad" if referral == "ctwa_ad" else "post",
            "headline": "Simulated entry point", "body": "", "media_type": "image",
            "ctwa_clid": "waboard-" + message_id[-12:],
        }
    return _messaging(business, contacts=[contact(customer)], messages=[message])


def status(business: Business, customer: CustomerRecord, message_id: str, state: str,
           at: datetime,
           pricing: dict[str, Any] | None = None, conversation: dict[str, Any] | None = None,
           errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One `statuses[]` webhook: sent, delivered, read or failed."""
    entry: dict[str, Any] = {"id": message_id, "status": state, "timestamp": timestamp(at),
                             "recipient_id": wa_id(customer.phone),
                             "recipient_user_id": bsuid(customer.phone, customer.region)}
    if conversation is not None:
        entry["conversation"] = conversation
    if pricing is not None:
        entry["pricing"] = pricing
    if errors:
        entry["errors"] = errors
    return _messaging(business, contacts=[contact(customer)], statuses=[entry])


def user_preferences(business: Business, customer: CustomerRecord, at: datetime,
                     stopped: bool) -> dict[str, Any]:
    """The customer stopped (or resumed) marketing messages in WhatsApp."""
    value = {"messaging_product": "whatsapp", "metadata": {
        "display_phone_number": business.display_phone_number,
        "phone_number_id": business.phone_number_id},
        "contacts": [contact(customer)],
        "user_preferences": [{"wa_id": wa_id(customer.phone), "detail": "User requested to "
                              + ("stop" if stopped else "resume") + " marketing messages",
                              "category": "marketing_messages",
                              "value": "stop" if stopped else "resume",
                              "timestamp": int(at.timestamp())}]}
    return envelope(business, "user_preferences", value)


def template_status(business: Business, at: datetime, template_id: str, name: str,
                    language: str, event: str, reason: str = "NONE") -> dict[str, Any]:
    return envelope(business, "message_template_status_update", {
        "event": event, "message_template_id": int(template_id),
        "message_template_name": name, "message_template_language": language,
        "reason": reason}, at)


def template_category(business: Business, at: datetime, template_id: str, name: str,
                      language: str, previous: str, new: str) -> dict[str, Any]:
    return envelope(business, "template_category_update", {
        "message_template_id": int(template_id), "message_template_name": name,
        "message_template_language": language, "previous_category": previous.upper(),
        "new_category": new.upper()}, at)
