import SiloscopeDiagnosis
import SiloscopeModel
import SiloscopeSimulation

extension ReportPage {
    /// The glossary, in the page's language.
    func glossarySection() -> Markup {
        let terms = Glossary.terms.map { term -> Markup in
            "<dt>\(t(term.term))</dt><dd>\(t(term.meaning))</dd>"
        }
        return section("glossary", ReportLabels.glossary, "<dl class=\"terms\">\(terms)</dl>")
    }

    /// How the figures were made: the run, every parameter with its value, the
    /// simulation's warnings, and the command that reproduces the report.
    func methodSection() -> Markup {
        let simulation = report.simulation
        let definitions = Dictionary(SimulationParameters.definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = simulation.parameters.keys.sorted().map { name -> [Markup] in
            let value = simulation.parameters[name] ?? 0
            let definition = definitions[name]
            let isDefault = definition.map { $0.defaultValue == value } ?? true
            let defaultText = definition.map { numbers.decimal($0.defaultValue, digits: NumberStyle.digits(for: $0.defaultValue)) } ?? "—"
            let meaning = MethodLabels.parameterMeaning(name, english: definition?.meaning ?? "")[language]
            return ["<code>\(name)</code>", "\(numbers.decimal(value, digits: NumberStyle.digits(for: value)))\(isDefault ? "" : " ★")",
                    "\(defaultText)", "\(meaning)"]
        }
        let mode = simulation.mode == "explicit" ? MethodLabels.explicitMode : MethodLabels.structuralMode
        var warnings: Markup = ""
        if !simulation.warnings.isEmpty {
            warnings = "<h3>\(t(MethodLabels.warnings))</h3>\(list(simulation.warnings))"
        }
        let options = report.options
        var command = "siloscope report \(report.modelFile)"
        for outcome in report.scenarios { command += " --scenario \(outcome.applied.scenario.file)" }
        command += " --runs \(options.runs) --cases \(options.cases) --seed \(options.seed)"
        command += " --robustness-samples \(options.robustnessSamples) --lang \(language.rawValue) -o report.html"
        return section("method", ReportLabels.method, """
            <p>\(t(MethodLabels.run(t(mode), numbers.integer(simulation.runs), numbers.integer(simulation.casesPerRun), numbers.integer(simulation.warmupCases), String(simulation.seed))))</p>
            <p>\(t(MethodLabels.assumptions))</p>
            <h3 id="parameters">\(t(MethodLabels.parameters))</h3>
            \(table([t(MethodLabels.parameter), t(MethodLabels.value), t(MethodLabels.defaultValue), t(MethodLabels.meaning)], rows, numeric: [1, 2]))
            <p class="note">\(t(MethodLabels.starNote))</p>
            \(warnings)
            <h3>\(t(MethodLabels.reproduce))</h3>
            <p><code>\(command)</code></p>
            <p class="note">\(t(MethodLabels.documents))</p>
            """)
    }
}
