using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The issues of a scenario that the forecast lens can model, and why the others are skipped.</summary>
/// <param name="Issues">Issues with an axis and at least one actor position on it.</param>
/// <param name="Notes">One sentence per skipped issue or left-out actor, saying why and what would fix it.</param>
public sealed record ScenarioForecastInputs(ImmutableArray<IssueForecastInput> Issues, ImmutableArray<string> Notes);
