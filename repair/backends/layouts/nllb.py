"""NLLB-200 converted with ``ct2-transformers-converter``: FLORES tokens such as ``fra_Latn``."""

from __future__ import annotations

import re

from repair.backends.layouts.base import LanguageTokenLayout, code_from, register


@register
class NllbLayout(LanguageTokenLayout):
    name = "nllb"
    order = 30
    token_pattern = re.compile(r"^[a-z]{3}_[A-Z][a-z]{3}$")

    def code_of(self, token: str) -> str | None:
        return code_from(token, "flores")
