-- Cross-board duplicate finding: people's decisions on what the matcher proposes, the partnership's
-- own abbreviations (extending the matcher's built-in list), and where a historic agenda item came from.

CREATE TABLE duplicate_decision (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(12)   NOT NULL,
    first_id      BIGINT        NOT NULL,
    second_id     BIGINT        NOT NULL,
    decision      VARCHAR(10)   NOT NULL,
    lead_board_id BIGINT        NULL,
    note          VARCHAR(1000) NULL,
    decided_by    VARCHAR(60)   NOT NULL,
    decided_at    DATETIME      NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_duplicate_decision_lead FOREIGN KEY (lead_board_id) REFERENCES board (id),
    CONSTRAINT uk_duplicate_decision_pair UNIQUE (kind, first_id, second_id),
    CONSTRAINT ck_duplicate_decision_order CHECK (first_id < second_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE abbreviation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    abbreviation VARCHAR(30)  NOT NULL,
    expansion    VARCHAR(200) NOT NULL,
    added_by     VARCHAR(60)  NOT NULL,
    added_at     DATETIME     NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_abbreviation UNIQUE (abbreviation)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE agenda_item ADD COLUMN source_ref VARCHAR(60) NULL;
CREATE INDEX ix_agenda_item_source ON agenda_item (board_id, source_ref);
