using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A model's forecast restricted to the outcomes every veto holder accepts, on the scale.</summary>
/// <param name="Value">The nearest outcome every veto holder accepts, or null when there is none.</param>
/// <param name="Option">Its option, for issues with options.</param>
/// <param name="NoneAcceptable">True when no outcome is acceptable to every veto holder (the agreement lens's blocking demands say why).</param>
/// <param name="Moved">True when the model's own forecast would be vetoed and the restriction moved it.</param>
/// <param name="ShareAcceptable">Share of the model's Monte Carlo draws every veto holder accepts (NaN without draws).</param>
public sealed record VetoAwareEstimateDto(
    double? Value,
    string? Option,
    bool NoneAcceptable,
    bool Moved,
    double ShareAcceptable)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static VetoAwareEstimateDto From(VetoAwareEstimate value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Value,
            value.Option,
            value.NoneAcceptable,
            value.Moved,
            value.ShareAcceptable);
    }
}
