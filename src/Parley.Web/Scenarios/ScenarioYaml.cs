using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Web.Scenarios;

/// <summary>Reads a scenario's YAML as saved in the workspace, with the reader's diagnostics.</summary>
public static class ScenarioYaml
{
    /// <summary>The file name diagnostics give for a scenario held in the workspace.</summary>
    public const string FileName = "scenario.yaml";

    /// <summary>The largest YAML body accepted, in bytes (the reader's own limit).</summary>
    public const long MaxBytes = YamlLimits.MaxFileBytes;

    /// <summary>Reads <paramref name="yaml"/>; never throws for bad input.</summary>
    public static ParseResult<Scenario> Read(string yaml) => ScenarioReader.Read(yaml, FileName);
}
