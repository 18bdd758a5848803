"""The code an export copies verbatim: functions and classes read by name from ``templates/``.

The templates are ordinary Python files (ruff checks them like the rest of NN Lab) in a folder
that is not a package, so nothing imports them: NN Lab never needs torch.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

TEMPLATES = Path(__file__).with_name("templates")


@cache
def _definitions(template: str) -> dict[str, str]:
    """Every top-level function and class of ``templates/<template>.py``, by name, as source."""
    source = (TEMPLATES / f"{template}.py").read_text(encoding="utf-8")
    return {node.name: ast.get_source_segment(source, node)
            for node in ast.parse(source).body
            if isinstance(node, (ast.FunctionDef, ast.ClassDef))}


def snippet(template: str, name: str) -> str:
    """The source of ``name`` in ``templates/<template>.py``."""
    return _definitions(template)[name]


def snippets(template: str, names: list[str]) -> str:
    """The sources of ``names`` in the template's order, each once, two blank lines apart."""
    definitions = _definitions(template)
    wanted = set(names)
    return "\n\n\n".join(code for name, code in definitions.items() if name in wanted)
