"""Writing a file so that a crash, a full disk or a bad path never costs the file already there.

Every file NN Lab writes (models, specs, IDX files, the learner's digits) goes through
``write_file``::

    target  = the path with every symlink followed      (a link is written through, not replaced)
    refuse  a target that is a folder, a device, a FIFO or a socket (``--out /dev/null``)
    temp    = ".<name>.nnlab-<pid>-<random>.tmp" in the target's folder, mode 0644 minus the umask
              (or the mode of the file it replaces)
    write, flush, fsync the temp; rename it over the target; fsync the folder

so the target holds either the old bytes or the new ones, never half of each. Temporary files
that a crashed process left behind (older than this process, and their process is gone) are
removed from the folder on the next write there. ``check_writable`` asks the same questions up
front, so a long training run learns before it starts that its ``--out`` cannot be written.
Errors are ``SaveError``: an ``NNLabError`` with English and Japanese messages and also an
``OSError`` (with ``errno``), so callers catching either see them.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import NNLabError

# Temporary files older than this moment belong to an earlier process (see _clean_stale).
_STARTED = time.time()
_TEMP = re.compile(r"^\..+\.nnlab-(\d+)-[0-9a-f]+\.tmp$")

# errno -> (English, Japanese) reason.
_REASONS: dict[int, tuple[str, str]] = {
    errno.EACCES: ("permission denied", "アクセス権がありません"),
    errno.EPERM: ("permission denied", "アクセス権がありません"),
    errno.EROFS: ("the file system is read-only", "読み取り専用のファイルシステムです"),
    errno.ENOSPC: ("the disk is full", "ディスクがいっぱいです"),
    errno.EDQUOT: ("the disk quota is used up", "ディスクの割り当て量を超えました"),
    errno.ENOENT: ("files cannot be created there", "そこにはファイルを作れません"),
    errno.ENOTDIR: ("part of the path is not a folder", "パスの途中がフォルダではありません"),
    errno.ENAMETOOLONG: ("the name is too long", "名前が長すぎます"),
    errno.EISDIR: ("it is a folder", "フォルダです"),
}


class SaveError(NNLabError, OSError):
    """A file that cannot be written; ``path`` is the target, ``en``/``ja`` say why."""

    def __init__(self, path: str | Path, en: str, ja: str, code: int | None = None):
        self.path = Path(path)
        NNLabError.__init__(self, f"cannot save {self.path}: {en}",
                            f"{self.path} を保存できません：{ja}")
        self.errno = code
        self.strerror = en
        self.filename = str(self.path)
        self._reason = (en, ja)

    def __str__(self) -> str:  # not OSError's "[Errno n] …"
        return self.en

    def reason(self, lang: str = "en") -> str:
        """Only why (e.g. "permission denied"), for messages that name the file themselves."""
        return self._reason[1] if lang == "ja" else self._reason[0]


def resolve_target(path: str | Path) -> Path:
    """The file a write to ``path`` must replace: ``path`` with every symlink followed."""
    return Path(os.path.realpath(os.fspath(path)))


def check_writable(path: str | Path) -> Path:
    """Raise SaveError unless ``write_file(path, …)`` can work; returns the resolved target.

    The folder is tested by creating (and removing) a temporary file in it, the only test that
    answers for read-only mounts, /proc and network file systems alike.
    """
    target = _checked_target(path)
    if target.exists() and not os.access(target, os.W_OK):
        raise SaveError(path, "the file is read-only", "ファイルが読み取り専用です", errno.EACCES)
    try:
        fd, temp = _create_temp(target, 0o644)
    except OSError as e:
        raise _save_error(path, e) from None
    os.close(fd)
    temp.unlink(missing_ok=True)
    return target


def write_file(path: str | Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write a file through ``write(stream)`` atomically (module docstring); the path written.

    Any exception inside ``write`` (including KeyboardInterrupt) removes the temporary file and
    leaves the target as it was; an OSError becomes a SaveError saying why.
    """
    target = _checked_target(path)
    _clean_stale(target.parent, target.name)
    try:
        keep_mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        keep_mode = None
    try:
        fd, temp = _create_temp(target, 0o644)  # a new file: 0644 minus the umask
    except OSError as e:
        raise _save_error(path, e) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            if keep_mode is not None:
                os.chmod(temp, keep_mode)  # a replaced file keeps its permissions exactly
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException as e:
        temp.unlink(missing_ok=True)
        if isinstance(e, OSError) and not isinstance(e, SaveError):
            raise _save_error(path, e) from None
        raise
    _sync_folder(target.parent)
    return target


