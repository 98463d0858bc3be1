using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Model.Conflicts;

/// <summary>One statement of an option prioritization: states where <see cref="Condition"/> holds are preferred.</summary>
/// <param name="Condition">What the decision maker wants to hold.</param>
/// <param name="Reasoning">Why the modeller believes this, or null.</param>
/// <param name="Provenance">Stated by the decision maker, or the modeller's assumption.</param>
/// <param name="Sources">Ids of the sources behind it.</param>
public sealed record PreferenceStatement(
    OptionCondition Condition,
    string? Reasoning = null,
    Provenance Provenance = Provenance.Assumption,
    ImmutableArray<string> Sources = default);
