"""Train a small X→English model (fr, es or de) and ship it as CTranslate2 int8 (issues 3, 19).

Subcommands: prepare (data), truecase (learn the source truecaser, truecase the French side),
spm (SentencePiece), train (resumable), export (CTranslate2),
check (torch vs CTranslate2 agreement, swapped-source loss), card (model card from metadata),
all (prepare+[truecase]+spm+train+export).
Needs the `train` extra (torch==2.13.0); work files live outside the repo in --workdir.

--src picks the source language (default fr); the work directory defaults to
/work/train-work/<src>-en and the export to models/<src>-en.

Resume a run:  python scripts/train_model.py --src es train --resume --minutes 600 --threads 1 \
                   --upsample news=3,commentary=3
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import DEFAULT_DATA  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WORK = Path("/work/train-work")
HELDOUT_DIR = ROOT / "scripts" / "data"


def dedup_stem(src: str) -> Path:
    """The deduplicated held-out Tatoeba slice of a pair, shipped in the repo."""
    return HELDOUT_DIR / f"tatoeba-dedup-{src}-en"


def require_data(data: Path, src: str) -> None:
    """Exit with one line naming the corpora when the training data is not there."""
    from mt_training.data import missing_data_message

    message = missing_data_message(data, src)
    if message:
        print(message, file=sys.stderr)
        raise SystemExit(2)


def cmd_prepare(args: argparse.Namespace) -> None:
    """Normalise, hold out, filter and de-duplicate; copy the held-out slices into the repo."""
    from mt_training.data import prepare

    require_data(args.data, args.src)
    counts = prepare(
        args.data / "train",
        args.data / "dev",
        args.workdir / "data",
        heldout=args.heldout,
        src=args.src,
    )
    print(counts)
    HELDOUT_DIR.mkdir(exist_ok=True)
    work = args.workdir / "data"
    for lang in (args.src, "en"):
        if args.src == "fr":  # the slice of the shipped fr-en card, kept for comparison
            text = (work / f"heldout.{lang}").read_text(encoding="utf-8")
            (HELDOUT_DIR / f"tatoeba-heldout.{lang}").write_text(text, encoding="utf-8")
        text = (work / f"heldout-dedup.{lang}").read_text(encoding="utf-8")
        Path(f"{dedup_stem(args.src)}.{lang}").write_text(text, encoding="utf-8")


def cmd_truecase(args: argparse.Namespace) -> None:
    """Learn the source truecaser from train.fr and truecase the training and dev sources.

    Idempotent: learning skips sentence-initial words, the only ones truecasing changes.
    The cached ids are dropped so that training encodes the truecased text.
    """
    from mt_training import truecase_file
    from mt_training.data import read_lines

    from repair.backends.truecase import Truecaser

    data = args.workdir / "data"
    src = args.src
    truecaser = Truecaser.learn(read_lines(data / f"train.{src}"))
    truecaser.save(args.workdir / truecase_file(src))
    changed = 0
    for path in [data / f"train.{src}", *sorted(data.glob(f"devsmall-*.{src}"))]:
        lines = read_lines(path)
        cased = [truecaser(line) for line in lines]
        changed += sum(a != b for a, b in zip(lines, cased, strict=True))
        path.write_text("".join(line + "\n" for line in cased), encoding="utf-8")
    (data / "train-ids.pt").unlink(missing_ok=True)
    print(f"truecaser: {len(truecaser)} lower-case forms; {changed} source lines changed")


def cmd_spm(args: argparse.Namespace) -> None:
    """One joint unigram SentencePiece model (shared embeddings need one vocabulary)."""
    import sentencepiece as spm

    data = args.workdir / "data"
    spm.SentencePieceTrainer.train(
        input=[str(data / f"train.{args.src}"), str(data / "train.en")],
        model_prefix=str(args.workdir / "spm"),
        vocab_size=args.vocab,
        model_type="unigram",
        character_coverage=0.9999,
        pad_id=0,
        unk_id=1,
        bos_id=2,
        eos_id=3,
        pad_piece="<pad>",
        unk_piece="<unk>",
        bos_piece="<s>",
        eos_piece="</s>",
        input_sentence_size=1_000_000,
        shuffle_input_sentence=True,
        num_threads=2,
    )


def cmd_train(args: argparse.Namespace) -> None:
    from mt_training.model import ModelConfig
    from mt_training.trainer import TrainConfig, train

    mc = ModelConfig(
        d_model=args.d_model,
        n_heads=args.heads,
        ffn=args.ffn,
        enc_layers=args.enc_layers,
        dec_layers=args.dec_layers,
    )
    tc = TrainConfig(
        lr=args.lr,
        warmup=args.warmup,
        max_tokens=args.max_tokens,
        ckpt_minutes=args.ckpt_minutes,
        eval_minutes=args.eval_minutes,
    )
    train(
        args.workdir,
        mc,
        tc,
        args.minutes,
        args.resume,
        threads=args.threads,
        cooldown_steps=args.cooldown_steps,
        upsample=args.upsample,
        src=args.src,
        init_from=args.init_from,
    )


def cmd_export(args: argparse.Namespace) -> None:
    from mt_training.export import export

    export(
        args.workdir, args.out, average=args.average, quantization=args.quantization, src=args.src
    )


def cmd_check(args: argparse.Namespace) -> None:
    from mt_training.export import check

    check(args.workdir, args.out, n=args.n, src=args.src)


def cmd_card(args: argparse.Namespace) -> None:
    from mt_training.card import write_card

    notes = Path(args.notes).read_text(encoding="utf-8") if args.notes else ""
    print(write_card(args.out, notes))


def _upsample(text: str) -> dict[str, int]:
    """Parse `news=3,europarl=2` into {"news": 3, "europarl": 2}."""
    out: dict[str, int] = {}
    for item in filter(None, text.split(",")):
        name, _, k = item.partition("=")
        if not k.isdigit() or int(k) < 1:
            raise argparse.ArgumentTypeError(f"expected CORPUS=K with K >= 1, got {item!r}")
        out[name.strip()] = int(k)
    return out


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--src", choices=("fr", "es", "de"), default="fr", help="source language")
    p.add_argument("--workdir", type=Path, help="default: /work/train-work/<src>-en")
    p.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="the shared data folder (train/, dev/)"
    )
    sub = p.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("prepare")
    sp.add_argument("--heldout", type=int, default=2000)
    sub.add_parser("truecase", help="learn the truecaser and truecase the source side")
    sp = sub.add_parser("spm")
    sp.add_argument("--vocab", type=int, default=8000)
    for name in ("train", "all"):
        sp = sub.add_parser(name)
        sp.add_argument("--resume", action="store_true")
        sp.add_argument("--minutes", type=float, default=60.0)
        sp.add_argument("--threads", type=int, default=2)
        sp.add_argument(
            "--cooldown-steps",
            type=int,
            default=0,
            help="end the run with N steps of a learning rate falling linearly to 0",
        )
        sp.add_argument(
            "--init-from",
            type=Path,
            metavar="MODEL_DIR",
            help="start a new run from a shipped model's layers and shared piece embeddings",
        )
        sp.add_argument(
            "--upsample",
            type=_upsample,
            default={},
            metavar="CORPUS=K[,CORPUS=K]",
            help="repeat the pairs of a corpus K times per epoch (tatoeba, europarl, news)",
        )
        sp.add_argument("--d-model", type=int, default=256)
        sp.add_argument("--heads", type=int, default=4)
        sp.add_argument("--ffn", type=int, default=1024)
        sp.add_argument("--enc-layers", type=int, default=6)
        sp.add_argument("--dec-layers", type=int, default=2)
        sp.add_argument("--lr", type=float, default=1.5e-3)
        sp.add_argument("--warmup", type=int, default=1000)
        sp.add_argument("--max-tokens", type=int, default=6000)
        sp.add_argument("--ckpt-minutes", type=float, default=5.0)
        sp.add_argument("--eval-minutes", type=float, default=15.0)
        if name == "all":
            sp.add_argument("--heldout", type=int, default=2000)
            sp.add_argument("--vocab", type=int, default=8000)
            sp.add_argument(
                "--truecase",
                action="store_true",
                help="truecase the source side (session 6: neutral on the dev sets, not default)",
            )
    sp = sub.add_parser("card", help="write <out>/README.md from <out>/metadata.json")
    sp.add_argument("--notes", help="file with a status paragraph for the card")
    for name in ("export", "all", "check", "card"):
        sp = sub.choices[name] if name in sub.choices else sub.add_parser(name)
        sp.add_argument("--out", type=Path, help="default: models/<src>-en")
        if name == "card":
            continue
        if name != "check":
            sp.add_argument(
                "--average",
                type=int,
                default=4,
                help="average the last N snapshots (1 = latest checkpoint only)",
            )
            sp.add_argument("--quantization", default="int8")
        else:
            sp.add_argument("--n", type=int, default=40)
    args = p.parse_args()
    if args.workdir is None:
        args.workdir = WORK / f"{args.src}-en"
    if getattr(args, "out", "unset") is None:
        args.out = ROOT / "models" / f"{args.src}-en"
    if args.cmd == "all":
        cmd_prepare(args)
        if args.truecase:
            cmd_truecase(args)
        cmd_spm(args)
        cmd_train(args)
        cmd_export(args)
    else:
        {
            "prepare": cmd_prepare,
            "truecase": cmd_truecase,
            "spm": cmd_spm,
            "train": cmd_train,
            "export": cmd_export,
            "check": cmd_check,
            "card": cmd_card,
        }[args.cmd](args)


if __name__ == "__main__":
    main()
