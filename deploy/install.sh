#!/usr/bin/env bash
# Partnership Portal: install or upgrade on a Debian/Ubuntu host (run as root).
#
# Idempotent: safe to run again for every upgrade. It never overwrites
# /etc/partnership-portal/portal.env or backup.cnf once they exist.
set -euo pipefail

deploy_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname -- "$deploy_dir")

war=$repo_dir/target/partnership-portal.war
micro_jar=$repo_dir/target/payara-micro.jar
boot_commands=$repo_dir/config/boot-commands.asadmin
start=yes

app_dir=/opt/partnership-portal
data_dir=/var/lib/partnership-portal
etc_dir=/etc/partnership-portal
env_file=$etc_dir/portal.env
unit=partnership-portal.service

usage() {
    cat <<EOF
Usage: ${0##*/} [-w WAR] [-j PAYARA_MICRO_JAR] [-p POST_BOOT_FILE] [-n] [-h]

Install or upgrade the Partnership Portal as the systemd service ${unit%.service}.

  -w WAR             application WAR (default: target/partnership-portal.war); its libraries
                     are taken from portal-lib/ beside it
  -j JAR             Payara Micro jar (default: target/payara-micro.jar)
  -p FILE            boot command file
                     (default: config/boot-commands.asadmin)
  -n                 do not (re)start the service
  -h                 show this help

Relative defaults are taken from the repository root: $repo_dir
Build first with: mvn -DskipTests package
EOF
}

die() { echo "${0##*/}: $*" >&2; exit 1; }
note() { echo "==> $*"; }

while getopts ':w:j:p:nh' opt; do
    case "$opt" in
        w) war=$OPTARG ;;
        j) micro_jar=$OPTARG ;;
        p) boot_commands=$OPTARG ;;
        n) start=no ;;
        h) usage; exit 0 ;;
        :) die "option -$OPTARG needs a value (see -h)" ;;
        *) die "unknown option -$OPTARG (see -h)" ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -eq 0 ]] || die "unexpected argument: $1 (see -h)"

# --- Checks -----------------------------------------------------------------
[[ $EUID -eq 0 ]] || die "run as root (sudo $0)"
command -v systemctl >/dev/null || die "systemd is required"
for f in "$war" "$micro_jar" "$boot_commands" \
         "$deploy_dir/$unit" "$deploy_dir/logging.properties" \
         "$deploy_dir/portal.env.example" "$deploy_dir/backup.cnf.example" \
         "$deploy_dir/backup-database.sh" "$deploy_dir/run-portal"; do
    [[ -f $f ]] || die "missing file: $f"
done
# The WAR's libraries are built beside it (mvn package: target/portal-lib).
war_libs=$(dirname -- "$war")/portal-lib
compgen -G "$war_libs/*.jar" >/dev/null || die "missing libraries: $war_libs/*.jar (built with the WAR by mvn package)"
# The unit runs /usr/bin/java and checks readiness with /usr/bin/curl.
[[ -x /usr/bin/java ]] || die "/usr/bin/java not found: apt-get install openjdk-17-jre-headless"
java_version=$(/usr/bin/java -XshowSettings:properties -version 2>&1 |
               awk '/java.specification.version/ {print $3}')
[[ ${java_version%%.*} =~ ^[0-9]+$ && ${java_version%%.*} -ge 17 ]] ||
    die "Java 17 or newer is required at /usr/bin/java (found: ${java_version:-unknown})"
# The units hand freed native memory back with -XX:TrimNativeHeapInterval, which Java 17 has from 17.0.9.
/usr/bin/java -XX:TrimNativeHeapInterval=10000 -version >/dev/null 2>&1 ||
    die "Java 17.0.9 or newer is required at /usr/bin/java (the units use -XX:TrimNativeHeapInterval): apt-get upgrade openjdk-17-jre-headless"
[[ -x /usr/bin/curl ]] || die "/usr/bin/curl not found: apt-get install curl"

# --- User and folders -------------------------------------------------------
if ! getent passwd portal >/dev/null; then
    note "creating system user portal"
    useradd --system --user-group --home-dir "$data_dir" --no-create-home \
            --shell /usr/sbin/nologin --comment "Partnership Portal" portal
fi

# Program files belong to root: the service can read but not change them.
install -d -m 0755 -o root -g root "$app_dir" "$app_dir/config" "$app_dir/bin"
# Writable state: temp files, and the runtime and class archive deploy/run-portal keeps (papers live in the database).
install -d -m 0750 -o portal -g portal "$data_dir" "$data_dir/tmp"
install -d -m 0750 -o root -g root "$etc_dir"

