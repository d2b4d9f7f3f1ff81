"""Shared fixtures: blank and trained spaCy pipelines, in-memory DuckDB, Prefect harness."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest
import spacy
from spacy.language import Language

import extractors


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """A blank English pipeline with our paragraph breaks + a sentencizer (no trained model)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("news_paragraph_breaks")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="session")
def nlp_full() -> Language:
    """The real pipeline: trained model + every newsfacts component (tests marked slow)."""
    return extractors.build_nlp()


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB connection (the warehouse functions take it injected)."""
    connection = duckdb.connect(":memory:")
    try:
        yield connection
    finally:
        connection.close()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A throw-away Prefect API for pipeline tests (session-scoped, not autouse)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness():
        yield
