using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Compare;

/// <summary>The document of <c>parley compare --format json</c>: what each lever changes, lens by lens (as <c>comparisons</c> of <c>analyze</c>).</summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Comparisons">One per variant asked.</param>
public sealed record CompareDocument(string ScenarioId, IEnumerable<LeverComparison> Comparisons) : OutputDocument("compare", ScenarioId);
