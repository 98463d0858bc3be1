using Parley.Formats.Yaml;
using Parley.Tests;

namespace Parley.Formats.Tests;

/// <summary>Every scenario shipped in <c>scenarios/</c> reads without errors or warnings.</summary>
public sealed class BundledScenarioTests
{
    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var f in Directory.GetFiles(RepoPaths.InRepo("scenarios"), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(f));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadFile_BundledScenario_HasNoDiagnostics(string name)
    {
        var result = ScenarioReader.ReadFile(RepoPaths.InRepo("scenarios", name));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}
