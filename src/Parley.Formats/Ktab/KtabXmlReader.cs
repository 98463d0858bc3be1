using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Formats.Text;

namespace Parley.Formats.Ktab;

/// <summary>
/// Reads KTAB's SMP XML format (<c>smpSchema.xsd</c>): scenario name, description and seed, the nine
/// model parameters, dimension names, and actors with capability, positions and saliences (0–100).
/// </summary>
/// <remarks>
/// Two parts of KTAB's format are read but not modelled, each with a warning: a non-identity
/// <c>IdealAdjustment</c> (Parley's ideals follow positions) and <c>Stochastic</c> state transitions
/// (Parley takes the most probable bargain).
/// </remarks>
public static class KtabXmlReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static ParseResult<KtabScenario> ReadFile(string path) => SourceText.ReadFile<KtabScenario>(path, "PF0100", Read);

    /// <summary>Reads KTAB XML <paramref name="text"/>; <paramref name="file"/> names it in diagnostics.</summary>
    public static ParseResult<KtabScenario> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        XDocument doc;
        try
        {
            XmlNesting.Check(text.TrimStart('\uFEFF'));
            doc = XDocument.Parse(text.TrimStart('\uFEFF'), LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return ParseResult<KtabScenario>.Failure([Diagnostic.Error("PF0120", $"The XML is not well formed: {e.Message}", new SourceLocation(file, e.LineNumber, e.LinePosition, string.Empty))]);
        }

        SourceLocation At(XObject? node)
        {
            var info = (IXmlLineInfo?)node;
            return info is not null && info.HasLineInfo() ? new SourceLocation(file, info.LineNumber, info.LinePosition, string.Empty) : SourceLocation.OfFile(file);
        }

        var root = doc.Root;
        if (root is null || root.Name.LocalName != "Scenario")
        {
            return ParseResult<KtabScenario>.Failure([Diagnostic.Error("PF0121", "The root element must be <Scenario> (KTAB's smpSchema.xsd).", At(root))]);
        }

        var options = ReadParameters(root.Element("ModelParameters"), At, diagnostics);
        var dimensionNames = root.Element("Dimensions")?.Elements("dName").Select(e => e.Value.Trim()).ToList() ?? [];
        if (dimensionNames.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("PF0122", "<Dimensions> must list at least one <dName>.", At(root.Element("Dimensions") ?? (XObject)root)));
            return ParseResult<KtabScenario>.Failure(diagnostics);
        }

        int dims = dimensionNames.Count;
        if (dims > ForecastLimits.MaxDimensions)
        {
            diagnostics.Add(Diagnostic.Error("PF0113", $"<Dimensions> lists {dims:N0} dimensions; Parley forecasts at most {ForecastLimits.MaxDimensions} at once. Split the file into several with fewer dimensions.", At(root.Element("Dimensions"))));
            return ParseResult<KtabScenario>.Failure(diagnostics);
        }

        var actorElements = root.Element("Actors")?.Elements("Actor").ToList() ?? [];
        if (actorElements.Count > ForecastLimits.MaxActors)
        {
            diagnostics.Add(Diagnostic.Error("PF0113", $"<Actors> lists {actorElements.Count:N0} actors; Parley forecasts at most {ForecastLimits.MaxActors:N0}. {ForecastLimits.TooManyActorsAdvice}", At(root.Element("Actors"))));
            return ParseResult<KtabScenario>.Failure(diagnostics);
        }

        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var capability = new List<double>();
        var positions = new List<double>();
        var saliences = new List<double>();
        foreach (var actor in actorElements)
        {
            string name = actor.Element("name")?.Value.Trim() ?? string.Empty;
            KtabDiagnostics.CheckName(name, At(actor.Element("name") ?? (XObject)actor), seen, diagnostics);
            bool ok = Number(actor.Element("capability"), "capability", name, At, diagnostics, out double c);
            if (ok)
            {
                KtabDiagnostics.CheckCapability(c, name, At(actor.Element("capability")), diagnostics);
            }

            var coords = actor.Element("Position")?.Elements("dCoord").ToList() ?? [];
            var sals = actor.Element("Salience")?.Elements("dSal").ToList() ?? [];
            if (coords.Count != dims || sals.Count != dims)
            {
                diagnostics.Add(Diagnostic.Error("PF0123", $"Actor '{name}' has {coords.Count} <dCoord> and {sals.Count} <dSal>; {dims} dimension(s) need {dims} of each.", At(actor)));
                continue;
            }

            double total = 0;
            var pos = new double[dims];
            var sal = new double[dims];
            for (int d = 0; d < dims; d++)
            {
                if (Number(coords[d], "position", name, At, diagnostics, out pos[d]))
                {
                    KtabDiagnostics.CheckPosition(pos[d], name, dimensionNames[d], At(coords[d]), diagnostics);
                }
                else
                {
                    ok = false;
                }

                if (Number(sals[d], "salience", name, At, diagnostics, out sal[d]))
                {
                    KtabDiagnostics.CheckSalience(sal[d], name, dimensionNames[d], At(sals[d]), diagnostics);
                    total += sal[d];
                }
                else
                {
                    ok = false;
                }
            }

            KtabDiagnostics.CheckSalienceSum(total, name, At(actor.Element("Salience")), diagnostics);
            if (ok)
            {
                names.Add(name);
                capability.Add(c);
                positions.AddRange(pos);
                saliences.AddRange(sal.Select(s => Math.Clamp(s / 100.0, 0, 1)));
            }
        }

        if (names.Count == 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(Diagnostic.Error("PF0124", "<Actors> lists no <Actor>; a forecast needs actors.", At(root.Element("Actors") ?? (XObject)root)));
        }

        foreach (var pair in root.Element("IdealAdjustment")?.Elements("iaPair") ?? [])
        {
            string from = pair.Element("adjustingIdeal")?.Value.Trim() ?? string.Empty;
            string to = pair.Element("referencePos")?.Value.Trim() ?? string.Empty;
            double.TryParse(pair.Element("adjust")?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate);
            if (from != to || Math.Abs(rate - 1) > 1e-12)
            {
                diagnostics.Add(Diagnostic.Warning("PF0125", "The file adjusts ideals toward other positions (<IdealAdjustment>); Parley's spatial model keeps ideals at the actors' positions (KTAB's identity default), so this adjustment is ignored.", At(pair)));
                break;
            }
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<KtabScenario>.Failure(diagnostics);
        }

        if (capability.All(c => c == 0))
        {
            diagnostics.Add(KtabDiagnostics.ZeroCapabilities(At(root.Element("Actors"))));
        }

        ulong? seed = ulong.TryParse(root.Element("prngSeed")?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong s) ? s : null;
        var problem = new ForecastProblem(names, dimensionNames, capability.ToArray(), positions.ToArray(), saliences.ToArray());
        return ParseResult<KtabScenario>.Success(new KtabScenario(root.Element("name")?.Value.Trim() ?? file, root.Element("desc")?.Value.Trim(), problem, options, seed), diagnostics);
    }

    private static bool Number(XElement? element, string what, string actor, Func<XObject?, SourceLocation> at, List<Diagnostic> diagnostics, out double value)
    {
        value = 0;
        if (element is null)
        {
            diagnostics.Add(Diagnostic.Error("PF0126", $"Actor '{actor}' has no <{what}>; add it.", at(element)));
            return false;
        }

        if (double.TryParse(element.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("PF0112", $"The {what} of '{actor}' is '{element.Value.Trim()}', not a number; write it with digits, such as 42.5.", at(element)));
        return false;
    }

    private static SpatialPoliticsOptions ReadParameters(XElement? parameters, Func<XObject?, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var options = SpatialPoliticsOptions.Default;
        if (parameters is null)
        {
            return options;
        }

        T Pick<T>(string element, T fallback, params (string Name, T Value)[] choices)
        {
            var e = parameters.Element(element);
            if (e is null)
            {
                return fallback;
            }

            string value = e.Value.Trim();
            foreach (var (name, v) in choices)
            {
                if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
                {
                    return v;
                }
            }

            diagnostics.Add(Diagnostic.Error("PF0127", $"<{element}> is '{value}'; expected one of {string.Join(", ", choices.Select(c => c.Name))}.", at(e)));
            return fallback;
        }

        var transitions = parameters.Element("StateTransitions");
        if (transitions is not null && string.Equals(transitions.Value.Trim(), "Stochastic", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Warning("PF0128", "Stochastic state transitions are not modelled; Parley takes the most probable bargain (Deterministic). Use Monte Carlo over uncertain inputs for randomness.", at(transitions)));
        }

        return options with
        {
            VictoryProbability = Pick("VictoryProbModel", options.VictoryProbability, ("Linear", VictoryProbabilityModel.Linear), ("Square", VictoryProbabilityModel.Square), ("Quartic", VictoryProbabilityModel.Quartic), ("Octic", VictoryProbabilityModel.Octic), ("Binary", VictoryProbabilityModel.Binary)),
            Condorcet = Pick("PCEModel", options.Condorcet, ("Conditional", CondorcetModel.Conditional), ("MarkovIncentive", CondorcetModel.MarkovIncentive), ("MarkovUniform", CondorcetModel.MarkovUniform)),
            Voting = Pick("VotingRule", options.Voting, ("Binary", VotingRule.Binary), ("PropBin", VotingRule.PropBin), ("Prop", VotingRule.Proportional), ("PropCbc", VotingRule.PropCubic), ("Cubic", VotingRule.Cubic), ("ASymProsp", VotingRule.AsymmetricProspect)),
            RiskEstimate = Pick("BigRAdjust", options.RiskEstimate, ("None", RiskEstimate.None), ("OneThird", RiskEstimate.OneThird), ("Half", RiskEstimate.Half), ("TwoThirds", RiskEstimate.TwoThirds), ("Full", RiskEstimate.Full)),
            RiskRange = Pick("BigRRange", options.RiskRange, ("Min", RiskRange.Min), ("Mid", RiskRange.Mid), ("Max", RiskRange.Max)),
            ThirdParty = Pick("ThirdPartyCommit", options.ThirdParty, ("NoCommit", ThirdPartyCommitment.None), ("SemiCommit", ThirdPartyCommitment.Semi), ("FullCommit", ThirdPartyCommitment.Full)),
            Interpolation = Pick("InterVecBrgn", options.Interpolation, ("S1P1", BargainInterpolation.S1P1), ("S2P2", BargainInterpolation.S2P2), ("S2PMax", BargainInterpolation.S2PMax)),
            Perspective = Pick("BargnModel", options.Perspective, ("InitOnlyInterp", BargainPerspective.InitiatorOnly), ("InitRcvrInterp", BargainPerspective.InitiatorAndReceiver), ("PWCompInterp", BargainPerspective.PowerWeightedCompromise)),
        };
    }
}
