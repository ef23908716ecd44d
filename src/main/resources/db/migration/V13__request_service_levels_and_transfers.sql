-- Issue 18: service levels for data requests (due dates in working days, reminders, escalation) and
-- transfers of a request to the agency that really holds the data.

-- The partnership's service levels: one row, set by administrators. Defaults follow data.gov.lt's
-- evaluation periods: 5 working days to accept or decline, 10 to answer once accepted.
CREATE TABLE service_level (
    id             INT    NOT NULL PRIMARY KEY,
    days_to_accept INT    NOT NULL,
    days_to_answer INT    NOT NULL,
    version        BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_service_level_single CHECK (id = 1),
    CONSTRAINT ck_service_level_days CHECK (days_to_accept BETWEEN 1 AND 60 AND days_to_answer BETWEEN 1 AND 120)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO service_level (id, days_to_accept, days_to_answer) VALUES (1, 5, 10);

-- Who hears when an agency's requests are overdue: one person per agency, set by administrators.
CREATE TABLE escalation_contact (
    agency_id BIGINT NOT NULL PRIMARY KEY,
    user_id   BIGINT NOT NULL,
    version   BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_escalation_contact_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_escalation_contact_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request's clock: when it started for the agencies it is with now (submission, or its last
-- transfer), and the due dates counted from it in working days when it started or was accepted.
ALTER TABLE data_request
    ADD COLUMN clock_started_at DATETIME(3) NULL,
    ADD COLUMN accept_due_on    DATE        NULL,
    ADD COLUMN accepted_at      DATETIME(3) NULL,
    ADD COLUMN answer_due_on    DATE        NULL,
    ADD INDEX ix_data_request_accept_due (status, accept_due_on),
    ADD INDEX ix_data_request_answer_due (status, answer_due_on);

-- Requests raised before service levels existed: their clock started at submission; 5 working days
-- are 7 calendar days when no bank holiday falls between (close enough for past requests).
UPDATE data_request SET clock_started_at = submitted_at, accept_due_on = DATE(submitted_at) + INTERVAL 7 DAY;
UPDATE data_request r SET accepted_at = (SELECT MIN(e.written_at) FROM data_request_entry e WHERE e.request_id = r.id AND e.to_status = 'ACCEPTED');
UPDATE data_request SET answer_due_on = GREATEST(needed_by, DATE(accepted_at) + INTERVAL 14 DAY) WHERE accepted_at IS NOT NULL;

-- What a timeline line is: a change of status, a comment, a reminder, an escalation or a transfer.
ALTER TABLE data_request_entry ADD COLUMN kind VARCHAR(12) NOT NULL DEFAULT 'CHANGE';
UPDATE data_request_entry SET kind = 'COMMENT' WHERE to_status IS NULL;

-- Reminders and escalations sent: one of each kind per due date per request, whoever runs the job.
CREATE TABLE data_request_reminder (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    due_on     DATE        NOT NULL,
    sent_at    DATETIME(3) NOT NULL,
    CONSTRAINT fk_data_request_reminder_request FOREIGN KEY (request_id) REFERENCES data_request (id),
    CONSTRAINT uk_data_request_reminder UNIQUE (request_id, kind, due_on),
    CONSTRAINT ck_data_request_reminder_kind CHECK (kind IN ('ACCEPT_REMINDER', 'ACCEPT_ESCALATION', 'ANSWER_REMINDER', 'ANSWER_ESCALATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each move of a request from one agency's queue to another's, with its reason. The agency it left
-- can still read the request.
CREATE TABLE data_request_transfer (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT        NOT NULL,
    from_agency_id BIGINT        NOT NULL,
    to_agency_id   BIGINT        NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    transferred_by VARCHAR(60)   NOT NULL,
    transferred_at DATETIME(3)   NOT NULL,
    CONSTRAINT fk_data_request_transfer_request FOREIGN KEY (request_id) REFERENCES data_request (id),
    CONSTRAINT fk_data_request_transfer_from FOREIGN KEY (from_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_data_request_transfer_to FOREIGN KEY (to_agency_id) REFERENCES agency (id),
    CONSTRAINT ck_data_request_transfer_other CHECK (from_agency_id <> to_agency_id),
    INDEX ix_data_request_transfer_request (request_id, transferred_at),
    INDEX ix_data_request_transfer_from (from_agency_id, request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
