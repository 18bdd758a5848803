"""The command line: ``python -m nnlab <command>`` (design.md §2). Shares the engine with the app.

Each command is a module with ``add_parser(sub)`` and a ``cmd_<name>(args) -> exit code``; adding
one is a module and a line in ``COMMANDS``. Errors a user can cause (a missing file, a bad spec, a
bad option) print one line to stderr and exit 2; ``--json`` prints one JSON object a line.
"""

from __future__ import annotations

import sys

from ..data.mnist import MnistFormatError
from ..digits import DigitImageError
from ..network import ModelFileError
from . import bench, evaluate, export, gradcheck, train
from .bench import bench_spec
from .common import Parser, UserError, fail

COMMANDS = (train, evaluate, gradcheck, bench, export)

__all__ = ["COMMANDS", "bench_spec", "build_parser", "main"]


def build_parser() -> Parser:
    parser = Parser(prog="python -m nnlab", description="NN Lab's engine from the command line.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as e:  # --help (0) or a usage error, already printed as one line (2)
        return e.code if isinstance(e.code, int) else 2
    args.argv = argv
    try:
        return args.func(args)
    except UserError as e:
        return fail(str(e))
    except (ModelFileError, MnistFormatError, DigitImageError) as e:
        return fail(str(e))
    except KeyboardInterrupt:
        return 130
