"""Undo, redo, rewind and bookmarks: each action kind undone equals a replay of the history
without it, redo brings it back exactly, the journal survives a restart, bad input changes
nothing."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import START
from waboard.cli import main
from waboard.clock import ClockSetting
from waboard.rules.model import Category, Regime, Template, TemplateStatus
from waboard.service import InputError, Workspace
from waboard.settings import CLOCK
from waboard.store import Store
from waboard.store.journal import JOURNAL_TABLES

Step = Callable[[Workspace], object]

ORDER = Template("order_update", "es_MX", Category.UTILITY, "Hola {{1}}, pedido {{2}}.")


def ana_id(workspace: Workspace) -> int:
    return workspace.store.customer_by_key("ana").id


SETUP: list[Step] = [
    lambda w: w.add_customer("Ana López", "+52 55 1234 5678", key="ana", opt_in=True),
    lambda w: w.add_template(ORDER),
]

KINDS: dict[str, Step] = {
    "customer_message": lambda w: w.customer_message(ana_id(w), "Hola"),
    "opt_out_reply": lambda w: w.customer_message(ana_id(w), "STOP"),
    "send_text": lambda w: w.send_text(ana_id(w), "¡Hola!"),
    "send_template": lambda w: w.send_template(ana_id(w), "order_update", "es_MX",
                                               ["Ana", "A-1"]),
    "opt_in": lambda w: w.opt_in(ana_id(w)),
    "opt_out": lambda w: w.opt_out(ana_id(w)),
    "add_customer": lambda w: w.add_customer("Bruno Díaz", "+34 612 345 678"),
    "edit_customer": lambda w: w.edit_customer(ana_id(w), "Ana María", "+52 55 1234 5678",
                                               False),
    "add_template": lambda w: w.add_template(Template("promo", "en_US", Category.MARKETING,
                                                      "Sale {{1}}")),
    "edit_template": lambda w: w.edit_template(("order_update", "es_MX"),
                                               Template("order_update", "es_MX",
                                                        Category.MARKETING, "Otro {{1}}")),
    "template_status": lambda w: w.set_template_status(("order_update", "es_MX"),
                                                       TemplateStatus.PAUSED),
    "regime": lambda w: w.set_regime(Regime.CBP_2024_11),
    "rate_overrides": lambda w: w.set_rate_overrides({"MX": {"utility": "0.5000"}}),
    "keywords": lambda w: w.set_opt_out_keywords(["basta"]),
    "jump": lambda w: w.jump(timedelta(hours=5)),
    "speed": lambda w: w.set_speed(60),
    "play": lambda w: w.play(),
    "next_expiry": lambda w: w.jump_to_next_expiry(),
}
"""One user action of each kind, done after SETUP and a customer message."""


def fresh(path: Path, steps: list[Step]) -> Workspace:
    """A workspace that did `steps`; its clock never moves by itself (a playing clock
    would make two files made at different moments differ by the time in between)."""
    store = Store.open(path)
    CLOCK.write(store, ClockSetting(START))
    workspace = Workspace(store, ticks=lambda: 0.0)
    for step in steps:
        step(workspace)
    return workspace


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table but the journal's (the clock's setting with the rest)."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if t not in JOURNAL_TABLES]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}


def without_ids(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Settings rows may be stored in another order; compare them by key."""
    return {**tables, "settings": sorted(row for row in tables["settings"])}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_undo_of_each_action_kind_equals_the_replay_without_it_and_redo_restores_it(
        tmp_path, kind):
    history = [*SETUP, KINDS["customer_message"]]
    replayed = fresh(tmp_path / "replay.waboard", history)
    full = fresh(tmp_path / "full.waboard", [*history, KINDS[kind]])
    done = dump(full.store.path)
    assert done != dump(replayed.store.path)

    full.undo()
    assert dump(full.store.path) == dump(replayed.store.path)
    assert full.now() == replayed.now()
    assert full.regime is replayed.regime and full.rate_card == replayed.rate_card
    full.redo()
    assert dump(full.store.path) == done
    full.undo()
    # the rules decide the next action as the replay does
    assert full.send_text(ana_id(full), "¿Sigues?").outcome == \
        replayed.send_text(ana_id(replayed), "¿Sigues?").outcome


def test_undo_names_the_action_and_many_levels_go_back_to_empty(tmp_path):
    workspace = fresh(tmp_path / "w.waboard", [*SETUP, KINDS["send_text"]])
    assert workspace.undo_label() == "send to Ana López"
    assert workspace.redo_label() is None
    labels = [workspace.undo() for _ in range(3)]
    assert labels == ["send to Ana López", "new template order_update (es_MX)",
                      "new customer Ana López"]
    assert workspace.customers() == [] and workspace.undo_label() is None
    with pytest.raises(InputError, match="nothing to undo"):
        workspace.undo()
    assert workspace.redo() == "new customer Ana López"


