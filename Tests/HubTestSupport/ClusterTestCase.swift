import XCTest

/// A test class with one `TestCluster` for all its tests: made in the class set-up, removed in
/// the class tear-down (initdb takes a second or two; a database per test is cheap). Override
/// `makeCluster()` for TLS, more connections or other settings.
open class ClusterTestCase: XCTestCase {
    nonisolated(unsafe) private static var clusters: [ObjectIdentifier: TestCluster] = [:]

    open class func makeCluster() throws -> TestCluster { try TestCluster() }

    /// This class's cluster (nil only outside its tests).
    public static var cluster: TestCluster! { clusters[ObjectIdentifier(self)] }

    override open class func setUp() {
        super.setUp()
        clusters[ObjectIdentifier(self)] = try! makeCluster()
    }

    override open class func tearDown() {
        clusters.removeValue(forKey: ObjectIdentifier(self))?.remove()
        super.tearDown()
    }
}
