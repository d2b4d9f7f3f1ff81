#!/usr/bin/env python3
"""Build gold.jsonl for set8. Dates computed with datetime relative to publication date."""
import calendar, datetime as dt, json, os

D = dt.date
def iso(d): return d.isoformat()
def weekday_before(pub, name):
    """Most recent <name> strictly before pub (e.g. 'on Tuesday' in a Thursday story)."""
    idx = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"].index(name)
    d = pub - dt.timedelta(days=1)
    while d.weekday() != idx: d -= dt.timedelta(days=1)
    return d
def month(y, m): return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])
def late(y, m): return D(y, m, 21), D(y, m, calendar.monthrange(y, m)[1])
def quarter(y, q): return D(y, 3*q-2, 1), D(y, 3*q, calendar.monthrange(y, 3*q)[1])
def season(y, name):  # meteorological seasons (northern hemisphere)
    return {"spring": (D(y,3,1), D(y,5,31)), "summer": (D(y,6,1), D(y,8,31)),
            "fall": (D(y,9,1), D(y,11,30))}[name]

def P(subject, value=None, bound="exact", scope="unspecified", hedged=False, cue=None, aliases=(), low=None, high=None):
    return {"predicate": "parameter_count", "subject": subject, "aliases": list(aliases),
            "value": value, "low": low, "high": high, "bound": bound, "scope": scope,
            "hedged": hedged, "cue": cue}
def R(subject, event, span, gran, text, hedged=False, aliases=()):
    s, e = span if isinstance(span, tuple) else (span, span)
    f = {"predicate": "release_date", "subject": subject, "event": event,
         "start": iso(s), "end": iso(e), "granularity": gran, "text": text, "hedged": hedged}
    if aliases: f["aliases"] = list(aliases)
    return f

G = []
def art(file, pub, models, facts, doubts):
    G.append({"file": file, "published": pub, "models": models, "facts": facts, "doubts": doubts})

# 001 wire
pub = D(2025, 9, 18); tue = weekday_before(pub, "Tuesday")
art("001_halcyon-corvid-31-ultra.txt", iso(pub),
    ["Corvid 3.1 Ultra", "Corvid 3.1 Lite", "Corvid 3", "Corvid 3 Pro", "Brisa-2", "Corvid 2"],
    [P("Corvid 3.1 Ultra", 4e11, "approx", aliases=["Ultra"]),
     P("Corvid 3.1 Lite", 9e9),
     P("Brisa-2", 3e11, "approx", hedged=True, cue="according to two people familiar with the matter"),
     R("Corvid 3.1 Ultra", "released", tue, "day", "released Corvid 3.1 Ultra, the largest model it has made available to customers, on Tuesday"),
     R("Corvid 3.1 Lite", "released", tue, "day", "at the same time"),
     R("Corvid 3", "announced", month(2025, 2), "month", "Halcyon unveiled the Corvid 3 series in February", aliases=["Corvid 3 series"]),
     R("Corvid 3.1 Ultra", "planned", late(2025, 10), "part_of_month", "by the end of October")],
    ["'by the end of October' is dedicated enterprise access to an already-released model; coded as planned (late Oct, 21-31), unhedged ('would follow', company statement); could also be read as published..Oct 31 or not a release at all",
     "'about twice the size of Corvid 2' gives no figure for Corvid 2: no fact",
     "Corvid 3.1 Lite 'at the same time' = same Tuesday as Ultra",
     "Wednesday interview, July funding, NeurIPS in December, 'since the spring', 'since January' are not release dates",
     "22 trillion tokens, 18,000 GPUs, 512,000-token context are not parameter counts"])

