using System.Collections.Immutable;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Formats;
using Parley.Formats.Json;
using Parley.Formats.Json.Dto;
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
                output.Json(CheckDocument.From(output.Command, file, read));
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

    /// <summary>
    /// The one variant that the <c>--lever</c> arguments of a single-lens command name: every argument
    /// ("a" or "a+b") pulled together, in order, taken as of <paramref name="date"/> when given (<c>--at</c>).
    /// Prints a usage error and returns null when a lever is unknown or the date does not fit the scenario.
    /// </summary>
    public static VariantKey? Variant(IAnsiConsole console, Scenario scenario, IEnumerable<string> levers, DateOnly? date = null)
    {
        var key = VariantKey.Parse(string.Join("+", levers)).AsOf(date);
        return Checked(console, scenario, key) ? key : null;
    }

    /// <summary>
    /// The variants that the <c>--lever</c> arguments of <c>analyze</c> and <c>compare</c> name: each
    /// argument ("a" or "a+b") is one variant. Prints a usage error and returns null when one names no lever.
    /// </summary>
    public static ImmutableArray<VariantKey>? Variants(IAnsiConsole console, Scenario scenario, IEnumerable<string> arguments, DateOnly? date = null)
    {
        var builder = ImmutableArray.CreateBuilder<VariantKey>();
        if (date is not null && !Checked(console, scenario, VariantKey.AsGiven.AsOf(date)))
        {
            return null;
        }

        foreach (string argument in arguments)
        {
            var key = VariantKey.Parse(argument).AsOf(date);
            if (!Checked(console, scenario, key))
            {
                return null;
            }

            if (!key.Levers.IsEmpty)
            {
                builder.Add(key);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The scenario of <paramref name="key"/>; prints the reason and returns null when a lever's effect does
    /// not fit the scenario (an input error: exit 1).
    /// </summary>
    public static Scenario? Derive(IAnsiConsole console, LensSession session, VariantKey key)
    {
        var derivation = session.Variant(key);
        if (derivation.Scenario is null)
        {
            foreach (var problem in derivation.Problems)
            {
                console.MarkupLine($"[red]error {problem.Code}:[/] {Markup.Escape(problem.Message)}");
            }
        }

        return derivation.Scenario;
    }

    /// <summary>The first <c>--track</c> argument the scenario does not define, as a sentence listing its tracks; null when all exist.</summary>
    public static string? UnknownTrack(Scenario scenario, IEnumerable<string> tracks)
    {
        foreach (var track in tracks)
        {
            if (!scenario.Tracks.Contains(track))
            {
                return $"The scenario has no track '{Shown(track)}'. Its tracks: {string.Join(", ", scenario.Tracks)}.";
            }
        }

        return null;
    }

    private static bool Checked(IAnsiConsole console, Scenario scenario, VariantKey key)
    {
        var problems = ScenarioVariant.Check(scenario, key);
        foreach (var problem in problems)
        {
            console.MarkupLine($"[red]Usage error:[/] {Markup.Escape(problem.Message)}");
        }

        return problems.IsEmpty;
    }

    private static string Shown(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
