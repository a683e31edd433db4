"""Resumable CPU training loop: token batches, warm-up + inverse-sqrt decay, label smoothing.

Why this shape: the session that trains may be killed at any time, so the full state
(model, optimiser, step, epoch, batch position, RNG) is checkpointed atomically every few
minutes and `--resume` continues exactly where the last checkpoint left off.

A run can end with a cool-down (`--cooldown-steps N`): the learning rate falls linearly to
zero over N steps, which settles the weights of an under-trained model far more than N steps
at the schedule's rate would. The checkpoint before it is kept as `ckpt-before-cooldown.pt`,
the point to go on training from later.

The run may be paused (SIGSTOP/SIGCONT, e.g. around CI runs on a shared machine): a gap of
more than PAUSE_SECONDS between two steps is counted as a pause, not as training time, so the
minute budget and `trained_minutes` stay honest. The process id is in `<workdir>/train.pid`
while it runs.
"""

from __future__ import annotations

import math
import os
import random
import signal
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sentencepiece as spm
import torch

from .model import BOS, EOS, PAD, ModelConfig, Seq2Seq

#: A gap this long between two steps is a pause (SIGSTOP), not training time.
PAUSE_SECONDS = 180.0


@dataclass
class TrainConfig:
    """Optimisation settings (stored in the checkpoint; CLI values override on resume)."""

    lr: float = 1.5e-3
    warmup: int = 1000
    max_tokens: int = 6000
    label_smoothing: float = 0.1
    ckpt_minutes: float = 5.0
    eval_minutes: float = 15.0
    snapshot_minutes: float = 10.0
    keep_snapshots: int = 6
    seed: int = 1234
    max_pieces: int = 150
    bf16: bool = True


def log(workdir: Path, msg: str) -> None:
    """Append a timestamped line to train.log and echo it."""
    line = time.strftime("%Y-%m-%d %H:%M:%S ") + msg
    print(line, flush=True)
    with open(workdir / "train.log", "a", encoding="utf-8") as f:
        f.write(line + "\n")


def encode_corpus(
    sp: spm.SentencePieceProcessor, fr_path: Path, en_path: Path, max_pieces: int
) -> tuple[list[tuple[list[int], list[int]]], list[int]]:
    """Encode aligned files to ids (source gets </s>); drop over-long / badly skewed pairs.

    Also returns the line number of each kept pair, to look up its corpus in train.origin.
    """
    fr = fr_path.read_text(encoding="utf-8").split("\n")[:-1]
    en = en_path.read_text(encoding="utf-8").split("\n")[:-1]
    src_ids = sp.encode(fr)
    tgt_ids = sp.encode(en)
    out, lines = [], []
    for line, (s, t) in enumerate(zip(src_ids, tgt_ids, strict=True)):
        if not s or not t or len(s) > max_pieces or len(t) > max_pieces:
            continue
        if max(len(s), len(t)) > 8 and max(len(s), len(t)) / min(len(s), len(t)) > 3.0:
            continue
        out.append((s + [EOS], t))
        lines.append(line)
    return out, lines


def pair_weights(
    origins: Sequence[str], lines: Sequence[int], upsample: dict[str, int]
) -> list[int]:
    """How many times each kept pair enters an epoch: `upsample[corpus]`, else once."""
    return [upsample.get(origins[line], 1) for line in lines]


def make_batches(
    data: Sequence[tuple[list[int], list[int]]],
    max_tokens: int,
    seed: int,
    weights: Sequence[int] | None = None,
) -> list[list[int]]:
    """Length-bucketed batches of indices, padded size <= max_tokens, in a seeded order.

    With `weights`, pair i appears weights[i] times per epoch (domain upsampling).
    """
    rng = random.Random(seed)
    indices = (
        range(len(data))
        if weights is None
        else [i for i, w in enumerate(weights) for _ in range(w)]
    )
    # Sort by source length first: the 6-layer encoder dominates the cost, so its padding
    # matters most; random tie-breaks give different batches every epoch.
    order = sorted(indices, key=lambda i: (len(data[i][0]), len(data[i][1]) + rng.random() * 3))
    batches: list[list[int]] = []
    cur: list[int] = []
    longest = 0
    for i in order:
        n = max(len(data[i][0]), len(data[i][1]) + 1)
        if cur and max(longest, n) * (len(cur) + 1) > max_tokens:
            batches.append(cur)
            cur, longest = [], 0
        cur.append(i)
        longest = max(longest, n)
    if cur:
        batches.append(cur)
    rng.shuffle(batches)
    return batches


