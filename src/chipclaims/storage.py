"""Where articles are read from and tables written to: a local folder or an fsspec URL.

A parse on a cluster reads articles and writes its partitions where every worker can reach
them, which is not always a shared disk: ``s3://bucket/articles``, ``gcs://…``, ``abfs://…``,
``sftp://host/…`` and any other URL that ``fsspec`` understands (the matching package, such as
``s3fs``, installed on the workers and on the machine that launches the parse). A location is
kept as text: a plain path or ``file://`` URL is the local disk (``pathlib`` and ``os``, as
before), anything else with a ``scheme://`` goes through ``fsspec``. The functions here are the
only place that tells the two apart, so the reader, the partition writer, the corpus database
and the publisher each ask one question.

``memory://`` (fsspec's in-process filesystem) works in one process only: a worker process
would write into its own copy. :func:`check_shared` refuses it with ``--jobs`` or
``--scheduler``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
IN_PROCESS = frozenset({"memory"})  # filesystems a worker process cannot share


class LocationError(ValueError):
    """A URL whose filesystem cannot be used (its fsspec package is missing)."""


def scheme(location: str | Path) -> str | None:
    """The URL scheme of ``location`` (``s3``), or None for a local path or ``file://``."""
    if isinstance(location, Path):
        return None
    found = _SCHEME.match(location)
    if found is None or found.group(1).lower() == "file":
        return None
    return found.group(1).lower()


def is_remote(location: str | Path) -> bool:
    """Whether ``location`` is read and written through fsspec rather than the local disk."""
    return scheme(location) is not None


def local(location: str | Path) -> Path:
    """A local location as a path (a ``file://`` URL loses its scheme and host, and its
    %-escapes are decoded)."""
    text = str(location)
    if not text.lower().startswith("file://"):
        return Path(text)
    from urllib.parse import unquote, urlparse

    return Path(unquote(urlparse(text).path))


def filesystem(location: str):
    """The fsspec filesystem of a remote ``location`` and the path within it."""
    import fsspec

    try:
        return fsspec.core.url_to_fs(location)
    except (ImportError, ValueError) as exc:
        raise LocationError(f"{location}: cannot open this kind of URL ({exc})") from None


def join(location: str | Path, *names: str) -> str | Path:
    """``location`` / ``names``: a path stays a path, a URL stays a URL."""
    if not is_remote(location):
        return local(location).joinpath(*names)
    return "/".join([str(location).rstrip("/"), *names])


def name_of(location: str | Path) -> str:
    """The file name at the end of ``location``."""
    return local(location).name if not is_remote(location) else PurePosixPath(
        str(location).rstrip("/")).name


def absolute(location: str | Path) -> str | Path:
    """``location`` as workers elsewhere can use it: an absolute path, or the URL."""
    return local(location).resolve() if not is_remote(location) else str(location)


@contextlib.contextmanager
def _as_oserror(location: str | Path) -> Iterator[None]:
    """A remote store's own exception types (botocore, aiohttp, ...) as an OSError naming
    ``location``, so that callers handle one kind of failure."""
    try:
        yield
    except (OSError, LocationError):
        raise
    except Exception as exc:
        raise OSError(0, str(exc) or exc.__class__.__name__, str(location)) from exc


def read_bytes(location: str | Path) -> bytes:
    """The bytes of one file."""
    if not is_remote(location):
        return local(location).read_bytes()
    fs, path = filesystem(str(location))
    with _as_oserror(location):
        return fs.cat_file(path)


