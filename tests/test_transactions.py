"""One user action, one transaction: a customer's STOP and the opt-out it triggers are
stored together or not at all."""

from __future__ import annotations

import pytest

from waboard.rules.model import Consent
from waboard.store import StoreError


def test_stop_and_its_opt_out_are_one_transaction(workspace, ana, monkeypatch):
    before = workspace.store.message_count()

    def disk_full(*args, **kwargs):
        raise StoreError("the disk is full")

    monkeypatch.setattr(workspace.store, "add_consent_event", disk_full)
    with pytest.raises(StoreError):
        workspace.customer_message(ana, "STOP")
    assert workspace.store.message_count() == before  # no STOP left behind, opted in
    assert workspace.state(ana).consent is Consent.OPTED_IN
    monkeypatch.undo()
    workspace.customer_message(ana, "STOP")
    assert workspace.state(ana).consent is Consent.OPTED_OUT
    assert [e.kind for e in workspace.store.consent_events(ana)][-1] == "opt_out"


def test_stop_commits_once(workspace, ana, monkeypatch):
    commits = []
    connection = workspace.store._conn
    original = type(connection).execute

    def counting(self, sql, *args):
        if sql == "COMMIT":
            commits.append(sql)
        return original(self, sql, *args)

    monkeypatch.setattr(type(connection), "execute", counting)
    workspace.customer_message(ana, "STOP")
    assert len(commits) == 1
