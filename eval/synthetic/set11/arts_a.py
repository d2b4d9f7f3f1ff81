A = {}
A["001_fenwick-marlowe-2-open-weights.txt"] = ("Fenwick AI opens up Marlowe 2 in four sizes",
"https://www.lowlatency.example/2025/03/fenwick-marlowe-2-open-weights/", "2025-03-12", """Fenwick AI released Marlowe 2 on Tuesday, the second generation of its open-weight model family, and this time the Lyon-based lab is putting out the whole range at once. The models are available in 1B, 4B, 12B and 27B parameter sizes, each as a pretrained checkpoint and an instruction-tuned one, under a license that allows commercial use for companies with fewer than 50 million monthly users.

The smallest, Marlowe 2 1B, is text-only and aimed at phones. Marlowe 2 4B and Marlowe 2 12B accept images as well as text, and Marlowe 2 27B, the flagship, adds function calling. "The 27B is the one most developers will actually deploy," said Ines Carrad, who leads the model team. "It fits on one 80-gigabyte GPU at 8-bit precision, and that was the design target from day one."

The numbers around the release are large even where the models are not. The 27B model was trained on 14 trillion tokens, the 1B on 2 trillion. All but the smallest share a 128,000-token context window; the 1B tops out at 32,000 tokens. Fenwick says training used 6,144 accelerators over roughly eleven weeks, and the company raised EUR 410 million last autumn to pay for it.

On Fenwick's own benchmark sheet, Marlowe 2 27B scores 67.5 on MMLU-Pro, ahead of Osprey Labs' Tamsin-70B-Chat, a 70-billion-parameter model more than twice its size, and roughly level with Osprey's larger closed model, Tamsin Max. Independent numbers are not yet available.

A short history

The original Marlowe was presented in April 2024 as a single 9-billion-parameter model, released with little fanfare on a Friday afternoon. It found an audience among hobbyists fine-tuning on consumer cards, and a smaller sibling, Marlowe Mini, followed in October with 2.6 billion parameters. Neither shipped instruction-tuned weights at launch, a gap the lab filled months later.

Marlowe 2 is also the first release to come with a technical report on day one. The report says the 12B and 27B versions were distilled in part from a larger internal model that Fenwick declined to name or size. A company spokesperson would only say Fenwick "is exploring" sizes above 100 billion parameters for a future generation.

The weights can be downloaded from Hugging Face, where the instruction-tuned flagship lives at marlowe-2-27b-it, and through Fenwick's own API at EUR 0.10 per million input tokens for the 4B.
""")

A["002_wire-qantara-sable-moe.txt"] = ("Qantara Labs unveils Sable mixture-of-experts models, says big one runs on a single server",
"https://www.wirenews.example/technology/qantara-sable-moe-2025-07-17", "2025-07-17", """DUBAI, July 17 (Wire) - Qantara Labs on Monday released Sable-MoE-236B-A21B, a mixture-of-experts language model that the Abu Dhabi-backed startup says matches far larger systems while costing a fraction as much to run.

The model has 236 billion total parameters, but only 21 billion are activated per token, the company said in a statement, meaning each word it generates touches less than a tenth of the network. A smaller sibling, Sable-MoE-30B-A3B, with 30 billion parameters in total and 3 billion active, is expected to be published by the end of the month.

"You pay for 21 billion, you get the knowledge of 236 billion," chief executive Rami Haddad told reporters on a call on Wednesday.

Both models replace Sable 2, a conventional dense 72-billion-parameter model Qantara released in January, as the company's flagship. Sable 2 will remain available through the company's API until the end of the year.

Qantara trained the new model on 18 trillion tokens using 4,096 Nvidia H100 chips, it said, and it supports a context window of 256,000 tokens. The company raised $850 million in a funding round in March led by sovereign investors.

The weights of the larger model are published under an Apache 2.0 license. Qantara said the 236B model could be served on a single server with eight GPUs, a claim analysts said would need independent testing.

(Reporting by Leila Mansour; Editing by Tom Hardwick)
""")

