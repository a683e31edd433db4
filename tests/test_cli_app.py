"""The command-line app in process: version, completion, and the options every repairing
command shares (declared once in repair/cli/options.py)."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from repair import __version__
from repair.cli.app import app
from repair.cli.options import RepairOptions, repair_options
from tests.conftest import repair_in_process

runner = CliRunner()
SHARED = ["--target-lang", "--source-lang", "--mt", "--model", "--errors", "--cosmetic-flags"]


def _command(name: str):
    """The click command typer builds for ``repair NAME``."""
    return typer.main.get_command(app).commands[name]


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_is_printed_and_nothing_else_runs(flag):
    done = runner.invoke(app, [flag, "fix", "no-such-file"])
    assert done.exit_code == 0, done.output
    assert done.output == f"repair {__version__}\n"


def test_shell_completion_completes_commands_and_options():
    env = {"_REPAIR_COMPLETE": "complete_bash", "COMP_WORDS": "repair ch", "COMP_CWORD": "1"}
    done = runner.invoke(app, [], env=env, prog_name="repair")
    assert done.output.split() == ["check"]
    env = {**env, "COMP_WORDS": "repair check --for", "COMP_CWORD": "2"}
    assert runner.invoke(app, [], env=env, prog_name="repair").output.split() == ["--format"]


def test_completion_options_are_offered():
    done = runner.invoke(app, ["--help"])
    assert "--install-completion" in done.output and "--show-completion" in done.output


@pytest.mark.parametrize(
    ("name", "mt"),
    [("fix", True), ("check", False), ("diff", True), ("review", True), ("apply", True)],
)
def test_repairing_commands_take_the_shared_options(name, mt):
    params = {opt: param for param in _command(name).params for opt in param.opts}
    assert all(option in params for option in SHARED), sorted(params)
    assert params["--mt"].default is mt
    assert params["--target-lang"].default == "en" and params["--source-lang"].default == "auto"


def test_shared_options_reach_the_command_as_one_object():
    seen: list[RepairOptions] = []

    @repair_options(mt=False)
    def probe(path: str, options: RepairOptions = RepairOptions()) -> None:  # noqa: B008
        seen.append(options)

    probe_app = typer.Typer()
    probe_app.command()(probe)
    done = runner.invoke(probe_app, ["x.txt", "--source-lang", "de", "--errors", "replace"])
    assert done.exit_code == 0, done.output
    assert seen == [RepairOptions(source_lang="de", mt=False, errors="replace")]


def test_only_a_run_with_the_model_caps_malloc_heaps(monkeypatch):
    """Issue 20: the model's translator threads would each get a malloc heap of their own
    (25-30 MB more on a large file); a command with the model caps them, one without leaves
    malloc alone."""
    from repair.cli import options

    calls: list[int] = []
    monkeypatch.setattr(options, "limit_malloc_arenas", lambda: calls.append(1))
    RepairOptions(mt=False).config()
    assert calls == []
    RepairOptions().config(2)
    assert calls == [1]


def test_a_command_without_an_options_parameter_is_refused():
    def plain(path: str) -> None:
        """Takes no shared options."""

    with pytest.raises(TypeError, match="no 'options' parameter"):
        repair_options()(plain)


def test_report_to_standard_output_when_the_text_goes_to_a_file(tmp_path):
    """``--report -`` is the report on standard output; the text must then go elsewhere."""
    (tmp_path / "a.txt").write_text("It rained today .\nNext Article\n")
    done = repair_in_process("fix", "a.txt", "--no-mt", "--report", "-", "-o", "out.txt",
                             cwd=tmp_path, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["schema"] == "repair.report/1"
    assert (tmp_path / "out.txt").read_text() == "It rained today .\n"
    mixed = repair_in_process("fix", "a.txt", "--no-mt", "--report", "-", cwd=tmp_path, text=True)
    assert mixed.returncode == 2 and mixed.stdout == ""
    assert mixed.stderr.startswith("repair: error: --report -:") and mixed.stderr[-1] == "\n"
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--target-lang", "xx", "unknown target language 'xx'; expected 'auto' or one of: "),
        ("--source-lang", "klingon", "unknown source language 'klingon'"),
    ],
)
@pytest.mark.parametrize("command", ["fix", "check"])
def test_an_unknown_language_is_one_line_and_exit_2(tmp_path, option, value, says, command):
    (tmp_path / "a.txt").write_text("It rained today.\n")
    done = repair_in_process(command, "a.txt", "--no-mt", option, value, cwd=tmp_path, text=True)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"repair: error: {says}") and done.stderr.count("\n") == 1


def test_language_codes_are_read_as_repair_writes_them():
    from repair.config import RepairConfig

    assert RepairConfig(target_lang="EN", source_lang="fr-CA").target_lang == "en"
    assert RepairConfig(target_lang="pt_BR").target_lang == "pt"
    assert RepairConfig(source_lang="fr-CA").source_lang == "fr"
    assert RepairConfig(target_lang="Auto").target_lang == "auto"
    with pytest.raises(ValueError, match="unknown target language 'xx'"):
        RepairConfig(target_lang="xx")


def test_the_languages_read_from_wordfreqs_files_are_its_own():
    """The configuration checks codes without importing wordfreq (cold start): the names of
    its data files must give what wordfreq itself says it has."""
    from wordfreq import available_languages

    from repair.core.languages import _word_list_languages

    assert _word_list_languages() == set(available_languages())


def test_an_interrupt_lost_in_a_finalizer_is_delivered_again(monkeypatch):
    """Under load, SIGTERM landed in an object's ``__del__`` run by the garbage collector:
    Python printed it as an ignored exception with a traceback and the run went on. The hook
    sends the signal again, and it is raised where the run is."""
    import signal
    import sys
    import time

    from repair.cli.app import Terminated, _redeliver_interrupts

    def handler(signum, frame):
        raise Terminated

    previous = signal.signal(signal.SIGTERM, handler)
    monkeypatch.setattr(sys, "unraisablehook", _redeliver_interrupts)

    class Finalized:
        def __del__(self):
            raise Terminated

    try:
        with pytest.raises(Terminated):
            Finalized()
            for _ in range(200):
                time.sleep(0.01)
    finally:
        signal.signal(signal.SIGTERM, previous)
