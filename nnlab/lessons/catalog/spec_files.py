"""Bundled design files the lessons start from."""

from __future__ import annotations

import json
from functools import cache

from ...paths import resource


@cache
def spec_file(name: str) -> dict:
    """The parsed JSON of resources/specs/NAME."""
    return json.loads(resource("specs", name).read_text(encoding="utf-8"))
