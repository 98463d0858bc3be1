using System.Collections.Immutable;

namespace Parley.Core.Diagnostics;

/// <summary>
/// The outcome of reading user input: the value when it could be built, and every diagnostic found
/// in one pass (warnings may accompany a value; any error means there is no value).
/// </summary>
/// <typeparam name="T">What was read.</typeparam>
public sealed record ParseResult<T>
    where T : class
{
    private ParseResult(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The value, or null when there were errors.</summary>
    public T? Value { get; }

    /// <summary>All diagnostics, in the order of their location in the input.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when a value was built (there may still be warnings).</summary>
    public bool Succeeded => Value is not null;

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>A result with a value and possibly warnings.</summary>
    public static ParseResult<T> Success(T value, IEnumerable<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(value);
        var list = warnings.ToImmutableArray();
        if (list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A successful result cannot carry errors.", nameof(warnings));
        }

        return new ParseResult<T>(value, list);
    }

    /// <summary>A result without a value; at least one diagnostic must be an error.</summary>
    public static ParseResult<T> Failure(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToImmutableArray();
        if (!list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(diagnostics));
        }

        return new ParseResult<T>(null, list);
    }
}
