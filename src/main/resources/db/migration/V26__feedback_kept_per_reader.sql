-- A reader's "was this useful?" is one answer per resource that they may change (the form shows it again, filled in),
-- so a feedback row is now updated in place and carries a version like the portal's other changing rows. Additive: an
-- older node still inserts a row per answer, and the newer code reads and changes only each reader's latest.
ALTER TABLE resource_feedback ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_resource_feedback_reader ON resource_feedback (resource_id, given_by, given_at);
