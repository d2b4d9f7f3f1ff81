A = {}
A["008_newsletter-weights-weekly-87.txt"] = ("The Weights Weekly #87: seventy billion here, half a trillion there",
"https://weightsweekly.example/p/issue-87", "2026-01-16", """Good morning. A busy week for anyone who counts parameters for a living. Here's what shipped, what leaked and what's coming.

SHIPPED
- Ondine (Saltmarsh AI) - released Wednesday. Seventy billion parameters, dense, open weights under Saltmarsh's own license. The company claims it beats models twice its size on tool use; we have not tested that yet.
- Mistle 3 mini (Harrow) - a 3.8-billion-parameter model that arrived earlier this month and has quietly become the most-downloaded checkpoint on the hub this week, 1.9 million pulls and counting.
- Brindle-o2 (Cinder Labs) - Cinder's reasoning model went GA on Jan. 8. Cinder says only that it is "more than half a trillion parameters"; the o2 stands for "second-generation optimizer", apparently.

LEAKED / RUMOURED
- Gannet Pro (Petrel) is said to be a half-a-trillion-parameter model, per a screenshot of an internal dashboard posted on a forum over the weekend. Petrel did not respond. Two people we trust think the screenshot is real; one thinks the number belongs to an old run. The launch is reportedly planned for March.
- Another 1.8 trillion-parameter model is in training somewhere in the Gulf, according to three separate people. Nobody will say whose. (No name, no story: we're just passing it on.)

NUMBERS OF THE WEEK
- 12 trillion: tokens Ondine was trained on.
- $2.3 billion: Petrel's reported new funding round.
- 400,000: tokens in Brindle-o2's context window.
- 3: labs that told us "parameter counts don't matter" while announcing a parameter count.

COMING UP
- Saltmarsh says Ondine Mini, at around seven billion parameters, will follow within six weeks.
- Harrow's developer day is on Feb. 12; no model news promised.

That's it for this week. Reply to this email if you spot a size we got wrong.
""")

A["009_correction-terrace-tern-2.txt"] = ("Terrace AI's Tern 2 family lands with a 104-billion-parameter flagship",
"https://www.enterprisestack.example/news/terrace-tern-2", "2024-06-14", """Correction, June 14, 2024, 4:10 p.m. ET: An earlier version of this article misstated the size of Tern 2 Large. It has 104 billion parameters, not 140 billion. The article has also been updated to say the models launched on Thursday, not Wednesday.

Terrace AI launched Tern 2 on Thursday, a family of three language models aimed at customer-service and back-office work, and said the largest of them would be offered only to enterprise customers.

Tern 2 Large, the flagship, has 104 billion parameters. Tern 2 Medium has 34 billion and Tern 2 Small, which the company expects most customers to run on their own hardware, has 12 billion. All three support a 64,000-token context window.

"We built the family around what our customers can actually deploy," chief product officer Mark Delacroix said in an interview. Terrace, which raised $230 million in February, says more than 1,400 companies use its previous model, Tern 1, whose size it never disclosed.

Tern 2 Small and Medium are available immediately through Terrace's API and as downloadable weights for licensed customers; Tern 2 Large will be released to enterprise customers in July, the company said.
""")

A["010_interview-brackwater-fathom.txt"] = ('"We stopped chasing size": Brackwater\'s CTO on Fathom and what comes next',
"https://www.modelminds.example/interviews/brackwater-fathom-cto", "2025-08-06", """Brackwater's first model, Fathom, was one of the surprise hits of the spring. We spoke with chief technology officer Yusuf Adeyemi about size, cost and the follow-up. The conversation has been edited for length.

Q: Let's get the obvious one out of the way. How big is Fathom?
A: Thirty-four billion parameters, dense. People assumed it was bigger because of how it does on coding, and honestly we enjoyed that for a while.

Q: Why not go bigger?
A: We could have. We had the compute for something around 100 billion. But a 34B model runs on two GPUs, and our customers are hospitals and law firms who want it in their own building.

Q: When did you decide that?
A: Last summer, right after the seed round closed in July. We shipped Fathom in March, about eight months later.

Q: There's a rumour that Fathom 2 is a mixture-of-experts model in the hundreds of billions.
A: (laughs) I've seen the rumour. I'll say this: Fathom 2 will be bigger than Fathom, and it will not be bigger than it needs to be. It'll be something like 120 billion total, with maybe 12 billion active, but those numbers could still move.

Q: And timing?
A: We're aiming for the fourth quarter. I won't be more precise than that because I'd be wrong.

Q: What about the small one people keep finding on your GitHub?
A: fathom-lite-3b? That's a research artifact, three billion parameters. We put it up in June for a workshop paper. Not a product.

Q: Last question. Is parameter count still a useful number?
A: For memory planning, yes. For quality, less and less. Our 34B beats some 70B models on the things our customers care about. Tokens matter more: Fathom saw 9 trillion of them.
""")

A["011_paper-loom-data-order.txt"] = ("Paper: 'Loom' scaling study finds data order matters more than size at small scale",
"https://www.paperdigest.example/2024/12/loom-scaling-data-order", "2024-12-03", """A team from the University of Tallinn and the nonprofit lab Openweave has released a preprint that tries to answer an unglamorous question: does the order in which training data is shown to a model matter as much as how big the model is?

The authors trained models from 125 million to 13 billion parameters, eleven sizes in all, on the same 1.2 trillion tokens, shuffling the data in four different orders. Their largest model, the 13-billion-parameter Loom-13B, matched a conventionally trained 13B baseline with 30 percent less compute when the data was sorted by difficulty ("curriculum" ordering). Below roughly 1 billion parameters, the ordering effect was larger than the effect of doubling model size.

The paper, posted to arXiv on Nov. 26, is careful to say the effect shrinks with scale. At 13 billion parameters the gain is real but modest, and the authors do not claim it holds for frontier-scale models with hundreds of billions of parameters.

Most of the ablations use Loom-1.3B, a 1.3-billion-parameter model that the authors say is "the smallest size where the curriculum result is stable". The team plans to release all eleven checkpoints, including Loom-13B and Loom-1.3B, in January, along with the data-ordering code. Training used 512 GPUs for about five weeks, the paper says, a budget the authors put at $1.9 million at cloud prices.
""")

