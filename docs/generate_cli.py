"""Write the command-line reference (docs/cli.md) from the commands' own `--help`.

    python docs/generate_cli.py > docs/cli.md

The reference is generated so it cannot drift: tests/core/test_cli_docs.py fails when docs/cli.md differs
from what this script prints. It covers `chidao parse` (the text engine, no database) and every Django
management command whose module lives in the chidao package; Django's own commands (`migrate`,
`runserver`, …) are documented by Django.
"""

import argparse
import contextlib
import io
import os
import sys

WIDTH = "100"  # help text is wrapped to the terminal; a fixed width keeps the file the same everywhere

# Django adds these to every management command; they are shown once, not repeated in each section.
COMMON_OPTIONS = {"--version", "-v", "--verbosity", "--settings", "--pythonpath", "--traceback", "--no-color",
                  "--force-color", "--skip-checks"}

HEADER = """# Command-line reference

Generated from the code by `python docs/generate_cli.py > docs/cli.md`; do not edit by hand
(tests/core/test_cli_docs.py fails when this file is out of date).

Every command is a word after `chidao`. `chidao parse` runs the text engine alone (no Django, no
database); every other word is a Django management command, so Django's own commands (`chidao migrate`,
`chidao runserver`, `chidao createsuperuser`, …) work too and are documented by Django.
"""


@contextlib.contextmanager
def fixed_width():
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        yield
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


def parse_help() -> str:
    """`chidao parse --help`, captured from the engine's own argument parser."""
    from chidao.text.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["--help"])
    return out.getvalue()


def chidao_commands() -> dict[str, str]:
    """Management command name -> app module, for the commands defined in the chidao package."""
    from django.core.management import get_commands

    return {name: app for name, app in sorted(get_commands().items())
            if app == "chidao" or app.startswith("chidao.")}


def command_helps(name: str, app: str) -> list[tuple[str, str]]:
    """(title, help text) of the command, then of each of its sub-commands (`chidao digest draft`)."""
    from django.core.management import load_command_class

    command = load_command_class(app, name)
    command.suppressed_base_arguments = set(command.suppressed_base_arguments) | COMMON_OPTIONS
    parser = command.create_parser("chidao", name)
    helps = [(f"chidao {name}", parser.format_help())]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub_parser in action.choices.items():
                helps.append((f"chidao {name} {sub_name}", sub_parser.format_help()))
    return helps


def common_help() -> str:
    """The options Django gives every management command."""
    from django.core.management.base import BaseCommand

    help_text = BaseCommand().create_parser("chidao", "COMMAND").format_help()
    return help_text.replace("usage: chidao COMMAND", "usage: chidao COMMAND [options of the command]", 1)


def render() -> str:
    """The whole docs/cli.md text."""
    from django.utils import translation

    sections = [HEADER]
    with fixed_width(), translation.override("vi"):
        helps = [("chidao parse", parse_help()), ("chidao COMMAND (options every management command takes)",
                                                   common_help())]
        for name, app in chidao_commands().items():
            helps.extend(command_helps(name, app))
    for title, text in helps:
        level = "###" if title.count(" ") > 1 and "(" not in title else "##"
        sections.append(f"{level} `{title}`\n\n```text\n{text.rstrip()}\n```\n")
    return "\n".join(sections)


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chidao.settings")
    import django

    django.setup()
    sys.stdout.write(render())
