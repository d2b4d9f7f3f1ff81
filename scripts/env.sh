# Source this from any shell to talk to the project's Prefect server and venv:
#   source /path/to/newsfacts/scripts/env.sh
# (Prefect reads prefect.toml only from the current directory; these exports make a shell
#  elsewhere use the same server instead of a silent throw-away one.)
_nf_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
export PATH="$_nf_root/.venv/bin:$PATH"
export PREFECT_HOME="$_nf_root/.prefect"
export PREFECT_API_URL="http://127.0.0.1:${PREFECT_PORT:-4200}/api"
unset _nf_root

# `prefect deployment run extract` (what users type) fails in Prefect itself ("Invalid
# deployment name format": it wants <flow>/<deployment>). This thin wrapper turns a bare
# `extract` deployment name (positional or --name) into `extract/extract` and passes every
# other command and argument to Prefect unchanged.
prefect() {
  if [ "${1-}" != deployment ] || [ "${2-}" != run ]; then
    command prefect "$@"
    return
  fi
  local out=("$1" "$2") arg expect_value="" name_next="" named=""
  shift 2
  for arg in "$@"; do
    if [ -n "$name_next" ]; then
      [ "$arg" = extract ] && arg=extract/extract
      name_next="" named=1
    elif [ -n "$expect_value" ]; then
      expect_value=""
    elif [ "$arg" = --name ]; then
      name_next=1
    elif [ "$arg" = --name=extract ]; then
      arg=--name=extract/extract named=1
    elif [[ "$arg" == -* ]]; then
      case "$arg" in
        *=*|--watch|--no-watch|--empty-*|--prompt|--no-prompt|--help|-h) ;;
        *) expect_value=1 ;;  # --param/-p, --tag, --start-in, ...: the next word is its value
      esac
    elif [ -z "$named" ]; then
      [ "$arg" = extract ] && arg=extract/extract
      named=1
    fi
    out+=("$arg")
  done
  command prefect "${out[@]}"
}
