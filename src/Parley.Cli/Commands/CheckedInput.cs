using System.Collections.Immutable;
using Parley.Core.Diagnostics;
using Parley.Core.Model;

namespace Parley.Cli.Commands;

/// <summary>What <c>parley check</c> found: the input's kind, its diagnostics, and the scenario when it is one.</summary>
/// <param name="Kind">What the input was read as ("scenario", "gmcr-py conflict", …).</param>
/// <param name="Diagnostics">Every diagnostic of the reading.</param>
/// <param name="Succeeded">True when the input has no errors.</param>
/// <param name="Scenario">The scenario, for inputs that are scenarios (YAML, GENIUS, GeniusWeb).</param>
internal sealed record CheckedInput(string Kind, ImmutableArray<Diagnostic> Diagnostics, bool Succeeded, Scenario? Scenario)
{
    /// <summary>Reads <paramref name="files"/> with the reader the other commands use for them.</summary>
    public static CheckedInput Read(IReadOnlyList<string> files)
    {
        string first = files[0];
        string extension = Path.GetExtension(first).ToLowerInvariant();
        var profiles = files.Skip(1).ToList();
        switch (extension)
        {
            case ".gmcr":
            {
                var read = Formats.Gmcr.GmcrReader.Read(first);
                return new("gmcr-py conflict", read.Diagnostics, read.Succeeded, null);
            }

            case ".json":
                return FromScenario("GeniusWeb domain and profiles", Formats.GeniusWeb.GeniusWebImporter.Read(first, profiles));
            case ".xml" when profiles.Count > 0 || !IsKtabXml(first):
                return FromScenario("GENIUS domain and profiles", Formats.Genius.GeniusImporter.Read(first, profiles));
            case ".xml" or ".csv" or ".tsv" or ".txt" when !IsDeuTable(first):
            {
                var read = Formats.ForecastFiles.Read(first);
                return new("forecast input", read.Diagnostics, read.Succeeded, null);
            }

            case ".csv" or ".tsv" or ".txt":
            {
                var read = Formats.Deu.DeuReader.ReadFile(first);
                return new("DEU outcome table", read.Diagnostics, read.Succeeded, null);
            }

            default:
                return FromScenario("scenario", Formats.ScenarioFiles.Read(first));
        }
    }

    private static CheckedInput FromScenario(string kind, ParseResult<Scenario> read) => new(kind, read.Diagnostics, read.Succeeded, read.Value);

    // KTAB's XML root is <Scenario>; GENIUS domains are <negotiation_template> or <utility_space>.
    private static bool IsKtabXml(string path) => FirstLines(path).Contains("<Scenario", StringComparison.Ordinal);

    // DEU III tables name the issue and proposal columns isnr and prnr.
    private static bool IsDeuTable(string path)
    {
        string head = FirstLines(path);
        return head.Contains("isnr", StringComparison.Ordinal) && head.Contains("prnr", StringComparison.Ordinal);
    }

    private static string FirstLines(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[4096];
            int n = reader.ReadBlock(buffer, 0, buffer.Length);
            return new string(buffer, 0, n);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
