#!/usr/bin/env bash
# Regenerates the Swift API code in Sources/StrideAPI/Generated from the OpenAPI document.
#
#     scripts/generate-api.sh
#
# Resources/openapi.json is the one description of the JSON API under /api/v1; the StrideAPI
# target's types and server stubs (APIProtocol, registerHandlers) are generated from it with
# swift-openapi-generator, configured by Resources/openapi-generator-config.yaml. Rerun this
# script after every change to either file, and commit the document and the generated files
# together. The generated files are committed so that building Stride, and CI, never build the
# generator; only this script does, from scripts/openapi-generator, in .build-openapi/.
set -euo pipefail

cd "$(dirname "$0")/.."

document=Resources/openapi.json
config=Resources/openapi-generator-config.yaml
output=Sources/StrideAPI/Generated
build=(swift build --package-path scripts/openapi-generator --scratch-path .build-openapi)

"${build[@]}" --product swift-openapi-generator
generator="$("${build[@]}" --show-bin-path)/swift-openapi-generator"

# Generate into a fresh folder, then copy over only what changed (so unchanged files keep their
# dates and are not recompiled) and remove files the generator no longer writes.
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
"$generator" generate "$document" --config "$config" --output-directory "$staging"

mkdir -p "$output"
for file in "$output"/*.swift; do
    [[ "$(basename "$file")" == GeneratedFrom.swift ]] && continue
    [[ -e "$file" ]] || continue
    [[ -e "$staging/$(basename "$file")" ]] || { rm "$file"; echo "Removed $file"; }
done
for file in "$staging"/*.swift; do
    target="$output/$(basename "$file")"
    cmp -s "$file" "$target" || { cp "$file" "$target"; echo "Updated $target"; }
done
# What the files were generated from, so a test fails when the document changes without them.
hashes="$staging/GeneratedFrom.swift"
cat > "$hashes" <<SWIFT
// Written by scripts/generate-api.sh, do not modify: the SHA-256 of what Generated/ was made from.
package enum GeneratedFrom {
    package static let documentSHA256 = "$(sha256sum "$document" | cut -d' ' -f1)"
    package static let configurationSHA256 = "$(sha256sum "$config" | cut -d' ' -f1)"
}
SWIFT
cmp -s "$hashes" "$output/GeneratedFrom.swift" || { cp "$hashes" "$output/GeneratedFrom.swift"; echo "Updated $output/GeneratedFrom.swift"; }
echo "$output is up to date with $document."
