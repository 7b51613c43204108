# Shared by the benchmark scripts (source it): installs what every benchmark needs, runs
# commands ROUNDS times interleaved and prints a Markdown table of best and median wall time and
# peak RSS (/usr/bin/time).
# Before calling: declare -A CMD=([name]="command …"); ORDER=(name …); ROUNDS=N.
# After: TIMES[name] holds the times, MEM[name] the highest peak RSS of its rounds in KB; stats NAME → "best median".

bench_setup() {
  bash scripts/install-deps.sh
  command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
  command -v node >/dev/null || apt-get install -y -qq nodejs npm >/dev/null
}

time_rounds() {
  unset TIMES MEM
  declare -gA TIMES MEM
  for ((r = 1; r <= ROUNDS; r++)); do
    for t in "${ORDER[@]}"; do
      # '|| true': diff-style tools exit 1 when they find changes.
      out=$( { /usr/bin/time -f "%e %M" ${CMD[$t]} >/dev/null || true; } 2>&1 | tail -1 )
      TIMES[$t]+="${out% *} "
      mem="${out#* }"
      if (( mem > ${MEM[$t]:-0} )); then MEM[$t]=$mem; fi
    done
  done
}

stats() { tr ' ' '\n' <<<"${TIMES[$1]}" | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f", a[1], a[int((NR+1)/2)]}'; }

print_table() {
  echo "| tool | best s | median s | peak RSS MB |"
  echo "|---|---|---|---|"
  for t in "${ORDER[@]}"; do
    read -r best med <<<"$(stats "$t")"
    printf "| %s | %s | %s | %.0f |\n" "$t" "$best" "$med" "$(echo "${MEM[$t]} / 1024" | bc -l)"
  done
}
