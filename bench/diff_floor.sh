#!/usr/bin/env bash
# The floor for the diff benchmark: build/sax_floor (bare libzip + libxml2 SAX2, nothing built)
# over both workbooks' sheet parts at once, as planbridge diff reads the two versions.
build/sax_floor "$1" >/dev/null &
build/sax_floor "$2" >/dev/null
wait
