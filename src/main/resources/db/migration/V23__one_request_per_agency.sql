-- One data request per agency. A request that named several agencies had one status, one clock and one answer for
-- all of them: the first agency to decline ("we do not hold this") closed it for the others, who never answered, and
-- the first to accept stopped the others' acceptance clock. Each agency now gets its own request, raised together
-- with the others: each accepts, declines, answers, transfers and is measured on its own, and each request page
-- shows how the others stand. raised_with points every request of such a group at its first.
ALTER TABLE data_request
    ADD COLUMN raised_with BIGINT NULL,
    ADD CONSTRAINT fk_data_request_raised_with FOREIGN KEY (raised_with) REFERENCES data_request (id),
    ADD INDEX ix_data_request_raised_with (raised_with);

-- Requests already raised to several agencies and still open are split the same way. One agency keeps the request as it
-- stands, with its steps, transfers and reminders: the agency it was last transferred to, if still on it (a transfer
-- leaves the transferring data lead as the last to move it, from an agency no longer on it); else the agency whose data
-- lead last moved it; else the first agency by id. Each other agency gets its own request with the datasets it holds and
-- the request's comments, and no step taken: nobody from that agency had taken one. Its clock starts at the split, as a
-- transfer's does (5 working days are taken as 7 days, as V13 did): carrying the original's would have it escalated as
-- late at the next morning's run for a request it has only just received on its own. A request already answered or
-- declined stays as it was recorded: reopening it years later for the agencies it closed on would be news to everyone.
CREATE TABLE v23_split_part (
    request_id BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    PRIMARY KEY (request_id, agency_id)
) ENGINE = InnoDB;

INSERT INTO v23_split_part (request_id, agency_id)
SELECT ra.request_id, ra.agency_id
FROM data_request_agency ra
JOIN data_request r ON r.id = ra.request_id
WHERE r.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')
  AND (SELECT COUNT(*) FROM data_request_agency other WHERE other.request_id = r.id) > 1
  AND ra.agency_id <> COALESCE(
        (SELECT t.to_agency_id FROM data_request_transfer t
         JOIN data_request_agency receiver ON receiver.request_id = r.id AND receiver.agency_id = t.to_agency_id
         WHERE t.request_id = r.id ORDER BY t.transferred_at DESC, t.id DESC LIMIT 1),
        (SELECT u.agency_id FROM user_account u
         JOIN data_request_agency mover ON mover.request_id = r.id AND mover.agency_id = u.agency_id
         WHERE u.username = r.handled_by),
        (SELECT MIN(first_agency.agency_id) FROM data_request_agency first_agency WHERE first_agency.request_id = r.id));

-- Working column: which agency each new request is for, until its agency and datasets are in place.
ALTER TABLE data_request ADD COLUMN v23_part_agency BIGINT NULL;

INSERT INTO data_request (ask_id, board_id, requester_id, what_needed, why_needed, needed_by, meeting_id, status,
                          submitted_at, version, clock_started_at, accept_due_on, answer_personal, raised_with, v23_part_agency)
SELECT r.ask_id, r.board_id, r.requester_id, r.what_needed, r.why_needed, r.needed_by, r.meeting_id, 'SUBMITTED',
       r.submitted_at, 0, UTC_TIMESTAMP(), UTC_DATE() + INTERVAL 7 DAY, FALSE, r.id, part.agency_id
FROM v23_split_part part
JOIN data_request r ON r.id = part.request_id
ORDER BY part.request_id, part.agency_id;

INSERT INTO data_request_agency (request_id, agency_id)
SELECT p.id, p.v23_part_agency FROM data_request p WHERE p.v23_part_agency IS NOT NULL;

DELETE ra FROM data_request_agency ra
JOIN data_request p ON p.raised_with = ra.request_id AND p.v23_part_agency = ra.agency_id;

INSERT INTO data_request_dataset (request_id, dataset_id)
SELECT p.id, rd.dataset_id
FROM data_request p
JOIN data_request_dataset rd ON rd.request_id = p.raised_with
JOIN dataset d ON d.id = rd.dataset_id AND d.agency_id = p.v23_part_agency
WHERE p.v23_part_agency IS NOT NULL;

DELETE rd FROM data_request_dataset rd
JOIN dataset d ON d.id = rd.dataset_id
JOIN data_request p ON p.raised_with = rd.request_id AND p.v23_part_agency = d.agency_id;

-- The new request's timeline: its submission, and the comments everyone could read on the original.
INSERT INTO data_request_entry (request_id, author, written_at, from_status, to_status, body, kind)
SELECT p.id, e.author, e.written_at, e.from_status, e.to_status, e.body, e.kind
FROM data_request p
JOIN data_request_entry e ON e.request_id = p.raised_with
WHERE p.v23_part_agency IS NOT NULL
  AND (e.kind = 'COMMENT' OR (e.from_status IS NULL AND e.to_status = 'SUBMITTED'))
ORDER BY p.id, e.written_at, e.id;

ALTER TABLE data_request DROP COLUMN v23_part_agency;
DROP TABLE v23_split_part;
