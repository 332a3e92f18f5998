"""What every claimgraph component shares: its data loaded at `initialize`, and saved and loaded with the pipeline."""
from __future__ import annotations

import hashlib
import logging
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable

import srsly
from spacy.language import Language

log = logging.getLogger(__name__)

DATA_PACKAGE = "claimgraph.data"
MODEL_PACKAGE = "claimgraph.models"
# the gazetteer's tables (claimgraph.gazetteer), read by every component that knows named things
GAZETTEER = ("outlets.csv", "states.csv", "organizations.csv", "equipment.csv", "natural_features.csv")


def factory(name: str, *, alias: str | None = None, default_config: dict[str, Any] | None = None,
            assigns: Iterable[str] = (), requires: Iterable[str] = ()) -> Callable:
    """Register a factory under its versioned name and, for pipelines saved before the names were versioned, under
    its old one; both say what the component assigns and requires, so that `nlp.analyze_pipes()` can check them."""
    meta = {"default_config": default_config or {}, "assigns": list(assigns), "requires": list(requires)}

    def register(func: Callable) -> Callable:
        Language.factory(name, func=func, **meta)
        if alias is not None:
            Language.factory(alias, func=func, **meta)
        return func
    return register


class Component:
    """Base of the claimgraph components.

    A component reads its lexicons (files under claimgraph/data) and trained models (claimgraph/models) at
    `initialize`; a component whose pipeline was never initialised reads them when first used. `to_disk` saves
    those files with the pipeline. `from_disk` reads the models from the saved copies; the lexicons are read
    through the installed package, and a saved lexicon that differs from the installed one is reported.
    """

    DATA: tuple[str, ...] = ()    # lexicon files the component reads
    MODELS: tuple[str, ...] = ()  # trained model files the component reads
    ready = False
    _saved_models: dict[str, Path] = {}  # model file -> its copy in the pipeline loaded from disk
    _loading = False

    def model_file(self, name: str) -> Any:
        """Where a model file is read from: a saved pipeline's copy once loaded from disk, else the package's."""
        return self._saved_models.get(name) or resources.files(MODEL_PACKAGE).joinpath(name)

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None) -> None:
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.ready = True

    def __getattr__(self, name: str) -> Any:
        # What the data makes is missing until the data is read: a component whose pipeline was never initialised
        # reads it when first used (nlp.initialize() would also reset the trained tagger and parser).
        if name.startswith("__") or self._loading or self.ready:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.initialize()
        return object.__getattribute__(self, name)

    def load(self) -> None:
        """Read the component's data; each component says what."""

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        fingerprints = {}
        for folder, names, source in (("data", self.DATA, lambda n: resources.files(DATA_PACKAGE).joinpath(n)),
                                      ("models", self.MODELS, self.model_file)):
            for name in names:
                content = source(name).read_bytes()
                (path / folder).mkdir(exist_ok=True)
                (path / folder / name).write_bytes(content)
                fingerprints[f"{folder}/{name}"] = hashlib.sha256(content).hexdigest()
        srsly.write_json(path / "files.json", fingerprints)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "Component":
        path = Path(path)
        self._saved_models = {name: path / "models" / name for name in self.MODELS
                              if (path / "models" / name).is_file()}
        for name in self.DATA:
            saved = path / "data" / name
            if saved.is_file() and saved.read_bytes() != resources.files(DATA_PACKAGE).joinpath(name).read_bytes():
                log.warning("%s was saved with a %s that differs from the installed one; the installed one is used",
                            type(self).__name__, name)
        self.initialize()
        return self
