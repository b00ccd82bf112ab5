#!/usr/bin/env bash
# Install the system packages the site needs where the machine lets us (root with apt-get);
# otherwise say in one line exactly what is missing. Never fails the build: the site runs
# without OCR or compiled translations, it only does less.
set -u
want=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-kaz tesseract-ocr-aze tesseract-ocr-kat gettext fonts-dejavu-core fonts-noto-core)
if [ "${WITH_BROWSER:-}" = 1 ] || [ "${CI:-}" = true ]; then want+=(chromium fonts-dejavu-core); fi
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing system packages: ${missing[*]}"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
      || echo "could not install: ${missing[*]} (install them with your package manager)"
  fi
else
  echo "missing system packages: ${missing[*]} (sudo apt-get install ${missing[*]})"
fi
exit 0
