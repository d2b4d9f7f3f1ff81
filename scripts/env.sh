# Source this from any shell to talk to the project's Prefect server and venv:
#   source /path/to/newsfacts/scripts/env.sh
# (Prefect reads prefect.toml only from the current directory; these exports make a shell
#  elsewhere use the same server instead of a silent throw-away one.)
_nf_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
export PATH="$_nf_root/.venv/bin:$PATH"
export PREFECT_HOME="$_nf_root/.prefect"
export PREFECT_API_URL="http://127.0.0.1:${PREFECT_PORT:-4200}/api"
unset _nf_root
