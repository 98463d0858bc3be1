using Parley.Core.Diagnostics;
using Parley.Formats.Json;
using Parley.Formats.Json.Dto;
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

    /// <summary>The command being run (<c>analyze</c>, <c>agree</c> …), as its JSON documents name it.</summary>
    public string Command { get; set; } = "parley";

    /// <summary>
    /// Streams <paramref name="document"/> to <see cref="Output"/> as it is serialised, with every diagnostic kept
    /// so far appended to its own in its <c>diagnostics</c> array.
    /// </summary>
    public void Json(OutputDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_collected.Count > 0)
        {
            document = document with { Diagnostics = [.. document.Diagnostics, .. _collected.Select(DiagnosticJson.From)] };
        }

        var writer = output.Profile.Out.Writer;
        using (var stream = new TextWriterStream(writer))
        {
            JsonDocumentWriter.Write(stream, document);
        }

        _collected.Clear();
    }

    /// <summary>The check document of input that could not be read (with the diagnostics kept so far).</summary>
    public void Refused(string file, IEnumerable<Diagnostic> diagnostics) => Json(CheckDocument.Refused(Command, file, diagnostics));
}
