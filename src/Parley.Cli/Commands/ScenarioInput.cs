using System.Collections.Immutable;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Formats;
using Parley.Formats.Json;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>Reading a scenario and lever arguments the way every analysing command does: diagnostics shown, never an exception.</summary>
internal static class ScenarioInput
{
    /// <summary>Reads <paramref name="file"/>; on errors prints them (or the JSON check report) and returns null.</summary>
    public static Scenario? Read(OutputChannel output, string file, bool json) => Read(output, [file], json);

    /// <summary>
    /// Reads a scenario file, or a GENIUS (.xml) or GeniusWeb (.json) domain followed by its profiles, as
    /// <c>agree</c> does; on errors prints them (or the JSON check report) and returns null.
    /// </summary>
    public static Scenario? Read(OutputChannel output, IReadOnlyList<string> files, bool json)
    {
        string file = files[0];
        var profiles = files.Skip(1).ToList();
        var read = file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? Formats.Genius.GeniusImporter.Read(file, profiles)
            : file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Formats.GeniusWeb.GeniusWebImporter.Read(file, profiles)
            : ScenarioFiles.Read(file);
        if (read.Value is null)
        {
            if (json)
            {
                output.Json(JsonOutput.Serialize(CheckReport.From(file, read)));
            }
            else
            {
                output.Diagnostics(read.Diagnostics, json);
                int errors = read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                output.Errors.MarkupLine($"[red]{errors} error(s)[/] in {Markup.Escape(file)}; nothing was analysed.");
            }

            return null;
        }

        output.Diagnostics(read.Diagnostics, json);
        return read.Value;
    }

    /// <summary>Parses "a+b" lever arguments; returns null and says why when one names no lever of the scenario.</summary>
    public static ImmutableArray<ImmutableArray<string>>? Variants(IAnsiConsole console, Scenario scenario, IEnumerable<string> arguments)
    {
        var builder = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (string argument in arguments)
        {
            var ids = argument.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
            foreach (string id in ids)
            {
                if (scenario.FindLever(id) is null)
                {
                    string known = scenario.Levers.IsEmpty ? "it defines no levers" : $"its levers: {string.Join(", ", scenario.Levers.Select(l => l.Id))}";
                    console.MarkupLine($"[red]Usage error:[/] {Markup.Escape($"The scenario has no lever '{id}' ({known}).")}");
                    return null;
                }
            }

            if (ids.Length > 1 && LeverCheck.WhyNotApplicable(scenario, ids) is { } why)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape($"The levers {string.Join(" + ", ids)} cannot be pulled together: {why}")}");
                return null;
            }

            if (ids.Length > 0)
            {
                builder.Add(ids);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The first <c>--track</c> or <c>--lever</c> argument the scenario does not define, as a sentence that
    /// lists what it does define; null when every argument names something real.
    /// </summary>
    public static string? UnknownTrackOrLever(Scenario scenario, IEnumerable<string> tracks, IEnumerable<string> levers)
    {
        foreach (var track in tracks)
        {
            if (!scenario.Tracks.Contains(track))
            {
                return $"The scenario has no track '{track}'. Its tracks: {string.Join(", ", scenario.Tracks)}.";
            }
        }

        foreach (var lever in levers)
        {
            if (scenario.FindLever(lever) is null)
            {
                return scenario.Levers.IsEmpty
                    ? $"The scenario has no lever '{lever}' (it defines no levers)."
                    : $"The scenario has no lever '{lever}'. Its levers: {string.Join(", ", scenario.Levers.Select(l => l.Id))}.";
            }
        }

        var pulled = levers.ToList();
        if (pulled.Count > 1 && LeverCheck.WhyNotApplicable(scenario, pulled) is { } why)
        {
            return $"The levers {string.Join(" + ", pulled)} cannot be pulled together: {why}";
        }

        return null;
    }

}
