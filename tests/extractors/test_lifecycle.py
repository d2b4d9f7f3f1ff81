"""One component lifecycle: every ``news_*`` component behaves the same before ``initialize``
(a clear error naming the fix), and takes its settings as keyword-only config."""

from __future__ import annotations

import inspect

import pytest
import spacy

import extractors
from extractors.errors import NotInitialisedError

COMPONENTS = ["news_entities", "news_param_counts", "news_size_roles", "news_dates",
              "news_quantities", "news_measures", "news_revisions", "news_hedges"]


@pytest.fixture(scope="module", autouse=True)
def _registered() -> None:
    extractors.register_components()


@pytest.mark.parametrize("factory", COMPONENTS)
def test_call_before_initialize_raises_clear_error(factory: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    component = nlp.add_pipe(factory)
    doc = nlp.make_doc("Zeta 2 has 7 billion parameters.")
    doc = nlp.get_pipe("sentencizer")(doc)
    with pytest.raises(NotInitialisedError, match=rf"{factory} is not initialised.*initialize"):
        component(doc)


@pytest.mark.parametrize("factory", [*COMPONENTS, "news_coarse_pos"])
def test_factory_settings_are_keyword_only(factory: str) -> None:
    meta = spacy.Language.get_factory_meta(factory)
    make = spacy.registry.get("factories", factory)
    settings = [p for name, p in inspect.signature(make).parameters.items()
                if name not in ("nlp", "name")]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in settings)
    assert set(meta.default_config) == {p.name for p in settings}


@pytest.mark.parametrize("factory", COMPONENTS)
def test_a_saved_pipeline_runs_without_a_new_initialize(factory: str, tmp_path) -> None:
    """``nlp.to_disk`` then ``spacy.load``: each component restores its rules from the saved
    pipeline (spaCy's lifecycle), so the loaded pipeline runs as the saved one did."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(factory)
    nlp.initialize()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    doc = loaded.make_doc("Zeta 2 will have 7 billion parameters.")
    for _, proc in loaded.pipeline:
        doc = proc(doc)  # raises NotInitialisedError when the rules were not restored
    assert loaded.pipe_names == ["sentencizer", factory]
