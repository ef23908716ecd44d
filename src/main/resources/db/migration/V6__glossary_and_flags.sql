-- The shared glossary (agreed definitions, each agency's own variant, every change kept) and the
-- flags register (every agency's exploitation flags, side by side), with proposals for an aligned
-- partnership definition and each agency's answer.

CREATE TABLE glossary_term (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(150)  NOT NULL,
    abbreviation      VARCHAR(30)   NULL,
    synonyms          VARCHAR(500)  NULL,
    definition        VARCHAR(4000) NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    source_detail     VARCHAR(300)  NULL,
    status            VARCHAR(12)   NOT NULL,
    updated_at        DATETIME      NOT NULL,
    updated_by        VARCHAR(60)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_glossary_term_name UNIQUE (name),
    INDEX ix_glossary_term_abbreviation (abbreviation)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE glossary_variant (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id    BIGINT        NOT NULL,
    agency_id  BIGINT        NOT NULL,
    definition VARCHAR(4000) NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_glossary_variant_term FOREIGN KEY (term_id) REFERENCES glossary_term (id),
    CONSTRAINT fk_glossary_variant_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uk_glossary_variant UNIQUE (term_id, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to a term or a variant: what it said before, what it says now, who, when. Never changed.
CREATE TABLE glossary_change (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id    BIGINT        NOT NULL,
    agency_id  BIGINT        NULL,
    field      VARCHAR(30)   NOT NULL,
    before_text VARCHAR(4000) NULL,
    after_text VARCHAR(4000) NULL,
    changed_by VARCHAR(60)   NOT NULL,
    changed_at DATETIME      NOT NULL,
    CONSTRAINT fk_glossary_change_term FOREIGN KEY (term_id) REFERENCES glossary_term (id),
    CONSTRAINT fk_glossary_change_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_glossary_change_term (term_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE flag (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id            BIGINT        NOT NULL,
    system_name          VARCHAR(120)  NOT NULL,
    team                 VARCHAR(120)  NULL,
    name                 VARCHAR(150)  NOT NULL,
    code                 VARCHAR(40)   NULL,
    definition           VARCHAR(4000) NOT NULL,
    threshold            VARCHAR(2000) NULL,
    who_may_apply        VARCHAR(500)  NULL,
    applied_when         VARCHAR(30)   NOT NULL,
    applied_when_detail  VARCHAR(300)  NULL,
    review_months        INT           NULL,
    removal_rule         VARCHAR(1000) NULL,
    glossary_term_id     BIGINT        NULL,
    last_checked_on      DATE          NULL,
    updated_at           DATETIME      NOT NULL,
    updated_by           VARCHAR(60)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_flag_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_flag_glossary_term FOREIGN KEY (glossary_term_id) REFERENCES glossary_term (id),
    CONSTRAINT ck_flag_review_months CHECK (review_months IS NULL OR review_months >= 0),
    INDEX ix_flag_agency (agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE flag_harm (
    flag_id      BIGINT NOT NULL,
    harm_type_id BIGINT NOT NULL,
    PRIMARY KEY (flag_id, harm_type_id),
    CONSTRAINT fk_flag_harm_flag FOREIGN KEY (flag_id) REFERENCES flag (id),
    CONSTRAINT fk_flag_harm_harm_type FOREIGN KEY (harm_type_id) REFERENCES harm_type (id),
    INDEX ix_flag_harm_harm_type (harm_type_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE definition_proposal (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    harm_type_id BIGINT        NOT NULL,
    definition   VARCHAR(4000) NOT NULL,
    rationale    VARCHAR(2000) NULL,
    proposed_by  VARCHAR(60)   NOT NULL,
    proposed_at  DATETIME      NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_definition_proposal_harm FOREIGN KEY (harm_type_id) REFERENCES harm_type (id),
    INDEX ix_definition_proposal_harm (harm_type_id, proposed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_response (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT        NOT NULL,
    agency_id    BIGINT        NOT NULL,
    answer       VARCHAR(12)   NOT NULL,
    change_by    DATE          NULL,
    note         VARCHAR(1000) NULL,
    answered_by  VARCHAR(60)   NOT NULL,
    answered_at  DATETIME      NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_proposal_response_proposal FOREIGN KEY (proposal_id) REFERENCES definition_proposal (id),
    CONSTRAINT fk_proposal_response_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uk_proposal_response UNIQUE (proposal_id, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
