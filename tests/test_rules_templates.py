"""Template text: validation, parameter checks and rendering."""

from __future__ import annotations

from dataclasses import replace

import pytest

from waboard.rules.model import Category, Template
from waboard.rules.templates import (
    MAX_BODY,
    TemplateError,
    check_params,
    parameter_count,
    placeholders,
    render_body,
    validate_template,
)

BASE = Template("order_update", "en_US", Category.UTILITY, "Hi {{1}}, order {{2}} shipped.")


def make(**changes: object) -> Template:
    return replace(BASE, **changes)  # type: ignore[arg-type]


# validate_template


@pytest.mark.parametrize(
    "template",
    [
        BASE,
        make(body="No parameters at all."),
        make(body="Spaced {{ 1 }} placeholder"),
        make(body="Repeated {{1}} and {{1}} again, then {{2}}"),
        make(body="Out of order {{2}} then {{1}}"),
        make(body="x" * MAX_BODY),
        make(language="pt_BR"),
        make(language="en"),
        make(language="fil"),
        make(name="a"),
        make(name="promo_2024_v2"),
        make(header="Your order", footer="Reply STOP to opt out", buttons=("Track", "Help")),
        make(body="Single braces { and } are fine"),
    ],
)
def test_valid_templates(template: Template) -> None:
    validate_template(template)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Hi {{1}", "unbalanced"),
        ("Hi {1}}", "unbalanced"),
        ("Hi {{1}} and {{", "unbalanced"),
        ("Hi }} there", "unbalanced"),
        ("Hi {{name}}", "unbalanced"),
        ("Hi {{0}}", "numbered from {{1}}, not {{0}}"),
        ("Hi {{0}} {{1}}", "numbered from {{1}}, not {{0}}"),
        ("Hi {{1}} {{3}}", "missing {{2}}"),
        ("Hi {{2}}", "missing {{1}}"),
        ("Hi {{1}} {{4}}", "missing {{2}}, {{3}}"),
        ("", "must not be empty"),
        ("   \n ", "must not be empty"),
        ("x" * (MAX_BODY + 1), "1,025 characters, over 1,024"),
        ("Hi\x00", "NUL"),
    ],
)
def test_body_errors(body: str, message: str) -> None:
    with pytest.raises(TemplateError, match="body") as error:
        validate_template(make(body=body))
    assert message in str(error.value)


@pytest.mark.parametrize(
    "name", ["", "Order_Update", "order-update", "order update", "ñame", "x" * 513]
)
def test_bad_names(name: str) -> None:
    with pytest.raises(TemplateError, match=r"^name .*lowercase letters, digits and underscores"):
        validate_template(make(name=name))


@pytest.mark.parametrize("language", ["", "EN", "en-US", "en_us", "english", "e", "en_USA"])
def test_bad_languages(language: str) -> None:
    with pytest.raises(TemplateError, match=r"^language .*expected a code like en_US"):
        validate_template(make(language=language))


@pytest.mark.parametrize("field", ["header", "footer"])
@pytest.mark.parametrize("text", ["Hi {{1}}", "Hi {{", "done }}"])
def test_parameters_only_in_the_body(field: str, text: str) -> None:
    with pytest.raises(TemplateError, match=f"^{field}: parameters are allowed in the body only"):
        validate_template(make(**{field: text}))


@pytest.mark.parametrize("field", ["header", "footer"])
def test_header_and_footer_length(field: str) -> None:
    validate_template(make(**{field: "x" * 60}))
    with pytest.raises(TemplateError, match=f"^{field}: 61 characters, over 60"):
        validate_template(make(**{field: "x" * 61}))


def test_buttons() -> None:
    validate_template(make(buttons=tuple(f"b{n}" for n in range(10))))
    with pytest.raises(TemplateError, match="buttons: 11, over 10"):
        validate_template(make(buttons=tuple(f"b{n}" for n in range(11))))
    with pytest.raises(TemplateError, match="button 2: label must not be empty"):
        validate_template(make(buttons=("ok", "  ")))
    with pytest.raises(TemplateError, match="button 1: over 25 characters"):
        validate_template(make(buttons=("x" * 26,)))


def test_the_first_problem_is_named() -> None:
    with pytest.raises(TemplateError, match="^name"):
        validate_template(make(name="Bad", language="bad", body=""))


def test_template_error_is_a_value_error() -> None:
    assert issubclass(TemplateError, ValueError)


# placeholders and parameter_count


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        ("none", []),
        ("{{1}}", [1]),
        ("{{2}} {{1}} {{2}}", [1, 2]),
        ("{{ 3 }} {{1}}", [1, 3]),
        ("{{10}} {{9}}", [9, 10]),
    ],
)
def test_placeholders(body: str, numbers: list[int]) -> None:
    assert placeholders(body) == numbers
    assert parameter_count(make(body=body)) == len(numbers)


# check_params


def test_matching_params_pass() -> None:
    assert check_params(BASE, ("Ana", "A-1001")) is None
    assert check_params(make(body="No parameters."), ()) is None
    assert check_params(BASE, ("Ana María", "three   spaces ok")) is None


@pytest.mark.parametrize("params", [(), ("Ana",), ("Ana", "A-1", "extra")])
def test_wrong_count(params: tuple[str, ...]) -> None:
    problem = check_params(BASE, params)
    assert problem is not None
    assert problem.code == 132000
    assert problem.message.startswith(
        "Number of parameters does not match the expected number of params"
    )
    assert f"takes 2, {len(params)} given" in problem.message


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("two\nlines", "new line"),
        ("a\ttab", "tab"),
        ("five     spaces", "more than 4 spaces"),
        ("", "empty"),
        ("   ", "empty"),
    ],
)
def test_bad_parameter_values(value: str, text: str) -> None:
    problem = check_params(BASE, ("Ana", value))
    assert problem is not None
    assert problem.code == 132000
    assert problem.message.startswith("Parameter 2 ")
    assert text in problem.message


def test_rendered_body_limit() -> None:
    template = make(body="Hi {{1}}")  # 3 characters besides the parameter
    assert check_params(template, ("x" * (MAX_BODY - 3),)) is None
    problem = check_params(template, ("x" * (MAX_BODY - 2),))
    assert problem is not None
    assert problem.code == 132005
    assert "1,025 characters, over 1,024" in problem.message


def test_repeated_placeholder_counts_once_and_renders_twice() -> None:
    template = make(body="{{1}}{{1}}")
    assert check_params(template, ("x" * 512,)) is None
    assert check_params(template, ("x" * 513,)) is not None


# render_body


def test_render_body() -> None:
    assert render_body(BASE, ("Ana", "A-1001")) == "Hi Ana, order A-1001 shipped."
    assert render_body(make(body="{{2}}, {{1}}! {{1}}"), ("a", "b")) == "b, a! a"
    assert render_body(make(body="Hello {{ 1 }}"), ("Ana",)) == "Hello Ana"


def test_render_leaves_missing_parameters() -> None:
    assert render_body(BASE, ("Ana",)) == "Hi Ana, order {{2}} shipped."
    assert render_body(BASE, ()) == BASE.body


def test_render_does_not_expand_placeholders_inside_parameters() -> None:
    assert render_body(BASE, ("{{2}}", "A-1")) == "Hi {{2}}, order A-1 shipped."