# 002 syndicated near-copy of 001
pub = D(2025, 9, 19); tue = weekday_before(pub, "Tuesday")
art("002_halcyon-corvid-syndicated.txt", iso(pub),
    ["Corvid 3.1 Ultra", "Corvid 3.1 Lite", "Corvid 3", "Corvid 3 Pro", "Brisa-2", "Corvid 2"],
    [P("Corvid 3.1 Ultra", 4e11, "approx", aliases=["Ultra"]),
     P("Corvid 3.1 Lite", 9e9),
     P("Brisa-2", 3e11, "approx", hedged=True, cue="two people familiar with the matter put at"),
     R("Corvid 3.1 Ultra", "released", tue, "day", "on Tuesday released Corvid 3.1 Ultra"),
     R("Corvid 3.1 Lite", "released", tue, "day", "Alongside it, Halcyon released Corvid 3.1 Lite"),
     R("Corvid 3", "announced", month(2025, 2), "month", "The company first unveiled the Corvid 3 series in February", aliases=["Corvid 3 series"]),
     R("Corvid 3.1 Ultra", "planned", late(2025, 10), "part_of_month", "due by the end of October")],
    ["syndicated near-copy of 001 (Wirewatch), published a day later (Friday): 'on Tuesday' still = 2025-09-16",
     "Ultra 400B introduced by 'According to the company' - the developer's own figure, coded unhedged; an extractor keying on 'according to' would say hedged",
     "'by the end of October' enterprise access coded planned late-October, unhedged (see 001)",
     "Corvid 2 comparison not a fact; July funding / NeurIPS December not release dates"])

# 003 tech-blog launch post
pub = D(2026, 2, 10)
art("003_ferrowood-tamsin2-blog.txt", iso(pub),
    ["Tamsin 2", "tamsin-2-3b", "tamsin-2-8b", "Tamsin-2-70B-Chat", "tamsin-2-70b", "larkspur-oss-20b",
     "Tamsin", "Tamsin 70B", "Tamsin 1.5", "Tamsin-2-MoE"],
    [P("Tamsin 2 3B", 3e9, aliases=["tamsin-2-3b"]),
     P("Tamsin 2 8B", 8e9, aliases=["tamsin-2-8b"]),
     P("Tamsin 2 70B", 7e10, aliases=["Tamsin-2-70B-Chat", "tamsin-2-70b"]),
     P("larkspur-oss-20b", 2.1e10, scope="total"),
     P("larkspur-oss-20b", 3.6e9, scope="active"),
     P("Tamsin-2-MoE", 1.41e11, "approx", scope="total", hedged=True, cue="we expect"),
     P("Tamsin-2-MoE", 1.3e10, scope="active", hedged=True, cue="we expect"),
     P("Tamsin", 7e10, aliases=["Tamsin 70B", "original Tamsin"]),
     R("Tamsin 2", "released", pub, "day", "Today we're releasing Tamsin 2"),
     R("Tamsin 2", "announced", month(2025, 11), "month", "We first previewed Tamsin 2 at our developer summit in November"),
     R("larkspur-oss-20b", "released", season(2025, "summer"), "quarter", "the open model Larkspur released last summer"),
     R("Tamsin", "released", month(2024, 6), "month", "the original Tamsin, released in June 2024", aliases=["original Tamsin"]),
     R("Tamsin 1.5", "released", season(2025, "spring"), "quarter", "Tamsin 1.5 added the 8B size last spring"),
     R("Tamsin-2-MoE", "planned", (pub, quarter(2026, 1)[1]), "quarter", "Tamsin-2-MoE is coming later this quarter", hedged=True)],
    ["family size list '3B, 8B and 70B' split into three variant subjects (Tamsin 2 3B/8B/70B) with repo names as aliases",
     "larkspur-oss-20b: name says 20b, text says 21 billion total / 3.6 billion active; name-size not coded; 'Larkspur describes' = developer figure, unhedged",
     "Tamsin-2-MoE sizes hedged ('we expect the final model to land at around'); 'around' applies to total only",
     "'later this quarter' coded published..2026-03-31; hedged true as a future date though phrased firmly ('is coming')",
     "seasons ('last summer', 'last spring') coded as meteorological Jun-Aug / Mar-May with granularity 'quarter' (no season granularity in guidelines)",
     "Tamsin 1.5 'added the 8B size last spring': a Tamsin 1.5 8B size is implied but not coded as a parameter fact",
     "'extend Tamsin 2 to 30 more languages by mid-year' is an update plan, not coded as a release",
     "15 trillion tokens, 128K context, 4 GB memory not parameters"])

