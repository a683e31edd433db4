"""Training code for the small X→English models (needs the `train` extra: torch).

Kept under scripts/ so that the runtime package `repair` never imports torch.
"""

#: The source truecaser learned by `train_model.py truecase`, shipped beside the model.
TRUECASE_FILE = "truecase.fr"


def truecase_file(src: str) -> str:
    """Name of the truecaser file of a source language (`truecase.fr` for French)."""
    return f"truecase.{src}"