A["003_halcyon-corvid-4-leak.txt"] = ("Leaked spec sheet puts Halcyon's next Corvid at 1.8 trillion parameters",
"https://www.thecircuitry.example/news/halcyon-corvid-4-leak", "2026-04-22", """A document circulating among cloud resellers this week purports to describe Corvid 4 Ultra, the next flagship from Halcyon Systems, and if it is genuine, the model is enormous.

The two-page spec sheet, dated 2026-02-10, which The Circuitry has seen but could not independently verify, describes a 1.8 trillion-parameter mixture-of-experts system with roughly 280 billion parameters active per token. Two people familiar with Halcyon's plans said the figures matched what they had been told internally, though one cautioned that "the sheet is at least two months old and the config has changed before."

The model was developed under the code name Blackcap, according to the people, who asked not to be named because they were not authorized to discuss unreleased products. Halcyon declined to comment.

According to the leak, Halcyon is targeting a launch by the end of Q3, with a smaller Corvid 4 Mini said to be somewhere between 30 and 40 billion parameters arriving first, possibly within weeks. The sheet lists a 2-million-token context window for Ultra and a training run on what it describes as "~40,000 GPUs".

If the numbers hold, Ultra would be more than half a trillion parameters bigger than anything Halcyon has shipped. The company has never disclosed the size of its current flagship, Corvid 3.1 Ultra, which launched last October; analysts at Bramwell Research estimate it at around 600 billion parameters based on its serving costs.

Not everyone is convinced. "Spec sheets leak all the time and half of them are fakes made to move reseller contracts," said one infrastructure executive. "I'd want to see the pricing before I believed 1.8T."

Halcyon's last major generation, Corvid 3, came out in the spring of 2025.
""")

A["004_explainer-model-sizes-table.txt"] = ("How big is too big? A field guide to this year's open and closed models",
"https://www.bitsandweights.example/explainers/model-sizes-2025", "2025-11-05", """Parameter counts used to be the first line of every model announcement. In 2025 they have become something closer to a trade secret for the closed labs and a marketing line for the open ones. Here is what we actually know about the models readers ask us about most, and what we are guessing.

Start with the open end. Osprey Labs' Tamsin-70B-Chat is exactly what it says on the tin: seventy billion parameters, dense, every one of them used for every token. Larkspur's larkspur-oss-20b is more subtle. The name suggests 20 billion, but the model card lists 21 billion total parameters, of which 3.6 billion are active per token, a mixture-of-experts design that runs on a laptop with 16GB of memory.

Then there is Kestrel, the model Gyrfalcon AI shipped in August. Gyrfalcon has said only that it is "well above 400 billion parameters". Obelisk-2 Max, from Monolith, is the one everyone argues about: Monolith has never published a figure, and estimates from outside researchers range from 1 trillion to 1.5 trillion.

The table below collects the figures. "Params" is total parameters unless marked; figures in brackets are outside estimates, not company numbers.

  Model             Lab          Params            Context   Released
  Tamsin-70B-Chat   Osprey Labs  70B               128K      Feb 2025
  larkspur-oss-20b  Larkspur     21B (3.6B act.)   128K      Aug 2025
  Kestrel           Gyrfalcon    >400B             200K      Aug 2025
  Obelisk-2 Max     Monolith     [1T-1.5T]         1M        May 2025
  Wren-3B           Fieldfare    3B                32K       Jun 2025

A note on context: Obelisk-2 Max's one-million-token window is the largest here, but context length says nothing about parameter count. The 1M figure is how much text the model can read at once, not how many weights it has.

How we got here. Two years ago the open end of the market topped out far lower. Osprey's first release, Tamsin-13B, came out in late 2023 with 13 billion parameters, and was followed in the spring of 2024 by a 34B checkpoint that never got a name beyond its repository, tamsin-34b-base. Monolith's Obelisk-1 was announced on Sept. 18, 2024; the company said at the time that it had "hundreds of billions" of parameters, which tells you nothing.

Total versus active. Mixture-of-experts models make the headline number slippery. A model like larkspur-oss-20b stores 21 billion parameters but uses 3.6 billion for any one token, so it costs about as much to run as a 4B dense model while knowing a great deal more. Kestrel is widely believed to be a mixture-of-experts model too; one researcher who has profiled its API latency told us it behaves "like something with 30 to 50 billion active parameters", though Gyrfalcon has not confirmed the architecture.

Why the closed labs went quiet. Part of it is competition: a parameter count, together with a price, lets rivals work out your serving margins. Part of it is that the numbers got embarrassing in the other direction. Training budgets above $500 million and clusters of 16,000 GPUs or more are now routine, and a lab that spends that much does not always want to admit the result is smaller than last year's model.

Why it matters. A 70B dense model like Tamsin needs about 140GB of memory at 16-bit precision; larkspur-oss-20b needs a ninth of that. For most companies the cost of serving, not the parameter count, is what decides.

The smallest entry, Wren-3B, is a reminder that size is not destiny: at three billion parameters it beats last year's 13-billion-parameter Wren-13B on most of the coding tests we track.
""")

