"""repair: detect and repair damage in machine-translated, scraped articles.

>>> from repair import repair_text
>>> repair_text("Spread the love\\nIt&#x27;s raining .\\n").text
"It's raining.\\n"
"""

from __future__ import annotations

# Not ``typing.TYPE_CHECKING``: importing typing here would widen that unguarded window.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from repair.api import Repairer
    from repair.config import RepairConfig

__all__ = ["RepairConfig", "Repairer", "repair_text"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Imported on first use: ``python -m repair`` imports this package before the entry
    # point's interrupt guard (repair/__main__.py) is set, so it must load next to nothing.
    if name == "Repairer":
        from repair.api import Repairer

        return Repairer
    if name == "RepairConfig":
        from repair.config import RepairConfig

        return RepairConfig
    raise AttributeError(f"module 'repair' has no attribute {name!r}")


def repair_text(text: str, config: RepairConfig | None = None):
    """Repair one text with a fresh pipeline (use a Repairer to keep models loaded)."""
    from repair.api import require_text
    from repair.pipeline import Pipeline

    return Pipeline(config).repair(require_text(text))
