-- The agenda cycle (issue 17): an agenda is a draft, seen only by those who run the board's meetings,
-- until it is published to the members; items say what the board is asked to do; papers are due a
-- number of working days before the meeting, set per board, and a paper that arrives after that is
-- marked late; once published, every change to the agenda is kept so members see what changed.

-- Five working days is the usual committee convention (the Local Government Act 1972 s.100B asks for
-- five clear days for council committees; partnership boards commonly copy it).
ALTER TABLE board
    ADD COLUMN papers_deadline_days INT NOT NULL DEFAULT 5,
    ADD CONSTRAINT ck_board_papers_deadline_days CHECK (papers_deadline_days BETWEEN 0 AND 20);

-- Meetings recorded before the cycle existed were visible to members: they stay published. New meetings
-- are drafts (the entity says so when it creates them).
ALTER TABLE meeting
    ADD COLUMN agenda_status VARCHAR(12) NOT NULL DEFAULT 'PUBLISHED',
    ADD COLUMN agenda_published_at DATETIME NULL,
    ADD COLUMN agenda_notices_sent INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_meeting_agenda_status CHECK (agenda_status IN ('DRAFT', 'PUBLISHED'));

-- The lead's account (when the lead has one) is who the missing-paper reminder goes to; lead_name stays
-- the name shown, for leads from outside the portal.
ALTER TABLE agenda_item
    ADD COLUMN purpose VARCHAR(16) NULL,
    ADD COLUMN lead_user_id BIGINT NULL,
    ADD COLUMN changed_after_publication VARCHAR(12) NULL,
    ADD CONSTRAINT fk_agenda_item_lead_user FOREIGN KEY (lead_user_id) REFERENCES user_account (id),
    ADD CONSTRAINT ck_agenda_item_purpose CHECK (purpose IN ('FOR_DECISION', 'FOR_DISCUSSION', 'FOR_INFORMATION')),
    ADD CONSTRAINT ck_agenda_item_changed CHECK (changed_after_publication IN ('ADDED', 'CHANGED'));

ALTER TABLE paper
    ADD COLUMN late BOOLEAN NOT NULL DEFAULT FALSE;

-- What changed on a published agenda, in words, with who and when (UTC): the meeting page lists these
-- and the next notice to members repeats the ones made since the last notice.
CREATE TABLE agenda_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL,
    changed_at  DATETIME      NOT NULL,
    changed_by  VARCHAR(60)   NOT NULL,
    what        VARCHAR(600)  NOT NULL,
    notice      INT           NOT NULL,
    CONSTRAINT fk_agenda_change_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    INDEX ix_agenda_change_meeting (meeting_id, changed_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
