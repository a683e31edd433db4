"""Training code for the default French→English model (needs the `train` extra: torch).

Kept under scripts/ so that the runtime package `repair` never imports torch.
"""

#: The source truecaser learned by `train_model.py truecase`, shipped beside the model.
TRUECASE_FILE = "truecase.fr"