# --- Files ------------------------------------------------------------------
note "installing application files into $app_dir"
install -m 0644 -o root -g root "$war"       "$app_dir/partnership-portal.war"
install -m 0644 -o root -g root "$micro_jar" "$app_dir/payara-micro.jar"
# The libraries the WAR leaves out (portal-lib beside it), which the unit adds with --addlibs.
rm -rf "$app_dir/lib"
install -d -m 0755 -o root -g root "$app_dir/lib"
install -m 0644 -o root -g root "$war_libs"/*.jar "$app_dir/lib/"
install -m 0644 -o root -g root "$boot_commands" "$app_dir/config/boot-commands.asadmin"
install -m 0644 -o root -g root "$deploy_dir/logging.properties" "$app_dir/config/logging.properties"
# For nodes of a cluster (partnership-portal@N.service; deploy/README.md): template unit and post-boot commands.
install -m 0644 -o root -g root "$repo_dir/config/cluster-node.asadmin" "$app_dir/config/cluster-node.asadmin"
install -m 0644 -o root -g root "$deploy_dir/partnership-portal@.service" /etc/systemd/system/partnership-portal@.service
install -m 0755 -o root -g root "$deploy_dir/backup-database.sh" "$app_dir/bin/backup-database.sh"
# The single-node unit's start: runtime unpacked once per install, class-data archive (issue 14).
install -m 0755 -o root -g root "$deploy_dir/run-portal" "$app_dir/bin/run-portal"
# The duplicate matcher's command line (deploy/find-duplicates), which needs no server.
if [[ -d $repo_dir/target/find-duplicates ]]; then
    rm -rf "$app_dir/find-duplicates"
    install -d -m 0755 -o root -g root "$app_dir/find-duplicates" "$app_dir/find-duplicates/lib"
    install -m 0644 -o root -g root "$repo_dir"/target/find-duplicates/*.jar "$app_dir/find-duplicates/"
    install -m 0644 -o root -g root "$repo_dir"/target/find-duplicates/lib/*.jar "$app_dir/find-duplicates/lib/"
    install -m 0755 -o root -g root "$deploy_dir/find-duplicates" "$app_dir/bin/find-duplicates"
fi

install -m 0644 -o root -g root "$deploy_dir/$unit" "/etc/systemd/system/$unit"

new_env=no
if [[ ! -e $env_file ]]; then
    note "creating $env_file from the example"
    install -m 0600 -o root -g root "$deploy_dir/portal.env.example" "$env_file"
    new_env=yes
else
    chown root:root "$env_file"
    chmod 0600 "$env_file"
fi
if [[ ! -e $etc_dir/backup.cnf ]]; then
    install -m 0600 -o root -g root "$deploy_dir/backup.cnf.example" "$etc_dir/backup.cnf"
fi

systemctl daemon-reload

# --- Start or explain -------------------------------------------------------
if grep -Eq '^[^#]*CHANGE_ME|^DB_USER_HOST=APP_SERVER_HOST' "$env_file"; then
    msg="still has placeholders"
    [[ $new_env == no ]] || msg="was created"
    cat <<EOF

Installed. $env_file $msg; the service was NOT started.

Next steps:
  1. Edit $env_file: DB_URL and the two passwords from
     create-database.sql (replace every CHANGE_ME), mail settings.
  2. systemctl enable --now ${unit%.service}     (waits until /health/ready is UP)
  3. Put deploy/nginx-partnership-portal.conf in place; nginx -t; systemctl reload nginx
  4. curl -fsS http://127.0.0.1:8080/health/ready
  Backups: edit $etc_dir/backup.cnf, then schedule $app_dir/bin/backup-database.sh
  Logs:    journalctl -u ${unit%.service}
EOF
    exit 0
fi

if grep -Eq '^[[:space:]]*PORTAL_PROFILE=["'\'']?demo' "$env_file"; then
    echo "WARNING: PORTAL_PROFILE=demo in $env_file creates public demo accounts." >&2
    [[ $start == yes ]] && echo "Not starting the service; start it yourself if this is really a demo host." >&2
    start=no
fi

if [[ $start == no ]]; then
    echo
    echo "Installed; service not (re)started. Start it with: systemctl enable --now ${unit%.service}"
    exit 0
fi

note "enabling and (re)starting ${unit%.service}; this waits until the portal is ready"
systemctl enable --quiet "$unit"
if ! systemctl restart "$unit"; then
    echo "The portal did not become ready. See: journalctl -u ${unit%.service} -n 200" >&2
    exit 1
fi
# The first start after an install records the class archive, written when it stops (deploy/run-portal); restart
# once more now, so that it is in use from this start rather than from whenever the service is next restarted.
if [[ ! -s $data_dir/classes.jsa ]]; then
    note "restarting once more: the start after an install records the class archive that later starts use"
    systemctl restart "$unit" || { echo "The portal did not become ready. See: journalctl -u ${unit%.service} -n 200" >&2; exit 1; }
fi
note "ready: $(curl -fsS http://127.0.0.1:8080/health/ready)"
