import json, os, re, datetime as dt
H = os.path.dirname(os.path.abspath(__file__))
ok = True
def bad(*a):
    global ok; ok = False; print("BAD", *a)
lines = open(os.path.join(H, "gold.jsonl"), encoding="utf-8").read().splitlines()
files = set()
tp = tr = 0
for ln in lines:
    g = json.loads(ln)
    f = g["file"]; files.add(f)
    p = os.path.join(H, "articles", f)
    if not os.path.exists(p): bad("missing", f); continue
    t = open(p, encoding="utf-8").read()
    m = re.match(r"Title: .+\nURL: .+\nPublished: (\d{4}-\d\d-\d\d)\n\n", t)
    if not m: bad("header", f)
    elif m[1] != g["published"]: bad("published", f)
    body = t[m.end():] if m else t
    nw = len(body.split())
    if not 120 <= nw <= 900: bad("words", f, nw)
    for mod in g["models"]:
        if mod not in t: bad("model not in text", f, mod)
    for x in g["facts"]:
        for n in [x["subject"]] + x.get("aliases", []):
            if n not in t: bad("subject/alias not in text", f, n)
        if x["subject"] not in g["models"]: bad("subject not in models", f, x["subject"])
        if x["predicate"] == "release_date":
            tr += 1
            if x["text"] not in t: bad("text not verbatim", f, x["text"])
            for k in ("start", "end"):
                if x[k] is not None: dt.date.fromisoformat(x[k])
            if x["start"] and x["end"] and x["start"] > x["end"]: bad("order", f, x)
            assert x["event"] in ("released", "announced", "planned")
            assert x["granularity"] in ("day", "part_of_month", "month", "quarter", "half", "year", "relative")
        else:
            tp += 1
            assert x["bound"] in ("exact", "approx", "at_least", "at_most", "range")
            assert x["scope"] in ("total", "active", "unspecified")
            if x["bound"] == "range": assert x["low"] and x["high"] and x["value"] is None
            else: assert x["value"]
            if x["hedged"] and not x["cue"]: bad("hedged without cue", f, x["subject"])
    print(f"{f:45} words={nw:4} params={sum(1 for x in g['facts'] if x['predicate']=='parameter_count')} rel={sum(1 for x in g['facts'] if x['predicate']=='release_date')}")
disk = set(os.listdir(os.path.join(H, "articles")))
if disk != files: bad("disk vs gold", disk ^ files)
print("params", tp, "releases", tr, "OK" if ok else "FAILED")
