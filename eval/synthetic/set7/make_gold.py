#!/usr/bin/env python3
"""Build /work/notes/set7/gold.jsonl. Dates computed with datetime, never by hand."""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date.fromisoformat


def iso(d):
    return d.isoformat()


def last_weekday(pub, wd):
    """'last Tuesday' / 'on Tuesday' (past): the most recent such weekday strictly before pub."""
    d = D(pub) - dt.timedelta(days=1)
    while d.weekday() != wd:
        d -= dt.timedelta(days=1)
    return d


MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def month(y, m):
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def part(y, m, which):
    last = calendar.monthrange(y, m)[1]
    return {"early": (dt.date(y, m, 1), dt.date(y, m, 10)),
            "mid": (dt.date(y, m, 11), dt.date(y, m, 20)),
            "late": (dt.date(y, m, 21), dt.date(y, m, last))}[which]


def quarter(y, q):
    return dt.date(y, 3 * q - 2, 1), month(y, 3 * q)[1]


def half(y, h):
    return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))


def year(y):
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def season(y, name):
    """Northern meteorological seasons (spring Mar-May, summer Jun-Aug, fall Sep-Nov)."""
    a = {"spring": 3, "summer": 6, "fall": 9}[name]
    return dt.date(y, a, 1), month(y, a + 2)[1]


def next_week(pub):
    d = D(pub)
    start = d + dt.timedelta(days=7 - d.weekday())
    return start, start + dt.timedelta(days=6)


def P(subject, value, bound="exact", scope="unspecified", hedged=False, cue=None, aliases=(), low=None, high=None):
    if bound == "range":
        value = None
    return {"predicate": "parameter_count", "subject": subject, "aliases": list(aliases),
            "value": None if value is None else float(value), "low": None if low is None else float(low),
            "high": None if high is None else float(high), "bound": bound, "scope": scope,
            "hedged": hedged, "cue": cue}


def R(subject, event, span, gran, text, hedged=False):
    s, e = span if isinstance(span, tuple) else (span, span)
    return {"predicate": "release_date", "subject": subject, "event": event, "start": iso(s), "end": iso(e),
            "granularity": gran, "text": text, "hedged": hedged}


def Q(subject, value, unit, hedged=False):
    return {"predicate": "quantity", "subject": subject, "value": value, "unit": unit, "hedged": hedged}


GOLD = []


def art(file, published, models, facts, doubts):
    GOLD.append({"file": file, "published": published, "models": models, "facts": facts, "doubts": doubts})


# ---------------------------------------------------------------- 001 tech-blog launch post
pub = "2026-02-10"
art("001_halcyon-corvid-3-1-launch.txt", pub,
    ["Corvid 3.1", "Corvid 3.1 Ultra", "Corvid 3.1 Pro", "Corvid 3.1 mini", "Corvid 3 Ultra", "Corvid 3 Pro", "Corvid 4"],
    [
        P("Corvid 3.1 Ultra", 1.2e12),
        P("Corvid 3.1 Ultra", 9e10, bound="approx", scope="active"),
        P("Corvid 3.1 Pro", 2.36e11),
        P("Corvid 3.1 mini", 7e9, aliases=["corvid-3.1-mini-7b"]),
        R("Corvid 3.1", "announced", D(pub), "day", "pulled the wraps off Corvid 3.1 today"),
        R("Corvid 3.1 Ultra", "released", D(pub), "day", "it is available today"),
        R("Corvid 3.1 Pro", "planned", next_week(pub), "relative", "Pro reaches API customers next week", hedged=True),
        R("Corvid 3.1 mini", "planned", part(2026, 2, "late"), "part_of_month",
          "mini is expected on the hub by the end of the month", hedged=True),
        R("Corvid 3 Ultra", "released", month(2025, 6), "month", "the Corvid 3 Ultra that arrived last June"),
        R("Corvid 3.1", "announced", month(2025, 11), "month",
          "Halcyon first announced Corvid 3.1 at its developer day in November"),
        R("Corvid 4", "planned", half(2026, 2), "half", "sometime in the second half", hedged=True),
        Q("Corvid 3.1 Ultra", 512000, "tokens context"),
        Q("Corvid 3.1 Ultra", 71.4, "% private coding set"),
    ],
    ["'1.2 trillion parameter mixture-of-experts model': the text never says 'total', so scope unspecified per guidelines",
     "'Ultra is roughly twice the size of its predecessor, the Corvid 3 Ultra': comparison, no fact for Corvid 3 Ultra (~600B would be inference)",
     "'Pro reaches API customers next week, Halcyon told us': firm company schedule but future; coded planned+hedged (set-wide rule: every planned future release is hedged=true); 'next week' = Mon-Sun of the following week, granularity relative",
     "'by the end of the month' coded part_of_month late (21-28 Feb)",
     "Corvid 3.1 has two announcement facts: developer day in November (first announcement) and the launch 'today'; the lead's 'pulled the wraps off' could also be read as released",
     "'sometime in the second half' is Ilves' expectation for Corvid 4 -> planned H2 2026, hedged",
     "'will the next generation cross two trillion parameters' is a question, not a fact",
     "38 trillion tokens, 24,000 accelerators, 512,000-token context, $ prices, 5 GB memory: not parameters",
     "Corvid 3 Pro's 55.5% 'last summer' is a benchmark date, not a release date"])

