-- "You said, we did" (issue 17): a "what young people told us" resource linked to the board decision it
-- influenced, or to one action agreed under that decision, with a short account of what changed. The
-- account is written for everyone who reads the resource (practitioners included), so it carries no
-- names or case details; the decision and action themselves stay visible to the board's members only.
CREATE TABLE voice_influence (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resource_id    BIGINT        NOT NULL,
    board_id       BIGINT        NOT NULL,
    agenda_item_id BIGINT        NOT NULL,
    action_id      BIGINT        NULL,
    what_changed   VARCHAR(600)  NOT NULL,
    linked_by      VARCHAR(60)   NOT NULL,
    linked_at      DATETIME      NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_voice_influence_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT fk_voice_influence_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_voice_influence_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_voice_influence_action FOREIGN KEY (action_id) REFERENCES action (id),
    INDEX ix_voice_influence_resource (resource_id, linked_at),
    INDEX ix_voice_influence_board (board_id, linked_at),
    INDEX ix_voice_influence_item (agenda_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