def test_a_new_action_after_undo_replaces_redo(tmp_path):
    workspace = fresh(tmp_path / "w.waboard", [*SETUP, KINDS["send_text"]])
    workspace.undo()
    workspace.customer_message(ana_id(workspace), "Hola")
    assert workspace.redo_label() is None
    with pytest.raises(InputError, match="nothing to redo"):
        workspace.redo()


def test_undo_survives_a_restart(tmp_path):
    path = tmp_path / "w.waboard"
    workspace = fresh(path, [*SETUP, KINDS["customer_message"], KINDS["send_text"]])
    before_send = fresh(tmp_path / "r.waboard", [*SETUP, KINDS["customer_message"]])
    workspace.store.close()
    reopened = Workspace(Store.open(path))
    assert reopened.undo_label() == "send to Ana López"
    reopened.undo()
    assert dump(path) == dump(before_send.store.path)
    reopened.store.close()
    again = Workspace(Store.open(path))
    assert again.redo() == "send to Ana López"
    assert [m.text for m in again.store.all_messages()][-1] == "¡Hola!"


def test_undo_tells_listeners_everything_may_have_changed(tmp_path):
    workspace = fresh(tmp_path / "w.waboard", [*SETUP, KINDS["send_text"]])
    heard = []
    workspace.subscribe(heard.append)
    workspace.undo()
    assert {c.kind for c in heard} >= {"message", "customer", "clock", "settings", "template"}


def test_undone_clock_jump_brings_the_clock_back(tmp_path):
    workspace = fresh(tmp_path / "w.waboard", [*SETUP])
    workspace.jump(timedelta(days=1))
    assert workspace.undo() == "jump +1 day"
    assert workspace.now() == START
    workspace.redo()
    assert workspace.now() == START + timedelta(days=1)


def test_real_time_is_undoable(tmp_path):
    workspace = fresh(tmp_path / "w.waboard", [*SETUP])
    workspace.set_real_time(True)
    assert workspace.clock.real_time
    assert workspace.undo() == "real time on"
    assert not workspace.clock.real_time and workspace.now() == START


# Rewind


def conversation_history(tmp_path: Path) -> Workspace:
    """Ana writes at START, is answered 5 min later, and 30 h later is sent a template."""
    workspace = fresh(tmp_path / "w.waboard", SETUP)
    ana = ana_id(workspace)
    workspace.customer_message(ana, "Hola")
    workspace.send_text(ana, "¡Hola!", at=START + timedelta(minutes=5))
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"],
                            at=START + timedelta(hours=30))
    return workspace


def test_rewind_to_the_second_of_an_expiry(tmp_path):
    workspace = conversation_history(tmp_path)
    expiry = START + timedelta(hours=24)
    plan = workspace.rewind_plan(expiry)
    assert [a.label for a in plan] == ["template to Ana López"]
    rewound = workspace.rewind(expiry)
    assert rewound.summary() == ("Removed 1 action after 2025-03-04T08:00:00Z "
                                 "(template to Ana López)")
    assert workspace.now() == expiry and workspace.clock.paused
    ana = ana_id(workspace)
    assert not workspace.state(ana).window_open(expiry)
    assert workspace.state(ana).window_open(expiry - timedelta(seconds=1))
    assert [m.text for m in workspace.store.all_messages()] == ["Hola", "¡Hola!"]
    replay = fresh(tmp_path / "r.waboard", SETUP)
    replay.customer_message(ana_id(replay), "Hola")
    replay.send_text(ana_id(replay), "¡Hola!", at=START + timedelta(minutes=5))
    assert workspace.send_text(ana, "late").outcome == replay.send_text(
        ana_id(replay), "late", at=expiry).outcome


def test_rewind_leaves_a_bookmark_to_return_to_even_after_new_actions(tmp_path):
    workspace = conversation_history(tmp_path)
    end = dump(workspace.store.path)
    end_at = workspace.now()
    rewound = workspace.rewind(START)
    assert len(rewound.removed) == 2
    workspace.send_text(ana_id(workspace), "another branch")
    [bookmark] = workspace.bookmarks()
    assert bookmark.name == "Before rewind to 2025-03-03T08:00:00Z"
    workspace.return_to(bookmark.id)
    assert dump(workspace.store.path) == end
    assert workspace.now() == end_at


