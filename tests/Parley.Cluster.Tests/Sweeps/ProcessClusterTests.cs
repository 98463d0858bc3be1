using System.Globalization;
using Npgsql;
using Parley.Cluster.Tests.Hosting;
using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;
using Parley.Tests;

namespace Parley.Cluster.Tests.Sweeps;

/// <summary>
/// The cluster as users run it, on PostgreSQL: two <c>parley worker</c> processes and <c>parley sweep --cluster</c>.
/// A worker SIGKILLed mid-sweep changes nothing in the output; every process killed, <c>--resume</c> finishes the
/// sweep, again with the local run's rows.
/// </summary>
public sealed class ProcessClusterTests
{
    private static readonly TimeSpan Start = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Finish = TimeSpan.FromMinutes(8);

    [PostgresFact]
    public async Task KilledWorker_AndKilledEverything_ThenResume_GiveTheLocalRows()
    {
        string database = PostgresServer.NewDatabase();
        string folder = Path.Combine(Path.GetTempPath(), "parley-process-cluster", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string spec = Path.Combine(folder, "spec.yaml");
        File.WriteAllText(spec, $"""
            sweep: kill-test
            scenarios: [{RepoPaths.InRepo("scenarios", "labour-dispute.yaml")}]
            levers: all
            draws: 8
            draws-per-piece: 2
            forecast-runs: 20
            answers: [claims, agreement, forecast]
            """);
        var definition = SweepSpecReader.Read(SweepSpecReader.ReadFiles(spec).Value!).Value!;
        var local = SweepRows.Of(definition, LocalSweep.Run(definition, new Dictionary<int, SweepPieceResult>()));

        // A worker killed mid-sweep.
        using (var a = Worker(database))
        using (var b = Worker(database))
        {
            await a.WaitFor("Worker joined", Start);
            await b.WaitFor("Worker joined", Start);
            using var sweep = Sweep(database, folder, "--id", "killed", "-o", Path.Combine(folder, "killed.parquet"));
            await PiecesStored(database, "killed", 20, sweep);
            b.Kill();
            Assert.True(await sweep.Exit(Finish) == 0, sweep.Output);
            Same(local, await Rows(Path.Combine(folder, "killed.parquet")));
        }

        // Every process killed, then resumed.
        using (var a = Worker(database))
        {
            await a.WaitFor("Worker joined", Start);
            using var sweep = Sweep(database, folder, "--id", "resumed", "-o", Path.Combine(folder, "never.parquet"));
            await PiecesStored(database, "resumed", 40, sweep);
            sweep.Kill();
            a.Kill();
        }

        Assert.False(File.Exists(Path.Combine(folder, "never.parquet")));
        using (var a = Worker(database))
        using (var b = Worker(database))
        {
            await a.WaitFor("Worker joined", Start);
            await b.WaitFor("Worker joined", Start);
            using var resume = ParleyProcess.Start("sweep", "--resume", "resumed", "--cluster", database, "--parallel", "4", "-o", Path.Combine(folder, "resumed.parquet"));
            Assert.True(await resume.Exit(Finish) == 0, resume.Output);
            Same(local, await Rows(Path.Combine(folder, "resumed.parquet")));
        }
    }

    private static ParleyProcess Worker(string database) => ParleyProcess.Start(
        "worker", "--database", database, "--threads", "1",
        "--port", FreePort.Next().ToString(CultureInfo.InvariantCulture), "--gateway-port", FreePort.Next().ToString(CultureInfo.InvariantCulture));

    private static ParleyProcess Sweep(string database, string folder, params string[] more) =>
        ParleyProcess.Start([.. new[] { "sweep", Path.Combine(folder, "spec.yaml"), "--cluster", database, "--parallel", "4" }, .. more]);

    // Waits until at least this many pieces of the sweep are in grain storage (a piece's key is "{sweep}/{piece}").
    private static async Task PiecesStored(string database, string id, int pieces, ParleyProcess sweep)
    {
        var deadline = DateTime.UtcNow + Finish;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(sweep.HasExited, $"The sweep ended before {pieces} pieces were stored, so nothing was killed mid-sweep:\n{sweep.Output}");
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT count(*) FROM orleansstorage WHERE grainidextensionstring LIKE @id || '/%'", connection);
                command.Parameters.AddWithValue("id", id);
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) >= pieces)
                {
                    return;
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{pieces} pieces were not stored in time:\n{sweep.Output}");
    }

    private static async Task<IReadOnlyList<SweepRow>> Rows(string file)
    {
        await using var stream = File.OpenRead(file);
        return await SweepParquet.Read(stream);
    }

    private static void Same(IReadOnlyList<SweepRow> expected, IReadOnlyList<SweepRow> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Equals(actual[i]), $"row {i}: {expected[i]} vs {actual[i]}");
        }
    }
}
