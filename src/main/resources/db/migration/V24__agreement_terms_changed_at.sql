-- When a sharing agreement's terms (its parties and their bases, its datasets, purpose, retention) last changed, in UTC
-- like every stored moment (V20). Its terms change only in a draft; a signed document attached before that moment was
-- signed on earlier terms, and the agreement's page says so. Agreements recorded before this migration have none: their
-- documents are taken as they stand. Additive, so a rolling upgrade can run it while older nodes serve.
ALTER TABLE sharing_agreement
    ADD COLUMN terms_changed_at DATETIME(3) NULL;