# ---------------------------------------------------------------- 002 analyst note
pub = "2024-11-18"
art("002_analyst-note-open-moe.txt", pub,
    ["Rook-MoE-141B-A13B", "Tamsin-70B-Chat", "Osprey-480B-A35B", "Osprey-2"],
    [
        P("Rook-MoE-141B-A13B", 1.41e11, scope="total", aliases=["Rook"]),
        P("Rook-MoE-141B-A13B", 1.3e10, scope="active", aliases=["Rook"]),
        P("Tamsin-70B-Chat", 7e10),
        P("Osprey-480B-A35B", 4.8e11, scope="total", aliases=["Osprey"]),
        P("Osprey-480B-A35B", 3.5e10, scope="active", aliases=["Osprey"]),
        P("Osprey-2", None, bound="range", low=7e11, high=9e11, scope="total", hedged=True, cue="We estimate"),
        R("Rook-MoE-141B-A13B", "released", last_weekday(pub, TUE), "day", "released Rook-MoE-141B-A13B last Tuesday"),
        R("Tamsin-70B-Chat", "released", D("2024-11-05"), "day", "on the 5th"),
        R("Osprey-480B-A35B", "released", part(2024, 10, "late"), "part_of_month",
          "has been downloadable since the end of October"),
        R("Osprey-2", "planned", quarter(2025, 1), "quarter", "expects to release Osprey-2 by the end of Q1", hedged=True),
    ],
    ["'a model of around 300 billion parameters' (a larger Rook in training) has no name: not a fact",
     "'Rook is about twice Tamsin's total size' is a comparison",
     "'400B+ scale' in the risks list is tied to no model",
     "'on the 5th' resolved to November 2024 (one week before last Tuesday = Nov 12)",
     "'last Tuesday' on a Monday resolved to the Tuesday six days earlier (2024-11-12), not 13 days",
     "'by the end of Q1' (Osprey-2) coded as quarter Q1 2025; could be read as 'no later than 31 March' with start = publication",
     "Osprey-2 '700B to 900B total parameters' is the analysts' own estimate: hedged, cue 'We estimate'",
     "'downloadable since the end of October' coded released, late October",
     "Sizes in names (141B, 13B, 480B, 35B) are also stated as figures in the text, so they are facts here",
     "$ per million tokens, 8 H100 GPUs, 2.6 million GPU-hours, $110 million: not parameters"])

