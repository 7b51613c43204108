#!/usr/bin/env bash
# Installs every Debian 12 package planbridge needs to build, test and run its examples.
# Idempotent: packages already installed are not fetched again.
set -euo pipefail

BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libxml2-dev            # XML + HTML parsing (SAX2 streaming for big sheets)
  libzip-dev             # OOXML zip containers
  libisal-dev            # inflating their parts (ISA-L igzip: ~3x zlib's speed)
  libxlsxwriter-dev      # writing XLSX
  libboost-program-options-dev  # command line
  nlohmann-json3-dev     # JSON output
  libgmime-3.0-dev       # planbridge mail: the MIME message
  libcurl4-openssl-dev   # planbridge mail: sending it by SMTP (STARTTLS, smtps)
  libkainjow-mustache-dev  # planbridge mail: the bodies' templates (header only)
)
TEST_PACKAGES=(
  catch2                 # unit tests (v2.13)
  python3-openpyxl       # independent writer for .xlsx fixtures and examples
  python3-docx           # independent writer for .docx fixtures
  libreoffice-writer-nogui  # converts legacy .doc (and is tested for real)
  libreoffice-calc-nogui    # converts legacy .xls
  fonts-crosextra-carlito   # Calibri's metric twin: LibreOffice prints the board workbook as Excel would
  python3-pil               # measures text in it (tests/board/check_print.py: nothing clipped)
  poppler-utils             # pdftoppm: the review script's pages as pictures
  chromium                  # the HTML report's DOM check, and its screenshot for review
  python3-aiosmtpd          # a real SMTP server on loopback for planbridge mail's tests
  openssl                   # the throwaway certificate of the STARTTLS test
  time                      # /usr/bin/time: the hostile-file tests' peak memory (tests/hostile)
  clang libclang-rt-14-dev  # the ASan+UBSan build and its libFuzzer targets (tests/fuzz)
  ccache                    # the test command's release objects reused by CI's build of the main job
)

want=("${BUILD_PACKAGES[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then
  want+=("${TEST_PACKAGES[@]}")
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