@pytest.mark.parametrize("offset, message", [
    (timedelta(days=3), "is in the future"),
    (-timedelta(seconds=1), "is before the first action"),
])
def test_rewind_refuses_the_future_and_before_the_first_action(tmp_path, offset, message):
    workspace = conversation_history(tmp_path)
    before = dump(workspace.store.path)
    to = (workspace.now() if offset > timedelta(0) else START) + offset
    with pytest.raises(InputError, match=message):
        workspace.rewind(to)
    assert dump(workspace.store.path) == before and workspace.bookmarks() == []


def test_bookmarks_are_named_listed_returned_to_and_deleted(tmp_path):
    workspace = conversation_history(tmp_path)
    promo = workspace.add_bookmark("  Before the promo ")
    workspace.send_text(ana_id(workspace), "promo!")
    assert [b.name for b in workspace.bookmarks()] == ["Before the promo"]
    workspace.return_to(promo)
    assert [m.text for m in workspace.store.all_messages()][-1] != "promo!"
    workspace.delete_bookmark(promo)
    assert workspace.bookmarks() == []
    with pytest.raises(InputError, match="no longer exists"):
        workspace.return_to(promo)


@pytest.mark.parametrize("name, message", [("", "Enter a name"), ("   ", "Enter a name"),
                                           ("x" * 201, "201 characters")])
def test_bad_bookmark_names_change_nothing(tmp_path, name, message):
    workspace = conversation_history(tmp_path)
    with pytest.raises(InputError, match=message):
        workspace.add_bookmark(name)
    assert workspace.bookmarks() == []
    workspace.add_bookmark("x" * 200)


def test_journal_events_record_undo_redo_and_rewind(tmp_path):
    workspace = conversation_history(tmp_path)
    workspace.undo()
    workspace.redo()
    workspace.rewind(START)
    kinds = [e.kind for e in workspace.journal.events()]
    assert kinds == ["undo", "redo", "rewind"]


# waboard rewind


def test_cli_rewind_prints_what_it_removed(tmp_path, capsys):
    workspace = conversation_history(tmp_path)
    path = workspace.store.path
    workspace.store.close()
    assert main(["rewind", "--db", str(path), "--to", "2025-03-03T08:05:00Z"]) == 0
    assert capsys.readouterr().out == (
        "Removed 1 action after 2025-03-03T08:05:00Z (template to Ana López)\n")
    with Store.open(path) as store:
        assert [m.text for m in store.all_messages()] == ["Hola", "¡Hola!"]


@pytest.mark.parametrize("to, message", [
    ("2030-01-01T00:00:00Z", "is in the future"),
    ("2025-03-03T07:59:59Z", "is before the first action"),
    ("yesterday", "is not an ISO-8601 UTC instant"),
])
def test_cli_rewind_refuses_bad_instants_and_changes_nothing(tmp_path, capsys, to, message):
    workspace = conversation_history(tmp_path)
    path = workspace.store.path
    workspace.store.close()
    before = dump(path)
    assert main(["rewind", "--db", str(path), "--to", to]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("waboard rewind: ")
    assert message in captured.err and captured.err[-1] == "\n"
    assert dump(path) == before


def test_cli_rewind_names_a_missing_file(tmp_path, capsys):
    assert main(["rewind", "--db", str(tmp_path / "none.waboard"), "--to",
                 "2025-03-03T08:00:00Z"]) == 2
    assert "no such workspace file" in capsys.readouterr().err


# Any history, any number of undos


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(st.sampled_from(sorted(KINDS)), min_size=1, max_size=6, unique=True),
       data=st.data())
def test_undoing_any_number_of_actions_equals_replaying_the_rest(kinds, data):
    with tempfile.TemporaryDirectory() as folder:
        steps = [*SETUP, *(KINDS[k] for k in kinds)]
        full = fresh(Path(folder) / "full.waboard", steps)
        done = dump(full.store.path)
        count = len(full.journal.applied())
        undos = data.draw(st.integers(0, count), label="undos")
        kept = full.journal.applied()[:count - undos]
        for _ in range(undos):
            full.undo()
        # the replay: a fresh workspace doing the actions that are left
        replay = fresh(Path(folder) / "replay.waboard", [])
        for step in steps:
            if len(replay.journal.applied()) >= len(kept):
                break
            step(replay)
        assert [a.label for a in replay.journal.applied()] == [a.label for a in kept]
        assert dump(full.store.path) == dump(replay.store.path)
        for _ in range(undos):
            full.redo()
        assert dump(full.store.path) == done
        full.store.close()
        replay.store.close()