# 004 funding story
pub = D(2026, 1, 14)
art("004_petrel-funding-kestrel.txt", iso(pub),
    ["Kestrel", "Kestrel 2", "Sorrel-8x22"],
    [P("Kestrel", 3.4e10),
     P("Kestrel 2", None, "range", low=1e11, high=1.2e11, hedged=True, cue="Two people familiar with the plans said ... could be"),
     R("Kestrel", "released", quarter(2025, 4), "quarter", "a 34-billion-parameter model the company launched late last year"),
     R("Kestrel 2", "planned", season(2026, "spring"), "quarter", "Petrel expects to ship Kestrel 2 in the spring", hedged=True),
     R("Sorrel-8x22", "released", D(2026, 1, 6), "day", "released its Sorrel-8x22 model on Jan. 6")],
    ["'late last year' coded as Q4 2025 (Oct-Dec); could be read narrower (Nov-Dec)",
     "'in the spring' coded Mar-May 2026, granularity 'quarter'",
     "'8x22' in Sorrel-8x22 is part of the name, not a stated parameter count",
     "round closed Monday, Series B in March, 'by the end of the year' headcount are not release dates",
     "$640M, $4.2B, 12,000 H200s are not parameters; 'Nobody at a bank wants a trillion parameters' tied to no model"])

# 005 rumour roundup
pub = D(2025, 6, 23)
M = ["Orrery-5"]
art("005_orrery-marrow-rumours.txt", iso(pub),
    ["Marrow", "Orrery-5", "Orrery-4"],
    [P("Marrow", 1.8e12, hedged=True, cue="reported", aliases=M),
     P("Marrow", 5e11, "at_least", hedged=True, cue="leaked", aliases=M),
     P("Marrow", 4.8e11, scope="total", hedged=True, cue="claims", aliases=M),
     P("Marrow", 3.5e10, scope="active", hedged=True, cue="claims", aliases=M),
     P("Marrow", None, "range", scope="active", low=3e10, high=4e10, hedged=True, cue="estimated", aliases=M),
     P("Orrery-4", 2.8e11),
     R("Marrow", "planned", (pub, quarter(2025, 3)[1]), "quarter", "aiming to release Marrow by the end of Q3", hedged=True, aliases=M),
     R("Marrow", "planned", (pub, pub + dt.timedelta(days=28)), "relative", 'the model would be out "within weeks"', hedged=True, aliases=M),
     R("Marrow", "planned", D(2025, 7, 29), "day", "mention a July 29 launch event", hedged=True, aliases=M),
     R("Orrery-4", "released", month(2025, 1), "month", "released in January")],
    ["contested by design: 1.8T vs >0.5T vs 480B total; 35B active vs 30-40B active (compatible)",
     "subject coded as code name Marrow with Orrery-5 as alias ('Sources say Marrow will ship as Orrery-5' is itself hedged)",
     "'by the end of Q3' coded published..2025-09-30; 'within weeks' coded published..+28 days (vague)",
     "July 29 launch event: invitations 'do not name a product' - tie to Marrow is weak; kept as hedged planned",
     "CEO keynote July 15 is explicitly NOT a launch date; 'reported on Friday' / 'earlier this month' (leak timing) not release dates"])

# 006 what we know so far
pub = D(2026, 4, 8)
art("006_nimbus-x2-explainer.txt", iso(pub),
    ["Nimbus x2", "Nimbus x1.5", "Nimbus x2 mini", "Nimbus x2-open", "Nimbus x1"],
    [P("Nimbus x2", 6e11, "approx", hedged=True, cue="Estimates put"),
     P("Nimbus x1", 1.75e11),
     R("Nimbus x2", "announced", D(2026, 3, 24), "day", "Cirrine announced Nimbus x2 on March 24"),
     R("Nimbus x2", "released", D(2026, 4, 1), "day", "went live for Plus and Team subscribers on the 1st of this month"),
     R("Nimbus x2 mini", "planned", (pub + dt.timedelta(days=14), pub + dt.timedelta(days=21)), "relative", "expected to arrive in the next two to three weeks", hedged=True),
     R("Nimbus x2-open", "planned", season(2026, "fall"), "quarter", "plans to release an open-weight variant, Nimbus x2-open, this fall", hedged=True),
     R("Nimbus x1", "released", (D(2024, 1, 1), D(2024, 12, 31)), "year", "was released in 2024")],
    ["'this fall' coded Sep-Nov 2026, granularity 'quarter'",
     "'about a week after the keynote' restates the Apr 1 release; 'since the winter' concerns other labs, no model",
     "Nimbus x2 mini 'on stage' at the March 24 event could be read as announced 2026-03-24; not coded",
     "1M-token context, 40,000 GPUs, 50 million users, $20 not parameters"])

