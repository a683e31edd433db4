"""The model registry: models shipped with repair plus the user's own folder.

Shipped models live in the repository's top-level ``models/`` folder, installed inside the
package as ``repair/models`` (pyproject's ``package-dir``). User models live in
``$REPAIR_MODELS``, else ``$XDG_DATA_HOME/repair/models`` (``~/.local/share/repair/models``).
A model is a sub-folder, named by the folder. For a language pair, the registry picks a
user model before a shipped one (the user brought it on purpose) and a model made for the
pair before a multilingual one; ``--model NAME`` overrides the choice.

Adding checks the whole layout (files, pair, tokenizer against vocabulary) by reading the
folder or archive in place, then copies into a hidden temporary folder and renames it: a
failed add leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from repair.backends.archive import FileTree, archive_stem, open_tree
from repair.backends.base import ModelError
from repair.backends.layouts import ModelCard, recognise
from repair.backends.layouts.base import LANGUAGES_FILE

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$")


def shipped_dir() -> Path:
    """``repair/models`` in an installed wheel, else ``models/`` of the checkout (an editable
    install or a run from the source tree), which is where the wheel's copy comes from."""
    import repair

    package = Path(repair.__file__).resolve().parent
    installed = package / "models"
    return installed if installed.is_dir() else package.parent / "models"


