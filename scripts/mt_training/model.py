"""A plain-torch pre-norm Transformer whose computation matches CTranslate2's TransformerSpec.

Why plain torch: Hugging Face's post-norm MarianMTModel stalled at this size on a CPU, while a
pre-norm model learned quickly. Every detail (embedding scale sqrt(d), sinusoidal table,
pre-norm sub-layers, final layer norms, tied output projection) mirrors what CTranslate2 computes,
so the export is a plain copy of weights.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from torch import nn

PAD, UNK, BOS, EOS = 0, 1, 2, 3
LN_EPS = 1e-6


@dataclass
class ModelConfig:
    """Hyper-parameters; stored in every checkpoint."""

    vocab_size: int = 8000
    d_model: int = 256
    n_heads: int = 4
    ffn: int = 1024
    enc_layers: int = 6
    dec_layers: int = 2
    dropout: float = 0.1
    max_len: int = 512

    def to_dict(self) -> dict[str, int | float]:
        return asdict(self)


def sinusoids(max_len: int, dim: int) -> torch.Tensor:
    """CTranslate2/OpenNMT layout: [sin(all frequencies), cos(all frequencies)]."""
    half = dim // 2
    scale = math.log(10000.0) / (half - 1)
    inv = torch.exp(torch.arange(half, dtype=torch.float32) * -scale)
    pos = torch.arange(max_len, dtype=torch.float32)[:, None] * inv[None, :]
    return torch.cat([torch.sin(pos), torch.cos(pos)], dim=1)


class MultiHeadAttention(nn.Module):
    """Standard multi-head attention with separate q/k/v projections (fused at export)."""

    def __init__(self, d: int, heads: int, dropout: float) -> None:
        super().__init__()
        self.h = heads
        self.q = nn.Linear(d, d)
        self.k = nn.Linear(d, d)
        self.v = nn.Linear(d, d)
        self.o = nn.Linear(d, d)
        # No dropout on attention weights: on a CPU its (B,H,T,S) Bernoulli masks cost more
        # than the matmuls; residual dropout is enough regularisation here.
        del dropout

    def forward(
        self, x: torch.Tensor, mem: torch.Tensor, mask: torch.Tensor | None, causal: bool = False
    ) -> torch.Tensor:
        b, t, d = x.shape
        s = mem.shape[1]
        dh = d // self.h
        q = self.q(x).view(b, t, self.h, dh).transpose(1, 2)
        k = self.k(mem).view(b, s, self.h, dh).transpose(1, 2)
        v = self.v(mem).view(b, s, self.h, dh).transpose(1, 2)
        out = F.scaled_dot_product_attention(
            q, k, v, attn_mask=mask, is_causal=causal and mask is None
        )
        return self.o(out.transpose(1, 2).reshape(b, t, d))


class FeedForward(nn.Module):
    """Pre-norm ReLU feed-forward block (layer norm lives here, as in CTranslate2)."""

    def __init__(self, d: int, ffn: int, dropout: float) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(d, eps=LN_EPS)
        self.w1 = nn.Linear(d, ffn)
        self.w2 = nn.Linear(ffn, d)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.drop(self.w2(F.relu(self.w1(self.norm(x)))))


class EncoderLayer(nn.Module):
    def __init__(self, c: ModelConfig) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(c.d_model, eps=LN_EPS)
        self.attn = MultiHeadAttention(c.d_model, c.n_heads, c.dropout)
        self.ffn = FeedForward(c.d_model, c.ffn, c.dropout)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = self.norm(x)
        x = x + self.drop(self.attn(h, h, mask))
        return x + self.ffn(x)


class DecoderLayer(nn.Module):
    def __init__(self, c: ModelConfig) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(c.d_model, eps=LN_EPS)
        self.self_attn = MultiHeadAttention(c.d_model, c.n_heads, c.dropout)
        self.norm2 = nn.LayerNorm(c.d_model, eps=LN_EPS)
        self.cross_attn = MultiHeadAttention(c.d_model, c.n_heads, c.dropout)
        self.ffn = FeedForward(c.d_model, c.ffn, c.dropout)
        self.drop = nn.Dropout(c.dropout)

    def forward(
        self,
        y: torch.Tensor,
        mem: torch.Tensor,
        self_mask: torch.Tensor | None,
        mem_mask: torch.Tensor,
    ) -> torch.Tensor:
        h = self.norm1(y)
        y = y + self.drop(self.self_attn(h, h, self_mask, causal=True))
        y = y + self.drop(self.cross_attn(self.norm2(y), mem, mem_mask))
        return y + self.ffn(y)


class Seq2Seq(nn.Module):
    """Encoder-decoder with one embedding matrix shared by source, target and output layer."""

    def __init__(self, c: ModelConfig) -> None:
        super().__init__()
        self.cfg = c
        self.emb = nn.Embedding(c.vocab_size, c.d_model, padding_idx=PAD)
        nn.init.normal_(self.emb.weight, 0.0, c.d_model**-0.5)
        self.register_buffer("pe", sinusoids(c.max_len, c.d_model), persistent=False)
        self.enc = nn.ModuleList(EncoderLayer(c) for _ in range(c.enc_layers))
        self.dec = nn.ModuleList(DecoderLayer(c) for _ in range(c.dec_layers))
        self.enc_norm = nn.LayerNorm(c.d_model, eps=LN_EPS)
        self.dec_norm = nn.LayerNorm(c.d_model, eps=LN_EPS)
        self.out_bias = nn.Parameter(torch.zeros(c.vocab_size))
        self.drop = nn.Dropout(c.dropout)
        self.zero_pad_row()

    @torch.no_grad()
    def zero_pad_row(self) -> None:
        """Keep the <pad> embedding at zero (call after every optimiser step)."""
        self.emb.weight[PAD].zero_()

    def embed(self, ids: torch.Tensor, offset: int = 0) -> torch.Tensor:
        x = self.emb(ids) * math.sqrt(self.cfg.d_model)
        return self.drop(x + self.pe[offset : offset + ids.shape[1]])

    def encode(self, src: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Return encoder states and the boolean key mask (B,1,1,S) for attention."""
        mask = src.ne(PAD)[:, None, None, :]  # True = attend
        x = self.embed(src)
        for layer in self.enc:
            x = layer(x, mask)
        return self.enc_norm(x), mask

    def decode_hidden(
        self, tgt_in: torch.Tensor, mem: torch.Tensor, mem_mask: torch.Tensor
    ) -> torch.Tensor:
        """Final decoder states (teacher forcing, causal self-attention)."""
        y = self.embed(tgt_in)
        for layer in self.dec:
            y = layer(y, mem, None, mem_mask)
        return self.dec_norm(y)

    def project(self, hidden: torch.Tensor) -> torch.Tensor:
        """Tied output layer."""
        return F.linear(hidden, self.emb.weight, self.out_bias)

    def decode(
        self, tgt_in: torch.Tensor, mem: torch.Tensor, mem_mask: torch.Tensor
    ) -> torch.Tensor:
        """Logits for every target position."""
        return self.project(self.decode_hidden(tgt_in, mem, mem_mask))

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        mem, mask = self.encode(src)
        return self.decode(tgt_in, mem, mask)

    def forward_loss(
        self, src: torch.Tensor, tgt_in: torch.Tensor, tgt_out: torch.Tensor, eps: float
    ) -> tuple[torch.Tensor, torch.Tensor, int]:
        """Loss computed on non-pad positions only (skips the 8k-wide projection of pads)."""
        mem, mask = self.encode(src)
        hidden = self.decode_hidden(tgt_in, mem, mask)
        keep = tgt_out.ne(PAD)
        logits = self.project(hidden[keep])
        return label_smoothed_loss(logits, tgt_out[keep], eps)

    @torch.no_grad()
    def greedy(self, src: torch.Tensor, max_len: int = 200) -> list[list[int]]:
        """Greedy decoding (recomputes the decoder each step: fine for small dev subsets)."""
        mem, mask = self.encode(src)
        b = src.shape[0]
        ys = torch.full((b, 1), BOS, dtype=torch.long)
        done = torch.zeros(b, dtype=torch.bool)
        limit = min(max_len, int(src.ne(PAD).sum(1).max() * 1.5) + 5)
        for _ in range(limit):
            logits = self.decode(ys, mem, mask)[:, -1].float()
            logits[:, PAD] = float("-inf")
            nxt = logits.argmax(-1)
            nxt = torch.where(done, torch.full_like(nxt, PAD), nxt)
            ys = torch.cat([ys, nxt[:, None]], dim=1)
            done |= nxt.eq(EOS)
            if bool(done.all()):
                break
        out = []
        for row in ys[:, 1:].tolist():
            toks = []
            for t in row:
                if t in (EOS, PAD):
                    break
                toks.append(t)
            out.append(toks)
        return out


def label_smoothed_loss(
    logits: torch.Tensor, target: torch.Tensor, eps: float
) -> tuple[torch.Tensor, torch.Tensor, int]:
    """Summed label-smoothed loss, summed NLL and token count (pads ignored)."""
    logp = F.log_softmax(logits.float(), dim=-1).view(-1, logits.shape[-1])
    tgt = target.reshape(-1)
    keep = tgt.ne(PAD)
    logp, tgt = logp[keep], tgt[keep]
    nll = -logp.gather(1, tgt[:, None]).squeeze(1)
    smooth = -logp.mean(-1)
    loss = (1 - eps) * nll + eps * smooth
    return loss.sum(), nll.sum(), int(keep.sum())
