"""The evidence report: one self-contained HTML page of facts, contests and their sentences.

``render`` builds the page, ``charts`` the inline SVG, ``text`` the value labels and highlights.
"""

from pipeline.report.render import report_path_for, run_cli, write_report

__all__ = ["report_path_for", "run_cli", "write_report"]
