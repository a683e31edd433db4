"""Translation backends, the model layouts they load, and the model registry.

Nothing here imports a translation library: ``repair.backends.ctranslate2`` is imported
only when a model is about to translate (see README.md in this folder).
"""
