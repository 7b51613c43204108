# Shared by the shell test scripts (source it): a scratch directory removed on exit, and
# counters of passed and failed checks. pass; fail "what went wrong"; finish NAME ends the script.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
finish() {
  echo "$1: $passed passed, $failed failed"
  [[ $failed == 0 ]]
}
