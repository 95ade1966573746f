import Testing

/// Every route test runs inside this suite, one at a time: under PostgreSQL they share one
/// database, which each test empties and migrates again.
@Suite(.serialized) struct ServerTests {}
