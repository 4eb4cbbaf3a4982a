"""The `chidao` console script.

`chidao parse …` runs the text engine alone (no Django, no database); every other word is a Django
management command (`chidao migrate`, `chidao runserver`, `chidao import`, `chidao digest draft`, …).
"""

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "parse":
        from chidao.text.cli import main as parse_main

        return parse_main(args[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chidao.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["chidao", *args])
    return 0


if __name__ == "__main__":
    sys.exit(main())
