namespace Parley.Core.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something to know; the input is used as written.</summary>
    Info,

    /// <summary>The input is usable but was probably not meant this way (for example weights normalised).</summary>
    Warning,

    /// <summary>The input cannot be used until it is fixed.</summary>
    Error,
}
