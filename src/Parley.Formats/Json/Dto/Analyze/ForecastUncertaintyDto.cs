using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The spread of the expected-utility forecast over Monte Carlo draws of the uncertain inputs.</summary>
/// <param name="Runs">Draws that gave a forecast.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="UncertainInputs">How many inputs (capabilities, positions, saliences) were drawn rather than fixed; 0 means every draw is the same.</param>
/// <param name="Mean">Mean forecast.</param>
/// <param name="StandardError">Standard error of the mean.</param>
/// <param name="P05">5 % quantile.</param>
/// <param name="P25">25 % quantile.</param>
/// <param name="Median">Median.</param>
/// <param name="P75">75 % quantile.</param>
/// <param name="P95">95 % quantile.</param>
/// <param name="MedianOption">The option nearest the median, for issues with options.</param>
/// <param name="Histogram">Counts of draws in equal bins over the scale.</param>
/// <param name="Shape">The reading, modes and spread of the draws.</param>
/// <param name="Acceptance">Per actor with a red line, the share of draws inside its acceptable set.</param>
/// <param name="ShareAcceptableToAll">Share of draws every veto holder accepts.</param>
public sealed record ForecastUncertaintyDto(
    int Runs,
    ulong Seed,
    int UncertainInputs,
    double Mean,
    double StandardError,
    double P05,
    double P25,
    double Median,
    double P75,
    double P95,
    string? MedianOption,
    IEnumerable<HistogramBinDto> Histogram,
    ForecastShapeDto Shape,
    IEnumerable<ActorShareDto> Acceptance,
    double ShareAcceptableToAll)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ForecastUncertaintyDto From(ForecastUncertainty value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Runs,
            value.Seed,
            value.UncertainInputs,
            value.Mean,
            value.StandardError,
            value.P05,
            value.P25,
            value.Median,
            value.P75,
            value.P95,
            value.MedianOption,
            value.Histogram.Select(HistogramBinDto.From),
            ForecastShapeDto.From(value.Shape),
            value.Acceptance.Select(ActorShareDto.From),
            value.ShareAcceptableToAll);
    }
}
