-- An update that moves an action between two rows of the tally (V21) now takes the two rows in one order, the rows'
-- own key order, whichever way the action moves. V21 took the action's old row first, then its new one: one person
-- closing an action while another reopened an action of the same board due the same day took the same two rows from
-- opposite ends, each could hold the row the other wanted next, and MariaDB refused one of the two saves as a
-- deadlock (error 1213). meetings/ActionTallyIT makes those two changes at the same moment 1,500 times: with V21's
-- triggers MariaDB refused hundreds of them; with one order, each waits its turn and every change is saved. Two cases
-- can still meet a deadlock, as any write can: a change whose new row does not exist yet (MariaDB also locks the gap
-- where it goes), and a transaction that changes several actions.
--
-- One statement does both rows: the old row loses the action (-1) and the new row gains it (+1), inserted in key
-- order, so the locks are taken in key order too. The old row is there whenever the tally is right (the action was
-- counted in it); were it missing (a tally out of step, recounted as deploy/README.md says), it is created at -1, so
-- the sums still move with the action. The new row is created at 1 if it is not there. An update that changes none
-- of board, status or due date touches nothing.

DROP TRIGGER action_tally_moves_an_updated_action_in;
DROP TRIGGER action_tally_moves_an_updated_action_out;

CREATE TRIGGER action_tally_moves_an_updated_action AFTER UPDATE ON action FOR EACH ROW
    INSERT INTO action_tally (board_id, status, due_on, actions)
    SELECT moved.board_id, moved.status, moved.due_on, moved.actions
    FROM (SELECT OLD.board_id AS board_id, OLD.status AS status, OLD.due_on AS due_on, -1 AS actions
          UNION ALL
          SELECT NEW.board_id, NEW.status, NEW.due_on, 1) AS moved
    WHERE OLD.board_id <> NEW.board_id OR OLD.status <> NEW.status OR OLD.due_on <> NEW.due_on
    ORDER BY moved.board_id, moved.status, moved.due_on
    ON DUPLICATE KEY UPDATE actions = action_tally.actions + VALUES(actions);
