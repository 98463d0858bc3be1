using System.Collections.Immutable;
using Parley.Cli;
using Parley.Core.Diagnostics;
using Parley.Formats;
using Parley.Formats.Deu;
using Parley.Formats.Eum;
using Parley.Formats.Genius;
using Parley.Formats.GeniusWeb;
using Parley.Formats.Gmcr;
using Parley.Formats.Ktab;
using Parley.Formats.Yaml;
using Spectre.Console;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Runs one generated input the way a user would meet it: first its reader (which must not throw), then
/// the <c>parley</c> command that reads it and, when it reads, one of the commands that analyse it, in
/// process, under a time budget. Returns why the run fell short, or null.
/// </summary>
public static class FuzzTarget
{
    /// <summary>How long one command may run before it is cancelled (exit 130 is a pass).</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long past the budget a command may take to stop before it counts as a hang. Lenses stop at their
    /// next cancellation point (between variants, runs or negotiations), which on a machine shared with other
    /// builds can be a minute away; a loop that never ends is still caught.
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Null when the input ends in diagnostics or results; else what went wrong. <paramref name="analysed"/>
    /// is true when the input read without errors, so an analysing command ran on it.
    /// </summary>
    public static string? Run(FuzzSeed seed, ImmutableArray<(string FileName, string Text)> files, bool json, int command, out bool analysed)
    {
        analysed = false;
        ArgumentNullException.ThrowIfNull(seed);
        ParseResult<object>? read;
        try
        {
            read = Read(seed.Kind, files);
        }
        catch (Exception ex)
        {
            return $"the {seed.Kind} reader threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}";
        }

        if (read.Diagnostics.Any(d => d.Code == "PAR999"))
        {
            return $"the reader reported PAR999: {read.Diagnostics.First(d => d.Code == "PAR999").Message}";
        }

        string folder = Path.Combine(Path.GetTempPath(), $"parley-fuzz-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var paths = files.Select(f => Path.Combine(folder, f.FileName)).ToArray();
            for (int i = 0; i < files.Length; i++)
            {
                File.WriteAllText(paths[i], files[i].Text);
            }

            var commands = Commands(seed.Kind, paths);
            // Seeds built to test size limits (a thousand actors) are read, not analysed: near the limit a
            // forecast takes a minute by design, which tells nothing about robustness.
            analysed = read.Succeeded && !seed.Name.Contains("too-many", StringComparison.Ordinal);
            var chosen = analysed ? commands[command % commands.Length] : commands[0];
            string[] args = json ? [.. chosen, "--format", "json"] : chosen;
            return Invoke(args);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>True when the seed's files read without errors as they are.</summary>
    public static bool Reads(FuzzSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return Read(seed.Kind, seed.Files).Succeeded;
    }

    private static ParseResult<object> Read(FuzzKind kind, ImmutableArray<(string FileName, string Text)> files)
    {
        var sources = files.Select(f => new SourceText(f.FileName, f.Text)).ToArray();
        string name = files[0].FileName;
        string text = files[0].Text;
        return kind switch
        {
            FuzzKind.Scenario => Erase(ScenarioReader.Read(text, name)),
            FuzzKind.Gmcr => Erase(GmcrReader.Parse(text, name)),
            FuzzKind.GeniusXml => Erase(GeniusImporter.Parse(sources[0], sources[1..])),
            FuzzKind.GeniusWebJson => Erase(GeniusWebImporter.Parse(sources[0], sources[1..])),
            FuzzKind.KtabCsv => Erase(KtabCsvReader.Read(text, name)),
            FuzzKind.KtabXml => Erase(KtabXmlReader.Read(text, name)),
            FuzzKind.EumTable => Erase(EumTableReader.Read(text, name)),
            FuzzKind.DeuTable => Erase(DeuReader.Read(text, name)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown input kind."),
        };
    }

    private static ParseResult<object> Erase<T>(ParseResult<T> result)
        where T : class =>
        result.Value is { } value ? ParseResult<object>.Success(value, result.Diagnostics) : ParseResult<object>.Failure(result.Diagnostics);

    // The first command, check, reads the input with the reader the others use and reports its diagnostics;
    // the others analyse it.
    private static string[][] Commands(FuzzKind kind, string[] paths)
    {
        string f = paths[0];
        string[][] analyse = kind switch
        {
            FuzzKind.Scenario =>
            [
                ["agree", f], ["stability", f], ["forecast", f, "--runs", "20"], ["dynamics", f],
                ["simulate", f, "--rounds", "20"], ["analyze", f, "--no-sensitivity", "--draws", "50"],
            ],
            FuzzKind.Gmcr => [["stability", f], ["stability", f, "--from-status-quo"]],
            FuzzKind.GeniusXml or FuzzKind.GeniusWebJson => [["agree", .. paths], ["simulate", .. paths, "--rounds", "20"]],
            FuzzKind.DeuTable => [["forecast-eval", f]],
            _ => [["forecast", f, "--runs", "20"]],
        };
        return [["check", .. paths], .. analyse];
    }

    private static string? Invoke(string[] args)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 120;
        using var budget = new CancellationTokenSource(Budget);
        var run = Task.Run(() => ParleyApp.Run(args, console, budget.Token));
        if (!run.Wait(Budget + Grace))
        {
            return $"parley {string.Join(' ', args)} did not stop within {(Budget + Grace).TotalSeconds} s of its {Budget.TotalSeconds} s budget (a hang)";
        }

        string output = writer.ToString();
        int code = run.Result;
        if (code is not (ExitCodes.Ok or ExitCodes.InputErrors or ExitCodes.UsageError or ExitCodes.Cancelled))
        {
            return $"parley {string.Join(' ', args)} exited {code}:\n{Tail(output)}";
        }

        if (output.Contains("PAR999", StringComparison.Ordinal) || output.Contains("Parley failed", StringComparison.Ordinal))
        {
            return $"parley {string.Join(' ', args)} reported an internal failure:\n{Tail(output)}";
        }

        return null;
    }

    private static string Tail(string output) => output.Length <= 2000 ? output : output[^2000..];
}
