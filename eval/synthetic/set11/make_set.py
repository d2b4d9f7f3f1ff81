#!/usr/bin/env python3
"""Build set11 articles and gold.jsonl. Dates computed with datetime helpers."""
import calendar, datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arts_a import A as A1
from arts_b import A as A2
ARTS = {**A1, **A2}
HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date.fromisoformat
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def prev_wd(pub, name):
    """Most recent given weekday strictly before pub."""
    d = D(pub) - dt.timedelta(days=1)
    while d.weekday() != WD.index(name):
        d -= dt.timedelta(days=1)
    return d.isoformat()

def month(y, m):
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"

def late(y, m):
    return f"{y:04d}-{m:02d}-21", month(y, m)[1]

def quarter(y, q):
    return month(y, 3 * q - 2)[0], month(y, 3 * q)[1]

def months(y, m1, m2):
    return month(y, m1)[0], month(y, m2)[1]

def last_week(pub):
    d = D(pub); mon = d - dt.timedelta(days=d.weekday() + 7)
    return mon.isoformat(), (mon + dt.timedelta(days=6)).isoformat()

def plus(pub, days):
    return (D(pub) + dt.timedelta(days=days)).isoformat()

def P(subj, value, bound="exact", scope="unspecified", hedged=False, cue=None, aliases=(), low=None, high=None):
    return {"predicate": "parameter_count", "subject": subj, "aliases": list(aliases), "value": value,
            "low": low, "high": high, "bound": bound, "scope": scope, "hedged": hedged, "cue": cue}

def Rng(subj, low, high, **kw):
    return P(subj, None, bound="range", low=low, high=high, **kw)

def R(subj, event, se, gran, text, hedged=False, aliases=()):
    s, e = (se, se) if isinstance(se, str) else se
    f = {"predicate": "release_date", "subject": subj, "event": event, "start": s, "end": e,
         "granularity": gran, "text": text, "hedged": hedged}
    if aliases:
        f["aliases"] = list(aliases)
    return f

G = []
def gold(file, models, facts, doubts):
    G.append({"file": file, "published": ARTS[file][2], "models": models, "facts": facts, "doubts": doubts})

# 001
pub = "2025-03-12"
gold("001_fenwick-marlowe-2-open-weights.txt",
     ["Marlowe 2", "Marlowe 2 1B", "Marlowe 2 4B", "Marlowe 2 12B", "Marlowe 2 27B", "Tamsin-70B-Chat", "Tamsin Max", "Marlowe", "Marlowe Mini"],
     [P("Marlowe 2 1B", 1e9), P("Marlowe 2 4B", 4e9), P("Marlowe 2 12B", 1.2e10),
      P("Marlowe 2 27B", 2.7e10, aliases=["marlowe-2-27b-it"]),
      P("Tamsin-70B-Chat", 7e10),
      P("Marlowe", 9e9, aliases=["original Marlowe"]),
      P("Marlowe Mini", 2.6e9),
      R("Marlowe 2", "released", prev_wd(pub, "Tuesday"), "day", "Fenwick AI released Marlowe 2 on Tuesday"),
      R("Marlowe", "released", month(2024, 4), "month", "presented in April 2024", aliases=["original Marlowe"]),
      R("Marlowe Mini", "released", month(2024, 10), "month", "followed in October")],
     ["sizes given once for the family ('available in 1B, 4B, 12B and 27B'); coded per variant Marlowe 2 1B/4B/12B/27B, whose names appear in the next paragraph",
      "variants share the family release day (Tuesday) but only the family 'Marlowe 2' is coded as released",
      "'presented in April 2024' ... 'released ... on a Friday afternoon' coded as released in April 2024 (month)",
      "'Marlowe Mini, followed in October' year inferred from 'April 2024' context (2024)",
      "'more than twice its size' is a comparison, not a fact about Marlowe 2 27B beyond its 27B",
      "Tamsin Max: no size; 'sizes above 100 billion' for a future generation tied to no model",
      "tokens (14T/2T), context (128,000/32,000), 6,144 accelerators, EUR 410 million are not parameters"])

