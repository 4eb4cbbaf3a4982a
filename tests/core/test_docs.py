"""Docs that cannot drift: every setting is documented where a deployer looks."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setting_names() -> set[str]:
    source = (ROOT / "src" / "chidao" / "settings.py").read_text(encoding="utf-8")
    return set(re.findall(r'env_[a-z]+\("(CHIDAO_[A-Z_]+)"', source))


def test_settings_module_reads_environment_variables():
    assert "CHIDAO_DATABASE_URL" in setting_names()


def test_every_setting_has_a_row_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in sorted(setting_names()) if f"| `{name}` |" not in readme]
    assert missing == []


def test_every_setting_is_listed_in_env_example():
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    missing = [name for name in sorted(setting_names()) if f"# {name}=" not in example]
    assert missing == []
