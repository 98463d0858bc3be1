namespace Parley.Core.Diagnostics;

/// <summary>
/// A problem with user input: a stable code (such as <c>PY0101</c>), a severity, a sentence that
/// says what is wrong and what to do, and where.
/// </summary>
/// <param name="Code">Stable identifier of the kind of problem; documented in <c>docs/diagnostics.md</c>.</param>
/// <param name="Severity">Whether the input is still usable.</param>
/// <param name="Message">What is wrong and how to fix it, as one or two sentences.</param>
/// <param name="Location">Where the problem is.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string message, SourceLocation location) =>
        new(code, DiagnosticSeverity.Error, message, location);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string message, SourceLocation location) =>
        new(code, DiagnosticSeverity.Warning, message, location);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
