-- A seat cancelled before it started is told apart from one ended on its first day: both end on the day they start,
-- but only the second ever gave access to the board's papers. Additive: an older node ignores the column, and a seat it
-- ends is recorded as ended, as before. Seats cancelled before this column existed read as ended.
ALTER TABLE board_membership ADD COLUMN cancelled BOOLEAN NOT NULL DEFAULT FALSE;
