using System.Collections.Immutable;
using Parley.Core.Claims;
using Parley.Core.Forecast;
using Parley.Core.Session;
using Parley.Core.Stability;

namespace Parley.Core.Vocabulary;

/// <summary>
/// The one table of Parley's names: every stability concept, forecast model, claim verdict and lens with
/// its token and its display name. Every parser (CLI options, the claim language, JSON readers) and every
/// printer (console, report, JSON) goes through it, so an idea has one spelling everywhere.
/// </summary>
public static class Terms
{
    /// <summary>The stability concepts of the graph model.</summary>
    public static ImmutableArray<Term<StabilityConcept>> Concepts { get; } =
    [
        new(StabilityConcept.Nash, "nash", "Nash"),
        new(StabilityConcept.Gmr, "gmr", "GMR"),
        new(StabilityConcept.Smr, "smr", "SMR"),
        new(StabilityConcept.Seq, "seq", "SEQ"),
        new(StabilityConcept.Sim, "sim", "SIM"),
        new(StabilityConcept.SeqSim, "seq-sim", "SEQ+SIM"),
    ];

    /// <summary>The forecast models.</summary>
    public static ImmutableArray<Term<ForecastModel>> Models { get; } =
    [
        new(ForecastModel.WeightedMean, "weighted-mean", "weighted mean"),
        new(ForecastModel.WeightedMedian, "weighted-median", "weighted median"),
        new(ForecastModel.StrongestActor, "strongest-actor", "strongest actor"),
        new(ForecastModel.StatusQuo, "status-quo", "status quo"),
        new(ForecastModel.ExpectedUtility, "expected-utility", "expected utility"),
        new(ForecastModel.SpatialPolitics, "spatial-politics", "spatial model of politics"),
    ];

    /// <summary>The verdicts of a claim.</summary>
    public static ImmutableArray<Term<ClaimVerdict>> Verdicts { get; } =
    [
        new(ClaimVerdict.Supported, "supported", "supported"),
        new(ClaimVerdict.Refuted, "refuted", "refuted"),
        new(ClaimVerdict.Undecidable, "undecidable", "not decidable"),
    ];

    /// <summary>The lenses.</summary>
    public static ImmutableArray<Term<LensKind>> Lenses { get; } =
    [
        new(LensKind.Agreement, "agreement", "agreement"),
        new(LensKind.Stability, "stability", "stability"),
        new(LensKind.Forecast, "forecast", "forecast"),
        new(LensKind.ForecastDistribution, "forecast-distribution", "forecast distribution"),
        new(LensKind.Windows, "window", "deal windows"),
        new(LensKind.Proposals, "proposals", "proposals"),
        new(LensKind.EndStates, "endstate", "end states"),
    ];

    /// <summary>The token of <paramref name="value"/>.</summary>
    public static string Token<T>(T value)
        where T : struct, Enum => Find(value).Token;

    /// <summary>The display name of <paramref name="value"/>.</summary>
    public static string DisplayName<T>(T value)
        where T : struct, Enum => Find(value).DisplayName;

    /// <summary>Every token of <typeparamref name="T"/>, in table order.</summary>
    public static ImmutableArray<string> Tokens<T>()
        where T : struct, Enum => [.. Table<T>().Select(t => t.Token)];

    /// <summary>Reads a token (exactly as the table spells it).</summary>
    public static bool TryParse<T>(string? token, out T value)
        where T : struct, Enum
    {
        foreach (var term in Table<T>())
        {
            if (string.Equals(term.Token, token, StringComparison.Ordinal))
            {
                value = term.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static Term<T> Find<T>(T value)
        where T : struct, Enum
    {
        foreach (var term in Table<T>())
        {
            if (EqualityComparer<T>.Default.Equals(term.Value, value))
            {
                return term;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name}.{value} has no entry in the vocabulary table.");
    }

    private static ImmutableArray<Term<T>> Table<T>()
        where T : struct, Enum
    {
        object table = typeof(T) == typeof(StabilityConcept) ? Concepts
            : typeof(T) == typeof(ForecastModel) ? Models
            : typeof(T) == typeof(ClaimVerdict) ? Verdicts
            : typeof(T) == typeof(LensKind) ? Lenses
            : throw new ArgumentException($"{typeof(T).Name} has no vocabulary table.", nameof(T));
        return (ImmutableArray<Term<T>>)table;
    }
}