def collate(
    data: Sequence[tuple[list[int], list[int]]], idx: Sequence[int]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Padded (src, tgt_in = <s> y, tgt_out = y </s>)."""
    srcs = [data[i][0] for i in idx]
    tgts = [data[i][1] for i in idx]
    s = torch.full((len(idx), max(map(len, srcs))), PAD, dtype=torch.long)
    ti = torch.full((len(idx), max(map(len, tgts)) + 1), PAD, dtype=torch.long)
    to = torch.full_like(ti, PAD)
    for r, (a, b) in enumerate(zip(srcs, tgts, strict=True)):
        s[r, : len(a)] = torch.tensor(a)
        ti[r, : len(b) + 1] = torch.tensor([BOS] + b)
        to[r, : len(b) + 1] = torch.tensor(b + [EOS])
    return s, ti, to


def lr_at(step: int, tc: TrainConfig, cooldown: dict[str, int] | None = None) -> float:
    """Linear warm-up, then inverse-square-root decay; in a cool-down, linearly down to 0."""
    step = max(step, 1)
    lr = tc.lr * min(step / tc.warmup, math.sqrt(tc.warmup / step))
    if cooldown:
        lr *= max(0.0, 1 - (step - cooldown["start"]) / cooldown["steps"])
    return lr


def atomic_save(obj: object, path: Path) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    torch.save(obj, tmp)
    os.replace(tmp, path)


def dev_loss(
    model: Seq2Seq,
    data: Sequence[tuple[list[int], list[int]]],
    swap: bool = False,
    bf16: bool = True,
) -> float:
    """Mean per-token NLL on a dev set; `swap` pairs each target with another source."""
    model.eval()
    if swap:
        srcs = [d[0] for d in data]
        srcs = srcs[1:] + srcs[:1]
        data = [(s, d[1]) for s, d in zip(srcs, data, strict=True)]
    tot, n = 0.0, 0
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for k in range(0, len(data), 64):
            s, ti, to = collate(data, range(k, min(k + 64, len(data))))
            _, nll, cnt = model.forward_loss(s, ti, to, 0.0)
            tot += float(nll)
            n += cnt
    model.train()
    return tot / max(n, 1)


def greedy_translate(
    model: Seq2Seq,
    sp: spm.SentencePieceProcessor,
    sents: Sequence[str],
    bf16: bool = False,
    batch: int = 50,
) -> list[str]:
    """Greedy torch decoding of raw (already normalised) sentences."""
    model.eval()
    out: list[str] = []
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for k in range(0, len(sents), batch):
            ids = [x[:200] + [EOS] for x in sp.encode(list(sents[k : k + batch]))]
            src = torch.full((len(ids), max(map(len, ids))), PAD, dtype=torch.long)
            for r, x in enumerate(ids):
                src[r, : len(x)] = torch.tensor(x)
            out.extend(sp.decode(h) for h in model.greedy(src))
    model.train()
    return out


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def evaluate(
    model: Seq2Seq,
    sp: spm.SentencePieceProcessor,
    workdir: Path,
    dev: Sequence[tuple[list[int], list[int]]],
    src: str = "fr",
) -> dict[str, float]:
    """Dev loss (true and swapped sources) and greedy chrF on the two small dev subsets."""
    import sacrebleu

    res = {"dev_nll": dev_loss(model, dev), "dev_nll_swapped": dev_loss(model, dev, swap=True)}
    if res["dev_nll"] > 5.0:
        return res  # greedy decoding of an untrained model runs to the length limit: skip
    for name in ("news", "tatoeba"):
        sents = _read(workdir / "data" / f"devsmall-{name}.{src}")[:60]
        ref = _read(workdir / "data" / f"devsmall-{name}.en")[:60]
        hyp = greedy_translate(model, sp, sents, bf16=True)
        res[f"chrf_{name}"] = sacrebleu.corpus_chrf(hyp, [ref]).score
        res[f"bleu_{name}"] = sacrebleu.corpus_bleu(hyp, [ref]).score
    return res


def train(
    workdir: Path,
    mc: ModelConfig,
    tc: TrainConfig,
    minutes: float,
    resume: bool,
    threads: int = 2,
    cooldown_steps: int = 0,
    upsample: dict[str, int] | None = None,
    src: str = "fr",
    init_from: Path | None = None,
) -> None:
    """Train until `minutes` of wall clock have passed (or SIGTERM), checkpointing as it goes.

    `src` names the source side of the prepared files (data/train.<src>).

    With `cooldown_steps`, the run ends with that many steps of a learning rate falling to 0.
    With `upsample` ({corpus: k}), pairs of that corpus (train.origin) come k times per epoch;
    a resumed run whose mix changes starts a new pass over the data.
    With `init_from` (a shipped model folder), a new run starts from that model's layers and
    the embeddings of the pieces both vocabularies share (warmstart.py).
    """
    upsample = {k: v for k, v in (upsample or {}).items() if v != 1}
    torch.set_num_threads(threads)
    sp = spm.SentencePieceProcessor(model_file=str(workdir / "spm.model"))
    ckpt_path = workdir / "ckpt-latest.pt"
    state = None
    if resume and ckpt_path.exists():
        state = torch.load(ckpt_path, weights_only=False)
        mc = ModelConfig(**state["model_config"])
        saved_tc = state["train_config"]
        saved_tc.update(
            {
                k: v
                for k, v in vars(tc).items()
                if k in ("ckpt_minutes", "eval_minutes", "snapshot_minutes", "keep_snapshots")
            }
        )
        tc = TrainConfig(**saved_tc)
    mc.vocab_size = sp.get_piece_size()
    torch.manual_seed(tc.seed)
    model = Seq2Seq(mc)
    opt = torch.optim.Adam(model.parameters(), lr=tc.lr, betas=(0.9, 0.98), eps=1e-9)
    step, epoch, pos, trained_min = 0, 0, 0, 0.0
    cooldown: dict[str, int] | None = state.get("cooldown") if state is not None else None
    if cooldown and state["step"] >= cooldown["start"] + cooldown["steps"]:
        raise SystemExit(
            f"{ckpt_path} has cooled down (learning rate 0): to train on, copy "
            f"{workdir / 'ckpt-before-cooldown.pt'} over it"
        )
    if state is not None:
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["optimizer"])
        step, epoch, pos = state["step"], state["epoch"], state["pos"]
        trained_min = state["trained_minutes"]
        torch.set_rng_state(state["torch_rng"])
        log(workdir, f"resumed step={step} epoch={epoch} pos={pos} trained_min={trained_min:.1f}")
    else:
        n = sum(p.numel() for p in model.parameters())
        log(workdir, f"new model params={n} config={mc.to_dict()} train={vars(tc)}")
        if init_from is not None:
            from .warmstart import warm_start

            shared = warm_start(model, init_from, sp)
            log(workdir, f"warm start from {init_from}: layers, {shared} shared piece embeddings")

    cache = workdir / "data" / "train-ids.pt"
    cached = torch.load(cache, weights_only=False) if cache.exists() else None
    if isinstance(cached, dict):
        data, lines = cached["pairs"], cached["lines"]
    else:  # no cache, or one written before line numbers were kept
        data, lines = encode_corpus(
            sp, workdir / "data" / f"train.{src}", workdir / "data" / "train.en", tc.max_pieces
        )
        atomic_save({"pairs": data, "lines": lines}, cache)
    weights = None
    if upsample:
        origin_path = workdir / "data" / "train.origin"
        if not origin_path.exists():
            raise SystemExit(f"{origin_path} is missing: run `prepare` again to upsample corpora")
        origins = origin_path.read_text(encoding="utf-8").split("\n")[:-1]
        unknown = set(upsample) - set(origins)
        if unknown:
            raise SystemExit(f"no such corpus in train.origin: {', '.join(sorted(unknown))}")
        weights = pair_weights(origins, lines, upsample)
    dev = []
    data_dir = workdir / "data"
    for name in ("devsmall-news", "devsmall-tatoeba"):
        dev += encode_corpus(sp, data_dir / f"{name}.{src}", data_dir / f"{name}.en", 400)[0]
    reps = weights or [1] * len(data)
    n_tok = sum(w * (len(t) + 1) for (_, t), w in zip(data, reps, strict=True))
    log(workdir, f"train pairs={len(data)} upsample={upsample} target tokens/epoch={n_tok}")
    if state is not None and state.get("upsample", {}) != upsample:
        was = state.get("upsample", {})
        log(workdir, f"data mix changed from {was}: new pass at epoch {epoch}")
        pos = 0

    stop = {"flag": False}

    def on_term(signum: int, frame: object) -> None:
        stop["flag"] = True

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    clock = {"t0": time.time(), "paused": 0.0, "prev": time.time()}

    def active() -> float:
        """Seconds of this run spent training (pauses excluded)."""
        return time.time() - clock["t0"] - clock["paused"]

    def minutes_so_far() -> float:
        return trained_min + active() / 60

    def save() -> None:
        atomic_save(
            {
                "model": model.state_dict(),
                "optimizer": opt.state_dict(),
                "step": step,
                "epoch": epoch,
                "pos": pos,
                "trained_minutes": minutes_so_far(),
                "torch_rng": torch.get_rng_state(),
                "model_config": mc.to_dict(),
                "train_config": vars(tc),
                "cooldown": cooldown,
                "upsample": upsample,
            },
            ckpt_path,
        )

    def snapshot() -> None:
        snap_dir = workdir / "snapshots"
        snap_dir.mkdir(exist_ok=True)
        atomic_save(
            {
                "model": model.state_dict(),
                "step": step,
                "model_config": mc.to_dict(),
                "trained_minutes": minutes_so_far(),
            },
            snap_dir / f"step-{step:07d}.pt",
        )
        snaps = sorted(snap_dir.glob("step-*.pt"))
        for old in snaps[: -tc.keep_snapshots]:
            old.unlink()

    if cooldown_steps and cooldown is None:
        if state is not None:
            atomic_save(state, workdir / "ckpt-before-cooldown.pt")
        cooldown = {"start": step, "steps": cooldown_steps}
        log(workdir, f"cool-down: learning rate to 0 over steps {step}..{step + cooldown_steps}")

    pid_path = workdir / "train.pid"
    pid_path.write_text(f"{os.getpid()}\n", encoding="utf-8")
    last_ckpt = last_eval = last_snap = last_log = 0.0
    tok_since, loss_since, nll_since = 0, 0.0, 0.0
    model.train()
    try:
        while not stop["flag"]:
            batches = make_batches(data, tc.max_tokens, tc.seed * 1000 + epoch, weights)
            while pos < len(batches) and not stop["flag"]:
                s_ids, ti, to = collate(data, batches[pos])
                pos += 1
                step += 1
                for g in opt.param_groups:
                    g["lr"] = lr_at(step, tc, cooldown)
                with torch.autocast("cpu", dtype=torch.bfloat16, enabled=tc.bf16):
                    loss, nll, ntok = model.forward_loss(s_ids, ti, to, tc.label_smoothing)
                opt.zero_grad(set_to_none=True)
                (loss / ntok).backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                opt.step()
                model.zero_pad_row()
                tok_since += ntok
                loss_since += float(loss.detach())
                nll_since += float(nll.detach())
                wall = time.time()
                gap = wall - clock["prev"]
                clock["prev"] = wall
                if gap > PAUSE_SECONDS:
                    clock["paused"] += gap
                    log(workdir, f"paused for {gap / 60:.1f} minutes (not counted) at step {step}")
                now = active()
                if now - last_log >= 60:
                    log(
                        workdir,
                        f"step={step} epoch={epoch} pos={pos}/{len(batches)} "
                        f"loss={loss_since / tok_since:.3f} nll={nll_since / tok_since:.3f} "
                        f"lr={lr_at(step, tc, cooldown):.2e} "
                        f"tok/s={tok_since / max(1e-9, now - last_log):.0f} "
                        f"minutes={minutes_so_far():.1f}",
                    )
                    tok_since, loss_since, nll_since, last_log = 0, 0.0, 0.0, now
                if now - last_eval >= tc.eval_minutes * 60:
                    res = evaluate(model, sp, workdir, dev, src)
                    res["nll_gap"] = res["dev_nll_swapped"] - res["dev_nll"]
                    log(
                        workdir,
                        f"EVAL step={step} minutes={minutes_so_far():.1f} "
                        + " ".join(f"{k}={v:.3f}" for k, v in res.items()),
                    )
                    last_eval = active()
                if now - last_snap >= tc.snapshot_minutes * 60:
                    snapshot()
                    last_snap = active()
                if now - last_ckpt >= tc.ckpt_minutes * 60:
                    save()
                    last_ckpt = active()
                if now >= minutes * 60:
                    stop["flag"] = True
                if cooldown and step >= cooldown["start"] + cooldown["steps"]:
                    stop["flag"] = True
                clock["prev"] = time.time()  # evals and saves are not pauses
            if pos >= len(batches):
                epoch += 1
                pos = 0
                log(workdir, f"epoch {epoch} started at step {step}")
        save()
        snapshot()
        log(
            workdir,
            f"stopped step={step} epoch={epoch} pos={pos} trained_minutes={minutes_so_far():.1f}",
        )
    finally:
        pid_path.unlink(missing_ok=True)
