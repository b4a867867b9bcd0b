"""The command line as installed: the console script and `python -m waboard`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from waboard import __version__
from waboard.resources import resource


def test_python_m_waboard_runs_a_scenario():
    result = subprocess.run(
        [sys.executable, "-m", "waboard", "run", str(resource("scenarios/05-consent.json"))],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "refused 131050 opted_out" in result.stdout


def test_console_script_reports_its_version():
    script = str(Path(sys.executable).with_name("waboard"))
    result = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"waboard {__version__}"


def test_bad_arguments_exit_2_without_a_traceback():
    result = subprocess.run([sys.executable, "-m", "waboard", "run"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
