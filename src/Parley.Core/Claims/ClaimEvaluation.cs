using System.Collections.Immutable;
using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Core.Threading;

namespace Parley.Core.Claims;

/// <summary>
/// Puts a scenario's claims to the test: each claim's test is evaluated on the scenario with the
/// claim's levers pulled (then the caller's) and, when it names a time, at that time; each lens runs
/// once per distinct lever set and time. Where figures carry an uncertainty and draws are asked for,
/// every claim is evaluated again on each Monte Carlo draw of those figures, giving how often it holds.
/// </summary>
/// <remarks>
/// Verdicts use three-valued logic: a query the scenario cannot answer is unknown, <c>and</c> is false
/// when either side is false, <c>or</c> is true when either side is true, and anything else involving an
/// unknown is unknown. Cost: one run of each asked lens per variant, plus the same per draw (with the
/// cheaper exact decision instead of the explained agreement analysis). Deterministic for a given seed,
/// whatever the number of threads: draw d draws from a generator seeded by the master seed and d alone.
/// </remarks>
public static class ClaimEvaluation
{
    /// <summary>Evaluates every claim of <paramref name="scenario"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative number of draws or forecast runs.</exception>
    public static ClaimEvaluationReport Evaluate(Scenario scenario, ClaimEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= ClaimEvaluationOptions.Default;
        if (options.Draws < 0 || options.ForecastRuns < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"Draws and forecast runs must be at least 0; got {options.Draws} and {options.ForecastRuns}.");
        }

