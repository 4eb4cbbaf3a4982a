"""The engine stands alone: importing and running every part of `chidao.text` never loads Django."""

import pkgutil
import subprocess
import sys

import chidao.text

SCRIPT = """
import importlib, pkgutil, sys
import chidao.text
for module in pkgutil.iter_modules(chidao.text.__path__):
    importlib.import_module("chidao.text." + module.name)
from chidao.text.parse import parse_text
parse_text("Sở Công Thương chủ trì, báo cáo UBND tỉnh trước ngày 31/3/2024.")
loaded = sorted(name for name in sys.modules if name == "django" or name.startswith("django."))
print(",".join(loaded))
"""


def test_engine_modules_exist():
    names = {module.name for module in pkgutil.iter_modules(chidao.text.__path__)}
    assert {"normalize", "codes", "references", "deadlines", "agencies", "assignments", "parse"} <= names


def test_no_engine_module_imports_django():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
