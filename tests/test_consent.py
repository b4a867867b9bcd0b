"""Consent: reply keywords that opt a customer out, and the ledger entries they leave."""

from __future__ import annotations

from datetime import timedelta

import pytest

from waboard.consent import (
    DEFAULT_OPT_OUT_KEYWORDS,
    REPLY_KEYWORD,
    KeywordError,
    clean_keywords,
    is_opt_out,
)
from waboard.rules.model import Consent


@pytest.mark.parametrize("text", ["STOP", "stop", "  Stop \n", "baja", "PARAR", "sair",
                                  "Unsubscribe"])
def test_the_default_keywords_match_the_whole_message_in_any_case(text):
    assert is_opt_out(text, DEFAULT_OPT_OUT_KEYWORDS)


@pytest.mark.parametrize("text", ["STOP please", "don't stop", "STOP!", "", "   ", "S T O P"])
def test_other_messages_do_not_opt_out(text):
    assert not is_opt_out(text, DEFAULT_OPT_OUT_KEYWORDS)


def test_a_customer_writing_stop_is_opted_out_with_a_ledger_entry(workspace, ana):
    result = workspace.customer_message(ana, " Stop ")
    assert workspace.state(ana).consent is Consent.OPTED_OUT
    # The message itself is stored and opens the window as any other.
    assert workspace.state(ana).window_open(result.at)
    [imported, stop] = workspace.store.consent_events(ana)
    assert (imported.kind, imported.source) == ("opt_in", "import")
    assert (stop.kind, stop.source, stop.text, stop.at) == (
        "opt_out", REPLY_KEYWORD, "Stop", result.at)
    kinds = [(m.direction, m.kind, m.text) for m in workspace.store.messages(ana)]
    assert kinds == [("in", "text", " Stop "), ("event", "opt_out", "")]


def test_stop_again_adds_nothing_to_the_ledger(workspace, ana):
    workspace.customer_message(ana, "STOP")
    workspace.customer_message(ana, "STOP", at=workspace.now() + timedelta(minutes=5))
    assert [e.kind for e in workspace.store.consent_events(ana)] == ["opt_in", "opt_out"]


def test_the_keywords_are_a_workspace_setting(workspace, ana):
    assert workspace.opt_out_keywords == DEFAULT_OPT_OUT_KEYWORDS
    assert workspace.set_opt_out_keywords(["  Cancelar ", "cancelar", "", "FIN"]) == (
        "Cancelar", "FIN")
    workspace.customer_message(ana, "STOP")
    assert workspace.state(ana).consent is Consent.OPTED_IN
    workspace.customer_message(ana, "cancelar")
    assert workspace.state(ana).consent is Consent.OPTED_OUT


def test_no_keywords_means_no_reply_opts_out(workspace, ana):
    workspace.set_opt_out_keywords([])
    workspace.customer_message(ana, "STOP")
    assert workspace.state(ana).consent is Consent.OPTED_IN


def test_keywords_that_cannot_be_used():
    with pytest.raises(KeywordError, match="under 64"):
        clean_keywords(["x" * 65])
    with pytest.raises(KeywordError, match="NUL"):
        clean_keywords(["ST\x00P"])
    with pytest.raises(KeywordError, match="keep it to 50"):
        clean_keywords([f"word{n}" for n in range(51)])


def test_opt_in_and_out_record_their_source_and_words(workspace, ana):
    workspace.opt_out(ana, source="website form", text="Unsubscribe me from offers")
    workspace.opt_in(ana, source="in person", text="Signed the loyalty card form")
    ledger = [(e.kind, e.source, e.text) for e in workspace.store.consent_events(ana)]
    assert ledger[1:] == [("opt_out", "website form", "Unsubscribe me from offers"),
                          ("opt_in", "in person", "Signed the loyalty card form")]
