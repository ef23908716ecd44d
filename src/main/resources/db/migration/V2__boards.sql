-- Boards and who sits on them. A membership is never deleted: ending it sets ends_on, so history stays.

CREATE TABLE board (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(150)  NOT NULL,
    short_name        VARCHAR(20)   NOT NULL,
    purpose           VARCHAR(2000) NULL,
    meeting_frequency VARCHAR(20)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_board_name UNIQUE (name),
    CONSTRAINT uk_board_short_name UNIQUE (short_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_membership (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    board_id   BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    agency_id  BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    starts_on  DATE        NOT NULL,
    ends_on    DATE        NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_board_membership_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_board_membership_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_board_membership_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_board_membership_user (user_id, board_id, ends_on),
    INDEX ix_board_membership_board (board_id, ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