# 002 and 014 share facts
def sable_facts(pub, text_rel):
    return [P("Sable-MoE-236B-A21B", 2.36e11, scope="total", aliases=["236B model"]),
            P("Sable-MoE-236B-A21B", 2.1e10, scope="active"),
            P("Sable-MoE-30B-A3B", 3e10, scope="total"),
            P("Sable-MoE-30B-A3B", 3e9, scope="active"),
            P("Sable 2", 7.2e10),
            R("Sable-MoE-236B-A21B", "released", prev_wd(pub, "Monday"), "day", text_rel),
            R("Sable-MoE-30B-A3B", "planned", late(2025, 7), "part_of_month", "expected to be published by the end of the month", hedged=True),
            R("Sable 2", "released", month(2025, 1), "month", "released in January")]
SABLE_DOUBTS = ["'by the end of the month' coded as late July (21-31); could be read as published..July 31",
                "Sable 2 'remain available ... until the end of the year' is not a release date; 'call on Wednesday' and 'funding round in March' not release dates",
                "'less than a tenth of the network' not a parameter figure",
                "18 trillion tokens, 4,096 H100 chips, 256,000-token context, $850 million are not parameters"]
gold("002_wire-qantara-sable-moe.txt", ["Sable-MoE-236B-A21B", "Sable-MoE-30B-A3B", "Sable 2"],
     sable_facts("2025-07-17", "Qantara Labs on Monday released Sable-MoE-236B-A21B"), SABLE_DOUBTS)
gold("014_syndicated-qantara-sable-release.txt", ["Sable-MoE-236B-A21B", "Sable-MoE-30B-A3B", "Sable 2"],
     sable_facts("2025-07-17", "Qantara Labs released a mixture-of-experts language model on Monday"),
     ["syndicated near-copy of 002 (same facts, reworded lead, different outlet); may be flagged duplicate",
      "release sentence names the model only in the next sentence ('The model is called Sable-MoE-236B-A21B')"] + SABLE_DOUBTS)

# 003
pub = "2026-04-22"
gold("003_halcyon-corvid-4-leak.txt", ["Corvid 4 Ultra", "Corvid 4 Mini", "Corvid 3.1 Ultra", "Corvid 3"],
     [P("Corvid 4 Ultra", 1.8e12, hedged=True, cue="could not independently verify", aliases=["Blackcap", "Ultra"]),
      P("Corvid 4 Ultra", 2.8e11, bound="approx", scope="active", hedged=True, cue="could not independently verify", aliases=["Blackcap", "Ultra"]),
      Rng("Corvid 4 Mini", 3e10, 4e10, hedged=True, cue="said to be"),
      P("Corvid 3.1 Ultra", 6e11, bound="approx", hedged=True, cue="estimate"),
      R("Corvid 4 Ultra", "planned", quarter(2026, 3), "quarter", "targeting a launch by the end of Q3", hedged=True, aliases=["Blackcap", "Ultra"]),
      R("Corvid 4 Mini", "planned", (pub, plus(pub, 42)), "relative", "possibly within weeks", hedged=True),
      R("Corvid 3.1 Ultra", "released", month(2025, 10), "month", "launched last October"),
      R("Corvid 3", "released", months(2025, 3, 5), "quarter", "came out in the spring of 2025")],
     ["Blackcap is the code name of Corvid 4 Ultra: alias, not a separate model",
      "1.8T scope: text says '1.8 trillion-parameter mixture-of-experts system', not 'total'; coded unspecified",
      "'by the end of Q3' coded as Q3 2026 (Jul-Sep); could be read as published..Sep 30",
      "'possibly within weeks' coded relative published..+42 days (vague)",
      "'spring of 2025' coded Mar-May 2025, granularity 'quarter' (no season granularity)",
      "'more than half a trillion parameters bigger than anything Halcyon has shipped' is a comparison, not a fact",
      "'I believed 1.8T' restates the leak figure (same fact)",
      "2-million-token context and ~40,000 GPUs are not parameters", "spec sheet 'dated 2026-02-10' is the document date, not a release date"])

