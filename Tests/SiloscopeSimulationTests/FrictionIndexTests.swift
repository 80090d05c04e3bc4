import Foundation
import SiloscopeModel
import SiloscopeSimulation
import Testing

/// The Silo Friction Index against its twin world: the same arrivals sent straight to the
/// owner with full context and synced data.
@Suite("Silo Friction Index")
struct FrictionIndexTests {
    @Test("Cases that all arrive at their owner with synced data have no friction")
    func noFrictionWithoutBoundaries() throws {
        var model = StructuralPolicyTests.operations()
        model.touchpoints = ["{id: phone, channel: phone, unit: back}"]
        model.systems = ["{id: core, holds: [address]}"]
        model.caseTypes = ["{id: complaint, owner: back, data_needed: [address], arrivals: [{touchpoint: phone, per_hour: 6}]}"]
        let report = try simulate(model)
        let sfi = report.siloFrictionIndex
        // The actual organization is its own twin: same streams, same cases, same figures.
        #expect(sfi.actualCustomerMinutes == sfi.twinCustomerMinutes)
        #expect(sfi.actualStaffMinutes == sfi.twinStaffMinutes)
        for index in [sfi.customer, sfi.staff, sfi.combined] {
            #expect(index.mean == 0 && index.low == 0 && index.high == 0)
        }
    }

    @Test("Friction raises the index, which stays a share between 0 and 1")
    func frictionRaisesIndex() throws {
        let declared = try simulate(StructuralPolicyTests.operations(handoffs: [StructuralPolicyTests.declared]))
        let blind = try simulate(StructuralPolicyTests.operations())
        for report in [declared, blind] {
            let sfi = report.siloFrictionIndex
            for index in [sfi.customer, sfi.staff, sfi.combined] {
                #expect(index.mean > 0 && index.mean < 1)
            }
            for run in report.replications {
                for share in [run.frictionCustomer, run.frictionStaff, run.frictionCombined] {
                    #expect(share >= 0 && share <= 1)
                }
            }
            // The index is (actual − twin) / actual, per replication.
            let approximate = 1 - sfi.twinCustomerMinutes.mean / sfi.actualCustomerMinutes.mean
            #expect(abs(sfi.customer.mean - approximate) < 0.01)
        }
        #expect(blind.siloFrictionIndex.customer.isAbove(declared.siloFrictionIndex.customer))
        #expect(blind.siloFrictionIndex.staff.isAbove(declared.siloFrictionIndex.staff))
        #expect(blind.siloFrictionIndex.combined.isAbove(declared.siloFrictionIndex.combined))
        note("customer \(declared.siloFrictionIndex.customer.text) → \(blind.siloFrictionIndex.customer.text), staff \(declared.siloFrictionIndex.staff.text) → \(blind.siloFrictionIndex.staff.text)")
    }

    @Test("The twin world shares the actual world's arrivals: it does not depend on routing")
    func twinSharesArrivals() throws {
        let declared = try simulate(StructuralPolicyTests.operations(handoffs: [StructuralPolicyTests.declared]))
        let blind = try simulate(StructuralPolicyTests.operations())
        #expect(declared.siloFrictionIndex.twinCustomerMinutes == blind.siloFrictionIndex.twinCustomerMinutes)
        #expect(declared.siloFrictionIndex.twinStaffMinutes == blind.siloFrictionIndex.twinStaffMinutes)
    }

    @Test("Staff friction of a perfect handoff is the front desk's triage")
    func staffFrictionIsTriage() throws {
        // Right first time, context kept, no data: the only extra staff time is the front
        // desk's triage, half of its 6 minutes, against the owner's 12: 3 / 15.
        let report = try simulate(StructuralPolicyTests.operations(handoffs: ["{from: front, to: back, case_types: [complaint], context_kept: 1}"]),
                                  parameters: ["declared_routing_accuracy": 1])
        #expect(report.siloFrictionIndex.staff.contains(0.2, slack: 0.005), "\(report.siloFrictionIndex.staff)")
        #expect(report.siloFrictionIndex.actualStaffMinutes.contains(15, slack: 0.1))
        #expect(report.siloFrictionIndex.twinStaffMinutes.contains(12, slack: 0.1))
    }

    @Test("Every bundled model simulates with its index between 0 and 1", arguments: ["bank", "gsm", "ecommerce", "salon"])
    func bundledModels(_ name: String) throws {
        let loaded = try ModelLoader.load(path: packageRoot.appendingPathComponent("org-models/\(name).yaml").path)
        let report = try simulate(loaded, runs: 3, cases: Scale.cases / 4, warmup: Scale.warmup / 4)
        let sfi = report.siloFrictionIndex
        for index in [sfi.customer, sfi.staff, sfi.combined] {
            #expect(index.mean >= 0 && index.mean <= 1)
        }
        #expect(report.cases.resolutionMinutes.mean.isFinite && report.cases.resolutionMinutes.mean > 0)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        note("\(name): customer \(sfi.customer.text), staff \(sfi.staff.text), \(sfi.actualCustomerMinutes.mean) vs \(sfi.twinCustomerMinutes.mean) min")
    }
}
