-- Issue 18, finished: review reminders for information sharing agreements, and the acceptance an agency
-- gave a request before it transferred it away.

-- A review reminder sent for one review date of one agreement: one per date whichever node or administrator
-- runs the job, and a changed review date earns a new one.
CREATE TABLE sharing_agreement_review_reminder (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT      NOT NULL,
    review_on    DATE        NOT NULL,
    sent_at      DATETIME(3) NOT NULL,
    CONSTRAINT fk_agreement_review_reminder_agreement FOREIGN KEY (agreement_id) REFERENCES sharing_agreement (id),
    CONSTRAINT uk_agreement_review_reminder UNIQUE (agreement_id, review_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the agency a request left had accepted it (NULL when it had not): a transfer restarts the request's
-- clock for the receiving agency, but the sending agency's acceptance still counts in its service statistics.
-- Transfers recorded before this column lost that moment (the request's accepted_at was cleared), so they stay NULL.
ALTER TABLE data_request_transfer ADD COLUMN from_accepted_at DATETIME(3) NULL;
