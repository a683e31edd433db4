"""repair: detect and repair damage in machine-translated, scraped articles.

>>> from repair import repair_text
>>> repair_text("Spread the love\\nIt rained .\\n").text
'It rained.\\n'
"""

from __future__ import annotations

from repair.api import Repairer
from repair.config import RepairConfig

__all__ = ["RepairConfig", "Repairer", "repair_text"]
__version__ = "0.1.0"


def repair_text(text: str, config: RepairConfig | None = None):
    """Repair one text with a fresh pipeline (use a Repairer to keep models loaded)."""
    from repair.pipeline import Pipeline

    return Pipeline(config).repair(text)