# ---------------------------------------------------------------- 003 benchmark table
pub = "2026-03-12"
art("003_small-models-benchmark-table.txt", pub,
    ["Tamsin-8B-Instruct", "larkspur-oss-20b", "larkspur-oss-120b", "Wrenlet 2", "Wrenlet 2 Small", "Wrenlet 2 Medium",
     "Wrenlet 2 Large", "Wrenlet 2 Tiny", "Sable Nano", "Sable", "Vexa-x 9B"],
    [
        P("Tamsin-8B-Instruct", 8e9),
        P("larkspur-oss-20b", 2.1e10),
        P("larkspur-oss-20b", 3.6e9, scope="active"),
        P("larkspur-oss-120b", 1.17e11),
        P("Wrenlet 2 Small", 1.2e10),
        P("Wrenlet 2 Medium", 3.2e10),
        P("Wrenlet 2 Large", 1.1e11),
        P("Sable Nano", 4e9, bound="approx", hedged=True, cue="est."),
        P("Vexa-x 9B", 9.4e9),
        R("Tamsin-8B-Instruct", "released", D("2026-01-20"), "day", "2026-01-20"),
        R("larkspur-oss-20b", "released", D("2025-11-04"), "day", "2025-11-04"),
        R("Wrenlet 2 Small", "released", month(2026, 2), "month", "Feb. 2026"),
        R("Sable Nano", "released", D("2026-03-03"), "day", "Mar. 3"),
        R("Vexa-x 9B", "released", D("2026-02-26"), "day", "2026-02-26"),
        R("Sable", "released", month(2025, 5), "month", "which Ondine launched in May last year"),
        R("Wrenlet 2 Tiny", "planned", month(2026, 4), "month", "a Wrenlet 2 Tiny is planned for April", hedged=True),
        Q("larkspur-oss-20b", 64.0, "MMLU-Pro"),
        Q("Vexa-x 9B", 256000, "tokens context"),
    ],
    ["Table sizes: 'Params' column read as parameters with unspecified scope; the 'Active' column gives larkspur-oss-20b's 3.6B active",
     "larkspur-oss-20b is 21B although the name says 20b: gold 2.1e10; a reader of the name only would say 2e10 (outside 0.5% tolerance)",
     "Sable Nano '~4B (est.)' is the writer's estimate: approx, hedged, cue 'est.' (also 'our estimate')",
     "'Released' column values are release dates; 'Mar. 3' resolved to 2026 from the publication date",
     "'Tamsin's promised 14B variant' has no model name: no fact (and 'soon' no date)",
     "Vexa's Series B in October is a funding date, not a release",
     "Wrenlet 2 sizes given once for the family ('at 12B, 32B and 110B respectively') mapped to Small/Medium/Large",
     "Context windows (128K etc.), Tok/s, 48 GB, 61 GPU-hours, $90: not parameters",
     "'Wrenlet 2' listed as a model name (the family) as the text names it standalone"])

# ---------------------------------------------------------------- 004 live blog
pub = "2026-05-19"
art("004_aerie-summit-liveblog.txt", pub,
    ["Kestrel", "Kestrel Flash", "Kestrel-o", "Glide 2", "Glide 3", "Corvid 3.1 Ultra"],
    [
        P("Kestrel", 4e11, bound="at_least", aliases=["Heron"]),
        P("Kestrel Flash", 3e10, bound="at_most"),
        P("Corvid 3.1 Ultra", 1.2e12),
        R("Kestrel", "announced", D(pub), "day", "Today we're announcing Kestrel.", ),
        R("Kestrel", "released", D(pub), "day", "Kestrel rolls out to Pro and Team subscribers starting today"),
        R("Kestrel", "planned", (D(pub), D(pub) + dt.timedelta(days=28)), "relative", "API access \"within weeks.\"", hedged=True),
        R("Kestrel Flash", "planned", season(2026, "summer"), "relative", "Kestrel Flash ships this summer", hedged=True),
        R("Kestrel-o", "planned", year(2026), "year", "is coming later this year", hedged=True),
        R("Glide 2", "released", month(2025, 10), "month", "the model Aerie launched in October 2025"),
        Q("Kestrel", 60000, "GPU"),
    ],
    ["'KESTREL: 400B+ PARAMETERS' (slide) -> at_least 4e11, company statement, not hedged",
     "'under 30 billion parameters' (Kestrel Flash) -> at_most 3e10",
     "Kestrel-o's size: 'It's built on Kestrel. Do the math.' -> no explicit figure, not a fact",
     "Corvid 3.1 Ultra (1.2T parameters) on Aerie's comparison slide: stated plainly, coded unhedged",
     "Kestrel has both announced and released facts on the same day (announcement + rollout to subscribers 'starting today')",
     "API 'within weeks' coded as a planned Kestrel release, relative 0-28 days; the subject is Kestrel's API availability",
     "'this summer' coded Jun 1-Aug 31 with granularity relative (no season granularity)",
     "'later this year' (Kestrel-o) coded as the whole year 2026; arguably 2026-05-20..2026-12-31",
     "'Heron' is Kestrel's code name: given as alias, not as a separate model",
     "Glide 3 is named only as not announced; Glide (family) not listed",
     "Times of day (10:04 a.m. etc.), keynote in September, training start 'after last year's Summit': not release dates",
     "4,000 developers, 60,000 GPUs, $8 billion, 30,000 notes: not parameters"])