# 004
gold("004_explainer-model-sizes-table.txt",
     ["Tamsin-70B-Chat", "larkspur-oss-20b", "Kestrel", "Obelisk-2 Max", "Wren-3B", "Wren-13B", "Tamsin-13B", "tamsin-34b-base", "Obelisk-1"],
     [P("Tamsin-70B-Chat", 7e10, aliases=["Tamsin"]),
      P("larkspur-oss-20b", 2.1e10, scope="total"),
      P("larkspur-oss-20b", 3.6e9, scope="active"),
      P("Kestrel", 4e11, bound="at_least"),
      Rng("Obelisk-2 Max", 1e12, 1.5e12, hedged=True, cue="estimates"),
      P("Wren-3B", 3e9),
      P("Wren-13B", 1.3e10),
      R("Tamsin-70B-Chat", "released", month(2025, 2), "month", "Feb 2025"),
      R("larkspur-oss-20b", "released", month(2025, 8), "month", "Aug 2025"),
      R("Kestrel", "released", month(2025, 8), "month", "shipped in August"),
      R("Obelisk-2 Max", "released", month(2025, 5), "month", "May 2025"),
      R("Wren-3B", "released", month(2025, 6), "month", "Jun 2025"),
      R("Wren-13B", "released", ("2024-01-01", "2024-12-31"), "year", "last year's 13-billion-parameter Wren-13B"),
      P("Tamsin-13B", 1.3e10),
      P("tamsin-34b-base", 3.4e10),
      Rng("Kestrel", 3e10, 5e10, scope="active", hedged=True, cue="widely believed"),
      R("Tamsin-13B", "released", quarter(2023, 4), "quarter", "came out in late 2023"),
      R("tamsin-34b-base", "released", months(2024, 3, 5), "quarter", "followed in the spring of 2024"),
      R("Obelisk-1", "announced", "2024-09-18", "day", "announced on Sept. 18, 2024")],
     ["'The name suggests 20 billion' for larkspur-oss-20b is not a stated size; the card's 21B total is",
      "Kestrel 'well above 400 billion' is a company statement ('has said'): unhedged, at_least; table '>400B' is the same fact",
      "table says 'Params is total parameters unless marked' but Tamsin/Wren rows coded unspecified (prose says dense)",
      "table 'Released' column read as release months; 'Aug 2025' appears twice (larkspur and Kestrel rows), Kestrel given text from prose",
      "Wren-13B release 'last year's' coded year 2024 (weak)",
      "'late 2023' coded Q4 2023; 'spring of 2024' coded Mar-May 2024 (granularity 'quarter', no season granularity)",
      "tamsin-34b-base: '34B checkpoint that never got a name beyond its repository' - the repo name is the subject",
      "Kestrel active 30-50B from one outside researcher's 'behaves like something with' - hedged range, scope active (judgement call)",
      "Obelisk-1 'hundreds of billions' has no figure: no param fact; '4B dense model' in the MoE comparison is hypothetical",
      "'A 70B dense model like Tamsin' restates Tamsin-70B-Chat's size; 1M context is not parameters"])

# 005
pub = "2024-09-30"
gold("005_analyst-note-northgate-vireo.txt", ["Vireo", "Vireo Flash", "Vireo-Preview", "Vireo 2"],
     [P("Vireo", 5e11, bound="approx", hedged=True, cue="we believe"),
      Rng("Vireo", 3e11, 4e11, hedged=True, cue="puts it"),
      P("Vireo Flash", 5e10, bound="at_most", hedged=True, cue="likely"),
      P("Vireo-Preview", 1.75e11, cue=None),
      R("Vireo", "released", "2024-09-12", "day", "launched on the 12th"),
      R("Vireo-Preview", "released", month(2024, 3), "month", "came out in March"),
      R("Vireo 2", "planned", months(2025, 1, 6), "half", "for the first half of 2025", hedged=True)],
     ["two incompatible outsider estimates for Vireo (~500B vs 300-400B): both coded, subject contested",
      "'a 400-600B dense model' is a hypothetical for the price point, not coded as a Vireo fact",
      "'a 500B MoE could run with 50 billion or fewer active' hypothetical, not a fact",
      "Vireo-Preview 'was disclosed at 175 billion' coded unhedged (company disclosure)",
      "'launched on the 12th' resolved to September 2024 (publication month)",
      "Vireo 2 plan from 'press reports' hedged; 'provisionally called' keeps it a name",
      "$1.1-1.3 billion compute, 25,000 GPUs, $12 per million tokens, valuation figures are not parameters"])

