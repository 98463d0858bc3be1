using Parley.Formats.Sweeps;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

/// <summary><c>parley sweep</c>: located diagnostics and limits before any work, then Parquet, JSON and HTML.</summary>
public sealed class SweepCommandTests
{
    private static readonly string Labour = RepoPaths.InRepo("scenarios", "labour-dispute.yaml");

    [Fact]
    public void Sweep_UnknownLever_IsALocatedDiagnostic_AndNothingRuns()
    {
        string folder = Folder();
        string spec = Write(folder, $"scenarios: [{Labour}]\nlevers: [[no-such-lever]]\ndraws: 4\n");

        var (code, output) = CliRun.Invoke("sweep", spec, "-o", Path.Combine(folder, "out.parquet"));

        Assert.Equal(1, code);
        Assert.Contains("PAR200", output, StringComparison.Ordinal);
        Assert.Contains("spec.yaml:2:", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "out.parquet")));
    }

    [Fact]
    public void Sweep_MorePiecesThanAllowed_IsRefusedWithItsSize()
    {
        string folder = Folder();
        string spec = Write(folder, $"scenarios: [{Labour}]\nlevers: all\ndraws: 10\ndraws-per-piece: 1\n");

        var (code, output) = CliRun.Invoke("sweep", spec, "--max-pieces", "100");

        Assert.Equal(2, code);
        Assert.Contains("640 pieces, more than --max-pieces 100", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_ResumeWithoutACluster_IsAUsageError()
    {
        var (code, output) = CliRun.Invoke("sweep", "--resume", "abc");

        Assert.Equal(2, code);
        Assert.Contains("--resume needs --cluster", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sweep", "x.yaml", "--cluster", "create database\nhost")]
    [InlineData("sweep", "x.yaml", "--cluster", "Hots=db")]
    [InlineData("worker", "--database", "Host=db;nonsense")]
    public void MalformedConnectionString_IsAUsageError_NotACrash(params string[] args)
    {
        var (code, output) = CliRun.Invoke(args);

        Assert.Equal(2, code);
        Assert.Contains("connection string reads like", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_Locally_WritesParquetRows_JsonSummary_AndHtml()
    {
        string folder = Folder();
        string spec = Write(folder, $"sweep: small\nscenarios: [{Labour}]\nlevers: [[], [strike-fund-boost]]\ndraws: 4\ndraws-per-piece: 2\nanswers: [claims, agreement]\n");
        string parquet = Path.Combine(folder, "out.parquet");

        var (code, output) = CliRun.Invoke("sweep", spec, "-o", parquet, "--html", Path.Combine(folder, "out.html"), "--format", "json");

        Assert.Equal(0, code);
        Assert.Contains("\"sweep\": \"small\"", output, StringComparison.Ordinal);
        await using var stream = File.OpenRead(parquet);
        var rows = await SweepParquet.Read(stream);
        Assert.Equal(2 * rows.Count(r => r.Variant == 0), rows.Length);
        Assert.All(rows, r => Assert.Equal(4, r.Draws));
        Assert.Contains("<h1>Sweep small</h1>", File.ReadAllText(Path.Combine(folder, "out.html")), StringComparison.Ordinal);
    }

    private static string Folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "parley-sweep-cli", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Write(string folder, string text)
    {
        string file = Path.Combine(folder, "spec.yaml");
        File.WriteAllText(file, text);
        return file;
    }
}
