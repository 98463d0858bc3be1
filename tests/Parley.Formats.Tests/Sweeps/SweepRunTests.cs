using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;
using Parley.Tests;

namespace Parley.Formats.Tests.Sweeps;

/// <summary>A sweep's rows depend on its spec alone: not on how draws are cut into pieces, on threads, or on resuming.</summary>
public sealed class SweepRunTests
{
    private static readonly string Labour = RepoPaths.InRepo("scenarios", "labour-dispute.yaml");

    [Fact]
    public void Rows_AreTheSame_ForAnyPieceSize_ThreadCount_OrResume()
    {
        var whole = Definition(perPiece: 6);
        var small = Definition(perPiece: 2);
        var oneThread = SweepRows.Of(small, LocalSweep.Run(small, new Dictionary<int, SweepPieceResult>(), maxDegreeOfParallelism: 1));
        var expected = SweepRows.Of(whole, LocalSweep.Run(whole, new Dictionary<int, SweepPieceResult>()));

        // A resume: half the pieces come from an earlier run (computed by fresh sessions), the rest now.
        var earlier = Enumerable.Range(0, (int)small.PieceCount).Where(i => i % 2 == 0)
            .ToDictionary(i => i, i => SweepPiece.Run(new SweepSessions(small), i));
        var resumed = SweepRows.Of(small, LocalSweep.Run(small, earlier));

        Same(expected, oneThread);
        Same(expected, resumed);
        Assert.Contains(expected, r => r.Fraction is > 0 and < 1);
        Assert.True(expected.Any(r => r.Median is not null), string.Join("\n", expected.Where(r => r.Kind == "forecast").Take(4)));
        // How far each track's verdict sits from flipping, per draw: a margin on the 0–1 scale of a walk-away value.
        Assert.Contains(expected, r => r.Kind == "sensitivity" && r.Answer.StartsWith("sensitivity:", StringComparison.Ordinal) && r.Median is > 0 and <= 1);
    }

    [Fact]
    public void Draws_AreSeededFromTheSweepSeed_VariantAndDraw()
    {
        var definition = Definition(perPiece: 3);
        var first = SweepPiece.Run(new SweepSessions(definition), 1);
        var again = SweepPiece.Run(new SweepSessions(definition), 1);
        var other = SweepPiece.Run(new SweepSessions(definition with { Seed = definition.Seed + 1 }), 1);

        // double.Equals: NaN (a draw without an answer) equals NaN.
        Assert.True(first.Values.SequenceEqual(again.Values));
        Assert.False(first.Values.SequenceEqual(other.Values));
    }

    [Fact]
    public async Task Parquet_RoundTrips_EveryRow()
    {
        var definition = Definition(perPiece: 3);
        var rows = SweepRows.Of(definition, LocalSweep.Run(definition, new Dictionary<int, SweepPieceResult>()));
        using var stream = new MemoryStream();
        await SweepParquet.Write(rows, stream);
        stream.Position = 0;

        Same(rows, await SweepParquet.Read(stream));
    }

    internal static void Same(IReadOnlyList<SweepRow> expected, IReadOnlyList<SweepRow> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Equals(actual[i]), $"row {i}: {expected[i]} vs {actual[i]}");
        }
    }

    private static SweepDefinition Definition(int perPiece)
    {
        string folder = Path.Combine(Path.GetTempPath(), "parley-sweep-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, "spec.yaml");
        File.WriteAllText(file, $"""
            scenarios: [{Labour}]
            levers: [[], [strike-fund-boost], [spring-order, board-veto-38]]
            draws: 6
            draws-per-piece: {perPiece}
            forecast-runs: 20
            answers: [claims, agreement, forecast, sensitivity]
            """);
        var input = SweepSpecReader.ReadFiles(file).Value!;
        var read = SweepSpecReader.Read(input);
        return read.Value ?? throw new InvalidOperationException(string.Join("\n", read.Diagnostics));
    }
}
