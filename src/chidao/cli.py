"""The `chidao` console script.

`chidao parse …` runs the text engine alone (no Django, no database); every other word is a Django
management command (`chidao migrate`, `chidao runserver`, `chidao import`, `chidao digest draft`, …).
"""

import os
import sys


def main(argv: list[str] | None = None) -> int:
    try:
        return run(list(sys.argv[1:] if argv is None else argv))
    except BrokenPipeError:
        # `chidao parse … | head` closes the pipe early: that is not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def run(args: list[str]) -> int:
    if args and args[0] == "parse":
        from chidao.text.cli import main as parse_main

        return parse_main(args[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chidao.settings")
    from django.core.management import execute_from_command_line

    from django.db import DatabaseError

    try:
        execute_from_command_line(["chidao", *args])
    except DatabaseError as error:
        # Usually a database that was never migrated or a server that is down: say so in one line.
        print(f"chidao: database error: {error}. Is the database reachable and migrated (`chidao migrate`)?",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
