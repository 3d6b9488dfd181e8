# shellcheck shell=bash
# Sourced by scripts/serve and scripts/test: installs what this machine is missing, skips what is there,
# and exports the environment the build and the tests need. Versions come from Cargo.lock and
# scripts/package-lock.json so that tools and crates always agree. See docs/ARCHITECTURE.md ("Toolchain").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.22.1"

say() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$ROOT/scripts/node_modules/.bin:$PATH"

command -v cargo >/dev/null || die "cargo is not installed; install Rust with rustup first (https://rustup.rs)."
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed (Debian: apt-get install nodejs npm)."

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, to the patch version.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
[ -n "$WASM_BINDGEN_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock."

# 1. The wasm32 target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || die "rustup could not add wasm32-unknown-unknown."
fi

# 1b. The standard library's source: the release wasm rebuilds std for size (WASM_RELEASE_ENV below).
if ! rustup component list --installed 2>/dev/null | grep -qx rust-src; then
  say "adding the rust-src component (the release wasm rebuilds the standard library)"
  rustup component add rust-src || die "rustup could not add the rust-src component."
fi

# 2. Chromium and its driver, from Debian (for wasm-bindgen-test and the end-to-end tests).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    die "chromium and chromium-driver are missing and this user cannot install them: run 'apt-get install chromium chromium-driver' as root."
  fi
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  say "installing Debian's chromium and chromium-driver"
  $SUDO apt-get update -qq >/dev/null || die "apt-get update failed."
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null \
    || die "apt-get could not install chromium chromium-driver."
fi

# 3. trunk (its 0.22 manifest asks for a newer rustc than it needs; LTO off makes the build 3x faster).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --quiet --locked trunk --version "$TRUNK_VERSION" --ignore-rust-version \
    || die "cargo install trunk failed."
fi

# 4. wasm-bindgen-cli (brings wasm-bindgen-test-runner). Not --locked: its lockfile names a crate the registry lacks.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --quiet wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force \
    || die "cargo install wasm-bindgen-cli failed."
fi

# 5. binaryen (wasm-opt) and playwright-core from npm, pinned by scripts/package-lock.json.
if [ ! -x "$ROOT/scripts/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/scripts/node_modules/playwright-core" ] \
   || [ ! -d "$ROOT/scripts/node_modules/axe-core" ] || [ ! -d "$ROOT/scripts/node_modules/lz-string" ] \
   || [ "$ROOT/scripts/package-lock.json" -nt "$ROOT/scripts/node_modules/.package-lock.json" ]; then
  say "installing npm tools (binaryen, playwright-core, axe-core, lz-string)"
  (cd "$ROOT/scripts" && npm ci --silent --no-audit --no-fund) || die "npm ci in scripts/ failed."
fi

# Verify: every tool answers with the version the project pins.
WASM_OPT_VERSION="$(wasm-opt --version | awk '{print $3}')"
grep -q "wasm_opt = \"version_$WASM_OPT_VERSION\"" "$ROOT/Trunk.toml" \
  || die "wasm-opt $WASM_OPT_VERSION does not match Trunk.toml's [tools] wasm_opt."
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" "$ROOT/Trunk.toml" \
  || die "Trunk.toml's [tools] wasm_bindgen does not equal Cargo.lock's wasm-bindgen $WASM_BINDGEN_VERSION."
[ "$(wasm-bindgen --version)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] || die "wasm-bindgen version mismatch."
command -v wasm-bindgen-test-runner >/dev/null || die "wasm-bindgen-test-runner is missing."

# The release wasm's build, for trunk's cargo call only (`env "${WASM_RELEASE_ENV[@]}" trunk build --release`): the
# standard library rebuilt with the wasm-release profile (opt-level z, LTO across std) and panics that abort at once
# (no panic messages, locations or their formatting in the bundle: 25 KB gzipped less; src/app/crash.js tells the
# user when the wasm stops). These are unstable flags, accepted by this stable toolchain through RUSTC_BOOTSTRAP=1,
# a deliberate choice (docs/ARCHITECTURE.md, "Toolchain"). Not exported: native builds, `cargo test` and the
# component tests keep the prebuilt std and its panic messages.
# shellcheck disable=SC2034  # used by the scripts that source this file
WASM_RELEASE_ENV=(
  RUSTC_BOOTSTRAP=1
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort"
)

# 6. The crates the release wasm needs, on disk: trunk calls cargo with --offline (Trunk.toml), and the rebuilt std
# has dependencies of its own (dlmalloc, object, ...) that no other build here downloads. Without this step a fresh
# machine's `trunk build` fails with "no matching package named `object` found".
if ! env "${WASM_RELEASE_ENV[@]}" cargo fetch --offline --target wasm32-unknown-unknown \
     --manifest-path "$ROOT/Cargo.toml" >/dev/null 2>&1; then
  say "fetching the crates of the release wasm and of the standard library it rebuilds"
  env "${WASM_RELEASE_ENV[@]}" cargo fetch --quiet --target wasm32-unknown-unknown --manifest-path "$ROOT/Cargo.toml" \
    || die "cargo fetch failed (the release wasm's crates and std's dependencies)."
fi

export TRUNK_SKIP_VERSION_CHECK=true
export TRUNK_OFFLINE=true
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
export NODE_PATH="$ROOT/scripts/node_modules"
say "tools ready: $(trunk --version), wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $WASM_OPT_VERSION, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
