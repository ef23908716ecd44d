# Matters, part A. Each matter: (key, family, rows)
# row = (kind, board, month, title, description); kind 'i' agenda item, 'x' action.
# family: a hard-negative family (matters that share a harm or words but are different matters), or None.

MATTERS_A = [

# ---------------------------------------------------------------- MISSING
("missing-care-ooa", "MISSING", [
 ("i", "CPB", "2025-02", "Children missing from care: quarterly report",
  "Q3 2024/25: 212 missing episodes involving 41 children in our care, up 18% on Q2. Over half of episodes relate to children placed more than 20 miles from Kestrel Vale. Themes from return conversations: contact with family, peers in home area, and being 'picked up' by older males."),
 ("i", "EXP", "2025-03", "Missing episodes of under-18s - Q3 performance",
  "DI, Missing Persons Unit to present. High-frequency cohort (5+ episodes in 90 days) now 23 children, 14 of them looked after. CCE concerns flagged for 9. Most episodes start from out-of-area placements."),
 ("i", "HWB", "2025-03", "Young people reported missing who are known to CAMHS",
  "Designated Nurse paper following the request to cross-match the police missing list against the CYPMH caseload. 11 of the high-frequency missing cohort are open to CAMHS; none had missing episodes recorded in their clinical record."),
 ("i", "CSP", "2025-03", "Repeat missing - looked after children placed outside the area",
  "Escalation from the Exploitation Subgroup. Partners asked to agree a single notification route when a child placed out of area goes missing and returns to Kestrel Vale."),
 ("i", "EXP", "2025-05", "High-frequency missing cohort - follow-up", ""),
 ("i", "YOS", "2025-03", "Missing episodes among children open to the YOS",
  "Case managers not always told when a child on an order goes missing overnight; two breaches last quarter followed unreported missing episodes."),
 ("x", "EXP", "2025-03", "Police to share the monthly missing episodes dashboard with the YOS and Children's Social Care", ""),
 ("x", "CPB", "2025-02", "Head of Service (Children in Care) to map missing episodes against placement distance and report back", "Due April board."),
 ("x", "HWB", "2025-03", "ICB Designated Nurse to agree a flag in the CAMHS record when a young person is reported missing", ""),
]),

("missing-2025-profile", "MISSING", [
 ("i", "CPB", "2026-02", "Children missing from care: annual analysis 2025",
  "Full-year picture for calendar 2025 and comparison with 2024. Episodes fell 9% overall but the number of children going missing for more than 72 hours rose."),
 ("i", "EXP", "2026-03", "Missing children - 2025 year-end problem profile", "Analyst product. Restricted - not for onward circulation."),
 ("x", "EXP", "2026-03", "Analyst to add length of episode and place found to the 2026 missing dataset", ""),
]),

("rhi-recommission", "MISSING", [
 ("i", "EXP", "2025-06", "Return home interviews - recommissioning",
  "Current RHI contract with the voluntary sector provider ends 31 March 2026. Offers within 72 hours at 61%, take-up 44%. Options: bring in-house, re-tender, or a joint contract with the neighbouring authority."),
 ("i", "CPB", "2025-06", "Independent return conversations for children in our care - future service", ""),
 ("i", "CSP", "2025-07", "RHI service options appraisal (decision)",
  "Partnership asked to endorse Option 2: re-tender with an exploitation-specialist lot. Funding contribution sought from the ICB and the OPCC."),
 ("i", "EXP", "2025-09", "RHI tender - update on specification", ""),
 ("x", "CSP", "2025-07", "Commissioning Manager to bring the RHI tender specification to the November meeting", ""),
 ("x", "EXP", "2025-06", "Exploitation Lead to collate partner comments on what an RHI should capture", "Include intelligence sharing form for police."),
]),

("cme-untraced", "MISSING", [
 ("i", "ESF", "2025-03", "Children missing education (CME): termly report",
  "CME referrals up to 147 this term. 31 children untraced after 20 school days. Reminder to DSLs of the grounds for deletion from roll and the duty to notify the LA."),
 ("i", "CSP", "2025-05", "Missing from education: untraced children",
  "Education Safeguarding Lead to set out what happens when a child leaves a school roll with no known destination, including police and Home Office checks."),
 ("x", "ESF", "2025-03", "All DSLs to submit CME notifications within five school days of a deletion from roll", ""),
]),

("philomena", "MISSING", [
 ("i", "CPB", "2025-10", "Philomena Protocol relaunch with residential and fostering providers",
  "Grab packs (recent photo, description, associates, likely locations) to be held for every child in residential care placed in Kestrel Vale, including children placed here by other councils."),
 ("x", "CPB", "2025-10", "Placements Team to write to all providers asking for confirmation that Philomena grab packs are in place", ""),
]),

("missing-police-policy", "MISSING", [
 ("i", "EXP", "2026-02", "Force missing persons policy review: risk grading",
  "Force is reviewing how reports of missing children are risk-assessed and the use of 'no apparent risk'. Partners invited to comment before the policy goes to chief officer group."),
]),

("rcrp", "MISSING", [
 ("i", "HWB", "2025-01", "Right Care, Right Person: police withdrawal from mental health calls",
  "Update on implementation. Concern-for-welfare calls, walk-outs from A&E and AWOL from mental health units are now assessed against the RCRP threshold."),
 ("i", "COM", "2025-02", "RCRP - partnership monitoring", ""),
 ("i", "CSP", "2025-03", "Impact of the new police approach to welfare calls on children",
  "Schools and social workers report police declining to attend welfare checks on children. Partnership to agree monitoring and an escalation route."),
 ("x", "CSP", "2025-03", "Police to provide data on concern-for-welfare calls about children that were not attended", ""),
 ("x", "HWB", "2025-01", "Mental health trust to report on RCRP-related incidents via the ICB quality route", ""),
]),

# ---------------------------------------------------------------- KNIFE
("knife-arches", "KNIFE", [
 ("i", "ESF", "2025-02", "Knife arches and wands in secondary schools",
  "Two academies have asked for portable knife arches after incidents in the autumn term. Paper sets out the police offer (loan of arches, Safer Schools officer presence), DfE guidance on searching and screening, and concerns from the Inclusion team about the effect on trust and attendance."),
 ("i", "VRU", "2025-03", "Weapons screening in schools - position statement",
  "Board asked to agree a partnership position before further requests are considered."),
 ("i", "COM", "2025-04", "School screening for bladed articles", ""),
 ("i", "ESF", "2025-05", "Weapons screening: feedback from the two pilot academies", ""),
 ("x", "ESF", "2025-02", "Police Schools Liaison Sergeant to circulate the arch booking protocol to all secondary DSLs", ""),
 ("x", "VRU", "2025-03", "VRU Director to draft the partnership position statement on weapons screening for Chair's sign-off", ""),
]),

("cardiff-model", "KNIFE", [
 ("i", "VRU", "2025-05", "A&E data sharing - Cardiff Model implementation",
  "Kestrel Vale General ED now submitting anonymised assault data (location, time, weapon) monthly. First dataset shows clustering around the bus station between 21:00 and 02:00 at weekends."),
 ("i", "HWB", "2025-06", "Sharing anonymised emergency department information to prevent violence",
  "Request for the HWB to endorse the agreement between the acute trust and community safety partners under the Serious Violence Duty."),
 ("i", "COM", "2025-06", "Knife crime: A&E data sharing for the SV duty", ""),
 ("i", "VRU", "2025-09", "ED assault data - first quarter of analysis", "Includes data quality issues: 40% of records have no location."),
 ("x", "HWB", "2025-06", "ICB Chief Nurse to confirm Caldicott Guardian sign-off of the ED data sharing agreement", ""),
 ("x", "VRU", "2025-09", "Acute Trust to improve completion of the 'where did it happen' field at triage", ""),
]),

("ninja-swords", "KNIFE", [
 ("i", "COM", "2025-06", "Ninja swords ban and surrender scheme",
  "Surrender scheme runs through July ahead of the ban. Bins at three police stations; compensation scheme administered nationally."),
 ("i", "VRU", "2025-07", "Bladed article legislation changes from 1 August", ""),
 ("i", "YOS", "2025-07", "Changes to offensive weapons law - implications for our caseload",
  "Possession of curved swords becomes an offence. Case managers to discuss with children known to carry and with parents."),
 ("x", "COM", "2025-06", "Police to publicise surrender bin locations through CSP social media", ""),
]),

("knife-pshe", "KNIFE", [
 ("i", "ESF", "2025-10", "Knife crime awareness in PSHE: Year 8 resource pack", ""),
]),

("ed-youth-workers", "KNIFE", [
 ("i", "VRU", "2025-11", "Hospital-based youth workers in the ED: evaluation",
  "Independent evaluation of the 'reachable moment' service. 188 young people engaged in year one; 62% accepted onward support."),
 ("i", "HWB", "2026-01", "Youth work in A&E - year one findings", ""),
 ("x", "HWB", "2026-01", "ICB to consider recurrent funding for the A&E youth work service in 2026/27 planning", ""),
]),

("safer-schools-officers", "KNIFE", [
 ("i", "ESF", "2025-05", "Police officers based in schools: review of the Safer Schools Partnership",
  "Review of the 6 school-based officers. Headteachers broadly supportive; youth voice survey shows mixed views, particularly among Black pupils."),
 ("i", "VRU", "2025-05", "School-based officers: evidence and community concerns", ""),
 ("x", "ESF", "2025-05", "Chair to write to the Chief Inspector asking for school officer deployment to be agreed with headteachers each year", ""),
]),

("owhr", "KNIFE", [
 ("i", "COM", "2025-10", "Offensive Weapon Homicide Review pilot",
  "Kestrel Vale is in the pilot area. The CSP, ICB and police are the review partners. One review has been commissioned."),
 ("i", "VRU", "2025-11", "OWHR: local arrangements and the VRU's role", ""),
 ("x", "COM", "2025-10", "Community Safety Manager to recruit an independent chair for the OWHR", ""),
]),

# ---------------------------------------------------------------- CSE
("cse-hotels", "CSE", [
 ("i", "EXP", "2025-01", "CSE: hotel staff training",
  "Licensing and police delivered 'Say something if you see something' sessions to 14 hotels; 3 declined. Test visits planned for the spring."),
 ("i", "COM", "2025-02", "Hotels and licensed premises: safeguarding awareness",
  "Licensing team update on training for hotel, B&B and short-let hosts in recognising signs of child sexual exploitation."),
 ("i", "CSP", "2025-03", "Night-time economy businesses and child exploitation", ""),
 ("x", "EXP", "2025-01", "Licensing Manager to share the list of hotels that declined training with DCI Public Protection", ""),
 ("x", "COM", "2025-02", "Licensing to propose CSE awareness as a standard condition for new premises licences", "Report back to June CSP."),
]),

("cse-online-prosecutions", "CSE", [
 ("i", "EXP", "2025-04", "CSE: online grooming prosecutions",
  "CPS Area update: 12 cases charged for sexual communication with a child in 2024. Average time from report to charge 11 months. Victim attrition discussed."),
 ("i", "CSP", "2025-05", "Criminal justice outcomes for children sexually abused online",
  "Scrutiny request from the Independent Scrutineer following the multi-agency audit."),
 ("x", "CSP", "2025-05", "CPS Area Safeguarding Lead to provide attrition data by stage for September", ""),
]),

("taxi-licensing", "CSE", [
 ("i", "COM", "2025-09", "Taxi and private hire licensing: safeguarding training for drivers",
  "86% of drivers licensed by Kestrel Vale have completed training. Drivers licensed elsewhere but working here remain a gap."),
 ("i", "EXP", "2025-10", "Private hire drivers licensed out of area - exploitation risk", ""),
 ("x", "EXP", "2025-10", "Licensing to write to neighbouring licensing authorities about drivers working cross-border", ""),
]),

("cse-national-audit", "CSE", [
 ("i", "CSP", "2025-07", "National audit on group-based child sexual exploitation - local response",
  "The national audit published in June makes recommendations on data, historic cases and victim support. Paper from the three statutory partners on how the Partnership will assure itself, including recording of suspect ethnicity."),
 ("i", "EXP", "2025-07", "Group-based CSE: review of non-recent cases and data quality",
  "Police lead to present the scope of the force review of non-recent investigations."),
 ("i", "COM", "2025-09", "Grooming gangs: public confidence and community engagement", ""),
 ("x", "CSP", "2025-07", "Police, LA and ICB leads to produce a joint assurance statement against the national audit recommendations", ""),
 ("x", "EXP", "2025-07", "DCI Public Protection to confirm resourcing for the review of closed CSE investigations", ""),
]),

("sextortion", "CSE", [
 ("i", "ESF", "2025-03", "Financially motivated sexual extortion - alert for schools",
  "NCA alert on boys aged 14-17 targeted through social media and gaming platforms. DSLs reminded of CEOP reporting and the Report Remove tool."),
 ("i", "EXP", "2025-05", "Sextortion of teenage boys", ""),
 ("i", "COM", "2025-06", "Sextortion: public awareness campaign with the police",
  "Campaign for parents and young people over the summer; 'don't pay, don't panic, report it'."),
 ("i", "CSP", "2025-05", "Online blackmail of young people using intimate images",
  "Proposal for a partnership awareness campaign aimed at parents of teenage boys."),
 ("x", "ESF", "2025-03", "Education Safeguarding Lead to circulate the NCA alert and a model parent letter to all schools", ""),
]),

("exp-profile-2024", "CSE", [
 ("i", "EXP", "2025-02", "CSE/CCE problem profile 2024", "Headline findings; full profile restricted."),
]),

("exp-profile-2025", "CSE", [
 ("i", "EXP", "2026-02", "Exploitation problem profile 2025", ""),
 ("i", "CSP", "2026-03", "Exploitation profile - headlines for the Partnership",
  "Shift from CSE to mixed exploitation; younger children; increased online recruitment."),
]),

("mace-review", "CSE", [
 ("i", "EXP", "2025-04", "MACE panel review: threshold and attendance",
  "Panel considering 40+ children a month; health and education attendance below 50%. Proposal to split into a strategic MACE and a locality-based operational meeting."),
 ("x", "EXP", "2025-04", "Chair to write to ICB and education leads about attendance at MACE", ""),
]),

("nude-images-primary", "CSE", [
 ("i", "ESF", "2026-05", "Nude image sharing among primary-age pupils", ""),
]),

# ---------------------------------------------------------------- CCE
("county-lines-rail", "CCE", [
 ("i", "EXP", "2025-02", "County lines: BTP operation at Kestrel Vale and Millbrook stations",
  "Two-week operation with British Transport Police. 9 children encountered, 4 referred to the NRM. Learning on transport home out of hours and appropriate adult availability."),
 ("i", "VRU", "2025-03", "Intensification week - county lines", ""),
 ("i", "COM", "2025-04", "Rail network drug supply: joint operation results", ""),
 ("x", "EXP", "2025-02", "BTP to send the list of children encountered to the MASH within 24 hours in future operations", ""),
]),

("nrm-ddm", "CCE", [
 ("i", "EXP", "2025-05", "NRM devolved decision-making pilot for children",
  "Kestrel Vale to join the next cohort. A local multi-agency panel would make reasonable and conclusive grounds decisions for children instead of the Single Competent Authority."),
 ("i", "CSP", "2025-07", "Local decision-making on modern slavery cases involving children",
  "Sign-off needed for panel terms of reference and a chair."),
 ("i", "YOS", "2025-07", "Trafficking referrals for children in the youth justice system - new local panel", ""),
 ("x", "EXP", "2025-05", "Exploitation Lead to draft panel terms of reference for the devolved decision-making pilot", ""),
 ("x", "YOS", "2025-07", "Head of YJS to nominate a YOS panel member for NRM decisions", ""),
]),

("cce-offence", "CCE", [
 ("i", "EXP", "2025-03", "New CCE offence and prevention orders - briefing",
  "Home Office briefing on the offence of using a child to commit crime and the proposed CCE Prevention Orders. Police to consider test cases."),
 ("i", "COM", "2025-04", "Crime and Policing Bill: child criminal exploitation offence", ""),
 ("i", "YOS", "2025-05", "Statutory definition of child criminal exploitation - impact in the youth court",
  "Children charged with supply offences who are also victims of exploitation; use of the s.45 defence."),
]),

("cuckooing", "CCE", [
 ("i", "COM", "2025-11", "Cuckooing: new offence and use of closure orders",
  "Homes of vulnerable adults taken over by dealers. 19 addresses identified this year; closure orders obtained on 7."),
]),

("ebikes-drugs", "CCE", [
 ("i", "COM", "2025-09", "E-bikes and e-scooters used in drug supply and ASB", ""),
 ("i", "EXP", "2025-10", "Illegal e-bikes: young riders and exploitation",
  "Children given high-powered e-bikes by older peers as a 'loan' that becomes a debt."),
 ("x", "COM", "2025-09", "Police to share seizure figures for illegal e-bikes by ward", ""),
]),

("mace-younger", "CCE", [
 ("i", "EXP", "2026-05", "Younger children at MACE: 10 to 12 year olds",
  "One in five children discussed at MACE in 2025/26 were under 13 at the time of referral."),
]),

("school-gate-recruitment", "CCE", [
 ("i", "ESF", "2025-11", "County lines: recruitment of pupils near schools",
  "DSLs in three secondaries report older young people waiting near the school at the end of the day."),
 ("i", "EXP", "2025-12", "Exploitation around school transport points", ""),
 ("x", "EXP", "2025-12", "Police to add the three school locations to the patrol plan for the spring term", ""),
]),

# ---------------------------------------------------------------- DA
("op-encompass", "DA", [
 ("i", "ESF", "2025-05", "Operation Encompass: notification timeliness",
  "Notifications reaching schools before 9am on the next school day at 78%. Gaps: weekend incidents and schools not yet signed up to secure email."),
 ("i", "CSP", "2025-05", "Next-day information to key adults when police attend a home", ""),
 ("i", "COM", "2025-06", "Police notifications to schools after domestic incidents", ""),
 ("x", "ESF", "2025-05", "Education Safeguarding Lead to chase the 11 schools not yet registered for secure notifications", ""),
]),

("dardr", "DA", [
 ("i", "COM", "2025-09", "Domestic Abuse Related Death Review - publication and action plan",
  "Review concerns an adult victim; there were children in the household. Recommendations for GP practices, children's social care and housing."),
 ("i", "HWB", "2025-09", "Domestic homicide review recommendations for primary care", ""),
 ("i", "CSP", "2025-11", "DARDR learning for children's services", ""),
 ("x", "HWB", "2025-09", "ICB Named GP to cascade the review learning on routine enquiry via GP safeguarding leads", ""),
]),

("capva", "DA", [
 ("i", "YOS", "2025-05", "Child to parent violence in YOS cases",
  "28% of current caseload have child or adolescent to parent violence recorded. Parents often reluctant to report."),
 ("i", "COM", "2025-06", "Adolescent to parent violence and abuse - gap in provision", ""),
 ("i", "CSP", "2025-07", "CAPVA: developing a partnership pathway", ""),
 ("x", "YOS", "2025-05", "YOS Manager to scope a CAPVA programme with the commissioned domestic abuse provider", ""),
]),

("marac", "DA", [
 ("i", "COM", "2026-02", "MARAC volumes and IDVA capacity",
  "Cases per 10,000 adult females now above the recommended level; IDVA caseloads at 110. Repeat rate 34%."),
]),

("teen-relationship-abuse", "DA", [
 ("i", "ESF", "2026-03", "Teenage relationship abuse: RSHE and DSL guidance", ""),
]),

("children-da-victims", "DA", [
 ("i", "CSP", "2026-05", "Children as victims of domestic abuse in their own right: recording",
  "Audit found police and social care records rarely record the child as a victim as the Domestic Abuse Act intends."),
]),

# ---------------------------------------------------------------- MENTAL HEALTH
("camhs-waits", "MH", [
 ("i", "HWB", "2025-03", "Children and young people's mental health: access and waiting times",
  "Median wait from referral to second contact 19 weeks. Urgent pathway within target. Recovery plan and additional investment from the ICB."),
 ("i", "CSP", "2025-03", "CAMHS waits - safeguarding risk while children wait", ""),
 ("i", "CPB", "2025-04", "Timely emotional wellbeing support for children in our care",
  "Children in care waiting for CAMHS; role of the dedicated children-in-care clinician."),
 ("x", "HWB", "2025-03", "ICB to bring the CYPMH recovery trajectory to the June meeting", ""),
]),

("nd-assessment", "MH", [
 ("i", "HWB", "2025-06", "Neurodevelopmental assessment waiting lists (autism and ADHD)",
  "2,340 children waiting; longest waits over 2 years. Use of right-to-choose providers and the needs-led support offer."),
 ("i", "ESF", "2025-07", "Pupils awaiting autism/ADHD diagnosis - support without diagnosis", ""),
 ("x", "ESF", "2025-07", "Inclusion Lead to share the needs-led support toolkit with SENCOs", ""),
]),

("mhst", "MH", [
 ("i", "HWB", "2025-09", "Mental Health Support Teams in schools - next wave",
  "Coverage to rise from 48% to 70% of pupils. Criteria for selecting schools in the next wave."),
 ("i", "ESF", "2025-10", "MHST coverage: which schools are in the next wave", ""),
 ("x", "ESF", "2025-10", "Head of Inclusion to circulate the MHST wave list and criteria to headteachers", ""),
]),

("self-harm-ed", "MH", [
 ("i", "HWB", "2025-12", "Under-18 self-harm presentations to the emergency department",
  "Rise in presentations among girls aged 13-16. Repeat presentations within 6 months at 31%."),
 ("i", "ESF", "2026-02", "Self-harm: school response guidance refreshed", ""),
 ("x", "HWB", "2025-12", "Public Health to share the self-harm dashboard with the Education Safeguarding Forum", ""),
]),

("tier4-beds", "MH", [
 ("i", "CSP", "2026-01", "Children stuck on paediatric wards awaiting Tier 4 beds",
  "Nine children in the last quarter waited more than 7 days on a paediatric ward. Risks to the child and to other patients; use of agency staff and restraint."),
 ("i", "CPB", "2026-02", "Children in care in hospital awaiting specialist mental health placement", ""),
 ("i", "HWB", "2026-03", "CYP inpatient mental health capacity - provider collaborative update", ""),
 ("x", "CSP", "2026-01", "ICB to escalate Tier 4 bed delays to the regional provider collaborative and report back", ""),
]),

("dols-children", "PLACE", [
 ("i", "CPB", "2025-09", "Deprivation of liberty orders for children in our care",
  "Children subject to DoL orders under the inherent jurisdiction rose to 9; 6 are in unregistered settings."),
 ("i", "CSP", "2025-11", "Children deprived of their liberty in unregistered placements - assurance", ""),
]),

("eating-disorders", "MH", [
 ("i", "HWB", "2026-06", "CYP eating disorder service: urgent referral standard", ""),
]),

("suspected-suicide", "DEATH", [
 ("i", "HWB", "2026-03", "Real-time surveillance of suspected suicides - under 25s", ""),
 ("i", "CSP", "2026-03", "Suspected suicides of young people: community response plan",
  "Activation of the community response plan following two suspected suicides of young people within a short period. Focus on contagion risk and support for peers."),
 ("i", "ESF", "2026-05", "Postvention support for schools", ""),
 ("x", "ESF", "2026-05", "Educational Psychology Service to circulate the postvention toolkit to all DSLs", ""),
]),

]