def user_dir() -> Path:
    if os.environ.get("REPAIR_MODELS"):
        return Path(os.environ["REPAIR_MODELS"]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "repair" / "models"


@dataclass(frozen=True)
class InstalledModel:
    """A model folder of the registry and what its layout says about it."""

    name: str
    path: Path
    origin: str  # "shipped" or "user"
    card: ModelCard

    @property
    def origin_label(self) -> str:
        return f"model:{self.name}"


@dataclass(frozen=True)
class BrokenModel:
    """A registry folder that is not a usable model (shown by ``list``, never chosen)."""

    name: str
    path: Path
    origin: str
    error: str


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ModelError(
            f"bad model name {name!r}: use letters, digits, '.', '_', '+' or '-' "
            "(at most 100 characters)"
        )
    return name


def parse_pair(pair: str) -> tuple[str, str]:
    """``fr-en`` → ``("fr", "en")``."""
    match = re.fullmatch(r"([a-z]{2,3})-([a-z]{2,3})", pair.strip())
    if not match:
        raise ModelError(f"bad language pair {pair!r}: expected SRC-TGT, e.g. fr-en")
    return match.group(1), match.group(2)


class ModelStore:
    """The shipped and user model folders, read afresh on each call (they are small)."""

    def __init__(self, shipped: Path | None = None, user: Path | None = None) -> None:
        self.shipped = shipped if shipped is not None else shipped_dir()
        self.user = user if user is not None else user_dir()

    def _folders(self) -> list[tuple[str, Path, str]]:
        found: dict[str, tuple[str, Path, str]] = {}
        for origin, root in (("shipped", self.shipped), ("user", self.user)):
            if not root.is_dir():
                continue
            try:
                folders = sorted(root.iterdir())
            except OSError as exc:
                raise ModelError(f"{root}: cannot read ({exc.strerror or exc})") from None
            for folder in folders:
                if folder.is_dir() and not folder.name.startswith("."):
                    # A user model of the same name hides the shipped one.
                    found[folder.name] = (folder.name, folder, origin)
        return sorted(found.values())

    def entries(self) -> list[InstalledModel | BrokenModel]:
        entries: list[InstalledModel | BrokenModel] = []
        for name, folder, origin in self._folders():
            try:
                entries.append(InstalledModel(name, folder, origin, describe(folder)))
            except ModelError as exc:
                entries.append(BrokenModel(name, folder, origin, str(exc)))
        return entries

    def get(self, name: str) -> InstalledModel:
        """The model called ``name`` (or at the folder path ``name``)."""
        for entry_name, folder, origin in self._folders():
            if entry_name == name:
                return InstalledModel(name, folder, origin, describe(folder))
        candidate = Path(name).expanduser()
        if ("/" in name or os.sep in name) and candidate.is_dir():
            return InstalledModel(candidate.name, candidate, "path", describe(candidate))
        known = ", ".join(n for n, _, _ in self._folders()) or "none installed"
        raise ModelError(f"no model named {name!r} (known: {known}); see 'repair models list'")

    def choose(self, source_lang: str, target_lang: str) -> InstalledModel | None:
        """The preferred model for a pair, or ``None`` when no usable model covers it."""
        usable = [
            e
            for e in self.entries()
            if isinstance(e, InstalledModel) and e.card.covers(source_lang, target_lang)
        ]
        if not usable:
            return None
        return min(usable, key=lambda e: (e.origin != "user", e.card.multilingual, e.name))

    def add(self, source: Path, name: str | None = None, pair: str | None = None) -> InstalledModel:
        """Check the model at ``source`` (folder or archive), then copy it in atomically."""
        tree = open_tree(source)
        try:
            declared = parse_pair(pair) if pair else None
            card = _recognise_with_pair(tree, str(source), declared)
            name = check_name(name or card.name or archive_stem(source))
            target = self.user / name
            if target.exists() or (self.shipped / name).is_dir():
                raise ModelError(f"a model named {name!r} is already installed; choose --name")
            staging = self._staging(name, tree.size())
            try:
                tree.copy_to(staging)
                if declared and not tree.has(LANGUAGES_FILE):
                    languages = {"source": [declared[0]], "target": [declared[1]]}
                    (staging / LANGUAGES_FILE).write_text(json.dumps(languages) + "\n")
                describe(staging, label=str(source))  # the copy must be the model we checked
                staging.rename(target)
            except BaseException as exc:
                shutil.rmtree(staging, ignore_errors=True)
                if isinstance(exc, OSError):
                    raise ModelError(f"{target}: cannot copy ({exc.strerror or exc})") from None
                raise
        finally:
            tree.close()
        return InstalledModel(name, target, "user", describe(target))

    def _staging(self, name: str, needed: int) -> Path:
        """A hidden, empty folder in the user folder, once there is room for ``needed`` bytes."""
        try:
            self.user.mkdir(parents=True, exist_ok=True)
            free = shutil.disk_usage(self.user).free
            if needed > free:
                raise ModelError(
                    f"{self.user}: not enough disk space for {name} "
                    f"({needed / 1e9:.1f} GB needed, {free / 1e9:.1f} GB free)"
                )
            return Path(tempfile.mkdtemp(prefix=f".adding-{name}-", dir=self.user))
        except OSError as exc:
            raise ModelError(f"{self.user}: cannot write ({exc.strerror or exc})") from None

    def remove(self, name: str) -> Path:
        model = self.get(name)
        if model.origin != "user":
            raise ModelError(f"{name!r} is shipped with repair and cannot be removed")
        shutil.rmtree(model.path)
        return model.path


def _recognise_with_pair(tree: FileTree, label: str, declared: tuple[str, str] | None) -> ModelCard:
    """The card, with a declared pair filling in for an OPUS-MT folder that names none."""
    try:
        card = recognise(tree, label)
    except ModelError as exc:
        if declared is None or "--pair" not in str(exc):
            raise
        card = None
    if declared is None:
        return card  # type: ignore[return-value]
    if card is not None:
        if not card.covers(*declared):
            raise ModelError(
                f"{label}: this model translates {card.pairs}, not {declared[0]}→{declared[1]}"
            )
        return card
    # Only the pair was missing: recognise again with the declared pair in place.
    return recognise(_WithLanguages(tree, declared), label)


class _WithLanguages(FileTree):
    """A tree seen with a ``repair-languages.json`` it does not hold yet."""

    def __init__(self, tree: FileTree, pair: tuple[str, str]) -> None:
        super().__init__(tree.label)
        self._tree = tree
        self._extra = json.dumps({"source": [pair[0]], "target": [pair[1]]}).encode()

    def _all_names(self) -> frozenset[str]:
        return self._tree.names | {LANGUAGES_FILE}

    def _open(self, name: str):
        import io

        if name == LANGUAGES_FILE:
            return io.BytesIO(self._extra)
        return self._tree._open(self._tree.root + name)

    def _size(self, name: str) -> int:
        if name == LANGUAGES_FILE:
            return len(self._extra)
        return self._tree._size(self._tree.root + name)


def describe(folder: Path, label: str | None = None) -> ModelCard:
    """The card of an installed model folder."""
    if not folder.is_dir():
        raise ModelError(f"{folder}: model folder is missing")
    tree = open_tree(folder)
    if tree.root:  # an installed model is never wrapped in an extra folder
        tree.root = ""
    return recognise(tree, label or str(folder))
