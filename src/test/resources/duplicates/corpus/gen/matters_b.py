# Matters, part B.

MATTERS_B = [

# ---------------------------------------------------------------- EDUCATION
("exclusions", "EDU", [
 ("i", "ESF", "2025-02", "Suspensions and permanent exclusions: autumn term data",
  "Primary suspensions up 34% on last autumn; 11 permanent exclusions from primary schools. Children on SEN support and children with a social worker are over-represented."),
 ("i", "YOS", "2025-03", "Exclusion from school as a risk factor - YOS cohort analysis",
  "Of children sentenced in 2024, 71% had at least one suspension and 23% had been permanently excluded."),
 ("i", "CSP", "2025-05", "Children with a social worker being removed from school rolls", ""),
 ("x", "ESF", "2025-02", "Virtual School Head to share exclusion data for children with a social worker with each secondary head", ""),
 ("x", "YOS", "2025-03", "Education Officer to join the Fair Access Panel", ""),
]),

("ehe-register", "EDU", [
 ("i", "ESF", "2025-05", "Elective home education: rising numbers and the new register duty",
  "EHE cohort 612, up from 480; 19% known to children's social care. The Children's Wellbeing and Schools Bill will require local 'children not in school' registers."),
 ("i", "CSP", "2025-07", "Home-educated children known to social care - assurance", ""),
 ("i", "HWB", "2025-07", "Children educated at home: access to school nursing and immunisations", ""),
 ("x", "ESF", "2025-05", "EHE Team to report the number of home-educated children on CP or CIN plans", ""),
]),

("part-time-timetables", "EDU", [
 ("i", "ESF", "2025-10", "Part-time timetables: monitoring return", "Return completed by 52 of 71 schools."),
 ("i", "CPB", "2025-10", "Children in our care on reduced timetables",
  "Virtual School reports 14 children on a reduced timetable for more than six weeks."),
 ("x", "CPB", "2025-10", "Virtual School Head to review each reduced timetable lasting over six weeks with the child's social worker", ""),
]),

("ap-quality", "EDU", [
 ("i", "ESF", "2025-11", "Unregistered alternative provision - quality assurance framework",
  "Framework for schools commissioning AP: site visits, safeguarding checks, daily attendance calls."),
 ("i", "YOS", "2025-11", "Education provision for YOS children placed in AP", ""),
 ("i", "EXP", "2026-01", "Alternative provision sites as locations of exploitation concern",
  "Intelligence that two unregistered AP sites are being targeted by older males. Location assessment requested."),
 ("x", "ESF", "2025-11", "Schools to confirm to the LA every pupil attending unregistered AP by the end of term", ""),
]),

("pep-quality", "EDU", [
 ("i", "CPB", "2025-04", "Virtual School: PEP quality and attainment of children in our care", ""),
 ("i", "ESF", "2025-05", "Personal Education Plans - designated teacher briefing",
  "PEP completion 94% but only 61% judged good quality. Pupil premium plus spending linked to targets in too few PEPs."),
]),

("attendance", "EDU", [
 ("i", "ESF", "2025-07", "Persistent absence: attendance guidance and fines",
  "National framework for penalty notices; LA attendance support team now working with all schools."),
 ("i", "HWB", "2025-09", "Improving school attendance: role of health professionals",
  "Request that GPs and school nurses avoid advising time off for mild illness and support schools in attendance meetings."),
 ("x", "HWB", "2025-09", "ICB Primary Care Lead to circulate the 'is my child too ill for school' guidance to practices", ""),
]),

("ebsa", "EDU", [
 ("i", "ESF", "2026-02", "Emotionally based school avoidance (EBSA) guidance launch", ""),
]),

("kcsie-2025", "EDU", [
 ("i", "ESF", "2025-07", "KCSIE 2025 - changes for September", "Mostly technical changes; misinformation and disinformation added as online risks."),
]),

("kcsie-2026", "EDU", [
 ("i", "ESF", "2026-07", "Keeping Children Safe in Education 2026: what has changed", ""),
]),

("s11-audit", "EDU", [
 ("i", "CSP", "2025-11", "Section 11 audit 2025: findings",
  "22 agencies returned. Weakest areas: supervision and the voice of the child. Challenge event planned."),
]),

("s175-audit", "EDU", [
 ("i", "ESF", "2025-11", "Schools' annual safeguarding audit (s175/s157) returns",
  "Return rate 88%. Filtering and monitoring and governor training were the lowest self-rated areas."),
 ("x", "ESF", "2025-11", "Education Safeguarding Lead to follow up schools that have not returned the s175 audit", ""),
]),

("early-years-training", "EDU", [
 ("i", "ESF", "2026-03", "Early years settings: safeguarding training uptake", ""),
]),

# ---------------------------------------------------------------- HSB / ONLINE
("misogyny", "HSB", [
 ("i", "ESF", "2025-09", "Misogyny and online influencers: impact in schools",
  "DSLs report an increase in misogynistic language and behaviour towards female staff and pupils, linked to online content."),
 ("i", "VRU", "2025-09", "VAWG prevention: boys, young men and online misogyny", ""),
 ("i", "CSP", "2025-11", "Harmful online content promoting hatred of women - partnership response", ""),
 ("x", "VRU", "2025-09", "VRU to commission a pilot programme on healthy masculinity for Year 9 boys", ""),
]),

("hsb-pathway", "HSB", [
 ("i", "CSP", "2025-09", "Harmful sexual behaviour pathway and AIM3 capacity",
  "Waiting list for AIM3 assessments is 7 months. Only two trained assessors in the authority."),
 ("i", "YOS", "2025-09", "HSB assessments: capacity in the service", ""),
 ("i", "ESF", "2025-10", "Harmful sexual behaviour: risk assessment support for schools",
  "Schools asking for help with safety plans when the alleged perpetrator and victim attend the same school."),
 ("x", "YOS", "2025-09", "YOS Manager to release two practitioners for AIM3 training", ""),
]),

("online-safety-act", "HSB", [
 ("i", "CSP", "2025-07", "Online Safety Act: children's codes in force", ""),
 ("i", "ESF", "2025-09", "What the new age checks on websites mean for pupils",
  "Platforms now must use age assurance for pornography and harmful content. Expect pupils to use VPNs; messages for parents."),
]),

("filtering-monitoring", "HSB", [
 ("i", "ESF", "2025-10", "Filtering and monitoring standards: school self-review", ""),
]),

# ---------------------------------------------------------------- YOUTH JUSTICE
("hmip", "YJ", [
 ("i", "YOS", "2025-03", "HMIP: inspection notification received",
  "Fieldwork in May. Board members will be interviewed; governance and leadership domain."),
 ("i", "YOS", "2025-05", "HMIP inspection outcome and post-inspection action plan", ""),
 ("i", "CSP", "2025-05", "Youth justice inspection findings - implications for the Partnership", ""),
 ("i", "COM", "2025-06", "HM Inspectorate of Probation report on the youth justice service", ""),
 ("x", "YOS", "2025-05", "Head of YJS to circulate the draft post-inspection action plan to board members by 30 June", ""),
 ("x", "YOS", "2025-03", "Board members to complete the HMIP pre-inspection governance questionnaire", ""),
]),

("turnaround", "YJ", [
 ("i", "YOS", "2025-09", "Turnaround programme: funding beyond March 2026",
  "MoJ grant ends 31 March 2026. 142 children supported since launch. Options to mainstream within prevention."),
 ("i", "VRU", "2025-09", "Preventing first entry to the justice system: sustainability of the MoJ early intervention scheme", ""),
 ("i", "COM", "2025-11", "Future of the Turnaround scheme", ""),
 ("x", "YOS", "2025-09", "Finance Business Partner to model the cost of continuing Turnaround from core budget", ""),
]),

("disproportionality", "YJ", [
 ("i", "YOS", "2025-07", "Disproportionality: Black and mixed heritage children in the youth justice system",
  "Black children are 4% of the 10-17 population and 15% of the caseload. Analysis of decision points: arrest, charge, remand."),
 ("i", "CSP", "2025-09", "Over-representation of Black boys across exclusion, youth justice and care", ""),
 ("x", "YOS", "2025-07", "Head of YJS to present disproportionality data at each decision point to the next board", ""),
]),

("stop-search", "YJ", [
 ("i", "COM", "2025-09", "Stop and search of under-18s: community scrutiny panel findings", ""),
 ("i", "VRU", "2025-09", "Section 60 authorisations and stop and search of young people",
  "Two section 60 authorisations this year. Scrutiny panel found grounds recorded poorly in a third of searches of children."),
]),

("pace-custody", "YJ", [
 ("i", "YOS", "2025-10", "Children held overnight in police custody after charge",
  "23 children held overnight in the first half of the year; only 2 transferred to local authority accommodation."),
 ("i", "CSP", "2025-11", "Concordat on children in custody - compliance", ""),
 ("i", "CPB", "2025-12", "Local authority accommodation for children refused bail by police", ""),
 ("x", "CPB", "2025-12", "Head of Placements to identify a PACE bed option within the in-house children's homes", ""),
]),

("strip-search", "YJ", [
 ("i", "CSP", "2026-01", "Strip searches of children in police custody - assurance report",
  "Force data shows 14 strip searches of under-18s in 2025; appropriate adult present in 12."),
]),

("remands", "YJ", [
 ("i", "YOS", "2026-01", "Remands to youth detention accommodation: cost pressure", ""),
 ("i", "CPB", "2026-02", "Children remanded who become looked after: care planning", ""),
]),

("ootd", "YJ", [
 ("i", "YOS", "2026-03", "Out of court disposals: joint decision-making panel scrutiny", ""),
]),

("fte-rise", "YJ", [
 ("i", "YOS", "2026-05", "First-time entrants rising in 2025/26",
  "FTE rate up 12%. Increase driven by possession of weapons and assaults on emergency workers."),
 ("i", "COM", "2026-06", "More children entering the justice system for the first time", ""),
]),

("slcn-yj", "YJ", [
 ("i", "YOS", "2025-11", "Speech, language and communication needs in the YOS cohort",
  "Screening shows 64% of children have SLCN; only a third previously identified."),
 ("i", "HWB", "2026-01", "Speech and language therapy for children in the youth justice system", ""),
 ("x", "HWB", "2026-01", "ICB to confirm whether SLT input to the YOS can be funded from the health and justice budget", ""),
]),

# ---------------------------------------------------------------- NEGLECT
("neglect-strategy", "NEGLECT", [
 ("i", "CSP", "2025-01", "Neglect strategy 2025-28 and Graded Care Profile 2 roll-out",
  "Strategy for sign-off. GCP2 to be the partnership's single neglect assessment tool; 200 practitioners to be trained in year one."),
 ("i", "HWB", "2025-03", "Tackling child neglect: new partnership strategy", ""),
 ("i", "ESF", "2025-03", "GCP2 training for school staff", ""),
 ("x", "CSP", "2025-01", "Neglect Strategy Group to report GCP2 training numbers by agency each quarter", ""),
]),

("lcspr-infant", "NEGLECT", [
 ("i", "CSP", "2025-09", "Local child safeguarding practice review (infant, neglect and parental substance use) - publication",
  "Review published with 7 recommendations. Themes: think-family screening in adult drug services, 'disguised compliance', and the voice of the pre-verbal child."),
 ("i", "HWB", "2025-12", "Learning from the recent practice review: parental drug use and babies", ""),
 ("x", "CSP", "2025-09", "Business Manager to produce a 7-minute briefing on the review learning", ""),
 ("x", "HWB", "2025-12", "Director of Public Health to require the adult drug and alcohol service to screen for children in the household", ""),
]),

("safe-sleep", "NEGLECT", [
 ("i", "HWB", "2025-06", "Safer sleep for babies: SUDI prevention campaign", ""),
 ("i", "CSP", "2025-07", "Sudden unexpected death in infancy - multi-agency safer sleep assessment tool",
  "Tool for all practitioners visiting families with a baby under 12 months. Focus on co-sleeping after alcohol or drug use."),
 ("x", "HWB", "2025-06", "0-19 Service to add the safer sleep assessment to new birth visits", ""),
]),

("was-not-brought", "NEGLECT", [
 ("i", "HWB", "2025-09", "Was Not Brought: missed health appointments for children", ""),
 ("i", "CSP", "2025-09", "Children not brought to appointments - policy relaunch",
  "Dental, audiology and paediatric outpatients. Replacing 'did not attend' language."),
 ("x", "CSP", "2025-09", "Designated Doctor to audit WNB follow-up in three GP practices", ""),
]),

("dental-under5", "NEGLECT", [
 ("i", "HWB", "2026-07", "Tooth decay in under-5s: supervised toothbrushing programme", ""),
]),

# ---------------------------------------------------------------- CARE LEAVERS
("council-tax-cl", "CL", [
 ("i", "CPB", "2025-02", "Council tax exemption for care leavers up to 25", ""),
]),

("cl-housing", "CL", [
 ("i", "CPB", "2025-06", "Care leavers in unsuitable accommodation - B&B use",
  "Seven care leavers placed in B&B in the last quarter, three for more than 6 weeks."),
 ("i", "COM", "2025-06", "Young people leaving care at risk in HMOs", ""),
 ("x", "CPB", "2025-06", "Head of Housing Options to report the number of care leavers in B&B each month", ""),
]),

("staying-close", "CL", [
 ("i", "CPB", "2025-09", "Staying Close: rollout across in-house homes", ""),
 ("i", "CSP", "2025-11", "Support for young people moving on from children's homes",
  "Key worker from the home continues for up to 3 years after the young person moves into their own accommodation."),
 ("i", "CPB", "2025-12", "Staying Close - first three months", ""),
]),

("cl-neet", "CL", [
 ("i", "CPB", "2025-12", "Care leavers not in education, employment or training",
  "NEET rate 40% at age 19-21. Ring-fenced council apprenticeships: 4 of 10 filled."),
 ("i", "ESF", "2026-02", "Post-16 pathways for children in care: college drop-out", ""),
 ("x", "CPB", "2025-12", "HR to report why 6 ring-fenced apprenticeships for care leavers remain unfilled", ""),
]),

("cl-mental-health", "CL", [
 ("i", "CPB", "2026-03", "Care leavers' mental health offer", ""),
 ("i", "HWB", "2026-03", "Adult mental health services for care-experienced young people", ""),
]),

("care-experience-pc", "CL", [
 ("i", "CPB", "2026-06", "Treating care experience as a protected characteristic", ""),
]),

("homeless-16-17", "CL", [
 ("i", "CPB", "2026-01", "16 and 17 year olds presenting as homeless: duties under the Southwark judgment", ""),
 ("i", "CSP", "2026-03", "Joint housing and children's services protocol for homeless 16-17 year olds", ""),
]),

# ---------------------------------------------------------------- UASC
("uasc-arrivals", "UASC", [
 ("i", "CPB", "2025-10", "Unaccompanied children: rise in spontaneous arrivals",
  "17 new arrivals since July, most found at the freight depot by the motorway. Pressure on placements and on the National Transfer Scheme."),
 ("i", "EXP", "2025-10", "Lorry drop-offs of unaccompanied children: trafficking indicators", ""),
 ("i", "CSP", "2025-11", "Newly arrived young asylum seekers - multi-agency response", ""),
 ("x", "EXP", "2025-10", "Police to share the freight depot encounter protocol with the children's out-of-hours team", ""),
]),

("age-assessment", "UASC", [
 ("i", "CPB", "2026-04", "Age assessments: referrals to the national age assessment board", ""),
]),

("asylum-hotel", "UASC", [
 ("i", "COM", "2025-04", "Asylum contingency hotel: community tensions",
  "Protest activity outside the hotel; community tension monitoring raised to amber."),
]),

# ---------------------------------------------------------------- ASB / YOUTH
("bus-station", "ASB", [
 ("i", "COM", "2025-02", "ASB in the town centre: groups of young people at the bus station",
  "Dispersal orders used 7 times since November. Complaints from traders and bus operators."),
 ("i", "YOS", "2025-03", "Young people named in town centre ASB reports", ""),
 ("i", "VRU", "2025-03", "Bus station hotspot: detached youth outreach", ""),
 ("i", "EXP", "2025-03", "Bus station - contextual safeguarding assessment",
  "Location assessment completed. Children congregating after school are being approached by adults; CCTV blind spots identified."),
 ("i", "ESF", "2025-03", "Pupils gathering in the town centre after school",
  "Heads of three secondaries report pupils staying in the town centre until late evening; some approached by adults offering vapes and lifts."),
 ("x", "COM", "2025-02", "Council ASB team and police to agree a joint approach before further dispersal orders are used on under-16s", ""),
 ("x", "EXP", "2025-03", "Transport operator to review CCTV coverage at the bus station", ""),
]),

("shopping-centre", "ASB", [
 ("i", "EXP", "2025-09", "Location assessment: Riverside Shopping Centre", ""),
 ("i", "COM", "2025-09", "Riverside Centre: security staff and safeguarding", ""),
]),

("youth-services", "ASB", [
 ("i", "VRU", "2025-05", "Detached youth work: investment case",
  "Proposal to fund 4 detached youth workers in the three wards with most violence against the person."),
 ("i", "COM", "2025-06", "Youth provision in the evenings and weekends - gaps", ""),
 ("i", "CSP", "2025-07", "Council youth service review - safeguarding impact", ""),
 ("x", "VRU", "2025-05", "VRU to map youth provision against violence hotspots", ""),
]),

("summer-diversion-2025", "ASB", [
 ("i", "VRU", "2025-05", "Summer 2025 diversion programme: hotspots and funding", ""),
 ("i", "COM", "2025-06", "Summer violence plan: activities for young people", ""),
]),

("pspo", "ASB", [
 ("i", "COM", "2025-09", "Town centre PSPO renewal consultation", ""),
]),

("firesetting", "ASB", [
 ("i", "COM", "2025-06", "Deliberate fires started by young people: fire service referrals",
  "Grass and bin fires up 40%. Fire and rescue service offers a firesetter intervention."),
 ("i", "YOS", "2025-07", "Firesetter intervention scheme for YOS children", ""),
]),

# ---------------------------------------------------------------- SUBSTANCES
("vaping", "SUBST", [
 ("i", "HWB", "2025-06", "Youth vaping: prevalence and enforcement", ""),
 ("i", "ESF", "2025-07", "Vaping in schools: policy template and sanctions", ""),
 ("i", "COM", "2025-09", "Illegal vapes: trading standards seizures and underage sales",
  "Over 4,000 illegal vapes seized. Test purchases: 6 of 20 shops sold to a 15 year old volunteer."),
 ("x", "COM", "2025-09", "Trading Standards to share test purchase results with schools through the ESF", ""),
]),

("thc-vapes", "SUBST", [
 ("i", "ESF", "2026-02", "Pupils taken ill after using vapes containing THC or spice",
  "Three incidents this term requiring ambulance attendance. Pupils believed they were using nicotine vapes."),
 ("i", "HWB", "2026-03", "Synthetic cannabinoid vapes: hospital admissions of young people", ""),
 ("i", "EXP", "2026-03", "'Spice' vapes sold through county lines to school-age children", ""),
 ("i", "COM", "2026-04", "Drug-laced vapes: trading standards and police response",
  "Test purchases found 3 of 15 vapes bought from convenience stores contained synthetic cannabinoids."),
 ("x", "HWB", "2026-03", "Director of Public Health to issue a drug alert to schools and youth settings", ""),
 ("x", "ESF", "2026-02", "Education Safeguarding Lead to share guidance on confiscating and testing vapes", ""),
]),

("yp-substance-service", "SUBST", [
 ("i", "HWB", "2025-12", "Recommissioning the young people's substance misuse service", ""),
 ("i", "YOS", "2026-01", "Substance misuse support for YOS children - new service model",
  "New provider from April; YOS wants a worker co-located two days a week."),
]),

("nitazenes", "SUBST", [
 ("i", "COM", "2025-04", "Nitazenes: local drug alert and naloxone distribution", ""),
]),

# ---------------------------------------------------------------- PREVENT / COMMUNITY
("prevent-u18", "PREVENT", [
 ("i", "COM", "2025-04", "Prevent: under-18 referrals and mixed or unclear ideology",
  "Under-18s now 58% of referrals. Increase in referrals with no clear ideology, often with a fascination with school massacres."),
 ("i", "ESF", "2025-05", "Prevent referrals from schools: rising numbers of 13-15 year olds", ""),
 ("i", "CSP", "2025-05", "Radicalisation of children online: safeguarding, not only Prevent", ""),
 ("x", "ESF", "2025-05", "Prevent Coordinator to deliver a DSL briefing on online radicalisation", ""),
]),

("prevent-benchmark", "PREVENT", [
 ("i", "COM", "2025-11", "Prevent duty: annual benchmarking and Channel panel assurance", ""),
]),

("hate-schools", "PREVENT", [
 ("i", "ESF", "2025-11", "Racist incidents in schools: recording and reporting", ""),
 ("i", "COM", "2025-11", "Hate incidents involving young people", ""),
]),

("nte-vawg", "HSB", [
 ("i", "COM", "2025-02", "Night-time economy safety: women and girls", ""),
 ("i", "VRU", "2025-03", "Walk and Talk patrols and Ask for Angela: evaluation", ""),
]),

# ---------------------------------------------------------------- SEND
("send-inspection", "SEND", [
 ("i", "HWB", "2025-07", "Local area SEND inspection outcome",
  "Outcome: widespread and/or systemic failings. Priority action plan required within 51 working days."),
 ("i", "ESF", "2025-07", "SEND inspection - what it means for schools", ""),
 ("i", "CSP", "2025-09", "SEND inspection findings: safeguarding disabled children", ""),
 ("x", "HWB", "2025-07", "ICB Designated Clinical Officer to lead the health workstream of the SEND priority action plan", ""),
]),

("ehcp-timeliness", "SEND", [
 ("i", "ESF", "2026-02", "EHCP 20-week timeliness", "Currently 38% within 20 weeks."),
 ("i", "HWB", "2026-03", "Health advice for EHC needs assessments within 6 weeks", ""),
]),

("disabled-residential", "SEND", [
 ("i", "CSP", "2026-05", "Safeguarding disabled children in residential special schools", ""),
]),

# ---------------------------------------------------------------- CHILD DEATH
("cdop-2425", "DEATH", [
 ("i", "CSP", "2025-09", "CDOP annual report 2024/25", ""),
 ("i", "HWB", "2025-09", "Child Death Overview Panel: annual findings",
  "42 deaths reviewed; modifiable factors in 31%. Smoking in pregnancy and unsafe sleep were the most common."),
]),

("cdop-2526", "DEATH", [
 ("i", "CSP", "2026-09", "Child Death Overview Panel annual report 2025/26", ""),
 ("i", "HWB", "2026-09", "CDOP report 2025-26: modifiable factors", ""),
]),

("water-safety", "DEATH", [
 ("i", "COM", "2026-06", "Open water safety: summer drowning prevention", ""),
]),

]
