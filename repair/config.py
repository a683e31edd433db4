"""What a repair run is asked to do; one object shared by the CLI, the API and workers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class RepairConfig:
    """Settings of a run. Frozen and picklable so that worker processes get the same one."""

    target_lang: str = "en"
    source_lang: str = "auto"
    #: Detector names to run; ``None`` runs every registered detector.
    detectors: tuple[str, ...] | None = None
    #: Detector names to skip.
    disabled: tuple[str, ...] = ()
    #: Retranslate foreign spans with a local model (else they are only flagged).
    mt: bool = True
    #: Model name from the model registry; ``None`` picks the best for the language pair.
    model: str | None = None
    #: CTranslate2 threads per translator: replicas of one thread that share a batch.
    mt_threads: int = 1
    #: Flag whitespace-only slips that no other damage corroborates (a space before a full
    #: stop in clean text); by default they are left alone, unreported.
    cosmetic_flags: bool = False
    #: Extra options for individual detectors, by detector name.
    options: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Both languages as repair's codes; an unknown one is a ``ValueError`` here, up
        front."""
        from repair.core.languages import language_code

        for name in ("target_lang", "source_lang"):
            value = getattr(self, name)
            code = language_code(value, name.replace("_lang", " language"))
            if code != value:
                object.__setattr__(self, name, code)
        if not isinstance(self.mt_threads, int) or self.mt_threads < 1:
            # Else it fails only when a document first needs the model, deep in CTranslate2.
            raise ValueError(
                f"mt_threads must be a whole number of at least 1, not {self.mt_threads!r}"
            )

    def with_(self, **changes) -> RepairConfig:
        return replace(self, **changes)
