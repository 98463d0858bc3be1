using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Dynamics;
using Parley.Core.Levers;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Claims;

/// <summary>
/// The scenario a claim speaks of: the scenario as read (or as drawn), with the claim's levers pulled
/// and, when the claim names a time, taken at that time. Claims with the same levers and time share
/// one variant and hence one run of each lens.
/// </summary>
internal sealed record ClaimVariant(ImmutableArray<string> Levers, double? At)
{
    public string Key => string.Join("|", Levers) + "@" + (At?.ToString("R", CultureInfo.InvariantCulture) ?? "-");

    public string Describe()
    {
        var parts = new List<string>();
        if (!Levers.IsEmpty)
        {
            parts.Add($"with {string.Join(", ", Levers)}");
        }

        if (At is { } at)
        {
            parts.Add($"at {at.ToString("0.###", CultureInfo.InvariantCulture)}");
        }

        return parts.Count == 0 ? "as given" : string.Join(" ", parts);
    }

    /// <summary>The derived scenario, or the reason it cannot be derived.</summary>
    public Scenario? Derive(Scenario scenario, out string? missing)
    {
        missing = null;
        try
        {
            if (At is not { } at)
            {
                return LeverApplication.Apply(scenario, Levers);
            }

            if (scenario.Dynamics is not { } dynamics)
            {
                missing = $"the scenario has no dynamics section, so the claim's time (at: {Format(at)}) has no meaning: add a dynamics section with a horizon, or drop 'at'";
                return null;
            }

            if (!dynamics.Horizon.Contains(at))
            {
                missing = $"the claim's time (at: {Format(at)}) lies outside the dynamics horizon [0, {Format(dynamics.Horizon.Length)}] {dynamics.Horizon.Unit}";
                return null;
            }

            return ScenarioAtTime.At(scenario, at, Levers);
        }
        catch (ArgumentException ex)
        {
            missing = $"the levers cannot be pulled ({ex.Message})";
            return null;
        }
    }

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
