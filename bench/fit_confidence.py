"""Fit claim confidence (P(correct reading)) on every labelled dev set, cross-validated by article.

    make fit-confidence
    python bench/fit_confidence.py [--set dev --set dev2] [--db-dir /tmp] [--reuse-db] [--dry-run]

1. Runs the pipeline (``python -m pipeline extract``) on each set's articles, one fresh DB per
   set (``<db-dir>/fit-confidence-<set>.duckdb``), as ``eval/score.py`` is run per set.
2. Labels every parameter_count and release_date claim correct/incorrect the way
   ``eval/score.py`` matches claims to gold (its functions are imported by path, not copied).
3. Model, per predicate (docs/confidence.md): the predicate's overall rate under a Beta(8, 2)
   prior; each binding rule's rate shrunk toward it with strength ``m``; then a log-odds shift
   per binary claim feature (hedged, subject in another sentence) estimated on what the rule
   rates leave unexplained. ``m`` and the features kept are chosen by leave-one-article-out
   Brier over all sets pooled: every article is scored by a model fitted without it.
4. With ``--untuned SET`` (invented articles no rule was written against): one log-odds shift
   per predicate fitted on them, kept when it lowers their held-out Brier (recalibration.py).
5. Writes ``extractors/patterns/confidence.json`` and prints the cross-validated Brier per set.

The check split (``eval/dev3``) is never a default: it must stay unseen by every fitted number.
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
from recalibration import fit_unseen_shifts, logit, shifted

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
OUT = ROOT / "extractors" / "patterns" / "confidence.json"
VERSION = "news.confidence.v3"
DEFAULT_SETS = ("dev", "dev2")
# Prior on a predicate's overall rate, Beta(8, 2): "a rule reads unseen news right about 80%
# of the time", worth 10 articles. Stated, not fitted.
PRIOR_CORRECT, PRIOR_WRONG = 8.0, 2.0
# Candidate prior strengths (pseudo-articles) for a binding's rate; picked by held-out Brier.
PRIOR_STRENGTHS = (2.0, 5.0, 10.0, 20.0, 50.0)
# Pseudo-articles behind a feature's log-odds shift (half correct, half not): keeps a feature
# seen in a handful of articles from swinging the odds.
FEATURE_PRIOR = 4.0
# Binary claim features the fit may use; records.claim_features computes the same at extraction.
FEATURES = ("hedged", "cross_sentence")
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


def _claim_rows(db: Path) -> dict[str, dict]:
    """The columns the features are computed from, by claim id."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT claim_id, binding, hedged, sentence_start, sentence_end, subject_start"
            " FROM claim_rows"
        ).fetchall()
    finally:
        con.close()
    return {
        r[0]: {
            "binding": r[1] or "unknown",
            "hedged": bool(r[2]),
            # the same test as records.claim_features: subject outside the value's sentence
            "cross_sentence": r[5] is not None
            and r[3] is not None
            and not (r[3] <= r[5] < r[4]),
        }
        for r in rows
    }


