namespace Parley.Formats.Sweeps;

/// <summary>Diagnostic codes of sweep specs (docs/diagnostics.md); structure problems reuse the scenario reader's codes.</summary>
public static class SweepDiagnosticCodes
{
    /// <summary>A scenario the spec names cannot be read.</summary>
    public const string UnknownScenario = "PAR300";

    /// <summary>The sweep expands to more variants than its limit.</summary>
    public const string TooLarge = "PAR301";

    /// <summary>An answer that is not known or whose test does not parse.</summary>
    public const string BadAnswer = "PAR302";

    /// <summary>A figure override that names no figure of the scenario.</summary>
    public const string UnknownFigure = "PAR303";

    /// <summary>A date that is not a date or lies outside the scenario's horizon.</summary>
    public const string BadDate = "PAR304";
}
