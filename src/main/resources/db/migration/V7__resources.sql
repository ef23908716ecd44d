-- Voice-of-young-people resources for practitioners: the current text of each resource (body sanitised
-- to an allow-list, plus its plain text for FULLTEXT search), every saved version, and readers' feedback.

CREATE TABLE resource (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind               VARCHAR(30)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    summary            VARCHAR(1000) NOT NULL,
    body_html          MEDIUMTEXT    NOT NULL,
    body_text          MEDIUMTEXT    NOT NULL,
    young_people_said  TEXT          NULL,
    practice_meaning   TEXT          NULL,
    themes             VARCHAR(500)  NULL,
    external_url       VARCHAR(500)  NULL,
    author             VARCHAR(60)   NOT NULL,
    agency_id          BIGINT        NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    published_on       DATE          NULL,
    review_due         DATE          NOT NULL,
    updated_at         DATETIME      NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_resource_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_resource_status_published (status, published_on),
    INDEX ix_resource_review (status, review_due),
    FULLTEXT INDEX ft_resource_text (title, summary, body_text, young_people_said, practice_meaning, themes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_harm (
    resource_id  BIGINT NOT NULL,
    harm_type_id BIGINT NOT NULL,
    PRIMARY KEY (resource_id, harm_type_id),
    CONSTRAINT fk_resource_harm_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT fk_resource_harm_harm FOREIGN KEY (harm_type_id) REFERENCES harm_type (id),
    INDEX ix_resource_harm_harm (harm_type_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_audience (
    resource_id BIGINT      NOT NULL,
    audience    VARCHAR(30) NOT NULL,
    PRIMARY KEY (resource_id, audience),
    CONSTRAINT fk_resource_audience_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    INDEX ix_resource_audience (audience)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_version (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resource_id  BIGINT        NOT NULL,
    number       INT           NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    summary      VARCHAR(1000) NOT NULL,
    body_html    MEDIUMTEXT    NOT NULL,
    changed_by   VARCHAR(60)   NOT NULL,
    changed_at   DATETIME      NOT NULL,
    change_note  VARCHAR(300)  NULL,
    CONSTRAINT fk_resource_version_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT uk_resource_version UNIQUE (resource_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_feedback (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resource_id BIGINT        NOT NULL,
    useful      BOOLEAN       NOT NULL,
    comment     VARCHAR(1000) NULL,
    given_by    VARCHAR(60)   NOT NULL,
    given_at    DATETIME      NOT NULL,
    CONSTRAINT fk_resource_feedback_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    INDEX ix_resource_feedback_resource (resource_id, given_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments (PDF and images), stored in the database like meeting papers, outside the web root.
CREATE TABLE resource_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resource_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    added_by     VARCHAR(60)  NOT NULL,
    added_at     DATETIME     NOT NULL,
    CONSTRAINT fk_resource_attachment_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    INDEX ix_resource_attachment_resource (resource_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Glossary terms a resource explains, and other resources to read with it.
CREATE TABLE resource_term (
    resource_id BIGINT NOT NULL,
    term_id     BIGINT NOT NULL,
    PRIMARY KEY (resource_id, term_id),
    CONSTRAINT fk_resource_term_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT fk_resource_term_term FOREIGN KEY (term_id) REFERENCES glossary_term (id),
    INDEX ix_resource_term_term (term_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_related (
    resource_id BIGINT NOT NULL,
    related_id  BIGINT NOT NULL,
    PRIMARY KEY (resource_id, related_id),
    CONSTRAINT fk_resource_related_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT fk_resource_related_related FOREIGN KEY (related_id) REFERENCES resource (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
