"""Rebuild NN Lab's Japanese catalogue after UI strings changed.

1. ``pyside6-lupdate`` extracts every tr()/translate() string of ui/**/*.py into a fresh catalogue;
2. the finished translations of resources/i18n/nnlab_ja.ts (and of any extra .ts files named with
   ``--merge``, e.g. a translator's) fill it, matched by context + source + comment; strings that
   left the code are dropped;
3. the result is written back to resources/i18n/nnlab_ja.ts and compiled by ``pyside6-lrelease``
   into resources/i18n/nnlab_ja.qm, which ui/i18n.py loads.

New strings come out unfinished: translate them in nnlab_ja.ts (or Qt Linguist) and run it again.
Prints how many entries are still unfinished and exits 1 if there are any.
Run: python tools/update_translations.py
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
Key = tuple[str, str, str]  # context, source, disambiguation comment


def _tool(name: str) -> str:
    """PySide6's ``name`` beside the running Python (a venv's bin/ need not be on PATH), else on
    PATH."""
    here = Path(sys.executable)
    for folder in dict.fromkeys((here.parent, here.resolve().parent)):
        found = shutil.which(name, path=str(folder))
        if found is not None:
            return found
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found beside {sys.executable} or on PATH: install PySide6 (it "
                 f"ships {name})")
    return found


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield (name, message.findtext("source", ""), message.findtext("comment", "")), message


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(t and t.strip() for t in texts)


def load_parts(files: list[Path]) -> tuple[dict[Key, ET.Element], list[str]]:
    """Finished translations from every file; conflicting duplicates are reported."""
    found: dict[Key, ET.Element] = {}
    where: dict[Key, str] = {}
    conflicts = []
    for part in files:
        for key, message in _messages(ET.parse(part)):
            if not _finished(message):
                continue
            translation = message.find("translation")
            if key in found and ET.tostring(found[key]) != ET.tostring(translation):
                conflicts.append(f"{key[0]}: {key[1]!r} differs in {where[key]} and {part.name}")
                continue
            found[key] = translation
            where[key] = part.name
    return found, conflicts


def extract(sources: list[Path], out: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(s) for s in sources))
    try:
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        f"@{lst.name}", "-ts", str(out)], check=True, cwd=ROOT)
    finally:
        Path(lst.name).unlink(missing_ok=True)


def merge(catalogue: Path, parts: dict[Key, ET.Element]) -> tuple[ET.ElementTree, list[Key]]:
    tree = ET.parse(catalogue)
    tree.getroot().set("language", "ja_JP")
    unfinished = []
    for key, message in _messages(tree):
        old = message.find("translation")
        if key in parts:
            if old is not None:
                message.remove(old)
            message.append(copy.deepcopy(parts[key]))
        elif not _finished(message):
            unfinished.append(key)
    return tree, unfinished


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", nargs="*", type=Path,
                        help="Python files to scan (default: every ui/**/*.py)")
    parser.add_argument("--merge", nargs="*", type=Path, default=[],
                        help="more .ts files whose finished translations to take in")
    args = parser.parse_args(argv)
    sources = args.sources or sorted((ROOT / "ui").rglob("*.py"))
    target = I18N / "nnlab_ja.ts"
    parts, conflicts = load_parts([target, *args.merge])
    for line in conflicts:
        print(f"warning: conflicting translation, first one kept: {line}")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh_ja.ts"
        extract(sources, fresh)
        tree, unfinished = merge(fresh, parts)
    ET.indent(tree, space="    ")
    with open(target, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(target), "-qm",
                    str(I18N / "nnlab_ja.qm")], check=True, cwd=ROOT)
    total = sum(1 for _ in _messages(tree))
    print(f"{target.relative_to(ROOT)}: {total} entries, {len(unfinished)} unfinished")
    for context, source, _comment in unfinished:
        print(f"  unfinished  {context}: {source!r}")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
