using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;
using Parley.Tests;

namespace Parley.Cluster.Tests.Sweeps;

/// <summary>Sweep specs over the bundled labour dispute, written to a fresh folder and read as <c>parley sweep</c> reads them.</summary>
internal static class LabourSpec
{
    /// <summary>The spec of <paramref name="lines"/> (levers, draws, answers …) after the scenario line, read.</summary>
    public static (SweepInput Input, SweepDefinition Definition) Read(string lines)
    {
        string folder = Path.Combine(Path.GetTempPath(), "parley-cluster-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, "spec.yaml");
        File.WriteAllText(file, $"scenarios: [{RepoPaths.InRepo("scenarios", "labour-dispute.yaml")}]\n{lines}\n");
        var input = SweepSpecReader.ReadFiles(file).Value!;
        var read = SweepSpecReader.Read(input);
        return (input, read.Value ?? throw new InvalidOperationException(string.Join("\n", read.Diagnostics)));
    }
}
