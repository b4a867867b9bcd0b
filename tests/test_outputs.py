"""Files waboard writes on request: never over the workspace (by any name for it), always
whole (a temporary file renamed into place), and spreadsheet-safe in every CSV text cell."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import replace
from decimal import Decimal

import pytest

from tests.test_store_guards import names_for
from waboard import cli
from waboard.billing import bill, bill_csv, parse_period
from waboard.outputs import spreadsheet_cell, write_output
from waboard.rules.model import Category
from waboard.rules.pricing import MarketRates
from waboard.store import Store, StoreError
from waboard.ui.billing.rate_card_dialog import rate_card_csv

FORMULAS = ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx")


@pytest.fixture
def closed_demo(demo):
    path = demo.store.path
    demo.store.close()
    return path


def outputs_naming(workspace, tmp_path):
    """Every other way to name the workspace file and its companions."""
    return [workspace, *names_for(workspace, tmp_path), f"{workspace}-wal",
            f"{workspace}-shm", f"{workspace}-lock", tmp_path / "." / workspace.name]


@pytest.mark.parametrize("command", [
    ["report", "--period", "2025-03"], ["report", "--period", "2025-03", "--format", "html"],
    ["export", "--format", "csv"], ["export", "--format", "jsonl"]])
def test_an_output_that_is_the_workspace_is_refused_and_nothing_changes(
        closed_demo, tmp_path, capsys, command):
    before = closed_demo.read_bytes()
    for output in outputs_naming(closed_demo, tmp_path):
        assert cli.main([*command, "--db", str(closed_demo), "--output", str(output)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "choose another output file" in err, err
    assert closed_demo.read_bytes() == before
    with Store.open(closed_demo) as store:
        assert store.integrity_ok() and store.customer_count()


def test_an_open_workspace_is_never_replaced_by_an_output(demo, tmp_path):
    with pytest.raises(StoreError, match="is the workspace file"):
        write_output(demo.store.path, "not a database")
    demo.store.close()
    write_output(demo.store.path, "allowed once closed")  # then it is just a file


def test_outputs_are_written_whole_through_a_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "report.csv"
    target.write_text("old")
    write_output(target, "new")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]

    def disk_fails(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", disk_fails)  # failing half-way changes nothing
    with pytest.raises(OSError):
        write_output(target, "newer")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_a_symlink_planted_at_a_temporary_name_is_never_followed(tmp_path, monkeypatch):
    victim = tmp_path / "victim"
    victim.write_text("keep")
    names = iter(["aaaa", "bbbb"])
    monkeypatch.setattr("waboard.store.files.secrets.token_hex", lambda n: next(names))
    (tmp_path / ".out.csv.aaaa.tmp").symlink_to(victim)
    write_output(tmp_path / "out.csv", "data")
    assert victim.read_text() == "keep" and (tmp_path / "out.csv").read_text() == "data"


def test_every_text_cell_of_the_bill_csv_is_spreadsheet_safe(closed_demo):
    with Store.open(closed_demo) as store:
        the_bill = bill(store, parse_period("2025-03"))
    hostile = replace(the_bill, currency="=HYPERLINK(\"x\")")
    for row in list(csv.reader(io.StringIO(bill_csv(hostile))))[1:]:
        assert row[-1] == "'=HYPERLINK(\"x\")"


def test_every_text_cell_of_the_rate_card_export_is_spreadsheet_safe():
    rates = {category: Decimal("0.01") for category in (
        Category.MARKETING, Category.UTILITY, Category.AUTHENTICATION, Category.SERVICE)}
    for formula in FORMULAS:
        row = MarketRates(formula, rates, frozenset({"MX"}), currency=formula,
                          effective=formula, source=formula)
        cells = list(csv.reader(io.StringIO(rate_card_csv([row]), newline="")))[1]
        assert [c for c in cells if c and c[:1] in "=+-@\t\r"] == [], cells


def test_the_one_cell_rule():
    assert [spreadsheet_cell(f) for f in FORMULAS] == ["'" + f for f in FORMULAS]
    assert spreadsheet_cell("Ana") == "Ana" and spreadsheet_cell("") == ""
