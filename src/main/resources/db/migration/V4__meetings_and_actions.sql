-- The meeting and action register. Agenda items and actions carry their board's id as well as their
-- parent's, so the action log and the cross-board views filter and sort on one indexed table
-- without joining up through meetings.

CREATE TABLE meeting (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    board_id    BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    starts_at   DATETIME      NOT NULL,
    ends_at     DATETIME      NOT NULL,
    place       VARCHAR(200)  NULL,
    online_link VARCHAR(500)  NULL,
    status      VARCHAR(12)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_board FOREIGN KEY (board_id) REFERENCES board (id),
    INDEX ix_meeting_board_start (board_id, starts_at),
    INDEX ix_meeting_start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_attendance (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    agency_id  BIGINT      NOT NULL,
    attendance VARCHAR(12) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_attendance_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uk_attendance_person UNIQUE (meeting_id, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id       BIGINT        NOT NULL,
    board_id         BIGINT        NOT NULL,
    position         INT           NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    description      VARCHAR(4000) NULL,
    lead_name        VARCHAR(120)  NULL,
    lead_agency_id   BIGINT        NULL,
    minutes_allotted INT           NULL,
    standing         BOOLEAN       NOT NULL DEFAULT FALSE,
    minutes          TEXT          NULL,
    decisions        TEXT          NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_item_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_agenda_item_lead_agency FOREIGN KEY (lead_agency_id) REFERENCES agency (id),
    INDEX ix_agenda_item_meeting (meeting_id, position),
    INDEX ix_agenda_item_board (board_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A paper's metadata; its bytes live in paper_content so listing papers never reads them.
CREATE TABLE paper (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id BIGINT       NOT NULL,
    board_id       BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_by    VARCHAR(60)  NOT NULL,
    uploaded_at    DATETIME     NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_paper_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_paper_board FOREIGN KEY (board_id) REFERENCES board (id),
    INDEX ix_paper_board_uploaded (board_id, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE paper_content (
    paper_id BIGINT   NOT NULL PRIMARY KEY,
    content  LONGBLOB NOT NULL,
    CONSTRAINT fk_paper_content_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE = InnoDB;

-- owner_name is the owner's name as shown (copied from the account when the owner is a user), so
-- the log sorts by owner without a join; owner_user_id is set when the owner has an account.
CREATE TABLE action (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    board_id        BIGINT        NOT NULL,
    agenda_item_id  BIGINT        NOT NULL,
    meeting_id      BIGINT        NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    owner_user_id   BIGINT        NULL,
    owner_name      VARCHAR(120)  NOT NULL,
    owner_agency_id BIGINT        NOT NULL,
    due_on          DATE          NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    created_at      DATETIME      NOT NULL,
    updated_at      DATETIME      NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_action_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_action_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_action_owner FOREIGN KEY (owner_user_id) REFERENCES user_account (id),
    CONSTRAINT fk_action_owner_agency FOREIGN KEY (owner_agency_id) REFERENCES agency (id),
    INDEX ix_action_board_due (board_id, due_on, id),
    INDEX ix_action_board_status_due (board_id, status, due_on, id),
    INDEX ix_action_board_owner (board_id, owner_name, id),
    INDEX ix_action_board_updated (board_id, updated_at, id),
    INDEX ix_action_owner_status_due (owner_user_id, status, due_on, id),
    INDEX ix_action_owner_due (owner_user_id, due_on, id),
    INDEX ix_action_status_due (status, due_on, owner_user_id),
    INDEX ix_action_agenda_item (agenda_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_update (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id   BIGINT        NOT NULL,
    written_by  VARCHAR(60)   NOT NULL,
    written_at  DATETIME      NOT NULL,
    status_from VARCHAR(12)   NULL,
    status_to   VARCHAR(12)   NOT NULL,
    due_from    DATE          NULL,
    due_to      DATE          NOT NULL,
    note        VARCHAR(2000) NULL,
    CONSTRAINT fk_action_update_action FOREIGN KEY (action_id) REFERENCES action (id),
    INDEX ix_action_update_action (action_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
