import json, os, re, sys
H = os.path.dirname(os.path.abspath(__file__)); bad = 0
def err(*a):
    global bad; bad += 1; print("ERR", *a)
lines = open(os.path.join(H, "gold.jsonl"), encoding="utf-8").read().splitlines()
files = sorted(os.listdir(os.path.join(H, "articles")))
seen = set()
for ln in lines:
    g = json.loads(ln); f = g["file"]; seen.add(f)
    p = os.path.join(H, "articles", f)
    if not os.path.exists(p): err("missing", f); continue
    t = open(p, encoding="utf-8").read()
    m = re.match(r"Title: .+\nURL: .+\nPublished: (\d{4}-\d{2}-\d{2})\n\n", t)
    if not m or m[1] != g["published"]: err("header", f)
    body = t[m.end():] if m else t
    wc = len(body.split())
    if not 150 <= wc <= 900: err("words", f, wc)
    for n in g["models"]:
        if n not in t: err("model not in text", f, n)
    for x in g["facts"]:
        for n in [x["subject"]] + list(x.get("aliases") or []):
            if n not in t: err("subject/alias not in text", f, n)
        if x["predicate"] == "release_date":
            if x["text"] not in t: err("text not verbatim", f, x["text"])
            for k in ("start", "end"):
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x[k] or ""): err("date", f, k, x[k])
            if x["start"] > x["end"]: err("start>end", f, x)
            assert x["event"] in ("released", "announced", "planned")
        elif x["predicate"] == "parameter_count":
            assert x["bound"] in ("exact", "approx", "at_least", "at_most", "range"), x
            assert x["scope"] in ("total", "active", "unspecified"), x
            if x["bound"] == "range": assert x["value"] is None and x["low"] < x["high"], x
            else: assert x["value"] and x["low"] is None and x["high"] is None, x
            if x["hedged"] and not x["cue"]: err("hedged without cue", f, x["subject"])
        if x["subject"] not in g["models"]: err("subject not in models", f, x["subject"])
    np_ = sum(x["predicate"] == "parameter_count" for x in g["facts"])
    nr = sum(x["predicate"] == "release_date" for x in g["facts"])
    print(f"{f:45} words={wc:4} param={np_} release={nr}")
for f in files:
    if f not in seen: err("article without gold", f)
print("errors:", bad)