# ---------------------------------------------------------------- 005 translated piece
pub = "2024-12-03"
art("005_lanyue-wenlan-x2-translated.txt", pub,
    ["Wenlan-X2", "Wenlan-X1", "Wenlan-X2-Lite", "Wenlan-X3", "Qiantang-Max"],
    [
        P("Wenlan-X2", 5e11, bound="at_least", scope="total"),
        P("Wenlan-X2", 3.7e10, bound="approx", scope="active"),
        P("Wenlan-X1", 1.3e11),
        P("Wenlan-X2-Lite", 1.6e10),
        P("Wenlan-X3", 1e12, bound="approx", hedged=True, cue="planned"),
        R("Wenlan-X2", "released", D("2024-12-01"), "day", "on December 1st formally released"),
        R("Wenlan-X1", "released", season(2024, "spring"), "relative", "Wenlan-X1 was published in the spring of this year"),
        R("Wenlan-X2-Lite", "planned", part(2024, 12, "late"), "part_of_month",
          "the Lite version will open source at the end of this month", hedged=True),
        R("Wenlan-X3", "planned", half(2025, 1), "half", "Wenlan-X3 is planned in the first half of next year", hedged=True),
        R("Qiantang-Max", "released", month(2024, 10), "month", "released Qiantang-Max in October"),
        Q("Wenlan-X2", 91.3, "C-Eval"),
    ],
    ["Wenlan-X2 'total parameter scale is more than half a trillion' -> at_least 5e11, scope total (text says total)",
     "'the activated parameters is about 37 billion' -> active approx",
     "Wenlan-X3 'parameter will reach trillion level': coded approx 1e12, hedged (planned future size); could be read as at_least",
     "'bigger by about four times' is a comparison (X1 130B -> X2 >500B), no extra fact",
     "'According to the official introduction' attributes to the company itself: Wenlan-X2 figures coded unhedged",
     "'spring of this year' coded Mar-May 2024, granularity relative (no season granularity)",
     "Wenlan-X2-Lite 'announced' at the same Dec 1 press conference: not coded as a separate announced fact (date only implied)",
     "'on November 28th ... B round financing' is a funding date; 'founded in 2022' is not a release",
     "ten thousand GPU cards, 200 million yuan, 18 trillion tokens, 256 thousand tokens: not parameters",
     "'models of the scale of several hundred billion parameters' tied to no model"])

# ---------------------------------------------------------------- 006 interview Q&A
pub = "2026-08-27"
art("006_larkspur-founder-interview.txt", pub,
    ["larkspur-oss-20b", "larkspur-oss-120b", "Larkspur 2", "Tamsin-70B-Chat"],
    [
        P("larkspur-oss-20b", 2.1e10, scope="total"),
        P("larkspur-oss-20b", 3.6e9, bound="approx", scope="active"),
        P("larkspur-oss-120b", 1.17e11),
        P("Larkspur 2", None, bound="range", low=3e10, high=4e10, hedged=True, cue="will be"),
        R("larkspur-oss-20b", "released", D("2025-11-04"), "day", "on November 4 last year"),
        R("larkspur-oss-120b", "released", D("2025-11-04"), "day", "on November 4 last year"),
        R("Larkspur 2", "planned", season(2026, "fall"), "relative", "We're targeting this fall", hedged=True),
    ],
    ["'It's 21 billion total, about 3.6 billion active' -> larkspur-oss-20b total 2.1e10 and active approx 3.6e9; later 'With 3.6 billion active parameters' is the same fact",
     "'The 120b is 117 billion' -> larkspur-oss-120b 1.17e11 (subject given by short reference 'The 120b')",
     "'larkspur-oss-21b' is a hypothetical name, not a model",
     "Larkspur 2: 'The dense one will be between 30 and 40 billion parameters' -> range, hedged (future size); the MoE version has no size",
     "'a one-trillion-parameter model' (July report, denied) has no name: not a fact",
     "'Tamsin-70B-Chat is more than three times the size of your 20b model' is a comparison; no fact for Tamsin-70B-Chat",
     "partner preview 'about two weeks before that' not coded as a release",
     "'this fall' coded Sep 1-Nov 30 2026, granularity relative",
     "interview 'on Monday', Series B 'in March', report 'in July': not release dates",
     "14 million downloads, 80-gigabyte accelerator, $180 million, 3,000 accelerators: not parameters"])

