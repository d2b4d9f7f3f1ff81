"""Shared fixtures: blank and trained spaCy pipelines, in-memory DuckDB, extracted article
folders, Prefect harness."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

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


@pytest.fixture(scope="module")
def extracted_db(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[Path], duckdb.DuckDBPyConnection]]:
    """``extracted_db(folder)``: the articles of ``folder`` run through the in-process flow into
    a fresh DuckDB file, opened read-only; the connections close when the module ends."""
    from pipeline.flows import extract_in_process

    opened: list[duckdb.DuckDBPyConnection] = []

    def extract(folder: Path) -> duckdb.DuckDBPyConnection:
        path = tmp_path_factory.mktemp(folder.name) / "facts.duckdb"
        extract_in_process(seeds_dir=folder, db_path=path)
        opened.append(duckdb.connect(str(path), read_only=True))
        return opened[-1]

    try:
        yield extract
    finally:
        for connection in opened:
            connection.close()


# How long the throw-away Prefect server may take to answer its first health check. Prefect's
# default (30 s) was seen to run out on a busy 2-core machine; this bound only stops a server
# that never starts, it never times a healthy one.
PREFECT_SERVER_START_TIMEOUT_S = 600


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A throw-away Prefect API for pipeline tests (session-scoped, not autouse)."""
    from prefect.settings import (
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        temporary_settings,
    )
    from prefect.testing.utilities import prefect_test_harness

    # The setting also covers any ephemeral server Prefect starts on its own during the session.
    generous = {PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: PREFECT_SERVER_START_TIMEOUT_S}
    with (temporary_settings(generous),
          prefect_test_harness(server_startup_timeout=PREFECT_SERVER_START_TIMEOUT_S)):
        yield
