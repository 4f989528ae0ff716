"""The built wheel carries patterns/ and works from any folder, outside the checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv

import pytest
from conftest import ROOT, seed_path


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_venv_and_ingests_from_another_folder(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
                   check=True)
    wheel = next(dist.glob("baocao-*.whl"))
    env_dir = tmp_path / "venv"
    # Dependencies come from the system site-packages; the package itself only from the wheel.
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True)

    work = tmp_path / "elsewhere"
    (work / "in").mkdir(parents=True)
    shutil.copy(seed_path("001"), work / "in")
    where = subprocess.run([python, "-c", "import extractor.patterns as p; print(p.patterns_dir())"],
                           cwd=work, check=True, capture_output=True, text=True).stdout.strip()
    assert where.startswith(str(env_dir)), where
    result = subprocess.run([env_dir / "bin" / "baocao", "ingest", "in", "--db", "out.db", "--json",
                             "--workers", "0"], cwd=work, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert '"stored": 1' in result.stdout
