using System.Collections.Immutable;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Core.Variants;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads the top-level <c>dynamics</c> mapping: a horizon and a list of trends, each moving one actor's
/// walk-away value or capability along a linear, stepwise or series curve (see
/// <c>docs/scenario-format.md</c>, "dynamics"). Also checks that lever start times and claim times lie
/// within the horizon, and that levers still apply on top of the trends.
/// </summary>
internal static class DynamicsSection
{
    private static readonly string[] Keys = ["horizon", "trends"];
    private static readonly string[] HorizonKeys = ["length", "unit", "start"];
    private static readonly string[] TrendKeys = ["actor", "walk-away", "capability", "basis", "note", "sources"];
    private static readonly string[] CurveKeys = ["linear", "steps", "series"];
    private static readonly string[] LinearKeys = ["from", "to", "start", "end"];
    private static readonly string[] PointKeys = ["at", "value"];

    /// <summary>Reads the section; null when absent or when it has errors (which are reported).</summary>
    /// <param name="ctx">The read context.</param>
    /// <param name="root">The document's root mapping.</param>
    /// <param name="known">The ids the file defines.</param>
    /// <param name="positions">The positions read, to check that a walk-away trend's actor has one.</param>
    public static ScenarioDynamics? Read(YamlReadContext ctx, YamlMapping root, KnownIds known, ImmutableArray<Position> positions)
    {
        var node = root["dynamics"];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        var map = ctx.Mapping(node, "dynamics", "the dynamics section", Keys);
        if (map is null)
        {
            return null;
        }

        if (map["horizon"] is null)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "The dynamics section needs 'horizon', such as 'horizon: {length: 24, unit: months, start: 2025-06}'.", map, "dynamics");
            return null;
        }

        var horizon = ReadHorizon(ctx, map["horizon"]!);
        if (horizon is null)
        {
            return null;
        }

        CheckTimes(ctx, root, horizon);

        var withPosition = positions.Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, TrendTarget)>();
        var trends = ImmutableArray.CreateBuilder<Trend>();
        bool ok = true;
        var items = ctx.List(map, "trends", "dynamics", "trends");
        for (int i = 0; i < items.Count; i++)
        {
            var trend = ReadTrend(ctx, items[i], $"dynamics.trends[{i}]", horizon, known, withPosition, seen);
            if (trend is null)
            {
                ok = false;
            }
            else
            {
                trends.Add(trend);
            }
        }

        if (!ok)
        {
            return null;
        }

        // Every rule of the section is checked above with its own location; this only guards against a gap between them.
        if (ScenarioDynamics.FindProblem(horizon, trends.ToImmutable()) is { } problem)
        {
            ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"The dynamics section is not valid: {problem}", map, "dynamics");
            return null;
        }

        return new ScenarioDynamics(horizon, trends.ToImmutable());
    }

    // Lever start times and claim times beyond the horizon.
    private static void CheckTimes(YamlReadContext ctx, YamlMapping root, Horizon horizon)
    {
        CheckListTimes(ctx, root, "levers", "starts-at", horizon, "The lever would never take effect within the horizon");
        CheckListTimes(ctx, root, "claims", "at", horizon, "The claim could not be tested within the horizon");
    }

    /// <summary>
    /// Reports a lever that, applied on top of the trends, would leave a figure outside [0, 1] at some
    /// time after it starts. Trends are linear between breakpoints and lever effects are monotone, so
    /// checking at the breakpoints and at the lever's start suffices.
    /// </summary>
    public static void CheckLevers(YamlReadContext ctx, Scenario scenario, Dictionary<string, YamlNode> leverNodes)
    {
        if (scenario.Dynamics is not { } dynamics)
        {
            return;
        }

        foreach (var lever in scenario.Levers)
        {
            if (!AppliesWithoutTrends(scenario, lever))
            {
                continue; // already reported by the reader's own check of levers
            }

            double start = lever.StartsAt ?? 0;
            var times = dynamics.Breakpoints().Where(t => t >= start).ToList();
            if (dynamics.Horizon.Contains(start))
            {
                times.Insert(0, start);
            }

            foreach (double t in times)
            {
                var derivation = ScenarioVariant.Derive(scenario, new VariantKey([lever.Id], t));
                if (!derivation.IsDerived)
                {
                    // The derivation's sentence names the lever and the time; the unit and the fix are the reader's to add.
                    string failure = derivation.Failure!.Replace($"at time {YamlReadContext.Show(t)}:", $"at time {YamlReadContext.Show(t)} {dynamics.Horizon.Unit}, on top of the trends:", StringComparison.Ordinal);
                    ctx.Error(
                        ScenarioDiagnosticCodes.LeverNotApplicable,
                        $"{failure} Change the effect or the trend so the result stays within [0, 1].",
                        leverNodes[lever.Id],
                        $"levers.{lever.Id}");
                    break;
                }
            }
        }
    }

    private static bool AppliesWithoutTrends(Scenario scenario, Lever lever) =>
        ScenarioVariant.Derive(scenario, new VariantKey([lever.Id])).IsDerived;

    private static void CheckListTimes(YamlReadContext ctx, YamlMapping root, string list, string key, Horizon horizon, string consequence)
    {
        if (root[list] is not YamlSequence seq)
        {
            return;
        }

        for (int i = 0; i < seq.Items.Count; i++)
        {
            if (seq.Items[i] is YamlMapping item && item[key] is YamlScalar { IsNull: false } s
                && double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double time)
                && time > horizon.Length)
            {
                ctx.Error(
                    ScenarioDiagnosticCodes.OutsideHorizon,
                    $"'{key}' is {YamlReadContext.Show(time)}, beyond the dynamics horizon of {YamlReadContext.Show(horizon.Length)} {horizon.Unit}. {consequence}; give a time from 0 to {YamlReadContext.Show(horizon.Length)}, or lengthen the horizon.",
                    s,
                    $"{list}[{i}].{key}");
            }
        }
    }

    private static Horizon? ReadHorizon(YamlReadContext ctx, YamlNode node)
    {
        const string path = "dynamics.horizon";
        var map = ctx.Mapping(node, path, "the horizon", HorizonKeys);
        if (map is null)
        {
            return null;
        }

        var length = ctx.RequiredNumber(map, "length", path, "the horizon", 0, 1e6);
        if (length == 0)
        {
            ctx.Error(ScenarioDiagnosticCodes.OutOfRange, "The horizon's 'length' is 0; it must be positive, such as 24 (with 'unit: months').", map["length"]!, YamlReadContext.Join(path, "length"));
            return null;
        }

        var unit = ctx.RequiredText(map, "unit", path, "the horizon");
        var start = ctx.OptionalText(map, "start", path);
        if (unit is not null && string.IsNullOrWhiteSpace(unit))
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "The horizon's 'unit' is blank. Name the unit of time, such as 'months'.", map["unit"]!, YamlReadContext.Join(path, "unit"));
            return null;
        }

        return length is null || unit is null ? null : new Horizon(length.Value, unit, start);
    }

    private static Trend? ReadTrend(
        YamlReadContext ctx, YamlNode node, string path, Horizon horizon, KnownIds known, HashSet<string> withPosition, HashSet<(string, TrendTarget)> seen)
    {
        var map = ctx.Mapping(node, path, "a trend", TrendKeys);
        if (map is null)
        {
            return null;
        }

        var actor = ctx.RequiredText(map, "actor", path, "a trend");
        bool ok = actor is not null && ctx.CheckReference(actor, map["actor"]!, YamlReadContext.Join(path, "actor"), "actor", known.Actors);

        var walkAway = map["walk-away"];
        var capability = map["capability"];
        if ((walkAway is null) == (capability is null))
        {
            ctx.Error(
                ScenarioDiagnosticCodes.MissingKey,
                $"A trend moves exactly one figure: give either 'walk-away' or 'capability' (it has {(walkAway is null ? "neither" : "both")}). Write a second trend for the other figure.",
                map,
                path);
            return null;
        }

        var target = walkAway is not null ? TrendTarget.WalkAway : TrendTarget.Capability;
        string key = target == TrendTarget.WalkAway ? "walk-away" : "capability";
        if (ok && target == TrendTarget.WalkAway && !withPosition.Contains(actor!))
        {
            ctx.Error(ScenarioDiagnosticCodes.UnknownReference, $"Actor '{actor}' has no position, so it has no walk-away value to move. Add a position for '{actor}', or remove this trend.", map["actor"]!, YamlReadContext.Join(path, "actor"));
            ok = false;
        }

        if (ok && !seen.Add((actor!, target)))
        {
            ctx.Error(ScenarioDiagnosticCodes.DuplicateEntry, $"Another trend already moves the {key} of '{actor}'. Merge them into one curve (a series can hold several stretches).", map["actor"]!, YamlReadContext.Join(path, "actor"));
            ok = false;
        }

        var curve = ReadCurve(ctx, walkAway ?? capability!, YamlReadContext.Join(path, key), horizon);
        var sources = SourceReferences.Read(ctx, map, path, known);
        var basis = FigureSection.Basis(ctx, map, path, sources.IsEmpty ? Provenance.Assumption : Provenance.Stated);
        if (basis == Provenance.Stated && sources.IsEmpty && map["basis"] is { } basisNode)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A stated trend must name its sources. Add 'sources: [...]', or mark it 'basis: assumption' with a 'note'.", basisNode, YamlReadContext.Join(path, "basis"));
            ok = false;
        }

        var note = ctx.OptionalText(map, "note", path);
        return ok && curve is not null && basis is not null ? new Trend(actor!, target, curve, basis.Value, sources, note) : null;
    }

    private static TrendCurve? ReadCurve(YamlReadContext ctx, YamlNode node, string path, Horizon horizon)
    {
        var map = ctx.Mapping(node, path, "a trend's curve", CurveKeys);
        if (map is null)
        {
            return null;
        }

        if (map.Entries.Count != 1)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"A trend's curve is exactly one of 'linear', 'steps' or 'series'; this one has {map.Entries.Count}.", node, path);
            return null;
        }

        var (shape, body) = (map.Entries[0].Key.Value, map.Entries[0].Value);
        string bodyPath = YamlReadContext.Join(path, shape);
        if (shape == "linear")
        {
            var m = ctx.Mapping(body, bodyPath, "a linear trend", LinearKeys);
            if (m is null)
            {
                return null;
            }

            var from = ctx.RequiredNumber(m, "from", bodyPath, "a linear trend", 0, 1);
            var to = ctx.RequiredNumber(m, "to", bodyPath, "a linear trend", 0, 1);
            var start = Absent(m["start"]) ? 0 : Time(ctx, m, "start", bodyPath, horizon);
            var end = Absent(m["end"]) ? horizon.Length : Time(ctx, m, "end", bodyPath, horizon);
            if (from is null || to is null || start is null || end is null)
            {
                return null;
            }

            if (end <= start)
            {
                ctx.Error(ScenarioDiagnosticCodes.TimesNotAscending, $"A linear trend must end after it starts; here 'start' is {YamlReadContext.Show(start.Value)} and 'end' {YamlReadContext.Show(end.Value)}.", m, bodyPath);
                return null;
            }

            return new LinearCurve(start.Value, from.Value, end.Value, to.Value);
        }

        var items = body is YamlSequence seq ? seq.Items : null;
        if (items is null || items.Count == 0)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'{shape}' must be a non-empty list of points such as '- {{at: 6, value: 0.3}}', but this is {body.KindName}.", body, bodyPath);
            return null;
        }

        var points = ImmutableArray.CreateBuilder<TrendPoint>(items.Count);
        bool ok = true;
        for (int i = 0; i < items.Count; i++)
        {
            string pointPath = $"{bodyPath}[{i}]";
            var m = ctx.Mapping(items[i], pointPath, "a point", PointKeys);
            if (m is null)
            {
                ok = false;
                continue;
            }

            var at = Absent(m["at"]) ? null : Time(ctx, m, "at", pointPath, horizon);
            if (Absent(m["at"]))
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A point needs 'at': its time on the horizon.", m, pointPath);
            }

            var value = ctx.RequiredNumber(m, "value", pointPath, "a point", 0, 1);
            if (at is null || value is null)
            {
                ok = false;
                continue;
            }

            if (points.Count > 0 && at.Value <= points[^1].Time)
            {
                ctx.Error(ScenarioDiagnosticCodes.TimesNotAscending, $"The points of '{shape}' must be in strictly ascending time; {YamlReadContext.Show(at.Value)} follows {YamlReadContext.Show(points[^1].Time)}.", m["at"]!, YamlReadContext.Join(pointPath, "at"));
                ok = false;
                continue;
            }

            points.Add(new TrendPoint(at.Value, value.Value));
        }

        if (!ok)
        {
            return null;
        }

        return shape == "steps" ? new StepCurve(points.ToImmutable()) : new SeriesCurve(points.ToImmutable());
    }

    private static bool Absent(YamlNode? node) => node is null or YamlScalar { IsNull: true };

    // A time on the horizon: a number from 0 to the horizon's length.
    private static double? Time(YamlReadContext ctx, YamlMapping map, string key, string path, Horizon horizon)
    {
        var node = map[key];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        var time = ctx.Number(node, YamlReadContext.Join(path, key), key, double.MinValue, double.MaxValue);
        if (time is null)
        {
            return null;
        }

        if (!horizon.Contains(time.Value))
        {
            ctx.Error(
                ScenarioDiagnosticCodes.OutsideHorizon,
                $"'{key}' is {YamlReadContext.Show(time.Value)}, outside the horizon from 0 to {YamlReadContext.Show(horizon.Length)} {horizon.Unit}. Give a time within it, or lengthen the horizon.",
                node,
                YamlReadContext.Join(path, key));
            return null;
        }

        return time;
    }
}
