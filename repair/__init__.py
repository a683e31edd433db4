"""repair: detect and repair damage in machine-translated, scraped articles.

>>> from repair import repair_text
>>> repair_text("Spread the love\\nIt&#x27;s raining .\\n").text
"It's raining.\\n"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from repair.config import RepairConfig

if TYPE_CHECKING:
    from repair.api import Repairer

__all__ = ["RepairConfig", "Repairer", "repair_text"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Repairer is imported on first use: the CLI's start-up path does not need it.
    if name == "Repairer":
        from repair.api import Repairer

        return Repairer
    raise AttributeError(f"module 'repair' has no attribute {name!r}")


def repair_text(text: str, config: RepairConfig | None = None):
    """Repair one text with a fresh pipeline (use a Repairer to keep models loaded)."""
    from repair.api import require_text
    from repair.pipeline import Pipeline

    return Pipeline(config).repair(require_text(text))
