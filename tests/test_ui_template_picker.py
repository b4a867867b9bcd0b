"""The template picker: list, filters, parameters, preview, the consequence line, sending."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from waboard.money import exact_money
from waboard.rules.model import Category, Template, TemplateStatus
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.template_model import KeyRole, StatusRole
from waboard.ui.inbox.template_picker import TemplatePickerDialog


@pytest.fixture
def open_picker(qtbot, workspace, bus):
    def open_(customer_id: int) -> TemplatePickerDialog:
        dialog = TemplatePickerDialog(workspace, customer_id, bus=bus)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_


@pytest.fixture
def picker(open_picker, ana):
    return open_picker(ana)


def type_params(qtbot, dialog: TemplatePickerDialog, *values: str) -> None:
    for edit, value in zip(dialog.param_edits, values, strict=False):
        edit.clear()
        qtbot.keyClicks(edit, value)


def click_row(qtbot, dialog: TemplatePickerDialog, key: tuple[str, str]) -> None:
    view, proxy = dialog.browser.view, dialog.browser.proxy
    row = dialog.browser.visible_keys().index(key)
    rect = view.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def opens_text(workspace, customer_id: int, category: Category) -> str:
    customer = workspace.customer(customer_id)
    market = workspace.market(customer)
    price = exact_money(market.rate(category), market.currency)
    return (f"Opens a {category.value.upper()} conversation with {customer.name}: "
            f"{price} ({market.market})")


def test_title_names_the_customer(picker):
    assert picker.windowTitle() == "Send a template to Ana López"


def test_marketing_outside_the_window_opens_a_charged_conversation(qtbot, workspace, ana,
                                                                    picker):
    click_row(qtbot, picker, ("spring_sale", "es_MX"))
    assert [e.objectName() for e in picker.param_edits] == ["param1"]
    type_params(qtbot, picker, "Ana")
    expected = opens_text(workspace, ana, Category.MARKETING)
    assert expected.startswith("Opens a MARKETING conversation with Ana López: $0.")
    assert expected.endswith("(Mexico)")
    assert picker.consequence_text() == expected
    assert not picker.is_refused()


def test_utility_joins_the_open_utility_conversation(qtbot, workspace, ana, picker):
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    picker.select_template("order_update", "es_MX")
    type_params(qtbot, picker, "Ana", "A-2")
    assert picker.consequence_text() == "Joins the open utility conversation: free"


def test_paused_template_will_be_refused(qtbot, workspace, ana, picker):
    workspace.set_template_status(("spring_sale", "es_MX"), TemplateStatus.PAUSED)
    picker.select_template("spring_sale", "es_MX")
    type_params(qtbot, picker, "Ana")
    assert picker.consequence_text().startswith("Will be refused 132015: Template is paused")
    assert picker.is_refused()
    assert picker.consequence_label.property("refused") is True


def test_opted_out_customer_gets_no_marketing(qtbot, workspace, ana, picker):
    workspace.opt_out(ana)
    picker.select_template("spring_sale", "es_MX")
    type_params(qtbot, picker, "Ana")
    assert picker.consequence_text().startswith("Will be refused 131050")
    assert picker.is_refused()
    picker.select_template("order_update", "es_MX")
    type_params(qtbot, picker, "Ana", "A-1")
    assert picker.consequence_text().startswith("Will be refused: No opt-in")


def test_missing_parameter_is_a_wrong_parameter_count(qtbot, picker):
    picker.select_template("order_update", "es_MX")
    type_params(qtbot, picker, "Ana")
    assert picker.params() == ("Ana",)
    text = picker.consequence_text()
    assert text.startswith("Will be refused 132000: Number of parameters does not match")
    assert "takes 2, 1 given" in text
    assert picker.is_refused()


def test_set_params_fills_fields_in_order(picker):
    picker.select_template("order_update", "es_MX")
    picker.set_params(["Ana", "A-1", "extra"])
    assert [e.text() for e in picker.param_edits] == ["Ana", "A-1"]
    picker.set_params(["Bea"])
    assert [e.text() for e in picker.param_edits] == ["Bea", ""]
    assert "takes 2, 1 given" in picker.consequence_text()


def test_no_opt_in_outside_the_window(open_picker, workspace, ana):
    bob = workspace.add_customer("Bob Ruiz", "+52 55 8765 4321")
    dialog = open_picker(bob)
    dialog.select_template("order_update", "es_MX")
    dialog.set_params(["Bob", "B-1"])
    assert dialog.consequence_text() == (
        "Will be refused: No opt-in: a business-initiated template needs the customer's consent")
    assert dialog.is_refused()
    workspace.customer_message(bob, "Hola")  # inside the window consent is not needed
    assert dialog.consequence_text() == opens_text(workspace, bob, Category.UTILITY)
    assert not dialog.is_refused()


def test_consequence_follows_the_clock_across_an_expiry(qtbot, workspace, ana, bus, picker):
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    picker.select_template("order_update", "es_MX")
    picker.set_params(["Ana", "A-2"])
    assert picker.consequence_text() == "Joins the open utility conversation: free"
    workspace.jump(timedelta(hours=23, minutes=59, seconds=59))
    bus.tick()
    assert picker.consequence_text() == "Joins the open utility conversation: free"
    workspace.jump(timedelta(seconds=1))
    bus.tick()
    assert picker.consequence_text() == opens_text(workspace, ana, Category.UTILITY)


def test_search_matches_name_and_text(qtbot, workspace, picker):
    browser = picker.browser
    assert len(browser.visible_keys()) == 2
    qtbot.keyClicks(browser.search, "pedido")
    assert browser.visible_keys() == [("order_update", "es_MX")]
    browser.search.clear()
    qtbot.keyClicks(browser.search, "SPRING")
    assert browser.visible_keys() == [("spring_sale", "es_MX")]
    browser.search.clear()
    qtbot.keyClicks(browser.search, "hola camino")  # every word, anywhere
    assert browser.visible_keys() == [("order_update", "es_MX")]
    browser.search.clear()
    qtbot.keyClicks(browser.search, "nothing like this")
    assert browser.visible_keys() == []


def test_filters_by_category_language_and_status(qtbot, workspace, ana, picker):
    workspace.add_template(Template("login_code", "en_US", Category.AUTHENTICATION,
                                    "{{1}} is your code."))
    workspace.add_template(Template("spring_sale", "en_US", Category.MARKETING,
                                    "Hi {{1}}, 20% off!", TemplateStatus.PAUSED))
    browser = picker.browser
    assert len(browser.visible_keys()) == 4  # the bus brought the new templates in
    combo = browser.category_filter
    combo.setCurrentIndex(combo.findData(Category.MARKETING.value))
    assert browser.visible_keys() == [("spring_sale", "en_US"), ("spring_sale", "es_MX")]
    combo = browser.language_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All", "en_US", "es_MX"]
    combo.setCurrentIndex(combo.findData("en_US"))
    assert browser.visible_keys() == [("spring_sale", "en_US")]
    browser.category_filter.setCurrentIndex(0)
    assert browser.visible_keys() == [("login_code", "en_US"), ("spring_sale", "en_US")]
    combo = browser.status_filter
    combo.setCurrentIndex(combo.findData(TemplateStatus.PAUSED.value))
    assert browser.visible_keys() == [("spring_sale", "en_US")]
    index = browser.proxy.index(0, 0)
    assert index.data(StatusRole) == "paused"
    browser.language_filter.setCurrentIndex(0)
    browser.status_filter.setCurrentIndex(0)
    assert len(browser.visible_keys()) == 4


def test_choice_survives_a_filter_that_hides_it(qtbot, picker):
    click_row(qtbot, picker, ("order_update", "es_MX"))
    picker.set_params(["Ana", "A-1"])
    qtbot.keyClicks(picker.browser.search, "spring")
    assert picker.template().key == ("order_update", "es_MX")
    assert [e.text() for e in picker.param_edits] == ["Ana", "A-1"]
    picker.browser.search.clear()
    selected = picker.browser.view.selectionModel().selectedRows()
    assert [i.data(KeyRole) for i in selected] == [("order_update", "es_MX")]


def test_fields_and_preview_follow_the_chosen_template(qtbot, picker):
    assert picker.param_edits == []
    assert not picker.send_button.isEnabled()
    click_row(qtbot, picker, ("order_update", "es_MX"))
    labels = [picker.params_form.labelForField(e).text() for e in picker.param_edits]
    assert labels == ["{{1}}", "{{2}}"]
    assert picker.preview.body_text() == "Hola {{1}}, tu pedido {{2}} va en camino."
    type_params(qtbot, picker, "", "A-7")
    assert picker.preview.body_text() == "Hola {{1}}, tu pedido A-7 va en camino."
    assert picker.consequence_text() == "Will be refused 132000: Parameter 1 is empty"
    type_params(qtbot, picker, "Ana")
    assert picker.preview.body_text() == "Hola Ana, tu pedido A-7 va en camino."
    click_row(qtbot, picker, ("spring_sale", "es_MX"))
    assert len(picker.param_edits) == 1
    assert picker.param_edits[0].text() == ""
    assert picker.send_button.isEnabled()


def test_preview_shows_header_footer_and_buttons(workspace, ana, picker):
    workspace.add_template(Template("receipt", "es_MX", Category.UTILITY, "Total {{1}}",
                                    header="Recibo", footer="Casa Verde",
                                    buttons=("Ver", "Ayuda")))
    picker.select_template("receipt", "es_MX")
    picker.set_params(["$10"])
    preview = picker.preview
    assert preview.header_label.text() == "Recibo"
    assert preview.header_label.font().bold()
    assert preview.body_text() == "Total $10"
    assert preview.footer_label.text() == "Casa Verde"
    assert preview.button_texts() == ["Ver", "Ayuda"]


def test_template_text_is_plain(workspace, ana, picker):
    workspace.add_template(Template("markup", "es_MX", Category.UTILITY,
                                    "<b>x</b> {{1}} <img src=x>", header="<i>h</i>"))
    picker.select_template("markup", "es_MX")
    picker.set_params(["<a href='y'>y</a>"])
    preview = picker.preview
    assert preview.body_text() == "<b>x</b> <a href='y'>y</a> <img src=x>"
    assert preview.header_label.text() == "<i>h</i>"
    for label in preview.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert picker.consequence_label.textFormat() == Qt.TextFormat.PlainText


def test_send_stores_the_message_with_the_filled_body(qtbot, workspace, ana, picker):
    before = workspace.store.message_count(ana)
    picker.select_template("order_update", "es_MX")
    type_params(qtbot, picker, "Ana", "A-1")
    qtbot.mouseClick(picker.send_button, Qt.MouseButton.LeftButton)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert workspace.store.message_count(ana) == before + 1
    message = workspace.store.last_message(ana)
    assert message.kind == "template"
    assert message.text == "Hola Ana, tu pedido A-1 va en camino."
    assert message.params == ("Ana", "A-1")
    assert message.delivery_status(workspace.now()) == "delivered"
    assert picker.result_step is not None and picker.result_step.outcome.accepted


def test_refused_send_still_goes_out_and_fails(qtbot, workspace, ana, picker):
    workspace.set_template_status(("spring_sale", "es_MX"), TemplateStatus.PAUSED)
    picker.select_template("spring_sale", "es_MX")
    picker.set_params(["Ana"])
    qtbot.mouseClick(picker.send_button, Qt.MouseButton.LeftButton)
    assert picker.result() == QDialog.DialogCode.Accepted
    message = workspace.store.last_message(ana)
    assert (message.status, message.error_code) == ("failed", 132015)


def test_ctrl_enter_sends_and_plain_enter_moves_to_the_next_field(qtbot, workspace, ana,
                                                                   picker):
    picker.select_template("order_update", "es_MX")
    type_params(qtbot, picker, "Ana", "A-1")
    before = workspace.store.message_count(ana)
    focus(qtbot, picker.param_edits[0])
    qtbot.keyClick(picker.param_edits[0], Qt.Key.Key_Return)
    assert workspace.store.message_count(ana) == before
    assert picker.isVisible() and picker.focusWidget() is picker.param_edits[1]
    qtbot.keyClick(picker.param_edits[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.store.message_count(ana) == before + 1
    assert picker.result() == QDialog.DialogCode.Accepted


def test_template_changes_elsewhere_reach_the_open_picker(workspace, ana, picker):
    picker.select_template("spring_sale", "es_MX")
    picker.set_params(["Ana"])
    assert not picker.is_refused()
    workspace.set_template_status(("spring_sale", "es_MX"), TemplateStatus.DISABLED)
    assert picker.consequence_text().startswith("Will be refused 132016")
    assert picker.param_edits[0].text() == "Ana"  # same parameters: the values stay
    workspace.edit_template(("spring_sale", "es_MX"),
                            Template("spring_sale_v2", "es_MX", Category.MARKETING, "Hola"))
    assert picker.template() is None
    assert not picker.send_button.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, workspace, ana, picker):
    qtmodeltester.check(picker.browser.model)
    qtmodeltester.check(picker.browser.proxy)
    picker.browser.search.setText("spring")
    qtmodeltester.check(picker.browser.proxy)


def test_finds_the_bus_of_its_parent_window(qtbot, workspace, ana):
    window = QWidget()
    qtbot.addWidget(window)
    bus = WorkspaceBus(workspace, window)
    dialog = TemplatePickerDialog(workspace, ana, window)
    dialog.select_template("order_update", "es_MX")
    dialog.set_params(["Ana", "A-1"])
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-0"])
    assert dialog.consequence_text() == "Joins the open utility conversation: free"
    workspace.jump(timedelta(hours=24))
    bus.tick()
    assert dialog.consequence_text() == opens_text(workspace, ana, Category.UTILITY)
    bus.stop()


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_the_keyboard_alone_chooses_fills_and_sends(qtbot, workspace, ana, picker):
    focus(qtbot, picker.browser.search)
    qtbot.keyClicks(picker.browser.search, "order")
    qtbot.keyClick(picker.browser.search, Qt.Key.Key_Down)
    assert picker.focusWidget() is picker.browser.view
    assert picker.template().name == "order_update"
    qtbot.keyClick(picker.browser.view, Qt.Key.Key_Tab)  # at once: no event loop between
    assert picker.focusWidget() is picker.param_edits[0]
    qtbot.keyClicks(picker.param_edits[0], "Ana")
    qtbot.keyClick(picker.param_edits[0], Qt.Key.Key_Tab)
    assert picker.focusWidget() is picker.param_edits[1]
    qtbot.keyClicks(picker.param_edits[1], "A-1")
    qtbot.keyClick(picker.param_edits[1], Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert workspace.store.last_message(ana).template_name == "order_update"


def test_typing_into_a_filter_box_does_not_change_it(qtbot, picker):
    combo = picker.browser.category_filter
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "mu")
    assert combo.currentIndex() == 0
