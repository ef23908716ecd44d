-- The managed list of harm types a board can oversee, each board's remit, and reporting lines
-- (a subgroup reports to one or more boards).

CREATE TABLE harm_type (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(80)  NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_harm_type_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO harm_type (name) VALUES
    ('Criminal exploitation'),
    ('Sexual exploitation'),
    ('County lines'),
    ('Serious violence'),
    ('Missing'),
    ('Trafficking and modern slavery'),
    ('Online harm'),
    ('Youth justice');

CREATE TABLE board_remit (
    board_id     BIGINT NOT NULL,
    harm_type_id BIGINT NOT NULL,
    PRIMARY KEY (board_id, harm_type_id),
    CONSTRAINT fk_board_remit_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_board_remit_harm_type FOREIGN KEY (harm_type_id) REFERENCES harm_type (id),
    INDEX ix_board_remit_harm_type (harm_type_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_reporting_line (
    board_id            BIGINT NOT NULL,
    reports_to_board_id BIGINT NOT NULL,
    PRIMARY KEY (board_id, reports_to_board_id),
    CONSTRAINT fk_reporting_line_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_reporting_line_reports_to FOREIGN KEY (reports_to_board_id) REFERENCES board (id),
    CONSTRAINT ck_reporting_line_not_self CHECK (board_id <> reports_to_board_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
