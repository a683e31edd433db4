"""`repair models`: the registry, safe imports from archives, and one-line errors."""

from __future__ import annotations

import io
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from repair.backends.base import ModelError
from repair.backends.registry import ModelStore
from tests import mt_models
from tests.conftest import repair_in_process


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sources")
    argos = mt_models.make_argos_folder(root / "argos")
    return {
        "repair": mt_models.make_repair(root / "tiny-fr-en"),
        "argos-zip": mt_models.zip_folder(
            argos, root / "translate-fr_en-1_0.argosmodel", wrap="translate-fr_en-1_0"
        ),
        "opus-unnamed": mt_models.make_opus_mt(root / "marian-model", converter="transformers"),
        "nllb": mt_models.make_language_token_model(root / "nllb", ["eng_Latn", "fra_Latn"]),
    }


@pytest.fixture
def store(tmp_path) -> ModelStore:
    return ModelStore(shipped=tmp_path / "shipped", user=tmp_path / "user")


def user_files(store: ModelStore) -> list[str]:
    if not store.user.exists():
        return []
    return sorted(p.relative_to(store.user).as_posix() for p in store.user.rglob("*"))


def run(*args: str, models: Path) -> subprocess.CompletedProcess:
    return repair_in_process(*args, env={"REPAIR_MODELS": str(models)}, text=True)


def test_add_list_info_remove(store, sources):
    added = store.add(sources["argos-zip"])
    assert added.name == "translate-fr_en-1_0" and added.card.layout == "argos"
    assert (store.user / added.name / "model" / "model.bin").is_file()
    assert store.choose("fr", "en").name == added.name
    store.remove(added.name)
    assert store.choose("fr", "en") is None and user_files(store) == []


def test_choice_prefers_user_models_then_pair_models(store, sources, tmp_path):
    import shutil

    shutil.copytree(sources["repair"], store.shipped / "fr-en")
    assert store.choose("fr", "en").name == "fr-en"
    store.add(sources["nllb"], name="nllb-tiny")
    store.add(sources["argos-zip"], name="argos-fr-en")
    # A user model made for the pair beats the shipped one and the multilingual one.
    assert store.choose("fr", "en").name == "argos-fr-en"
    assert store.choose("en", "fr").name == "nllb-tiny"
    with pytest.raises(ModelError, match="shipped"):
        store.remove("fr-en")


def test_opus_mt_needs_a_declared_pair(store, sources):
    with pytest.raises(ModelError, match="--pair"):
        store.add(sources["opus-unnamed"])
    assert user_files(store) == []
    added = store.add(sources["opus-unnamed"], pair="fr-en")
    assert added.card.pairs == "fr→en"
    assert (added.path / "repair-languages.json").is_file()


def test_a_model_for_another_pair_is_refused(store, sources):
    with pytest.raises(ModelError, match="not de→en"):
        store.add(sources["repair"], pair="de-en")
    assert user_files(store) == []


def test_name_clash_and_bad_names(store, sources):
    store.add(sources["repair"])
    with pytest.raises(ModelError, match="already installed"):
        store.add(sources["repair"])
    with pytest.raises(ModelError, match="bad model name"):
        store.add(sources["repair"], name="../escape")


def _zip_with(path: Path, name: str, data: bytes = b"x", mode: int | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as handle:
        handle.writestr("pkg/metadata.json", '{"from_code": "fr", "to_code": "en"}')
        info = zipfile.ZipInfo(name)
        if mode is not None:
            info.external_attr = mode << 16
        handle.writestr(info, data)
    return path


def _tar_with(path: Path, member: tarfile.TarInfo, data: bytes = b"") -> Path:
    with tarfile.open(path, "w:gz") as handle:
        meta = b'{"from_code": "fr", "to_code": "en"}'
        info = tarfile.TarInfo("pkg/metadata.json")
        info.size = len(meta)
        handle.addfile(info, io.BytesIO(meta))
        member.size = len(data) if member.isfile() else 0
        handle.addfile(member, io.BytesIO(data) if member.isfile() else None)
    return path


def _tar_member(name: str, kind: bytes = tarfile.REGTYPE, target: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: _zip_with(p / "slip.zip", "../../evil.txt"), "goes up"),
        (lambda p: _zip_with(p / "abs.zip", "/tmp/evil.txt"), "absolute"),
        (lambda p: _zip_with(p / "link.zip", "pkg/model.bin", b"/etc/passwd", 0o120777), "link"),
        (lambda p: _tar_with(p / "slip.tar.gz", _tar_member("../evil.txt"), b"x"), "goes up"),
        (lambda p: _tar_with(p / "abs.tgz", _tar_member("/tmp/evil.txt"), b"x"), "absolute"),
        (
            lambda p: _tar_with(p / "sym.tgz", _tar_member("pkg/x", tarfile.SYMTYPE, "/etc")),
            "link",
        ),
        (
            lambda p: _tar_with(
                p / "hard.tgz", _tar_member("pkg/y", tarfile.LNKTYPE, "pkg/metadata.json")
            ),
            "link",
        ),
        (
            lambda p: _tar_with(p / "fifo.tgz", _tar_member("pkg/f", tarfile.FIFOTYPE)),
            "special file",
        ),
    ],
)
def test_unsafe_archives_are_refused_before_anything_is_written(store, tmp_path, make, message):
    archive = make(tmp_path)
    with pytest.raises(ModelError, match=message):
        store.add(archive)
    assert user_files(store) == []
    assert not (tmp_path / "evil.txt").exists()


