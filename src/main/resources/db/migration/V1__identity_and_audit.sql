-- Agencies, user accounts with their roles, and the append-only audit log.
-- Times are stored as UTC DATETIME(3).

CREATE TABLE agency (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(150) NOT NULL,
    short_name  VARCHAR(30)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_agency_name UNIQUE (name),
    CONSTRAINT uk_agency_short_name UNIQUE (short_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    full_name            VARCHAR(120) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    job_title            VARCHAR(120) NULL,
    agency_id            BIGINT       NOT NULL,
    password_hash        VARCHAR(512) NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_sign_ins      INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(3)  NULL,
    last_signed_in_at    DATETIME(3)  NULL,
    created_at           DATETIME(3)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_user_account_full_name (full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(3)   NOT NULL,
    actor          VARCHAR(60)   NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    target_type    VARCHAR(40)   NULL,
    target_id      VARCHAR(80)   NULL,
    detail         VARCHAR(1000) NULL,
    client_address VARCHAR(64)   NULL,
    INDEX ix_audit_event_occurred_at (occurred_at),
    INDEX ix_audit_event_actor (actor, occurred_at),
    INDEX ix_audit_event_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Defence in depth beside the grants: even the schema owner's sessions cannot rewrite history.
CREATE TRIGGER audit_event_is_append_only_on_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_is_append_only_on_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
