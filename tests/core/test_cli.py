"""The `chidao` console script: management commands plus `parse`, with one-line errors, never a traceback."""

import os
import subprocess
import sys


def run_chidao(*args, env=None, input_text=None):
    return subprocess.run([sys.executable, "-m", "chidao", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, input=input_text, timeout=120)


def test_command_on_an_unmigrated_database_says_so_in_one_line(tmp_path):
    result = run_chidao("export", env={"CHIDAO_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
                                       "CHIDAO_VAR_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "chidao migrate" in result.stderr


def test_management_commands_are_reachable_through_chidao(tmp_path):
    result = run_chidao("check", env={"CHIDAO_VAR_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