# ---------------------------------------------------------------- 007 newsletter roundup
pub = "2026-01-16"
art("007_tensor-dispatch-roundup.txt", pub,
    ["Quokka-3 Omni", "Ibis 4o mini", "Ibis 4o", "Rook-MoE-141B-A13B-0126", "korin-2-mini", "Tamsin 3",
     "Tamsin-70B-Chat", "Vireo 5", "Vireo 4"],
    [
        P("Quokka-3 Omni", 3e10, scope="total"),
        P("Quokka-3 Omni", 3e9, scope="active"),
        P("Ibis 4o mini", 8e9, hedged=True, cue="a leaked model card puts it at"),
        P("korin-2-mini", 1.5e9),
        P("Tamsin 3", 3e9, aliases=["Tamsin 3 3B"]),
        P("Tamsin 3", 8e9, aliases=["Tamsin 3 8B"]),
        P("Tamsin 3", 7e10, aliases=["Tamsin 3 70B"]),
        P("Vireo 5", 2e12, bound="at_least", hedged=True, cue="could top"),
        P("Vireo 4", 8e11, bound="approx", hedged=True, cue="estimates put it at"),
        R("Quokka-3 Omni", "released", last_weekday(pub, TUE), "day", "Released Tuesday"),
        R("Ibis 4o mini", "released", last_weekday(pub, WED), "day", "went live for free users on Wednesday"),
        R("Rook-MoE-141B-A13B-0126", "released", D("2026-01-12"), "day", "landed on the 12th"),
        R("korin-2-mini", "released", last_weekday(pub, MON), "day", "Out since Monday"),
        R("Tamsin 3", "planned", (D(pub) + dt.timedelta(days=1), month(2026, 1)[1]), "relative",
          "will ship later this month", hedged=True),
        R("Vireo 5", "planned", month(2026, 3), "month", "targeted for late Q1", hedged=True),
        Q("Quokka-3 Omni", 256000, "tokens context"),
    ],
    ["'30B total / 3B active' -> total and active facts for Quokka-3 Omni",
     "Ibis 4o mini: Nimbus won't say; 'a leaked model card puts it at 8B' -> hedged, cue leaked",
     "'the Tamsin 3 family comes in 3B, 8B and 70B': one size per variant, coded as subject Tamsin 3 with aliases 'Tamsin 3 3B' etc.; company statement in present tense, coded unhedged although the family ships later",
     "'later this month' coded Jan 17-31 (relative); 'late' part_of_month (21-31) is the alternative",
     "'late Q1' coded as March 2026 (month)",
     "Vireo 5 'could top 2 trillion' -> at_least, hedged (report + could)",
     "Rook-MoE-141B-A13B-0126: sizes only in the name, no stated figure -> no parameter fact",
     "Tamsin-70B-Chat 'more than a year after launch': vague, no release fact",
     "Aerie's developer summit 'in May' is an event, not a model release; Nimbus reasoning model unnamed",
     "1.5 million GPUs, $500 billion, 72%, 40 tokens a second: not parameters"])

