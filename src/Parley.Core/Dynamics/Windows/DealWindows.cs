using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Agreement;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Dynamics;

/// <summary>
/// Windows over time: along the dynamics horizon, whether each track's agreement space is empty, and
/// the Nash solution where it is not. The scenario is taken at each sample time with
/// <see cref="ScenarioAtTime"/> (trends, then levers that have started) and handed to the agreement
/// lens, whose verdict at each time is exact.
/// </summary>
/// <remarks>
/// The horizon is sampled on a grid (plus every trend breakpoint and lever start), and each change of
/// verdict between two neighbouring samples is pinned down by bisection to the given precision. A
/// window that opens and closes again between two grid samples is not seen: the step bounds the
/// shortest window found. Cost: (samples + bisection steps) × one agreement analysis per track, where
/// bisection adds about log2(step / precision) analyses per change of verdict.
/// </remarks>
public static class DealWindows
{
    /// <summary>Scans the horizon.</summary>
    /// <param name="scenario">A scenario with a dynamics section.</param>
    /// <param name="options">Step, precision, levers, tracks and the agreement options.</param>
    /// <exception cref="ArgumentException">
    /// The scenario has no dynamics section, a track or lever is unknown, the step or precision is not a
    /// positive finite number, or a lever leaves a figure outside [0, 1] at some time.
    /// </exception>
    public static DealWindowsResult Over(Scenario scenario, DealWindowOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var dynamics = scenario.Dynamics
            ?? throw new ArgumentException("The scenario has no dynamics section, so it has no horizon to scan. Add 'dynamics: {horizon: ...}'.", nameof(scenario));
        var horizon = dynamics.Horizon;
        double step = options.Step ?? horizon.Length / 24;
        if (!double.IsFinite(step) || step <= 0)
        {
            throw new ArgumentException($"The step must be a positive number; got {step}.", nameof(options));
        }

        double precision = options.Precision ?? step / 64;
        if (!double.IsFinite(precision) || precision < 0)
        {
            throw new ArgumentException($"The precision must be a finite number at least 0; got {precision}.", nameof(options));
        }

        var levers = options.Levers.IsDefault ? [] : options.Levers;
        var tracks = options.Tracks.IsDefaultOrEmpty ? scenario.Tracks : options.Tracks;
        foreach (var track in tracks)
        {
            if (!scenario.Tracks.Contains(track))
            {
                throw new ArgumentException($"The scenario has no track '{track}'. Known tracks: {string.Join(", ", scenario.Tracks)}.", nameof(options));
            }
        }

        var calendar = HorizonCalendar.Of(horizon);
        var grid = Grid(scenario, dynamics, levers, step);
        var atTime = new Dictionary<double, Scenario>();
        Scenario At(double t)
        {
            if (!atTime.TryGetValue(t, out var s))
            {
                s = ScenarioAtTime.At(scenario, t, levers);
                atTime[t] = s;
            }

            return s;
        }

        var agreement = options.Agreement with { Tracks = [] };
        var result = ImmutableArray.CreateBuilder<TrackWindows>();
        foreach (var track in scenario.Tracks)
        {
            if (!tracks.Contains(track))
            {
                continue;
            }

            ImmutableArray<string> actorIds = [];
            TrackSample Sample(double t)
            {
                var problem = AgreementProblem.From(At(t), [track]);
                var analysis = AgreementAnalysis.Analyse(problem, agreement);
                var gap = analysis.Verdict == AgreementVerdict.NoAgreement ? AgreementGap.Of(problem, agreement.NewBudget()) : null;
                actorIds = problem.ActorIds;
                var walkAways = problem.Utilities.Select(u => u.ReservationValue).ToImmutableArray();
                var nash = analysis.Solutions?.Nash;
                var packages = nash is null
                    ? ImmutableArray<string>.Empty
                    : [.. nash.Points.SelectMany(p => p.Packages).Select(p => problem.Space.Describe(p.AsSpan()))];
                return new TrackSample(t, analysis.Verdict, analysis.Space, nash, packages, walkAways, analysis.Explanation)
                {
                    Gap = gap,
                    Date = calendar?.DateAt(t),
                };
            }

            var samples = new List<TrackSample>();
            foreach (double t in grid)
            {
                samples.Add(Sample(t));
            }

            // Pin down each change of verdict between neighbours by bisection.
            var refined = new List<TrackSample> { samples[0] };
            for (int i = 1; i < samples.Count; i++)
            {
                var lo = refined[^1];
                var hi = samples[i];
                var between = new List<TrackSample>();
                while (lo.Open != hi.Open && precision > 0 && hi.Time - lo.Time > precision)
                {
                    var mid = Sample(lo.Time + ((hi.Time - lo.Time) / 2));
                    between.Add(mid);
                    if (mid.Open == lo.Open)
                    {
                        lo = mid;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                between.Sort((a, b) => a.Time.CompareTo(b.Time));
                refined.AddRange(between);
                refined.Add(samples[i]);
            }

            var windows = Windows(refined, calendar);
            result.Add(new TrackWindows(track, actorIds, [.. refined], windows, Explain(track, windows, refined, horizon, calendar)));
        }

        return new DealWindowsResult(horizon, levers, step, result.ToImmutable());
    }

    private static List<double> Grid(Scenario scenario, ScenarioDynamics dynamics, ImmutableArray<string> levers, double step)
    {
        var horizon = dynamics.Horizon;
        var times = new SortedSet<double>(dynamics.Breakpoints());

        // Dated revisions of positions take effect on their dates: sample each.
        foreach (var position in scenario.Positions)
        {
            foreach (var revision in position.Revisions)
            {
                if (ScenarioAtTime.TimeOf(scenario, revision.Date) is { } t && horizon.Contains(t))
                {
                    times.Add(t);
                }
            }
        }

        long count = (long)Math.Floor(horizon.Length / step);
        for (long k = 1; k <= count; k++)
        {
            times.Add(Math.Min(horizon.Length, k * step));
        }

        foreach (var id in levers)
        {
            var lever = scenario.FindLever(id)
                ?? throw new ArgumentException($"The scenario has no lever '{id}'. Known levers: {string.Join(", ", scenario.Levers.Select(l => l.Id))}.", nameof(levers));
            if (lever.StartsAt is { } start && horizon.Contains(start))
            {
                times.Add(start);
            }
        }

        return [.. times];
    }

    private static ImmutableArray<DealWindow> Windows(List<TrackSample> samples, HorizonCalendar? calendar)
    {
        var windows = ImmutableArray.CreateBuilder<DealWindow>();
        int i = 0;
        while (i < samples.Count)
        {
            if (!samples[i].Open)
            {
                i++;
                continue;
            }

            double? opensAfter = i == 0 ? null : samples[i - 1].Time;
            double opensBy = samples[i].Time;
            int j = i;
            while (j + 1 < samples.Count && samples[j + 1].Open)
            {
                j++;
            }

            double? closesBy = j + 1 < samples.Count ? samples[j + 1].Time : null;
            windows.Add(new DealWindow(opensAfter, opensBy, samples[j].Time, closesBy)
            {
                OpensAfterDate = opensAfter is { } oa ? calendar?.DateAt(oa) : null,
                OpensByDate = calendar?.DateAt(opensBy),
                ClosesAfterDate = calendar?.DateAt(samples[j].Time),
                ClosesByDate = closesBy is { } cb ? calendar?.DateAt(cb) : null,
            });
            i = j + 1;
        }

        return windows.ToImmutable();
    }

    private static string Explain(string track, ImmutableArray<DealWindow> windows, List<TrackSample> samples, Horizon horizon, HorizonCalendar? calendar)
    {
        string unit = horizon.Unit;
        string When(double t) => calendar is null ? Show(t) : calendar.DateAt(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string shut = ShutBy(samples);
        if (windows.IsEmpty)
        {
            return $"Track '{track}': no deal at any time sampled over the {Show(horizon.Length)} {unit} of the horizon{(calendar is null ? string.Empty : $" ({When(0)} to {When(horizon.Length)})")}{shut}.";
        }

        var parts = windows.Select(w =>
        {
            // Both ends of a bracket on one day: that day is the answer.
            string Between(double a, double b) => When(a) == When(b) ? When(b) : $"between {When(a)} and {When(b)}";
            string opens = w.OpenAtStart ? "from the start" : $"from {Between(w.OpensAfter!.Value, w.OpensBy)}";
            string closes = w.OpenAtEnd ? "to the end of the horizon" : $"until {Between(w.ClosesAfter, w.ClosesBy!.Value)}";
            return $"{opens} {closes}";
        });
        return $"Track '{track}': a deal exists {string.Join("; and ", parts)}{(calendar is null ? $" ({unit})" : string.Empty)}{shut}.";
    }

    // Which kinds of demand keep the track shut at the closed samples.
    private static string ShutBy(List<TrackSample> samples)
    {
        var kinds = samples.Where(s => s.Gap is not null).Select(s => s.Gap!.Barrier).Distinct().Order().ToList();
        if (kinds.Count == 0)
        {
            return string.Empty;
        }

        static string Name(DealBarrier b) => b switch
        {
            DealBarrier.RedLines => "red lines",
            DealBarrier.WalkAways => "walk-away values",
            DealBarrier.RedLinesAndWalkAways => "red lines and walk-away values, each alone",
            _ => "red lines and walk-away values together",
        };

        return $"; when shut, it is kept shut by {string.Join(", at other times by ", kinds.Select(Name))}";
    }

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
