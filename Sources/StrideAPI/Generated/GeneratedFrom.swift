// Written by scripts/generate-api.sh, do not modify: the SHA-256 of what Generated/ was made from.
package enum GeneratedFrom {
    package static let documentSHA256 = "c4b8dbb0924f1651ec8385e8bcae55f2f18eadd867ce2b011cfab42696824a29"
    package static let configurationSHA256 = "ab250f54e851538e8f737991fa5a460277a5ed22cdcc9025ab3b3f2ebaea617f"
}
