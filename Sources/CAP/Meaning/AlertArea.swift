// Whether an alert's area covers the station: by region code (GB/T 2260 prefix) and, where
// the alert draws one, by polygon or circle around the station's coordinates.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Geocode names that are not Chinese region codes even when their value is six digits
/// (US SAME/FIPS codes in the specification's examples).
private let foreignGeocodes: Set<String> = ["SAME", "FIPS6", "UGC", "ZIP", "EMMA_ID"]

extension CAPArea {
    /// The region codes among the geocodes.
    public var regionCodes: [RegionCode] {
        geocodes.filter { !foreignGeocodes.contains($0.valueName.uppercased()) }.compactMap { RegionCode($0.value) }
    }

    /// Whether this area covers the station. Each test the station can make must pass: the
    /// region-code test when both the area and the station have codes, the shape test when the
    /// area draws shapes and the station has coordinates. An area the station cannot test at all
    /// (no region, no location configured) counts as covering: an alert is not dropped because
    /// the station was not told where it is. An area named only by foreign codes (SAME, FIPS6,
    /// UGC …) with no shape does not cover a station that knows its region.
    public func covers(region: RegionCode?, location: Coordinate?) -> Bool {
        let codes = regionCodes
        if let region, !codes.isEmpty, !codes.contains(where: { $0.overlaps(region) }) { return false }
        // Named only by foreign codes (a US county's SAME code) and drawn nowhere: elsewhere,
        // not "cannot be tested", for a place that knows its region code.
        if region != nil, codes.isEmpty, polygons.isEmpty, circles.isEmpty, !geocodes.isEmpty,
           geocodes.allSatisfy({ foreignGeocodes.contains($0.valueName.uppercased()) }) {
            return false
        }
        if let location, !polygons.isEmpty || !circles.isEmpty {
            let inside = polygons.contains { Geometry.contains(polygon: $0, location) }
                || circles.contains { Geometry.distanceKilometres($0.center, location) <= $0.radiusKilometres }
            if !inside { return false }
        }
        return true
    }
}

extension CAPInfo {
    /// Whether the info block is for the station: no area means everywhere the message reaches.
    public func covers(region: RegionCode?, location: Coordinate?) -> Bool {
        areas.isEmpty || areas.contains { $0.covers(region: region, location: location) }
    }
}

public enum Geometry {
    /// Ray casting on longitude/latitude: exact enough for the few-kilometre polygons of a
    /// warning area (CAP polygons do not cross the antimeridian in China).
    public static func contains(polygon: [Coordinate], _ point: Coordinate) -> Bool {
        var inside = false
        var j = polygon.count - 1
        for i in 0..<polygon.count {
            let a = polygon[i], b = polygon[j]
            if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
                let crossing = (b.longitude - a.longitude) * (point.latitude - a.latitude) / (b.latitude - a.latitude) + a.longitude
                if point.longitude < crossing { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    /// Great-circle distance (haversine, mean Earth radius).
    public static func distanceKilometres(_ a: Coordinate, _ b: Coordinate) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371.0088 * asin(min(1, h.squareRoot()))
    }
}