# ---------------------------------------------------------------- 008 long-form history
pub = "2026-04-07"
art("008_marlin-family-history.txt", pub,
    ["Marlin 4", "Marlin", "Marlin 2", "Marlin 2 Chat", "marlin-coder-34b", "Marlin 3", "Marlin 3 180B",
     "Marlin 3.5", "Marlin 4 Mini"],
    [
        P("Marlin 4", 1e12, bound="approx", hedged=True, cue="estimates put it at"),
        P("Marlin", 1.3e9, aliases=["Marlin 1"]),
        P("Marlin 2", 1.3e10),
        P("marlin-coder-34b", 3.4e10),
        P("Marlin 3", 8e9, aliases=["Marlin 3 8B"]),
        P("Marlin 3", 3.4e10, aliases=["Marlin 3 34B"]),
        P("Marlin 3", 1.8e11, aliases=["Marlin 3 180B"]),
        P("Marlin 3.5", 4e11, bound="at_least", scope="total"),
        P("Marlin 3.5", 2.2e10, bound="approx", scope="active"),
        R("Marlin 4", "announced", month(2026, 3), "month", "When Tidewater announced Marlin 4 last month"),
        R("Marlin 4", "planned", season(2026, "summer"), "relative", "it will be generally available in the summer", hedged=True),
        R("Marlin 4 Mini", "planned", season(2026, "summer"), "relative", "Marlin 4 Mini expected around the same time", hedged=True),
        R("Marlin", "announced", month(2022, 3), "month", "The initial version was presented in March"),
        R("Marlin 2", "released", month(2023, 5), "month", "Marlin 2 followed in May 2023"),
        R("Marlin 2 Chat", "released", month(2023, 7), "month", "came two months after that"),
        R("marlin-coder-34b", "released", year(2023), "year", "The same year the team released marlin-coder-34b"),
        R("Marlin 3", "released", D("2024-09-17"), "day", "2024-09-17"),
        R("Marlin 3.5", "released", quarter(2024, 4), "quarter", "arrived late that year"),
    ],
    ["'The initial version was presented in March' gets its year from 'By early 2022' in the previous sentence -> announced March 2022 (presented = announced)",
     "'Marlin 2 Chat ... came two months after that' -> July 2023 (May 2023 + 2 months), month granularity",
     "'The same year' for marlin-coder-34b -> 2023",
     "Marlin 3 sizes given once for the family ('8B, 34B and a flagship 180B'), coded subject Marlin 3 with size aliases; 'Marlin 3 180B' also listed as a model name",
     "'late that year' (Marlin 3.5) coded Q4 2024; no 'late year' granularity in the guidelines",
     "Marlin 3.5 'more than 400 billion parameters in total' -> at_least, scope total; 'about 22 billion active' -> approx active",
     "Marlin 4: 'estimates put it at roughly 1 trillion' -> approx, hedged; 'nearly 800 times larger than the first Marlin' is a comparison",
     "Marlin 2 'ten times the size of the original' is a comparison (and consistent with 13B vs 1.3B)",
     "'in the summer' (Marlin 4 GA) coded Jun-Aug 2026, relative; Marlin 4 Mini 'around the same time' inherits it",
     "founded 'summer of 2021', co-founder spoke 'last week', $30 million seed: not release dates",
     "512 GPUs, 2,000 GPUs: not parameters"])

# ---------------------------------------------------------------- 009 rumour piece
pub = "2024-10-29"
art("009_skyloom-atlas-o2-rumour.txt", pub,
    ["Atlas-o2", "Atlas-o1", "Atlas-o2-mini"],
    [
        P("Atlas-o2", 4e11, bound="approx", hedged=True, cue="two of the people said"),
        P("Atlas-o2", None, bound="range", low=3.5e11, high=4.5e11, hedged=True, cue="A third person put the figure at"),
        P("Atlas-o1", 1.75e11),
        P("Atlas-o2-mini", 2e10, bound="approx", hedged=True, cue="is also said to"),
        R("Atlas-o2", "planned", (D(pub), D(pub) + dt.timedelta(days=28)), "relative", "it could launch within weeks", hedged=True),
        R("Atlas-o1", "released", part(2024, 9, "early"), "part_of_month", "which Skyloom released in early September"),
        R("Atlas-o1", "planned", month(2024, 7), "month", "Atlas-o1 was originally expected in July", hedged=True),
    ],
    ["Atlas-o2 has two compatible hedged figures: ~400B (two sources) and 350-450B (third source)",
     "'more than twice the size of Atlas-o1' is a comparison",
     "'within weeks' coded relative 0-28 days from publication",
     "Atlas-o1 'originally expected in July' (slipped) coded as a past planned date, hedged; arguable whether a superseded plan should be gold",
     "Atlas-o2-mini 'might arrive first' gives no date",
     "Anand spoke 'last Thursday' (conference), funding 'in August', blog post 'from September': not release dates",
     "'rivals ... training models with more than a trillion parameters' tied to no named model",
     "32,000 GPUs, $400 million, $2.4 billion, $31 billion: not parameters; the leaked document 'does not list a parameter count'"])

