using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>A question the talks must settle, on one track.</summary>
/// <param name="Id">Unique id within the scenario.</param>
/// <param name="Name">Neutral display name.</param>
/// <param name="Track">The track it belongs to, such as <c>ceasefire</c>, <c>settlement</c> or <c>humanitarian</c>.</param>
/// <param name="Kind">Discrete options or a numeric range.</param>
/// <param name="Options">The ordered options (discrete issues); empty for numeric issues.</param>
/// <param name="Range">The range (numeric issues); null for discrete issues.</param>
/// <param name="ConsentBy">Actors whose consent this issue needs; empty means every party.</param>
/// <param name="StatusQuo">The option id (discrete) or value (numeric, as text) that holds without a deal, or null.</param>
/// <param name="Description">A neutral sentence, or null.</param>
public sealed record Issue(
    string Id,
    string Name,
    string Track,
    IssueKind Kind,
    ImmutableArray<IssueOption> Options,
    NumericRange? Range,
    ImmutableArray<string> ConsentBy,
    string? StatusQuo,
    string? Description)
{
    /// <summary>Index of the option with id <paramref name="optionId"/>, or -1.</summary>
    public int IndexOfOption(string optionId)
    {
        for (int i = 0; i < Options.Length; i++)
        {
            if (string.Equals(Options[i].Id, optionId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