# 006
pub = "2025-05-20"
gold("006_translated-aurenza-pallas-distill.txt", ["Pallas-Distill-8B", "Pallas 480B"],
     [P("Pallas-Distill-8B", 8e9, aliases=["pallas-distill-8b-instruct"]),
      P("Pallas 480B", 4.8e11, scope="total", aliases=["480-billion model"]),
      P("Pallas 480B", 3.5e10, scope="active"),
      R("Pallas-Distill-8B", "released", last_week(pub), "relative", "has last week put online"),
      R("Pallas 480B", "released", "2025-02-11", "day", "brought out on 2025-02-11")],
     ["'last week' coded as the previous Mon-Sun week (2025-05-12..18); no 'week' granularity, used 'relative'",
      "the 1.5-billion-parameter variant has no name ('a name is not yet fixed'): no fact, its 'in the summer' release not coded",
      "'at a sixtieth of the size' is a comparison, not a fact",
      "'The 480-billion model itself' restates the teacher's total size",
      "2 trillion tokens, 1.4 million euros, 2,048 H100, 91 percent are not parameters"])

# 007
pub = "2025-10-08"
gold("007_meridian-halvard-3-datacenter.txt", ["Halvard-3", "Halvard-2"],
     [P("Halvard-3", 1.2e12, hedged=True, cue="will have"),
      P("Halvard-2", 3.4e11),
      R("Halvard-3", "planned", quarter(2026, 1), "quarter", "expects to release Halvard-3 in the first quarter of next year", hedged=True),
      R("Halvard-2", "released", month(2024, 6), "month", "released in June 2024")],
     ["Halvard-3 1.2T is a future size of a model still training ('will have'): hedged per guidelines; the company's own statement though",
      "'three and a half times the size' comparison; 'A 1.2-trillion model served at scale' restates Halvard-3",
      "press tour 'on Monday', debt financing 'in July', '250 MW by 2027' are not release dates",
      "100,000 GPUs, 150 MW, 30 trillion tokens, one million tokens context, $600 million, $4 billion, 8,000 GPUs are not parameters"])

# 008
pub = "2026-01-16"
gold("008_newsletter-weights-weekly-87.txt", ["Ondine", "Mistle 3 mini", "Brindle-o2", "Gannet Pro", "Ondine Mini"],
     [P("Ondine", 7e10),
      P("Mistle 3 mini", 3.8e9),
      P("Brindle-o2", 5e11, bound="at_least"),
      P("Gannet Pro", 5e11, hedged=True, cue="is said to be"),
      P("Ondine Mini", 7e9, bound="approx", hedged=True, cue="will follow"),
      R("Ondine", "released", prev_wd(pub, "Wednesday"), "day", "released Wednesday"),
      R("Mistle 3 mini", "released", ("2026-01-01", pub), "month", "arrived earlier this month"),
      R("Brindle-o2", "released", "2026-01-08", "day", "went GA on Jan. 8"),
      R("Gannet Pro", "planned", month(2026, 3), "month", "reportedly planned for March", hedged=True),
      R("Ondine Mini", "planned", (pub, plus(pub, 42)), "relative", "will follow within six weeks", hedged=True)],
     ["Brindle-o2 'more than half a trillion' is the company's statement ('Cinder says only'): unhedged, at_least",
      "Ondine Mini's 'around seven billion' is a planned future size: hedged (cue 'will follow')",
      "'Another 1.8 trillion-parameter model ... Nobody will say whose' tied to no named model: not a fact",
      "'beats models twice its size' comparison; 'earlier this month' coded Jan 1..publication date",
      "Harrow developer day Feb. 12 not a release date; 12 trillion tokens, 400,000 tokens, $2.3 billion not parameters"])

# 009
pub = "2024-06-14"
thu = prev_wd(pub, "Thursday")
gold("009_correction-terrace-tern-2.txt", ["Tern 2", "Tern 2 Large", "Tern 2 Medium", "Tern 2 Small", "Tern 1"],
     [P("Tern 2 Large", 1.04e11),
      P("Tern 2 Medium", 3.4e10),
      P("Tern 2 Small", 1.2e10),
      R("Tern 2", "released", thu, "day", "Terrace AI launched Tern 2 on Thursday"),
      R("Tern 2 Small", "released", (thu, pub), "relative", "Tern 2 Small and Medium are available immediately"),
      R("Tern 2 Medium", "released", (thu, pub), "relative", "Tern 2 Small and Medium are available immediately"),
      R("Tern 2 Large", "planned", month(2024, 7), "month", "will be released to enterprise customers in July", hedged=True)],
     ["correction note: the retracted '140 billion' for Tern 2 Large is NOT a fact (only 104B); retracted 'Wednesday' likewise",
      "Small/Medium 'available immediately' coded released launch day..publication (relative); the family launch is Thursday 2024-06-13",
      "Tern 2 Large July plan is the company's statement; coded hedged=true as a planned release",
      "Tern 1 size never disclosed: no fact; 'raised $230 million in February' not a release"])

