// Written by scripts/generate-api.sh, do not modify: the SHA-256 of what Generated/ was made from.
package enum GeneratedFrom {
    package static let documentSHA256 = "1f21d4c5902396c10dcc36b8a3b5451b458edd96284b2836d8d5bc795cd11715"
    package static let configurationSHA256 = "ab250f54e851538e8f737991fa5a460277a5ed22cdcc9025ab3b3f2ebaea617f"
}
