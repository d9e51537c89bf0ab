// Bytes → a checked CAP 1.2 alert, or the one reason it is refused.
import FoundationEssentials

public enum CAPParser {
    /// Parses a whole CAP message. Every refusal is a `CAPRejection` (one line, two languages).
    public static func parse(_ bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws(CAPRejection) -> CAPAlert {
        let root: XMLNode
        do {
            root = try StrictXML.parse(bytes, limits: limits)
        } catch {
            throw error.rejection
        }
        return try alert(root)
    }

    public static func parse(_ text: String, limits: XMLLimits = XMLLimits()) throws(CAPRejection) -> CAPAlert {
        try parse(Array(text.utf8), limits: limits)
    }

    static func alert(_ root: XMLNode) throws(CAPRejection) -> CAPAlert {
        guard root.namespace == CAPAlert.namespace else {
            let found = "<\(root.name)>" + (root.namespace.map { " (\($0))" } ?? " (no namespace)")
            throw CAPRejection(.wrongNamespace, ["found": found])
        }
        guard root.name == "alert" else { throw CAPRejection(.notAnAlert, ["found": root.name]) }
        let fields = Fields(root, name: "alert")
        let msgType: CAPAlert.MessageType = try fields.choice("msgType")
        var references: [CAPReference] = []
        if let text = try fields.optional("references") {
            for item in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
                let parts = item.split(separator: ",", omittingEmptySubsequences: false)
                guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
                    throw CAPRejection(.badReference, ["text": String(item.prefix(80))])
                }
                references.append(CAPReference(sender: String(parts[0]), identifier: String(parts[1]), sent: String(parts[2])))
            }
        }
        if (msgType == .update || msgType == .cancel), references.isEmpty {
            throw CAPRejection(.noReferences, ["type": msgType.rawValue])
        }
        var infos: [CAPInfo] = []
        for node in fields.all("info") { infos.append(try info(node)) }
        return CAPAlert(
            identifier: try fields.required("identifier"), sender: try fields.required("sender"),
            sent: try CAPTime(parsing: try fields.required("sent")),
            status: try fields.choice("status"), msgType: msgType, scope: try fields.choice("scope"),
            source: try fields.optional("source"), note: try fields.optional("note"),
            references: references, infos: infos)
    }

    static func info(_ node: XMLNode) throws(CAPRejection) -> CAPInfo {
        let fields = Fields(node, name: "info")
        var categories: [CAPInfo.Category] = []
        for category in fields.all("category") { categories.append(try Fields.choice(category)) }
        guard !categories.isEmpty else { throw CAPRejection(.missingElement, ["parent": "info", "element": "category"]) }
        var areas: [CAPArea] = []
        for area in fields.all("area") { areas.append(try self.area(area)) }
        func time(_ name: String) throws(CAPRejection) -> CAPTime? {
            guard let text = try fields.optional(name) else { return nil }
            return try CAPTime(parsing: text)
        }
        return CAPInfo(
            language: try fields.optional("language") ?? "en-US", categories: categories,
            event: try fields.required("event"), urgency: try fields.choice("urgency"),
            severity: try fields.choice("severity"), certainty: try fields.choice("certainty"),
            effective: try time("effective"), onset: try time("onset"), expires: try time("expires"),
            senderName: try fields.optional("senderName"), headline: try fields.optional("headline"),
            description: try fields.optional("description"), instruction: try fields.optional("instruction"),
            areas: areas)
    }

    static func area(_ node: XMLNode) throws(CAPRejection) -> CAPArea {
        let fields = Fields(node, name: "area")
        var polygons: [[Coordinate]] = []
        for polygon in fields.all("polygon") {
            let text = polygon.text.trimmingSpaces
            let points = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map { coordinate($0) }
            guard points.count >= 4, points.allSatisfy({ $0 != nil }), points.first! == points.last! else {
                throw CAPRejection(.badPolygon, ["text": String(text.prefix(60))])
            }
            polygons.append(points.compactMap { $0 })
        }
        var circles: [CAPArea.Circle] = []
        for circle in fields.all("circle") {
            let text = circle.text.trimmingSpaces
            let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2, let center = coordinate(parts[0]), let radius = Double(parts[1]),
                  radius.isFinite, radius >= 0 else {
                throw CAPRejection(.badCircle, ["text": String(text.prefix(60))])
            }
            circles.append(CAPArea.Circle(center: center, radiusKilometres: radius))
        }
        var geocodes: [CAPArea.Geocode] = []
        for geocode in fields.all("geocode") {
            let pair = Fields(geocode, name: "geocode")
            geocodes.append(CAPArea.Geocode(valueName: try pair.required("valueName"), value: try pair.required("value")))
        }
        return CAPArea(areaDesc: try fields.required("areaDesc"), polygons: polygons, circles: circles, geocodes: geocodes)
    }

    /// `lat,lon` in WGS 84 decimal degrees.
    static func coordinate(_ text: Substring) -> Coordinate? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]),
              (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        return Coordinate(latitude: latitude, longitude: longitude)
    }
}

/// The CAP children of one element, by local name; other namespaces (a signature) are skipped.
private struct Fields {
    let node: XMLNode
    let name: String

    init(_ node: XMLNode, name: String) {
        self.node = node
        self.name = name
    }

    func all(_ element: String) -> [XMLNode] {
        node.children.filter { $0.name == element && $0.namespace == node.namespace }
    }

    func optional(_ element: String) throws(CAPRejection) -> String? {
        let found = all(element)
        guard found.count <= 1 else { throw CAPRejection(.elementTwice, ["parent": name, "element": element]) }
        guard let text = found.first?.text.trimmingSpaces, !text.isEmpty else { return nil }
        return text
    }

    func required(_ element: String) throws(CAPRejection) -> String {
        guard let text = try optional(element) else { throw CAPRejection(.missingElement, ["parent": name, "element": element]) }
        return text
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ element: String) throws(CAPRejection) -> Value where Value.RawValue == String {
        let text = try required(element)
        return try Self.choice(text, element: element)
    }

    static func choice<Value: RawRepresentable & CaseIterable>(_ node: XMLNode) throws(CAPRejection) -> Value where Value.RawValue == String {
        try choice(node.text.trimmingSpaces, element: node.name)
    }

    static func choice<Value: RawRepresentable & CaseIterable>(_ text: String, element: String) throws(CAPRejection) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw CAPRejection(.badValue, ["element": element, "text": String(text.prefix(40)), "allowed": allowed])
        }
        return value
    }
}
