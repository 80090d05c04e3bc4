// Benchmarks: `siloscope-bench <name> [options]`, dispatched by the first argument.
let benchArguments = Array(CommandLine.arguments.dropFirst())
switch benchArguments.first {
case "engine":
    EngineBench.main(arguments: Array(benchArguments.dropFirst()))
default:
    print("usage: siloscope-bench engine [--cases N] [--warmup W] [--seed S] [--replications R] [--json]")
}
