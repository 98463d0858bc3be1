using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Formats;

/// <summary>
/// Reads a scenario from any file Parley understands, choosing the reader by the file's extension.
/// </summary>
public static class ScenarioFiles
{
    /// <summary>Reads <paramref name="path"/> into a scenario, or diagnostics.</summary>
    public static ParseResult<Scenario> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".yaml" or ".yml" => ScenarioReader.ReadFile(path),
            _ => ParseResult<Scenario>.Failure([Diagnostic.Error(
                ScenarioDiagnosticCodes.Unreadable,
                $"Parley does not know files ending in '{extension}'. Give a scenario file (.yaml or .yml).",
                SourceLocation.OfFile(path))]),
        };
    }
}