# 010
pub = "2025-08-06"
gold("010_interview-brackwater-fathom.txt", ["Fathom", "Fathom 2", "fathom-lite-3b"],
     [P("Fathom", 3.4e10, aliases=["34B model"]),
      P("Fathom 2", 1.2e11, bound="approx", scope="total", hedged=True, cue="could still move"),
      P("Fathom 2", 1.2e10, bound="approx", scope="active", hedged=True, cue="maybe"),
      P("fathom-lite-3b", 3e9),
      R("Fathom", "released", month(2025, 3), "month", "We shipped Fathom in March"),
      R("Fathom 2", "planned", quarter(2025, 4), "quarter", "We're aiming for the fourth quarter", hedged=True),
      R("fathom-lite-3b", "released", month(2025, 6), "month", "We put it up in June")],
     ["size and dates come in interview answers; 'it' in 'We put it up in June' refers to fathom-lite-3b",
      "'something around 100 billion' is compute they could have used, not a model's size; 'hundreds of billions' rumour has no figure",
      "'Our 34B beats some 70B models': 34B restates Fathom; 70B tied to no model",
      "seed round 'in July' (last summer, 2024) not a release date; 9 trillion tokens not parameters",
      "Fathom 2 active '12 billion' hedged 'maybe', total hedged 'something like ... could still move'"])

# 011
pub = "2024-12-03"
gold("011_paper-loom-data-order.txt", ["Loom-13B", "Loom-1.3B"],
     [P("Loom-13B", 1.3e10),
      P("Loom-1.3B", 1.3e9),
      R("Loom-13B", "planned", month(2025, 1), "month", "in January", hedged=True),
      R("Loom-1.3B", "planned", month(2025, 1), "month", "in January", hedged=True)],
     ["'models from 125 million to 13 billion parameters' tied to no single model: not a fact",
      "'a conventionally trained 13B baseline' unnamed: not a fact; 'Loom' in the title names the study, not a model",
      "'posted to arXiv on Nov. 26' is the paper date, not a model release",
      "January release planned ('plans to'), year resolved to 2025 from publication Dec 2024",
      "1.2 trillion tokens, 512 GPUs, $1.9 million not parameters"])

# 012
pub = "2026-03-04"
gold("012_liveblog-ionic-quasar-5.txt", ["Quasar 5", "Quasar 5 Flash", "Quasar 5 Pro", "Quasar 4"],
     [P("Quasar 5", 6.8e11, scope="total"),
      P("Quasar 5", 3.7e10, scope="active"),
      P("Quasar 4", 4e11, bound="approx", hedged=True, cue="widely estimated"),
      P("Quasar 5 Flash", 4e10, bound="approx", aliases=["Flash model"]),
      P("Quasar 5 Flash", 4.1e10, aliases=["Flash model"]),
      R("Quasar 5", "released", pub, "day", "It's available today"),
      R("Quasar 5 Flash", "released", pub, "day", "Also shipping today"),
      R("Quasar 5 Pro", "planned", month(2026, 4), "month", "arriving next month", hedged=True)],
     ["Quasar 5 Flash has two figures: 'roughly 40B' on the slide and 41 billion on the model card; both coded (compatible)",
      "'It's available today' - 'It' is Quasar 5 (previous sentence); 'Also shipping today' refers to Quasar 5 Flash",
      "Quasar 4 'retired on June 30' is not a release date; 'rumoured for weeks' no date",
      "Quasar 5 Pro: no size",
      "210 million users, 400K context, 22 trillion tokens, $0.15 are not parameters"])

# 013
gold("013_negative-ai-hardware-week.txt", [], [],
     ["NEGATIVE: no model facts. 'a model of up to 2 trillion parameters' and 'a 70-billion-parameter open model' are tied to no named model",
      "H3 is a chip, its 'planned for the third quarter' shipments are not a model release; Larchmont's assistant app is unnamed"])

os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
for name, (title, url, pub, body) in ARTS.items():
    with open(os.path.join(HERE, "articles", name), "w", encoding="utf-8") as fh:
        fh.write(f"Title: {title}\nURL: {url}\nPublished: {pub}\n\n{body}")
G.sort(key=lambda g: g["file"])
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
    for g in G:
        fh.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(ARTS), "articles,", len(G), "gold lines")
