-- Issue 18: the register of information sharing agreements, and which one an answer relied on.

CREATE TABLE sharing_agreement (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title      VARCHAR(200)  NOT NULL,
    reference  VARCHAR(60)   NOT NULL,
    purpose    VARCHAR(2000) NOT NULL,
    retention  VARCHAR(500)  NOT NULL,
    review_on  DATE          NULL,
    status     VARCHAR(12)   NOT NULL,
    updated_at DATETIME(3)   NOT NULL,
    updated_by VARCHAR(60)   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_sharing_agreement_reference UNIQUE (reference),
    CONSTRAINT ck_sharing_agreement_status CHECK (status IN ('DRAFT', 'SIGNED', 'EXPIRED', 'WITHDRAWN')),
    INDEX ix_sharing_agreement_status (status, review_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each party and the lawful basis it relies on: a UK GDPR Article 6 condition and, for special category
-- or offence data, its Article 9 / Article 10 and DPA 2018 Schedule 1 condition.
CREATE TABLE sharing_agreement_party (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id      BIGINT       NOT NULL,
    agency_id         BIGINT       NOT NULL,
    article6_basis    VARCHAR(24)  NOT NULL,
    special_condition VARCHAR(500) NULL,
    CONSTRAINT fk_agreement_party_agreement FOREIGN KEY (agreement_id) REFERENCES sharing_agreement (id),
    CONSTRAINT fk_agreement_party_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uk_agreement_party UNIQUE (agreement_id, agency_id),
    CONSTRAINT ck_agreement_party_basis CHECK (article6_basis IN ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK', 'LEGITIMATE_INTERESTS')),
    INDEX ix_agreement_party_agency (agency_id, agreement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The catalogue datasets an agreement covers.
CREATE TABLE sharing_agreement_dataset (
    agreement_id BIGINT NOT NULL,
    dataset_id   BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, dataset_id),
    CONSTRAINT fk_agreement_dataset_agreement FOREIGN KEY (agreement_id) REFERENCES sharing_agreement (id),
    CONSTRAINT fk_agreement_dataset_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id),
    INDEX ix_agreement_dataset_dataset (dataset_id, agreement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The signed agreement (a PDF, checked by content), outside the web root.
CREATE TABLE sharing_agreement_document (
    agreement_id BIGINT       NOT NULL PRIMARY KEY,
    file_name    VARCHAR(200) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_agreement_document_agreement FOREIGN KEY (agreement_id) REFERENCES sharing_agreement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An answer that shares personal or pseudonymised data names the agreement it relies on.
ALTER TABLE data_request
    ADD COLUMN agreement_id BIGINT NULL,
    ADD CONSTRAINT fk_data_request_agreement FOREIGN KEY (agreement_id) REFERENCES sharing_agreement (id);
ALTER TABLE data_request ADD COLUMN answer_personal BOOLEAN NOT NULL DEFAULT FALSE;
