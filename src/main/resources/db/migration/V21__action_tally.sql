-- How many actions each board has, by status and due date, kept exact by triggers (issue 14, page cost; issue 16,
-- the register page under load). A board's workspace (open and overdue actions) and its action log ("1-50 of N")
-- counted the board's actions on every request: with a register of 200,000 actions on one board that was a range
-- of its index of up to 200,000 entries, and MariaDB spent about as much processor time on those counts as the
-- portal spent on the whole page (ClusterLoadBenchmark's "DB CPU s"). A board's tally has at most one row per
-- status and due date, so the same figures are a sum over a few thousand rows at most.
--
-- Triggers, not the portal's code, keep it: every write to action counts, whoever makes it (the portal on any
-- node, an import, an administrator's SQL), inside the same transaction, so the tally is never behind a
-- committed action. Rows that fall to zero stay (they add nothing to a sum).

CREATE TABLE action_tally (
    board_id BIGINT      NOT NULL,
    status   VARCHAR(12) NOT NULL,
    due_on   DATE        NOT NULL,
    actions  BIGINT      NOT NULL,
    -- No foreign key to board: a board removed with its actions leaves zero rows behind, which must not stop it.
    PRIMARY KEY (board_id, status, due_on)
) ENGINE = InnoDB;

INSERT INTO action_tally (board_id, status, due_on, actions)
SELECT board_id, status, due_on, COUNT(*) FROM action GROUP BY board_id, status, due_on;

CREATE TRIGGER action_tally_counts_an_inserted_action AFTER INSERT ON action FOR EACH ROW
    INSERT INTO action_tally (board_id, status, due_on, actions) VALUES (NEW.board_id, NEW.status, NEW.due_on, 1)
    ON DUPLICATE KEY UPDATE actions = action_tally.actions + 1;

CREATE TRIGGER action_tally_forgets_a_deleted_action AFTER DELETE ON action FOR EACH ROW
    UPDATE action_tally SET actions = actions - 1
    WHERE board_id = OLD.board_id AND status = OLD.status AND due_on = OLD.due_on;

-- An update that moves an action to another status, due date or board: out of its old row, then into its new one.
-- An update that changes none of the three (a description, a progress note's time) touches nothing.
CREATE TRIGGER action_tally_moves_an_updated_action_out AFTER UPDATE ON action FOR EACH ROW
    UPDATE action_tally SET actions = actions - 1
    WHERE board_id = OLD.board_id AND status = OLD.status AND due_on = OLD.due_on
      AND (OLD.board_id <> NEW.board_id OR OLD.status <> NEW.status OR OLD.due_on <> NEW.due_on);

CREATE TRIGGER action_tally_moves_an_updated_action_in AFTER UPDATE ON action FOR EACH ROW
    FOLLOWS action_tally_moves_an_updated_action_out
    INSERT INTO action_tally (board_id, status, due_on, actions)
    SELECT NEW.board_id, NEW.status, NEW.due_on, 1 FROM DUAL
    WHERE OLD.board_id <> NEW.board_id OR OLD.status <> NEW.status OR OLD.due_on <> NEW.due_on
    ON DUPLICATE KEY UPDATE actions = action_tally.actions + 1;