# 007 product review
pub = D(2025, 11, 3)
art("007_wrenly-pipit-review.txt", iso(pub),
    ["Pipit 2 mini", "Pipit mini", "Pipit 2", "Pipit 2.5 mini"],
    [P("Pipit 2 mini", 3e9),
     P("Pipit 2", 9e10, "approx", hedged=True, cue="reportedly"),
     R("Pipit 2 mini", "released", month(2025, 10), "month", "a 3-billion-parameter model that Quaystone AI shipped last month"),
     R("Pipit 2.5 mini", "planned", quarter(2026, 1), "quarter", "a Pipit 2.5 mini is coming early next year", hedged=True)],
    ["'twice the size of the original Pipit mini' implies 1.5B but states no figure: no fact for Pipit mini",
     "Pipit 2 'tops out at around 90 billion' coded approx; 'tops out' might suggest at_most",
     "Wrenly 4.2 'arrived on Thursday' is an app release, not an AI model; Wrenly not a model",
     "'early next year' coded Q1 2026; hedged true as future plan though stated by the company",
     "2 GB file, 12 GB RAM, 25 tokens/s, $5 not parameters"])

# 008 opinion + family history
pub = D(2026, 3, 2)
art("008_opinion-fenwick-history.txt", iso(pub),
    ["Fenwick", "Fenwick 2", "Fenwick 3", "Fenwick 4", "Meridian-1", "Juniper-7"],
    [P("Fenwick", 1.3e10, aliases=["the first Fenwick"]),
     P("Fenwick 2", 7e10),
     P("Fenwick 3", 4e11, "approx"),
     P("Fenwick 4", 2e12, "at_least", hedged=True, cue="rumoured"),
     P("Meridian-1", 1.2e12, hedged=True, cue="is said to"),
     P("Juniper-7", 7e9),
     R("Fenwick", "announced", month(2022, 3), "month", "was presented in March 2022", aliases=["the first Fenwick"]),
     R("Fenwick", "released", month(2022, 6), "month", "its weights followed three months later, in June 2022", aliases=["the first Fenwick"]),
     R("Fenwick 2", "released", month(2023, 5), "month", "Fenwick 2 arrived in May 2023"),
     R("Fenwick 3", "announced", month(2024, 3), "month", "The initial version was presented in March 2024"),
     R("Fenwick 3", "released", month(2024, 5), "month", "the full release came two months after that"),
     R("Fenwick 4", "planned", (D(2026, 1, 1), D(2026, 12, 31)), "year", "it is expected sometime this year", hedged=True),
     R("Meridian-1", "announced", month(2025, 11), "month", "unveiled in November"),
     R("Juniper-7", "released", season(2025, "spring"), "quarter", "released last spring")],
    ["Fenwick 3 'Verhoeven put it at roughly 400 billion' = developer figure, unhedged approx",
     "Fenwick 3 release 'two months after' March 2024 = May 2024 (computed)",
     "'a rumoured 2 trillion' restates Fenwick 4 fact; '10 trillion parameters' regulatory threshold tied to no model",
     "'Meridian-1, unveiled in November' in a March 2026 piece = Nov 2025",
     "'summer of 2022' (author's evaluation) and the lab's 2023 venture round are not release dates"])

# 009 negative
pub = D(2025, 5, 12)
art("009_negative-chip-export-rules.txt", iso(pub), [], [],
    ["negative article: no model named; '1-trillion-parameter model' is hypothetical, tied to no model",
     "June 1 effective date, mid-July comment deadline, June 18 hearing are policy dates, not releases",
     "1,700 GPUs, 50,000 accelerators, $70 billion, $1 billion not parameters"])

