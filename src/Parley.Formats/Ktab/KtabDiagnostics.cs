using Parley.Core.Diagnostics;

namespace Parley.Formats.Ktab;

/// <summary>Checks shared by the KTAB CSV and XML readers (KTAB's own limits).</summary>
internal static class KtabDiagnostics
{
    public const int MaxNameLength = 25;

    public static void CheckCapability(double value, string actor, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (value < 0 || value > 1e8)
        {
            diagnostics.Add(Diagnostic.Error("PF0105", $"Capability of '{actor}' is {value}; KTAB capabilities lie in [0, 100000000]. Use a non-negative number.", at));
        }
    }

    public static void CheckPosition(double value, string actor, string dimension, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (value < 0 || value > 100)
        {
            diagnostics.Add(Diagnostic.Error("PF0106", $"Position of '{actor}' on '{dimension}' is {value}, outside 0–100. Rescale the positions onto the 0–100 axis.", at));
        }
    }

    public static void CheckSalience(double value, string actor, string dimension, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (value < 0 || value > 100)
        {
            diagnostics.Add(Diagnostic.Error("PF0107", $"Salience of '{actor}' on '{dimension}' is {value}, outside 0–100. Saliences are percentages of the actor's attention.", at));
        }
    }

    public static void CheckSalienceSum(double total, string actor, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (total > 100 + 1e-9)
        {
            diagnostics.Add(Diagnostic.Error("PF0108", $"The saliences of '{actor}' sum to {total:0.###} over the dimensions; KTAB allows at most 100. Scale them down so they sum to 100 or less.", at));
        }
    }

    public static Diagnostic ZeroCapabilities(SourceLocation at) =>
        Diagnostic.Warning("PF0114", "Every capability is 0, so no actor has any weight: the weighted models fall back on ties and the spatial model drifts toward the first-listed actor. Give the actors their capabilities.", at);

    public static void CheckName(string name, SourceLocation at, HashSet<string> seen, List<Diagnostic> diagnostics)
    {
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            diagnostics.Add(Diagnostic.Error("PF0109", $"Actor name '{name}' must have 1 to {MaxNameLength} characters (KTAB's limit). Shorten it or fill it in.", at));
        }
        else if (!seen.Add(name))
        {
            diagnostics.Add(Diagnostic.Error("PF0110", $"Actor '{name}' appears twice. Give every actor a unique name or merge the rows.", at));
        }
    }
}
