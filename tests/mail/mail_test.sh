#!/usr/bin/env bash
# planbridge mail (issue 16) against a real SMTP server on loopback (smtp_server.py, aiosmtpd),
# each message parsed back by Python's email package (check_mail.py) and checked against what
# import and diff say: plain SMTP to three recipients, STARTTLS with a throwaway certificate and a
# login, the .eml, a recipient refused (partial send), a login refused, TLS failures, a dropped
# connection, header injection and other bad input refused before anything is sent, each lead's
# copy to their address, and replaced templates validated.
# Usage: mail_test.sh PLANBRIDGE_BINARY   (run from the source directory)
set -u
PB="$1"
source "$(dirname "$0")/../checks.sh"
HERE=$(dirname "$0")
PY=/usr/bin/python3
PR=(--profile examples/west-berkshire.profile.xml)
OCT=examples/west-berkshire-2017-10.xlsx
SEP=examples/west-berkshire-2017-09.xlsx
FROM="Improvement Officer <officer@westberks.example>"
SUBJECT="Improvement board — October 2017 pack: Zoë's summary"
SERVER_PID=""

# start_server NAME [smtp_server.py options]: PORT and OUT (its messages) for the test.
start_server() {
  local name=$1
  shift
  OUT="$TMP/server-$name"
  rm -f "$TMP/port"
  "$PY" "$HERE/smtp_server.py" --out "$OUT" --port-file "$TMP/port" "$@" 2>"$TMP/server-$name.log" &
  SERVER_PID=$!
  for _ in $(seq 100); do [[ -s "$TMP/port" ]] && break; sleep 0.1; done
  PORT=$(cat "$TMP/port" 2>/dev/null || echo 0)
  [[ $PORT != 0 ]] || fail "the SMTP server did not start: $(cat "$TMP/server-$name.log")"
}
stop_server() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=""
}
trap 'stop_server; rm -rf "$TMP"' EXIT
received() { ls "$OUT"/*.eml 2>/dev/null | wc -l; }
# expect CODE WHAT COMMAND...: the command exits CODE with a one-line message on standard error.
expect() {
  local want=$1 what=$2
  shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  local code=$?
  local lines=1
  [[ $want == 0 ]] && lines=0
  if [[ $code == "$want" && $(wc -l <"$TMP/err") == "$lines" ]]; then pass; else fail "$what: exit $code (want $want): $(head -3 "$TMP/err" "$TMP/out")"; fi
}

"$PB" export "$OCT" "${PR[@]}" -o "$TMP/board-2017-10.xlsx" || fail "export"
cp "$TMP/board-2017-10.xlsx" "$TMP/Übersicht Oktober.xlsx"
"$PB" import "$OCT" "${PR[@]}" -o "$TMP/oct.json" || fail "import"
"$PB" diff "$SEP" "$OCT" "${PR[@]}" --format json -o "$TMP/diff.json"
PACK=(--attach "$TMP/board-2017-10.xlsx" --summary-from "$OCT" --since "$SEP" "${PR[@]}")
BOARD=(mail --from "$FROM" --subject "$SUBJECT" "${PACK[@]}")
check_board() {  # check_board MESSAGE TO...
  local m=$1
  shift
  "$PY" "$HERE/check_mail.py" "$m" --subject "$SUBJECT" --to "$@" --from officer@westberks.example \
    --attachment "$TMP/board-2017-10.xlsx" --plan "$TMP/oct.json" --diff "$TMP/diff.json" && pass || fail "$m"
}

# The .eml, and its non-ASCII attachment name.
expect 0 "--eml" "$PB" "${BOARD[@]}" --to "Chair <chair@westberks.example>" --eml "$TMP/pack.eml"
check_board "$TMP/pack.eml" chair@westberks.example
"$PB" mail --from "$FROM" --to chair@westberks.example --subject "$SUBJECT" --attach "$TMP/Übersicht Oktober.xlsx" "${PR[@]}" --eml "$TMP/u.eml" >/dev/null &&
  "$PY" "$HERE/check_mail.py" "$TMP/u.eml" --subject "$SUBJECT" --to chair@westberks.example --attachment "$TMP/Übersicht Oktober.xlsx" &&
  grep -q "filename\*" "$TMP/u.eml" && pass || fail "a UTF-8 attachment name (RFC 2231)"

# Plain SMTP on loopback to three recipients (two To, one Cc).
start_server plain
expect 0 "plain SMTP" "$PB" "${BOARD[@]}" --to "Chair <chair@westberks.example>" board@westberks.example --cc "Zoë Brontë <clerk@westberks.example>" Board@westberks.example \
  --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
[[ $(received) == 3 && $(grep -c '^sent ' "$TMP/out") == 3 ]] && pass || fail "3 recipients: $(received) received; $(cat "$TMP/out")"
for n in 1 2 3; do check_board "$OUT/$n.eml" chair@westberks.example board@westberks.example; done
"$PY" - "$OUT" <<'PY' && pass || fail "envelopes"
import json, sys
got = [json.load(open(f"{sys.argv[1]}/{n}.json")) for n in (1, 2, 3)]
assert [g["rcpt_tos"] for g in got] == [["chair@westberks.example"], ["board@westberks.example"], ["clerk@westberks.example"]], got
assert all(g["mail_from"] == "officer@westberks.example" for g in got), got
PY
# smtp:// without --insecure-plain needs STARTTLS, which this server does not offer.
expect 18 "STARTTLS required" "$PB" "${BOARD[@]}" --to chair@westberks.example --smtp "smtp://127.0.0.1:$PORT"
[[ $(received) == 3 ]] && pass || fail "sent without TLS"
# Header injection and bad input: refused before anything is sent.
expect 13 "newline in the subject" "$PB" mail "${PACK[@]}" --from "$FROM" --to chair@westberks.example --subject $'Pack\r\nBcc: spy@evil.example' --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
expect 13 "newline in an address" "$PB" "${BOARD[@]}" --to $'chair@westberks.example\r\nBcc: spy@evil.example' --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
expect 13 "control character in a name" "$PB" "${BOARD[@]}" --to $'Chair\x07 <chair@westberks.example>' --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
expect 13 "newline in --from" "$PB" mail "${PACK[@]}" --subject "$SUBJECT" --from $'officer@westberks.example\nX-Evil: 1' --to chair@westberks.example --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
expect 12 "malformed address" "$PB" "${BOARD[@]}" --to "chair@@westberks" --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
expect 12 "two addresses in one" "$PB" "${BOARD[@]}" --to "a@westberks.example, b@westberks.example" --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
expect 3 "missing attachment" "$PB" "${BOARD[@]}" --to chair@westberks.example --attach "$TMP/nowhere.xlsx" --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
expect 14 "over --max-size" "$PB" "${BOARD[@]}" --to chair@westberks.example --max-size 10KB --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
expect 2 "a password in the URL" "$PB" "${BOARD[@]}" --to chair@westberks.example --smtp "smtp://officer:secret@127.0.0.1:$PORT"
grep -q "never put one on the command line" "$TMP/err" && pass || fail "password hint: $(cat "$TMP/err")"
[[ $(received) == 3 ]] && pass || fail "a refused message was sent: $(received) received"
stop_server

# One of three recipients refused: a partial-send report, exit 16, the other two sent.
start_server reject --reject nobody@westberks.example
expect 16 "partial send" "$PB" "${BOARD[@]}" --to chair@westberks.example nobody@westberks.example board@westberks.example \
  --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
grep -q "^sent     chair@westberks.example" "$TMP/out" && grep -q "^sent     board@westberks.example" "$TMP/out" &&
  grep -q "^not sent nobody@westberks.example: the server replied 550" "$TMP/out" &&
  grep -q "sent to 2 of 3; not sent to nobody@westberks.example" "$TMP/err" && [[ $(received) == 2 ]] && pass ||
  fail "partial report: $(cat "$TMP/out" "$TMP/err"); $(received) received"
stop_server

# The connection dropped once the message was sent, before the server's reply: not sent.
start_server drop --drop-on-data
expect 17 "dropped connection" "$PB" "${BOARD[@]}" --to chair@westberks.example board@westberks.example --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
! grep -q "^sent " "$TMP/out" && grep -q "not sent to chair@westberks.example, board@westberks.example" "$TMP/err" && pass ||
  fail "a dropped send reported: $(cat "$TMP/out" "$TMP/err")"
stop_server
expect 17 "no server" "$PB" "${BOARD[@]}" --to chair@westberks.example --smtp "smtp://127.0.0.1:$PORT" --insecure-plain

# STARTTLS with a throwaway certificate, and a login from the environment or a netrc file.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TMP/key.pem" -out "$TMP/cert.pem" -days 1 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" >/dev/null 2>&1 || fail "openssl"
start_server tls --tls "$TMP/cert.pem" "$TMP/key.pem" --auth officer:s3cret
PLANBRIDGE_SMTP_USER=officer PLANBRIDGE_SMTP_PASSWORD=s3cret \
  expect 0 "STARTTLS and login" "$PB" "${BOARD[@]}" --to chair@westberks.example --smtp "smtp://127.0.0.1:$PORT" --ca-file "$TMP/cert.pem"
[[ $(received) == 1 ]] && check_board "$OUT/1.eml" chair@westberks.example || fail "nothing received over STARTTLS"
printf 'machine 127.0.0.1 login officer password s3cret\n' >"$TMP/netrc"
expect 0 "login from netrc" "$PB" "${BOARD[@]}" --to chair@westberks.example --smtp "smtp://127.0.0.1:$PORT" --ca-file "$TMP/cert.pem" --netrc="$TMP/netrc"
PLANBRIDGE_SMTP_USER=officer PLANBRIDGE_SMTP_PASSWORD=wrong \
  expect 15 "login refused" "$PB" "${BOARD[@]}" --to chair@westberks.example --smtp "smtp://127.0.0.1:$PORT" --ca-file "$TMP/cert.pem"
PLANBRIDGE_SMTP_USER=officer PLANBRIDGE_SMTP_PASSWORD=s3cret \
  expect 18 "untrusted certificate" "$PB" "${BOARD[@]}" --to chair@westberks.example --smtp "smtp://127.0.0.1:$PORT"
[[ $(received) == 2 ]] && pass || fail "$(received) received over TLS, want 2"
stop_server

# Each lead their copy: one lead has no address (reported, exit 16), the others sent theirs.
"$PB" split "$OCT" "${PR[@]}" -o "$TMP/copies" --return-by 2017-11-10 >/dev/null || fail "split"
grep -v "^Mac Heath" examples/mail/contacts.csv >"$TMP/contacts.csv"
start_server leads
expect 16 "leads" "$PB" mail --leads "$TMP/copies" --contacts "$TMP/contacts.csv" --from "$FROM" --smtp "smtp://127.0.0.1:$PORT" --insecure-plain
grep -q "^not sent Mac Heath: no address in contacts.csv" "$TMP/out" && [[ $(received) == 13 ]] && pass ||
  fail "leads: $(received) received; $(cat "$TMP/out" "$TMP/err")"
"$PY" - "$OUT" "$TMP/copies" "$PB" "$HERE/check_mail.py" "$TMP" <<'PY' && pass || fail "each lead's mail"
import csv, email, email.policy, json, os, subprocess, sys
out, copies, pb, check, tmp = sys.argv[1:]
address = {}
for row in csv.DictReader(open("examples/mail/contacts.csv", encoding="utf-8")):
    address[row["Owner"]] = [a.strip().split("<")[-1].rstrip(">") for a in row["Email"].split(";")]
by_file = {}
for n in range(1, 14):
    m = email.message_from_bytes(open(f"{out}/{n}.eml", "rb").read(), policy=email.policy.default)
    name = next(m.iter_attachments()).get_filename()
    by_file.setdefault(name, []).append((n, m, json.load(open(f"{out}/{n}.json"))["rcpt_tos"]))
assert "mac-heath.xlsx" not in by_file and len(by_file) == 12, sorted(by_file)
for name, got in by_file.items():
    subprocess.run([pb, "import", f"{copies}/{name}", "-o", f"{tmp}/copy.json"], check=True)
    lead = json.load(open(f"{tmp}/copy.json"))["source"]["lead_copy"]["lead"]
    n, m, _ = got[0]
    owner = next(o for o in address if address[o][0] in str(m["To"]))
    assert sorted(r for _, _, rs in got for r in rs) == sorted(address[owner]), (name, got)
    r = subprocess.run([sys.executable, check, f"{out}/{n}.eml", "--subject", str(m["Subject"]), "--to", *address[owner],
                        "--attachment", f"{copies}/{name}", "--lead-copy", f"{tmp}/copy.json", "--lead", lead,
                        "--return-by", "10 Nov 2017"])
    assert r.returncode == 0, name
PY
stop_server

# Templates a council replaces: used when valid, refused with the file and line when not.
mkdir -p "$TMP/t-good" "$TMP/t-unknown" "$TMP/t-unclosed" "$TMP/t-script"
printf 'Board of {{title}}: {{total}} actions.\n{{#statuses}}{{word}} {{count}}\n{{/statuses}}' >"$TMP/t-good/board.txt"
printf 'Hello\n{{titel}}\n' >"$TMP/t-unknown/board.txt"
printf 'Hello\n\n{{#statuses}}{{word}}\n' >"$TMP/t-unclosed/board.txt"
printf '<p>{{title}}</p><script>alert(1)</script>' >"$TMP/t-script/board.html"
expect 0 "own template" "$PB" "${BOARD[@]}" --to chair@westberks.example --templates "$TMP/t-good" --eml "$TMP/own.eml"
"$PY" -c "import email,email.policy,sys; m=email.message_from_bytes(open(sys.argv[1],'rb').read(),policy=email.policy.default); t=m.get_body(('plain',)).get_content(); assert t.startswith('Board of West Berkshire') and '25 actions' in t, t" "$TMP/own.eml" && pass || fail "own template not used"
expect 10 "unknown name" "$PB" "${BOARD[@]}" --to chair@westberks.example --templates "$TMP/t-unknown" --eml "$TMP/x.eml"
grep -q "t-unknown/board.txt: line 2: 'titel' is not a name a board mail has" "$TMP/err" && pass || fail "unknown name message: $(cat "$TMP/err")"
expect 10 "unclosed section" "$PB" "${BOARD[@]}" --to chair@westberks.example --templates "$TMP/t-unclosed" --eml "$TMP/x.eml"
grep -q "t-unclosed/board.txt: line 3: Unclosed section \"statuses\"" "$TMP/err" && pass || fail "unclosed message: $(cat "$TMP/err")"
expect 10 "script in HTML" "$PB" "${BOARD[@]}" --to chair@westberks.example --templates "$TMP/t-script" --eml "$TMP/x.eml"
grep -q "t-script/board.html: line 1: an email's HTML may not hold a script" "$TMP/err" && [[ ! -e "$TMP/x.eml" ]] && pass || fail "script: $(cat "$TMP/err")"

finish mail
