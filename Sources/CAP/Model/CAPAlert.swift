// A CAP 1.2 alert message as the station uses it (OASIS CAP-V1.2, section 3.2): the
// elements a loudspeaker needs, checked against the specification's required elements and
// value lists. Elements the station does not use (resource, parameter, eventCode …) are
// read past.
import FoundationEssentials

public struct CAPAlert: Sendable, Hashable {
    public static let namespace = "urn:oasis:names:tc:emergency:cap:1.2"

    public enum Status: String, Sendable, Hashable, CaseIterable { case actual = "Actual", exercise = "Exercise", system = "System", test = "Test", draft = "Draft" }
    public enum MessageType: String, Sendable, Hashable, CaseIterable, Codable { case alert = "Alert", update = "Update", cancel = "Cancel", ack = "Ack", error = "Error" }
    public enum Scope: String, Sendable, Hashable, CaseIterable { case `public` = "Public", restricted = "Restricted", `private` = "Private" }

    public var identifier: String
    public var sender: String
    public var sent: CAPTime
    public var status: Status
    public var msgType: MessageType
    public var scope: Scope
    public var source: String?
    public var note: String?
    /// The earlier messages an Update, Cancel, Ack or Error refers to.
    public var references: [CAPReference]
    public var infos: [CAPInfo]

    /// What makes a message the same message (CAP: sender, identifier and sent together).
    public var identity: CAPReference { CAPReference(sender: sender, identifier: identifier, sent: sent.text) }
}

/// `sender,identifier,sent` as written in `<references>`; `sent` is kept as text (the
/// specification compares the triple as written).
public struct CAPReference: Sendable, Hashable, Codable {
    public var sender: String
    public var identifier: String
    public var sent: String

    public init(sender: String, identifier: String, sent: String) {
        self.sender = sender
        self.identifier = identifier
        self.sent = sent
    }

    public var text: String { "\(sender),\(identifier),\(sent)" }
}

public struct CAPInfo: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case geo = "Geo", met = "Met", safety = "Safety", security = "Security", rescue = "Rescue", fire = "Fire"
        case health = "Health", env = "Env", transport = "Transport", infra = "Infra", cbrne = "CBRNE", other = "Other"
    }
    public enum Urgency: String, Sendable, Hashable, CaseIterable { case immediate = "Immediate", expected = "Expected", future = "Future", past = "Past", unknown = "Unknown" }
    public enum Severity: String, Sendable, Hashable, CaseIterable { case extreme = "Extreme", severe = "Severe", moderate = "Moderate", minor = "Minor", unknown = "Unknown" }
    public enum Certainty: String, Sendable, Hashable, CaseIterable { case observed = "Observed", likely = "Likely", possible = "Possible", unlikely = "Unlikely", unknown = "Unknown" }

    /// RFC 3066 language; CAP's default is en-US.
    public var language: String
    public var categories: [Category]
    public var event: String
    public var urgency: Urgency
    public var severity: Severity
    public var certainty: Certainty
    public var effective: CAPTime?
    public var onset: CAPTime?
    public var expires: CAPTime?
    public var senderName: String?
    public var headline: String?
    public var description: String?
    public var instruction: String?
    public var areas: [CAPArea]
}

public struct CAPArea: Sendable, Hashable {
    public var areaDesc: String
    public var polygons: [[Coordinate]]
    public var circles: [Circle]
    public var geocodes: [Geocode]

    public struct Geocode: Sendable, Hashable {
        public var valueName: String
        public var value: String

        public init(valueName: String, value: String) {
            self.valueName = valueName
            self.value = value
        }
    }

    public struct Circle: Sendable, Hashable {
        public var center: Coordinate
        public var radiusKilometres: Double

        public init(center: Coordinate, radiusKilometres: Double) {
            self.center = center
            self.radiusKilometres = radiusKilometres
        }
    }
}

/// WGS 84 latitude and longitude in decimal degrees, as CAP writes them.
public struct Coordinate: Sendable, Hashable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