def test_an_archive_that_is_not_a_model(store, tmp_path):
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("holiday/beach.jpg", b"\xff\xd8")
    with pytest.raises(ModelError, match="not a translation model"):
        store.add(archive)
    with pytest.raises(ModelError, match="not a model folder or archive"):
        store.add(Path(__file__))
    with pytest.raises(ModelError, match="no such file"):
        store.add(tmp_path / "missing.argosmodel")
    assert user_files(store) == []


def test_damaged_archives_fail_cleanly(store, sources, tmp_path):
    # A flipped byte inside the stored model.bin: the CRC check fails while copying.
    damaged = tmp_path / "damaged.argosmodel"
    data = bytearray(sources["argos-zip"].read_bytes())
    with zipfile.ZipFile(sources["argos-zip"]) as handle:
        info = handle.getinfo("translate-fr_en-1_0/model/model.bin")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 100] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="cannot (copy|read)"):
        store.add(damaged)
    # A tar.gz cut in half.
    whole = tmp_path / "opus-mt-fr-en.tar.gz"
    with tarfile.open(whole, "w:gz") as handle:
        handle.add(sources["opus-unnamed"], arcname="opus-mt-fr-en")
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ModelError):
        store.add(cut)
    assert user_files(store) == []


def test_cli_add_verify_info_list_remove(sources, tmp_path):
    models = tmp_path / "models"
    done = run("models", "add", str(sources["argos-zip"]), "--name", "argos-tiny", models=models)
    assert done.returncode == 0, done.stderr
    listed = run("models", "list", models=models)
    assert "argos-tiny\tfr→en\targos\tuser" in listed.stdout
    info = run("models", "info", "argos-tiny", models=models)
    assert "layout:      argos" in info.stdout
    verified = run("models", "verify", "argos-tiny", models=models)
    assert verified.returncode == 0 and verified.stdout.startswith("ok: argos-tiny")
    assert run("models", "remove", "argos-tiny", models=models).returncode == 0
    assert not (models / "argos-tiny").exists()


def test_cli_errors_are_one_line_and_exit_2(sources, tmp_path):
    models = tmp_path / "models"
    evil = _zip_with(tmp_path / "evil.zip", "../../evil.txt")
    broken = tmp_path / "broken"
    import shutil

    shutil.copytree(sources["repair"], models / "broken")
    (models / "broken" / "model.bin").write_bytes(b"garbage")
    article = tmp_path / "article.txt"
    article.write_text(
        "The minister spoke on Monday about the budget and the plans of the new cabinet "
        "for next year. Le gouvernement a annoncé une forte hausse des impôts.\n"
    )
    for args in (
        ("fix", str(article), "--model", "nope"),
        ("fix", str(article), "--model", str(models / "broken"), "--source-lang", "fr"),
        ("models", "add", str(evil)),
        ("models", "add", str(broken)),
        ("models", "install", "opus-mt-fr-en"),
        ("models", "info", "nope"),
        ("models", "verify", "broken"),
        ("models", "remove", "nope"),
    ):
        done = run(*args, models=models)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("repair: error:"), args
        assert "Traceback" not in done.stderr
    assert "offline" in run("models", "install", "opus-mt-fr-en", models=models).stderr
    assert sorted(p.name for p in models.iterdir()) == ["broken"]


def test_cli_fix_with_a_model_reports_why_a_span_stays(sources, tmp_path):
    """The real detectors, a (random-weight) model: the span is flagged, the report says why."""
    import json

    article = tmp_path / "article.txt"
    text = (
        "The minister spoke on Monday about the budget and the plans of the new cabinet "
        "for next year. Le gouvernement a annoncé une forte hausse des impôts.\n"
    )
    article.write_text(text)
    report = tmp_path / "report.json"
    model = str(sources["repair"])
    done = run("fix", str(article), "--model", model, "--report", str(report), models=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == text
    foreign = [c for c in json.loads(report.read_text())["changes"] if c["kind"] == "foreign"]
    assert foreign and all(c["replacement"] is None for c in foreign)
    assert all("the model is unsure" in c["message"] for c in foreign)
    assert all(c["origin"] == "model:tiny-fr-en" for c in foreign)
    no_mt = run("fix", str(article), "--no-mt", "--report", str(report), models=tmp_path)
    assert no_mt.returncode == 0
    flags = [c for c in json.loads(report.read_text())["changes"] if c["kind"] == "foreign"]
    assert all("machine translation is off" in c["message"] for c in flags)


@pytest.mark.parametrize(
    ("cpuinfo", "faithful"),
    [
        ("", True),  # not x86 (ARM): 32-bit sums
        ("vendor_id\t: GenuineIntel\nflags\t\t: fpu avx2 fma\n", True),  # MKL
        ("vendor_id\t: AuthenticAMD\nflags\t\t: fpu avx2 avx512f avx512_vnni\n", True),
        ("vendor_id\t: AuthenticAMD\nflags\t\t: fpu avx2 fma\n", False),  # 16-bit sums saturate
    ],
)
def test_int8_only_where_the_machine_multiplies_int8_faithfully(cpuinfo, faithful):
    from repair.backends.ctranslate2 import _faithful_int8

    assert _faithful_int8(cpuinfo) is faithful


def test_the_compute_type_can_be_chosen(monkeypatch):
    from repair.backends.ctranslate2 import compute_type

    monkeypatch.setenv("REPAIR_CT2_COMPUTE_TYPE", "float32")
    assert compute_type() == "float32"
    monkeypatch.delenv("REPAIR_CT2_COMPUTE_TYPE")
    assert compute_type() in ("int8", "float32")
