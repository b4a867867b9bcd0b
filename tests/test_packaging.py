"""Resources are found from an editable install and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import waboard
from waboard.resources import RATE_CARD_FILE, bundled_rate_card, resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_editable_install_reads_the_checkouts_resources():
    assert resources_dir() == ROOT / "resources"
    assert bundled_rate_card().for_region("MX").market == "Mexico"


def test_wheel_carries_resources_and_runs_a_scenario(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    [wheel] = tmp_path.glob("waboard-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert f"waboard/resources/{RATE_CARD_FILE}" in names
    assert "waboard/resources/demo/workspace.json" in names
    assert {"waboard/resources/i18n/waboard_es.qm", "waboard/resources/i18n/waboard_pt_BR.qm",
            "waboard/resources/i18n/waboard_es.ts"} <= set(names)  # translations ship
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    scenario = ROOT / "resources" / "scenarios" / "02-worked-example.json"
    probe = (
        "import sys, waboard.resources as r; print(r.resources_dir());"
        "from waboard.cli import main; sys.exit(main(['run', sys.argv[1], '--json']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(scenario)], capture_output=True, text=True,
        cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    first, *lines = result.stdout.splitlines()
    assert Path(first) == site / "waboard" / "resources"
    assert '"charged": {"amount": "0.0536"' in lines[-1]
    assert Path(waboard.__file__).parent.parent == ROOT
