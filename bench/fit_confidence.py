"""Fit claim confidence (P(correct reading) per predicate and binding rule) on the dev gold.

    python bench/fit_confidence.py [--articles DIR] [--gold FILE] [--db /tmp/fit.duckdb]
                                   [--reuse-db] [--dry-run]

1. Runs the pipeline (``python -m pipeline extract``) on the dev articles into a fresh DB.
2. Labels every parameter_count and release_date claim correct/incorrect the way
   ``eval/score.py`` matches claims to gold (its functions are imported by path, not copied).
3. Estimates P(correct) per (predicate, binding) as a Beta posterior mean, shrunk toward the
   predicate's overall rate (itself under a Jeffreys prior), so a rule seen twice is neither
   0 nor 1. The prior strength is chosen by leave-one-article-out Brier.
4. Writes ``extractors/patterns/confidence.json`` and prints in-sample and held-out Brier.

The model is described in docs/confidence.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
OUT = ROOT / "extractors" / "patterns" / "confidence.json"
VERSION = "news.confidence.v2"
# Prior on a predicate's overall rate, Beta(8, 2): "a rule reads unseen news right about 80%
# of the time", worth 10 articles. Stated, not fitted: the dev articles are the set the
# extractors were developed against, so their accuracy there is optimistic.
PRIOR_CORRECT, PRIOR_WRONG = 8.0, 2.0
# Candidate prior strengths (pseudo-claims) for a binding's rate; picked by held-out Brier.
PRIOR_STRENGTHS = (2.0, 5.0, 10.0, 20.0, 50.0)
FITTED_PREDICATES = ("parameter_count", "release_date")
# Alignment other than exact: no dev claim has one, so this stays a stated prior.
EXPANDED_ALIGNMENT_FACTOR = 0.9


def load_scorer(path: Path):
    """Import eval/score.py by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("newsfacts_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(articles: Path, db: Path) -> None:
    """A fresh extraction (re-runs skip unchanged files, so the DB is removed first)."""
    db.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", "--seeds", str(articles), "--db", str(db)],
        cwd=ROOT,
        check=True,
    )


def _param_labels(score, gold_facts: list[dict], claims: list[dict]) -> dict[str, bool]:
    """score.py's parameter matching: repeats collapse, greedy first match, repeats inherit."""
    gp = [f for f in gold_facts if f["predicate"] == "parameter_count"]
    seen, pp = set(), []
    for c in claims:
        key = (
            score.norm_name(c["subject"]),
            c["value"],
            c["value_low"],
            c["value_high"],
            c["scope"],
        )
        if key not in seen:
            seen.add(key)
            pp.append(c)
    used: set[int] = set()
    for f in gp:
        for i, c in enumerate(pp):
            if (
                i not in used
                and score.subject_match(f, c["subject"])
                and score.param_value_match(f, c)
            ):
                used.add(i)
                break
    good = {
        (score.norm_name(pp[i]["subject"]), pp[i]["value"], pp[i]["value_low"], pp[i]["value_high"])
        for i in used
    }
    return {
        c["claim_id"]: (score.norm_name(c["subject"]), c["value"], c["value_low"], c["value_high"])
        in good
        for c in claims
    }


def _release_ok(score, f: dict, c: dict) -> bool:
    iv = score.interval(f, c["date_start"])
    if iv is None:
        got, want = (c["value_text"] or "").lower(), (f.get("text") or "").lower()
        return got in want or want in got
    return (
        c["date_start"] is not None
        and c["date_end"] is not None
        and not (c["date_end"] < iv[0] or c["date_start"] > iv[1])
    )


def _release_labels(score, gold_facts: list[dict], claims: list[dict]) -> dict[str, bool]:
    """score.py's release matching: each gold fact takes the first unused matching claim."""
    used: set[int] = set()
    for f in (f for f in gold_facts if f["predicate"] == "release_date"):
        for i, c in enumerate(claims):
            if i not in used and score.subject_match(f, c["subject"]) and _release_ok(score, f, c):
                used.add(i)
                break
    return {c["claim_id"]: i in used for i, c in enumerate(claims)}


