-- Scheduled work (the weekly overdue digest, reminders, escalations) runs once per partnership, not once
-- per server: every node's timer fires, and the first to insert the run's row does the work. The row
-- also records when each run happened and on which node, for the administrator.
CREATE TABLE scheduled_run (
    job         VARCHAR(80)  NOT NULL,
    period      VARCHAR(40)  NOT NULL,
    claimed_at  DATETIME(3)  NOT NULL,
    node        VARCHAR(120) NOT NULL,
    PRIMARY KEY (job, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
