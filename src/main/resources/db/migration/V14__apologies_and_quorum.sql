-- Apologies and quorum (issue 17): a member sends their own apologies, naming a deputy from their own
-- agency where the board allows deputies; a board may set a quorum (how many of its members, deputies
-- counting for the member they stand in for, must attend for its decisions to stand), shown before the
-- meeting from the apologies received and recorded at it from the attendance.
ALTER TABLE board
    ADD COLUMN quorum INT NULL,
    ADD COLUMN deputies_allowed BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_board_quorum CHECK (quorum IS NULL OR quorum BETWEEN 1 AND 100);

-- Recorded when attendance is saved for a held meeting: null until then.
ALTER TABLE meeting
    ADD COLUMN quorate BOOLEAN NULL,
    ADD COLUMN quorum_note VARCHAR(200) NULL;

-- Who sent the apologies (the member, or whoever recorded them for the member) and when (UTC); the deputy
-- is an account of the member's agency.
ALTER TABLE meeting_attendance
    ADD COLUMN deputy_user_id BIGINT NULL,
    ADD COLUMN apologies_sent_by VARCHAR(60) NULL,
    ADD COLUMN apologies_sent_at DATETIME NULL,
    ADD CONSTRAINT fk_attendance_deputy FOREIGN KEY (deputy_user_id) REFERENCES user_account (id);
