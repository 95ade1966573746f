// Written by scripts/generate-api.sh, do not modify: the SHA-256 of what Generated/ was made from.
package enum GeneratedFrom {
    package static let documentSHA256 = "f3098db83aa2228944fe6768c82e1ef46408589acd5a0c29ec132678cfd3b1d6"
    package static let configurationSHA256 = "ab250f54e851538e8f737991fa5a460277a5ed22cdcc9025ab3b3f2ebaea617f"
}