# ---------------------------------------------------------------- 010 correction / update note
pub = "2026-06-04"
art("010_zephyr-pangolin-correction.txt", pub,
    ["Pangolin-2 Max", "Pangolin-2 Air", "Pangolin-1", "Pangolin-3", "Corvid 3.1 Pro"],
    [
        P("Pangolin-2 Max", 6.08e11, scope="total"),
        P("Pangolin-2 Max", 4.1e10, scope="active"),
        P("Pangolin-2 Air", 3.2e10),
        P("Pangolin-1", 7e10),
        P("Corvid 3.1 Pro", 2.36e11),
        R("Pangolin-2 Max", "released", D("2026-05-28"), "day", "Pangolin-2 Max launched on May 28"),
        R("Pangolin-2 Air", "released", D("2026-05-28"), "day", "Air launched alongside Max"),
        R("Pangolin-2 Air", "planned", quarter(2026, 3), "quarter", "by the end of Q3", hedged=True),
        R("Pangolin-1", "released", season(2025, "spring"), "relative", "which Zephyr released in the spring of 2025"),
    ],
    ["Correction note retracts '680 billion' and 'May 26': neither is gold; an extractor reading them is a false hit",
     "'launched last Thursday' in the body (original story, Tuesday June 2) and 'launched on May 28' in the correction are the same fact: 2026-05-28 from either reference date",
     "Published = 2026-06-04 (correction/update date in header); the URL carries the original date 2026/06/02",
     "'Air launched alongside Max' -> released 2026-05-28 by inference from Max's date",
     "'intends to publish the weights by the end of Q3' (open-weights release of Air) coded planned Q3 2026, hedged",
     "Corvid 3.1 Pro 'default choice ... since February' is not a release statement: no date fact",
     "Pangolin-3 'not on any slide yet': no facts",
     "developer event in September, raise in January, statement 'on Thursday': not model releases",
     "8,000 GPUs, $1.10 per million tokens, $260 million: not parameters"])

# ---------------------------------------------------------------- 011 negative
pub = "2024-12-11"
art("011_chip-export-rules-negative.txt", pub, [], [],
    ["NEGATIVE article: no model names, no parameter or release facts",
     "'a 100-billion-parameter cut-off' and 'A model with tens of billions of parameters' are tied to no model",
     "10^26 operations, 50,000 GPUs, 100,000 accelerators, $30.8 billion, 75%, 30/120 days: not model facts",
     "Nvidia and AMD are companies, not models"])

# ---------------------------------------------------------------- 012 syndicated copy of 009
pub = "2024-10-30"
art("012_skyloom-atlas-o2-syndicated.txt", pub,
    ["Atlas-o2", "Atlas-o1", "Atlas-o2-mini"],
    [
        P("Atlas-o2", 4e11, bound="approx", hedged=True, cue="Two of the sources said"),
        P("Atlas-o2", None, bound="range", low=3.5e11, high=4.5e11, hedged=True, cue="A third put the figure at"),
        P("Atlas-o1", 1.75e11),
        P("Atlas-o2-mini", 2e10, bound="approx", hedged=True, cue="is also said to"),
        R("Atlas-o2", "planned", (D(pub), D(pub) + dt.timedelta(days=28)), "relative", "the release could come within weeks", hedged=True),
        R("Atlas-o1", "released", part(2024, 9, "early"), "part_of_month", "which Skyloom released in early September"),
        R("Atlas-o1", "planned", month(2024, 7), "month", "Atlas-o1 was originally expected in July", hedged=True),
    ],
    ["Syndicated near-copy of 009 (reworded lead, published a day later): same facts; 'within weeks' resolves from 2024-10-30",
     "If the pipeline marks it duplicate_of 009 and emits no claims, score.py skips it",
     "same doubts as 009 (superseded July plan, comparison 'more than double')"])


def main():
    out = os.path.join(HERE, "gold.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for g in GOLD:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} lines to {out}")


if __name__ == "__main__":
    main()
