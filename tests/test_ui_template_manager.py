"""The template manager: create, edit, validate through the rules, simulate the review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from waboard.rules.model import Category, Template, TemplateStatus
from waboard.ui.inbox.template_manager import TemplateManagerDialog
from waboard.ui.inbox.template_model import StatusRole
from waboard.ui.inbox.template_picker import TemplatePickerDialog


@pytest.fixture
def manager(qtbot, workspace, ana, bus):
    dialog = TemplateManagerDialog(workspace, bus=bus)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:
    """Type as a person would, Return between lines (QTest types ASCII only)."""
    widget.clear()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def fill_new(qtbot, manager: TemplateManagerDialog, name: str, body: str,
             language: str = "en_US") -> None:
    click(qtbot, manager.new_button)
    type_into(qtbot, manager.name_edit, name)
    type_into(qtbot, manager.language_edit, language)
    type_into(qtbot, manager.body_edit, body)


def test_opens_on_the_first_template(manager):
    assert manager.editing() == ("order_update", "es_MX")
    assert manager.name_edit.text() == "order_update"
    assert manager.body_edit.toPlainText() == "Hola {{1}}, tu pedido {{2}} va en camino."
    assert manager.preview.body_text() == "Hola {{1}}, tu pedido {{2}} va en camino."
    assert not manager.status_buttons[TemplateStatus.APPROVED].isEnabled()
    assert manager.status_buttons[TemplateStatus.PAUSED].isEnabled()


def test_gap_in_parameters_is_refused_and_nothing_stored(qtbot, workspace, manager):
    before = workspace.templates()
    fill_new(qtbot, manager, "greeting", "Hello {{1}} {{3}}")
    click(qtbot, manager.save_button)
    assert manager.error_label.isVisible()
    assert manager.error_label.objectName() == "inlineError"
    assert manager.error_text() == (
        "Template 'greeting': body: parameters must run from {{1}} without gaps; missing {{2}}")
    assert workspace.templates() == before
    assert workspace.store.template("greeting", "en_US") is None
    assert manager.editing() is None  # still a new template, as typed
    assert manager.body_edit.toPlainText() == "Hello {{1}} {{3}}"


@pytest.mark.parametrize(("name", "body", "message"), [
    ("greeting", "Hello {{1}", "unbalanced '{{' or '}}'"),
    ("greeting", "Hello {{0}}", "numbered from {{1}}, not {{0}}"),
    ("greeting", "x" * 1025, "1,025 characters, over 1,024"),
    ("Bad Name", "Hello", "use lowercase letters, digits and underscores only"),
    ("greeting", "   ", "body: must not be empty"),
])
def test_invalid_templates_are_refused_inline(qtbot, workspace, manager, name, body, message):
    before = workspace.templates()
    fill_new(qtbot, manager, name, "")
    manager.body_edit.setPlainText(body)  # long bodies: faster than typing
    assert manager.save() is False
    assert message in manager.error_text()
    assert workspace.templates() == before


def test_body_counter_warns_over_the_limit(manager):
    manager.body_edit.setPlainText("x" * 1025)
    assert manager.body_count.text() == "1,025 / 1,024 characters"
    assert manager.body_count.property("refused") is True
    manager.body_edit.setPlainText("x")
    assert manager.body_count.property("refused") is False


def test_create_approve_then_pause_shows_refused_in_the_picker(qtbot, workspace, ana, bus,
                                                             manager):
    fill_new(qtbot, manager, "greeting", "Hello {{1}}, welcome to Casa Verde.", "es_MX")
    combo = manager.category_combo
    combo.setCurrentIndex(combo.findData(Category.MARKETING.value))
    type_into(qtbot, manager.buttons_edit, "Shop now\nNo thanks")
    assert manager.status_combo.currentData() == "pending"  # new templates await review
    click(qtbot, manager.save_button)
    assert manager.error_text() == ""
    stored = workspace.store.template("greeting", "es_MX")
    assert stored == Template("greeting", "es_MX", Category.MARKETING,
                              "Hello {{1}}, welcome to Casa Verde.", TemplateStatus.PENDING,
                              buttons=("Shop now", "No thanks"))
    assert manager.editing() == ("greeting", "es_MX")
    assert manager.browser.current() == stored

    click(qtbot, manager.status_buttons[TemplateStatus.APPROVED])
    assert workspace.store.template("greeting", "es_MX").status is TemplateStatus.APPROVED
    click(qtbot, manager.status_buttons[TemplateStatus.PAUSED])
    assert workspace.store.template("greeting", "es_MX").status is TemplateStatus.PAUSED
    assert manager.status_combo.currentData() == "paused"
    assert not manager.status_buttons[TemplateStatus.PAUSED].isEnabled()

    picker = TemplatePickerDialog(workspace, ana, bus=bus)
    qtbot.addWidget(picker)
    assert picker.select_template("greeting", "es_MX")
    picker.set_params(["Ana"])
    assert picker.consequence_text().startswith("Will be refused 132015: Template is paused")
    assert picker.is_refused()
    row = picker.browser.model.row_of("greeting", "es_MX")
    assert picker.browser.model.index(row).data(StatusRole) == "paused"

    click(qtbot, manager.status_buttons[TemplateStatus.APPROVED])  # the open picker follows
    assert picker.consequence_text().startswith("Opens a MARKETING conversation with Ana")


def test_every_review_status(qtbot, workspace, manager):
    key = ("order_update", "es_MX")
    for status in (TemplateStatus.PAUSED, TemplateStatus.DISABLED, TemplateStatus.REJECTED,
                   TemplateStatus.PENDING, TemplateStatus.APPROVED):
        click(qtbot, manager.status_buttons[status])
        assert workspace.store.template(*key).status is status
        assert [s for s, b in manager.status_buttons.items() if not b.isEnabled()] == [status]


def test_status_change_keeps_unsaved_edits(qtbot, workspace, manager):
    type_into(qtbot, manager.body_edit, "Hola {{1}}, ya salio tu pedido {{2}}.")
    click(qtbot, manager.status_buttons[TemplateStatus.PAUSED])
    assert manager.body_edit.toPlainText() == "Hola {{1}}, ya salio tu pedido {{2}}."
    assert workspace.store.template("order_update", "es_MX").body == (
        "Hola {{1}}, tu pedido {{2}} va en camino.")
    click(qtbot, manager.save_button)
    stored = workspace.store.template("order_update", "es_MX")
    assert (stored.body, stored.status) == ("Hola {{1}}, ya salio tu pedido {{2}}.",
                                            TemplateStatus.PAUSED)


def test_edit_and_rename(qtbot, workspace, manager):
    type_into(qtbot, manager.name_edit, "order_shipped")
    type_into(qtbot, manager.footer_edit, "Casa Verde")
    click(qtbot, manager.save_button)
    assert workspace.store.template("order_update", "es_MX") is None
    renamed = workspace.store.template("order_shipped", "es_MX")
    assert renamed.footer == "Casa Verde"
    assert manager.editing() == ("order_shipped", "es_MX")
    assert manager.name_edit.text() == "order_shipped"
    assert ("order_shipped", "es_MX") in manager.browser.visible_keys()


def test_renaming_onto_an_existing_template_is_refused(qtbot, workspace, manager):
    type_into(qtbot, manager.name_edit, "spring_sale")
    click(qtbot, manager.save_button)
    assert "spring_sale" in manager.error_text()
    assert workspace.store.template("order_update", "es_MX") is not None


def test_revert_discards_edits(qtbot, manager):
    type_into(qtbot, manager.body_edit, "Changed")
    click(qtbot, manager.revert_button)
    assert manager.body_edit.toPlainText() == "Hola {{1}}, tu pedido {{2}} va en camino."


def test_choosing_another_template_loads_it(qtbot, manager):
    manager.select_template("spring_sale", "es_MX")
    assert manager.editing() == ("spring_sale", "es_MX")
    assert manager.category_combo.currentData() == "marketing"
    assert manager.preview.body_text() == "¡{{1}}, 20% de descuento!"


def test_preview_follows_the_form_with_placeholders(qtbot, manager):
    type_into(qtbot, manager.header_edit, "Aviso")
    type_into(qtbot, manager.body_edit, "Hola {{1}} y {{2}}")
    type_into(qtbot, manager.buttons_edit, "Si\n\nNo")
    preview = manager.preview
    assert preview.header_label.text() == "Aviso"
    assert preview.body_text() == "Hola {{1}} y {{2}}"
    assert preview.button_texts() == ["Si", "No"]


def test_template_text_is_plain(qtbot, workspace, manager):
    fill_new(qtbot, manager, "markup", "<b>x</b> {{1}} <img src=x>")
    assert manager.preview.body_text() == "<b>x</b> {{1}} <img src=x>"
    for label in manager.preview.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    click(qtbot, manager.save_button)
    assert workspace.store.template("markup", "en_US").body == "<b>x</b> {{1}} <img src=x>"


def test_empty_workspace_starts_with_a_new_template(qtbot, tmp_path):
    from waboard.service import Workspace
    from waboard.store import Store

    store = Store.open(tmp_path / "empty.waboard")
    try:
        dialog = TemplateManagerDialog(Workspace(store))
        qtbot.addWidget(dialog)
        assert dialog.editing() is None
        assert dialog.save_button.text() == "Create"
        assert not any(b.isEnabled() for b in dialog.status_buttons.values())
    finally:
        store.close()


def test_model_passes_the_model_tester(qtmodeltester, qtbot, manager):
    qtmodeltester.check(manager.browser.model)
    fill_new(qtbot, manager, "greeting", "Hello {{1}}")
    click(qtbot, manager.save_button)
    qtmodeltester.check(manager.browser.model)
    qtmodeltester.check(manager.browser.proxy)


def test_status_and_category_changes_apply_from_the_instant_and_show_their_history(
        qtbot, workspace, manager, ana):
    from datetime import timedelta

    key = ("order_update", "es_MX")
    assert "No status or category change yet." in manager.history_label.text()
    before = workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    workspace.jump(timedelta(hours=2))
    click(qtbot, manager.status_buttons[TemplateStatus.PAUSED])
    lines = manager.history_label.text().splitlines()
    assert lines[1:] == ["From the start: status approved",
                         "3 Mar 2025 10:00 UTC: status paused"]
    refused = workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-2"])
    assert refused.outcome.refusal.code == 132015
    click(qtbot, manager.status_buttons[TemplateStatus.APPROVED])
    workspace.jump(timedelta(hours=1))
    manager.category_combo.setCurrentIndex(manager.category_combo.findData("marketing"))
    click(qtbot, manager.save_button)
    assert manager.history_label.text().splitlines()[1:] == [
        "From the start: status approved", "From the start: category utility",
        "3 Mar 2025 10:00 UTC: status paused", "3 Mar 2025 10:00 UTC: status approved",
        "3 Mar 2025 11:00 UTC: category marketing"]
    # the message sent before keeps the category it was charged as
    first = next(m for m in workspace.store.messages(ana) if m.id == before.message_id)
    assert first.category == "utility"
    assert workspace.store.template(*key).category is Category.MARKETING
