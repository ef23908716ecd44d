# Matters, part C.

MATTERS_C = [

# ---------------------------------------------------------------- REFORM
("families-first", "REFORM", [
 ("i", "CSP", "2025-03", "Families First Partnership programme: implementation plan",
  "Grant conditions for 2025/26 require a Family Help offer, multi-agency child protection teams and a family group decision-making offer at pre-proceedings. Governance to sit with the Partnership."),
 ("i", "HWB", "2025-03", "Family Help: prevention funding and partner contributions", ""),
 ("i", "ESF", "2025-05", "Reforms to early help - what schools need to know",
  "Early help assessments to be replaced by a single Family Help assessment; lead practitioner role for school staff."),
 ("i", "CSP", "2025-09", "Family Help - progress report", ""),
 ("x", "CSP", "2025-03", "DCS to present the FFP programme governance and grant conditions at the May meeting", ""),
]),

("families-first-2026", "REFORM", [
 ("i", "CSP", "2026-09", "Families First: one year on", "Evaluation of the first year, including feedback from families and lead practitioners."),
]),

("macpt", "REFORM", [
 ("i", "CSP", "2025-11", "Multi-agency child protection teams: pathfinder readiness",
  "Each statutory partner must provide named, experienced practitioners. Police propose a DS from the Child Abuse Investigation Team; ICB considering a health visitor and a paediatrician sessional role."),
 ("i", "HWB", "2026-01", "Health practitioners in the new child protection teams", ""),
 ("x", "CSP", "2025-11", "Police, ICB and LA to nominate leads to the MACPT design group", ""),
]),

("education-partner", "REFORM", [
 ("i", "CSP", "2026-01", "Education as a statutory safeguarding partner",
  "Options for how schools, academy trusts and colleges are represented and how they contribute to funding."),
 ("i", "ESF", "2026-02", "Schools' role in local safeguarding arrangements under the new Act", ""),
 ("x", "ESF", "2026-02", "ESF Chair and two headteacher reps to agree the education representation model for the Partnership", ""),
]),

("child-identifier", "REFORM", [
 ("i", "CSP", "2025-09", "Consistent child identifier: local readiness", ""),
 ("i", "HWB", "2025-09", "Using the NHS number across children's services",
  "Social care case management system can hold the NHS number but it is populated for only 54% of open cases."),
 ("i", "ESF", "2025-10", "Recording a single unique number for every pupil across agencies", ""),
 ("x", "HWB", "2025-09", "Children's Services Head of Performance to run a batch trace to populate NHS numbers", ""),
]),

("family-hubs", "REFORM", [
 ("i", "HWB", "2025-06", "Family Hubs and Start for Life: 2025/26 funding", ""),
]),

# ---------------------------------------------------------------- PLACEMENTS
("unregistered-homes", "PLACE", [
 ("i", "CPB", "2025-04", "Children placed in unregistered provision",
  "Five children currently in unregistered settings, all with complex needs. Weekly oversight by the DCS; applications for registration submitted for three."),
 ("i", "CSP", "2025-05", "Use of illegal children's homes - partnership assurance", ""),
 ("x", "CPB", "2025-04", "Director of Children's Social Care to report every unregistered placement to the Lead Member weekly", ""),
]),

("placed-into-kv", "PLACE", [
 ("i", "EXP", "2025-12", "Children placed into Kestrel Vale by other authorities: exploitation risk",
  "68 children from 23 other councils living in private children's homes here. Notifications of arrival received for under half."),
 ("i", "COM", "2026-02", "Private children's homes in the borough - notifications from placing authorities", ""),
 ("x", "EXP", "2025-12", "Head of MASH to write to placing authorities reminding them of the notification duty", ""),
]),

("sufficiency", "PLACE", [
 ("i", "CPB", "2025-06", "Sufficiency strategy 2025-28: two new in-house children's homes", ""),
 ("i", "CPB", "2025-12", "Sufficiency strategy - progress on in-house homes", "First home registered with Ofsted; second delayed by planning."),
]),

("fostering-2025", "PLACE", [
 ("i", "CPB", "2025-04", "Foster carer recruitment campaign", "12 approvals against a target of 20; net loss of 4 households."),
 ("x", "CPB", "2025-04", "Head of Fostering to present the fostering recruitment and retention data by quarter", ""),
]),

("fostering-2026", "PLACE", [
 ("i", "CPB", "2026-04", "Fostering recruitment and retention 2026", ""),
]),

("rcc", "PLACE", [
 ("i", "CPB", "2026-06", "Regional Care Co-operative: business case", ""),
]),

("kinship", "PLACE", [
 ("i", "CPB", "2025-09", "Kinship carers: financial allowance pilot", ""),
 ("i", "CSP", "2025-11", "Support for family and friends carers", ""),
]),

("foster-allegations", "LADO", [
 ("i", "CPB", "2025-10", "Allegations against foster carers: annual review", ""),
]),

# ---------------------------------------------------------------- LADO
("lado-2425", "LADO", [
 ("i", "CSP", "2025-07", "LADO annual report 2024/25",
  "412 contacts, 163 referrals meeting the harm threshold. Education the largest source; rise in referrals about online conduct of staff."),
 ("i", "ESF", "2025-07", "Allegations against staff: LADO annual findings for schools", ""),
]),

("lado-2526", "LADO", [
 ("i", "CSP", "2026-07", "LADO annual report 2025/26", ""),
 ("i", "ESF", "2026-07", "LADO annual report - education headlines", ""),
]),

("out-of-school-settings", "LADO", [
 ("i", "ESF", "2025-11", "Safeguarding in out-of-school settings (tuition centres, supplementary schools, sports clubs)", ""),
 ("i", "COM", "2025-11", "Unregistered out-of-school settings: multi-agency visits", ""),
 ("i", "CSP", "2026-01", "Voluntary safeguarding code for community and faith settings - uptake", ""),
]),

("private-fostering-2425", "LADO", [
 ("i", "CSP", "2025-05", "Private fostering annual report", "Only 9 notified arrangements; likely under-reporting."),
 ("i", "ESF", "2025-05", "Private fostering: awareness for schools and admissions teams", ""),
]),

("private-fostering-2526", "LADO", [
 ("i", "CSP", "2026-05", "Private fostering annual report 2025/26", ""),
]),

# ---------------------------------------------------------------- SERIOUS VIOLENCE
("sna-refresh", "SV", [
 ("i", "VRU", "2025-11", "Serious violence strategic needs assessment refresh",
  "Refresh required under the SV duty. New sources: ED data, education exclusions, YOS assessments."),
 ("i", "COM", "2025-11", "Strategic needs assessment: serious violence 2025", ""),
 ("i", "HWB", "2026-01", "Violence as a public health issue: updated local profile", ""),
 ("x", "VRU", "2025-11", "Partners to supply data for the SNA to the VRU analyst by 31 December", ""),
]),

("hotspot-patrols", "SV", [
 ("i", "VRU", "2026-03", "Hotspot policing: patrols year two", ""),
 ("i", "COM", "2026-04", "Serious violence hotspot patrols - funding for 2026/27", ""),
]),

("online-incitement", "SV", [
 ("i", "VRU", "2025-07", "Online videos inciting violence between groups of young people",
  "Videos taunting rival groups posted before two serious assaults. Police takedown requests and youth work response."),
 ("i", "EXP", "2025-07", "Social media content linked to youth violence - takedowns", ""),
]),

("yef-mentoring", "SV", [
 ("i", "VRU", "2026-05", "Youth Endowment Fund bid: mentoring for children at risk of violence", ""),
]),

# ---------------------------------------------------------------- DATA / MASH
("records-migration", "DATA", [
 ("i", "CSP", "2025-09", "Police records system migration - impact on MASH notifications",
  "Since go-live, police notifications to the MASH have been delayed by up to 10 days. Backlog of 600 notifications."),
 ("i", "EXP", "2025-10", "Intelligence flow since the force's new crime system went live", ""),
 ("x", "CSP", "2025-09", "DCI Public Protection to report the backlog of notifications awaiting MASH triage weekly until cleared", ""),
]),

("mash-demand", "DATA", [
 ("i", "CSP", "2026-03", "MASH contacts: demand and conversion rates",
  "Contacts up 14%; conversion to referral 21%. Police notifications are 46% of contacts."),
 ("i", "ESF", "2026-03", "Referrals from schools into the MASH: quality and outcomes", ""),
 ("x", "ESF", "2026-03", "MASH Manager to attend the DSL network to share examples of good referrals", ""),
]),

("isa-renewal", "DATA", [
 ("i", "CSP", "2026-05", "Multi-agency information sharing agreement renewal", ""),
 ("i", "HWB", "2026-06", "Data sharing protocol between health and children's services - refresh", ""),
]),

("csp-info-protocol", "DATA", [
 ("i", "COM", "2026-06", "Community safety information sharing protocol (s.115) review", ""),
]),

# ---------------------------------------------------------------- HEALTH
("measles", "HEALTH", [
 ("i", "HWB", "2025-03", "MMR uptake and measles cases",
  "MMR2 uptake at 5 years 82%. 14 confirmed cases since January, mostly in one ward."),
 ("i", "ESF", "2025-03", "Measles: exclusion periods and outbreaks in schools", ""),
 ("x", "ESF", "2025-03", "Public Health to send schools the measles exclusion letter template", ""),
]),

("iha-timeliness", "HEALTH", [
 ("i", "CPB", "2025-06", "Initial health assessments within 20 working days",
  "Timeliness 38%. Main causes: late notification of entry to care and paediatric capacity."),
 ("i", "HWB", "2025-07", "Health checks for looked after children: performance", ""),
 ("x", "CPB", "2025-06", "Designated Nurse for Looked After Children to report IHA timeliness by reason for delay", ""),
]),

("health-visiting", "HEALTH", [
 ("i", "HWB", "2025-12", "Health visiting workforce: mandated contacts", "New birth visits within 14 days: 81%. 6-8 week reviews: 72%."),
 ("i", "CSP", "2026-01", "Fewer home visits to babies - safeguarding implications", ""),
]),

("hcp-recommission", "HEALTH", [
 ("i", "HWB", "2026-06", "Healthy Child Programme 0-19: recommissioning", ""),
]),

("jsna-cyp", "HEALTH", [
 ("i", "HWB", "2025-07", "JSNA chapter: children and young people", ""),
 ("i", "CSP", "2025-09", "Joint strategic needs assessment - children's data for safeguarding", ""),
]),

("young-carers", None, [
 ("i", "ESF", "2026-03", "Young carers: identification in schools", ""),
 ("i", "HWB", "2026-03", "Young carers' health and wellbeing", ""),
 ("x", "ESF", "2026-03", "Young Carers Service to share the school self-assessment tool", ""),
]),

# ---------------------------------------------------------------- POVERTY
("child-poverty", "POVERTY", [
 ("i", "HWB", "2025-09", "Child poverty strategy", "27% of children living in relative poverty after housing costs."),
 ("i", "CSP", "2025-11", "Child poverty strategy - contribution from safeguarding partners", ""),
]),

("fsm-expansion", "POVERTY", [
 ("i", "ESF", "2026-05", "Free school meals: expansion to all Universal Credit households from September", ""),
 ("i", "HWB", "2026-06", "Extending free school meals - take-up and health impact", ""),
]),

("haf-2025", "POVERTY", [
 ("i", "HWB", "2025-03", "Holiday Activities and Food programme - summer 2025", ""),
 ("i", "ESF", "2025-05", "HAF summer 2025: promoting places to eligible pupils", ""),
]),

("haf-2026", "POVERTY", [
 ("i", "HWB", "2026-03", "Holiday Activities and Food programme 2026", ""),
]),

# ---------------------------------------------------------------- VOICE
("vru-youth-panel", "VOICE", [
 ("i", "VRU", "2025-07", "Young people's advisory group for the VRU", ""),
]),

("csp-ambassadors", "VOICE", [
 ("i", "CSP", "2025-09", "Youth safeguarding ambassadors - recruitment", ""),
]),

("cicc-moves", "VOICE", [
 ("i", "CPB", "2025-06", "Children in Care Council: feedback on placement moves",
  "Young people told us moves are often at short notice and belongings are carried in bin bags."),
 ("x", "CPB", "2025-06", "Head of Service to provide every child moving placement with a suitcase", ""),
]),

# ---------------------------------------------------------------- INSPECTION
("ilacs", "INSPECT", [
 ("i", "CPB", "2026-05", "Ofsted ILACS inspection: findings for children in care", ""),
 ("i", "CSP", "2026-05", "ILACS judgement and improvement plan",
  "Overall judgement: requires improvement to be good. Areas for improvement include help and protection at the front door and timeliness of PLO."),
 ("i", "HWB", "2026-06", "Children's services inspection outcome", ""),
 ("x", "CSP", "2026-05", "DCS to circulate the post-inspection action plan to all partners within 70 working days", ""),
]),

("jtai", "INSPECT", [
 ("i", "CSP", "2025-05", "JTAI: preparation for a joint targeted area inspection", ""),
]),

# ---------------------------------------------------------------- misc multi-board
("phones-schools", "HSB", [
 ("i", "ESF", "2025-10", "Mobile phones in schools: guidance and smartphone-free pledges", ""),
 ("i", "HWB", "2025-12", "Smartphones and children's wellbeing - school phone bans", ""),
]),

("respect-orders", "ASB", [
 ("i", "COM", "2025-07", "Respect Orders: new ASB powers", ""),
 ("i", "YOS", "2025-07", "New civil orders for anti-social behaviour - what they mean for children", ""),
]),

("ce-awareness-day", "CCE", [
 ("i", "EXP", "2025-02", "Child Exploitation Awareness Day 18 March - partnership plan", ""),
 ("i", "ESF", "2025-03", "Exploitation awareness day resources for assemblies", ""),
 ("i", "COM", "2025-02", "National awareness day on exploitation - comms", ""),
 ("x", "EXP", "2025-02", "Comms leads to agree a joint social media schedule for awareness day", ""),
]),

("appropriate-adults", "YJ", [
 ("i", "YOS", "2026-03", "Appropriate adult service: recommissioning", ""),
 ("i", "CSP", "2026-03", "Availability of appropriate adults for children in custody overnight", ""),
]),

("transitions-probation", "YJ", [
 ("i", "YOS", "2026-05", "Transitions to probation at 18", ""),
]),

("girls-yj", "YJ", [
 ("i", "YOS", "2025-11", "Girls in the youth justice system: a gender-responsive approach", ""),
]),

("car-wash-slavery", "CCE", [
 ("i", "COM", "2026-04", "Labour exploitation at hand car washes", ""),
]),

("fgm", "HARMFUL", [
 ("i", "HWB", "2026-02", "FGM: mandatory reporting and recording in maternity", ""),
]),

("forced-marriage", "HARMFUL", [
 ("i", "ESF", "2026-05", "Forced marriage: summer holiday risk", ""),
]),

("honour-abuse", "HARMFUL", [
 ("i", "COM", "2026-04", "Honour-based abuse: partnership response", ""),
]),

("girls-gang-involvement", "SV", [
 ("i", "VRU", "2026-01", "Girls and young women affected by serious violence", ""),
]),

("social-worker-agency", None, [
 ("i", "CSP", "2025-11", "Social work workforce: new rules on agency staff", ""),
]),

("gambling", None, [
 ("i", "HWB", "2026-07", "Gambling harms among young people", ""),
]),

# ---------------------------------------------------------------- actions without an agenda item of their own
("ao-police-cpb", "MISSING", [
 ("x", "CPB", "2026-04", "Police Missing Persons Coordinator to attend the June board to present missing from care trends", ""),
]),

("ao-exp-data", "CSE", [
 ("x", "EXP", "2026-04", "Analyst to produce a hotel-related CSE intelligence report for the next meeting", ""),
]),

("ao-vru-grant", "SV", [
 ("x", "VRU", "2026-01", "VRU Director to submit the 2026/27 Home Office grant return", ""),
 ("x", "COM", "2026-02", "Community Safety Manager to provide match-funding confirmation for the VRU Home Office grant", ""),
]),

("ao-dsl-network", "EDU", [
 ("x", "ESF", "2026-05", "Education Safeguarding Lead to run a DSL network session on completing MASH referrals for neglect", ""),
]),

("ao-knife-bins", "KNIFE", [
 ("x", "VRU", "2026-07", "Police to report items deposited in the permanent knife surrender bins", ""),
]),

("ao-cl-passports", "CL", [
 ("x", "CPB", "2026-06", "Leaving Care Team to ensure every care leaver has a passport or photo ID by 18", ""),
]),

("ao-hwb-vaccine", "HEALTH", [
 ("x", "HWB", "2026-03", "School Aged Immunisation Service to report HPV uptake by school", ""),
]),

("ao-yos-reparation", "YJ", [
 ("x", "YOS", "2026-01", "Reparation Coordinator to find new community reparation placements", ""),
]),

]
