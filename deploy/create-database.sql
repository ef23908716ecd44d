-- Partnership Portal: database and accounts.
--
-- Run once, as a MariaDB administrator (root), on the database server:
--
--   sed -e 's/APP_SERVER_HOST/10.0.0.5/g' \
--       -e "s/CHANGE_ME_OWNER_PASSWORD/$(openssl rand -hex 24)/" \
--       -e "s/CHANGE_ME_APP_PASSWORD/$(openssl rand -hex 24)/" \
--       -e "s/CHANGE_ME_BACKUP_PASSWORD/$(openssl rand -hex 24)/" \
--       create-database.sql > /root/portal-db.sql
--   sudo mariadb < /root/portal-db.sql
--
-- then copy the passwords into /etc/partnership-portal/portal.env (owner and
-- app) and /etc/partnership-portal/backup.cnf (backup), and delete the file.
--
-- APP_SERVER_HOST is the address the portal connects FROM, as MariaDB sees
-- it: the app server's IP, or 'localhost' when MariaDB runs on the same host.
-- (With skip-name-resolve on and DB_URL pointing at 127.0.0.1, a TCP client
-- is seen as '127.0.0.1', not 'localhost': use '127.0.0.1' then.)
-- portal_owner and portal_app must use the same host: the portal grants the
-- runtime account its table privileges from the owner account's connection.
--
-- Re-running is harmless: existing accounts keep their passwords and grants
-- (change a password with ALTER USER ... IDENTIFIED BY ...).

CREATE DATABASE IF NOT EXISTS portal
  CHARACTER SET utf8mb4
  COLLATE utf8mb4_unicode_ci;

-- Schema owner. Flyway migrates with it at every start-up, and the portal then
-- grants the runtime account its per-table privileges, hence WITH GRANT OPTION.
-- It gets nothing outside the portal schema.
CREATE USER IF NOT EXISTS 'portal_owner'@'APP_SERVER_HOST'
  IDENTIFIED BY 'CHANGE_ME_OWNER_PASSWORD';
GRANT ALL PRIVILEGES ON portal.* TO 'portal_owner'@'APP_SERVER_HOST'
  WITH GRANT OPTION;

-- Runtime account used by the connection pool. It gets SELECT on the schema
-- (so the pool can connect before the first migration has run) and nothing
-- else here: at start-up the portal grants it INSERT/UPDATE/DELETE per table,
-- and only INSERT on audit_event, so audit rows can never be changed or
-- deleted through the pool. Never grant it more than SELECT ON portal.*:
-- a database-level privilege applies to every table, audit_event included.
CREATE USER IF NOT EXISTS 'portal_app'@'APP_SERVER_HOST'
  IDENTIFIED BY 'CHANGE_ME_APP_PASSWORD';
GRANT SELECT ON portal.* TO 'portal_app'@'APP_SERVER_HOST';

-- Read-only account for deploy/backup-database.sh (mariadb-dump with
-- --single-transaction --routines --triggers). Use 'localhost' instead if the
-- backups run on the database server.
CREATE USER IF NOT EXISTS 'portal_backup'@'APP_SERVER_HOST'
  IDENTIFIED BY 'CHANGE_ME_BACKUP_PASSWORD';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT
  ON portal.* TO 'portal_backup'@'APP_SERVER_HOST';
-- Without this, --routines silently leaves stored routines out of the dump.
-- (On 11.4 "GRANT SHOW CREATE ROUTINE ON portal.*" is the narrower choice.)
GRANT SELECT ON mysql.proc TO 'portal_backup'@'APP_SERVER_HOST';
