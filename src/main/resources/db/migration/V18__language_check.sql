-- The language check (issue 17, item 6): the partnership's list of ways of speaking that blame or adultify a child,
-- each with what to say instead and where the advice comes from. Administrators keep the list in the portal; these
-- rows are the starter list. The pattern is the words the check looks for, in the portal's own small pattern
-- language (language/TermPattern): words separated by spaces, a word's forms separated by |, a trailing * for any
-- ending. Matching is whole words, any case.
--
-- Sources. Each row names the published guide whose terms-to-avoid cover it:
--   [TCS] The Children's Society, with Victim Support and the National Police Chiefs' Council, "Appropriate
--         language: child sexual and/or criminal exploitation. Guidance for professionals" (first published 2017).
--   [CSET] The Children's Society and NAPAC for the Child Sexual Exploitation Taskforce, "Child exploitation and
--         abuse: an appropriate language guide" (2024), the update of [TCS].
-- The alternatives are the partnership's own wording, not quotations from either guide.
CREATE TABLE language_term (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phrase      VARCHAR(120)  NOT NULL,
    pattern     VARCHAR(400)  NOT NULL,
    alternative VARCHAR(400)  NOT NULL,
    source      VARCHAR(400)  NOT NULL,
    updated_by  VARCHAR(60)   NULL,
    updated_at  DATETIME      NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_language_term_phrase UNIQUE (phrase)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO language_term (phrase, pattern, alternative, source) VALUES
('putting themselves at risk',
 'put|puts|putting|placing|places|placed themselves|himself|herself|themself at risk',
 'Say who or what is putting the child at risk: "the child is at risk of being exploited by …", "adults are targeting the child".',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals; updated as Child exploitation and abuse: an appropriate language guide (CSE Taskforce, 2024)'),
('risky lifestyle',
 'risky lifestyle|lifestyles',
 'Describe what is happening to the child and who is harming them: "the child is being exploited", "there are concerns about the adults the child is with".',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('lifestyle choice',
 'lifestyle choice|choices',
 'A child who is exploited is not choosing it: say "the child is being groomed or controlled" and name the pressure on them.',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('prostituting',
 'prostitut*',
 'A child cannot be a prostitute or prostitute themselves: say "the child is being sexually exploited" or "is a victim of sexual abuse".',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('consenting',
 'consenting|consented|consensual',
 'A child cannot consent to their own abuse or exploitation: describe what the adult did and the power they held over the child.',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals; Child exploitation and abuse: an appropriate language guide (CSE Taskforce, 2024)'),
('drug runner',
 'drug runner|runners',
 'Say "the child is being criminally exploited to carry or sell drugs" and name who is exploiting them.',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('drug dealer (about a child)',
 'drug dealer|dealers',
 'Where the person is a child: say "the child is being criminally exploited to sell drugs".',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('sexually active (about a child)',
 'sexually active',
 'Where there are concerns of abuse, say so: "the child may be being sexually abused or exploited", and by whom if known.',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('promiscuous',
 'promiscuous|promiscuity',
 'Describe the abuse and the people behind it: "the child is being sexually exploited by adults".',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('boyfriend or girlfriend (of an exploiting adult)',
 'older boyfriend|girlfriend|partner',
 'Where an adult is exploiting the child, name the relationship for what it is: "an adult who is sexually exploiting the child".',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('recruiting others',
 'recruiting|recruits|recruited other|others',
 'A child drawn into recruiting others is still being exploited: "the child is being made to bring other children to the exploiters".',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('streetwise',
 'streetwise',
 'Knowing the area does not make a child safe: describe the risks the child faces and their need for protection.',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('involved in CSE or CCE',
 'involved in CSE|CCE|exploitation',
 'Say "the child is a victim of sexual (or criminal) exploitation": the child is harmed, not taking part.',
 'The Children''s Society, Victim Support and NPCC: Appropriate language: child sexual and/or criminal exploitation, guidance for professionals'),
('money mule',
 'money mule|mules',
 'Say "the child is being financially exploited: exploiters are moving money through the child''s account".',
 'Child exploitation and abuse: an appropriate language guide, The Children''s Society and NAPAC for the CSE Taskforce (2024)'),
('plugging',
 'plugging',
 'Say "the child is being forced or coerced to carry drugs internally" and treat it as a medical and safeguarding emergency.',
 'Child exploitation and abuse: an appropriate language guide, The Children''s Society and NAPAC for the CSE Taskforce (2024)');