def label_claims(score, db: Path, gold_path: Path) -> list[dict]:
    """Every scored claim with its predicate, binding, article and correctness."""
    gold = [
        json.loads(line)
        for line in gold_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    articles, claims, _, _ = score.load(str(db))
    con = duckdb.connect(str(db), read_only=True)
    binding = dict(con.execute("SELECT claim_id, binding FROM claim_rows").fetchall())
    con.close()
    by_file = {Path(a["path"]).name: a for a in articles}
    claims_of = defaultdict(list)
    for c in claims:
        claims_of[c["article_id"]].append(c)
    rows = []
    for g in gold:
        art = by_file.get(g["file"])
        if art is None or (art["status"] == "duplicate" and not claims_of.get(art["article_id"])):
            continue
        cl = claims_of.get(art["article_id"], [])
        labels = _param_labels(
            score, g.get("facts", []), [c for c in cl if c["predicate"] == "parameter_count"]
        )
        labels |= _release_labels(
            score, g.get("facts", []), [c for c in cl if c["predicate"] == "release_date"]
        )
        rows.extend(
            {
                "article": g["file"],
                "predicate": c["predicate"],
                "binding": binding.get(c["claim_id"]) or "unknown",
                "correct": labels[c["claim_id"]],
            }
            for c in cl
            if c["claim_id"] in labels
        )
    return rows


def effective_counts(rows: list[dict]) -> tuple[float, float]:
    """(correct, total) counted in articles, not claims.

    Claims of one article are not independent: a rule that misreads an article tends to
    misread every repeat of the same statement, and a rule that reads it right reads all the
    repeats right. So a rule's evidence is the number of articles it fired in (the design
    effect of clustered samples), and its accuracy is spread over those articles.
    """
    if not rows:
        return 0.0, 0.0
    n_eff = len({r["article"] for r in rows})
    return n_eff * sum(r["correct"] for r in rows) / len(rows), float(n_eff)


def fit(rows: list[dict], strength: float) -> dict[str, dict[str, float]]:
    """P(correct) per predicate and binding: Beta posterior means with a shrinkage prior.

    Notes:
        Hierarchical Beta-binomial with a fixed prior strength (empirical Bayes), on
        article-level effective counts: p_pred = (k + 8) / (n + 10);
        p_b = (k_b + m p_pred) / (n_b + m).
    """
    table: dict[str, dict[str, float]] = {}
    for predicate in FITTED_PREDICATES:
        mine = [r for r in rows if r["predicate"] == predicate]
        k, n = effective_counts(mine)
        overall = (k + PRIOR_CORRECT) / (n + PRIOR_CORRECT + PRIOR_WRONG)
        by_binding: dict[str, list[dict]] = defaultdict(list)
        for r in mine:
            by_binding[r["binding"]].append(r)
        table[predicate] = {"*": round(overall, 4)}
        for binding, group in sorted(by_binding.items()):
            kb, nb = effective_counts(group)
            table[predicate][binding] = round((kb + strength * overall) / (nb + strength), 4)
    return table


def predict(table: dict[str, dict[str, float]], row: dict) -> float:
    by_binding = table.get(row["predicate"], {})
    return by_binding.get(row["binding"], by_binding.get("*", 0.5))


def brier(table: dict, rows: list[dict], predicate: str = "parameter_count") -> float:
    scored = [r for r in rows if r["predicate"] == predicate]
    return sum((predict(table, r) - r["correct"]) ** 2 for r in scored) / max(len(scored), 1)


def held_out_brier(rows: list[dict], strength: float, predicate: str | None = None) -> float:
    """Leave-one-article-out: each article scored with a table fitted on the others."""
    total, n = 0.0, 0
    for article in sorted({r["article"] for r in rows}):
        table = fit([r for r in rows if r["article"] != article], strength)
        for r in rows:
            if r["article"] == article and predicate in (None, r["predicate"]):
                total += (predict(table, r) - r["correct"]) ** 2
                n += 1
    return total / max(n, 1)


def write_table(table: dict[str, dict[str, float]], rows: list[dict], out: Path) -> None:
    k, n = effective_counts(rows)
    payload = {
        "version": VERSION,
        "default": round((k + PRIOR_CORRECT) / (n + PRIOR_CORRECT + PRIOR_WRONG), 4),
        "expanded_alignment_factor": EXPANDED_ALIGNMENT_FACTOR,
        "by_predicate_binding": {p: dict(by_binding) for p, by_binding in table.items()}
        | {"quantity": {}},
    }
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=Path, default=SHARED / "dev" / "articles")
    ap.add_argument("--gold", type=Path, default=SHARED / "dev" / "gold.jsonl")
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    ap.add_argument("--db", type=Path, default=Path("/tmp/fit.duckdb"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--reuse-db", action="store_true", help="label the claims already in --db")
    ap.add_argument("--dry-run", action="store_true", help="print the table, do not write it")
    a = ap.parse_args(argv)

    if not a.reuse_db:
        run_pipeline(a.articles, a.db)
    rows = label_claims(load_scorer(a.scorer), a.db, a.gold)
    counts = defaultdict(lambda: [0, 0])
    for r in rows:
        counts[(r["predicate"], r["binding"])][0] += r["correct"]
        counts[(r["predicate"], r["binding"])][1] += 1
    held = {m: held_out_brier(rows, m) for m in PRIOR_STRENGTHS}
    # ties (within 1e-4): the stronger, safer prior
    strength = min(held, key=lambda m: (round(held[m], 4), -m))
    table = fit(rows, strength)
    print(f"{'predicate':16} {'binding':22} {'correct':>7} {'n':>4} {'p':>6}")
    for (p, b), (k, n) in sorted(counts.items()):
        print(f"{p:16} {b:22} {k:7d} {n:4d} {table[p][b]:6.3f}")
    print(
        "held-out (leave-one-article-out) Brier, all claims, by prior strength: "
        + ", ".join(f"m={m:g}: {v:.4f}" for m, v in held.items())
    )
    print(
        f"prior strength m={strength:g}; param Brier in-sample {brier(table, rows):.4f}, "
        f"held-out {held_out_brier(rows, strength, 'parameter_count'):.4f}; release Brier "
        f"in-sample {brier(table, rows, 'release_date'):.4f}, "
        f"held-out {held_out_brier(rows, strength, 'release_date'):.4f}"
    )
    if not a.dry_run:
        write_table(table, rows, a.out)
        print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
