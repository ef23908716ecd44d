-- The audit log is filtered by the person (or record) an event concerns, not only by who acted.
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id, occurred_at);
