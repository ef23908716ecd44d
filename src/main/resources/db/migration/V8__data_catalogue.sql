-- The data-request catalogue: datasets held across agencies (described, never their records),
-- strategic asks mapped to the datasets that answer them, and data requests that data leads answer.

CREATE TABLE dataset (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                  VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000) NOT NULL,
    agency_id             BIGINT        NOT NULL,
    steward_id            BIGINT        NULL,
    system_name           VARCHAR(120)  NOT NULL,
    fields_held           VARCHAR(2000) NULL,
    granularity           VARCHAR(20)   NOT NULL,
    geography             VARCHAR(200)  NULL,
    coverage_from         DATE          NULL,
    coverage_to           DATE          NULL,
    update_frequency      VARCHAR(20)   NOT NULL,
    classification        VARCHAR(20)   NOT NULL,
    article6_basis        VARCHAR(30)   NULL,
    article9_condition    VARCHAR(500)  NULL,
    sharing_agreement     VARCHAR(200)  NULL,
    access_route          VARCHAR(1000) NULL,
    quality_issues        VARCHAR(2000) NULL,
    last_reviewed_on      DATE          NULL,
    review_months         INT           NOT NULL DEFAULT 12,
    review_due_on         DATE          NULL,
    updated_at            DATETIME      NOT NULL,
    updated_by            VARCHAR(60)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_dataset_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_dataset_steward FOREIGN KEY (steward_id) REFERENCES user_account (id),
    CONSTRAINT uk_dataset_agency_name UNIQUE (agency_id, name),
    CONSTRAINT ck_dataset_review_months CHECK (review_months BETWEEN 1 AND 60),
    -- Personal data is never described without its lawful basis, whatever writes the row.
    CONSTRAINT ck_dataset_lawful_basis CHECK (classification = 'ANONYMISED' OR article6_basis IS NOT NULL),
    INDEX ix_dataset_name (name),
    INDEX ix_dataset_classification (classification, name),
    INDEX ix_dataset_frequency (update_frequency, name),
    INDEX ix_dataset_review_due (review_due_on),
    FULLTEXT INDEX ft_dataset (name, description, fields_held, system_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a dataset is about: young people, perpetrators, places, services (one or more).
CREATE TABLE dataset_subject (
    dataset_id BIGINT      NOT NULL,
    subject    VARCHAR(20) NOT NULL,
    PRIMARY KEY (dataset_id, subject),
    CONSTRAINT fk_dataset_subject_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id) ON DELETE CASCADE,
    INDEX ix_dataset_subject_subject (subject, dataset_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The exploitation flags (flags register) a dataset carries.
CREATE TABLE dataset_flag (
    dataset_id BIGINT NOT NULL,
    flag_id    BIGINT NOT NULL,
    PRIMARY KEY (dataset_id, flag_id),
    CONSTRAINT fk_dataset_flag_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id) ON DELETE CASCADE,
    CONSTRAINT fk_dataset_flag_flag FOREIGN KEY (flag_id) REFERENCES flag (id),
    INDEX ix_dataset_flag_flag (flag_id, dataset_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to a dataset record, one row per field: the record's versions. Never changed.
CREATE TABLE dataset_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dataset_id  BIGINT        NOT NULL,
    record_version BIGINT     NOT NULL,
    field       VARCHAR(40)   NOT NULL,
    before_text VARCHAR(4000) NULL,
    after_text  VARCHAR(4000) NULL,
    changed_by  VARCHAR(60)   NOT NULL,
    changed_at  DATETIME      NOT NULL,
    CONSTRAINT fk_dataset_change_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id),
    INDEX ix_dataset_change_dataset (dataset_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE strategic_ask (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    board_id       BIGINT        NOT NULL,
    question       VARCHAR(500)  NOT NULL,
    why_it_matters VARCHAR(2000) NOT NULL,
    subject        VARCHAR(20)   NOT NULL,
    priority       VARCHAR(10)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    raised_by      VARCHAR(60)   NOT NULL,
    raised_at      DATETIME      NOT NULL,
    updated_at     DATETIME      NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_strategic_ask_board FOREIGN KEY (board_id) REFERENCES board (id),
    INDEX ix_strategic_ask_status (status, subject),
    INDEX ix_strategic_ask_board (board_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How well a dataset answers an ask, and what is missing.
CREATE TABLE ask_dataset (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ask_id      BIGINT        NOT NULL,
    dataset_id  BIGINT        NOT NULL,
    fit         VARCHAR(12)   NOT NULL,
    missing     VARCHAR(1000) NULL,
    mapped_by   VARCHAR(60)   NOT NULL,
    mapped_at   DATETIME      NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_ask_dataset_ask FOREIGN KEY (ask_id) REFERENCES strategic_ask (id),
    CONSTRAINT fk_ask_dataset_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id),
    CONSTRAINT uk_ask_dataset UNIQUE (ask_id, dataset_id),
    INDEX ix_ask_dataset_dataset (dataset_id, fit)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE data_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ask_id         BIGINT        NOT NULL,
    board_id       BIGINT        NOT NULL,
    requester_id   BIGINT        NOT NULL,
    what_needed    VARCHAR(2000) NOT NULL,
    why_needed     VARCHAR(2000) NOT NULL,
    needed_by      DATE          NOT NULL,
    meeting_id     BIGINT        NULL,
    status         VARCHAR(12)   NOT NULL,
    handled_by     VARCHAR(60)   NULL,
    answer_text    VARCHAR(4000) NULL,
    answer_link    VARCHAR(500)  NULL,
    decline_reason VARCHAR(20)   NULL,
    decline_detail VARCHAR(1000) NULL,
    submitted_at   DATETIME      NOT NULL,
    closed_at      DATETIME      NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_data_request_ask FOREIGN KEY (ask_id) REFERENCES strategic_ask (id),
    CONSTRAINT fk_data_request_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_data_request_requester FOREIGN KEY (requester_id) REFERENCES user_account (id),
    CONSTRAINT fk_data_request_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    -- An answer has its text and a file or link; a decline has its reason.
    CONSTRAINT ck_data_request_answered CHECK (status <> 'ANSWERED' OR answer_text IS NOT NULL),
    CONSTRAINT ck_data_request_declined CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
    INDEX ix_data_request_requester (requester_id, status, needed_by),
    INDEX ix_data_request_board (board_id, status),
    INDEX ix_data_request_ask (ask_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The agencies whose data leads a request goes to.
CREATE TABLE data_request_agency (
    request_id BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    PRIMARY KEY (request_id, agency_id),
    CONSTRAINT fk_data_request_agency_request FOREIGN KEY (request_id) REFERENCES data_request (id),
    CONSTRAINT fk_data_request_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_data_request_agency_agency (agency_id, request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE data_request_dataset (
    request_id BIGINT NOT NULL,
    dataset_id BIGINT NOT NULL,
    PRIMARY KEY (request_id, dataset_id),
    CONSTRAINT fk_data_request_dataset_request FOREIGN KEY (request_id) REFERENCES data_request (id),
    CONSTRAINT fk_data_request_dataset_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id),
    INDEX ix_data_request_dataset_dataset (dataset_id, request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answer's file (PDF, DOCX or XLSX, checked by content), outside the web root.
CREATE TABLE data_request_file (
    request_id   BIGINT        NOT NULL PRIMARY KEY,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    content      LONGBLOB      NOT NULL,
    CONSTRAINT fk_data_request_file_request FOREIGN KEY (request_id) REFERENCES data_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The request's timeline: each change of status and each comment between requester and data lead.
CREATE TABLE data_request_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    author      VARCHAR(60)   NOT NULL,
    written_at  DATETIME      NOT NULL,
    from_status VARCHAR(12)   NULL,
    to_status   VARCHAR(12)   NULL,
    body        VARCHAR(2000) NULL,
    CONSTRAINT fk_data_request_entry_request FOREIGN KEY (request_id) REFERENCES data_request (id),
    INDEX ix_data_request_entry_request (request_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where an answer was used: an agenda item or an action that cited it. The feedback loop.
CREATE TABLE data_request_citation (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT      NOT NULL,
    agenda_item_id BIGINT      NULL,
    action_id      BIGINT      NULL,
    cited_by       VARCHAR(60) NOT NULL,
    cited_at       DATETIME    NOT NULL,
    CONSTRAINT fk_citation_request FOREIGN KEY (request_id) REFERENCES data_request (id),
    CONSTRAINT fk_citation_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_citation_action FOREIGN KEY (action_id) REFERENCES action (id),
    CONSTRAINT ck_citation_target CHECK ((agenda_item_id IS NULL) <> (action_id IS NULL)),
    CONSTRAINT uk_citation_item UNIQUE (request_id, agenda_item_id),
    CONSTRAINT uk_citation_action UNIQUE (request_id, action_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
