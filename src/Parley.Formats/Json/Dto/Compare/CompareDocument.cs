using Parley.Core.Analysis;
using Parley.Formats.Json.Dto.Common;

namespace Parley.Formats.Json.Dto.Compare;

/// <summary>The document of <c>parley compare --format json</c>: what each lever changes, lens by lens (as <c>comparisons</c> of <c>analyze</c>).</summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Comparisons">One per variant asked.</param>
public sealed record CompareDocument(string ScenarioId, IEnumerable<LeverComparisonDto> Comparisons) : OutputDocument("compare", ScenarioId)
{
    /// <summary>The document of the comparisons of <paramref name="result"/>.</summary>
    public static CompareDocument From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CompareDocument(result.ScenarioId, result.Comparisons.Select(LeverComparisonDto.From));
    }
}