# 010 live blog
pub = D(2026, 5, 20)
art("010_basalt-devday-liveblog.txt", iso(pub),
    ["Rook Max", "Rook 2", "Rook-MoE-141B-A13B", "Rook Nano", "Rook 3"],
    [P("Rook Max", 4.8e11, scope="total", aliases=["Max"]),
     P("Rook Max", 3.5e10, scope="active", aliases=["Max"]),
     P("Rook-MoE-141B-A13B", 1.41e11),
     P("Rook-MoE-141B-A13B", 1.3e10, scope="active"),
     R("Rook Max", "released", pub, "day", "it is available today in the API", aliases=["Max"]),
     R("Rook 2", "released", month(2025, 5), "month", "which Basalt released last May"),
     R("Rook-MoE-141B-A13B", "planned", D(2026, 5, 28), "day", "it should ship on the 28th", hedged=True),
     R("Rook Nano", "planned", season(2026, "summer"), "quarter", "plans to release Rook Nano, a phone-sized model, later this summer", hedged=True)],
    ["'141 billion parameters and 13 billion active': first figure not labelled total in text, scope coded unspecified",
     "'later this summer' (published May 20) coded Jun-Aug 2026",
     "'Max is Rook 3, more or less' - Rook 3 listed as a model name but not aliased to Rook Max",
     "Series D in March, timestamps, 64,000 GPUs, 1M context, 40,000-line codebase not release dates / parameters"])

# 011 translated interview
pub = D(2024, 11, 27)
art("011_seoryeon-hanulx-interview.txt", iso(pub),
    ["Hanul-X", "Hanul-X 2", "HanulX-32B", "Hanul-X mini"],
    [P("Hanul-X", 7.8e9),
     P("Hanul-X 2", 3.2e10, aliases=["HanulX-32B"]),
     P("Hanul-X mini", 2.4e9, "approx", hedged=True, cue="we are thinking maybe"),
     R("Hanul-X", "announced", month(2024, 3), "month", "The initial version was presented in March"),
     R("Hanul-X 2", "planned", D(2024, 12, 10), "day", "We plan to open Hanul-X 2 on December 10", hedged=True, aliases=["HanulX-32B"]),
     R("Hanul-X mini", "planned", (D(2025, 1, 1), D(2025, 6, 30)), "half", "possibly next year in first half", hedged=True)],
    ["Hanul-X 2 '32 billion parameters' phrased 'It will be' but the model already exists in closed beta; coded unhedged (could be hedged as planned size)",
     "Hanul-X 7.8B attributed to 'the initial version' of the family; subject coded as family name Hanul-X",
     "'closed beta since October' is a limited release of Hanul-X 2; not coded as release_date",
     "'around four times of the first model' comparison, no new fact",
     "Busan conference 'on 21st', Series B in August not release dates; 2,000 GPUs, 45 billion won not parameters"])

# 012 newsletter with correction and table
pub = D(2025, 12, 15); thu = weekday_before(pub, "Thursday")
art("012_newsletter-weights-measures.txt", iso(pub),
    ["Ibis-3", "Sundial-2.5 Pro", "marlin-oss-12b", "Vesper-X2", "Thrush 4 Turbo"],
    [P("Ibis-3", 2.7e10),
     P("marlin-oss-12b", 1.2e10, "approx"),
     P("Thrush 4 Turbo", 1.8e11, hedged=True, cue="est."),
     R("Ibis-3", "released", thu, "day", "Quillmate released Ibis-3 on Thursday"),
     R("Sundial-2.5 Pro", "announced", D(2025, 12, 9), "day", "announced Sundial-2.5 Pro on Dec. 9"),
     R("Sundial-2.5 Pro", "planned", month(2026, 1), "month", "general availability is slated for January", hedged=True),
     R("marlin-oss-12b", "released", D(2025, 11, 20), "day", "Nov 20"),
     R("Thrush 4 Turbo", "released", month(2025, 10), "month", "Oct 2025"),
     R("Vesper-X2", "planned", (pub, D(2025, 12, 24)), "relative", "may arrive before Christmas", hedged=True)],
    ["correction: '72 billion parameters' for Ibis-3 is retracted; only 27B is gold (an extractor reporting 72B is wrong)",
     "Ibis-3 27B stated in bullet and table: one fact; table 'Dec 11' = the same Thursday release",
     "marlin-oss-12b '~12B' (bullet) and '12B' (table) coded as one approx fact; this week's refresh (new revision) not coded as a release; table 'Nov 20' coded as its release",
     "Thrush 4 Turbo '180B (est.)' hedged via table note; bound exact",
     "'before Christmas' coded published..2025-12-24, relative",
     "'15 trillion training tokens ... models under 30B parameters' tied to no model; $12 million not parameters"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for g in G:
        fh.write(json.dumps(g, ensure_ascii=False) + "\n")
print("wrote", out, len(G))
