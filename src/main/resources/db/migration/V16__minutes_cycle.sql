-- The minutes cycle (issue 17): after a meeting its minutes are a draft, then circulated to the board's
-- members for comment, then approved as a correct record at a later meeting of the board, which records
-- the approval as a decision of its "minutes of the last meeting" item. Approved minutes are locked: a
-- correction is a new version with who, when and why, and the text it replaced.
ALTER TABLE meeting
    ADD COLUMN minutes_status VARCHAR(12) NOT NULL DEFAULT 'DRAFT',
    ADD COLUMN minutes_circulated_at DATETIME NULL,
    ADD COLUMN minutes_approved_at DATETIME NULL,
    ADD COLUMN minutes_approved_by VARCHAR(60) NULL,
    ADD COLUMN minutes_approved_at_meeting_id BIGINT NULL,
    ADD CONSTRAINT fk_meeting_minutes_approved_at FOREIGN KEY (minutes_approved_at_meeting_id) REFERENCES meeting (id),
    ADD CONSTRAINT ck_meeting_minutes_status CHECK (minutes_status IN ('DRAFT', 'CIRCULATED', 'APPROVED'));

CREATE TABLE minutes_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL,
    written_by  VARCHAR(60)   NOT NULL,
    written_at  DATETIME      NOT NULL,
    comment     VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_minutes_comment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    INDEX ix_minutes_comment_meeting (meeting_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each correction to approved minutes: the version it makes (2, 3, …; version 1 is the text approved),
-- what the item's minutes and decisions said before and say after, who corrected them, when and why.
CREATE TABLE minutes_correction (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id   BIGINT        NOT NULL,
    meeting_id       BIGINT        NOT NULL,
    version_no       INT           NOT NULL,
    corrected_by     VARCHAR(60)   NOT NULL,
    corrected_at     DATETIME      NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    minutes_before   TEXT          NULL,
    minutes_after    TEXT          NULL,
    decisions_before TEXT          NULL,
    decisions_after  TEXT          NULL,
    CONSTRAINT fk_minutes_correction_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_minutes_correction_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT uk_minutes_correction_version UNIQUE (agenda_item_id, version_no),
    INDEX ix_minutes_correction_meeting (meeting_id, corrected_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The decisions register searches decisions across a person's boards, newest first.
CREATE INDEX ix_agenda_item_board_decisions ON agenda_item (board_id, meeting_id);
