#!/usr/bin/env python3
import json, os, re, sys, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
def bad(msg):
    global ok; ok = False; print("FAIL", msg)
files = sorted(os.listdir(os.path.join(HERE, "articles")))
gold = []
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")):
    g = json.loads(line); gold.append(g)
if sorted(g["file"] for g in gold) != files: bad(f"file sets differ {files}")
ISO = re.compile(r"^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$")
for g in gold:
    path = os.path.join(HERE, "articles", g["file"])
    if not os.path.exists(path): bad(f"missing {g['file']}"); continue
    text = open(path, encoding="utf-8").read()
    m = re.match(r"Title: .+\nURL: .+\nPublished: (\d{4}-\d{2}-\d{2})\n\n", text)
    if not m: bad(f"header {g['file']}")
    elif m.group(1) != g["published"]: bad(f"published mismatch {g['file']}")
    words = len(text.split())
    if not 300 <= words <= 900: bad(f"length {g['file']} {words}")
    low = text.lower()
    for mname in g["models"]:
        if mname.lower() not in low: bad(f"model not in text {g['file']}: {mname}")
    for f in g["facts"]:
        names = [f["subject"]] + f.get("aliases", [])
        if f["subject"].lower() not in low: bad(f"subject not in text {g['file']}: {f['subject']}")
        for a in f.get("aliases", []):
            if a.lower() not in low: print(f"note alias not in text {g['file']}: {a}")
        if f["predicate"] != "quantity" and f["subject"] not in g["models"]: bad(f"subject not in models {g['file']}: {f['subject']}")
        if f["predicate"] == "release_date":
            if f["text"] not in text: bad(f"text not verbatim {g['file']}: {f['text']}")
            for k in ("start", "end"):
                v = f[k]
                if v is not None and not ISO.match(v): bad(f"date {g['file']} {v}")
                if v and len(v) == 10: dt.date.fromisoformat(v)
            if f["start"] and f["end"] and f["start"] > f["end"]: bad(f"start>end {g['file']} {f}")
            assert f["event"] in ("released", "announced", "planned")
            assert f["granularity"] in ("day","part_of_month","month","quarter","half","year","relative","part_of_year")
            if f["event"] == "planned" and f["start"] and f["end"] < g["published"]: print(f"note past plan {g['file']}: {f['text']}")
            if f["event"] != "planned" and f["start"] and f["start"] > g["published"]: bad(f"future release {g['file']}: {f['text']}")
        if f["predicate"] == "parameter_count":
            assert f["bound"] in ("exact","approx","at_least","at_most","range")
            assert f["scope"] in ("total","active","unspecified")
            if f["bound"] == "range": assert f["value"] is None and f["low"] and f["high"]
            else: assert f["value"] and f["low"] is None
            if f["hedged"] != bool(f["cue"]): bad(f"hedge/cue mismatch {g['file']} {f['subject']}")
for line in open(os.path.join(HERE, "gold.jsonl")): json.loads(line)
print("OK" if ok else "ERRORS")
for g in gold:
    fs=g["facts"]
    print(g["file"], sum(f["predicate"]=="parameter_count" for f in fs), sum(f["predicate"]=="release_date" for f in fs), len(open(os.path.join(HERE,"articles",g["file"])).read().split()))
