// Written by scripts/generate-api.sh, do not modify: the SHA-256 of what Generated/ was made from.
package enum GeneratedFrom {
    package static let documentSHA256 = "3c8e72fe88f86da70080c506c8daae3920b512b2c2322c7201e7e75812625308"
    package static let configurationSHA256 = "ab250f54e851538e8f737991fa5a460277a5ed22cdcc9025ab3b3f2ebaea617f"
}
