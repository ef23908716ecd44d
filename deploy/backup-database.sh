#!/usr/bin/env bash
# Partnership Portal: consistent dump of the "portal" database.
#
# Writes DIR/portal-YYYYmmddTHHMMSSZ.sql.gz (UTC, mode 0600) and then deletes
# dumps older than DAYS days. Exits non-zero if anything fails; a failed run
# leaves no partial file and deletes nothing.
#
# Example cron entry (/etc/cron.d/partnership-portal-backup):
#   15 2 * * * root /opt/partnership-portal/bin/backup-database.sh >/dev/null
# (progress goes to stdout, errors to stderr: cron then mails only failures)
set -euo pipefail

DB_NAME=portal
defaults_file=/etc/partnership-portal/backup.cnf
backup_dir=/var/backups/partnership-portal
keep_days=30

usage() {
    cat <<EOF
Usage: ${0##*/} [-c FILE] [-d DIR] [-k DAYS] [-h]

Dump the MariaDB database "${DB_NAME}" with mariadb-dump --single-transaction
(no table locks; the portal keeps running) into DIR as a gzip file named
${DB_NAME}-<UTC timestamp>.sql.gz, then delete dumps older than DAYS days.

  -c FILE  client option file with [client] user/password/host
           (default: ${defaults_file})
  -d DIR   backup directory, created if missing (default: ${backup_dir})
  -k DAYS  keep dumps for this many days; 0 keeps all (default: ${keep_days})
  -h       show this help

Restore (portal stopped): gunzip -c FILE | mariadb ${DB_NAME}
EOF
}

die() { echo "${0##*/}: $*" >&2; exit 1; }

while getopts ':c:d:k:h' opt; do
    case "$opt" in
        c) defaults_file=$OPTARG ;;
        d) backup_dir=$OPTARG ;;
        k) keep_days=$OPTARG ;;
        h) usage; exit 0 ;;
        :) die "option -$OPTARG needs a value (see -h)" ;;
        *) die "unknown option -$OPTARG (see -h)" ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -eq 0 ]] || die "unexpected argument: $1 (see -h)"

[[ $keep_days =~ ^[0-9]+$ ]] || die "-k needs a whole number of days, got: $keep_days"
[[ -r $defaults_file ]] || die "cannot read option file $defaults_file"
command -v mariadb-dump >/dev/null || die "mariadb-dump not found (apt-get install mariadb-client)"

umask 077
mkdir -p -- "$backup_dir"

target="$backup_dir/${DB_NAME}-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
partial="$target.partial"
trap 'rm -f -- "$partial"' EXIT

# --single-transaction gives a consistent snapshot of the InnoDB tables
# without locking them. --hex-blob keeps binary columns intact.
mariadb-dump --defaults-extra-file="$defaults_file" \
    --single-transaction --routines --triggers \
    --hex-blob --default-character-set=utf8mb4 \
    "$DB_NAME" | gzip -9 > "$partial"

# Guard against a truncated file before it replaces anything.
gzip -t -- "$partial"
chmod 0600 -- "$partial"
mv -- "$partial" "$target"
trap - EXIT
echo "backup written: $target ($(du -h -- "$target" | cut -f1))"

if (( keep_days > 0 )); then
    find "$backup_dir" -maxdepth 1 -type f -name "${DB_NAME}-*.sql.gz" \
        -mmin +$((keep_days * 24 * 60)) -print -delete |
        sed 's/^/deleted old backup: /'
fi
