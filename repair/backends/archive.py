"""Read a model folder or archive as a tree of files, and unpack archives safely.

A model is recognised by reading a few small files (metadata, config, vocabulary,
tokenizer) straight from the folder or the archive, so that nothing is copied before
the layout is known to be right. Archive members are checked before anything is
written: no absolute paths, no ``..``, no links, devices or FIFOs (zip slip, tar slip).
"""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from repair.backends.base import ModelError

ARCHIVE_SUFFIXES = (".zip", ".argosmodel", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")
#: What reading a damaged folder or archive raises (a truncated gzip, a bad CRC, no access).
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error)
#: The biggest file read whole for recognition (metadata, vocabularies, tokenizers).
_MAX_READ = 64 * 1024 * 1024


def safe_member_name(name: str, archive: str) -> str:
    """The member's relative POSIX path, or a ModelError for paths that escape the target."""
    cleaned = name.replace("\\", "/")
    path = PurePosixPath(cleaned)
    if cleaned.startswith("/") or (len(cleaned) > 1 and cleaned[1] == ":"):
        raise ModelError(f"{archive}: unsafe absolute path in archive: {name!r}")
    if ".." in path.parts:
        raise ModelError(f"{archive}: unsafe path in archive (goes up with '..'): {name!r}")
    parts = [p for p in path.parts if p not in ("", ".")]
    return "/".join(parts)


class FileTree(ABC):
    """Files of a model folder or archive, by relative POSIX path, under an optional root."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.root = ""

    @abstractmethod
    def _all_names(self) -> frozenset[str]:
        """Every regular file, relative to the folder or archive top."""

    @abstractmethod
    def _open(self, name: str) -> IO[bytes]:
        """A binary stream of a file named as in ``_all_names``."""

    @abstractmethod
    def _size(self, name: str) -> int:
        """The file's size in bytes."""

    def settle_root(self) -> None:
        """Step into a single top-level folder, as most archives wrap their model in one."""
        names = self._all_names()
        tops = {name.split("/", 1)[0] for name in names}
        if len(tops) == 1 and all("/" in name for name in names):
            self.root = tops.pop() + "/"

    @property
    def names(self) -> frozenset[str]:
        """File names relative to the root."""
        size = len(self.root)
        return frozenset(n[size:] for n in self._all_names() if n.startswith(self.root))

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """The whole file, refusing files too big to be metadata or a tokenizer."""
        full = self.root + name
        if self._size(full) > _MAX_READ:
            raise ModelError(f"{self.label}: {name} is too big to be read as metadata")
        try:
            with self._open(full) as handle:
                return handle.read()
        except READ_ERRORS as exc:
            raise ModelError(f"{self.label}: cannot read {name} ({exc})") from None

    def size(self) -> int:
        return sum(self._size(self.root + name) for name in self.names)

    def copy_to(self, target: Path) -> None:
        """Write every file under the root into ``target`` (an empty folder)."""
        for name in sorted(self.names):
            destination = target.joinpath(*name.split("/"))
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                with self._open(self.root + name) as source, open(destination, "xb") as out:
                    while chunk := source.read(1 << 20):
                        out.write(chunk)
            except READ_ERRORS as exc:
                raise ModelError(f"{self.label}: cannot copy {name} ({exc})") from None

    def close(self) -> None:  # noqa: B027 - folders hold no handle
        """Release the archive handle, if any."""


class FolderTree(FileTree):
    """A model folder on disk (links inside it are followed: it is the user's own folder)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path
        self._names = frozenset(p.relative_to(path).as_posix() for p in _walk(path) if p.is_file())

    def _all_names(self) -> frozenset[str]:
        return self._names

    def _open(self, name: str) -> IO[bytes]:
        return open(self.path / name, "rb")

    def _size(self, name: str) -> int:
        return (self.path / name).stat().st_size


def _walk(path: Path) -> Iterator[Path]:
    for folder, _, files in os.walk(path):
        for file in files:
            yield Path(folder) / file


class _ArchiveTree(FileTree):
    """Members of an archive, admitted one by one: regular files and folders only."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._members: dict[str, Any] = {}

    def _admit(self, raw_name: str, member: Any, *, link: bool, folder: bool, regular: bool):
        name = safe_member_name(raw_name, self.label)
        if link:
            raise ModelError(f"{self.label}: archive holds a link: {raw_name!r}")
        if folder or not name:
            return
        if not regular:
            raise ModelError(f"{self.label}: archive holds a special file: {raw_name!r}")
        if name in self._members:
            raise ModelError(f"{self.label}: archive holds {name!r} twice")
        self._members[name] = member

    def _all_names(self) -> frozenset[str]:
        return frozenset(self._members)


class ZipTree(_ArchiveTree):
    """A zip archive (an Argos ``.argosmodel`` is one), checked member by member."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise ModelError(f"{path}: not a readable zip archive ({exc})") from None
        for info in self._zip.infolist():
            mode = info.external_attr >> 16
            self._admit(
                info.filename,
                info,
                link=stat.S_ISLNK(mode),
                folder=info.is_dir(),
                # Archivers that store no file type write plain files without type bits.
                regular=stat.S_IFMT(mode) in (0, stat.S_IFREG),
            )

    def _open(self, name: str) -> IO[bytes]:
        return self._zip.open(self._members[name])

    def _size(self, name: str) -> int:
        return self._members[name].file_size

    def close(self) -> None:
        self._zip.close()


class TarTree(_ArchiveTree):
    """A tar archive, possibly compressed."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        try:
            self._tar = tarfile.open(path)  # noqa: SIM115 - closed by close()
            members = self._tar.getmembers()
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise ModelError(f"{path}: not a readable tar archive ({exc})") from None
        for info in members:
            self._admit(
                info.name,
                info,
                link=info.issym() or info.islnk(),
                folder=info.isdir(),
                regular=info.isfile(),
            )

    def _open(self, name: str) -> IO[bytes]:
        handle = self._tar.extractfile(self._members[name])
        if handle is None:  # pragma: no cover - only regular files are kept
            raise ModelError(f"{self.label}: cannot read {name}")
        return handle

    def _size(self, name: str) -> int:
        return self._members[name].size

    def close(self) -> None:
        self._tar.close()


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def open_tree(path: Path) -> FileTree:
    """The files of a model folder or archive, with a single wrapping folder stepped into."""
    if path.is_dir():
        tree: FileTree = FolderTree(path)
    elif not path.exists():
        raise ModelError(f"{path}: no such file or folder")
    elif zipfile.is_zipfile(path):
        tree = ZipTree(path)
    elif path.is_file() and _is_tar(path):
        tree = TarTree(path)
    else:
        raise ModelError(
            f"{path}: not a model folder or archive (expected a folder, "
            f"{', '.join(ARCHIVE_SUFFIXES)})"
        )
    tree.settle_root()
    return tree


def _is_tar(path: Path) -> bool:
    try:
        return tarfile.is_tarfile(path)
    except OSError:
        return False


def archive_stem(path: Path) -> str:
    """The name without its archive suffix: ``opus-mt-fr-en.tar.gz`` → ``opus-mt-fr-en``."""
    name = path.name
    for suffix in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
