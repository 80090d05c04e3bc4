// The peers' canonical network (shared/peers/canonical.json) and its exact answers
// (shared/peers/canonical_expected.json), embedded because the test target has no resources.
import SiloscopeEngine

enum Canonical {
    struct Unit {
        let name: String
        let servers: Int
        let meanService: Double
        let externalRate: Double
    }

    struct Expected {
        let arrivalRate: Double
        let utilisation: Double
        let meanWait: Double
        let meanTimeInStation: Double
        let meanQueueLength: Double
        let meanNumberInSystem: Double
    }

    static let units: [Unit] = [
        Unit(name: "call_center", servers: 20, meanService: 8.5, externalRate: 1.6),
        Unit(name: "branch", servers: 10, meanService: 11.0, externalRate: 0.6),
        Unit(name: "web_support", servers: 5, meanService: 6.0, externalRate: 0.5),
        Unit(name: "marketing", servers: 4, meanService: 25.0, externalRate: 0),
        Unit(name: "it", servers: 6, meanService: 20.0, externalRate: 0),
        Unit(name: "billing", servers: 5, meanService: 12.0, externalRate: 0),
        Unit(name: "legal", servers: 2, meanService: 18.0, externalRate: 0),
        Unit(name: "crm", servers: 3, meanService: 12.0, externalRate: 0),
    ]

    static let routing: [[Double]] = [
        [0.0, 0.04, 0.03, 0.04, 0.06, 0.12, 0.02, 0.05],
        [0.08, 0.0, 0.0, 0.0, 0.04, 0.1, 0.04, 0.06],
        [0.12, 0.0, 0.0, 0.04, 0.18, 0.06, 0.0, 0.0],
        [0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.04, 0.12],
        [0.08, 0.0, 0.1, 0.0, 0.0, 0.05, 0.0, 0.0],
        [0.12, 0.03, 0.0, 0.0, 0.0, 0.0, 0.04, 0.08],
        [0.0, 0.08, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0],
        [0.08, 0.0, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0],
    ]

    /// canonical_expected.json, unit by unit.
    static let expected: [Expected] = [
        Expected(arrivalRate: 1.8087632452866822, utilisation: 0.76872437924684, meanWait: 0.3539481300073089,
                 meanTimeInStation: 8.853948130007309, meanQueueLength: 0.6402083682951726,
                 meanNumberInSystem: 16.01469595323197),
        Expected(arrivalRate: 0.6890978985135413, utilisation: 0.7580076883648954, meanWait: 1.4629229075161465,
                 meanTimeInStation: 12.462922907516147, meanQueueLength: 1.0080971012566964,
                 meanNumberInSystem: 8.588173984905652),
        Expected(arrivalRate: 0.578280925075738, utilisation: 0.6939371100908857, meanWait: 1.4437910989790192,
                 meanTimeInStation: 7.44379109897902, meanQueueLength: 0.8349168523337037,
                 meanNumberInSystem: 4.304602402788132),
        Expected(arrivalRate: 0.10405860297663767, utilisation: 0.6503662686039855, meanWait: 6.344854446115245,
                 meanTimeInStation: 31.344854446115246, meanQueueLength: 0.6602366897528607,
                 meanNumberInSystem: 3.2617017641688024),
        Expected(arrivalRate: 0.24018027717137544, utilisation: 0.8006009239045848, meanWait: 8.675895288216745,
                 meanTimeInStation: 28.675895288216743, meanQueueLength: 2.083778935033728,
                 meanNumberInSystem: 6.887384478461237),
        Expected(arrivalRate: 0.34082068388092684, utilisation: 0.8179696413142244, meanWait: 7.769353193105276,
                 meanTimeInStation: 19.769353193105278, meanQueueLength: 2.647956268586603,
                 meanNumberInSystem: 6.737804475157725),
        Expected(arrivalRate: 0.08153435232057787, utilisation: 0.7338091708852009, meanWait: 21.001213526515592,
                 meanTimeInStation: 39.00121352651559, meanQueueLength: 1.712320342830608,
                 meanNumberInSystem: 3.17993868460101),
        Expected(arrivalRate: 0.17153672324281727, utilisation: 0.6861468929712691, meanWait: 6.018102929499023,
                 meanTimeInStation: 18.018102929499022, meanQueueLength: 1.0323256566642618,
                 meanNumberInSystem: 3.090766335578069),
    ]

    static let meanSojourn = 19.283358547738
    static let meanTotalWait = 3.933274153612457
    static let meanVisits = 1.486767669803073
    static let meanNumberInNetwork = 52.0650680788926

    static var network: Network {
        Network(
            stations: units.map { Station(name: $0.name, servers: $0.servers, service: .exponential(mean: $0.meanService)) },
            sources: units.enumerated().compactMap { i, unit in
                unit.externalRate > 0 ? .poisson(rate: unit.externalRate, station: i) : nil
            })
    }

    static func router() throws -> MarkovRouter {
        try MarkovRouter(routing: routing, network: network)
    }
}
