using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Parley.Core.Sweeps;
using Parquet.Serialization;

namespace Parley.Formats.Sweeps;

/// <summary>Writes and reads a sweep's rows as Parquet: one row per variant and answer, columns in snake_case.</summary>
public static class SweepParquet
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="stream"/>.</summary>
    public static async Task Write(IReadOnlyList<SweepRow> rows, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stream);
        await ParquetSerializer.SerializeAsync(rows.Select(ParquetRow.From), stream, cancellationToken: cancellationToken);
    }

    /// <summary>Reads rows written by <see cref="Write"/>.</summary>
    public static async Task<ImmutableArray<SweepRow>> Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var rows = await ParquetSerializer.DeserializeAsync<ParquetRow>(stream, cancellationToken: cancellationToken);
        return [.. rows.Data.Select(r => r.ToRow())];
    }

    // Parquet.Net maps a class with settable properties; the Core row stays an immutable record.
    private sealed class ParquetRow
    {
        [JsonPropertyName("scenario")] public string Scenario { get; set; } = string.Empty;

        [JsonPropertyName("variant")] public int Variant { get; set; }

        [JsonPropertyName("levers")] public string Levers { get; set; } = string.Empty;

        [JsonPropertyName("date")] public string? Date { get; set; }

        [JsonPropertyName("overrides")] public string Overrides { get; set; } = string.Empty;

        [JsonPropertyName("answer")] public string Answer { get; set; } = string.Empty;

        [JsonPropertyName("kind")] public string Kind { get; set; } = string.Empty;

        [JsonPropertyName("draws")] public int Draws { get; set; }

        [JsonPropertyName("decided")] public int Decided { get; set; }

        [JsonPropertyName("held")] public int? Held { get; set; }

        [JsonPropertyName("fraction")] public double? Fraction { get; set; }

        [JsonPropertyName("mean")] public double? Mean { get; set; }

        [JsonPropertyName("median")] public double? Median { get; set; }

        [JsonPropertyName("p10")] public double? P10 { get; set; }

        [JsonPropertyName("p90")] public double? P90 { get; set; }

        [JsonPropertyName("problem")] public string? Problem { get; set; }

        public static ParquetRow From(SweepRow r) => new()
        {
            Scenario = r.Scenario, Variant = r.Variant, Levers = r.Levers, Date = r.Date, Overrides = r.Overrides, Answer = r.Answer, Kind = r.Kind,
            Draws = r.Draws, Decided = r.Decided, Held = r.Held, Fraction = r.Fraction, Mean = r.Mean, Median = r.Median, P10 = r.P10, P90 = r.P90, Problem = r.Problem,
        };

        public SweepRow ToRow() => new(Scenario, Variant, Levers, Date, Overrides, Answer, Kind, Draws, Decided, Held, Fraction, Mean, Median, P10, P90, Problem);
    }
}
