"""python -m nnlab train | eval | predict | gradcheck | bench | export"""

import sys


def run() -> int:
    """The CLI, with a Ctrl-C during its start-up (numpy loading) answered in one line."""
    try:
        from .cli import main
    except KeyboardInterrupt:
        print("nnlab: interrupted", file=sys.stderr)
        return 130
    return main()


if __name__ == "__main__":
    sys.exit(run())
