// Written by scripts/generate-api.sh, do not modify: the SHA-256 of what Generated/ was made from.
package enum GeneratedFrom {
    package static let documentSHA256 = "7b665459c5b0f98a9ecbc45e988e1543dda02c8e176781a43f485c45d9ed1614"
    package static let configurationSHA256 = "ab250f54e851538e8f737991fa5a460277a5ed22cdcc9025ab3b3f2ebaea617f"
}