A["005_analyst-note-northgate-vireo.txt"] = ("Northgate AI: Vireo changes the cost curve, but how big is it?",
"https://research.bramwellpartners.example/notes/2024-09-30-northgate-vireo", "2024-09-30", """Bramwell Partners | Equity Research | Software & Internet
Northgate AI (private) - sector note
Analysts: D. Okafor, M. Lindqvist

Key points
- Vireo, launched on the 12th, is Northgate's first model sold only through its API. Northgate has disclosed neither its architecture nor its size.
- Based on pricing, latency and our channel checks, we believe Vireo is around 500 billion parameters, most likely a dense model. Rival shop Carrow Securities puts it between 300 and 400 billion; we think that understates the memory footprint implied by the throughput numbers.
- The cheaper tier, Vireo Flash, is likely under 50 billion parameters, in our estimate.
- We estimate Northgate's compute spend at $1.1-1.3 billion for 2024, on roughly 25,000 GPUs.

Our reasoning
Vireo's output price ($12 per million tokens) sits close to where we would expect a 400-600B dense model served at reasonable margins. Measured time-to-first-token at 1,000 concurrent sessions is consistent with tensor parallelism across at least eight accelerators. We stress these are estimates. Northgate's only public statement on size is that Vireo is "larger than anything we have trained before", and its previous model, Vireo-Preview, was disclosed at 175 billion parameters when it came out in March.

Risks
A mixture-of-experts design would cut active parameters sharply (a 500B MoE could run with 50 billion or fewer active) and would undermine our cost model. We also note press reports that Northgate plans a follow-on, provisionally called Vireo 2, for the first half of 2025; we have no visibility on its size.

Valuation
We raise our private-market valuation range for Northgate to $18-22 billion from $14-16 billion, reflecting the revenue ramp we expect from Vireo through 2025.
""")

A["006_translated-aurenza-pallas-distill.txt"] = ("Small student, big teacher: Aurenza publishes Pallas-Distill-8B",
"https://www.ki-rundschau.example/en/2025/05/aurenza-pallas-distill", "2025-05-20", """[This article was translated from German.]

The Munich start-up Aurenza has last week put online a small language model that shall reach a large part of the abilities of its own big model. Pallas-Distill-8B, so the name, has 8 billion parameters and was trained by distillation: the small model learns not from raw text alone but from the answers of the teacher, in this case Aurenza's flagship Pallas 480B.

The teacher is a mixture-of-experts model with 480B total / 35B active parameters, which Aurenza brought out on 2025-02-11. For the distillation the company let the teacher produce around 2 trillion tokens of answers, which cost, after own information, about 1.4 million euros in compute on 2,048 H100 graphics processors.

The result, says Aurenza, is astonishing: on mathematics tests the student reaches 91 percent of the teacher's score, at a sixtieth of the size. "We compress the knowledge, not the model," explained co-founder Lena Wiesholz to our editors on the telephone.

The weights are under the repository name pallas-distill-8b-instruct free to download. A yet smaller variant with 1.5 billion parameters is, after information from the company, in preparation and shall follow in the summer; a name is not yet fixed.

Critics point out that the distillation profits from a model whose size and data the public can not check. The 480-billion model itself is only over the API reachable.

Aurenza was founded 2023 and employs 60 people.
""")

A["007_meridian-halvard-3-datacenter.txt"] = ("Inside Meridian's 150-megawatt bet: 100,000 GPUs for one model",
"https://www.datacenterdispatch.example/2025/10/meridian-atlas-halvard-3", "2025-10-08", """The building outside Abilene is the size of eleven football fields, draws 150 megawatts at full load and, as of last month, houses 100,000 Nvidia Blackwell GPUs. Meridian Compute built it for one job: training Halvard-3, a model the company says will have 1.2 trillion parameters.

Meridian's chief scientist, Ada Okonkwo, laid out the numbers at a press tour on Monday. The training run will consume about 30 trillion tokens of text and code, take roughly 90 days, and cost "north of $600 million" in electricity, depreciation and staff. The finished model is designed for a context window of one million tokens, a figure Okonkwo was careful to separate from the parameter count. "People hear 'a million' and think it's the model size. It's how much the model can read at once."

The company expects to release Halvard-3 in the first quarter of next year, though Okonkwo would not commit to a date.

For comparison, Halvard-2, which Meridian released in June 2024, has 340 billion parameters and was trained on 8,000 GPUs. The jump to 1.2 trillion is about three and a half times the size; the GPU count went up more than twelvefold.

Power is the constraint everyone in the industry talks about, and Meridian is no exception. The site's 150 MW come from a mix of grid power and an on-site gas turbine plant; a second phase would add 250 MW by 2027. Meridian raised $4 billion in debt financing in July to pay for the chips, each of which draws about 1,000 watts.

Analysts are split on whether the size is worth it. "A 1.2-trillion model served at scale needs a fleet of its own," said Priya Raman of Kellett Advisory. "The interesting question is whether Meridian distills it down to something customers can afford to run." Meridian has not announced any such model.
""")