A["012_liveblog-ionic-quasar-5.txt"] = ("Live: Ionic Labs keynote - Quasar 5 announced (updated)",
"https://www.thecircuitry.example/live/ionic-keynote-2026", "2026-03-04", """Live coverage of Ionic Labs' developer keynote in San Francisco. All times Pacific. Newest entries at the bottom.

09:58 - Doors are closed, lights are down. About 3,000 people in the room, per Ionic. We're expecting Quasar 5, which has been rumoured for weeks.

10:04 - CEO Maren Voss is on stage. Opens with usage numbers: 210 million weekly users across Ionic's apps, up from 90 million a year ago.

10:11 - Here it is. Quasar 5 is official. Voss: "It's available today, to everyone, in the app and in the API."

10:13 - Architecture slide. Quasar 5 is a mixture-of-experts model: 680 billion total parameters, 37 billion active. That's the first time Ionic has published a parameter count for a flagship. For reference, Quasar 4 was widely estimated at 400-ish billion, but Ionic never confirmed it.

10:19 - Benchmarks. 88.1 on GPQA Diamond, 71 percent on SWE-bench Verified. Context window: 400K tokens. We'll wait for independent numbers.

10:26 - Second model: Quasar 5 Flash, "roughly 40B" per the slide, no active/total split given. Pricing: $0.15 per million input tokens. Also shipping today.

10:34 - Voss teases Quasar 5 Pro, "a much bigger brother", arriving next month for enterprise customers. No size given, and she wouldn't be drawn on one in the Q&A.

10:41 - Voss confirms the Quasar 4 line will be retired on June 30.

10:52 - Keynote over. Hands-on impressions later today.

UPDATE 14:20 - Ionic's model card confirms the 680B/37B split and says Quasar 5 was trained on 22 trillion tokens. The card lists the Flash model at 41 billion parameters, slightly more than the "roughly 40B" shown on stage.
""")

A["013_negative-ai-hardware-week.txt"] = ("Export rules, a $6.6 billion round and 2-nanometre wafers: the week in AI hardware",
"https://www.siliconledger.example/2025/02/week-in-ai-hardware", "2025-02-19", """It was a week of very large numbers in AI hardware, and almost none of them were about models.

Start in Washington, where the Commerce Department on Friday published a revised rule capping exports of advanced accelerators to 120 countries at 50,000 units per country per year unless buyers qualify for a trusted-data-center exemption. Industry groups said the rule would affect about $30 billion in annual sales. A 60-day comment period begins next month.

Talmont Semiconductor, meanwhile, showed its H3 accelerator for the first time. The chip carries 192 gigabytes of high-bandwidth memory, delivers 4.5 petaflops at 8-bit precision and draws 1,000 watts. Talmont says a rack of 72 H3 chips can serve a model of up to 2 trillion parameters, and that in its own tests a 70-billion-parameter open model ran three times faster than on the previous generation. Volume shipments are planned for the third quarter; the company did not name a price.

Foundry capacity remains the bottleneck. Talmont's manufacturing partner says 2-nanometre output will reach 60,000 wafers a month by the end of the year, up from 35,000 now, and that more than half is already booked.

In funding, the chatbot maker Larchmont raised $6.6 billion at a $150 billion valuation, the largest private round for an AI company this year. Larchmont says its assistant app now has 400 million weekly users and that it will spend most of the money on compute. The company has signed leases for data centers totalling 1.2 gigawatts.

Not all the news was up. Shares in cooling supplier Vantor fell 14 percent after it cut its forecast, blaming delays at two customer sites in Texas. And an industry survey found that the average price of renting a high-end GPU fell 30 percent over twelve months, to about $2.10 an hour.
""")

A["014_syndicated-qantara-sable-release.txt"] = ("Abu Dhabi-backed Qantara releases 236-billion-parameter Sable model",
"https://www.gulftechreview.example/ai/qantara-sable-moe-release", "2025-07-17", """Qantara Labs released a mixture-of-experts language model on Monday that the Abu Dhabi-backed startup says rivals far bigger systems at a fraction of the cost of running them. The model is called Sable-MoE-236B-A21B.

It has 236 billion total parameters, but only 21 billion are activated per token, the company said in a statement, meaning each word it generates touches less than a tenth of the network. A smaller sibling, Sable-MoE-30B-A3B, with 30 billion parameters in total and 3 billion active, is expected to be published by the end of the month.

"You pay for 21 billion, you get the knowledge of 236 billion," chief executive Rami Haddad told reporters on a call on Wednesday.

Both models replace Sable 2, a conventional dense 72-billion-parameter model Qantara released in January, as the company's flagship. Sable 2 will remain available through the company's API until the end of the year.

Qantara trained the new model on 18 trillion tokens using 4,096 Nvidia H100 chips, it said, and it supports a context window of 256,000 tokens. The company raised $850 million in a funding round in March led by sovereign investors. Qantara said the 236B model could be served on a single server with eight GPUs.

This story was first published by Wire and is republished here under a syndication agreement.
""")
