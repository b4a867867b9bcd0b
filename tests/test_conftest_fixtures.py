"""The shared fixtures build what they promise."""

from tests.conftest import START


def test_empty_workspace_starts_paused_at_start(workspace):
    assert workspace.now() == START
    assert workspace.customers() == []


def test_demo_has_customers_and_templates(demo):
    assert len(demo.customers()) >= 10
    assert len(demo.templates()) >= 12
    assert demo.clock.paused
