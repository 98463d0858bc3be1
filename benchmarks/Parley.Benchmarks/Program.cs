using BenchmarkDotNet.Running;

// Run all with `dotnet run -c Release --project benchmarks/Parley.Benchmarks -- --filter '*'`,
// or one engine with e.g. `--filter '*Pareto*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
