// swift-tools-version: 6.0
// Siloscope: organizational silo and CRM-placement diagnostics.
import PackageDescription

let package = Package(
    name: "Siloscope",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "siloscope", targets: ["SiloscopeCLI"]),
        .library(name: "Siloscope", targets: [
            "SiloscopeModel", "SiloscopeGraph", "SiloscopeEngine", "SiloscopeSimulation",
            "SiloscopeRendering", "SiloscopeDiagnosis", "SiloscopeComparison", "SiloscopeScenarios",
            "SiloscopeImport", "SiloscopeInterchange", "SiloscopeCalibration", "SiloscopeReport", "SiloscopeEconomics",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // C boundary: Graphviz (libgvc + libcgraph) through a small shim header.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),

        // C boundary: libyaml, the parser the model reader drives event by event.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),

        // Model: the organization file format, loading with source positions, validation.
        .target(name: "SiloscopeModel", dependencies: ["CLibYAML"]),
        // Graph algorithms over the model: reporting tree, lowest common manager, distances.
        .target(name: "SiloscopeGraph", dependencies: ["SiloscopeModel"]),
        // Discrete-event simulation core: dependency-free, allocation-free hot path.
        .target(name: "SiloscopeEngine"),
        // Complaint routing and campaigns on a model: structural and explicit modes, metrics.
        .target(name: "SiloscopeSimulation", dependencies: ["SiloscopeModel", "SiloscopeGraph", "SiloscopeEngine"]),
        // Diagrams through Graphviz, in-process, behind one process-wide lock.
        .target(name: "SiloscopeRendering", dependencies: ["CGraphviz", "SiloscopeModel", "SiloscopeGraph"]),
        // Assessment (maturity, readiness, determinants) and placement recommendation.
        .target(
            name: "SiloscopeDiagnosis",
            dependencies: ["SiloscopeModel", "SiloscopeGraph", "SiloscopeEngine", "SiloscopeSimulation", "SiloscopeEconomics"],
            resources: [.copy("Resources/assessment.yaml")]
        ),
        // Today against what-if scenarios: paired deltas with intervals, per-edge friction,
        // journey paths.
        .target(name: "SiloscopeComparison", dependencies: ["SiloscopeModel", "SiloscopeSimulation", "SiloscopeScenarios", "SiloscopeEconomics"]),
        // The business case in money: prices simulated quantities with drawn economic
        // figures (docs/economics.md).
        .target(name: "SiloscopeEconomics", dependencies: ["SiloscopeModel", "SiloscopeEngine", "SiloscopeSimulation"]),
        // What-if overlays applied to a base model.
        .target(name: "SiloscopeScenarios", dependencies: ["SiloscopeModel", "SiloscopeGraph"]),
        // HR org-chart CSV (RFC 4180 byte parser in SiloscopeModel: see docs/import.md) and
        // .xlsx workbooks (ZIPFoundation for the container, Foundation's XMLParser for the
        // parts), ticket/event logs (CSV, .xlsx, XES).
        .target(
            name: "SiloscopeImport",
            dependencies: ["SiloscopeModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The model to and from other tools' formats: Graphviz DOT both ways (through the
        // rendering module's Graphviz session) and a units CSV.
        .target(name: "SiloscopeInterchange", dependencies: ["SiloscopeModel", "SiloscopeRendering", "SiloscopeImport"]),
        // Structural calibration on a ticket log (simulated method of moments): reads logs
        // with SiloscopeImport and simulates with SiloscopeSimulation, which the importer
        // must not depend on, hence a module of its own.
        .target(
            name: "SiloscopeCalibration",
            dependencies: ["SiloscopeModel", "SiloscopeGraph", "SiloscopeEngine", "SiloscopeSimulation", "SiloscopeImport"]
        ),
        // The self-contained HTML workshop report.
        .target(
            name: "SiloscopeReport",
            dependencies: ["SiloscopeModel", "SiloscopeGraph", "SiloscopeSimulation", "SiloscopeRendering",
                           "SiloscopeDiagnosis", "SiloscopeComparison", "SiloscopeScenarios", "SiloscopeEconomics"]
        ),
        // The live workshop session behind `siloscope serve`: change list, stepped
        // re-simulation, state, diagrams. No server code (the benchmark links it).
        .target(
            name: "SiloscopeWorkshop",
            dependencies: ["SiloscopeModel", "SiloscopeSimulation", "SiloscopeRendering", "SiloscopeDiagnosis",
                           "SiloscopeComparison", "SiloscopeScenarios", "SiloscopeReport", "SiloscopeEconomics"]
        ),
        // The workshop page's HTTP side: Hummingbird (+ Server-Sent Events), in its own
        // module so the libraries above stay server-free.
        .target(
            name: "SiloscopeServer",
            dependencies: ["SiloscopeModel", "SiloscopeScenarios", "SiloscopeReport", "SiloscopeWorkshop",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log")]
        ),

        // Executables: the CLI only parses arguments and prints.
        .executableTarget(
            name: "SiloscopeCLI",
            dependencies: ["SiloscopeModel", "SiloscopeSimulation", "SiloscopeRendering", "SiloscopeDiagnosis",
                           "SiloscopeComparison", "SiloscopeScenarios", "SiloscopeImport", "SiloscopeInterchange", "SiloscopeCalibration",
                           "SiloscopeReport", "SiloscopeEconomics", "SiloscopeWorkshop", "SiloscopeServer",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        // Release-build benchmarks that print figures (see docs/performance.md).
        .executableTarget(
            name: "SiloscopeBench",
            dependencies: ["SiloscopeModel", "SiloscopeGraph", "SiloscopeEngine", "SiloscopeSimulation",
                           "SiloscopeRendering", "SiloscopeDiagnosis", "SiloscopeComparison", "SiloscopeScenarios",
                           "SiloscopeImport", "SiloscopeCalibration", "SiloscopeReport", "SiloscopeWorkshop",
                           // Writes the workbook the import benchmark reads.
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),

        // Tests mirror the modules; the support target runs the built binary for the
        // end-to-end tests of several of them.
        .target(name: "SiloscopeTestSupport", path: "Tests/SiloscopeTestSupport"),
        .testTarget(name: "SiloscopeModelTests", dependencies: ["SiloscopeModel", "SiloscopeTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SiloscopeGraphTests", dependencies: ["SiloscopeGraph"]),
        .testTarget(name: "SiloscopeEngineTests", dependencies: ["SiloscopeEngine"]),
        .testTarget(name: "SiloscopeSimulationTests", dependencies: ["SiloscopeSimulation"]),
        .testTarget(name: "SiloscopeRenderingTests", dependencies: ["SiloscopeRendering"]),
        .testTarget(name: "SiloscopeDiagnosisTests", dependencies: ["SiloscopeDiagnosis", "SiloscopeEconomics", "SiloscopeTestSupport"]),
        .testTarget(name: "SiloscopeEconomicsTests", dependencies: ["SiloscopeEconomics", "SiloscopeSimulation", "SiloscopeModel", "SiloscopeEngine", "SiloscopeTestSupport"]),
        .testTarget(name: "SiloscopeComparisonTests", dependencies: ["SiloscopeComparison", "SiloscopeTestSupport"]),
        .testTarget(name: "SiloscopeScenariosTests", dependencies: ["SiloscopeScenarios", "SiloscopeTestSupport"]),
        .testTarget(name: "SiloscopeImportTests", dependencies: ["SiloscopeImport", "SiloscopeSimulation", "SiloscopeTestSupport",
                                                               .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "SiloscopeInterchangeTests", dependencies: ["SiloscopeInterchange", "SiloscopeImport"]),
        .testTarget(name: "SiloscopeCalibrationTests", dependencies: ["SiloscopeCalibration", "SiloscopeImport", "SiloscopeSimulation", "SiloscopeTestSupport"]),
        .testTarget(name: "SiloscopeReportTests", dependencies: ["SiloscopeReport", "SiloscopeTestSupport"]),
        .testTarget(name: "SiloscopeCLITests", dependencies: ["SiloscopeCLI", "SiloscopeTestSupport"]),
        .testTarget(name: "SiloscopeServerTests", dependencies: ["SiloscopeTestSupport"]),
        // Fuzzing harness: mutated inputs fed to the built binary (see docs/robustness.md).
        .testTarget(name: "SiloscopeFuzzTests", dependencies: ["SiloscopeTestSupport"], exclude: ["Regressions"]),
    ]
)
