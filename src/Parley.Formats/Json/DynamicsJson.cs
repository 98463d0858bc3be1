using System.Collections.Immutable;
using Parley.Formats.Json.Dto.Dynamics;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON output of <c>parley dynamics</c> (documented in <c>docs/json-output.md</c>, section
/// <c>dynamics</c>): the horizon, the trends, and per track the windows in which a deal exists and every
/// sample (time, verdict, walk-away values and the Nash solution). Utilities and walk-away values are
/// objects from actor id to number.
/// </summary>
public static class DynamicsJson
{
    /// <summary>The document of the windows of <paramref name="scenario"/>.</summary>
    /// <exception cref="ArgumentException">The scenario has no dynamics section.</exception>
    public static DynamicsDocument Document(Scenario scenario, DealWindowsResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var dynamics = scenario.Dynamics
            ?? throw new ArgumentException("The scenario has no dynamics section; there are no windows to write.", nameof(scenario));
        return new DynamicsDocument(
            scenario.Id,
            scenario.Title,
            new HorizonDto(result.Horizon.Length, result.Horizon.Unit, result.Horizon.Start),
            result.Levers,
            result.Step,
            dynamics.Trends.Select(Trend),
            result.Tracks.Select(Track));
    }

    private static TrendDto Trend(Trend trend) => new(
        trend.ActorId,
        trend.Target == TrendTarget.WalkAway ? "walk-away" : "capability",
        trend.Curve switch
        {
            LinearCurve => "linear",
            StepCurve => "steps",
            _ => "series",
        },
        trend.Curve.Points.Select(p => new TimePointDto(p.Time, p.Value)),
        trend.Provenance.Word(),
        trend.Sources,
        trend.Note);

    private static TrackWindowsDto Track(TrackWindows track) => new(
        track.Track,
        track.ActorIds,
        track.Explanation,
        track.Windows.Select(w => new WindowDto(
            w.OpensAfter, w.OpensBy, w.ClosesAfter, w.ClosesBy,
            Date(w.OpensAfterDate), Date(w.OpensByDate), Date(w.ClosesAfterDate), Date(w.ClosesByDate))),
        track.Samples.Select(s => Sample(track.ActorIds, s)));

    private static SampleDto Sample(ImmutableArray<string> actors, TrackSample sample)
    {
        var nash = sample.Nash is { Exists: true } n ? n.Points[0] : null;
        return new SampleDto(
            sample.Time,
            Date(sample.Date),
            sample.Open,
            EnumTokens.Of(sample.Verdict),
            ByActor(actors, sample.WalkAways),
            sample.Gap is not { } gap ? null : new GapDto(
                EnumTokens.Of(gap.Barrier),
                gap.SmallestBlockingSet,
                gap.WalkAwayShortfall),
            nash is null ? null : new NashDto(ByActor(actors, nash.Utilities), sample.Nash!.Points.Length, sample.NashPackages));
    }

    /// <summary>The gap of each track as of each date (<c>dynamics --at</c>).</summary>
    public static IReadOnlyList<DatedGapDto> Gaps(ImmutableArray<DatedGap> gaps) =>
        [.. gaps.Select(g => new DatedGapDto(
            g.Track,
            Date(g.Date)!,
            g.Failure is null ? g.Open : null,
            g.Gap is { } dated ? EnumTokens.Of(dated.Barrier) : null,
            g.Gap?.SmallestBlockingSet,
            g.Gap?.WalkAwayShortfall,
            g.Failure))];

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, double> ByActor(ImmutableArray<string> actors, ImmutableArray<double> values)
    {
        var map = new Dictionary<string, double>(actors.Length);
        for (int i = 0; i < actors.Length && i < values.Length; i++)
        {
            map[actors[i]] = values[i];
        }

        return map;
    }
}