        var session = new LensSession(scenario, new LensOptions
        {
            Depth = options.VerdictsOnly ? LensDepth.Decisions : LensDepth.Explained,
            MonteCarloRuns = options.ForecastRuns,
            Seed = options.Seed,
            DefaultForecastModel = options.DefaultForecastModel,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        });
        return Evaluate(session, options);
    }

    /// <summary>
    /// Evaluates every claim of the session's scenario by asking <paramref name="session"/>, so lens results
    /// that <c>analyze</c> already computed for a variant are read, not computed again. The lens options
    /// are the session's; of <paramref name="options"/> only the levers, draws and seed of the draws count.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative number of draws.</exception>
    public static ClaimEvaluationReport Evaluate(LensSession session, ClaimEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        options ??= ClaimEvaluationOptions.Default;
        if (options.Draws < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"Draws must be at least 0; got {options.Draws}.");
        }

        var scenario = session.Scenario;

        var extra = options.Levers.IsDefault ? [] : options.Levers;
        var claims = scenario.Claims;
        var parsed = new ClaimTestParseResult?[claims.Length];
        var variants = new VariantKey[claims.Length];
        for (int i = 0; i < claims.Length; i++)
        {
            parsed[i] = claims[i].Test is { } test ? ClaimTest.Parse(test) : null;
            // A claim's own time wins over the command's date: it asks about that point of the horizon.
            variants[i] = new VariantKey(LeversOf(claims[i], extra), claims[i].At, claims[i].At is null ? options.Date : null);
        }

        var results = new ClaimResult[claims.Length];
        for (int i = 0; i < claims.Length; i++)
        {
            session.CancellationToken.ThrowIfCancellationRequested();
            results[i] = Deterministic(session, claims[i], parsed[i], variants[i]);
        }

        int draws = options.Draws > 0 && HasUncertainty(scenario) ? options.Draws : 0;
        if (draws > 0)
        {
            var held = Draw(session, parsed, variants, options, draws);
            for (int i = 0; i < claims.Length; i++)
            {
                if (parsed[i] is { IsValid: true })
                {
                    results[i] = results[i] with { Frequency = Frequency(held, i, claims.Length, draws, options.Seed) };
                }
            }
        }

        return new ClaimEvaluationReport(scenario.Id, extra, draws, options.Seed, [.. results]);
    }

    /// <summary>True when at least one figure of <paramref name="scenario"/> carries an uncertainty.</summary>
    public static bool HasUncertainty(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);

        // The figures a draw changes, interaction values and dated revisions included (ScenarioDraw).
        return ScenarioDraw.HasUncertainty(scenario);
    }

    private static ImmutableArray<string> LeversOf(Claim claim, ImmutableArray<string> extra)
    {
        var levers = ImmutableArray.CreateBuilder<string>();
        foreach (var id in (claim.With.IsDefault ? [] : claim.With).Concat(extra))
        {
            if (!levers.Contains(id))
            {
                levers.Add(id);
            }
        }

        return levers.ToImmutable();
    }

    private static ClaimResult Deterministic(LensSession session, Claim claim, ClaimTestParseResult? parsed, VariantKey variant)
    {
        ClaimResult Undecidable(string missing) =>
            new(claim.Id, claim.Statement, claim.Test, variant.Levers, claim.At, ClaimVerdict.Undecidable,
                $"Not decidable from this scenario: {missing}.", [], [missing], null);

        if (parsed is null)
        {
            return Undecidable("the claim has no test expression; add 'test: ...' (see docs/claims.md)");
        }

        if (!parsed.IsValid)
        {
            var first = parsed.Errors[0];
            return Undecidable($"its test does not parse (at character {first.Offset + 1}: {first.Message.TrimEnd('.')})");
        }

        var lens = new LensAnswers(session, variant);

        var observed = new List<ObservedValue>();
        var value = ClaimInterpreter.Evaluate(parsed.Expression!, lens, observed);
        var missing = observed.Where(o => o.Missing is not null).Select(o => o.Missing!).Distinct().ToImmutableArray();
        string facts = string.Join("; ", observed.Select(o => o.Value is { } v ? $"{o.Query} = {v}" : $"{o.Query} unknown"));
        string under = Describe(variant, session.Scenario);
        ClaimVerdict verdict;
        string explanation;
        if (value is not { } holds)
        {
            verdict = ClaimVerdict.Undecidable;
            explanation = $"Not decidable from this scenario ({under}): {string.Join("; ", missing)}.";
        }
        else
        {
            verdict = holds.Boolean ? ClaimVerdict.Supported : ClaimVerdict.Refuted;
            explanation = $"{(holds.Boolean ? "Supported" : "Refuted")} ({under}): {facts}, so '{claim.Test!.Trim()}' {(holds.Boolean ? "holds" : "fails")}.";
            missing = [];
        }

        return new ClaimResult(claim.Id, claim.Statement, claim.Test, variant.Levers, claim.At, verdict, explanation, [.. observed], missing, null);
    }

    /// <summary>Per draw and claim: 1 held, 0 failed, -1 undecided or not tested.</summary>
    private static sbyte[] Draw(LensSession session, ClaimTestParseResult?[] parsed, VariantKey[] variants, ClaimEvaluationOptions options, int draws)
    {
        var scenario = session.Scenario;
        int claims = parsed.Length;
        var held = new sbyte[draws * claims];
        var parallel = ParallelWork.Options(options.MaxDegreeOfParallelism, session.CancellationToken);
        Parallel.For(0, draws, parallel, d =>
        {
            var random = new SeededRandom(SeededRandom.BlockSeed(options.Seed, d));
            var drawn = session.ForDraw(ScenarioDraw.Of(scenario, random));
            var answers = new Dictionary<VariantKey, LensAnswers>();
            for (int i = 0; i < claims; i++)
            {
                sbyte outcome = -1;
                if (parsed[i] is { IsValid: true } p)
                {
                    var variant = variants[i];
                    if (!answers.TryGetValue(variant, out var lens))
                    {
                        lens = new LensAnswers(drawn, variant);
                        answers[variant] = lens;
                    }

                    if (ClaimInterpreter.Evaluate(p.Expression!, lens, null) is { } value)
                    {
                        outcome = (sbyte)(value.Boolean ? 1 : 0);
                    }
                }

                held[(d * claims) + i] = outcome;
            }
        });

        return held;
    }

    private static string Describe(VariantKey variant, Scenario scenario)
    {
        var parts = new List<string>();
        if (!variant.Levers.IsEmpty)
        {
            parts.Add($"with {string.Join(", ", variant.Levers)}");
        }

        if (variant.At is { } at)
        {
            // On a horizon with a calendar a time is said as its date too: dates print as dates.
            string date = scenario.Dynamics is { } d && Dynamics.HorizonCalendar.Of(d.Horizon) is { } calendar && d.Horizon.Contains(at)
                ? $" ({VariantKey.FormatDate(calendar.DateAt(at))})"
                : string.Empty;
            parts.Add($"at {at.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}{date}");
        }
        else if (variant.Date is { } date)
        {
            parts.Add($"as of {VariantKey.FormatDate(date)}");
        }

        return parts.Count == 0 ? "as given" : string.Join(" ", parts);
    }

    private static ClaimFrequency Frequency(sbyte[] held, int claim, int claims, int draws, ulong seed)
    {
        int decided = 0, holds = 0;
        for (int d = 0; d < draws; d++)
        {
            sbyte outcome = held[(d * claims) + claim];
            if (outcome >= 0)
            {
                decided++;
                holds += outcome;
            }
        }

        double p = decided == 0 ? double.NaN : (double)holds / decided;
        double error = decided == 0 ? double.NaN : Math.Sqrt(p * (1 - p) / decided);
        return new ClaimFrequency(draws, decided, holds, p, error, seed);
    }
}
