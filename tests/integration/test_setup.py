"""The set-up script finds a Python >= 3.12 or says what to install."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).parents[2] / "scripts" / "find_python.sh"


def _find(env):
    return subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, env=env)


def test_explicit_interpreter_is_taken():
    out = _find(
        {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "KEMITRAAN_PYTHON": sys.executable}
    )
    assert out.returncode == 0
    assert out.stdout.strip() == sys.executable


def test_no_suitable_python_names_what_to_install(tmp_path):
    if any(
        Path(d, f"python3.{v}").exists()
        for d in ("/usr/bin", "/usr/local/bin")
        for v in (12, 13, 14)
    ):
        return  # this machine has a system Python >= 3.12: nothing to refuse
    fake = tmp_path / "bin"
    fake.mkdir()
    too_old = fake / "python3"  # a python3 on PATH that refuses (like a 3.11 would)
    too_old.write_text("#!/bin/sh\nexit 1\n")
    too_old.chmod(0o755)
    out = _find({"PATH": f"{fake}:/bin", "HOME": str(tmp_path), "PYENV_ROOT": str(tmp_path)})
    assert out.returncode == 1
    assert out.stdout == ""
    assert "needs Python 3.12 or newer" in out.stderr
    assert "apt-get install python3.12" in out.stderr
