"""M2M-100 converted with ``ct2-transformers-converter``: language tokens such as ``__fr__``."""

from __future__ import annotations

import re

from repair.backends.layouts.base import LanguageTokenLayout, register


@register
class M2M100Layout(LanguageTokenLayout):
    name = "m2m100"
    order = 40
    token_pattern = re.compile(r"^__[a-z]{2,3}__$")

    def code_of(self, token: str) -> str | None:
        return token.strip("_")