def label_claims(score, db: Path, gold_path: Path, set_name: str) -> list[dict]:
    """Every scored claim with its set, article, predicate, binding, features and correctness."""
    gold = [
        json.loads(line)
        for line in gold_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    articles, claims, _, _ = score.load(str(db))
    extra = _claim_rows(db)
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
                "set": set_name,
                "article": f"{set_name}/{g['file']}",
                "predicate": c["predicate"],
                **extra.get(c["claim_id"], {"binding": "unknown"}),
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


def fit(rows: list[dict], strength: float, features: tuple[str, ...] = ()) -> dict:
    """Rule rates (Beta posterior means with a shrinkage prior) plus feature log-odds shifts.

    Notes:
        Hierarchical Beta-binomial with a fixed prior strength (empirical Bayes), on
        article-level effective counts: p_pred = (k + 8) / (n + 10);
        p_b = (k_b + m p_pred) / (n_b + m). A feature's shift is the log odds of the observed
        rate among claims with the feature (plus FEATURE_PRIOR pseudo-articles at the rule
        rates' mean) minus the log odds of what the rule rates predict for them.
    """
    rates: dict[str, dict[str, float]] = {}
    shifts: dict[str, dict[str, float]] = {}
    for predicate in FITTED_PREDICATES:
        mine = [r for r in rows if r["predicate"] == predicate]
        k, n = effective_counts(mine)
        overall = (k + PRIOR_CORRECT) / (n + PRIOR_CORRECT + PRIOR_WRONG)
        by_binding: dict[str, list[dict]] = defaultdict(list)
        for r in mine:
            by_binding[r["binding"]].append(r)
        rates[predicate] = {"*": round(overall, 4)}
        for binding, group in sorted(by_binding.items()):
            kb, nb = effective_counts(group)
            rates[predicate][binding] = round((kb + strength * overall) / (nb + strength), 4)
        shifts[predicate] = {}
        for feature in features:
            having = [r for r in mine if r.get(feature)]
            if not having:
                continue
            expected = sum(rates[predicate].get(r["binding"], overall) for r in having) / len(
                having
            )
            kf, nf = effective_counts(having)
            observed = (kf + FEATURE_PRIOR * expected) / (nf + FEATURE_PRIOR)
            shifts[predicate][feature] = round(logit(observed) - logit(expected), 4)
    return {"rates": rates, "shifts": shifts}


def predict(model: dict, row: dict) -> float:
    by_binding = model["rates"].get(row["predicate"], {})
    p = by_binding.get(row["binding"], by_binding.get("*", 0.5))
    shift = sum(
        v for f, v in model["shifts"].get(row["predicate"], {}).items() if row.get(f)
    )
    return shifted(p, shift)


def brier(model: dict, rows: list[dict], predicate: str = "parameter_count") -> float:
    scored = [r for r in rows if r["predicate"] == predicate]
    return sum((predict(model, r) - r["correct"]) ** 2 for r in scored) / max(len(scored), 1)


def held_out_predictions(
    rows: list[dict], strength: float, features: tuple[str, ...]
) -> list[tuple[dict, float]]:
    """Leave-one-article-out: each article's claims predicted by a model fitted on the others."""
    out = []
    for article in sorted({r["article"] for r in rows}):
        model = fit([r for r in rows if r["article"] != article], strength, features)
        out.extend((r, predict(model, r)) for r in rows if r["article"] == article)
    return out


def held_out_brier(
    predictions: list[tuple[dict, float]], predicate: str | None = None, set_name: str | None = None
) -> tuple[float, int]:
    """Mean squared error of the held-out predictions (per claim, as score.py counts)."""
    scored = [
        (r, p)
        for r, p in predictions
        if predicate in (None, r["predicate"]) and set_name in (None, r["set"])
    ]
    return sum((p - r["correct"]) ** 2 for r, p in scored) / max(len(scored), 1), len(scored)


def choose(rows: list[dict]) -> tuple[float, tuple[str, ...], dict]:
    """Prior strength and features with the lowest held-out Brier (ties: stronger prior, fewer
    features). Features are added greedily, one at a time, while they help."""
    results: dict[tuple[float, tuple[str, ...]], float] = {}

    def cv(strength: float, features: tuple[str, ...]) -> float:
        key = (strength, features)
        if key not in results:
            results[key] = held_out_brier(held_out_predictions(rows, strength, features))[0]
        return results[key]

    strength = min(PRIOR_STRENGTHS, key=lambda m: (round(cv(m, ()), 4), -m))
    chosen: tuple[str, ...] = ()
    while True:
        options = [f for f in FEATURES if f not in chosen]
        if not options:
            break
        best = min(options, key=lambda f: cv(strength, (*chosen, f)))
        if round(cv(strength, (*chosen, best)), 4) >= round(cv(strength, chosen), 4):
            break
        chosen = (*chosen, best)
    return strength, chosen, results


def write_table(model: dict, rows: list[dict], out: Path,
                unseen: dict[str, float] | None = None) -> None:
    k, n = effective_counts(rows)
    payload = {
        "version": VERSION,
        "default": round((k + PRIOR_CORRECT) / (n + PRIOR_CORRECT + PRIOR_WRONG), 4),
        "expanded_alignment_factor": EXPANDED_ALIGNMENT_FACTOR,
        "by_predicate_binding": {p: dict(b) for p, b in model["rates"].items()} | {"quantity": {}},
        "feature_log_odds": {p: dict(s) for p, s in model["shifts"].items() if s},
        "unseen_log_odds": dict(unseen or {}),
    }
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--set", dest="sets", action="append", help="a folder of ../shared/eval (repeatable)"
    )
    ap.add_argument("--eval-dir", type=Path, default=SHARED)
    ap.add_argument("--untuned", action="append", default=[],
                    help="a folder of --untuned-dir no rule was written against (repeatable)")
    ap.add_argument("--untuned-dir", type=Path, default=ROOT / "eval" / "synthetic")
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    ap.add_argument("--db-dir", type=Path, default=Path("/tmp"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--reuse-db", action="store_true", help="label the claims already in the DBs")
    ap.add_argument("--dry-run", action="store_true", help="print the table, do not write it")
    a = ap.parse_args(argv)
    sets = tuple(a.sets or DEFAULT_SETS)
    if "dev3" in sets:
        ap.error("dev3 is the check split: it must not feed the fit")

    score = load_scorer(a.scorer)
    rows: list[dict] = []
    for name in sets:
        db = a.db_dir / f"fit-confidence-{name}.duckdb"
        if not a.reuse_db:
            run_pipeline(a.eval_dir / name / "articles", db)
        rows += label_claims(score, db, a.eval_dir / name / "gold.jsonl", name)

    untuned: list[dict] = []
    for name in a.untuned:
        db = a.db_dir / f"fit-confidence-untuned-{name}.duckdb"
        if not a.reuse_db:
            run_pipeline(a.untuned_dir / name / "articles", db)
        untuned += label_claims(score, db, a.untuned_dir / name / "gold.jsonl", name)

    strength, features, tried = choose(rows)
    model = fit(rows, strength, features)
    counts = defaultdict(lambda: [0, 0])
    for r in rows:
        counts[(r["predicate"], r["binding"])][0] += r["correct"]
        counts[(r["predicate"], r["binding"])][1] += 1
    print(f"{'predicate':16} {'binding':22} {'correct':>7} {'n':>4} {'p':>6}")
    for (p, b), (k, n) in sorted(counts.items()):
        print(f"{p:16} {b:22} {k:7d} {n:4d} {model['rates'][p][b]:6.3f}")
    print(f"feature log-odds shifts: {json.dumps(model['shifts'])}")
    print(
        "held-out Brier (all claims) by configuration: "
        + ", ".join(f"m={m:g}{'+' + '+'.join(f) if f else ''}: {v:.4f}" for (m, f), v in
                    sorted(tried.items()))
    )
    predictions = held_out_predictions(rows, strength, features)
    print(f"chosen: m={strength:g}, features={list(features)}")
    for predicate in FITTED_PREDICATES:
        parts = []
        for name in (None, *sets):
            value, n = held_out_brier(predictions, predicate, name)
            parts.append(f"{name or 'all'} {value:.4f} (n={n})")
        print(
            f"leave-one-article-out Brier, {predicate}: " + ", ".join(parts)
            + f"; in-sample all {brier(model, rows, predicate):.4f}"
        )
    unseen = fit_unseen_shifts(
        untuned, rows, lambda r: predict(model, r), FITTED_PREDICATES) if untuned else {}
    if not a.dry_run:
        write_table(model, rows, a.out, unseen)
        print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
