"""Docs that cannot drift: every warning code the engine emits has a line in docs/parse-output.md.

The codes are collected from the engine's source with `ast`: the first argument of each `TextWarning(…)` call
(a string, a module constant holding one, or an f-string such as f"legacy-encoding-{encoding}" whose value
is a key of the dictionary indexed with the same name in that call), and every `{"code": "…"}` record.
"""

import ast
import re
from pathlib import Path

import chidao.text

ENGINE = Path(chidao.text.__file__).resolve().parent
DOCS = Path(__file__).resolve().parents[2] / "docs" / "parse-output.md"


def module_constants(tree: ast.Module) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(NAME = "string" constants, NAME = {"key": …} dictionaries' string keys) at module level."""
    strings: dict[str, str] = {}
    dicts: dict[str, list[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign) or len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
            continue
        name, value = node.targets[0].id, node.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            strings[name] = value.value
        elif isinstance(value, ast.Dict):
            dicts[name] = [k.value for k in value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return strings, dicts


def codes_of_fstring(call: ast.Call, fstring: ast.JoinedStr, dicts: dict[str, list[str]]) -> set[str]:
    """f"prefix-{name}" expanded with the keys of the dictionary the same call indexes with `name`."""
    parts = fstring.values
    if len(parts) != 2 or not isinstance(parts[0], ast.Constant) or not isinstance(parts[1], ast.FormattedValue):
        raise AssertionError(f"warning code f-string of an unknown shape: {ast.unparse(fstring)}")
    prefix, variable = parts[0].value, ast.unparse(parts[1].value)
    for node in ast.walk(call):
        if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in dicts
                and ast.unparse(node.slice) == variable):
            return {prefix + key for key in dicts[node.value.id]}
    raise AssertionError(f"cannot tell the values of {ast.unparse(fstring)}")


def codes_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    strings, dicts = module_constants(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "TextWarning":
            first = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "code"), None)
            if isinstance(first, ast.Constant):
                found.add(first.value)
            elif isinstance(first, ast.Name) and first.id in strings:
                found.add(strings[first.id])
            elif isinstance(first, ast.JoinedStr):
                found |= codes_of_fstring(node, first, dicts)
            else:
                raise AssertionError(f"{path.name}: cannot read the warning code of {ast.unparse(node)[:80]}")
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if (isinstance(key, ast.Constant) and key.value == "code" and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)):
                    found.add(value.value)
    return found


def emitted_codes() -> set[str]:
    return set().union(*(codes_in(path) for path in sorted(ENGINE.glob("*.py"))))


def documented_codes() -> set[str]:
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("\n## Warning codes", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z0-9-]+)` \|", section, re.MULTILINE))


def test_the_collector_finds_the_codes_of_every_kind_of_source():
    codes = emitted_codes()
    # A module constant, an f-string over a dictionary's keys, and a plain {"code": …} record.
    assert {"doubled-space", "legacy-encoding-tcvn3", "legacy-encoding-vni", "engine-error"} <= codes


def test_every_warning_code_the_engine_emits_is_documented():
    missing = emitted_codes() - documented_codes()
    assert not missing, f"add these warning codes to docs/parse-output.md, section Warning codes: {sorted(missing)}"


def test_every_documented_warning_code_is_still_emitted():
    stale = documented_codes() - emitted_codes()
    assert not stale, f"docs/parse-output.md lists warning codes the engine no longer emits: {sorted(stale)}"


def test_codes_are_lower_case_words_joined_by_hyphens():
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", code) for code in emitted_codes())