def write_bytes(path: str | Path, data: bytes) -> Path:
    """``data`` as the whole file at ``path``, atomically."""
    return write_file(path, lambda stream: stream.write(data))


def write_text(path: str | Path, text: str) -> Path:
    """``text`` as UTF-8 at ``path``, atomically."""
    return write_bytes(path, text.encode("utf-8"))


def keep_aside(path: str | Path, tag: str) -> Path:
    """Rename ``path`` to ``<name>.<tag>``, or ``<name>.<tag>-2``, ``-3`` … : never over a file.

    For damaged or superseded files the learner may still want. Returns the new path.
    """
    path = Path(path)
    for n in range(1, 10_000):
        aside = path.with_name(f"{path.name}.{tag}" + (f"-{n}" if n > 1 else ""))
        try:
            os.link(path, aside)  # fails if ``aside`` exists: no check-then-rename race
        except FileExistsError:
            continue
        except OSError:  # no hard links here (e.g. FAT): the check is the best there is
            if aside.exists():
                continue
            os.rename(path, aside)
            return aside
        path.unlink()
        return aside
    raise SaveError(path, f"too many .{tag} copies already", f".{tag} のコピーが多すぎます")


# ---- helpers -----------------------------------------------------------------------------------

def _checked_target(path: str | Path) -> Path:
    """The resolved target after refusing folders, devices, FIFOs and missing folders."""
    if os.fspath(path) == "":
        raise SaveError(path, "no file name given", "ファイル名がありません")
    target = resolve_target(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as e:
        raise _save_error(path, e) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise SaveError(path, "it is a folder", "フォルダです", errno.EISDIR)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise SaveError(path, "it is not an ordinary file (a device, FIFO or socket): NN Lab only "
                        "replaces ordinary files", "通常のファイルではありません（デバイス・FIFO・"
                        "ソケット）。NN Lab が置き換えるのは通常のファイルだけです")
    if not target.parent.is_dir():
        raise SaveError(path, f"its folder does not exist ({target.parent})",
                        f"保存先のフォルダがありません（{target.parent}）", errno.ENOENT)
    return target


def _create_temp(target: Path, mode: int) -> tuple[int, Path]:
    """An exclusive new temporary file beside ``target``: (fd, path)."""
    for _ in range(100):
        temp = target.with_name(f".{target.name}.nnlab-{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                           mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


def _save_error(path: str | Path, e: OSError) -> SaveError:
    en, ja = _REASONS.get(e.errno or 0, (e.strerror or str(e), e.strerror or str(e)))
    return SaveError(path, en, ja, e.errno)


def _clean_stale(folder: Path, name: str) -> None:
    """Remove temporary files of crashed writers from ``folder`` (best effort, never raises).

    Ours: older than this process and their process is gone. Those of NN Lab versions that used
    mkstemp (``<name>.<8 characters>.tmp``) for this very target: older than this process.
    """
    legacy = re.compile(re.escape(name) + r"\.[a-z0-9_]{8}\.tmp$")
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        ours = _TEMP.match(entry.name)
        if not ours and not legacy.match(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or entry.stat().st_mtime >= _STARTED:
                continue
            if ours and _alive(int(ours.group(1))):
                continue
            os.unlink(entry.path)
        except OSError:
            continue


def _alive(pid: int) -> bool:
    """Whether process ``pid`` exists (POSIX); elsewhere the age test alone decides."""
    if os.name != "posix" or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
