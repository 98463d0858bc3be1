using System.Text.Json;
using Parley.Core.Diagnostics;
using Parley.Formats.Json;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Where a command's output goes: results to <see cref="Output"/> (stdout), diagnostics in text mode to
/// <see cref="Errors"/> (stderr), and in JSON mode into a <c>diagnostics</c> array of the JSON document,
/// so warnings are never lost in either format.
/// </summary>
/// <param name="output">The console for results (stdout).</param>
/// <param name="errors">The console for diagnostics and error messages (stderr).</param>
public sealed class OutputChannel(IAnsiConsole output, IAnsiConsole errors)
{
    private readonly List<Diagnostic> _collected = [];

    /// <summary>The console for results.</summary>
    public IAnsiConsole Output => output;

    /// <summary>The console for diagnostics, errors and progress.</summary>
    public IAnsiConsole Errors => errors;

    /// <summary>Text: prints the diagnostics on <see cref="Errors"/> with their lines quoted. JSON: keeps them for the next document.</summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics, bool json)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (json)
        {
            _collected.AddRange(diagnostics);
        }
        else
        {
            DiagnosticRenderer.WriteQuoted(errors, diagnostics);
        }
    }

    /// <summary>True when progress can be drawn as a live bar (text output to an interactive terminal).</summary>
    public bool LiveProgress(bool json) => !json && output.Profile.Capabilities.Interactive;

    /// <summary>
    /// A progress line on <see cref="Errors"/> when it is a stream of its own (so it never mixes into
    /// results), at most once a second; used where no live bar can be drawn (JSON output, redirected output).
    /// A <paramref name="total"/> of 0 means the total is not known in advance.
    /// </summary>
    public IProgress<long> ProgressLines(string what, long total)
    {
        if (ReferenceEquals(output, errors))
        {
            return new Progress<long>(_ => { });
        }

        long last = Environment.TickCount64;
        return new SynchronousProgress<long>(done =>
        {
            long now = Environment.TickCount64;
            if (now - last >= 1000 || done == total)
            {
                last = now;
                var invariant = System.Globalization.CultureInfo.InvariantCulture;
                errors.WriteLine(total > 0 ? string.Create(invariant, $"{what}: {done:N0} of {total:N0}") : string.Create(invariant, $"{what}: {done:N0}"));
            }
        });
    }

    /// <summary>
    /// Writes a JSON document (an object) to <see cref="Output"/>, with every diagnostic kept so far added as
    /// its <c>diagnostics</c> array (documents that already carry one, such as the check report, are written as they are).
    /// </summary>
    public void Json(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var writer = output.Profile.Out.Writer;
        int end = document.AsSpan().TrimEnd().Length;
        if (end > 1 && document[0] == '{' && document[end - 1] == '}' && !document.Contains("\n  \"diagnostics\":", StringComparison.Ordinal))
        {
            // Written in pieces, not spliced into a copy: a document can be hundreds of megabytes.
            int body = document.AsSpan(0, end - 1).TrimEnd().Length;
            writer.Write(document.AsSpan(0, body));
            writer.Write(body > 1 ? ",\n  \"diagnostics\": " : "\n  \"diagnostics\": ");
            writer.Write(DiagnosticsArray(_collected));
            writer.WriteLine("\n}");
        }
        else
        {
            writer.WriteLine(document);
        }

        _collected.Clear();
    }

    /// <summary>
    /// <paramref name="document"/> (an indented JSON object as <see cref="JsonOutput"/> writes it) with a last
    /// property <c>diagnostics</c> listing <paramref name="diagnostics"/>; unchanged when it has one already.
    /// </summary>
    public static string WithDiagnostics(string document, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string trimmed = document.TrimEnd();
        if (!trimmed.StartsWith('{') || !trimmed.EndsWith('}') || document.Contains("\n  \"diagnostics\":", StringComparison.Ordinal))
        {
            return document;
        }

        string array = DiagnosticsArray(diagnostics);
        string body = trimmed[..^1].TrimEnd();
        string separator = body.Length > 1 ? "," : string.Empty;
        return $"{body}{separator}\n  \"diagnostics\": {array}\n}}";
    }

    private static string DiagnosticsArray(IReadOnlyCollection<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(diagnostics.Select(DiagnosticJson.From).ToList(), JsonOutput.Options).ReplaceLineEndings("\n  ");
}