def write_atomic(location: str | Path, write: Callable[[BinaryIO], None]) -> None:
    """Write one file by ``write(stream)`` under a temporary name beside it, then rename it
    into place: a writer stopped half-way (a lost worker) leaves no file under the name."""
    staged = f"{name_of(location)}.{uuid.uuid4().hex[:8]}.partial"
    if not is_remote(location):
        path = local(location)
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(staged)
        try:
            with temp.open("wb") as stream:
                write(stream)
            temp.replace(path)
        finally:
            temp.unlink(missing_ok=True)
        return
    fs, path = filesystem(str(location))
    temp = f"{path.rsplit('/', 1)[0]}/{staged}"
    with _as_oserror(location):
        fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        try:
            with fs.open(temp, "wb") as stream:
                write(stream)
            fs.mv(temp, path)
        except BaseException:
            with contextlib.suppress(Exception):  # leave no half-written file behind
                fs.rm(temp)
            raise


def upload(source: Path, location: str | Path) -> None:
    """Put a local file or folder at ``location``, replacing what was there: each file goes
    under a temporary name first, so no reader sees a half-written one."""
    if source.is_dir():
        remove_tree(location)
        for item in sorted(source.iterdir()):
            upload(item, join(location, item.name))
        return
    with source.open("rb") as data:
        write_atomic(location, lambda stream: shutil.copyfileobj(data, stream))


def make_folder(location: str | Path) -> None:
    """Create the folder ``location`` (and its parents) if it is missing."""
    if not is_remote(location):
        local(location).mkdir(parents=True, exist_ok=True)
        return
    fs, path = filesystem(str(location))
    with _as_oserror(location):
        fs.makedirs(path, exist_ok=True)


def remove_tree(location: str | Path) -> None:
    """Remove the folder or file ``location`` if it exists."""
    if not is_remote(location):
        path = local(location)
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        return
    fs, path = filesystem(str(location))
    with _as_oserror(location):
        if fs.exists(path):
            fs.rm(path, recursive=True)


def glob(location: str | Path, pattern: str) -> list[str | Path]:
    """The files in folder ``location`` whose names match ``pattern``, sorted by name."""
    if not is_remote(location):
        return sorted(local(location).glob(pattern))
    fs, path = filesystem(str(location))
    with _as_oserror(location):
        found = fs.glob(f"{path.rstrip('/')}/{pattern}")
    return [join(location, PurePosixPath(f).name) for f in sorted(found)]


def open_read(location: str | Path) -> BinaryIO:
    """One file opened for reading in binary."""
    if not is_remote(location):
        return local(location).open("rb")
    fs, path = filesystem(str(location))
    with _as_oserror(location):
        return fs.open(path, "rb")


def size(location: str | Path) -> int:
    """The size of one file in bytes (0 when it cannot be asked)."""
    try:
        if not is_remote(location):
            return local(location).stat().st_size
        fs, path = filesystem(str(location))
        return int(fs.size(path) or 0)
    except Exception:  # progress only: a size it cannot learn counts as nothing
        return 0


def list_files(folder: str | Path) -> list[str]:
    """Names of the regular, non-hidden files directly inside ``folder``, sorted; raises
    FileNotFoundError or NotADirectoryError when ``folder`` is not a folder."""
    if not is_remote(folder):
        path = local(folder)
        if not path.exists():
            raise FileNotFoundError(str(folder))
        if not path.is_dir():
            raise NotADirectoryError(str(folder))
        with os.scandir(path) as entries:
            return sorted(e.name for e in entries if not e.name.startswith(".") and e.is_file())
    fs, path = filesystem(str(folder))
    with _as_oserror(folder):
        if not fs.isdir(path):
            raise (NotADirectoryError if fs.exists(path) else FileNotFoundError)(str(folder))
        names = [PurePosixPath(e["name"].rstrip("/")).name for e in fs.ls(path, detail=True)
                 if e.get("type") == "file"]
    return sorted(n for n in names if not n.startswith("."))


def check_shared(*locations: str | Path) -> None:
    """Refuse a location that worker processes cannot share (``memory://``)."""
    for location in locations:
        if scheme(location) in IN_PROCESS:
            raise LocationError(f"{location}: a {scheme(location)}:// location lives in one "
                                "process; use it without --jobs or --scheduler")
