"""Sizes in fact sheets: label lines and "|" table columns (invented sheets).

A row lists every figure the component keeps as ``(surface, subject, scope)`` and what
``fact_sheet.sheet_size`` reads for it (``binding`` rule, None off a sheet). The component
binds by the sentence rules first and by the layout what they leave unbound, as the dates
family does; the layout also says the figure counts parameters and gives its scope.
"""

from __future__ import annotations

import pytest

import extractors  # noqa: F401  (registers extensions and factories)
from extractors.params.counts import find_param_counts
from extractors.params.fact_sheet import sheet_size
from extractors.params.figures import figure_spans
from extractors.params.lexicon import ParamLexicon


def kept(model_doc, lex: ParamLexicon, text: str, models: list[str]) -> list[tuple]:
    doc = model_doc(text, models)
    values = [span for span, _ in figure_spans(doc)]
    found = []
    for s in find_param_counts(doc, lex):
        sheet = sheet_size(s, list(doc.spans["entities"]), values, lex, doc.text)
        found.append((s.text, s._.subject._.canonical, s._.param_scope,
                      sheet.binding.rule if sheet else None))
    return found


SHEETS = [
    pytest.param("| Model | Parameters | Release date |\n|---|---|---|\n"
                 "| Zeta 5 | 72B | March 2025 |\n| Orca-2 | 27B | April 2025 |",
                 ["Zeta 5", "Orca-2"],
                 [("72B", "Zeta 5", "unspecified", "table_row"),
                  ("27B", "Orca-2", "unspecified", "table_row")], id="markdown_table"),
    pytest.param("Model | Params | Released\nZeta 5 | 72 billion | March 2025\n"
                 "Orca-2 | 27 billion | April 2025", ["Zeta 5", "Orca-2"],
                 [("72 billion", "Zeta 5", "unspecified", "table_row"),
                  ("27 billion", "Orca-2", "unspecified", "table_row")],
                 id="bare_figures_under_a_params_header"),
    pytest.param("| Model | Total / active |\n|---|---|\n| Zeta 5 | 106B / 12B |", ["Zeta 5"],
                 [("106B", "Zeta 5", "total", "table_row"),
                  ("12B", "Zeta 5", "active", "table_row")], id="total_active_column"),
    pytest.param("| Model | Total / active |\n|---|---|\n| Zeta 5 | 106B / 12B\n"
                 "Analysts expect a 70B successor.", ["Zeta 5"],
                 [("106B", "Zeta 5", "total", "table_row"),
                  ("12B", "Zeta 5", "active", "table_row")], id="last_row_without_a_pipe"),
    pytest.param("| Model | Active params |\n|---|---|\n| Zeta 5 | 12B |", ["Zeta 5"],
                 [("12B", "Zeta 5", "active", "table_row")], id="active_column"),
    pytest.param("| Developer | Model | Size |\n|---|---|---|\n| Acme | Zeta 5 | 70B |",
                 ["Zeta 5"], [("70B", "Zeta 5", "unspecified", "table_row")],
                 id="size_header_model_not_first"),
    pytest.param("Zeta 5 at a glance\nParameters: 400 billion\nReleased: April 5, 2025",
                 ["Zeta 5"], [("400 billion", "Zeta 5", "unspecified", "label_line")],
                 id="label_line_under_a_heading"),
    pytest.param("Zeta 5\n- Total parameters: 400B\n- Active parameters: 17B", ["Zeta 5"],
                 [("400B", "Zeta 5", "total", "label_line"),
                  ("17B", "Zeta 5", "active", "label_line")], id="scoped_label_lines"),
    # not sizes: another column, another label, a table with no model in the row
    pytest.param("| Model | Context | Price |\n|---|---|---|\n| Zeta 5 | 128K | $2 |",
                 ["Zeta 5"], [], id="other_columns"),
    pytest.param("Zeta 5\n- Training tokens: 15 trillion", ["Zeta 5"], [], id="other_label"),
    pytest.param("| Lab | Parameters |\n|---|---|\n| Acme | 70B |", ["Zeta 5"], [],
                 id="row_without_a_model"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SHEETS)
def test_fact_sheet_sizes(model_doc, lex, text: str, models: list[str],
                          expected: list[tuple]) -> None:
    assert kept(model_doc, lex, text, models) == expected
