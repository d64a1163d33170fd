#!/usr/bin/env bash
# Adds a migration with the same name for both providers: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/SamePage.Data.$provider" --startup-project "src/SamePage.Data.$provider" --output-dir Migrations
done
