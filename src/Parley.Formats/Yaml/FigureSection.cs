using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads a figure: either a plain number (an assumption of the modeller) or a mapping with
/// <c>value</c>, <c>basis</c> (stated | inferred | assumption), <c>note</c>, <c>sources</c> and <c>uncertainty</c>.
/// </summary>
internal static class FigureSection
{
    public static Figure? Read(YamlReadContext ctx, YamlNode node, string path, string key, double min, double max, KnownIds known)
    {
        if (node is YamlScalar)
        {
            var value = ctx.Number(node, path, key, min, max);
            return value is null ? null : Figure.Assumed(value.Value);
        }

        var map = ctx.Mapping(node, path, $"the figure '{key}'", ScenarioKeys.Figure);
        if (map is null)
        {
            return null;
        }

        var point = ctx.RequiredNumber(map, "value", path, $"the figure '{key}'", min, max);
        var sources = SourceReferences.Read(ctx, map, path, known);
        var basis = Basis(ctx, map, path, defaultBasis: sources.IsEmpty ? Provenance.Assumption : Provenance.Stated);
        if (basis == Provenance.Stated && sources.IsEmpty && map["basis"] is { } basisNode)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, $"A stated figure must name its sources. Add 'sources: [...]', or mark '{key}' as 'basis: assumption'.", basisNode, YamlReadContext.Join(path, "basis"));
        }

        var note = ctx.OptionalText(map, "note", path);
        Distribution? uncertainty = null;
        if (map["uncertainty"] is { } u)
        {
            uncertainty = ReadUncertainty(ctx, u, YamlReadContext.Join(path, "uncertainty"), min, max, point);
        }

        return point is null || basis is null ? null : new Figure(point.Value, basis.Value, uncertainty, sources, note);
    }

    /// <summary>
    /// Reads <c>basis: stated | inferred | assumption</c>. An inference is the modeller's reading of a
    /// source, so it must say how it was read: without a <c>note</c> beside it, it is refused.
    /// </summary>
    public static Provenance? Basis(YamlReadContext ctx, YamlMapping map, string path, Provenance defaultBasis)
    {
        var text = ctx.OptionalText(map, "basis", path);
        switch (text)
        {
            case null:
                return defaultBasis;
            case "stated":
                return Provenance.Stated;
            case "assumption":
                return Provenance.Assumption;
            case "inferred":
                // A lever gives its reasoning in its description; everything else in a note.
                if (map["note"] is null && map["description"] is null)
                {
                    ctx.Error(ScenarioDiagnosticCodes.InferredWithoutNote, "An inferred basis is the modeller's reading of a source: add a 'note' (a lever: a 'description') beside it that says what the source says and how it was read.", map["basis"]!, YamlReadContext.Join(path, "basis"));
                    return null;
                }

                return Provenance.Inferred;
            default:
                ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"'basis' must be 'stated' (from a source), 'inferred' (the modeller's reading of a source, with a note) or 'assumption' (the modeller's judgement), not '{text}'.{NearestName.Hint(text, ScenarioKeys.Bases)}", map["basis"]!, YamlReadContext.Join(path, "basis"));
                return null;
        }
    }

    private static Distribution? ReadUncertainty(YamlReadContext ctx, YamlNode node, string path, double min, double max, double? point)
    {
        var map = ctx.Mapping(node, path, "the uncertainty", ScenarioKeys.Uncertainty);
        if (map is null)
        {
            return null;
        }

        var lo = ctx.RequiredNumber(map, "min", path, "the uncertainty", min, max);
        var hi = ctx.RequiredNumber(map, "max", path, "the uncertainty", min, max);
        var mode = ctx.OptionalNumber(map, "mode", path, min, max);
        var mean = ctx.OptionalNumber(map, "mean", path, min, max);
        var sd = ctx.OptionalNumber(map, "sd", path, 0, double.MaxValue);
        if (lo is null || hi is null)
        {
            return null;
        }

        if (lo > hi)
        {
            ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"The uncertainty's min ({YamlReadContext.Show(lo.Value)}) is above its max ({YamlReadContext.Show(hi.Value)}). Swap them.", node, path);
            return null;
        }

        if (point is { } p && (p < lo || p > hi))
        {
            ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"The value {YamlReadContext.Show(p)} lies outside its own uncertainty range {YamlReadContext.Show(lo.Value)} to {YamlReadContext.Show(hi.Value)}. Widen the range or move the value.", node, path);
            return null;
        }

        if (mode is not null && (mean is not null || sd is not null))
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, "Give either 'mode' (triangular) or 'mean' with 'sd' (normal), not both.", node, path);
            return null;
        }

        if (mode is { } m)
        {
            if (m < lo || m > hi)
            {
                ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"The mode {YamlReadContext.Show(m)} must lie between min and max.", map["mode"]!, YamlReadContext.Join(path, "mode"));
                return null;
            }

            return new Distribution(DistributionKind.Triangular, lo.Value, hi.Value, m, 0);
        }

        if (mean is not null || sd is not null)
        {
            if (mean is null || sd is null || sd <= 0)
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A normal uncertainty needs both 'mean' and a positive 'sd'.", node, path);
                return null;
            }

            if (mean < lo || mean > hi)
            {
                ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"The mean {YamlReadContext.Show(mean.Value)} must lie between min and max.", map["mean"]!, YamlReadContext.Join(path, "mean"));
                return null;
            }

            return new Distribution(DistributionKind.Normal, lo.Value, hi.Value, mean.Value, sd.Value);
        }

        return Distribution.Uniform(lo.Value, hi.Value);
    }
}
