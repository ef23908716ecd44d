-- One time policy (issue 20, item 4): every stored moment is UTC, as V1 began. The columns below were
-- written by LocalDateTime.now(), a wall-clock reading in the zone of the JVM that ran the portal (the
-- host's zone: the systemd unit sets none). This converts them to UTC in that zone, ${legacy_zone}.
--
-- The zone is the migrating JVM's own (PortalSettings.legacyZone; PORTAL_LEGACY_ZONE overrides it when
-- the database came from a host in another zone). MariaDB's CONVERT_TZ needs time-zone tables that most
-- servers never load, so the zone's rules come from Java (platform.LegacyZone) as the periods of local
-- time and their offsets: a reading in the hour the spring change skips counts as before it, one in the
-- hour the autumn change repeats as its first (summer) pass, as java.time reads them.
--
-- For a UTC JVM (the tests, the demo on these machines) every offset is 0 and nothing changes. For
-- Europe/London, readings taken in GMT are already UTC; those in BST move back an hour. paper.uploaded_at
-- and data_request_entry.written_at were also written from the portal's UTC clock since 2 Dec 2026 (V12,
-- V13); those rows were all written in GMT, where London and UTC agree, so converting the whole column is
-- right for both writers.
--
-- Not converted: meeting.starts_at and ends_at are civil times (a meeting at 10:00 London time), kept as
-- London wall-clock times on purpose; V1, V11 and the columns added from V12 on were UTC already.

CREATE TABLE v20_legacy_zone_period (
    local_from     DATETIME NOT NULL,
    local_until    DATETIME NOT NULL,
    offset_seconds INT      NOT NULL,
    PRIMARY KEY (local_from)
) ENGINE = InnoDB;

INSERT INTO v20_legacy_zone_period (local_from, local_until, offset_seconds) VALUES ${legacy_zone_periods};


-- V4: meetings and actions
UPDATE paper x JOIN v20_legacy_zone_period p ON x.uploaded_at >= p.local_from AND x.uploaded_at < p.local_until
    SET x.uploaded_at = x.uploaded_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE action x JOIN v20_legacy_zone_period p ON x.created_at >= p.local_from AND x.created_at < p.local_until
    SET x.created_at = x.created_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE action x JOIN v20_legacy_zone_period p ON x.updated_at >= p.local_from AND x.updated_at < p.local_until
    SET x.updated_at = x.updated_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE action_update x JOIN v20_legacy_zone_period p ON x.written_at >= p.local_from AND x.written_at < p.local_until
    SET x.written_at = x.written_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;

-- V5: duplicate finding
UPDATE duplicate_decision x JOIN v20_legacy_zone_period p ON x.decided_at >= p.local_from AND x.decided_at < p.local_until
    SET x.decided_at = x.decided_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE abbreviation x JOIN v20_legacy_zone_period p ON x.added_at >= p.local_from AND x.added_at < p.local_until
    SET x.added_at = x.added_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;

-- V6: glossary and flags
UPDATE glossary_term x JOIN v20_legacy_zone_period p ON x.updated_at >= p.local_from AND x.updated_at < p.local_until
    SET x.updated_at = x.updated_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE glossary_change x JOIN v20_legacy_zone_period p ON x.changed_at >= p.local_from AND x.changed_at < p.local_until
    SET x.changed_at = x.changed_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE flag x JOIN v20_legacy_zone_period p ON x.updated_at >= p.local_from AND x.updated_at < p.local_until
    SET x.updated_at = x.updated_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE definition_proposal x JOIN v20_legacy_zone_period p ON x.proposed_at >= p.local_from AND x.proposed_at < p.local_until
    SET x.proposed_at = x.proposed_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE proposal_response x JOIN v20_legacy_zone_period p ON x.answered_at >= p.local_from AND x.answered_at < p.local_until
    SET x.answered_at = x.answered_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;

-- V7: resources
UPDATE resource x JOIN v20_legacy_zone_period p ON x.updated_at >= p.local_from AND x.updated_at < p.local_until
    SET x.updated_at = x.updated_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE resource_version x JOIN v20_legacy_zone_period p ON x.changed_at >= p.local_from AND x.changed_at < p.local_until
    SET x.changed_at = x.changed_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE resource_feedback x JOIN v20_legacy_zone_period p ON x.given_at >= p.local_from AND x.given_at < p.local_until
    SET x.given_at = x.given_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE resource_attachment x JOIN v20_legacy_zone_period p ON x.added_at >= p.local_from AND x.added_at < p.local_until
    SET x.added_at = x.added_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;

-- V8: data catalogue
UPDATE dataset x JOIN v20_legacy_zone_period p ON x.updated_at >= p.local_from AND x.updated_at < p.local_until
    SET x.updated_at = x.updated_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE dataset_change x JOIN v20_legacy_zone_period p ON x.changed_at >= p.local_from AND x.changed_at < p.local_until
    SET x.changed_at = x.changed_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE strategic_ask x JOIN v20_legacy_zone_period p ON x.raised_at >= p.local_from AND x.raised_at < p.local_until
    SET x.raised_at = x.raised_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE strategic_ask x JOIN v20_legacy_zone_period p ON x.updated_at >= p.local_from AND x.updated_at < p.local_until
    SET x.updated_at = x.updated_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE ask_dataset x JOIN v20_legacy_zone_period p ON x.mapped_at >= p.local_from AND x.mapped_at < p.local_until
    SET x.mapped_at = x.mapped_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE data_request x JOIN v20_legacy_zone_period p ON x.submitted_at >= p.local_from AND x.submitted_at < p.local_until
    SET x.submitted_at = x.submitted_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE data_request x JOIN v20_legacy_zone_period p ON x.closed_at >= p.local_from AND x.closed_at < p.local_until
    SET x.closed_at = x.closed_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE data_request_entry x JOIN v20_legacy_zone_period p ON x.written_at >= p.local_from AND x.written_at < p.local_until
    SET x.written_at = x.written_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;
UPDATE data_request_citation x JOIN v20_legacy_zone_period p ON x.cited_at >= p.local_from AND x.cited_at < p.local_until
    SET x.cited_at = x.cited_at - INTERVAL p.offset_seconds SECOND WHERE p.offset_seconds <> 0;

DROP TABLE v20_legacy_zone_period;
